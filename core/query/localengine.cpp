#include "localengine.h"

#include "codemask.h"
#include "columnsnapshot.h"
#include "enrich/enricher.h"
#include "errorgroupscan.h"
#include "errortable.h"
#include "errorviewmask.h"
#include "facttable.h"
#include "metricscan.h"
#include "parallelscan.h"
#include "store/store.h"
#include "storecatchup.h"
#include "timebuckets.h"
#include "valuebins.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThreadPool>

#include <mutex>
#include <numeric>

#include <algorithm>
#include <bit>

namespace rumscope {
namespace {

Q_LOGGING_CATEGORY(lcEngine, "rumscope.engine")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Engine)
};

/// The page views that pass the filter, chunk by chunk; nothing when cancelled.
std::optional<RowSet> select(const FactTable &facts, const ErrorTable &errors, const Filter &filter,
                             const Cancellation &cancellation)
{
    const CodeMasks masks = codeMasks(facts, filter);
    const std::optional<ErrorViewMask> errorMask = ErrorViewMask::of(facts, errors, filter);
    const bool onlyTime = masks.empty() && !filter.hasError && !errorMask;
    const bool errorCondition = filter.hasError.has_value();
    const std::uint8_t wantError = filter.hasError.value_or(false) ? 1 : 0;
    const qint64 from = filter.from;
    const qint64 to = std::max(filter.from, filter.to);
    struct Selected
    {
        std::optional<ChunkRows> rows;
        qint64 minTime = std::numeric_limits<qint64>::max();
        qint64 maxTime = std::numeric_limits<qint64>::min();
    };
    std::vector<Selected> selected(facts.chunkCount());
    std::vector<char> workers(size_t(scanWorkers(size_t(facts.rows()))));
    const bool done =
        parallelScan(facts.chunkCount(), workers, cancellation, [&](char &, size_t c) {
            const FactChunk &chunk = facts.chunk(c);
            if (chunk.maxTime < from || chunk.minTime >= to || (errorMask && !errorMask->anyIn(c)))
                return;
            Selected &out = selected[c];
            ChunkRows rows;
            rows.chunk = std::uint32_t(c);
            if (onlyTime && chunk.minTime >= from && chunk.maxTime < to) {
                rows.last = std::uint32_t(chunk.size());
                out.minTime = chunk.minTime;
                out.maxTime = chunk.maxTime;
                out.rows = std::move(rows);
                return;
            }
            rows.listed = true;
            const qint64 *time = chunk.time.data();
            // A condition at a time, each narrowing the rows the last one left, without a
            // branch per row: a row is written, and kept by counting it when it passes.
            std::vector<std::uint16_t> &kept = rows.rows;
            kept.resize(chunk.size());
            size_t count = 0;
            const auto narrow = [&](const auto &passes) {
                size_t n = 0;
                for (size_t i = 0; i < count; ++i) {
                    const std::uint16_t row = kept[i];
                    kept[n] = row;
                    n += passes(row) ? 1 : 0;
                }
                count = n;
            };
            if (chunk.minTime >= from && chunk.maxTime < to) {
                std::iota(kept.begin(), kept.end(), std::uint16_t(0));
                count = chunk.size();
            } else {
                for (std::uint32_t row = 0; row < chunk.size(); ++row) {
                    kept[count] = std::uint16_t(row);
                    count += (time[row] >= from && time[row] < to) ? 1 : 0;
                }
            }
            if (errorCondition) {
                const std::uint8_t *hasError = chunk.hasError.data();
                narrow([&](std::uint16_t row) { return hasError[row] == wantError; });
            }
            if (errorMask)
                narrow([&](std::uint16_t row) { return errorMask->passes(rowRef(c, row)); });
            for (const CodeMask &mask : masks) {
                chunk.withCodes(mask.dimension, [&](const auto *codes) {
                    narrow([&](std::uint16_t row) { return mask.test(codes[row]); });
                });
            }
            kept.resize(count);
            for (const std::uint16_t row : kept) {
                out.minTime = std::min(out.minTime, time[row]);
                out.maxTime = std::max(out.maxTime, time[row]);
            }
            if (rows.rows.empty())
                return;
            if (rows.rows.size() == chunk.size()) { // every row: a range is cheaper to scan
                rows.listed = false;
                rows.rows = {};
                rows.last = std::uint32_t(chunk.size());
            }
            out.rows = std::move(rows);
        });
    if (!done)
        return std::nullopt;
    RowSet set;
    for (Selected &chunk : selected) {
        if (!chunk.rows)
            continue;
        set.count += chunk.rows->size();
        set.minTime = std::min(set.minTime, chunk.minTime);
        set.maxTime = std::max(set.maxTime, chunk.maxTime);
        set.parts.push_back(std::move(*chunk.rows));
    }
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
    summary.firstSeen = figures.firstSeen;
    summary.lastSeen = figures.lastSeen;
    return summary;
}

