#pragma once
// How the journey timeline draws its parts — items, page view boxes, the legend, the
// waterfall's axis, vital markers and rows — in the palette's colours and the ratings'. Kept
// apart from the widget's geometry and input handling so each file stays readable.

#include "journeylanes.h"
#include "timelinescale.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QFontMetrics;
class QPainter;
class QPalette;

namespace rumscope::journeypaint {

QColor mutedText(const QPalette &palette);
/// A resource's colour by what fetched it (script, stylesheet, image, fetch…); failed: poor.
QColor resourceColor(const Resource &resource);

/// One item of the lanes below the page views, drawn in rect.
void paintItem(QPainter &painter, const QPalette &palette, const JourneyLanes &lanes, int item,
               const QRectF &rect, bool selected);
/// A page view's span: a document load filled, a route change lighter with a dashed edge; its
/// left edge in its worst Core Web Vital's rating colour.
void paintPageViewBox(QPainter &painter, const QPalette &palette, const QRectF &rect,
                      bool routeChange, std::optional<Rating> rating, bool current, bool selected);
/// What the marks and colours mean, wrapped to rect's width.
void paintLegend(QPainter &painter, const QPalette &palette, const QRectF &rect);
/// The height paintLegend takes for a width.
double legendHeight(const QFontMetrics &metrics, const QPalette &palette, double width);

/// The waterfall's time axis (ms since the page view began) in axis, its grid through rows,
/// and the page view's TTFB, FCP, LCP and load as marked lines.
void paintWaterfallAxis(QPainter &painter, const QPalette &palette, const TimelineScale &scale,
                        const QRectF &axis, const QRectF &rows, const PageView &view);
/// One resource's row: its URL in labelWidth, its bar from barsLeft + x, its duration after.
void paintWaterfallRow(QPainter &painter, const QPalette &palette, const JourneyLanes &lanes,
                       int item, const QRectF &line, int labelWidth, double barsLeft, double x,
                       double width, bool alternate, bool selected);
/// The vital marked near x (pixels from the axis' left), as a tooltip; empty when none.
QString markerToolTip(const PageView &view, const TimelineScale &scale, double x);
/// What a lane shows, for its label's tooltip.
QString laneDescription(JourneyLane lane);

} // namespace rumscope::journeypaint
