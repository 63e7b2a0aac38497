#pragma once
// How counts, shares, percentiles, time spans and rating colours read in the GUI — one place,
// so the cards, the models, the chart and the status bar always agree.

#include "model/metric.h"

#include <QColor>
#include <QString>

class QPalette;

namespace rumscope {

QString formatCount(qint64 count);          ///< "1,012,345" in the user's locale
QString formatShare(double share);          ///< 0.781 → "78.1%"
QString percentileLabel(double percentile); ///< 0.75 → "p75", 0.999 → "p99.9"
QString formatBytes(qint64 bytes);
/// "May 1, 2025 – May 31, 2025" (local time); empty when fromMs is 0 (no data).
QString formatTimeSpan(qint64 fromMs, qint64 toMs);
/// The translated long name of a metric ("Largest Contentful Paint").
QString metricLongName(Metric metric);

/// The web.dev rating colours: good #0CCE6B, needs improvement #FFA400, poor #FF4E42.
QColor ratingColor(Rating rating);
/// The rating colour adjusted so text in it stays readable on the palette's window colour
/// (the bright web.dev colours are too light for text on a light background).
QColor ratingTextColor(Rating rating, const QPalette &palette);
/// True when the palette's window colour is dark.
bool isDarkPalette(const QPalette &palette);

} // namespace rumscope