/// The time span buckets cover: the filter's range where it sets one, else the data's.
std::pair<qint64, qint64> bucketSpan(const RowSet &rows, const Filter &filter)
{
    const Filter unbounded;
    return {filter.from != unbounded.from ? filter.from : rows.minTime,
            filter.to != unbounded.to ? filter.to : rows.maxTime + 1};
}

/// Time buckets of `bucketMs` (UTC-aligned) over the rows; nothing when there would be
/// absurdly many.
std::optional<Grouping> bucketGrouping(const RowSet &rows, const Filter &filter, qint64 bucketMs)
{
    if (bucketMs <= 0 || rows.empty())
        return std::nullopt;
    const auto [from, to] = bucketSpan(rows, filter);
    const std::optional<BucketLayout> layout = bucketLayout(from, to, bucketMs);
    if (!layout || layout->count > 100000)
        return std::nullopt;
    Grouping grouping;
    grouping.kind = Grouping::Kind::Buckets;
    grouping.bucketMs = bucketMs;
    grouping.firstBucket = layout->first;
    grouping.bucketCount = size_t(layout->count);
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

QList<double> percentilesOf(const MetricQuery &query)
{
    return query.percentiles.isEmpty() ? QList<double>{0.75} : query.percentiles;
}

/// The tasks of the queries that share one filter, each task once (a dashboard asks for the
/// total of LCP in several of its views).
class TaskList
{
public:
    size_t add(const MetricTask &task)
    {
        const auto found = std::find(m_tasks.begin(), m_tasks.end(), task);
        if (found != m_tasks.end())
            return size_t(found - m_tasks.begin());
        m_tasks.push_back(task);
        return m_tasks.size() - 1;
    }
    const std::vector<MetricTask> &tasks() const { return m_tasks; }

private:
    std::vector<MetricTask> m_tasks;
};

/// How a metric or overview query's answer is put together from the tasks' figures.
struct Recipe
{
    size_t query = 0;             ///< index in the batch
    std::vector<size_t> totals;   ///< tasks: the metric's total, or the Overview's cards
    std::optional<size_t> groups; ///< task: per dimension value or time bucket
    std::optional<Grouping> buckets;
};

/// How many sessions the rows belong to; nothing when cancelled. Each worker marks its
/// parts' sessions in a bitset of its own; the sets are joined and counted at the end.
std::optional<qint64> distinctSessions(const FactTable &facts, const RowSet &rows,
                                       const Cancellation &cancellation)
{
    const size_t words = size_t(facts.maxSession()) / 64 + 1;
    std::vector<std::vector<std::uint64_t>> seen(size_t(scanWorkers(rows.size())));
    for (std::vector<std::uint64_t> &bits : seen)
        bits.assign(words, 0);
    const bool done = parallelScan(
        rows.parts.size(), seen, cancellation, [&](std::vector<std::uint64_t> &bits, size_t p) {
            const ChunkRows &part = rows.parts[p];
            const std::uint32_t *session = facts.chunk(part.chunk).session.data();
            std::uint64_t *words = bits.data();
            part.visit([&](std::uint32_t row) {
                words[session[row] / 64] |= std::uint64_t(1) << (session[row] % 64);
            });
        });
    if (!done)
        return std::nullopt;
    qint64 count = 0;
    for (size_t w = 0; w < words; ++w) {
        std::uint64_t joined = 0;
        for (const std::vector<std::uint64_t> &bits : seen)
            joined |= bits[w];
        count += std::popcount(joined);
    }
    return count;
}

const Filter &filterOf(const BatchQuery &query)
{
    return std::visit([](const auto &q) -> const Filter & { return q.filter; }, query);
}

/// Display bins from the engine's value bins: consecutive runs of them, so that each spans
/// about the same ratio of values.
HistogramResult histogramOf(const HistogramQuery &query, const GroupFigures &figures)
{
    HistogramResult result;
    result.summary = summaryOf(figures);
    const std::vector<qint64> &counts = figures.histogram;
    if (counts.empty())
        return result;
    result.zeros = counts.front();
    size_t first = 1;
    while (first < counts.size() && counts[first] == 0)
        ++first;
    size_t last = counts.size() - 1;
    while (last > first && counts[last] == 0)
        --last;
    if (first >= counts.size())
        return result;
    const ValueBins &bins = metricBins(query.metric);
    const size_t span = last - first + 1;
    const size_t shown = std::clamp<size_t>(size_t(std::max(query.bins, 1)), 1, span);
    for (size_t i = 0; i < shown; ++i) {
        const size_t from = first + i * span / shown;
        const size_t to = first + (i + 1) * span / shown;
        HistogramBin bin;
        bin.from = floatToReportedDouble(bins.lowerEdge(int(from)));
        bin.to = floatToReportedDouble(bins.lowerEdge(int(to)));
        for (size_t b = from; b < to; ++b)
            bin.count += counts[b];
        result.bins.append(bin);
    }
    return result;
}

/// Answers the metric and overview queries of a batch that share `filter`, into `answers`.
bool answerFilter(const FactTable &facts, const ErrorTable &errors,
                  const std::vector<BatchQuery> &queries, const std::vector<size_t> &indices,
                  const Filter &filter, const Cancellation &cancellation,
                  std::vector<std::optional<BatchAnswer>> &answers)
{
    const std::optional<RowSet> rows = select(facts, errors, filter, cancellation);
    if (!rows)
        return false;
    TaskList tasks;
    std::vector<Recipe> recipes;
    for (const size_t index : indices) {
        Recipe recipe;
        recipe.query = index;
        if (const auto *metric = std::get_if<MetricQuery>(&queries[index])) {
            const QList<double> percentiles = percentilesOf(*metric);
            recipe.totals.push_back(tasks.add({metric->metric, {}, percentiles}));
            if (metric->groupBy) {
                // ErrorGroup is no page view's value: nothing groups by it.
                if (isColumnDimension(*metric->groupBy)) {
                    Grouping grouping;
                    grouping.kind = Grouping::Kind::Codes;
                    grouping.dimension = *metric->groupBy;
                    recipe.groups = tasks.add({metric->metric, grouping, percentiles});
                }
            } else if (metric->bucketMs > 0) {
                recipe.buckets = bucketGrouping(*rows, filter, metric->bucketMs);
                if (recipe.buckets)
                    recipe.groups = tasks.add({metric->metric, *recipe.buckets, percentiles});
            }
        } else if (const auto *histogram = std::get_if<HistogramQuery>(&queries[index])) {
            MetricTask task{histogram->metric, {}, histogram->percentiles};
            task.histogram = true;
            recipe.totals.push_back(tasks.add(task));
        } else if (const auto *overview = std::get_if<OverviewQuery>(&queries[index])) {
            for (const Metric metric : kOverviewMetrics)
                recipe.totals.push_back(tasks.add({metric, {}, {overview->percentile}}));
            if (!rows->empty()) {
                const auto [from, to] = bucketSpan(*rows, filter);
                recipe.buckets = bucketGrouping(*rows, filter, trendBucketFor(from, to));
                if (recipe.buckets)
                    recipe.groups = tasks.add(
                        {OverviewResult().trendMetric, *recipe.buckets, {overview->percentile}});
            }
        }
        recipes.push_back(std::move(recipe));
    }
    const auto figures = scanMetrics(facts, *rows, tasks.tasks(), cancellation);
    if (!figures)
        return false;

    for (const Recipe &recipe : recipes) {
        QList<MetricSummary> groups;
        if (recipe.groups) {
            const std::vector<GroupFigures> &byGroup = (*figures)[*recipe.groups];
            for (size_t g = 0; g < byGroup.size(); ++g) {
                MetricSummary summary = summaryOf(byGroup[g]);
                if (recipe.buckets)
                    summary.bucketStart =
                        recipe.buckets->firstBucket + qint64(g) * recipe.buckets->bucketMs;
                groups.append(summary);
            }
        }
        if (const auto *metric = std::get_if<MetricQuery>(&queries[recipe.query])) {
            MetricQueryResult result;
            result.total = summaryOf((*figures)[recipe.totals.front()].front());
            if (metric->groupBy && !isColumnDimension(*metric->groupBy)) {
                result = MetricQueryResult(); // an empty answer to a question it cannot answer
            } else if (metric->groupBy) {
                const QStringList &dictionary = facts.dictionary(*metric->groupBy);
                for (qsizetype code = 0; code < groups.size(); ++code) {
                    if (groups[code].pageViews == 0)
                        continue;
                    MetricSummary summary = groups[code];
                    summary.group =
                        code < dictionary.size() ? dictionary[code] : QStringLiteral("(other)");
                    result.rows.append(summary);
                }
                orderGroups(result.rows, metric->order, metric->ascending);
                if (metric->limit > 0 && result.rows.size() > metric->limit)
                    result.rows.resize(metric->limit);
            } else {
                result.rows = std::move(groups);
            }
            answers[recipe.query] = std::move(result);
        } else if (const auto *histogram = std::get_if<HistogramQuery>(&queries[recipe.query])) {
            answers[recipe.query] =
                histogramOf(*histogram, (*figures)[recipe.totals.front()].front());
        } else {
            OverviewResult result;
            result.pageViews = qint64(rows->size());
            const std::optional<qint64> sessions = distinctSessions(facts, *rows, cancellation);
            if (!sessions)
                return false;
            result.sessions = *sessions;
            for (size_t i = 0; i < kOverviewMetrics.size(); ++i) {
                result.metrics.append(kOverviewMetrics[i]);
                result.cards.append(summaryOf((*figures)[recipe.totals[i]].front()));
            }
            if (recipe.buckets) {
                result.bucketMs = recipe.buckets->bucketMs;
                result.trend = std::move(groups);
            }
            answers[recipe.query] = std::move(result);
        }
    }
    return true;
}

Result<SessionListResult> sessionList(const FactTable &facts, const ErrorTable &errors,
                                      const QString &storePath, const SessionQuery &query,
                                      const Cancellation &cancellation)
{
    Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    sqlite3 *db = store->handle();
    // The sessions the search names, by row id; none: every session may match.
    std::vector<bool> searched;
    if (!query.search.trimmed().isEmpty()) {
        sql::Statement search(db, "SELECT id FROM sessions WHERE (session_id >= ?1 AND "
                                  "session_id < ?1 || char(1114111)) OR user_id IN (?1, ?2) "
                                  "LIMIT 100000");
        // User ids are stored hashed unless the store was written with hashing off.
        search.bind(1, query.search.trimmed());
        search.bind(2, hashedUserId(query.search.trimmed()));
        searched.assign(size_t(facts.maxSession()) + 1, false);
        while (search.step() == SQLITE_ROW) {
            const qint64 id = search.integer(0);
            if (id >= 0 && id < qint64(searched.size()))
                searched[size_t(id)] = true;
        }
    }
    const std::optional<RowSet> rows = select(facts, errors, query.filter, cancellation);
    if (!rows)
        return Error{Tr::tr("The query was cancelled."), 1};
    const auto wanted = [&](std::uint32_t id) {
        return searched.empty() || (id < searched.size() && searched[id]);
    };

    // Latest first: each session's latest matching page view, then sessions by its time.
    // Each worker finds them in its parts; the latest of the workers' is the session's.
    constexpr RowRef kNone = 0xFFFFFFFF;
    const auto laterRow = [&facts](RowRef candidate, RowRef latest) {
        return latest == kNone ||
               (candidate != kNone && facts.time(latest) <= facts.time(candidate) &&
                (facts.time(latest) < facts.time(candidate) || candidate > latest));
    };
    std::vector<std::vector<RowRef>> latestOf(size_t(scanWorkers(rows->size())));
    for (std::vector<RowRef> &latest : latestOf)
        latest.assign(size_t(facts.maxSession()) + 1, kNone);
    const bool scanned = parallelScan(
        rows->parts.size(), latestOf, cancellation, [&](std::vector<RowRef> &latestRow, size_t p) {
            const ChunkRows &part = rows->parts[p];
            const FactChunk &chunk = facts.chunk(part.chunk);
            part.visit([&](std::uint32_t row) {
                const std::uint32_t id = chunk.session[row];
                // Id 0: page views the store keeps without a session.
                if (id == 0 || !wanted(id))
                    return;
                RowRef &latest = latestRow[id];
                if (latest == kNone || facts.time(latest) <= chunk.time[row])
                    latest = rowRef(part.chunk, row);
            });
        });
    if (!scanned)
        return Error{Tr::tr("The query was cancelled."), 1};
    std::vector<RowRef> &latestRow = latestOf.front();
    for (size_t w = 1; w < latestOf.size(); ++w) {
        for (size_t id = 0; id < latestRow.size(); ++id) {
            if (laterRow(latestOf[w][id], latestRow[id]))
                latestRow[id] = latestOf[w][id];
        }
    }
    // Sessions by their latest page view, latest first; the key beside each id, so that
    // ordering millions of them reads no row.
    struct Candidate
    {
        qint64 time;
        RowRef row;
        std::uint32_t id;
    };
    std::vector<Candidate> candidates;
    for (std::uint32_t id = 1; id < latestRow.size(); ++id) {
        if (latestRow[id] != kNone)
            candidates.push_back({facts.time(latestRow[id]), latestRow[id], id});
    }
    SessionListResult result;
    result.sessions = qint64(candidates.size());
    const auto laterFirst = [](const Candidate &a, const Candidate &b) {
        return a.time != b.time ? a.time > b.time : a.row > b.row;
    };
    const size_t shown =
        query.limit > 0 ? std::min(candidates.size(), size_t(query.limit)) : candidates.size();
    if (shown < candidates.size())
        std::nth_element(candidates.begin(), candidates.begin() + qsizetype(shown),
                         candidates.end(), laterFirst);
    std::sort(candidates.begin(), candidates.begin() + qsizetype(shown), laterFirst);
    std::vector<std::uint32_t> matching(shown);
    for (size_t s = 0; s < shown; ++s)
        matching[s] = candidates[s].id;
    const std::vector<std::uint32_t> &chosen = matching;
    std::vector<std::int32_t> slotOf(size_t(facts.maxSession()) + 1, -1);
    for (size_t s = 0; s < chosen.size(); ++s)
        slotOf[chosen[s]] = std::int32_t(s);

    result.rows.resize(qsizetype(chosen.size()));
    const auto text = [&](Dimension dimension, RowRef row) {
        const FactTable::Code code = facts.code(dimension, row);
        const QStringList &dictionary = facts.dictionary(dimension);
        return code < dictionary.size() ? dictionary[code] : QString();
    };
    for (size_t s = 0; s < chosen.size(); ++s) {
        SessionRow &out = result.rows[qsizetype(s)];
        const RowRef latest = latestRow[chosen[s]];
        out.country = text(Dimension::Country, latest);
        out.deviceType = text(Dimension::DeviceType, latest);
        out.browser = text(Dimension::Browser, latest);
    }
    // Their page views' figures: one more pass over the selection.
    constexpr std::array kVitals{Metric::Lcp, Metric::Inp, Metric::Cls};
    // A bitset of them says no to most rows from cache; slotOf is too large to stay there.
    std::vector<std::uint64_t> chosenBits(slotOf.size() / 64 + 1);
    for (const std::uint32_t id : chosen)
        chosenBits[id / 64] |= std::uint64_t(1) << (id % 64);
    rows->visit([&](RowRef row) {
        const std::uint32_t id = facts.session(row);
        if (!((chosenBits[id / 64] >> (id % 64)) & 1))
            return;
        const std::int32_t slot = slotOf[id];
        SessionRow &out = result.rows[slot];
        ++out.pageViews;
        for (const Metric metric : kVitals) {
            const std::uint16_t code = facts.binned(metric, row);
            if (code == FactTable::kNoSample)
                continue;
            // The rating the scans count, worked out at load in float, as the value is kept.
            const auto rating = Rating(code >> FactTable::kRatingShift);
            const float value = facts.metric(metric, row);
            const bool worse =
                !out.worstMetric || rating > out.worstRating ||
                (rating == out.worstRating && metric == *out.worstMetric && value > out.worstValue);
            if (worse) {
                out.worstMetric = metric;
                out.worstRating = rating;
                out.worstValue = floatToReportedDouble(value);
            }
        }
    });
    const std::vector<RowRef> &viewRow = errors.viewRow();
    for (size_t e = 0; e < viewRow.size(); ++e) {
        const RowRef row = viewRow[e];
        if (row == ErrorTable::kNoView)
            continue;
        // Counted on the page view's session: the page view is what the list counts.
        const std::int32_t slot = slotOf[facts.session(row)];
        if (slot >= 0 && rows->contains(row))
            ++result.rows[slot].errors;
    }
    // What the store recorded of each: its id, user, start and last activity.
    sql::Statement details(db, "SELECT session_id, user_id, ts, last_seen FROM sessions "
                               "WHERE id = ?1");
    for (size_t s = 0; s < chosen.size(); ++s) {
        details.bind(1, qint64(chosen[s]));
        if (details.step() == SQLITE_ROW) {
            SessionRow &out = result.rows[qsizetype(s)];
            out.sessionId = details.text(0);
            out.userId = details.text(1);
            out.start = details.integer(2);
            out.lastSeen = details.isNull(3) ? out.start : details.integer(3);
        }
        details.reset();
    }
    return result;
}

/// Every answer of a batch, or nothing when cancelled. `answered` hears of each answer
/// as it is ready, in the batch's order.
std::optional<std::vector<BatchAnswer>>
answerBatch(const FactTable &facts, const ErrorTable &errors, const QString &storePath,
            const std::vector<BatchQuery> &queries, const Cancellation &cancellation,
            const std::function<void(size_t)> &answered)
{
    std::vector<std::optional<BatchAnswer>> answers(queries.size());
    std::vector<bool> done(queries.size());
    // A query asked twice is answered once: firstOf names the first time it was asked.
    std::vector<size_t> firstOf(queries.size());
    for (size_t i = 0; i < queries.size(); ++i)
        firstOf[i] = size_t(std::find(queries.begin(), queries.begin() + qsizetype(i), queries[i]) -
                            queries.begin());
    const auto scansRows = [&](size_t i) {
        return !std::holds_alternative<ErrorGroupQuery>(queries[i]) &&
               !std::holds_alternative<SessionQuery>(queries[i]);
    };
    size_t reported = 0;
    const auto report = [&] {
        while (reported < queries.size() && answers[reported]) {
            ++reported;
            if (answered)
                answered(reported);
        }
        return !cancellation.requested();
    };
    for (size_t index = 0; index < queries.size(); ++index) {
        if (done[index])
            continue;
        if (firstOf[index] != index) {
            answers[index] = answers[firstOf[index]];
        } else if (const auto *sessionQuery = std::get_if<SessionQuery>(&queries[index])) {
            Result<SessionListResult> sessions =
                sessionList(facts, errors, storePath, *sessionQuery, cancellation);
            if (!sessions && cancellation.requested())
                return std::nullopt;
            // A store that cannot be read is the answer's to tell, not a cancellation.
            SessionListResult failed;
            if (!sessions)
                failed.error = sessions.error().message;
            answers[index] = sessions ? std::move(sessions).value() : std::move(failed);
        } else if (const auto *errorQuery = std::get_if<ErrorGroupQuery>(&queries[index])) {
            answers[index] = scanErrorGroups(facts, errors, *errorQuery);
        } else {
            // This query and every later one with its filter, answered by one scan.
            const Filter &filter = filterOf(queries[index]);
            std::vector<size_t> sharing;
            for (size_t later = index; later < queries.size(); ++later) {
                if (!done[later] && firstOf[later] == later && scansRows(later) &&
                    filterOf(queries[later]) == filter) {
                    sharing.push_back(later);
                    done[later] = true;
                }
            }
            if (!answerFilter(facts, errors, queries, sharing, filter, cancellation, answers))
                return std::nullopt;
        }
        done[index] = true;
        if (!report())
            return std::nullopt;
    }
    if (!report())
        return std::nullopt;
    std::vector<BatchAnswer> result;
    result.reserve(answers.size());
    for (auto &answer : answers)
        result.push_back(std::move(*answer));
    return result;
}

} // namespace

