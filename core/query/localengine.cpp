#include "localengine.h"

#include "errortable.h"
#include "facttable.h"
#include "metricscan.h"
#include "parallelscan.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Engine)
};

/// For each dimension with a condition: which dictionary codes pass it.
using CodeMasks = std::vector<std::pair<Dimension, std::vector<bool>>>;

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
        auto same = std::find_if(result.begin(), result.end(),
                                 [&](const auto &m) { return m.first == condition.dimension; });
        if (same == result.end()) {
            result.emplace_back(condition.dimension, std::move(mask));
        } else {
            for (size_t i = 0; i < mask.size(); ++i)
                same->second[i] = same->second[i] && mask[i];
        }
    }
    return result;
}

/// The rows [first, last) of a time-ordered column in [from, to).
template<class Times>
std::pair<std::uint32_t, std::uint32_t> timeRange(const Times &time, qint64 from, qint64 to)
{
    const auto begin = std::lower_bound(time.begin(), time.end(), from);
    const auto end = std::lower_bound(begin, time.end(), std::max(from, to));
    return {std::uint32_t(begin - time.begin()), std::uint32_t(end - time.begin())};
}

std::optional<RowSet> select(const FactTable &facts, const Filter &filter,
                             const Cancellation &cancellation)
{
    const auto [first, last] = timeRange(facts.time(), filter.from, filter.to);
    const CodeMasks masks = codeMasks(facts, filter);
    if (masks.empty() && !filter.hasError)
        return RowSet::range(first, last);

    struct Part
    {
        std::vector<std::pair<size_t, std::vector<std::uint32_t>>> blocks; ///< by block start
    };
    const RowSet candidates = RowSet::range(first, last);
    std::vector<Part> parts(size_t(scanWorkers(candidates.size())));
    const std::vector<std::uint8_t> &hasError = facts.hasError();
    const bool errorCondition = filter.hasError.has_value();
    const std::uint8_t wantError = filter.hasError.value_or(false) ? 1 : 0;
    const bool done = parallelScan(candidates.size(), parts, cancellation,
                                   [&](Part &part, size_t from, size_t to) {
                                       std::vector<std::uint32_t> rows;
                                       candidates.visit(from, to, [&](std::uint32_t row) {
                                           if (errorCondition && hasError[row] != wantError)
                                               return;
                                           for (const auto &[dimension, mask] : masks) {
                                               if (!mask[facts.codes(dimension)[row]])
                                                   return;
                                           }
                                           rows.push_back(row);
                                       });
                                       part.blocks.emplace_back(from, std::move(rows));
                                   });
    if (!done)
        return std::nullopt;
    // Blocks were handed out in turns: put them back in row order.
    std::vector<std::pair<size_t, std::vector<std::uint32_t>> *> blocks;
    size_t total = 0;
    for (Part &part : parts) {
        for (auto &block : part.blocks) {
            blocks.push_back(&block);
            total += block.second.size();
        }
    }
    std::sort(blocks.begin(), blocks.end(), [](auto *a, auto *b) { return a->first < b->first; });
    RowSet set;
    set.listed = true;
    set.rows.reserve(total);
    for (const auto *block : blocks)
        set.rows.insert(set.rows.end(), block->second.begin(), block->second.end());
    return set;
}

MetricSummary summaryOf(const GroupFigures &figures)
{
    MetricSummary summary;
    summary.pageViews = figures.pageViews;
    summary.samples = figures.samples;
    summary.good = figures.good;
    summary.needsImprovement = figures.needsImprovement;
    summary.poor = figures.poor;
    summary.values = figures.percentiles;
    summary.value =
        figures.percentiles.isEmpty() ? MetricSummary::kUnsetValue : figures.percentiles.front();
    return summary;
}

/// The time span buckets cover: the filter's range where it sets one, else the data's.
std::pair<qint64, qint64> bucketSpan(const FactTable &facts, const RowSet &rows,
                                     const Filter &filter)
{
    const Filter unbounded;
    return {filter.from != unbounded.from ? filter.from : facts.time()[rows.front()],
            filter.to != unbounded.to ? filter.to : facts.time()[rows.back()] + 1};
}

