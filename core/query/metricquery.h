#pragma once
// A question about one metric: its percentile and rating shares, overall or per group.

#include "filter.h"
#include "model/metric.h"

#include <QList>

#include <limits>
#include <optional>
#include <vector>

namespace rumscope {

/// How groups are ordered before `limit` keeps the first ones.
enum class GroupOrder
{
    PageViews, ///< most page views first (ties by name)
    Value,     ///< highest first percentile first; groups without samples last
    Name,      ///< the dimension value
};

struct MetricQuery
{
    Metric metric = Metric::Lcp;
    QList<double> percentiles{0.75}; ///< each 0…1; the first is MetricSummary::value
    Filter filter;
    /// One row per value of this dimension (not ErrorGroup, which is no page view's value:
    /// grouped by it, the answer is empty) …
    std::optional<Dimension> groupBy;
    qint64 bucketMs = 0; ///< … or, when > 0, one row per time bucket of this width (UTC-aligned)
    GroupOrder order = GroupOrder::PageViews;
    bool ascending = false; ///< smallest (or A) first; the default is largest (or Z) first
    int limit = 0;          ///< groups: keep the first N in that order (0 = all)

    bool operator==(const MetricQuery &) const = default;
};

/// The answer for one group (or for all matching page views).
struct MetricSummary
{
    QString group;              ///< the dimension value; empty for the total and for time buckets
    qint64 bucketStart = 0;     ///< epoch ms, time buckets only
    qint64 pageViews = 0;       ///< matching page views, with or without this metric
    qint64 samples = 0;         ///< page views that reported the metric
    double value = kUnsetValue; ///< the (first) percentile; NaN without samples
    QList<double> values;       ///< every percentile asked for, in order
    qint64 good = 0;
    qint64 needsImprovement = 0;
    qint64 poor = 0;
    qint64 firstSeen = 0; ///< epoch ms of its earliest matching page view; 0 when none
    qint64 lastSeen = 0;  ///< … and of its latest

    static constexpr double kUnsetValue = std::numeric_limits<double>::quiet_NaN();
    double share(qint64 part) const { return samples ? double(part) / double(samples) : 0.0; }
};

struct MetricQueryResult
{
    MetricSummary total;
    QList<MetricSummary> rows; ///< groups by page views (descending) or buckets by time
};

/// The decimal value an SDK reported, recovered from its float copy in the engine.
double floatToReportedDouble(float value);

/// The 0-based rank of the p-th percentile among n sorted values: ceil(n·p) − 1, at least 0 —
/// SQL's PERCENTILE_DISC and DuckDB's quantile_disc: the smallest value at or below which a
/// share p of the values lie.
qint64 percentileRank(qint64 n, double p);

/// The value at percentileRank of the sorted values.
/// Reorders values. NaN for an empty input.
double percentileDisc(std::vector<float> &values, double p);

} // namespace rumscope
