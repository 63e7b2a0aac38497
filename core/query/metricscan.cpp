#include "metricscan.h"

#include "metricquery.h"
#include "parallelscan.h"
#include "valuebins.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace rumscope {
namespace {

constexpr size_t kBins = ValueBins::kCount;
constexpr std::uint16_t kBinMask = (1 << FactTable::kRatingShift) - 1;
/// The rating slot of a page view without the metric: it counts as a page view only.
constexpr size_t kNoSampleSlot = 3;
static_assert(size_t(kBinMask) + 1 >= ValueBins::kCount);

/// Beyond this many group × bin cells the counts would not stay in cache: values are kept per
/// group instead (a grouping by a dimension with thousands of values).
constexpr size_t kMaxCells = size_t(1) << 21;

/// Each group's earliest and latest page-view time, per grouping.
struct TimeBounds
{
    std::vector<qint64> first;
    std::vector<qint64> last;

    void reset(size_t groups)
    {
        first.assign(groups, std::numeric_limits<qint64>::max());
        last.assign(groups, std::numeric_limits<qint64>::min());
    }
};

/// The selected rows of one chunk, and each row's group for the task at hand. Reused from
/// chunk to chunk.
struct BlockView
{
    const FactChunk *chunk = nullptr;
    std::vector<std::uint32_t> rows; ///< in the chunk
    std::vector<std::uint32_t> groups;
    int groupedBy = -1; ///< the grouping (index into the scan's) `groups` holds

    void load(const FactTable &facts, const ChunkRows &part)
    {
        chunk = &facts.chunk(part.chunk);
        rows.clear();
        part.visit([this](std::uint32_t row) { rows.push_back(row); });
        groupedBy = -1;
    }

    /// Each row's group by grouping number `index`, unless the rows already have them; the
    /// first time, `bounds` (when given) widen to the rows' times.
    void group(const Grouping &grouping, int index, size_t groupCount, TimeBounds *bounds)
    {
        if (groupedBy == index)
            return;
        groupedBy = index;
        groups.resize(rows.size());
        const qint64 *time = chunk->time.data();
        switch (grouping.kind) {
        case Grouping::Kind::None:
            std::fill(groups.begin(), groups.end(), 0);
            return;
        case Grouping::Kind::Codes:
            // Codes past the dictionary (its overflow code) go to the last group.
            chunk->withCodes(grouping.dimension, [&](const auto *codes) {
                const auto overflow = std::uint32_t(groupCount - 1);
                const auto groupOf = [&](size_t i) {
                    return std::min<std::uint32_t>(codes[rows[i]], overflow);
                };
                if (bounds)
                    assign(groupOf, time, *bounds);
                else
                    assign(groupOf);
            });
            return;
        case Grouping::Kind::Buckets: {
            const qint64 width = std::max<qint64>(grouping.bucketMs, 1);
            const auto lastGroup = std::uint32_t(groupCount - 1);
            const auto groupOf = [&](size_t i) {
                const qint64 offset = time[rows[i]] - grouping.firstBucket;
                return offset <= 0 ? 0 : std::min(std::uint32_t(offset / width), lastGroup);
            };
            if (bounds)
                assign(groupOf, time, *bounds);
            else
                assign(groupOf);
            return;
        }
        }
    }

private:
    template<class GroupOf> void assign(const GroupOf &groupOf)
    {
        for (size_t i = 0; i < rows.size(); ++i)
            groups[i] = groupOf(i);
    }
    /// In the same loop: a row's time is read once, and it is already in cache.
    template<class GroupOf>
    void assign(const GroupOf &groupOf, const qint64 *time, TimeBounds &bounds)
    {
        qint64 *first = bounds.first.data();
        qint64 *last = bounds.last.data();
        for (size_t i = 0; i < rows.size(); ++i) {
            const std::uint32_t g = groupOf(i);
            const qint64 t = time[rows[i]];
            groups[i] = g;
            first[g] = std::min(first[g], t);
            last[g] = std::max(last[g], t);
        }
    }
};

/// One task's counts in one worker.
struct TaskCounts
{
    std::vector<std::uint32_t> histogram;   ///< group × bin (binned tasks)
    std::vector<qint64> ratings;            ///< group × (good, ni, poor, no sample)
    std::vector<std::vector<float>> values; ///< per group (listed tasks)
};

struct Worker
{
    BlockView block;
    std::vector<TaskCounts> tasks;
    std::vector<TimeBounds> bounds; ///< per grouping
};

/// A percentile's place: the bin of its group that holds it, and its rank among that bin's
/// values.
struct Target
{
    size_t group = 0;
    int percentile = 0;
    int slot = 0; ///< the list of values collected for (group, bin)
    qint64 rankInBin = 0;
};

struct TaskPlan
{
    size_t groups = 1;
    bool listed = false;
    std::vector<Target> targets;
    std::vector<std::int32_t> slotOfCell; ///< group × bin → slot, −1 for none
    int slotCount = 0;
    /// A grouped task on the same metric whose groups add up to this task's one (−1: none):
    /// this task is not counted, its total is summed from that one's groups.
    int donor = -1;
};

/// A set of bins, for the test every row of the second pass makes.
struct BinSet
{
    std::array<std::uint64_t, kBins / 64> words{};