/// Time buckets of `bucketMs` (UTC-aligned) over the rows; nothing when there would be
/// absurdly many.
std::optional<Grouping> bucketGrouping(const FactTable &facts, const RowSet &rows,
                                       const Filter &filter, qint64 bucketMs)
{
    if (bucketMs <= 0 || rows.empty())
        return std::nullopt;
    const auto [from, to] = bucketSpan(facts, rows, filter);
    if (from >= to)
        return std::nullopt;
    const auto floorTo = [bucketMs](qint64 t) {
        return (t >= 0 ? t / bucketMs : (t - bucketMs + 1) / bucketMs) * bucketMs;
    };
    Grouping grouping;
    grouping.kind = Grouping::Kind::Buckets;
    grouping.bucketMs = bucketMs;
    grouping.firstBucket = floorTo(from);
    const qint64 count = (to - 1 - grouping.firstBucket) / bucketMs + 1;
    if (count > 100000)
        return std::nullopt;
    grouping.bucketCount = size_t(count);
    return grouping;
}

void orderGroups(QList<MetricSummary> &rows, GroupOrder order, bool ascending)
{
    const auto byName = [](const MetricSummary &a, const MetricSummary &b) {
        return a.group < b.group;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const MetricSummary &a, const MetricSummary &b) {
        switch (order) {
        case GroupOrder::PageViews:
            if (a.pageViews != b.pageViews)
                return ascending ? a.pageViews < b.pageViews : a.pageViews > b.pageViews;
            return byName(a, b);
        case GroupOrder::Value: {
            const bool aSet = !std::isnan(a.value), bSet = !std::isnan(b.value);
            if (aSet != bSet)
                return aSet; // without samples last, either way
            if (aSet && a.value != b.value)
                return ascending ? a.value < b.value : a.value > b.value;
            return byName(a, b);
        }
        case GroupOrder::Name:
            return ascending ? byName(a, b) : byName(b, a);
        }
        return false;
    });
}

/// Answers the queries of a batch that share one filter, on its selection.
class FilterWork
{
public:
    FilterWork(const FactTable &facts, const ErrorTable &errors, const Cancellation &cancellation)
        : m_facts(facts)
        , m_errors(errors)
        , m_cancellation(cancellation)
    {}

    std::optional<MetricQueryResult> metric(const MetricQuery &query, const RowSet &rows) const;
    std::optional<OverviewResult> overview(const OverviewQuery &query, const RowSet &rows) const;
    std::optional<ErrorGroupResult> errorGroups(const ErrorGroupQuery &query) const;

private:
    std::optional<MetricSummary> total(const RowSet &rows, Metric metric,
                                       const QList<double> &percentiles) const
    {
        auto figures = scanMetric(m_facts, rows, metric, percentiles, {}, m_cancellation);
        if (!figures)
            return std::nullopt;
        return summaryOf(figures->front());
    }
    std::optional<QList<MetricSummary>> buckets(const RowSet &rows, const Filter &filter,
                                                Metric metric, const QList<double> &percentiles,
                                                qint64 bucketMs) const;

    const FactTable &m_facts;
    const ErrorTable &m_errors;
    const Cancellation &m_cancellation;
};

std::optional<QList<MetricSummary>> FilterWork::buckets(const RowSet &rows, const Filter &filter,
                                                        Metric metric,
                                                        const QList<double> &percentiles,
                                                        qint64 bucketMs) const
{
    QList<MetricSummary> result;
    const std::optional<Grouping> grouping = bucketGrouping(m_facts, rows, filter, bucketMs);
    if (!grouping)
        return result;
    auto figures = scanMetric(m_facts, rows, metric, percentiles, *grouping, m_cancellation);
    if (!figures)
        return std::nullopt;
    for (size_t i = 0; i < figures->size(); ++i) {
        MetricSummary summary = summaryOf((*figures)[i]);
        summary.bucketStart = grouping->firstBucket + qint64(i) * bucketMs;
        result.append(summary);
    }
    return result;
}

std::optional<MetricQueryResult> FilterWork::metric(const MetricQuery &query,
                                                    const RowSet &rows) const
{
    const QList<double> percentiles =
        query.percentiles.isEmpty() ? QList<double>{0.75} : query.percentiles;
    MetricQueryResult result;
    if (query.groupBy) {
        Grouping grouping;
        grouping.kind = Grouping::Kind::Codes;
        grouping.dimension = *query.groupBy;
        auto figures =
            scanMetric(m_facts, rows, query.metric, percentiles, grouping, m_cancellation);
        if (!figures)
            return std::nullopt;
        const QStringList &dictionary = m_facts.dictionary(*query.groupBy);
        GroupFigures all;
        all.percentiles.fill(MetricSummary::kUnsetValue, percentiles.size());
        for (size_t code = 0; code < figures->size(); ++code) {
            const GroupFigures &group = (*figures)[code];
            if (group.pageViews == 0)
                continue;
            MetricSummary summary = summaryOf(group);
            summary.group = code < size_t(dictionary.size()) ? dictionary[qsizetype(code)]
                                                             : QStringLiteral("(other)");
            result.rows.append(summary);
        }
        orderGroups(result.rows, query.order, query.ascending);
        if (query.limit > 0 && result.rows.size() > query.limit)
            result.rows.resize(query.limit);
    } else if (query.bucketMs > 0) {
        auto rowsByBucket = buckets(rows, query.filter, query.metric, percentiles, query.bucketMs);
        if (!rowsByBucket)
            return std::nullopt;
        result.rows = std::move(*rowsByBucket);
    }
    // The total: per group the scan counted it already, but its percentiles need their own.
    std::optional<MetricSummary> total = this->total(rows, query.metric, percentiles);
    if (!total)
        return std::nullopt;
    result.total = std::move(*total);
    return result;
}

