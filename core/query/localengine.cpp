#include "localengine.h"

#include "facttable.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace rumscope {
namespace {

using Selection = std::vector<std::uint32_t>; // matching row indices, ascending

/// For each dimension with a condition: which dictionary codes pass it.
struct CodeMasks
{
    std::vector<std::pair<Dimension, std::vector<bool>>> masks;
};

CodeMasks codeMasks(const FactTable &facts, const Filter &filter)
{
    CodeMasks result;
    for (const DimensionFilter &condition : filter.dimensions) {
        const QStringList &dictionary = facts.dictionary(condition.dimension);
        std::vector<bool> mask(size_t(FactTable::kOverflowCode) + 1, condition.exclude);
        for (qsizetype code = 0; code < dictionary.size(); ++code) {
            if (condition.values.contains(dictionary[code]))
                mask[size_t(code)] = !condition.exclude;
        }
        // Conditions on one dimension narrow each other, like every other condition.
        auto same = std::find_if(result.masks.begin(), result.masks.end(),
                                 [&](const auto &m) { return m.first == condition.dimension; });
        if (same == result.masks.end()) {
            result.masks.emplace_back(condition.dimension, std::move(mask));
        } else {
            for (size_t i = 0; i < mask.size(); ++i)
                same->second[i] = same->second[i] && mask[i];
        }
    }
    return result;
}

Selection select(const FactTable &facts, const Filter &filter)
{
    const auto &time = facts.time();
    const auto begin = std::lower_bound(time.begin(), time.end(), filter.from);
    const auto end = std::lower_bound(begin, time.end(), filter.to);
    const auto first = std::uint32_t(begin - time.begin());
    const auto last = std::uint32_t(end - time.begin());
    const CodeMasks masks = codeMasks(facts, filter);

    // Chunks scanned in parallel, then concatenated in order.
    constexpr std::uint32_t kChunk = 1 << 18;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> chunks;
    for (std::uint32_t from = first; from < last; from += kChunk)
        chunks.emplace_back(from, std::min(last, from + kChunk));
    std::vector<Selection> parts(chunks.size());
    auto scan = [&](const std::pair<std::uint32_t, std::uint32_t> &chunk) {
        Selection &out = parts[size_t(&chunk - chunks.data())];
        out.reserve(chunk.second - chunk.first);
        for (std::uint32_t row = chunk.first; row < chunk.second; ++row) {
            bool keep = true;
            for (const auto &[dimension, mask] : masks.masks) {
                if (!mask[facts.codes(dimension)[row]]) {
                    keep = false;
                    break;
                }
            }
            if (keep)
                out.push_back(row);
        }
    };
    if (masks.masks.empty()) {
        Selection all(last - first);
        std::iota(all.begin(), all.end(), first);
        return all;
    }
    QtConcurrent::blockingMap(chunks, scan);
    Selection selection;
    size_t total = 0;
    for (const Selection &part : parts)
        total += part.size();
    selection.reserve(total);
    for (const Selection &part : parts)
        selection.insert(selection.end(), part.begin(), part.end());
    return selection;
}

/// Accumulates one group's values and ratings.
struct GroupValues
{
    qint64 pageViews = 0;
    std::vector<float> values;

    MetricSummary summarise(Metric metric, double percentile)
    {
        MetricSummary summary;
        summary.pageViews = pageViews;
        summary.samples = qint64(values.size());
        // Thresholds as floats, like the values: 0.1 must rate 0.1f as good.
        const float goodUpTo = float(metricInfo(metric).goodUpTo);
        const float poorAbove = float(metricInfo(metric).poorAbove);
        for (const float value : values) {
            if (value <= goodUpTo)
                ++summary.good;
            else if (value <= poorAbove)
                ++summary.needsImprovement;
            else
                ++summary.poor;
        }
        summary.value = percentileDisc(values, percentile);
        return summary;
    }
};

MetricSummary summariseAll(const FactTable &facts, const Selection &selection, Metric metric,
                           double percentile)
{
    GroupValues all;
    all.pageViews = qint64(selection.size());
    const std::vector<float> &column = facts.metric(metric);
    all.values.reserve(selection.size());
    for (const std::uint32_t row : selection) {
        if (!std::isnan(column[row]))
            all.values.push_back(column[row]);
    }
    return all.summarise(metric, percentile);
}

QList<MetricSummary> summariseByBucket(const FactTable &facts, const Selection &selection,
                                       Metric metric, double percentile, qint64 bucketMs,
                                       qint64 from, qint64 to)
{
    QList<MetricSummary> rows;
    if (bucketMs <= 0 || from >= to)
        return rows;
    const auto floorTo = [bucketMs](qint64 t) {
        return (t >= 0 ? t / bucketMs : (t - bucketMs + 1) / bucketMs) * bucketMs;
    };
    const qint64 firstBucket = floorTo(from);
    const auto bucketCount = size_t((to - 1 - firstBucket) / bucketMs + 1);
    if (bucketCount > 100000)
        return rows;
    std::vector<GroupValues> buckets(bucketCount);
    const std::vector<float> &column = facts.metric(metric);
    const std::vector<qint64> &time = facts.time();
    for (const std::uint32_t row : selection) {
        GroupValues &bucket = buckets[size_t((time[row] - firstBucket) / bucketMs)];
        ++bucket.pageViews;
        if (!std::isnan(column[row]))
            bucket.values.push_back(column[row]);
    }
    for (size_t i = 0; i < buckets.size(); ++i) {
        MetricSummary summary = buckets[i].summarise(metric, percentile);
        summary.bucketStart = firstBucket + qint64(i) * bucketMs;
        rows.append(summary);
    }
    return rows;
}

QList<MetricSummary> summariseByDimension(const FactTable &facts, const Selection &selection,
                                          const MetricQuery &query)
{
    const Dimension dimension = *query.groupBy;
    const std::vector<FactTable::Code> &codes = facts.codes(dimension);
    const std::vector<float> &column = facts.metric(query.metric);
    std::vector<GroupValues> groups(size_t(FactTable::kOverflowCode) + 1);
    for (const std::uint32_t row : selection) {
        GroupValues &group = groups[codes[row]];
        ++group.pageViews;
        if (!std::isnan(column[row]))
            group.values.push_back(column[row]);
    }
    QList<MetricSummary> rows;
    const QStringList &dictionary = facts.dictionary(dimension);
    for (size_t code = 0; code < groups.size(); ++code) {
        if (groups[code].pageViews == 0)
            continue;
        MetricSummary summary = groups[code].summarise(query.metric, query.percentile);
        summary.group = code < size_t(dictionary.size()) ? dictionary[qsizetype(code)]
                                                         : QStringLiteral("(other)");
        rows.append(summary);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const MetricSummary &a, const MetricSummary &b) {
        return a.pageViews != b.pageViews ? a.pageViews > b.pageViews : a.group < b.group;
    });
    if (query.limit > 0 && rows.size() > query.limit)
        rows.resize(query.limit);
    return rows;
}

