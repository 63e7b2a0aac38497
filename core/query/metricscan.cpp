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
/// Counters that rows take in turn: a run of rows counting in one cell would wait on each
/// other's increment, four lanes of them do not.
constexpr size_t kLanes = 4;
/// A group's cells when counted by the whole code: rating × bin, so that one increment per
/// row counts both; kNoSample (0xFFFF) lands in the last bins of the rating 3 no sample has,
/// one per lane.
constexpr size_t kCodeCells = 4 * kBins;
static_assert(FactTable::kRatingShift == 10 && kBins == 1024 &&
              (FactTable::kNoSample & (kCodeCells - 1)) == kCodeCells - 1);
static_assert(size_t(kBinMask) + 1 >= ValueBins::kCount);

/// Beyond this many group × bin cells the counts would not stay in cache: values are kept per
/// group instead (a grouping by a dimension with thousands of values).
constexpr size_t kMaxCells = size_t(1) << 21;

/// Each group's earliest and latest page-view time, per grouping: in kLanes lanes while a
/// scan widens them, in one after collapse().
struct TimeBounds
{
    std::vector<qint64> first;
    std::vector<qint64> last;
    size_t groups = 0;

    void reset(size_t groupCount)
    {
        groups = groupCount;
        first.assign(groups * kLanes, std::numeric_limits<qint64>::max());
        last.assign(groups * kLanes, std::numeric_limits<qint64>::min());
    }

    void collapse()
    {
        for (size_t lane = 1; lane * groups < first.size(); ++lane) {
            for (size_t g = 0; g < groups; ++g) {
                first[g] = std::min(first[g], first[lane * groups + g]);
                last[g] = std::max(last[g], last[lane * groups + g]);
            }
        }
        first.resize(groups);
        last.resize(groups);
    }
};

/// A time's bucket, (time − first) / width clamped to the buckets there are, by a
/// multiplication: a 64-bit division per row would cost more than the rest of the scan.
class BucketOf
{
public:
    BucketOf(const Grouping &grouping, size_t groupCount)
        : m_first(grouping.firstBucket)
        , m_width(std::max<qint64>(grouping.bucketMs, 1))
        , m_inverse(1.0 / double(m_width))
        , m_last(qint64(std::max<size_t>(groupCount, 1) - 1))
    {}

    std::uint32_t operator()(qint64 time) const
    {
        const qint64 offset = time - m_first;
        if (offset <= 0)
            return 0;
        const double estimate = double(offset) * m_inverse;
        if (estimate >= double(m_last))
            return std::uint32_t(m_last);
        // The estimate is off by at most one either way.
        auto bucket = qint64(estimate);
        if (bucket * m_width > offset)
            --bucket;
        else if ((bucket + 1) * m_width <= offset)
            ++bucket;
        return std::uint32_t(std::min(bucket, m_last));
    }

private:
    qint64 m_first;
    qint64 m_width;
    double m_inverse;
    qint64 m_last;
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
    /// first time, `bounds` widen to the rows' times.
    void group(const Grouping &grouping, int index, size_t groupCount, TimeBounds &bounds)
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
                assign([&](size_t i) { return std::min<std::uint32_t>(codes[rows[i]], overflow); },
                       time, bounds);
            });
            return;
        case Grouping::Kind::Buckets: {
            const BucketOf bucketOf(grouping, groupCount);
            assign([&](size_t i) { return bucketOf(time[rows[i]]); }, time, bounds);
            return;
        }
        }
    }

private:
    /// In the same loop: a row's time is read once, and it is already in cache.
    template<class GroupOf>
    void assign(const GroupOf &groupOf, const qint64 *time, TimeBounds &bounds)
    {
        qint64 *first = bounds.first.data();
        qint64 *last = bounds.last.data();
        for (size_t i = 0; i < rows.size(); ++i) {
            const std::uint32_t g = groupOf(i);
            const size_t cell = (i % kLanes) * bounds.groups + g;
            const qint64 t = time[rows[i]];
            groups[i] = g;
            first[cell] = std::min(first[cell], t);
            last[cell] = std::max(last[cell], t);
        }
    }
};

/// One task's counts in one worker.
struct TaskCounts
{
    std::vector<std::uint32_t> histogram; ///< group × bin (binned tasks)
    /// lane × group × (good, ni, poor, no sample); after the scan, lane 0 holds the sums
    std::vector<qint64> ratings;
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

/// A set of bins, for the test every row of the second pass makes.
struct BinSet
{
    std::array<std::uint64_t, kBins / 64> words{};

