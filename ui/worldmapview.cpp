#include "worldmapview.h"

#include "chartexport.h"
#include "displayformat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace rumscope {
namespace {
constexpr int kMargin = 8;
constexpr double kKeyZoomFactor = 1.5;
constexpr double kWheelZoomBase = 1.2; // per notch of the wheel

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}
} // namespace

WorldMapView::WorldMapView(QWidget *parent)
    : QWidget(parent)
    , m_geometry(WorldGeometry::fromResource())
    , m_outline(WorldGeometry::outline())
    , m_graticule(WorldGeometry::graticule(30))
    , m_exportAction(createExportAction(this, QStringLiteral("world-map")))
{
    setObjectName(QStringLiteral("worldMap"));
    setAccessibleName(tr("World map"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setWhatsThis(tr("Each country in the colour of its rating. Click a country to show only its "
                    "page views, click it again to show the world. The wheel or + and − zoom, "
                    "a drag or the arrow keys move the map, 0 shows the whole world."));
}

QSize WorldMapView::sizeHint() const
{
    return {720, 380};
}

QSize WorldMapView::minimumSizeHint() const
{
    return {320, 180};
}

void WorldMapView::setResult(Metric metric, double percentile,
                             const QList<MetricSummary> &countries, const QStringList &selected)
{
    m_metric = metric;
    m_percentile = percentile;
    m_figures.clear();
    for (const MetricSummary &row : countries)
        m_figures.insert(row.group, row);
    m_selected = selected;
    updateCursor();
    update();
}

void WorldMapView::setMinimumSamples(int minimum)
{
    m_minimumSamples = minimum;
    update();
}

void WorldMapView::setFootnote(const QString &footnote)
{
    m_footnote = footnote;
    update();
}

void WorldMapView::clear()
{
    m_figures.clear();
    m_selected.clear();
    update();
}

WorldMapView::Shade WorldMapView::shade(const QString &iso) const
{
    const auto found = m_figures.constFind(iso);
    if (found == m_figures.cend() || found->samples <= 0 || !std::isfinite(found->value))
        return Shade::NoData;
    if (found->samples < m_minimumSamples)
        return Shade::TooFewSamples;
    switch (rate(m_metric, found->value)) {
    case Rating::Good:
        return Shade::Good;
    case Rating::NeedsImprovement:
        return Shade::NeedsImprovement;
    case Rating::Poor:
        return Shade::Poor;
    }
    return Shade::NoData;
}

QColor WorldMapView::shadeColor(Shade shade) const
{
    const QPalette &colours = palette();
    const QColor land = colours.color(QPalette::Window);
    const QColor ink = colours.color(QPalette::WindowText);
    // Two greys apart from each other and from the sea, in light and dark palettes alike.
    const bool dark = isDarkPalette(colours);
    switch (shade) {
    case Shade::NoData:
        return mix(land, ink, dark ? 0.20 : 0.12);
    case Shade::TooFewSamples:
        return mix(land, ink, dark ? 0.45 : 0.36);
    case Shade::Good:
        return ratingColor(Rating::Good);
    case Shade::NeedsImprovement:
        return ratingColor(Rating::NeedsImprovement);
    case Shade::Poor:
        return ratingColor(Rating::Poor);
    }
    return land;
}

QString WorldMapView::countryAt(QPoint position) const
{
    const WorldGeometry::Country *country =
        m_geometry.countryAt(m_projection.screenToProjected(position));
    return country ? country->iso : QString();
}

std::optional<QPoint> WorldMapView::positionOf(const QString &iso) const
{
    const WorldGeometry::Country *country = m_geometry.country(iso);
    if (!country)
        return std::nullopt;
    return m_projection.projectedToScreen(country->anchor).toPoint();
}

bool WorldMapView::isClickable(const QString &iso) const
{
    if (iso.isEmpty())
        return false;
    const auto found = m_figures.constFind(iso);
    return m_selected.contains(iso) || (found != m_figures.cend() && found->pageViews > 0);
}

QString WorldMapView::valueText(const QString &iso) const
{
    const auto found = m_figures.constFind(iso);
    if (found == m_figures.cend() || found->samples <= 0 || !std::isfinite(found->value))
        return {};
    return tr("%1 %2 %3")
        .arg(percentileLabel(m_percentile), QString::fromLatin1(metricInfo(m_metric).shortName),
             formatMetricValue(m_metric, found->value));
}

QString WorldMapView::toolTipFor(const QString &iso) const
{
    const WorldGeometry::Country *country = m_geometry.country(iso);
    const QString name = countryName(iso, country ? country->name : QString());
    QStringList lines{tr("%1 (%2)").arg(name, iso)};
    const auto found = m_figures.constFind(iso);
    const QString metric = QString::fromLatin1(metricInfo(m_metric).shortName);
    if (found == m_figures.cend() || found->pageViews <= 0) {
        lines << tr("No page views");
    } else if (found->samples <= 0 || !std::isfinite(found->value)) {
        lines << tr("No %1 samples in %2 page views").arg(metric, formatCount(found->pageViews));
    } else {
        const MetricSummary &row = *found;
        const QString figure =
            tr("%1 %2: %3")
                .arg(percentileLabel(m_percentile), metric, formatMetricValue(m_metric, row.value));
        lines << (shade(iso) == Shade::TooFewSamples
                      ? tr("%1 — too few samples to rate").arg(figure)
                      : tr("%1 — %2").arg(figure, ratingName(rate(m_metric, row.value))));
        lines << tr("%1 samples of %2 page views")
                     .arg(formatCount(row.samples), formatCount(row.pageViews));
        lines << tr("Good %1 · Needs improvement %2 · Poor %3")
                     .arg(formatShare(row.share(row.good)),
                          formatShare(row.share(row.needsImprovement)),
                          formatShare(row.share(row.poor)));
    }
    if (m_selected.contains(iso))
        lines << tr("Click to show every country again");
    else if (isClickable(iso))
        lines << tr("Click to show only %1").arg(name);
    return lines.join(u'\n');
}

QMenu *WorldMapView::createContextMenu(QPoint position)
{
    auto *menu = new QMenu(this);
    const QString iso = countryAt(position);
    if (!iso.isEmpty()) {
        const WorldGeometry::Country *country = m_geometry.country(iso);
        const QString name = countryName(iso, country ? country->name : QString());
        QAction *filterTo = menu->addAction(tr("Filter to “%1”").arg(name), this, [this, iso] {
            Q_EMIT filterRequested(Dimension::Country, iso, false);
        });
        filterTo->setObjectName(QStringLiteral("filterTo"));
        filterTo->setEnabled(isClickable(iso) && !m_selected.contains(iso));
        QAction *exclude = menu->addAction(tr("Exclude “%1”").arg(name), this, [this, iso] {
            Q_EMIT filterRequested(Dimension::Country, iso, true);
        });
        exclude->setObjectName(QStringLiteral("exclude"));
        exclude->setEnabled(isClickable(iso));
    }
    if (!m_selected.isEmpty()) {
        QAction *world =
            menu->addAction(tr("Show All Countries"), this, [this] { Q_EMIT worldRequested(); });
        world->setObjectName(QStringLiteral("showWorld"));
    }
    if (!iso.isEmpty()) {
        menu->addSeparator();
        const WorldGeometry::Country *country = m_geometry.country(iso);
        const QString value = valueText(iso);
        QAction *copy = menu->addAction(tr("Copy Value"), this, [iso, value, country] {
            QApplication::clipboard()->setText(
                tr("%1: %2").arg(countryName(iso, country ? country->name : QString()), value));
        });
        copy->setObjectName(QStringLiteral("copyValue"));
        copy->setEnabled(!value.isEmpty());
    }
    menu->addSeparator();
    const auto addViewAction = [this, menu](const QString &text, Qt::Key key, bool enabled,
                                            auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(QKeySequence(key));
        action->setEnabled(enabled);
        connect(action, &QAction::triggered, this, slot);
    };
    addViewAction(tr("Zoom In"), Qt::Key_Plus, m_projection.zoom() < MapProjection::kMaxZoom,
                  [this, position] {
                      m_projection.zoomAt(position, kKeyZoomFactor);
                      update();
                  });
    addViewAction(tr("Zoom Out"), Qt::Key_Minus, !m_projection.isReset(), [this] { zoomOut(); });
    addViewAction(tr("Show the Whole World"), Qt::Key_0, !m_projection.isReset(),
                  [this] { resetView(); });
    menu->addSeparator();
    menu->addAction(m_exportAction);
    return menu;
}

void WorldMapView::zoomIn()
{
    m_projection.zoomAt(rect().center(), kKeyZoomFactor);
    update();
}

void WorldMapView::zoomOut()
{
    m_projection.zoomAt(rect().center(), 1 / kKeyZoomFactor);
    update();
}

void WorldMapView::resetView()
{
    m_projection.reset();
    update();
}

bool WorldMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const WorldGeometry::Country *country =
            m_geometry.countryAt(m_projection.screenToProjected(help->pos()));
        if (!country) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // The two areas without a code (N. Cyprus, Somaliland) never have figures.
            QToolTip::showText(help->globalPos(),
                               country->iso.isEmpty() ? country->name : toolTipFor(country->iso),
                               this);
        }
        return true;
    }
    return QWidget::event(event);
}

void WorldMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    const QColor window = colours.color(QPalette::Window);
    const QColor ink = colours.color(QPalette::WindowText);
    // Light: a pale blue sea under grey land; dark: the sea darker than any land.
    const QColor sea =
        isDarkPalette(colours)
            ? mix(window, colours.color(QPalette::Highlight), 0.06)
            : mix(colours.color(QPalette::Base), colours.color(QPalette::Highlight), 0.08);

    painter.save();
    painter.setTransform(m_projection.transform());
    QPen line(mix(window, ink, 0.35), 1.0);
    line.setCosmetic(true);
    painter.setPen(line);
    painter.setBrush(sea);
    painter.drawPath(m_outline);
    QPen grid(mix(sea, ink, 0.12), 0.6);
    grid.setCosmetic(true);
    painter.setPen(grid);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(m_graticule);

    // Borders in the window's colour: neighbours of one rating still read as two countries.
    QPen border(window, 0.7);
    border.setCosmetic(true);
    border.setJoinStyle(Qt::RoundJoin);
    painter.setPen(border);
    for (const WorldGeometry::Country &country : m_geometry.countries()) {
        QColor fill = shadeColor(shade(country.iso));
        if (!m_hovered.isEmpty() && country.iso == m_hovered)
            fill = isDarkPalette(colours) ? fill.lighter(130) : fill.darker(115);
        painter.setBrush(fill);
        painter.drawPath(country.path);
    }
    // The countries the filter picks: outlined, on top of their neighbours' borders.
    painter.setBrush(Qt::NoBrush);
    QPen selected(colours.color(QPalette::Highlight), 2.5);
    selected.setCosmetic(true);
    selected.setJoinStyle(Qt::RoundJoin);
    for (const QString &iso : m_selected) {
        if (const WorldGeometry::Country *country = m_geometry.country(iso)) {
            QPen halo(ink, 4.5);
            halo.setCosmetic(true);
            halo.setJoinStyle(Qt::RoundJoin);
            painter.setPen(halo);
            painter.drawPath(country->path);
            painter.setPen(selected);
            painter.drawPath(country->path);
        }
    }
    painter.restore();

    paintLegend(painter);

    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(1, 1, -1, -1);
        focus.backgroundColor = window;
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