std::optional<OverviewResult> FilterWork::overview(const OverviewQuery &query,
                                                   const RowSet &rows) const
{
    OverviewResult result;
    result.pageViews = qint64(rows.size());
    {
        std::vector<bool> seen(size_t(m_facts.maxSession()) + 1);
        const std::vector<std::uint32_t> &session = m_facts.session();
        rows.visit(0, rows.size(), [&](std::uint32_t row) {
            if (!seen[session[row]]) {
                seen[session[row]] = true;
                ++result.sessions;
            }
        });
    }
    for (const Metric metric : kOverviewMetrics) {
        std::optional<MetricSummary> card = total(rows, metric, {query.percentile});
        if (!card)
            return std::nullopt;
        result.metrics.append(metric);
        result.cards.append(*card);
    }
    if (!rows.empty()) {
        const auto [from, to] = bucketSpan(m_facts, rows, query.filter);
        result.bucketMs = trendBucketFor(from, to);
        auto trend =
            buckets(rows, query.filter, result.trendMetric, {query.percentile}, result.bucketMs);
        if (!trend)
            return std::nullopt;
        result.trend = std::move(*trend);
    }
    return result;
}

std::optional<ErrorGroupResult> FilterWork::errorGroups(const ErrorGroupQuery &query) const
{
    const Filter &filter = query.filter;
    const auto [first, last] = timeRange(m_errors.time(), filter.from, filter.to);
    const CodeMasks masks = codeMasks(m_facts, filter);
    const std::vector<std::uint32_t> &viewRow = m_errors.viewRow();
    const auto passes = [&](std::uint32_t error) {
        for (const auto &[dimension, mask] : masks) {
            const std::uint32_t row = viewRow[error];
            const FactTable::Code code =
                row == ErrorTable::kNoView ? FactTable::Code(0) : m_facts.codes(dimension)[row];
            if (!mask[code])
                return false;
        }
        return true;
    };
    struct Tally
    {
        qint64 count = 0;
        qint64 sessions = 0;
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        std::uint32_t lastSession = 0xFFFFFFFF;
    };
    std::vector<Tally> tallies(m_errors.groups().size());
    const std::vector<qint64> &time = m_errors.time();
    const std::vector<std::uint32_t> &group = m_errors.group();
    ErrorGroupResult result;
    for (std::uint32_t error = first; error < last; ++error) {
        if (!passes(error))
            continue;
        Tally &tally = tallies[group[error]];
        ++tally.count;
        tally.first = std::min(tally.first, time[error]);
        tally.last = std::max(tally.last, time[error]);
        ++result.errors;
    }
    if (m_cancellation.requested())
        return std::nullopt;
    // Distinct sessions: in session order, a group counts a session when it changes.
    const std::vector<std::uint32_t> &session = m_errors.session();
    for (const std::uint32_t error : m_errors.bySession()) {
        if (error < first || error >= last || !passes(error))
            continue;
        Tally &tally = tallies[group[error]];
        if (tally.lastSession != session[error]) {
            tally.lastSession = session[error];
            ++tally.sessions;
        }
    }
    const std::vector<ErrorTable::Group> &groups = m_errors.groups();
    std::vector<std::uint32_t> order;
    for (std::uint32_t g = 0; g < tallies.size(); ++g) {
        if (tallies[g].count > 0)
            order.push_back(g);
    }
    result.groupCount = qint64(order.size());
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (tallies[a].count != tallies[b].count)
            return tallies[a].count > tallies[b].count;
        if (groups[a].message != groups[b].message)
            return groups[a].message < groups[b].message;
        return groups[a].fingerprint < groups[b].fingerprint;
    });
    if (query.limit > 0 && order.size() > size_t(query.limit))
        order.resize(size_t(query.limit));
    for (const std::uint32_t g : order) {
        const ErrorTable::Group &info = groups[g];
        const Tally &tally = tallies[g];
        result.groups.append({info.fingerprint, info.message, info.type, info.kind, tally.count,
                              tally.sessions, tally.first, tally.last});
    }
    return result;
}

