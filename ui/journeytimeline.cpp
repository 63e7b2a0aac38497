#include "journeytimeline.h"

#include "chartexport.h"
#include "displayformat.h"
#include "journeypaint.h"

#include <QPainter>

#include <cmath>

namespace rumscope {
namespace {
constexpr double kZoomStep = 1.5;
constexpr double kTickSpacing = 90;
} // namespace

JourneyTimeline::JourneyTimeline(QWidget *parent)
    : QWidget(parent)
    , m_exportAction(createExportAction(this, QStringLiteral("session-journey")))
{
    setObjectName(QStringLiteral("journeyTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMouseTracking(false);
    setAccessibleName(tr("Session journey"));
    clear(tr("Choose a session in the list, or press Ctrl+L and enter a session id."));
}

void JourneyTimeline::setLanes(JourneyLanes lanes)
{
    m_lanes = std::move(lanes);
    m_hasJourney = true;
    m_placeholder.clear();
    m_selected = -1;
    m_pageView = m_lanes.pageViews().empty() ? -1 : 0;
    m_scale.setRange(0, std::max(m_lanes.span(), 1.0) * 1.01);
    updateGeometryHint();
    Q_EMIT zoomChanged();
    Q_EMIT pageViewChanged(m_pageView);
    Q_EMIT selectionChanged(-1);
}

void JourneyTimeline::clear(const QString &placeholder)
{
    m_lanes = JourneyLanes();
    m_hasJourney = false;
    m_placeholder = placeholder;
    m_selected = -1;
    m_pageView = -1;
    m_scale.setRange(0, 1000);
    updateGeometryHint();
    Q_EMIT zoomChanged();
}

void JourneyTimeline::selectItem(int item)
{
    if (item < 0 || item >= int(m_lanes.items().size()))
        item = -1;
    if (item >= 0) {
        const JourneyItem &chosen = m_lanes.item(item);
        if (chosen.pageView >= 0 && chosen.pageView != m_pageView) {
            m_pageView = chosen.pageView;
            updateGeometryHint();
            Q_EMIT pageViewChanged(m_pageView);
        }
        const double end = chosen.lane == JourneyLane::PageViews
                               ? m_lanes.pageViews().at(size_t(chosen.pageView)).end
                               : chosen.end();
        const bool wasFit = m_scale.isFit();
        m_scale.ensureVisible(chosen.start, std::min(end, chosen.start + m_scale.visibleSpan()));
        if (wasFit != m_scale.isFit())
            Q_EMIT zoomChanged();
        setAccessibleDescription(m_lanes.title(item));
    }
    m_selected = item;
    update();
    Q_EMIT selectionChanged(item);
}

void JourneyTimeline::selectPageView(int pageView)
{
    if (pageView < 0 || pageView >= int(m_lanes.pageViews().size()))
        return;
    selectItem(m_lanes.pageViews().at(size_t(pageView)).item);
}

void JourneyTimeline::zoomIn()
{
    const double centre =
        m_selected >= 0 ? m_scale.toPixel(m_lanes.item(m_selected).start) : m_scale.width() / 2;
    m_scale.zoom(kZoomStep, std::clamp(centre, 0.0, m_scale.width()));
    update();
    Q_EMIT zoomChanged();
}

void JourneyTimeline::zoomOut()
{
    m_scale.zoom(1 / kZoomStep, m_scale.width() / 2);
    update();
    Q_EMIT zoomChanged();
}

void JourneyTimeline::zoomToFit()
{
    m_scale.fit();
    update();
    Q_EMIT zoomChanged();
}

void JourneyTimeline::zoomToItem(int item)
{
    if (item < 0 || item >= int(m_lanes.items().size()))
        return;
    const JourneyItem &chosen = m_lanes.item(item);
    if (chosen.lane == JourneyLane::PageViews) {
        const JourneyPageView &view = m_lanes.pageViews().at(size_t(chosen.pageView));
        m_scale.show(view.start, view.end);
    } else {
        // An instant or a short task: a few seconds around it show what led up to it.
        const double around = std::max(chosen.duration * 4, 2000.0);
        m_scale.show(chosen.start - around / 2, chosen.end() + around / 2);
    }
    update();
    Q_EMIT zoomChanged();
}

void JourneyTimeline::panBy(double pixels)
{
    m_scale.pan(pixels);
    update();
    Q_EMIT zoomChanged();
}

void JourneyTimeline::stepSelection(int delta)
{
    const int count = int(m_lanes.items().size());
    if (count == 0)
        return;
    selectItem(m_selected < 0 ? (delta > 0 ? 0 : count - 1)
                              : std::clamp(m_selected + delta, 0, count - 1));
}

void JourneyTimeline::stepPageView(int delta)
{
    const int count = int(m_lanes.pageViews().size());
    if (count == 0)
        return;
    int current = m_pageView;
    // From an item that is not a page view, "previous" is its own page view.
    if (m_selected >= 0 && m_lanes.item(m_selected).lane != JourneyLane::PageViews && delta < 0)
        current += 1;
    selectPageView(std::clamp(current + delta, 0, count - 1));
}

JourneyTimeline::Geometry JourneyTimeline::geometry() const
{
    Geometry g;
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    g.smallLine = line;
    int labels = 0;
    for (int lane = 0; lane < kJourneyLaneCount; ++lane)
        labels =
            std::max(labels, metrics.horizontalAdvance(JourneyLanes::laneName(JourneyLane(lane))) +
                                 metrics.horizontalAdvance(QStringLiteral("  9,999")));
    g.labelWidth = std::max(110, labels + 2 * g.margin);
    g.axisHeight = line + 8;
    const double left = g.margin + g.labelWidth;
    const double right = std::max(left + 50, double(width() - g.margin - 8));
    double y = g.margin + g.axisHeight;
    const double lanesTop = y;
    for (int lane = 0; lane < kJourneyLaneCount; ++lane) {
        const int height = lane == int(JourneyLane::PageViews) ? 2 * line + 16 : line + 12;
        g.lanes[size_t(lane)] = QRectF(g.margin, y, width() - 2 * g.margin, height);
        y += height;
    }
    g.plot = QRectF(left, lanesTop, right - left, y - lanesTop);
    const double legendWidth = width() - 2 * g.margin - 4;
    g.legend = QRectF(g.margin + 4, y + 6, legendWidth,
                      journeypaint::legendHeight(metrics, palette(), legendWidth));
    y = g.legend.bottom() + 14;

    g.rowHeight = line + 6;
    g.waterfallTitle = QRectF(g.margin, y, width() - 2 * g.margin, 2 * line + 10);
    y = g.waterfallTitle.bottom() + 4;
    g.waterfallLabelWidth = std::clamp(width() * 3 / 10, 160, 380);
    const double barsLeft = g.margin + g.waterfallLabelWidth + 8;
    // Room after the longest bar for its duration.
    const double barsRight =
        std::max(barsLeft + 50, double(width() - g.margin - 8 -
                                       metrics.horizontalAdvance(QStringLiteral("9,999 ms"))));
    g.waterfallAxis = QRectF(barsLeft, y, barsRight - barsLeft, 2 * line + 8);
    y = g.waterfallAxis.bottom();
    const size_t rows =
        m_pageView >= 0
            ? std::max<size_t>(1, m_lanes.pageViews()[size_t(m_pageView)].resources.size())
            : 1;
    g.waterfallPlot = QRectF(barsLeft, y, barsRight - barsLeft, double(rows) * g.rowHeight);
    g.height = int(std::ceil(g.waterfallPlot.bottom())) + g.margin + 4;
    return g;
}

void JourneyTimeline::updateGeometryHint()
{
    setScaleWidth();
    setMinimumHeight(geometry().height);
    updateGeometry();
    update();
}

void JourneyTimeline::setScaleWidth()
{
    m_scale.setWidth(geometry().plot.width());
}

QSize JourneyTimeline::sizeHint() const
{
    return {900, geometry().height};
}

void JourneyTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setScaleWidth();
    const int height = geometry().height;
    if (minimumHeight() != height)
        setMinimumHeight(height);
}

void JourneyTimeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometryHint();
}

QRectF JourneyTimeline::laneRect(int item) const
{
    return laneRect(geometry(), item);
}

QRectF JourneyTimeline::laneRect(const Geometry &g, int index) const
{
    if (index < 0 || index >= int(m_lanes.items().size()))
        return {};
    const JourneyItem &item = m_lanes.item(index);
    const QRectF lane = g.lanes[size_t(item.lane)];
    const double x1 = g.plot.left() + m_scale.toPixel(item.start);
    const double cy = lane.center().y();
    switch (item.lane) {
    case JourneyLane::PageViews: {
        const double x2 =
            g.plot.left() + m_scale.toPixel(m_lanes.pageViews().at(size_t(item.pageView)).end);
        return QRectF(x1, lane.top() + 4, std::max(x2 - x1 - 1, 3.0), lane.height() - 8);
    }
    case JourneyLane::Errors:
    case JourneyLane::Measurements:
        return QRectF(x1 - 6, cy - 6, 12, 12);
    case JourneyLane::Interactions:
    case JourneyLane::LongTasks:
    case JourneyLane::Resources: {
        const double minimum = item.lane == JourneyLane::Interactions ? 6 : 3;
        const double height = item.lane == JourneyLane::Resources ? 8 : 12;
        const double width = std::max(item.duration * m_scale.pixelsPerMs(), minimum);
        return QRectF(x1, cy - height / 2, width, height);
    }
    }
    return {};
}

double JourneyTimeline::waterfallStart(int item) const
{
    const auto &resource = std::get<Resource>(m_lanes.record(item));
    if (isSet(resource.startTime))
        return resource.startTime;
    const JourneyItem &chosen = m_lanes.item(item);
    return chosen.start - m_lanes.pageViews().at(size_t(chosen.pageView)).start;
}

TimelineScale JourneyTimeline::waterfallScale(const Geometry &g) const
{
    double end = 0;
    if (m_pageView >= 0) {
        for (const int item : m_lanes.pageViews()[size_t(m_pageView)].resources)
            end = std::max(end, waterfallStart(item) + m_lanes.item(item).duration);
        const PageView &view = m_lanes.pageView(m_pageView);
        for (const double mark : {view.ttfb, view.fcp, view.lcp, view.load})
            if (isSet(mark))
                end = std::max(end, mark);
    }
    return TimelineScale(0, end > 0 ? end * 1.02 : 1000, g.waterfallPlot.width());
}

QRectF JourneyTimeline::waterfallRect(int item) const
{
    if (m_pageView < 0)
        return {};
    const Geometry g = geometry();
    const std::vector<int> &rows = m_lanes.pageViews()[size_t(m_pageView)].resources;
    const auto found = std::find(rows.begin(), rows.end(), item);
    if (found == rows.end())
        return {};
    const double top = g.waterfallPlot.top() + double(found - rows.begin()) * g.rowHeight;
    return QRectF(g.margin, top, width() - 2 * g.margin, g.rowHeight);
}

int JourneyTimeline::itemAt(const QPointF &point) const
{
    if (!m_hasJourney)
        return -1;
    const Geometry g = geometry();
    if (g.plot.contains(point)) {
        for (int lane = 0; lane < kJourneyLaneCount; ++lane) {
            if (!g.lanes[size_t(lane)].contains(point))
                continue;
            // The item drawn nearest the point, with a few pixels' grace for small marks.
            int best = -1;
            double bestDistance = 6;
            for (const int item : m_lanes.lane(JourneyLane(lane))) {
                const QRectF rect = laneRect(g, item);
                if (rect.left() > point.x() + bestDistance)
                    break;
                double distance = 0;
                if (point.x() < rect.left())
                    distance = rect.left() - point.x();
                else if (point.x() > rect.right())
                    distance = point.x() - rect.right();
                if (distance < bestDistance ||
                    (distance == 0 && bestDistance == 0 && lane != int(JourneyLane::PageViews))) {
                    best = item;
                    bestDistance = distance;
                }
            }
            return best;
        }
        return -1;
    }
    if (m_pageView >= 0 && point.y() >= g.waterfallPlot.top() &&
        point.y() < g.waterfallPlot.bottom()) {
        const std::vector<int> &rows = m_lanes.pageViews()[size_t(m_pageView)].resources;
        const auto row = size_t((point.y() - g.waterfallPlot.top()) / g.rowHeight);
        if (row < rows.size())
            return rows[row];
    }
    return -1;
}

void JourneyTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    if (!m_hasJourney) {
        painter.setPen(journeypaint::mutedText(pal));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    const Geometry g = geometry();
    paintAxis(painter, g);
    paintLanes(painter, g);
    paintLegend(painter, g);
    paintWaterfall(painter, g);
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void JourneyTimeline::paintAxis(QPainter &painter, const Geometry &g) const
{
    const QPalette &pal = palette();
    const double step = m_scale.tickStep(kTickSpacing);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.45f);
    painter.setFont(font());
    for (const double tick : m_scale.ticks(kTickSpacing)) {
        const double x = g.plot.left() + m_scale.toPixel(tick);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, g.plot.top() - 3), QPointF(x, g.plot.bottom()));
        painter.setPen(journeypaint::mutedText(pal));
        const QString label = TimelineScale::formatTick(tick, step);
        const double width = painter.fontMetrics().horizontalAdvance(label);
        const double left =
            std::clamp(x - width / 2, g.plot.left() - 4, double(this->width()) - g.margin - width);
        painter.drawText(QRectF(left, g.margin, width + 2, g.axisHeight - 4),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
}

void JourneyTimeline::paintLanes(QPainter &painter, const Geometry &g) const
{
    const QPalette &pal = palette();
    const QFontMetrics metrics = painter.fontMetrics();
    for (int lane = 0; lane < kJourneyLaneCount; ++lane) {
        const QRectF box = g.lanes[size_t(lane)];
        if (lane % 2 == 1) {
            QColor stripe = pal.color(QPalette::AlternateBase);
            stripe.setAlphaF(0.7f);
            painter.fillRect(box, stripe);
        }
        const QRectF label = box.adjusted(4, 0, -(box.width() - g.labelWidth) - 8, 0);
        const int count = int(m_lanes.lane(JourneyLane(lane)).size());
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         JourneyLanes::laneName(JourneyLane(lane)));
        painter.setPen(journeypaint::mutedText(pal));
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, formatCount(count));
    }
    QPen separator(pal.color(QPalette::Mid), 1);
    painter.setPen(separator);
    painter.drawLine(QPointF(g.plot.left() - 0.5, g.plot.top()),
                     QPointF(g.plot.left() - 0.5, g.plot.bottom()));

    painter.save();
    painter.setClipRect(g.plot.adjusted(0, 0, 1, 0));
    for (size_t view = 0; view < m_lanes.pageViews().size(); ++view)
        paintPageView(painter, g, int(view));
    for (int lane = int(JourneyLane::Interactions); lane < kJourneyLaneCount; ++lane) {
        for (const int item : m_lanes.lane(JourneyLane(lane))) {
            const QRectF rect = laneRect(g, item);
            if (rect.right() < g.plot.left() - 8 || rect.left() > g.plot.right() + 8)
                continue;
            journeypaint::paintItem(painter, pal, m_lanes, item, rect, item == m_selected);
        }
    }
    painter.restore();
    Q_UNUSED(metrics);
}

