#include "chartaxis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace rumscope {
namespace {
constexpr qint64 kMinuteMs = 60 * 1000LL;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
// Months vary in length; a step of about this many days is counted in calendar months.
constexpr qint64 kMonthMs = 30 * kDayMs;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::ChartAxis)
};

/// The fewest decimals (at most 4) that write value exactly enough.
int decimalsFor(double value)
{
    value = std::abs(value);
    for (int decimals = 0; decimals < 4; ++decimals) {
        const double scaled = value * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return 4;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 quotient = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --quotient;
    return quotient;
}
} // namespace

TimeAxis::TimeAxis(qint64 from, qint64 to, double left, double right)
    : m_from(from)
    , m_to(to)
    , m_left(left)
    , m_right(right)
{}

double TimeAxis::toPixel(qint64 time) const
{
    if (m_to == m_from)
        return m_left;
    return m_left + double(time - m_from) / double(m_to - m_from) * (m_right - m_left);
}

qint64 TimeAxis::toTime(double x) const
{
    if (m_right == m_left)
        return m_from;
    return m_from + qint64(std::llround((x - m_left) / (m_right - m_left) * double(m_to - m_from)));
}

qint64 TimeAxis::tickStep(qint64 span, int maxTicks)
{
    static constexpr std::array kSteps{
        kMinuteMs,      2 * kMinuteMs, 5 * kMinuteMs, 10 * kMinuteMs, 15 * kMinuteMs,
        30 * kMinuteMs, kHourMs,       2 * kHourMs,   3 * kHourMs,    6 * kHourMs,
        12 * kHourMs,   kDayMs,        2 * kDayMs,    7 * kDayMs,     14 * kDayMs,
        kMonthMs,       3 * kMonthMs,  6 * kMonthMs,  12 * kMonthMs};
    maxTicks = std::max(1, maxTicks);
    for (const qint64 step : kSteps) {
        if (span / step < maxTicks)
            return step;
    }
    // Beyond a year per tick: whole years.
    const qint64 years = span / (12 * kMonthMs) / maxTicks + 1;
    return years * 12 * kMonthMs;
}

QList<TimeAxis::Tick> TimeAxis::ticks(int maxTicks, const QTimeZone &zone,
                                      const QLocale &locale) const
{
    QList<Tick> ticks;
    if (!isValid() || maxTicks < 1)
        return ticks;
    const qint64 step = tickStep(m_to - m_from, maxTicks);
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(m_from, zone).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(m_to, zone).date();
    const auto add = [&](const QDateTime &when, const QString &label, bool dayStart) {
        const qint64 time = when.toMSecsSinceEpoch();
        // A wall-clock time a daylight-saving change skips maps onto a neighbour: keep one.
        if (time < m_from || time > m_to || (!ticks.isEmpty() && ticks.back().time >= time))
            return;
        ticks.append({time, label, dayStart});
    };
    if (step < kDayMs) {
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            for (qint64 offset = 0; offset < kDayMs; offset += step) {
                const QDateTime when(day, QTime::fromMSecsSinceStartOfDay(int(offset)), zone);
                if (offset == 0)
                    add(when, formatDayMonth(day, locale), true);
                else
                    add(when, formatTimeOfDay(when.time(), locale), false);
            }
        }
    } else if (step < kMonthMs) {
        const qint64 days = step / kDayMs;
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            bool on = day.toJulianDay() % days == 0;
            if (days == 7)
                on = day.dayOfWeek() == Qt::Monday;
            else if (days == 14)
                on = day.dayOfWeek() == Qt::Monday && day.weekNumber() % 2 == 0;
            if (on)
                add(QDateTime(day, QTime(0, 0), zone), formatDayMonth(day, locale), true);
        }
    } else {
        const int months = int(std::max<qint64>(1, (step + kMonthMs / 2) / kMonthMs));
        for (QDate month(firstDay.year(), firstDay.month(), 1); month <= lastDay;
             month = month.addMonths(1)) {
            if ((month.year() * 12 + month.month() - 1) % months != 0)
                continue;
            const QString label = month.month() == 1 || months >= 12
                                      ? QString::number(month.year())
                                      : locale.toString(month, QStringLiteral("MMM yyyy"));
            add(QDateTime(month, QTime(0, 0), zone), label, true);
        }
    }
    return ticks;
}

qint64 BucketGrid::floor(qint64 time) const
{
    return origin + floorDiv(time - origin, bucketMs) * bucketMs;
}

qint64 BucketGrid::ceil(qint64 time) const
{
    const qint64 start = floor(time);
    return start == time ? time : start + bucketMs;
}

qint64 BucketGrid::index(qint64 time) const
{
    return floorDiv(time - origin, bucketMs);
}

std::pair<qint64, qint64> BucketGrid::snap(qint64 a, qint64 b) const
{
    const auto [low, high] = std::minmax(a, b);
    return {floor(low), floor(high) + bucketMs};
}

ValueAxis::ValueAxis(double min, double max, double bottom, double top, double step)
    : m_min(min)
    , m_max(max)
    , m_bottom(bottom)
    , m_top(top)
    , m_step(step)
{}

double ValueAxis::niceStep(double span, int maxTicks)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1;
    const double raw = span / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9))
            return factor * magnitude;
    }
    return 10 * magnitude;
}

ValueAxis ValueAxis::fromZero(double maxValue, int maxTicks, double bottom, double top)
{
    if (!(maxValue > 0) || !std::isfinite(maxValue))
        maxValue = 1;
    const double step = niceStep(maxValue, maxTicks);
    const double max = std::max(1.0, std::ceil(maxValue / step - 1e-9)) * step;
    return ValueAxis(0, max, bottom, top, step);
}

