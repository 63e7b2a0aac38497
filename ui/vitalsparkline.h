#pragma once
// Where a metric card's sparkline draws each time bucket's percentile: buckets evenly spaced
// from the left edge to the right, the lowest value at the bottom and the highest at the top.
// Scaled to its own range, not to zero, because a vital's day-to-day movement is what it shows —
// but to a range of at least a fifth of its largest value, so noise stays small.

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <optional>

namespace rumscope {

class VitalSparkline
{
public:
    /// values: one per bucket, oldest first; NaN for a bucket without samples.
    VitalSparkline(const QList<double> &values, const QRectF &area);

    /// The line's runs between buckets without a value; a run of one bucket is one point.
    QList<QPolygonF> segments() const;
    /// Where the bucket's value lies; nullopt for a bucket without one.
    std::optional<QPointF> point(int bucket) const;
    /// The bucket nearest to x (clamped to the first and last); -1 without buckets.
    int bucketAt(double x) const;
    double xOf(int bucket) const;

private:
    QList<double> m_values;
    QRectF m_area;
    double m_low = 0;
    double m_high = 0;
};

} // namespace rumscope