/// The time span time buckets cover: the filter's range where it sets one, else the data's.
std::pair<qint64, qint64> bucketSpan(const FactTable &facts, const Selection &selection,
                                     const Filter &filter)
{
    const Filter unbounded;
    return {filter.from != unbounded.from ? filter.from : facts.time()[selection.front()],
            filter.to != unbounded.to ? filter.to : facts.time()[selection.back()] + 1};
}

qint64 distinctSessions(const FactTable &facts, const Selection &selection)
{
    std::vector<bool> seen(size_t(facts.maxSession()) + 1);
    qint64 count = 0;
    for (const std::uint32_t row : selection) {
        const std::uint32_t session = facts.session()[row];
        if (!seen[session]) {
            seen[session] = true;
            ++count;
        }
    }
    return count;
}

} // namespace

LocalEngine::LocalEngine()
    : m_facts(std::make_shared<FactTable>())
{}
LocalEngine::~LocalEngine() = default;
LocalEngine::LocalEngine(LocalEngine &&) noexcept = default;
LocalEngine &LocalEngine::operator=(LocalEngine &&) noexcept = default;

Result<LocalEngine> LocalEngine::load(const QString &storePath, const Progress &progress)
{
    Result<FactTable> facts = FactTable::load(storePath, progress);
    if (!facts)
        return facts.error();
    LocalEngine engine;
    engine.m_facts = std::make_shared<const FactTable>(std::move(facts).value());
    return engine;
}

MetricQueryResult LocalEngine::run(const MetricQuery &query) const
{
    const FactTable &facts = *m_facts;
    const Selection selection = select(facts, query.filter);
    MetricQueryResult result;
    result.total = summariseAll(facts, selection, query.metric, query.percentile);
    if (query.groupBy) {
        result.rows = summariseByDimension(facts, selection, query);
    } else if (query.bucketMs > 0 && !selection.empty()) {
        const auto [from, to] = bucketSpan(facts, selection, query.filter);
        result.rows = summariseByBucket(facts, selection, query.metric, query.percentile,
                                        query.bucketMs, from, to);
    }
    return result;
}

OverviewResult LocalEngine::overview(const OverviewQuery &query) const
{
    const FactTable &facts = *m_facts;
    const Selection selection = select(facts, query.filter);
    OverviewResult result;
    result.pageViews = qint64(selection.size());
    result.sessions = distinctSessions(facts, selection);
    for (const Metric metric : kOverviewMetrics) {
        result.metrics.append(metric);
        result.cards.append(summariseAll(facts, selection, metric, query.percentile));
    }
    if (!selection.empty()) {
        const auto [from, to] = bucketSpan(facts, selection, query.filter);
        result.bucketMs = trendBucketFor(from, to);
        result.trend = summariseByBucket(facts, selection, result.trendMetric, query.percentile,
                                         result.bucketMs, from, to);
    }
    return result;
}

qint64 LocalEngine::pageViews() const
{
    return m_facts->rows();
}
qint64 LocalEngine::firstTime() const
{
    return m_facts->rows() ? m_facts->time().front() : 0;
}
qint64 LocalEngine::lastTime() const
{
    return m_facts->rows() ? m_facts->time().back() : 0;
}

QStringList LocalEngine::values(Dimension dimension) const
{
    const std::vector<FactTable::Code> &codes = m_facts->codes(dimension);
    std::vector<qint64> counts(size_t(FactTable::kOverflowCode) + 1);
    for (const FactTable::Code code : codes)
        ++counts[code];
    const QStringList &dictionary = m_facts->dictionary(dimension);
    std::vector<qsizetype> order;
    for (qsizetype code = 1; code < dictionary.size(); ++code) {
        if (counts[size_t(code)] > 0)
            order.push_back(code);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return counts[size_t(a)] > counts[size_t(b)];
    });
    QStringList values;
    for (const qsizetype code : order)
        values.append(dictionary[code]);
    return values;
}

} // namespace rumscope
