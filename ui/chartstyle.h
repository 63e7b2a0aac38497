#pragma once
// What the hand-painted Trends charts share: their colours from the widget's palette (light or
// dark), short count labels, and how a legend entry is drawn.

#include <QColor>
#include <QString>

class QFont;
class QPainter;
class QPalette;
class QPointF;

namespace rumscope {

/// The series' line: a blue that reads on the palette's base colour.
QColor seriesColor(const QPalette &palette);
/// Release markers: a violet apart from the series, the bands and the dashed period before.
QColor releaseColor(const QPalette &palette);
/// The palette's text colour at alpha: grid lines, secondary lines, bars.
QColor textColor(const QPalette &palette, double alpha);
/// "950", "3.1k", "12k", "1.2M": for axis labels short of room.
QString compactCount(qint64 count);
/// A smaller font for axis labels and legends.
QFont smallFont(const QFont &font);

/// How a legend entry shows what it names.
enum class LegendSwatch
{
    Line,
    DashedLine,
    Bar,
    Band,
    Marker
};
/// Draws swatch and text starting at left on the text baseline y; returns the entry's width.
double drawLegendEntry(QPainter &painter, double left, double baseline, LegendSwatch swatch,
                       const QColor &color, const QString &text, const QColor &textColor);
/// The width drawLegendEntry would take.
double legendEntryWidth(const QPainter &painter, const QString &text);

} // namespace rumscope