void JourneyTimeline::paintPageView(QPainter &painter, const Geometry &g, int view) const
{
    const JourneyPageView &span = m_lanes.pageViews()[size_t(view)];
    const QRectF rect = laneRect(g, span.item);
    if (rect.right() < g.plot.left() || rect.left() > g.plot.right())
        return;
    const QPalette &pal = palette();
    journeypaint::paintPageViewBox(painter, pal, rect, span.routeChange,
                                   m_lanes.item(span.item).rating, view == m_pageView,
                                   span.item == m_selected);
    // Its words where they fit: the route, then its vitals in their ratings' colours.
    const QRectF inner = rect.intersected(g.plot).adjusted(8, 2, -4, -2);
    if (inner.width() < 24)
        return;
    const QFontMetrics metrics = painter.fontMetrics();
    QFont titleFont = font();
    titleFont.setItalic(span.routeChange);
    titleFont.setBold(view == m_pageView);
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::Text));
    const QRectF first(inner.left(), inner.top(), inner.width(), inner.height() / 2);
    painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(titleFont).elidedText(m_lanes.title(span.item), Qt::ElideRight,
                                                        int(inner.width())));
    painter.setFont(font());
    double x = inner.left();
    const QRectF second(inner.left(), inner.center().y(), inner.width(), inner.height() / 2);
    for (const auto &[metric, value] : JourneyLanes::vitalsOf(m_lanes.pageView(view))) {
        if (metric != Metric::Lcp && metric != Metric::Inp && metric != Metric::Cls)
            continue;
        const QString text = JourneyLanes::formatVital(metric, value);
        const double width = metrics.horizontalAdvance(text);
        if (x + width > inner.right())
            break;
        painter.setPen(ratingTextColor(rate(metric, value), pal));
        painter.drawText(QRectF(x, second.top(), width + 1, second.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + metrics.horizontalAdvance(QStringLiteral("   "));
    }
}

void JourneyTimeline::paintLegend(QPainter &painter, const Geometry &g) const
{
    journeypaint::paintLegend(painter, palette(), g.legend);
}

void JourneyTimeline::paintWaterfall(QPainter &painter, const Geometry &g) const
{
    const QPalette &pal = palette();
    QPen rule(pal.color(QPalette::Mid), 1);
    painter.setPen(rule);
    painter.drawLine(QPointF(g.margin, g.waterfallTitle.top() - 7),
                     QPointF(width() - g.margin, g.waterfallTitle.top() - 7));
    if (m_pageView < 0) {
        painter.setPen(journeypaint::mutedText(pal));
        painter.drawText(g.waterfallTitle, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("The session has no page views: no resources to show."));
        return;
    }
    const JourneyPageView &span = m_lanes.pageViews()[size_t(m_pageView)];
    const PageView &view = m_lanes.pageView(m_pageView);
    const TimelineScale scale = waterfallScale(g);

    // Title: which page view, when, and its vitals.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    const QRectF titleLine(g.waterfallTitle.left(), g.waterfallTitle.top(),
                           g.waterfallTitle.width(), g.waterfallTitle.height() / 2);
    const QString title = tr("%1 %2 of %3: %4")
                              .arg(span.routeChange ? tr("Route change") : tr("Page view"))
                              .arg(m_pageView + 1)
                              .arg(m_lanes.pageViews().size())
                              .arg(view.url);
    painter.drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(title, Qt::ElideMiddle, int(titleLine.width())));
    painter.setFont(font());
    const QRectF subLine(titleLine.left(), titleLine.bottom(), titleLine.width(),
                         titleLine.height());
    const QString offset = JourneyLanes::formatOffset(span.start);
    const QString facts = span.resources.size() == 1
                              ? tr("At %1 · 1 resource · vitals:").arg(offset)
                              : tr("At %1 · %2 resources · vitals:")
                                    .arg(offset, formatCount(qint64(span.resources.size())));
    painter.setPen(journeypaint::mutedText(pal));
    painter.drawText(subLine, Qt::AlignLeft | Qt::AlignVCenter, facts);
    double x = subLine.left() + painter.fontMetrics().horizontalAdvance(facts) + 8;
    const auto vitals = JourneyLanes::vitalsOf(view);
    if (vitals.empty()) {
        painter.drawText(QRectF(x, subLine.top(), subLine.right() - x, subLine.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("none reported"));
    }
    for (const auto &[metric, value] : vitals) {
        const QString text = JourneyLanes::formatVital(metric, value);
        painter.setPen(ratingTextColor(rate(metric, value), pal));
        painter.drawText(QRectF(x, subLine.top(), subLine.right() - x, subLine.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += painter.fontMetrics().horizontalAdvance(text) + 16;
    }

    journeypaint::paintWaterfallAxis(painter, pal, scale, g.waterfallAxis, g.waterfallPlot, view);

    if (span.resources.empty()) {
        painter.setPen(journeypaint::mutedText(pal));
        painter.drawText(
            QRectF(g.margin, g.waterfallPlot.top(), width() - 2 * g.margin, g.rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, tr("No resources were reported."));
        return;
    }
    for (size_t row = 0; row < span.resources.size(); ++row) {
        const int item = span.resources[row];
        const QRectF line(g.margin, g.waterfallPlot.top() + double(row) * g.rowHeight,
                          width() - 2 * g.margin, g.rowHeight);
        const double start = waterfallStart(item);
        journeypaint::paintWaterfallRow(painter, pal, m_lanes, item, line, g.waterfallLabelWidth,
                                        g.waterfallPlot.left(), scale.toPixel(start),
                                        m_lanes.item(item).duration * scale.pixelsPerMs(),
                                        row % 2 == 1, item == m_selected);
    }
}

QString JourneyTimeline::waterfallToolTip(const QPointF &point) const
{
    if (m_pageView < 0)
        return {};
    const Geometry g = geometry();
    if (!g.waterfallAxis.adjusted(-4, 0, 4, 0).contains(point))
        return {};
    const TimelineScale scale = waterfallScale(g);
    return journeypaint::markerToolTip(m_lanes.pageView(m_pageView), scale,
                                       point.x() - g.waterfallAxis.left());
}

} // namespace rumscope