    void insert(size_t bin) { words[bin / 64] |= std::uint64_t(1) << (bin % 64); }
    bool contains(size_t bin) const { return (words[bin / 64] >> (bin % 64)) & 1; }
    void add(const BinSet &other)
    {
        for (size_t w = 0; w < words.size(); ++w)
            words[w] |= other.words[w];
    }
};

struct TaskPlan
{
    size_t groups = 1;
    bool listed = false;
    bool wide = false; ///< counted by code (kCodeCells a group), not by bin and rating
    std::vector<Target> targets;
    std::vector<std::int32_t> slotOfCell; ///< group × bin → slot, −1 for none
    BinSet targetBins;                    ///< the bins with a slot in some group
    int slotCount = 0;
    /// A grouped task on the same metric whose groups add up to this task's one (−1: none):
    /// this task is not counted, its total is summed from that one's groups.
    int donor = -1;
};

/// The tasks on one metric that have values to collect, and every bin any of them wants.
struct MetricRefinement
{
    Metric metric = Metric::Lcp;
    std::vector<size_t> tasks;
    BinSet bins;
};

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
        plans[t].wide = !plans[t].listed && plans[t].groups * kCodeCells <= kMaxCells;
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
            counts.ratings.assign(plans[t].groups * 4 * kLanes, 0);
            if (plans[t].donor >= 0)
                continue;
            if (plans[t].listed)
                counts.values.resize(plans[t].groups);
            else if (plans[t].wide)
                counts.histogram.assign(plans[t].groups * kCodeCells, 0);
            else
                counts.histogram.assign(plans[t].groups * kBins + kLanes, 0); // + the sinks
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
                                worker.bounds[size_t(groupingOf[t])]);
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
                if (plans[t].wide) {
                    const auto countCodes = [&](const auto &groupOf) {
                        for (size_t i = 0; i < count; ++i) {
                            const std::uint16_t code = binned[rowOf[i]];
                            ++histogram[groupOf(i) * kCodeCells + (code & (kCodeCells - 1)) -
                                        ((code >> 12) & (i % kLanes))];
                        }
                    };
                    if (grouped) {
                        const std::uint32_t *groupOf = block.groups.data();
                        countCodes([groupOf](size_t i) { return size_t(groupOf[i]); });
                    } else {
                        countCodes([](size_t) { return size_t(0); });
                    }
                    continue;
                }
                qint64 *rating = counts.ratings.data();
                // No branch on whether a row has a sample (for INP about half do not, in no
                // order a predictor could learn): kNoSample's rating bits clamp to the
                // no-sample slot, and its histogram count goes to a sink past the groups.
                const size_t sink = plans[t].groups * kBins;
                const size_t laneStride = plans[t].groups * 4;
                const auto countRows = [&](const auto &groupOf) {
                    for (size_t i = 0; i < count; ++i) {
                        const size_t lane = i % kLanes;
                        const size_t group = groupOf(i);
                        const std::uint16_t code = binned[rowOf[i]];
                        ++rating[lane * laneStride + group * 4 +
                                 std::min<size_t>(code >> FactTable::kRatingShift, kNoSampleSlot)];
                        const size_t sampled = size_t(0) - size_t(code != FactTable::kNoSample);
                        ++histogram[((group * kBins + (code & kBinMask)) & sampled) |
                                    ((sink + lane) & ~sampled)];
                    }
                };
                if (grouped) {
                    const std::uint32_t *groupOf = block.groups.data();
                    countRows([groupOf](size_t i) { return size_t(groupOf[i]); });
                } else {
                    countRows([](size_t) { return size_t(0); });
                }
            }
        });
    if (!counted)
        return std::nullopt;

    for (Worker &worker : workers) {
        for (TimeBounds &bounds : worker.bounds)
            bounds.collapse();
    }
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
    for (Worker &worker : workers) {
        for (size_t t = 0; t < tasks.size(); ++t) {
            std::vector<qint64> &ratings = worker.tasks[t].ratings;
            const size_t laneStride = plans[t].groups * 4;
            if (plans[t].wide && plans[t].donor < 0) {
                // Back to counts per bin and per rating, as the other tasks have them.
                std::vector<std::uint32_t> &histogram = worker.tasks[t].histogram;
                std::vector<std::uint32_t> byBin(plans[t].groups * kBins + kLanes, 0);
                for (size_t g = 0; g < plans[t].groups; ++g) {
                    const std::uint32_t *cells = histogram.data() + g * kCodeCells;
                    for (size_t rating = 0; rating < kNoSampleSlot; ++rating) {
                        for (size_t bin = 0; bin < kBins; ++bin) {
                            byBin[g * kBins + bin] += cells[rating * kBins + bin];
                            ratings[g * 4 + rating] += cells[rating * kBins + bin];
                        }
                    }
                    for (size_t lane = 0; lane < kLanes; ++lane)
                        ratings[g * 4 + kNoSampleSlot] += cells[kCodeCells - 1 - lane];
                }
                histogram = std::move(byBin);
            }
            for (size_t lane = 1; lane < kLanes; ++lane) {
                for (size_t i = 0; i < laneStride; ++i)
                    ratings[i] += ratings[lane * laneStride + i];
            }
            ratings.resize(laneStride);
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
                plan.targetBins.insert(bin);
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
        found->bins.add(plans[t].targetBins);
    }
    if (refinements.empty())
        return figures;
    struct Collector
    {
        std::vector<std::vector<std::vector<float>>> lists; ///< task → slot → values
        std::vector<std::uint32_t> hits; ///< a block's rows in some wanted bin, reused
    };
    std::vector<Collector> collectors(workers.size());
    for (Collector &collector : collectors) {
        collector.lists.resize(tasks.size());
        for (size_t t = 0; t < tasks.size(); ++t)
            collector.lists[t].resize(size_t(plans[t].slotCount));
    }
    const bool collected = parallelScan(
        rows.parts.size(), collectors, cancellation, [&](Collector &collector, size_t index) {
            const ChunkRows &part = rows.parts[index];
            const FactChunk &chunk = facts.chunk(part.chunk);
            collector.hits.resize(part.size());
            std::uint32_t *hits = collector.hits.data();
            for (const MetricRefinement &refinement : refinements) {
                const std::uint16_t *binned = chunk.binned[size_t(refinement.metric)].data();
                const float *column = chunk.metrics[size_t(refinement.metric)].data();
                // The rows in a wanted bin first, without a branch per row; then each task
                // takes its own from those few, its grouping known outside the loop.
                size_t hitCount = 0;
                part.visit([&](std::uint32_t row) {
                    const std::uint16_t code = binned[row];
                    hits[hitCount] = row;
                    hitCount +=
                        refinement.bins.contains(code & kBinMask) && code != FactTable::kNoSample;
                });
                for (const size_t t : refinement.tasks) {
                    const TaskPlan &plan = plans[t];
                    auto &lists = collector.lists[t];
                    const auto collect = [&](const auto &groupOf) {
                        for (size_t i = 0; i < hitCount; ++i) {
                            const std::uint32_t row = hits[i];
                            const size_t bin = binned[row] & kBinMask;
                            if (!plan.targetBins.contains(bin))
                                continue;
                            const std::int32_t slot = plan.slotOfCell[groupOf(row) * kBins + bin];
                            if (slot >= 0)
                                lists[size_t(slot)].push_back(column[row]);
                        }
                    };
                    const Grouping &grouping = tasks[t].grouping;
                    switch (grouping.kind) {
                    case Grouping::Kind::None:
                        collect([](std::uint32_t) { return size_t(0); });
                        break;
                    case Grouping::Kind::Codes:
                        chunk.withCodes(grouping.dimension, [&](const auto *codes) {
                            const auto overflow = size_t(plan.groups - 1);
                            collect([&](std::uint32_t row) {
                                return std::min(size_t(codes[row]), overflow);
                            });
                        });
                        break;
                    case Grouping::Kind::Buckets: {
                        const BucketOf bucketOf(grouping, plan.groups);
                        const qint64 *time = chunk.time.data();
                        collect([&](std::uint32_t row) { return size_t(bucketOf(time[row])); });
                        break;
                    }
                    }
                }
            }
        });
    if (!collected)
        return std::nullopt;
    for (size_t t = 0; t < tasks.size(); ++t) {
        auto &values = collectors.front().lists[t];
        for (size_t w = 1; w < collectors.size(); ++w) {
            for (size_t s = 0; s < values.size(); ++s)
                values[s].insert(values[s].end(), collectors[w].lists[t][s].begin(),
                                 collectors[w].lists[t][s].end());
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
