#pragma once
// Everything the Overview page shows, answered in one call.

#include "metricquery.h"

namespace rumscope {

struct OverviewQuery
{
    Filter filter;
    double percentile = 0.75;

    bool operator==(const OverviewQuery &) const = default;
};

struct OverviewResult
{
    QList<Metric> metrics;      ///< kOverviewMetrics, in card order
    QList<MetricSummary> cards; ///< one per metric
    Metric trendMetric = Metric::Lcp;
    qint64 bucketMs = 0;
    QList<MetricSummary> trend; ///< percentile of trendMetric per bucket, oldest first
    qint64 pageViews = 0;       ///< matching the filter
    qint64 sessions = 0;        ///< distinct sessions among them
};

/// Minute buckets up to six hours, hour buckets up to eight days, else day buckets: a few
/// hundred points at most.
qint64 trendBucketFor(qint64 from, qint64 to);

} // namespace rumscope
