#include "metricquery.h"
#include "overview.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace rumscope {

double floatToReportedDouble(float value)
{
    // Metrics live in memory as floats. SDK values carry at most ~7 significant digits, so the
    // shortest decimal that reads back to the float is the value the SDK reported; report that
    // rather than the float's binary expansion (2458.3, not 2458.300048828125).
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, value);
    double reported = double(value);
    std::from_chars(text, written.ptr, reported);
    return reported;
}

qint64 percentileRank(qint64 n, double p)
{
    if (n <= 0)
        return 0;
    // A NaN share (no caller should pass one) reads as 0: the minimum.
    const double share = std::isnan(p) ? 0.0 : std::clamp(p, 0.0, 1.0);
    const double rank = std::ceil(double(n) * share) - 1;
    return std::clamp(qint64(rank), qint64(0), n - 1);
}

double percentileDisc(std::vector<float> &values, double p)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto rank = size_t(percentileRank(qint64(values.size()), p));
    std::nth_element(values.begin(), values.begin() + qsizetype(rank), values.end());
    return floatToReportedDouble(values[rank]);
}

qint64 trendBucketFor(qint64 from, qint64 to)
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    const qint64 span = to - from;
    return span <= 6 * hour ? minute : span <= 8 * 24 * hour ? hour : 24 * hour;
}

} // namespace rumscope
