#pragma once
// Percentiles, sample counts and rating shares of metrics over a set of page views, per group,
// exact (quantile_disc) and without sorting every value: one scan counts each group's values
// per ValueBins bin, the bins that hold the asked-for ranks are known from those counts, and a
// second scan collects only the values of those bins, which are then put in order.
//
// Every task of a dashboard that looks at the same page views goes into one scan: each block
// of rows has its values binned once per metric, and then each task counts them its way.

#include "cancellation.h"
#include "facttable.h"
#include "rowset.h"

#include <QList>

#include <optional>
#include <vector>

namespace rumscope {

/// Which group a page view counts in.
struct Grouping
{
    enum class Kind
    {
        None,    ///< one group: all of them
        Codes,   ///< the value of a dimension: group = its code (the overflow code last)
        Buckets, ///< a time bucket: group = (time − firstBucket) / bucketMs
    };
    Kind kind = Kind::None;
    Dimension dimension = Dimension::Country;
    qint64 firstBucket = 0;
    qint64 bucketMs = 0;
    size_t bucketCount = 0;

    bool operator==(const Grouping &) const = default;
};

/// One metric's figures for each group of one grouping.
struct MetricTask
{
    Metric metric = Metric::Lcp;
    Grouping grouping;
    QList<double> percentiles{0.75};
    bool histogram = false; ///< also report the counts per ValueBins bin (group 0)

    bool operator==(const MetricTask &) const = default;
};

struct GroupFigures
{
    qint64 pageViews = 0; ///< with or without the metric
    qint64 samples = 0;   ///< with it
    qint64 good = 0;
    qint64 needsImprovement = 0;
    qint64 poor = 0;
    QList<double> percentiles;     ///< as asked, NaN without samples
    std::vector<qint64> histogram; ///< per ValueBins bin, when the task asked for it
    qint64 firstSeen = 0;          ///< epoch ms of its earliest page view; 0 without any
    qint64 lastSeen = 0;           ///< … and of its latest
};

/// For each task, the figures of every group (see groupCount); nothing when cancelled. Groups
/// learn their first and last page views' times in the scan that counts them, once per
/// grouping however many tasks share it; the total takes those of `rows`.
std::optional<std::vector<std::vector<GroupFigures>>>
scanMetrics(const FactTable &facts, const RowSet &rows, const std::vector<MetricTask> &tasks,
            const Cancellation &cancellation);

/// How many groups a grouping has on these facts.
size_t groupCount(const FactTable &facts, const Grouping &grouping);

} // namespace rumscope