const Filter &filterOf(const BatchQuery &query)
{
    return std::visit([](const auto &q) -> const Filter & { return q.filter; }, query);
}

} // namespace

LocalEngine::LocalEngine()
    : m_facts(std::make_shared<FactTable>())
    , m_errors(std::make_shared<ErrorTable>())
    , m_latestBatch(std::make_shared<std::atomic<quint64>>(0))
{}
LocalEngine::~LocalEngine() = default;
LocalEngine::LocalEngine(LocalEngine &&) noexcept = default;
LocalEngine &LocalEngine::operator=(LocalEngine &&) noexcept = default;

Result<LocalEngine> LocalEngine::load(const QString &storePath, const Progress &progress)
{
    Result<ErrorTable> errors = [&]() -> Result<ErrorTable> {
        Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
        if (!store)
            return store.error();
        return ErrorTable::load(store->handle());
    }();
    if (!errors)
        return errors.error();
    std::unordered_map<quint64, std::uint32_t> rowOfView;
    Result<FactTable> facts = FactTable::load(storePath, progress, errors->viewKeys(), &rowOfView);
    if (!facts)
        return facts.error();
    errors->resolveViews(rowOfView);
    LocalEngine engine;
    engine.m_facts = std::make_shared<const FactTable>(std::move(facts).value());
    engine.m_errors = std::make_shared<const ErrorTable>(std::move(errors).value());
    return engine;
}

BatchResult LocalEngine::run(const std::vector<BatchQuery> &queries,
                             const std::function<void(size_t answered)> &answered) const
{
    const quint64 mine = m_latestBatch->fetch_add(1) + 1;
    const Cancellation cancellation(m_latestBatch.get(), mine);
    const FilterWork work(*m_facts, *m_errors, cancellation);
    BatchResult result;
    // One selection per distinct filter, made when first needed and shared by the rest.
    std::vector<std::pair<const Filter *, RowSet>> selections;
    const auto rowsFor = [&](const Filter &filter) -> const RowSet * {
        for (const auto &[known, rows] : selections) {
            if (*known == filter)
                return &rows;
        }
        std::optional<RowSet> rows = select(*m_facts, filter, cancellation);
        if (!rows)
            return nullptr;
        selections.emplace_back(&filter, std::move(*rows));
        return &selections.back().second;
    };
    for (size_t index = 0; index < queries.size(); ++index) {
        const BatchQuery &query = queries[index];
        const auto same = std::find(queries.begin(), queries.begin() + qsizetype(index), query);
        if (same != queries.begin() + qsizetype(index)) {
            result.answers.push_back(result.answers[size_t(same - queries.begin())]);
            if (answered)
                answered(result.answers.size());
            continue;
        }
        std::optional<BatchAnswer> answer;
        if (const auto *errorQuery = std::get_if<ErrorGroupQuery>(&query)) {
            if (auto groups = work.errorGroups(*errorQuery))
                answer = std::move(*groups);
        } else if (const RowSet *rows = rowsFor(filterOf(query))) {
            if (const auto *metric = std::get_if<MetricQuery>(&query)) {
                if (auto answered = work.metric(*metric, *rows))
                    answer = std::move(*answered);
            } else if (const auto *overview = std::get_if<OverviewQuery>(&query)) {
                if (auto answered = work.overview(*overview, *rows))
                    answer = std::move(*answered);
            }
        }
        if (!answer || cancellation.requested())
            return {true, {}};
        result.answers.push_back(std::move(*answer));
        if (answered)
            answered(result.answers.size());
    }
    if (cancellation.requested())
        return {true, {}};
    return result;
}

MetricQueryResult LocalEngine::run(const MetricQuery &query) const
{
    const Cancellation never;
    const std::optional<RowSet> rows = select(*m_facts, query.filter, never);
    return FilterWork(*m_facts, *m_errors, never).metric(query, *rows).value();
}

OverviewResult LocalEngine::overview(const OverviewQuery &query) const
{
    const Cancellation never;
    const std::optional<RowSet> rows = select(*m_facts, query.filter, never);
    return FilterWork(*m_facts, *m_errors, never).overview(query, *rows).value();
}

ErrorGroupResult LocalEngine::errorGroups(const ErrorGroupQuery &query) const
{
    const Cancellation never;
    return FilterWork(*m_facts, *m_errors, never).errorGroups(query).value();
}

qint64 LocalEngine::pageViews() const
{
    return m_facts->rows();
}
qint64 LocalEngine::errors() const
{
    return m_errors->rows();
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
