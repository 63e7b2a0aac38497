#include "metric.h"

#include <QCoreApplication>

#include <cmath>

namespace rumscope {
namespace {
// web.dev thresholds, applied at the 75th percentile.
constexpr MetricInfo kMetrics[] = {
    {Metric::Lcp, "lcp", "LCP", QT_TRANSLATE_NOOP("rumscope::Metric", "Largest Contentful Paint"),
     false, 2500, 4000},
    {Metric::Inp, "inp", "INP", QT_TRANSLATE_NOOP("rumscope::Metric", "Interaction to Next Paint"),
     false, 200, 500},
    {Metric::Cls, "cls", "CLS", QT_TRANSLATE_NOOP("rumscope::Metric", "Cumulative Layout Shift"),
     true, 0.1, 0.25},
    {Metric::Fcp, "fcp", "FCP", QT_TRANSLATE_NOOP("rumscope::Metric", "First Contentful Paint"),
     false, 1800, 3000},
    {Metric::Ttfb, "ttfb", "TTFB", QT_TRANSLATE_NOOP("rumscope::Metric", "Time to First Byte"),
     false, 800, 1800},
    {Metric::Fid, "fid", "FID", QT_TRANSLATE_NOOP("rumscope::Metric", "First Input Delay"), false,
     100, 300},
};
} // namespace

const MetricInfo &metricInfo(Metric metric)
{
    return kMetrics[int(metric)];
}

std::optional<Metric> metricFromId(QStringView id)
{
    for (const MetricInfo &info : kMetrics) {
        if (id.compare(QLatin1StringView(info.id), Qt::CaseInsensitive) == 0)
            return info.metric;
    }
    return std::nullopt;
}

Rating rate(Metric metric, double value)
{
    const MetricInfo &info = metricInfo(metric);
    if (value <= info.goodUpTo)
        return Rating::Good;
    if (value <= info.poorAbove)
        return Rating::NeedsImprovement;
    return Rating::Poor;
}

QString formatMetricValue(Metric metric, double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (metricInfo(metric).unitless)
        return QString::number(value, 'f', value < 1 ? 3 : 2);
    // By the value as shown: 999.7 ms reads "1.00 s", not "1000 ms".
    if (std::round(value) >= 1000)
        return QCoreApplication::translate("rumscope::Metric", "%1 s")
            .arg(QString::number(value / 1000.0, 'f', 2));
    return QCoreApplication::translate("rumscope::Metric", "%1 ms")
        .arg(QString::number(value, 'f', 0));
}

QString ratingName(Rating rating)
{
    switch (rating) {
    case Rating::Good:
        return QCoreApplication::translate("rumscope::Metric", "Good");
    case Rating::NeedsImprovement:
        return QCoreApplication::translate("rumscope::Metric", "Needs improvement");
    case Rating::Poor:
        return QCoreApplication::translate("rumscope::Metric", "Poor");
    }
    return {};
}

const char *ratingId(Rating rating)
{
    switch (rating) {
    case Rating::Good:
        return "good";
    case Rating::NeedsImprovement:
        return "ni";
    case Rating::Poor:
        return "poor";
    }
    return "";
}

} // namespace rumscope
