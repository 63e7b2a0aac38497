#include "metricscan.h"

#include "metricquery.h"
#include "parallelscan.h"
#include "valuebins.h"

#include <array>
#include <cmath>

namespace rumscope {
namespace {

/// Beyond this many group × bin cells the counts would not stay in cache: values are kept per
/// group instead (a grouping by a dimension with thousands of values).
constexpr size_t kMaxCells = size_t(1) << 21;

/// The rank quantile_disc takes: floor((n − 1) · p).
qint64 rankOf(qint64 samples, double p)
{
    return qint64(std::floor(double(samples - 1) * std::clamp(p, 0.0, 1.0)));
}

struct Counts
{
    std::vector<std::uint32_t> histogram; ///< group × bin
    std::vector<qint64> pageViews;
    std::vector<std::array<qint64, 3>> ratings; ///< good, needs improvement, poor
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

template<class GroupOf>
std::optional<std::vector<GroupFigures>> binnedScan(const FactTable &facts, const RowSet &rows,
                                                    Metric metric, const QList<double> &percentiles,
                                                    size_t groups, GroupOf groupOf,
                                                    const Cancellation &cancellation)
{
    const std::vector<float> &column = facts.metric(metric);
    const ValueBins bins = facts.bins(metric);
    const float goodUpTo = float(metricInfo(metric).goodUpTo);
    const float poorAbove = float(metricInfo(metric).poorAbove);
    constexpr size_t kBins = ValueBins::kCount;

    std::vector<Counts> counts(size_t(scanWorkers(rows.size())));
    for (Counts &c : counts) {
        c.histogram.assign(groups * kBins, 0);
        c.pageViews.assign(groups, 0);
        c.ratings.assign(groups, {});
    }
    const bool done =
        parallelScan(rows.size(), counts, cancellation, [&](Counts &c, size_t from, size_t to) {
            rows.visit(from, to, [&](std::uint32_t row) {
                const size_t group = groupOf(row);
                ++c.pageViews[group];
                const float value = column[row];
                if (std::isnan(value))
                    return;
                ++c.histogram[group * kBins + size_t(bins.bin(value))];
                ++c.ratings[group][size_t(value > goodUpTo) + size_t(value > poorAbove)];
            });
        });
    if (!done)
        return std::nullopt;
    Counts &total = counts.front();
    for (size_t w = 1; w < counts.size(); ++w) {
        for (size_t i = 0; i < total.histogram.size(); ++i)
            total.histogram[i] += counts[w].histogram[i];
        for (size_t g = 0; g < groups; ++g) {
            total.pageViews[g] += counts[w].pageViews[g];
            for (size_t r = 0; r < 3; ++r)
                total.ratings[g][r] += counts[w].ratings[g][r];
        }
    }

    std::vector<GroupFigures> figures(groups);
    std::vector<Target> targets;
    std::vector<std::int32_t> slotOfCell; // group × bin → slot, −1 for none
    int slotCount = 0;
    for (size_t g = 0; g < groups; ++g) {
        GroupFigures &f = figures[g];
        f.pageViews = total.pageViews[g];
        f.good = total.ratings[g][0];
        f.needsImprovement = total.ratings[g][1];
        f.poor = total.ratings[g][2];
        f.samples = f.good + f.needsImprovement + f.poor;
        f.percentiles.fill(MetricSummary::kUnsetValue, percentiles.size());
        if (f.samples == 0)
            continue;
        const std::uint32_t *histogram = total.histogram.data() + g * kBins;
        for (int p = 0; p < percentiles.size(); ++p) {
            const qint64 rank = rankOf(f.samples, percentiles[p]);
            qint64 before = 0;
            size_t bin = 0;
            while (before + qint64(histogram[bin]) <= rank)
                before += histogram[bin++];
            if (slotOfCell.empty())
                slotOfCell.assign(groups * kBins, -1);
            std::int32_t &slot = slotOfCell[g * kBins + bin];
            if (slot < 0)
                slot = slotCount++;
            targets.push_back({g, p, slot, rank - before});
        }
    }
    if (targets.empty())
        return figures;

    // The values of the bins that hold a percentile; a small share of all.
    using Lists = std::vector<std::vector<float>>;
    std::vector<Lists> collected(counts.size(), Lists(size_t(slotCount)));
    const bool refined = parallelScan(
        rows.size(), collected, cancellation, [&](Lists &lists, size_t from, size_t to) {
            rows.visit(from, to, [&](std::uint32_t row) {
                const float value = column[row];
                if (std::isnan(value))
                    return;
                const std::int32_t slot =
                    slotOfCell[groupOf(row) * kBins + size_t(bins.bin(value))];
                if (slot >= 0)
                    lists[size_t(slot)].push_back(value);
            });
        });
    if (!refined)
        return std::nullopt;
    Lists &values = collected.front();
    for (size_t w = 1; w < collected.size(); ++w) {
        for (size_t s = 0; s < values.size(); ++s)
            values[s].insert(values[s].end(), collected[w][s].begin(), collected[w][s].end());
    }
    for (const Target &target : targets) {
        std::vector<float> &list = values[size_t(target.slot)];
        const auto nth = list.begin() + target.rankInBin;
        std::nth_element(list.begin(), nth, list.end());
        figures[target.group].percentiles[target.percentile] = floatToReportedDouble(*nth);
    }
    return figures;
}

/// Every group's values kept and sorted: for groupings with too many groups for bins.
template<class GroupOf>
std::optional<std::vector<GroupFigures>> listedScan(const FactTable &facts, const RowSet &rows,
                                                    Metric metric, const QList<double> &percentiles,
                                                    size_t groups, GroupOf groupOf,
                                                    const Cancellation &cancellation)
{
    const std::vector<float> &column = facts.metric(metric);
    const float goodUpTo = float(metricInfo(metric).goodUpTo);
    const float poorAbove = float(metricInfo(metric).poorAbove);
    std::vector<GroupFigures> figures(groups);
    std::vector<std::vector<float>> values(groups);
    for (size_t from = 0; from < rows.size(); from += kScanBlock) {
        if (cancellation.requested())
            return std::nullopt;
        rows.visit(from, std::min(rows.size(), from + kScanBlock), [&](std::uint32_t row) {
            const size_t group = groupOf(row);
            GroupFigures &f = figures[group];
            ++f.pageViews;
            const float value = column[row];
            if (std::isnan(value))
                return;
            values[group].push_back(value);
            if (value <= goodUpTo)
                ++f.good;
            else if (value <= poorAbove)
                ++f.needsImprovement;
            else
                ++f.poor;
        });
    }
    for (size_t g = 0; g < groups; ++g) {
        GroupFigures &f = figures[g];
        f.samples = qint64(values[g].size());
        for (const double p : percentiles)
            f.percentiles.append(percentileDisc(values[g], p));
    }
    return figures;
}

template<class GroupOf>
std::optional<std::vector<GroupFigures>>
scanGrouped(const FactTable &facts, const RowSet &rows, Metric metric,
            const QList<double> &percentiles, size_t groups, GroupOf groupOf,
            const Cancellation &cancellation)
{
    if (groups * ValueBins::kCount <= kMaxCells)
        return binnedScan(facts, rows, metric, percentiles, groups, groupOf, cancellation);
    return listedScan(facts, rows, metric, percentiles, groups, groupOf, cancellation);
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

std::optional<std::vector<GroupFigures>> scanMetric(const FactTable &facts, const RowSet &rows,
                                                    Metric metric, const QList<double> &percentiles,
                                                    const Grouping &grouping,
                                                    const Cancellation &cancellation)
{
    const size_t groups = groupCount(facts, grouping);
    switch (grouping.kind) {
    case Grouping::Kind::None:
        return scanGrouped(
            facts, rows, metric, percentiles, groups, [](std::uint32_t) { return size_t(0); },
            cancellation);
    case Grouping::Kind::Codes: {
        const std::vector<FactTable::Code> &codes = facts.codes(grouping.dimension);
        const size_t overflow = groups - 1;
        return scanGrouped(
            facts, rows, metric, percentiles, groups,
            [&codes, overflow](std::uint32_t row) {
                const FactTable::Code code = codes[row];
                return code == FactTable::kOverflowCode ? overflow : size_t(code);
            },
            cancellation);
    }
    case Grouping::Kind::Buckets: {
        const std::vector<qint64> &time = facts.time();
        const qint64 first = grouping.firstBucket;
        const qint64 width = std::max<qint64>(grouping.bucketMs, 1);
        const size_t last = groups - 1;
        return scanGrouped(
            facts, rows, metric, percentiles, groups,
            [&time, first, width, last](std::uint32_t row) {
                const qint64 offset = time[row] - first;
                return offset <= 0 ? size_t(0) : std::min(size_t(offset / width), last);
            },
            cancellation);
    }
    }
    return std::nullopt;
}

} // namespace rumscope
