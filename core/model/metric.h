#pragma once
// The metric catalogue: the web vitals rumscope rates, their units and web.dev thresholds.

#include <QString>

#include <array>
#include <optional>

namespace rumscope {

enum class Metric
{
    Lcp,
    Inp,
    Cls,
    Fcp,
    Ttfb,
    Fid
};
inline constexpr std::array kAllMetrics{Metric::Lcp, Metric::Inp,  Metric::Cls,
                                        Metric::Fcp, Metric::Ttfb, Metric::Fid};
/// The five the Overview shows, in its order (FID is legacy: INP replaced it in March 2024).
inline constexpr std::array kOverviewMetrics{Metric::Lcp, Metric::Inp, Metric::Cls, Metric::Fcp,
                                             Metric::Ttfb};
/// The Core Web Vitals: a page passes when all three are good at p75.
inline constexpr std::array kCoreWebVitals{Metric::Lcp, Metric::Inp, Metric::Cls};

enum class Rating
{
    Good,
    NeedsImprovement,
    Poor
};

struct MetricInfo
{
    Metric metric;
    const char *id;        ///< "lcp" — as in NDJSON keys and on the command line
    const char *shortName; ///< "LCP"
    const char *longName;  ///< "Largest Contentful Paint" (untranslated source text)
    bool unitless;         ///< CLS
    double goodUpTo;       ///< value ≤ this is good
    double poorAbove;      ///< value > this is poor
};

const MetricInfo &metricInfo(Metric metric);
std::optional<Metric> metricFromId(QStringView id);

/// web.dev rating of one value (or of a percentile): good ≤ goodUpTo < needs improvement ≤
/// poorAbove < poor.
Rating rate(Metric metric, double value);

/// "2.46 s", "192 ms", "0.039" — how the metric's values read in the UI and CLI tables.
QString formatMetricValue(Metric metric, double value);

QString ratingName(Rating rating);   ///< translated "Good", "Needs improvement", "Poor"
const char *ratingId(Rating rating); ///< "good", "ni", "poor" for machine output

} // namespace rumscope