struct LocalEngine::Shared
{
    std::mutex mutex; ///< guards data
    EngineData data;
    std::mutex refreshing; ///< one catch-up at a time
    /// The number of the latest batch: older ones see it change and stop.
    std::atomic<quint64> latestBatch = 0;
    QThreadPool scanPool; ///< the scans' threads (Cancellation says why not the global pool)
    QString storePath;    ///< for what the engine keeps no copy of (session details)
};

LocalEngine::LocalEngine()
    : m_shared(std::make_shared<Shared>())
{}
LocalEngine::~LocalEngine() = default;
LocalEngine::LocalEngine(LocalEngine &&) noexcept = default;
LocalEngine &LocalEngine::operator=(LocalEngine &&) noexcept = default;

EngineData LocalEngine::data() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->data;
}

namespace {

/// Every page view and error of the store, read from SQLite.
Result<EngineData> loadFromStore(const QString &storePath, const Progress &progress)
{
    Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    // The errors and the position in one snapshot; the page views up to that position.
    sql::Transaction snapshot(store->handle());
    Result<StorePosition> position = storePosition(store->handle());
    if (!position)
        return position.error();
    Result<ErrorTable> errors = ErrorTable::load(store->handle(), position->maxErrorId);
    if (!errors)
        return errors.error();
    std::unordered_map<quint64, RowRef> rowOfView;
    Result<FactTable> facts = FactTable::load(storePath, position->maxPageViewId, progress,
                                              errors->unresolvedKeys(), &rowOfView);
    if (!facts)
        return facts.error();
    errors->resolveViews(rowOfView);
    EngineData data;
    data.facts = std::make_shared<const FactTable>(std::move(facts).value());
    data.errors = std::make_shared<const ErrorTable>(std::move(errors).value());
    data.storeId = position->storeId;
    data.changeSeq = position->lastChangeSeq;
    return data;
}

Result<CatchUp> catchUpWithStore(const QString &storePath, const EngineData &from,
                                 const Progress &progress)
{
    Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    sql::Transaction snapshot(store->handle());
    return catchUp(store->handle(), from, progress);
}

Result<QString> storeIdOf(const QString &storePath)
{
    Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    Result<StorePosition> position = storePosition(store->handle());
    if (!position)
        return position.error();
    return position->storeId;
}

} // namespace

