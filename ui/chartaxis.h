#pragma once
// The geometry the Trends charts draw with: time (epoch ms) and values onto pixels and back,
// axis ticks at steps people read easily, labels in local time fitting the step, and the
// snapping of a brushed span to whole time buckets. Value types without widgets, so all of it
// is unit-tested on its own.

#include "model/metric.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <utility>

namespace rumscope {

/// A linear map of the epoch-ms span [from, to] onto the pixels [left, right].
class TimeAxis
{
public:
    struct Tick
    {
        qint64 time = 0;
        QString label;
        bool dayStart = false; ///< local midnight: the label is a date, the grid line stronger
    };

    TimeAxis() = default;
    TimeAxis(qint64 from, qint64 to, double left, double right);

    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    double left() const { return m_left; }
    double right() const { return m_right; }
    bool isValid() const { return m_to > m_from && m_right > m_left; }

    double toPixel(qint64 time) const;
    qint64 toTime(double x) const; ///< the nearest millisecond

    /// The smallest readable step (1, 2, 5, 10, 15, 30 minutes; 1, 2, 3, 6, 12 hours; 1, 2, 7,
    /// 14 days; 1, 3, 6, 12 months) that puts at most maxTicks ticks on span ms.
    static qint64 tickStep(qint64 span, int maxTicks);
    /// Ticks inside [from, to] at tickStep, on round times of zone's wall clock (steps of a
    /// day or more on its midnights, weeks on Mondays, months on the first), labelled with
    /// the time of day, or the date at midnight and for steps of a day or more.
    QList<Tick> ticks(int maxTicks, const QTimeZone &zone, const QLocale &locale = {}) const;

private:
    qint64 m_from = 0;
    qint64 m_to = 0;
    double m_left = 0;
    double m_right = 0;
};

/// Time buckets of one width, counted from origin (the first bucket's start).
struct BucketGrid
{
    qint64 origin = 0;
    qint64 bucketMs = 0;

    bool isValid() const { return bucketMs > 0; }
    qint64 floor(qint64 time) const; ///< the start of the bucket holding time
    qint64 ceil(qint64 time) const;  ///< time itself on a bucket edge, else the next edge
    qint64 index(qint64 time) const; ///< of the bucket holding time (negative before origin)
    /// Whole buckets covering both times, in either order: [start, end).
    std::pair<qint64, qint64> snap(qint64 a, qint64 b) const;
};

/// A linear map of the values [min, max] onto the pixels [bottom, top] (top < bottom on
/// screen), with ticks every step().
class ValueAxis
{
public:
    ValueAxis() = default;
    ValueAxis(double min, double max, double bottom, double top, double step = 0);

    /// From 0 up to the first multiple of a 1-2-2.5-5 step at or above maxValue, with at most
    /// maxTicks steps.
    static ValueAxis fromZero(double maxValue, int maxTicks, double bottom, double top);
    /// The 1, 2, 2.5 or 5 times a power of ten that splits span into at most maxTicks steps.
    static double niceStep(double span, int maxTicks);

    double min() const { return m_min; }
    double max() const { return m_max; }
    double step() const { return m_step; }
    double toPixel(double value) const;
    double toValue(double y) const;
    QList<double> ticks() const; ///< min, min + step, … up to max

private:
    double m_min = 0;
    double m_max = 1;
    double m_bottom = 1;
    double m_top = 0;
    double m_step = 0;
};

/// A logarithmic map of the positive values [min, max] onto the pixels [left, right]: the
/// histogram's bins each span about the same ratio of values, so they come out equally wide.
class LogAxis
{
public:
    LogAxis() = default;
    LogAxis(double min, double max, double left, double right);

    double min() const { return m_min; }
    double max() const { return m_max; }
    bool isValid() const { return m_min > 0 && m_max > m_min && m_right > m_left; }
    double toPixel(double value) const; ///< values at or below 0 clamp to left
    double toValue(double x) const;
    /// Values at 1, 2 and 5 times powers of ten inside [min, max] (only the powers of ten
    /// when those would be more than maxTicks).
    QList<double> ticks(int maxTicks) const;

private:
    double m_min = 1;
    double m_max = 10;
    double m_left = 0;
    double m_right = 1;
};

/// How one axis writes a metric's values: in seconds when the axis reaches a second, else in
/// milliseconds (CLS without a unit), with as many decimals as its step needs.
struct AxisFormat
{
    double divisor = 1; ///< 1000 for seconds
    int decimals = 0;
    QString suffix; ///< " ms", " s" or empty

    static AxisFormat forAxis(Metric metric, double axisMax, double step);
    QString format(double value) const;
};

/// One value as a tick label reads on its own: "20 ms", "1.5 s", "0.25".
QString formatTickValue(Metric metric, double value);

/// The locale's short time of day without seconds: "2:05 PM", "14:05".
QString formatTimeOfDay(const QTime &time, const QLocale &locale = {});
/// "Nov 3" or "3 Nov", as locale orders day and month.
QString formatDayMonth(const QDate &date, const QLocale &locale = {});
/// A time bucket as the tooltip and the table name it, in zone's local time: "Tue Nov 3, 2026"
/// for a day starting at local midnight, else "Nov 3, 14:00 – 15:00".
QString formatBucket(qint64 start, qint64 bucketMs, const QTimeZone &zone,
                     const QLocale &locale = {});
/// "one-minute", "hourly", "daily" (translated, to go before "buckets"); else the minutes.
QString bucketName(qint64 bucketMs);

} // namespace rumscope
