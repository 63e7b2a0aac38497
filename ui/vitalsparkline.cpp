#include "vitalsparkline.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rumscope {
namespace {
constexpr double kLeastRange = 0.2;
} // namespace

VitalSparkline::VitalSparkline(const QList<double> &values, const QRectF &area)
    : m_values(values)
    , m_area(area)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (double value : values) {
        if (!std::isfinite(value))
            continue;
        low = std::min(low, value);
        high = std::max(high, value);
    }
    if (low > high)
        return;
    // A range of at least a fifth of the largest value: a wobble of a few milliseconds must
    // not look like the swings of a bad release.
    const double least = std::abs(high) * kLeastRange;
    if (high - low < least) {
        const double middle = (low + high) / 2.0;
        low = middle - least / 2.0;
        high = middle + least / 2.0;
    }
    m_low = low;
    m_high = high;
}

double VitalSparkline::xOf(int bucket) const
{
    if (m_values.size() <= 1)
        return m_area.center().x();
    return m_area.left() + m_area.width() * double(bucket) / double(m_values.size() - 1);
}

std::optional<QPointF> VitalSparkline::point(int bucket) const
{
    if (bucket < 0 || bucket >= m_values.size() || !std::isfinite(m_values[bucket]))
        return std::nullopt;
    // Equal values: a flat line through the middle, not glued to an edge.
    const double share = m_high > m_low ? (m_values[bucket] - m_low) / (m_high - m_low) : 0.5;
    return QPointF(xOf(bucket), m_area.bottom() - m_area.height() * share);
}

QList<QPolygonF> VitalSparkline::segments() const
{
    QList<QPolygonF> runs;
    QPolygonF run;
    for (int bucket = 0; bucket < int(m_values.size()); ++bucket) {
        if (const auto at = point(bucket)) {
            run << *at;
        } else if (!run.isEmpty()) {
            runs << run;
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs << run;
    return runs;
}

int VitalSparkline::bucketAt(double x) const
{
    if (m_values.isEmpty())
        return -1;
    if (m_values.size() == 1 || m_area.width() <= 0)
        return 0;
    const double step = m_area.width() / double(m_values.size() - 1);
    const long nearest = std::lround((x - m_area.left()) / step);
    return int(std::clamp<long>(nearest, 0, long(m_values.size() - 1)));
}

} // namespace rumscope