Result<LocalEngine> LocalEngine::load(const QString &storePath, const Progress &progress)
{
    Result<QString> storeId = storeIdOf(storePath);
    if (!storeId)
        return storeId.error();
    const QString snapshotPath = ColumnSnapshot::pathFor(storePath);
    std::optional<EngineData> data = ColumnSnapshot::read(snapshotPath, storeId.value());
    bool save = !data;
    // A store changed in a way the copy cannot follow is read again; twice in a row only
    // when something rewrites it while it is read.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!data) {
            Result<EngineData> loaded = loadFromStore(storePath, progress);
            if (!loaded)
                return loaded.error();
            data = std::move(loaded).value();
            save = true;
        }
        if (progress.cancelled())
            return Error{Tr::tr("Loading was cancelled."), 1};
        Result<CatchUp> caughtUp = catchUpWithStore(storePath, *data, progress);
        if (!caughtUp)
            return caughtUp.error();
        if (caughtUp->reloadNeeded) {
            data.reset();
            continue;
        }
        // Worth saving again when much was read from SQLite on top of the snapshot.
        save = save || caughtUp->changedRows > std::max<qint64>(100000, data->facts->rows() / 10);
        data = std::move(caughtUp->data);
        LocalEngine engine;
        engine.m_shared->data = std::move(*data);
        engine.m_shared->storePath = storePath;
        if (save) {
            if (const QString error = ColumnSnapshot::write(snapshotPath, engine.m_shared->data);
                !error.isEmpty())
                qCInfo(lcEngine) << "cannot save the column snapshot" << snapshotPath << error;
        }
        return engine;
    }
    return Error{Tr::tr("The store %1 kept changing while it was read.").arg(storePath), 1};
}

