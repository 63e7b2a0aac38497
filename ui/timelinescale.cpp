#include "timelinescale.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace rumscope {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rumscope::TimelineScale", text);
}

constexpr double kSecond = 1000;
constexpr double kMinute = 60 * kSecond;
constexpr double kHour = 60 * kMinute;
constexpr double kDay = 24 * kHour;

constexpr std::array kSteps{
    1.0,          2.0,       5.0,         10.0,        20.0,         50.0,         100.0,
    200.0,        500.0,     kSecond,     2 * kSecond, 5 * kSecond,  10 * kSecond, 15 * kSecond,
    30 * kSecond, kMinute,   2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
    kHour,        2 * kHour, 3 * kHour,   6 * kHour,   12 * kHour,   kDay};
} // namespace

TimelineScale::TimelineScale(double start, double end, double width)
    : m_width(std::max(0.0, width))
{
    setRange(start, end);
}

void TimelineScale::setRange(double start, double end)
{
    if (!std::isfinite(start))
        start = 0;
    if (!std::isfinite(end) || end <= start)
        end = start + kSecond;
    m_fullStart = start;
    m_fullEnd = end;
    fit();
}

void TimelineScale::setWidth(double width)
{
    m_width = std::max(0.0, width);
}

bool TimelineScale::isFit() const
{
    return m_start <= m_fullStart && m_end >= m_fullEnd;
}

bool TimelineScale::canZoomIn() const
{
    return visibleSpan() > std::min(kMinimumSpanMs, m_fullEnd - m_fullStart) * 1.0001;
}

double TimelineScale::toPixel(double ms) const
{
    return (ms - m_start) * pixelsPerMs();
}

double TimelineScale::toTime(double pixel) const
{
    return m_width > 0 ? m_start + pixel / m_width * visibleSpan() : m_start;
}

double TimelineScale::pixelsPerMs() const
{
    return m_width > 0 ? m_width / visibleSpan() : 0;
}

void TimelineScale::zoom(double factor, double pixel)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double anchor = toTime(pixel);
    const double share = m_width > 0 ? std::clamp(pixel / m_width, 0.0, 1.0) : 0.5;
    const double full = m_fullEnd - m_fullStart;
    double span = std::clamp(visibleSpan() / factor, std::min(kMinimumSpanMs, full), full);
    if (span > full * (1 - 1e-9))
        span = full; // out by as much as in: exactly everything, not nearly
    m_start = anchor - share * span;
    m_end = m_start + span;
    clamp();
}

void TimelineScale::pan(double pixels)
{
    if (m_width <= 0)
        return;
    const double delta = pixels / m_width * visibleSpan();
    m_start += delta;
    m_end += delta;
    clamp();
}

void TimelineScale::fit()
{
    m_start = m_fullStart;
    m_end = m_fullEnd;
}

void TimelineScale::show(double start, double end)
{
    start = std::max(start, m_fullStart);
    end = std::min(end, m_fullEnd);
    if (end < start)
        std::swap(start, end);
    const double full = m_fullEnd - m_fullStart;
    const double padding = (end - start) / 20;
    const double span = std::clamp(end - start + 2 * padding, std::min(kMinimumSpanMs, full), full);
    const double middle = (start + end) / 2;
    m_start = middle - span / 2;
    m_end = middle + span / 2;
    clamp();
}

void TimelineScale::ensureVisible(double start, double end)
{
    const double span = visibleSpan();
    if (end - start >= span || start < m_start) {
        m_start = start;
    } else if (end > m_end) {
        m_start = end - span;
    } else {
        return;
    }
    m_end = m_start + span;
    clamp();
}

void TimelineScale::clamp()
{
    const double span = std::min(visibleSpan(), m_fullEnd - m_fullStart);
    if (m_start < m_fullStart)
        m_start = m_fullStart;
    if (m_start + span > m_fullEnd)
        m_start = m_fullEnd - span;
    m_end = m_start + span;
}

double TimelineScale::tickStep(double minPixels) const
{
    const double perMs = pixelsPerMs();
    if (perMs <= 0)
        return niceStep(visibleSpan());
    return niceStep(std::max(minPixels, 1.0) / perMs);
}

std::vector<double> TimelineScale::ticks(double minPixels) const
{
    const double step = tickStep(minPixels);
    std::vector<double> result;
    // Ticks count from the session's start, so "0" is where it began.
    for (double tick = std::ceil((m_start - m_fullStart) / step - 1e-9) * step + m_fullStart;
         tick <= m_end + 1e-9 && result.size() < 1000; tick += step)
        result.push_back(tick);
    return result;
}

double TimelineScale::niceStep(double atLeastMs)
{
    if (!(atLeastMs > kSteps.front()))
        return kSteps.front();
    for (const double step : kSteps) {
        if (step >= atLeastMs)
            return step;
    }
    return std::ceil(atLeastMs / kDay) * kDay;
}

QString TimelineScale::formatTick(double ms, double step)
{
    const QLocale locale;
    const bool negative = ms < 0;
    const double value = std::abs(ms);
    QString text;
    if (step < kSecond) {
        // As many decimals as the step needs: 500 ms → 1, 50 ms → 2, 5 ms → 3.
        const int decimals = value == 0 ? 0 : step >= 100 ? 1 : step >= 10 ? 2 : 3;
        if (value < kMinute) {
            text = tr("%1 s").arg(locale.toString(value / kSecond, 'f', decimals));
        } else {
            // Past a minute, as the coarser ticks read: "2:22.5".
            // Whole milliseconds (no step is finer), so 179999.9999 reads "3:00.0".
            const qint64 total = std::llround(value);
            const qint64 minutes = total / qint64(kMinute);
            const double seconds = double(total % qint64(kMinute)) / kSecond;
            QString secondsText = locale.toString(seconds, 'f', decimals);
            if (seconds < 10)
                secondsText.prepend(locale.zeroDigit());
            text = tr("%1:%2").arg(minutes).arg(secondsText);
        }
    } else if (step < kMinute) {
        const qint64 seconds = qRound64(value / kSecond);
        if (seconds < 60)
            text = tr("%1 s").arg(seconds);
        else
            text = tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    } else {
        const qint64 minutes = qRound64(value / kMinute);
        if (minutes < 60)
            text = tr("%1 min").arg(minutes);
        else if (minutes % 60 == 0)
            text = tr("%1 h").arg(minutes / 60);
        else
            text = tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return negative ? tr("−%1").arg(text) : text;
}

} // namespace rumscope