double ValueAxis::toPixel(double value) const
{
    if (m_max == m_min)
        return m_bottom;
    return m_bottom - (value - m_min) / (m_max - m_min) * (m_bottom - m_top);
}

double ValueAxis::toValue(double y) const
{
    if (m_bottom == m_top)
        return m_min;
    return m_min + (m_bottom - y) / (m_bottom - m_top) * (m_max - m_min);
}

QList<double> ValueAxis::ticks() const
{
    QList<double> ticks;
    if (!(m_step > 0) || m_max < m_min)
        return ticks;
    for (int i = 0;; ++i) {
        const double value = m_min + i * m_step;
        if (value > m_max + m_step * 1e-9 || i > 1000)
            break;
        ticks.append(value);
    }
    return ticks;
}

LogAxis::LogAxis(double min, double max, double left, double right)
    : m_min(min)
    , m_max(max)
    , m_left(left)
    , m_right(right)
{}

double LogAxis::toPixel(double value) const
{
    if (!isValid() || value <= 0)
        return m_left;
    return m_left + std::log(value / m_min) / std::log(m_max / m_min) * (m_right - m_left);
}

double LogAxis::toValue(double x) const
{
    if (!isValid())
        return m_min;
    return m_min * std::pow(m_max / m_min, (x - m_left) / (m_right - m_left));
}

QList<double> LogAxis::ticks(int maxTicks) const
{
    QList<double> ticks;
    if (!isValid())
        return ticks;
    const int first = int(std::floor(std::log10(m_min)));
    const int last = int(std::ceil(std::log10(m_max)));
    for (const bool powersOnly : {false, true}) {
        ticks.clear();
        for (int exponent = first; exponent <= last; ++exponent) {
            for (const double factor : {1.0, 2.0, 5.0}) {
                if (powersOnly && factor != 1.0)
                    continue;
                const double value = factor * std::pow(10.0, exponent);
                if (value >= m_min * (1 - 1e-9) && value <= m_max * (1 + 1e-9))
                    ticks.append(value);
            }
        }
        if (ticks.size() <= std::max(1, maxTicks))
            break;
    }
    return ticks;
}

AxisFormat AxisFormat::forAxis(Metric metric, double axisMax, double step)
{
    AxisFormat format;
    if (metricInfo(metric).unitless) {
        format.decimals = decimalsFor(step);
    } else if (axisMax >= 1000) {
        format.divisor = 1000;
        format.decimals = decimalsFor(step / 1000);
        format.suffix = Tr::tr("%1 s");
    } else {
        format.decimals = decimalsFor(step);
        format.suffix = Tr::tr("%1 ms");
    }
    return format;
}

QString AxisFormat::format(double value) const
{
    // Each label as short as it can be: "0 s", "0.5 s", "1 s" rather than "1.0 s".
    const double scaled = value / divisor;
    const QString number = QLocale().toString(scaled, 'f', std::min(decimals, decimalsFor(scaled)));
    return suffix.isEmpty() ? number : suffix.arg(number);
}

QString formatTickValue(Metric metric, double value)
{
    const QLocale locale;
    if (metricInfo(metric).unitless)
        return locale.toString(value, 'f', std::min(3, decimalsFor(value)));
    if (std::abs(value) >= 1000) {
        const double seconds = value / 1000;
        return Tr::tr("%1 s").arg(locale.toString(seconds, 'f', std::min(2, decimalsFor(seconds))));
    }
    return Tr::tr("%1 ms").arg(locale.toString(value, 'f', std::min(1, decimalsFor(value))));
}

QString formatTimeOfDay(const QTime &time, const QLocale &locale)
{
    // Some locales' short format still has seconds (C: "HH:mm:ss"); buckets never need them.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[^Hhms]*s+"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QString formatDayMonth(const QDate &date, const QLocale &locale)
{
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    const bool dayFirst = shortFormat.indexOf(u'd') < shortFormat.indexOf(u'M');
    return locale.toString(date, dayFirst ? QStringLiteral("d MMM") : QStringLiteral("MMM d"));
}

QString formatBucket(qint64 start, qint64 bucketMs, const QTimeZone &zone, const QLocale &locale)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(start, zone);
    const QDateTime to =
        QDateTime::fromMSecsSinceEpoch(start + std::max<qint64>(bucketMs, 0), zone);
    if (bucketMs >= kDayMs && from.time() == QTime(0, 0) && to.time() == QTime(0, 0) &&
        from.daysTo(to) == 1) {
        // "Sat Mar 1, 2025" or "Sat 1 Mar 2025", in the locale's order of day and month.
        const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
        const bool dayFirst = shortFormat.indexOf(u'd') < shortFormat.indexOf(u'M');
        return locale.toString(from.date(), dayFirst ? QStringLiteral("ddd d MMM yyyy")
                                                     : QStringLiteral("ddd MMM d, yyyy"));
    }
    const QString fromText = Tr::tr("%1, %2").arg(formatDayMonth(from.date(), locale),
                                                  formatTimeOfDay(from.time(), locale));
    const QString toText = from.date() == to.date()
                               ? formatTimeOfDay(to.time(), locale)
                               : Tr::tr("%1, %2").arg(formatDayMonth(to.date(), locale),
                                                      formatTimeOfDay(to.time(), locale));
    return Tr::tr("%1 – %2").arg(fromText, toText);
}

QString bucketName(qint64 bucketMs)
{
    switch (bucketMs) {
    case kMinuteMs:
        return Tr::tr("one-minute");
    case kHourMs:
        return Tr::tr("hourly");
    case kDayMs:
        return Tr::tr("daily");
    default:
        return QCoreApplication::translate("rumscope::ChartAxis", "%n-minute", nullptr,
                                           int(bucketMs / kMinuteMs));
    }
}

} // namespace rumscope