    void insert(size_t bin) { words[bin / 64] |= std::uint64_t(1) << (bin % 64); }
    bool contains(size_t bin) const { return (words[bin / 64] >> (bin % 64)) & 1; }
};

/// The tasks on one metric that have values to collect, and every bin any of them wants.
struct MetricRefinement
{
    Metric metric = Metric::Lcp;
    std::vector<size_t> tasks;
    BinSet bins;
};

/// A row's group: what BlockView::group works out for a whole block, for one row.
std::uint32_t groupOfRow(const Grouping &grouping, size_t groupCount, const FactChunk &chunk,
                         std::uint32_t row)
{
    switch (grouping.kind) {
    case Grouping::Kind::None:
        return 0;
    case Grouping::Kind::Codes:
        return std::min(chunk.code(grouping.dimension, row), DimensionCode(groupCount - 1));
    case Grouping::Kind::Buckets: {
        const qint64 offset = chunk.time[row] - grouping.firstBucket;
        const qint64 width = std::max<qint64>(grouping.bucketMs, 1);
        return offset <= 0 ? 0
                           : std::min(std::uint32_t(offset / width), std::uint32_t(groupCount - 1));
    }
    }
    return 0;
}

} // namespace

size_t groupCount(const FactTable &facts, const Grouping &grouping)
{
    switch (grouping.kind) {
    case Grouping::Kind::None:
        return 1;
    case Grouping::Kind::Codes:
        // The codes in use, and one more for the values past the dictionary's limit.
        return size_t(facts.dictionary(grouping.dimension).size()) + 1;
    case Grouping::Kind::Buckets:
        return std::max<size_t>(grouping.bucketCount, 1);
    }
    return 1;
}