Result<qint64> LocalEngine::refresh(const Progress &progress) const
{
    std::lock_guard refreshing(m_shared->refreshing);
    if (m_shared->storePath.isEmpty())
        return 0;
    Result<CatchUp> caughtUp = catchUpWithStore(m_shared->storePath, data(), progress);
    if (!caughtUp)
        return caughtUp.error();
    EngineData next;
    qint64 changed = caughtUp->changedRows;
    if (caughtUp->reloadNeeded) {
        Result<EngineData> loaded = loadFromStore(m_shared->storePath, progress);
        if (!loaded)
            return loaded.error();
        next = std::move(loaded).value();
        changed = next.facts->rows() + next.errors->rows();
    } else {
        next = std::move(caughtUp->data);
    }
    std::lock_guard lock(m_shared->mutex);
    m_shared->data = std::move(next);
    return changed;
}

BatchResult LocalEngine::run(const std::vector<BatchQuery> &queries,
                             const std::function<void(size_t answered)> &answered) const
{
    const quint64 mine = m_shared->latestBatch.fetch_add(1) + 1;
    const Cancellation cancellation(&m_shared->latestBatch, mine, &m_shared->scanPool);
    const EngineData current = data();
    std::optional<std::vector<BatchAnswer>> answers = answerBatch(
        *current.facts, *current.errors, m_shared->storePath, queries, cancellation, answered);
    if (!answers)
        return {true, {}};
    return {false, std::move(*answers)};
}

