#include "localengine.h"

#include "enrich/enricher.h"
#include "errortable.h"
#include "facttable.h"
#include "metricscan.h"
#include "parallelscan.h"
#include "store/store.h"
#include "valuebins.h"

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
    // A filter's ends may be anywhere in the 64-bit range: no step may overflow.
    qint64 quotient = from / bucketMs;
    if (from % bucketMs < 0)
        --quotient;
    qint64 first = 0;
    qint64 span = 0;
    if (__builtin_mul_overflow(quotient, bucketMs, &first) ||
        __builtin_sub_overflow(to - 1, first, &span))
        return std::nullopt;
    const qint64 count = span / bucketMs + 1;
    if (count <= 0 || count > 100000)
        return std::nullopt;
    Grouping grouping;
    grouping.kind = Grouping::Kind::Buckets;
    grouping.bucketMs = bucketMs;
    grouping.firstBucket = first;
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

ErrorGroupResult errorGroups(const FactTable &facts, const ErrorTable &errors,
                             const ErrorGroupQuery &query)
{
    const Filter &filter = query.filter;
    // Errors happen on page views with an error: none is on a page view without one.
    if (filter.hasError == false)
        return ErrorGroupResult();
    const auto [first, last] = timeRange(errors.time(), filter.from, filter.to);
    const CodeMasks masks = codeMasks(facts, filter);
    const std::vector<std::uint32_t> &viewRow = errors.viewRow();
    const auto passes = [&](std::uint32_t error) {
        for (const auto &[dimension, mask] : masks) {
            const std::uint32_t row = viewRow[error];
            const FactTable::Code code =
                row == ErrorTable::kNoView ? FactTable::Code(0) : facts.codes(dimension)[row];
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
    std::vector<Tally> tallies(errors.groups().size());
    const std::vector<qint64> &time = errors.time();
    const std::vector<std::uint32_t> &group = errors.group();
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
    // Distinct sessions: in session order, a group counts a session when it changes.
    const std::vector<std::uint32_t> &session = errors.session();
    for (const std::uint32_t error : errors.bySession()) {
        if (error < first || error >= last || !passes(error))
            continue;
        Tally &tally = tallies[group[error]];
        if (tally.lastSession != session[error]) {
            tally.lastSession = session[error];
            ++tally.sessions;
        }
    }
    const std::vector<ErrorTable::Group> &groups = errors.groups();
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

qint64 distinctSessions(const FactTable &facts, const RowSet &rows)
{
    std::vector<bool> seen(size_t(facts.maxSession()) + 1);
    const std::vector<std::uint32_t> &session = facts.session();
    qint64 count = 0;
    rows.visit(0, rows.size(), [&](std::uint32_t row) {
        if (!seen[session[row]]) {
            seen[session[row]] = true;
            ++count;
        }
    });
    return count;
}

const Filter &filterOf(const BatchQuery &query)
{
    return std::visit([](const auto &q) -> const Filter & { return q.filter; }, query);
}

/// Display bins from the engine's value bins: consecutive runs of them, so that each spans
/// about the same ratio of values.
HistogramResult histogramOf(const FactTable &facts, const HistogramQuery &query,
                            const GroupFigures &figures)
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
    const ValueBins &bins = facts.bins(query.metric);
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
bool answerFilter(const FactTable &facts, const std::vector<BatchQuery> &queries,
                  const std::vector<size_t> &indices, const Filter &filter,
                  const Cancellation &cancellation,
                  std::vector<std::optional<BatchAnswer>> &answers)
{
    const std::optional<RowSet> rows = select(facts, filter, cancellation);
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
                Grouping grouping;
                grouping.kind = Grouping::Kind::Codes;
                grouping.dimension = *metric->groupBy;
                recipe.groups = tasks.add({metric->metric, grouping, percentiles});
            } else if (metric->bucketMs > 0) {
                recipe.buckets = bucketGrouping(facts, *rows, filter, metric->bucketMs);
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
                const auto [from, to] = bucketSpan(facts, *rows, filter);
                recipe.buckets = bucketGrouping(facts, *rows, filter, trendBucketFor(from, to));
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
            if (metric->groupBy) {
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
                histogramOf(facts, *histogram, (*figures)[recipe.totals.front()].front());
        } else {
            OverviewResult result;
            result.pageViews = qint64(rows->size());
            result.sessions = distinctSessions(facts, *rows);
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

/// Whether a row is in the set (the set's rows ascend).
bool contains(const RowSet &rows, std::uint32_t row)
{
    if (!rows.listed)
        return row >= rows.first && row < rows.last;
    return std::binary_search(rows.rows.begin(), rows.rows.end(), row);
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
    const std::optional<RowSet> rows = select(facts, query.filter, cancellation);
    if (!rows)
        return Error{Tr::tr("The query was cancelled."), 1};
    const std::vector<std::uint32_t> &session = facts.session();
    const auto wanted = [&](std::uint32_t id) {
        return searched.empty() || (id < searched.size() && searched[id]);
    };

    // Latest first: walking the time-ordered rows backwards meets each session at its latest
    // matching page view.
    std::vector<std::int32_t> slotOf(size_t(facts.maxSession()) + 1, -1);
    std::vector<std::uint32_t> chosen;
    std::vector<std::uint32_t> latestRow;
    SessionListResult result;
    for (size_t i = rows->size(); i-- > 0;) {
        const std::uint32_t row = rows->listed ? rows->rows[i] : rows->first + std::uint32_t(i);
        const std::uint32_t id = session[row];
        // Id 0: page views the store keeps without a session.
        if (id == 0 || slotOf[id] != -1 || !wanted(id))
            continue;
        ++result.sessions;
        if (query.limit > 0 && chosen.size() >= size_t(query.limit)) {
            slotOf[id] = -2; // counted, not listed
            continue;
        }
        slotOf[id] = std::int32_t(chosen.size());
        chosen.push_back(id);
        latestRow.push_back(row);
    }
    if (cancellation.requested())
        return Error{Tr::tr("The query was cancelled."), 1};

    result.rows.resize(qsizetype(chosen.size()));
    const auto text = [&](Dimension dimension, std::uint32_t row) {
        const FactTable::Code code = facts.codes(dimension)[row];
        const QStringList &dictionary = facts.dictionary(dimension);
        return code < dictionary.size() ? dictionary[code] : QString();
    };
    for (size_t s = 0; s < chosen.size(); ++s) {
        SessionRow &out = result.rows[qsizetype(s)];
        out.country = text(Dimension::Country, latestRow[s]);
        out.deviceType = text(Dimension::DeviceType, latestRow[s]);
        out.browser = text(Dimension::Browser, latestRow[s]);
    }
    // Their page views' figures: one more pass over the selection.
    constexpr std::array kVitals{Metric::Lcp, Metric::Inp, Metric::Cls};
    rows->visit(0, rows->size(), [&](std::uint32_t row) {
        const std::int32_t slot = slotOf[session[row]];
        if (slot < 0)
            return;
        SessionRow &out = result.rows[slot];
        ++out.pageViews;
        for (const Metric metric : kVitals) {
            const std::uint16_t code = facts.binned(metric)[row];
            if (code == FactTable::kNoSample)
                continue;
            // The rating the scans count, worked out at load in float, as the value is kept.
            const auto rating = Rating(code >> FactTable::kRatingShift);
            const float value = facts.metric(metric)[row];
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
    const std::vector<std::uint32_t> &viewRow = errors.viewRow();
    for (size_t e = 0; e < viewRow.size(); ++e) {
        const std::uint32_t row = viewRow[e];
        if (row == ErrorTable::kNoView)
            continue;
        // Counted on the page view's session: the page view is what the list counts.
        const std::int32_t slot = slotOf[session[row]];
        if (slot >= 0 && contains(*rows, row))
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
            answers[index] = errorGroups(facts, errors, *errorQuery);
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
            if (!answerFilter(facts, queries, sharing, filter, cancellation, answers))
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
    engine.m_storePath = storePath;
    return engine;
}

BatchResult LocalEngine::run(const std::vector<BatchQuery> &queries,
                             const std::function<void(size_t answered)> &answered) const
{
    const quint64 mine = m_latestBatch->fetch_add(1) + 1;
    const Cancellation cancellation(m_latestBatch.get(), mine);
    std::optional<std::vector<BatchAnswer>> answers =
        answerBatch(*m_facts, *m_errors, m_storePath, queries, cancellation, answered);
    if (!answers)
        return {true, {}};
    return {false, std::move(*answers)};
}

MetricQueryResult LocalEngine::run(const MetricQuery &query) const
{
    auto answers = answerBatch(*m_facts, *m_errors, m_storePath, {query}, Cancellation(), {});
    return std::get<MetricQueryResult>(answers->front());
}

OverviewResult LocalEngine::overview(const OverviewQuery &query) const
{
    auto answers = answerBatch(*m_facts, *m_errors, m_storePath, {query}, Cancellation(), {});
    return std::get<OverviewResult>(answers->front());
}

HistogramResult LocalEngine::histogram(const HistogramQuery &query) const
{
    auto answers = answerBatch(*m_facts, *m_errors, m_storePath, {query}, Cancellation(), {});
    return std::get<HistogramResult>(answers->front());
}

Result<SessionListResult> LocalEngine::sessions(const SessionQuery &query) const
{
    if (m_storePath.isEmpty())
        return SessionListResult();
    return sessionList(*m_facts, *m_errors, m_storePath, query, Cancellation());
}

ErrorGroupResult LocalEngine::errorGroups(const ErrorGroupQuery &query) const
{
    return rumscope::errorGroups(*m_facts, *m_errors, query);
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