void WorldMapView::paintLegend(QPainter &painter)
{
    const MetricInfo &info = metricInfo(m_metric);
    const QList<std::pair<Shade, QString>> entries{
        {Shade::Good, tr("Good (≤ %1)").arg(formatMetricValue(m_metric, info.goodUpTo))},
        {Shade::NeedsImprovement, tr("Needs improvement")},
        {Shade::Poor, tr("Poor (> %1)").arg(formatMetricValue(m_metric, info.poorAbove))},
        {Shade::TooFewSamples, tr("Fewer than %n samples", nullptr, m_minimumSamples)},
        {Shade::NoData, tr("No data")},
    };
    const QString title =
        tr("%1 %2").arg(percentileLabel(m_percentile), QString::fromLatin1(info.shortName));
    QFont font = this->font();
    const QFontMetrics metrics(font);
    const int swatch = metrics.height() - 4;
    const int rowHeight = metrics.height() + 2;
    int width = metrics.horizontalAdvance(title);
    for (const auto &entry : entries)
        width = std::max(width, swatch + 6 + metrics.horizontalAdvance(entry.second));
    const int rows = int(entries.size()) + 1 + (m_footnote.isEmpty() ? 0 : 1);
    if (!m_footnote.isEmpty())
        width = std::max(width, metrics.horizontalAdvance(m_footnote) + 2);
    width = std::min(width, this->width() - 2 * kMargin - 24);
    const QRect box(kMargin + 4, height() - kMargin - 4 - 12 - rowHeight * rows, width + 16,
                    rowHeight * rows + 12);
    const QPalette &colours = palette();
    QColor panel = colours.color(QPalette::Window);
    panel.setAlpha(225);
    painter.setPen(mix(colours.color(QPalette::Window), colours.color(QPalette::WindowText), 0.25));
    painter.setBrush(panel);
    painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    int y = box.top() + 6;
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(colours.color(QPalette::WindowText));
    painter.drawText(QRect(box.left() + 8, y, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    painter.setFont(font);
    y += rowHeight;
    for (const auto &[kind, text] : entries) {
        const QRect square(box.left() + 8, y + (rowHeight - swatch) / 2, swatch, swatch);
        painter.setPen(
            mix(colours.color(QPalette::Window), colours.color(QPalette::WindowText), 0.35));
        painter.setBrush(shadeColor(kind));
        painter.drawRect(square);
        painter.setPen(colours.color(QPalette::WindowText));
        painter.drawText(QRect(square.right() + 7, y, width, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        y += rowHeight;
    }
    if (!m_footnote.isEmpty()) {
        painter.setPen(
            mix(colours.color(QPalette::Window), colours.color(QPalette::WindowText), 0.7));
        painter.drawText(QRect(box.left() + 8, y, width, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_footnote, Qt::ElideRight, width));
    }
}

void WorldMapView::resizeEvent(QResizeEvent *event)
{
    m_projection.setViewport(QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin));
    QWidget::resizeEvent(event);
}

void WorldMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position().toPoint();
    m_lastDragPosition = m_pressPosition;
    event->accept();
}

void WorldMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging &&
            (position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging) {
            m_projection.panBy(position - m_lastDragPosition);
            m_lastDragPosition = position;
            setHovered({});
            updateCursor();
            update();
        }
        return;
    }
    setHovered(countryAt(position));
}

void WorldMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool wasDrag = m_dragging;
    m_pressed = false;
    m_dragging = false;
    const QPoint position = event->position().toPoint();
    if (!wasDrag) {
        const QString iso = countryAt(position);
        if (isClickable(iso))
            Q_EMIT countryClicked(iso);
    }
    setHovered(countryAt(position));
    updateCursor();
}

void WorldMapView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    m_projection.zoomAt(event->position(), std::pow(kWheelZoomBase, notches));
    update();
    event->accept();
}

void WorldMapView::keyPressEvent(QKeyEvent *event)
{
    const double step = std::min(width(), height()) / 6.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        break;
    // The arrow shows more of the map in its direction: the map moves the other way.
    case Qt::Key_Left:
        m_projection.panBy({step, 0});
        update();
        break;
    case Qt::Key_Right:
        m_projection.panBy({-step, 0});
        update();
        break;
    case Qt::Key_Up:
        m_projection.panBy({0, step});
        update();
        break;
    case Qt::Key_Down:
        m_projection.panBy({0, -step});
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WorldMapView::contextMenuEvent(QContextMenuEvent *event)
{
    QPoint position = event->pos();
    // From the keyboard: the country under the mouse if it is over the map, else the centre.
    if (event->reason() == QContextMenuEvent::Keyboard && !rect().contains(position))
        position = rect().center();
    QMenu *menu = createContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(mapToGlobal(position));
    event->accept();
}

void WorldMapView::leaveEvent(QEvent *event)
{
    setHovered({});
    QWidget::leaveEvent(event);
}

void WorldMapView::setHovered(const QString &iso)
{
    if (iso == m_hovered)
        return;
    m_hovered = iso;
    updateCursor();
    update();
}

void WorldMapView::updateCursor()
{
    if (m_dragging)
        setCursor(Qt::ClosedHandCursor);
    else if (isClickable(m_hovered))
        setCursor(Qt::PointingHandCursor);
    else if (!m_projection.isReset())
        setCursor(Qt::OpenHandCursor);
    else
        unsetCursor();
}

} // namespace rumscope