std::optional<std::vector<std::vector<GroupFigures>>>
scanMetrics(const FactTable &facts, const RowSet &rows, const std::vector<MetricTask> &tasks,
            const Cancellation &cancellation)
{
    std::vector<TaskPlan> plans(tasks.size());
    // The distinct groupings of the tasks: rows are grouped, and their times bounded, once
    // per block and grouping.
    std::vector<Grouping> groupings;
    std::vector<int> groupingOf(tasks.size(), -1);
    for (size_t t = 0; t < tasks.size(); ++t) {
        plans[t].groups = groupCount(facts, tasks[t].grouping);
        plans[t].listed = plans[t].groups * kBins > kMaxCells;
        if (tasks[t].grouping.kind == Grouping::Kind::None)
            continue;
        const auto found = std::find(groupings.begin(), groupings.end(), tasks[t].grouping);
        groupingOf[t] = int(found - groupings.begin());
        if (found == groupings.end())
            groupings.push_back(tasks[t].grouping);
    }

    // A total needs no counting of its own when the same metric is counted by groups that
    // hold every row: a grouping by codes (values past the dictionary in the last group) or
    // by time buckets (clamped to the first and last).
    for (size_t t = 0; t < tasks.size(); ++t) {
        if (tasks[t].grouping.kind != Grouping::Kind::None)
            continue;
        for (size_t u = 0; u < tasks.size(); ++u) {
            if (tasks[u].metric == tasks[t].metric &&
                tasks[u].grouping.kind != Grouping::Kind::None && !plans[u].listed) {
                plans[t].donor = int(u);
                break;
            }
        }
    }

    // Pass 1: counts per group and bin.
    std::vector<Worker> workers(size_t(scanWorkers(rows.size())));
    for (Worker &worker : workers) {
        worker.bounds.resize(groupings.size());
        for (size_t g = 0; g < groupings.size(); ++g)
            worker.bounds[g].reset(groupCount(facts, groupings[g]));
        worker.tasks.resize(tasks.size());
        for (size_t t = 0; t < tasks.size(); ++t) {
            TaskCounts &counts = worker.tasks[t];
            counts.ratings.assign(plans[t].groups * 4, 0);
            if (plans[t].donor >= 0)
                continue;
            if (plans[t].listed)
                counts.values.resize(plans[t].groups);
            else
                counts.histogram.assign(plans[t].groups * kBins, 0);
        }
    }
    const bool counted =
        parallelScan(rows.parts.size(), workers, cancellation, [&](Worker &worker, size_t part) {
            BlockView &block = worker.block;
            block.load(facts, rows.parts[part]);
            for (size_t t = 0; t < tasks.size(); ++t) {
                if (plans[t].donor >= 0)
                    continue;
                const MetricTask &task = tasks[t];
                TaskCounts &counts = worker.tasks[t];
                const bool grouped = task.grouping.kind != Grouping::Kind::None;
                if (grouped)
                    block.group(task.grouping, groupingOf[t], plans[t].groups,
                                &worker.bounds[size_t(groupingOf[t])]);
                const std::uint16_t *binned = block.chunk->binned[size_t(task.metric)].data();
                const std::uint32_t *rowOf = block.rows.data();
                const size_t count = block.rows.size();
                if (plans[t].listed) {
                    const float *column = block.chunk->metrics[size_t(task.metric)].data();
                    for (size_t i = 0; i < count; ++i) {
                        const std::uint32_t group = grouped ? block.groups[i] : 0;
                        const std::uint16_t code = binned[rowOf[i]];
                        if (code == FactTable::kNoSample) {
                            ++counts.ratings[group * 4 + kNoSampleSlot];
                            continue;
                        }
                        ++counts.ratings[group * 4 + (code >> FactTable::kRatingShift)];
                        counts.values[group].push_back(column[rowOf[i]]);
                    }
                    continue;
                }
                std::uint32_t *histogram = counts.histogram.data();
                qint64 *rating = counts.ratings.data();
                if (!grouped) {
                    for (size_t i = 0; i < count; ++i) {
                        const std::uint16_t code = binned[rowOf[i]];
                        if (code == FactTable::kNoSample) {
                            ++rating[kNoSampleSlot];
                            continue;
                        }
                        ++rating[code >> FactTable::kRatingShift];
                        ++histogram[code & kBinMask];
                    }
                    continue;
                }
                const std::uint32_t *groupOf = block.groups.data();
                for (size_t i = 0; i < count; ++i) {
                    const std::uint32_t group = groupOf[i];
                    const std::uint16_t code = binned[rowOf[i]];
                    if (code == FactTable::kNoSample) {
                        ++rating[group * 4 + kNoSampleSlot];
                        continue;
                    }
                    ++rating[group * 4 + (code >> FactTable::kRatingShift)];
                    ++histogram[group * kBins + (code & kBinMask)];
                }
            }
        });
    if (!counted)
        return std::nullopt;

    for (size_t g = 0; g < groupings.size(); ++g) {
        TimeBounds &total = workers.front().bounds[g];
        for (size_t w = 1; w < workers.size(); ++w) {
            const TimeBounds &other = workers[w].bounds[g];
            for (size_t i = 0; i < total.first.size(); ++i) {
                total.first[i] = std::min(total.first[i], other.first[i]);
                total.last[i] = std::max(total.last[i], other.last[i]);
            }
        }
    }
    for (size_t t = 0; t < tasks.size(); ++t) {
        TaskCounts &total = workers.front().tasks[t];
        for (size_t w = 1; w < workers.size(); ++w) {
            TaskCounts &other = workers[w].tasks[t];
            for (size_t i = 0; i < total.ratings.size(); ++i)
                total.ratings[i] += other.ratings[i];
            for (size_t i = 0; i < total.histogram.size(); ++i)
                total.histogram[i] += other.histogram[i];
            for (size_t g = 0; g < total.values.size(); ++g)
                total.values[g].insert(total.values[g].end(), other.values[g].begin(),
                                       other.values[g].end());
        }
    }
    for (size_t t = 0; t < tasks.size(); ++t) {
        if (plans[t].donor < 0)
            continue;
        const TaskCounts &donor = workers.front().tasks[size_t(plans[t].donor)];
        TaskCounts &total = workers.front().tasks[t];
        total.histogram.assign(kBins, 0);
        for (size_t g = 0; g < plans[size_t(plans[t].donor)].groups; ++g) {
            for (size_t slot = 0; slot < 4; ++slot)
                total.ratings[slot] += donor.ratings[g * 4 + slot];
            for (size_t bin = 0; bin < kBins; ++bin)
                total.histogram[bin] += donor.histogram[g * kBins + bin];
        }
    }
    std::vector<std::vector<GroupFigures>> figures(tasks.size());
    for (size_t t = 0; t < tasks.size(); ++t) {
        TaskCounts &total = workers.front().tasks[t];
        TaskPlan &plan = plans[t];
        const QList<double> &percentiles = tasks[t].percentiles;
        figures[t].resize(plan.groups);
        for (size_t g = 0; g < plan.groups; ++g) {
            GroupFigures &f = figures[t][g];
            if (tasks[t].histogram && !plan.listed)
                f.histogram.assign(total.histogram.begin() + qsizetype(g * kBins),
                                   total.histogram.begin() + qsizetype((g + 1) * kBins));
            f.good = total.ratings[g * 4];
            f.needsImprovement = total.ratings[g * 4 + 1];
            f.poor = total.ratings[g * 4 + 2];
            f.samples = f.good + f.needsImprovement + f.poor;
            f.pageViews = f.samples + total.ratings[g * 4 + kNoSampleSlot];
            if (f.pageViews > 0) {
                if (groupingOf[t] < 0) {
                    f.firstSeen = rows.minTime;
                    f.lastSeen = rows.maxTime;
                } else {
                    const TimeBounds &bounds = workers.front().bounds[size_t(groupingOf[t])];
                    f.firstSeen = bounds.first[g];
                    f.lastSeen = bounds.last[g];
                }
            }
            if (plan.listed) {
                for (const double p : percentiles)
                    f.percentiles.append(percentileDisc(total.values[g], p));
                continue;
            }
            f.percentiles.fill(MetricSummary::kUnsetValue, percentiles.size());
            if (f.samples == 0)
                continue;
            const std::uint32_t *histogram = total.histogram.data() + g * kBins;
            for (int p = 0; p < percentiles.size(); ++p) {
                const qint64 rank = percentileRank(f.samples, percentiles[p]);
                qint64 before = 0;
                size_t bin = 0;
                while (before + qint64(histogram[bin]) <= rank)
                    before += histogram[bin++];
                if (plan.slotOfCell.empty())
                    plan.slotOfCell.assign(plan.groups * kBins, -1);
                std::int32_t &slot = plan.slotOfCell[g * kBins + bin];
                if (slot < 0)
                    slot = plan.slotCount++;
                plan.targets.push_back({g, p, slot, rank - before});
            }
        }
    }

    // Pass 2: the values of the bins that hold a percentile; a small share of all. Tasks on
    // one metric read its column once, and a row outside every bin they want costs one test.
    std::vector<MetricRefinement> refinements;
    for (size_t t = 0; t < tasks.size(); ++t) {
        if (plans[t].targets.empty())
            continue;
        auto found = std::find_if(refinements.begin(), refinements.end(),
                                  [&](const auto &r) { return r.metric == tasks[t].metric; });
        if (found == refinements.end()) {
            refinements.emplace_back().metric = tasks[t].metric;
            found = refinements.end() - 1;
        }
        found->tasks.push_back(t);
        for (size_t cell = 0; cell < plans[t].slotOfCell.size(); ++cell) {
            if (plans[t].slotOfCell[cell] >= 0)
                found->bins.insert(cell % kBins);
        }
    }
    if (refinements.empty())
        return figures;
    using Lists = std::vector<std::vector<std::vector<float>>>; // task → slot → values
    std::vector<Lists> collectors(workers.size());
    for (Lists &lists : collectors) {
        lists.resize(tasks.size());
        for (size_t t = 0; t < tasks.size(); ++t)
            lists[t].resize(size_t(plans[t].slotCount));
    }
    const bool collected =
        parallelScan(rows.parts.size(), collectors, cancellation, [&](Lists &lists, size_t index) {
            const ChunkRows &part = rows.parts[index];
            const FactChunk &chunk = facts.chunk(part.chunk);
            for (const MetricRefinement &refinement : refinements) {
                const std::uint16_t *binned = chunk.binned[size_t(refinement.metric)].data();
                const float *column = chunk.metrics[size_t(refinement.metric)].data();
                part.visit([&](std::uint32_t row) {
                    const std::uint16_t code = binned[row];
                    const size_t bin = code & kBinMask;
                    if (!refinement.bins.contains(bin) || code == FactTable::kNoSample)
                        return;
                    for (const size_t t : refinement.tasks) {
                        const std::uint32_t group =
                            groupOfRow(tasks[t].grouping, plans[t].groups, chunk, row);
                        const std::int32_t slot = plans[t].slotOfCell[group * kBins + bin];
                        if (slot >= 0)
                            lists[t][size_t(slot)].push_back(column[row]);
                    }
                });
            }
        });
    if (!collected)
        return std::nullopt;
    for (size_t t = 0; t < tasks.size(); ++t) {
        auto &values = collectors.front()[t];
        for (size_t w = 1; w < collectors.size(); ++w) {
            for (size_t s = 0; s < values.size(); ++s)
                values[s].insert(values[s].end(), collectors[w][t][s].begin(),
                                 collectors[w][t][s].end());
        }
        for (const Target &target : plans[t].targets) {
            std::vector<float> &list = values[size_t(target.slot)];
            const auto nth = list.begin() + target.rankInBin;
            std::nth_element(list.begin(), nth, list.end());
            figures[t][target.group].percentiles[target.percentile] = floatToReportedDouble(*nth);
        }
    }
    return figures;
}

} // namespace rumscope
