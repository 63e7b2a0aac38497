#include "periodchange.h"

#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace rumscope {
namespace {
constexpr qint64 kMinuteMs = 60 * 1000LL;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::PeriodChange)
};

/// 7 → "7", 3.46 → "3.5": whole lengths without a decimal.
QString lengthNumber(double amount)
{
    const double rounded = std::round(amount * 10.0) / 10.0;
    if (std::abs(rounded - std::round(rounded)) < 1e-9)
        return QLocale().toString(qint64(std::llround(rounded)));
    return QLocale().toString(rounded, 'f', 1);
}

QString percentNumber(double share)
{
    const double percent = std::abs(share) * 100.0;
    // Small moves keep a decimal so 0.4% does not read as 0%; large ones do not need one.
    return QLocale().toString(percent, 'f', percent < 10.0 ? 1 : 0);
}
} // namespace

PeriodChange PeriodChange::between(double current, double previous, ChangeSense sense)
{
    PeriodChange change;
    change.current = current;
    change.previous = previous;
    change.sense = sense;
    return change;
}

bool PeriodChange::hasPrevious() const
{
    return std::isfinite(previous);
}

std::optional<double> PeriodChange::relative() const
{
    if (!hasPrevious() || !std::isfinite(current) || previous == 0.0)
        return std::nullopt;
    return (current - previous) / std::abs(previous);
}

ChangeDirection PeriodChange::direction() const
{
    if (!hasPrevious() || !std::isfinite(current))
        return ChangeDirection::Flat;
    if (const auto share = relative()) {
        // What the text shows decides: a move that reads "0.0%" is no move.
        if (std::abs(*share) < 0.0005)
            return ChangeDirection::Flat;
        return *share > 0 ? ChangeDirection::Up : ChangeDirection::Down;
    }
    // From a previous 0: any figure above it is a rise.
    return current > 0.0 ? ChangeDirection::Up : ChangeDirection::Flat;
}

std::optional<bool> PeriodChange::improved() const
{
    const ChangeDirection moved = direction();
    if (sense == ChangeSense::Neutral || moved == ChangeDirection::Flat)
        return std::nullopt;
    return moved == ChangeDirection::Down;
}

QString formatChange(const PeriodChange &change)
{
    if (!change.hasPrevious() || !std::isfinite(change.current))
        return Tr::tr("no data before");
    const ChangeDirection moved = change.direction();
    if (moved == ChangeDirection::Flat)
        return Tr::tr("± 0%");
    const QString arrow = moved == ChangeDirection::Up ? QStringLiteral("▲") : QStringLiteral("▼");
    if (const auto share = change.relative())
        return Tr::tr("%1 %2%").arg(arrow, percentNumber(*share));
    return Tr::tr("%1 from 0").arg(arrow);
}

QString formatChangeAgainst(const PeriodChange &change, const QString &periodName)
{
    const QString moved = formatChange(change);
    if (!change.hasPrevious() || !std::isfinite(change.current) || periodName.isEmpty())
        return moved;
    return Tr::tr("%1 vs %2").arg(moved, periodName);
}

QColor changeColor(const PeriodChange &change, const QPalette &palette)
{
    if (const auto better = change.improved())
        return ratingTextColor(*better ? Rating::Good : Rating::Poor, palette);
    QColor muted = palette.color(QPalette::WindowText);
    muted.setAlphaF(0.65f);
    return muted;
}

QString ComparedPeriods::previousName() const
{
    return isValid() ? previousPeriodName(to - from) : QString();
}

QString ComparedPeriods::currentText() const
{
    return isValid() ? formatTimeSpan(from, to - 1) : QString();
}

QString ComparedPeriods::previousText() const
{
    return isValid() && previousTo > previousFrom ? formatTimeSpan(previousFrom, previousTo - 1)
                                                  : QString();
}

QString previousPeriodName(qint64 lengthMs)
{
    if (lengthMs <= 0)
        return {};
    // Up to two days in hours ("previous 24 hours" for Last 24 hours), beyond that in days.
    if (lengthMs >= 2 * kDayMs || (lengthMs > kDayMs && lengthMs % kHourMs != 0))
        return Tr::tr("previous %1 days").arg(lengthNumber(double(lengthMs) / kDayMs));
    if (lengthMs == kHourMs)
        return Tr::tr("previous hour");
    if (lengthMs >= 2 * kHourMs || (lengthMs > kHourMs && lengthMs % kMinuteMs != 0))
        return Tr::tr("previous %1 hours").arg(lengthNumber(double(lengthMs) / kHourMs));
    if (lengthMs == kMinuteMs)
        return Tr::tr("previous minute");
    return Tr::tr("previous %1 minutes").arg(lengthNumber(double(lengthMs) / kMinuteMs));
}

} // namespace rumscope
