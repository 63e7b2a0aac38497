#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace rumscope {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::DisplayFormat)
};
} // namespace

QString formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString formatShare(double share)
{
    if (!std::isfinite(share))
        return Tr::tr("–");
    return Tr::tr("%1%").arg(QLocale().toString(share * 100.0, 'f', 1));
}

QString percentileLabel(double percentile)
{
    const double hundredths = percentile * 100.0;
    // p99.9 needs its decimal; p75 must not read "p75.0".
    const bool whole = std::abs(hundredths - std::round(hundredths)) < 1e-6;
    return Tr::tr("p%1").arg(whole ? QString::number(qRound(hundredths))
                                   : QString::number(hundredths, 'f', 1));
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString formatTimeSpan(qint64 fromMs, qint64 toMs)
{
    if (fromMs <= 0)
        return {};
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(std::max(fromMs, toMs));
    // Under two days the hours matter; beyond that the dates are what people compare.
    if (to.toMSecsSinceEpoch() - fromMs < 2 * 24 * 3600 * 1000LL)
        return Tr::tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                                     locale.toString(to, QLocale::ShortFormat));
    return Tr::tr("%1 – %2").arg(locale.toString(from.date(), QLocale::ShortFormat),
                                 locale.toString(to.date(), QLocale::ShortFormat));
}

QString metricLongName(Metric metric)
{
    return QCoreApplication::translate("rumscope::Metric", metricInfo(metric).longName);
}

QColor ratingColor(Rating rating)
{
    switch (rating) {
    case Rating::Good:
        return QColor(0x0C, 0xCE, 0x6B);
    case Rating::NeedsImprovement:
        return QColor(0xFF, 0xA4, 0x00);
    case Rating::Poor:
        return QColor(0xFF, 0x4E, 0x42);
    }
    return {};
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ratingTextColor(Rating rating, const QPalette &palette)
{
    if (isDarkPalette(palette))
        return ratingColor(rating);
    // Darker shades of the same hues with at least 4.5:1 contrast on white.
    switch (rating) {
    case Rating::Good:
        return QColor(0x08, 0x7F, 0x42);
    case Rating::NeedsImprovement:
        return QColor(0xA8, 0x5F, 0x00);
    case Rating::Poor:
        return QColor(0xC5, 0x22, 0x1F);
    }
    return {};
}

} // namespace rumscope