template<class Answer, class Query> Answer LocalEngine::answerOne(const Query &query) const
{
    const EngineData current = data();
    auto answers = answerBatch(*current.facts, *current.errors, m_shared->storePath, {query},
                               Cancellation(&m_shared->scanPool), {});
    return std::get<Answer>(std::move(answers->front()));
}

MetricQueryResult LocalEngine::run(const MetricQuery &query) const
{
    return answerOne<MetricQueryResult>(query);
}

OverviewResult LocalEngine::overview(const OverviewQuery &query) const
{
    return answerOne<OverviewResult>(query);
}

HistogramResult LocalEngine::histogram(const HistogramQuery &query) const
{
    return answerOne<HistogramResult>(query);
}

ErrorGroupResult LocalEngine::errorGroups(const ErrorGroupQuery &query) const
{
    return answerOne<ErrorGroupResult>(query);
}

Result<SessionListResult> LocalEngine::sessions(const SessionQuery &query) const
{
    if (m_shared->storePath.isEmpty())
        return SessionListResult();
    const EngineData current = data();
    return sessionList(*current.facts, *current.errors, m_shared->storePath, query,
                       Cancellation(&m_shared->scanPool));
}

qint64 LocalEngine::pageViews() const
{
    return data().facts->rows();
}
qint64 LocalEngine::errors() const
{
    return data().errors->rows();
}
qint64 LocalEngine::firstTime() const
{
    return data().facts->minTime();
}
qint64 LocalEngine::lastTime() const
{
    return data().facts->maxTime();
}

QStringList LocalEngine::values(Dimension dimension) const
{
    const EngineData current = data();
    if (dimension == Dimension::ErrorGroup) {
        // The fingerprints, most errors first.
        ErrorGroupQuery query;
        query.limit = 0;
        QStringList fingerprints;
        for (const ErrorGroup &group :
             scanErrorGroups(*current.facts, *current.errors, query).groups) {
            if (!group.fingerprint.isEmpty())
                fingerprints.append(group.fingerprint);
        }
        return fingerprints;
    }
    const FactTable &facts = *current.facts;
    const QStringList &dictionary = facts.dictionary(dimension);
    std::vector<qint64> counts(size_t(dictionary.size()) + 1);
    for (size_t c = 0; c < facts.chunkCount(); ++c) {
        const FactChunk &chunk = facts.chunk(c);
        chunk.withCodes(dimension, [&](const auto *codes) {
            for (size_t row = 0; row < chunk.size(); ++row)
                ++counts[std::min<size_t>(codes[row], size_t(dictionary.size()))];
        });
    }
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
