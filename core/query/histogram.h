#pragma once
// The distribution of one metric: counts of its values in log-spaced bins, for the Trends
// view's histogram with its rating colours and percentile marks.

#include "metricquery.h"

namespace rumscope {

struct HistogramQuery
{
    Filter filter;
    Metric metric = Metric::Lcp;
    int bins = 40;                   ///< at most this many bins (fewer when the values span less)
    QList<double> percentiles{0.75}; ///< marks

    bool operator==(const HistogramQuery &) const = default;
};

struct HistogramBin
{
    double from = 0; ///< the smallest value the bin holds
    double to = 0;   ///< the next bin's `from` (the last bin: the end of its range)
    qint64 count = 0;
};

struct HistogramResult
{
    MetricSummary summary; ///< page views, samples, ratings and the percentiles
    qint64 zeros = 0;      ///< samples of 0 or less (a CLS of a page that never shifted)
    /// The positive samples, lowest first; each bin spans about the same ratio of values.
    QList<HistogramBin> bins;
};

} // namespace rumscope
