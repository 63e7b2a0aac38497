// The journey timeline's input: tooltips, clicks, drags, the wheel, keys and the context menu.

#include "journeytimeline.h"

#include "journeypaint.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QToolTip>

#include <cmath>

namespace rumscope {
namespace {
QString urlOf(const Record &record)
{
    if (const auto *view = std::get_if<PageView>(&record))
        return view->url;
    if (const auto *resource = std::get_if<Resource>(&record))
        return resource->url;
    if (const auto *error = std::get_if<ErrorEvent>(&record))
        return error->resourceUrl;
    return {};
}
} // namespace

bool JourneyTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int item = itemAt(help->pos());
    QString text = item >= 0 ? m_lanes.toolTip(item) : waterfallToolTip(help->pos());
    if (text.isEmpty() && m_hasJourney) {
        const Geometry g = geometry();
        for (int lane = 0; lane < kJourneyLaneCount; ++lane) {
            QRectF label = g.lanes[size_t(lane)];
            label.setWidth(g.labelWidth);
            if (label.contains(help->pos()))
                text = journeypaint::laneDescription(JourneyLane(lane));
        }
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

void JourneyTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPosition = event->position();
    m_lastDragX = event->position().x();
    m_dragging = false;
}

void JourneyTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_hasJourney)
        return QWidget::mouseMoveEvent(event);
    if (!m_dragging && (event->position() - m_pressPosition).manhattanLength() > 4 &&
        geometry().plot.contains(m_pressPosition)) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        panBy(m_lastDragX - event->position().x());
        m_lastDragX = event->position().x();
    }
}

void JourneyTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const int item = itemAt(event->position());
    if (item >= 0)
        selectItem(item);
}

void JourneyTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int item = itemAt(event->position());
    if (item >= 0 && geometry().plot.contains(event->position()))
        zoomToItem(item);
}

void JourneyTimeline::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const Geometry g = geometry();
    if (!m_hasJourney || !g.plot.contains(event->position())) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        m_scale.zoom(std::pow(1.25, delta.y() / 120.0), event->position().x() - g.plot.left());
        update();
        Q_EMIT zoomChanged();
        event->accept();
    } else if (delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        const int steps = delta.x() != 0 ? delta.x() : delta.y();
        panBy(-steps / 120.0 * m_scale.width() / 10);
        event->accept();
    } else {
        event->ignore(); // the page scrolls
    }
}

void JourneyTimeline::keyPressEvent(QKeyEvent *event)
{
    if (!m_hasJourney)
        return QWidget::keyPressEvent(event);
    const double page = event->modifiers() & Qt::ShiftModifier ? 0.9 : 0.15;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        zoomToFit();
        break;
    case Qt::Key_Left:
        panBy(-m_scale.width() * page);
        break;
    case Qt::Key_Right:
        panBy(m_scale.width() * page);
        break;
    case Qt::Key_Down:
        stepSelection(1);
        break;
    case Qt::Key_Up:
        stepSelection(-1);
        break;
    case Qt::Key_PageDown:
        stepPageView(1);
        break;
    case Qt::Key_PageUp:
        stepPageView(-1);
        break;
    case Qt::Key_Home:
        selectItem(m_lanes.isEmpty() ? -1 : 0);
        break;
    case Qt::Key_End:
        selectItem(int(m_lanes.items().size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        zoomToItem(m_selected);
        break;
    case Qt::Key_Escape:
        if (m_selected < 0)
            return QWidget::keyPressEvent(event);
        selectItem(-1);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void JourneyTimeline::contextMenuEvent(QContextMenuEvent *event)
{
    const int item =
        event->reason() == QContextMenuEvent::Mouse ? itemAt(event->pos()) : m_selected;
    QMenu menu(this);
    if (m_hasJourney) {
        const QString sessionId = m_lanes.session().sessionId;
        menu.addAction(tr("Copy Session ID"), this,
                       [sessionId] { QApplication::clipboard()->setText(sessionId); });
    }
    if (item >= 0) {
        menu.addAction(tr("Copy Details"), this,
                       [this, item] { QApplication::clipboard()->setText(m_lanes.toolTip(item)); });
        const QString url = urlOf(m_lanes.record(item));
        if (!url.isEmpty())
            menu.addAction(tr("Copy URL"), this,
                           [url] { QApplication::clipboard()->setText(url); });
        menu.addAction(tr("Zoom to “%1”").arg(m_lanes.title(item).left(60)), this,
                       [this, item] { zoomToItem(item); });
    }
    menu.addSeparator();
    QAction *in = menu.addAction(tr("Zoom In"), this, &JourneyTimeline::zoomIn);
    in->setShortcut(QKeySequence(Qt::Key_Plus));
    in->setEnabled(m_hasJourney && m_scale.canZoomIn());
    QAction *out = menu.addAction(tr("Zoom Out"), this, &JourneyTimeline::zoomOut);
    out->setShortcut(QKeySequence(Qt::Key_Minus));
    out->setEnabled(m_hasJourney && !m_scale.isFit());
    QAction *fit = menu.addAction(tr("Zoom to Fit"), this, &JourneyTimeline::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::Key_0));
    fit->setEnabled(m_hasJourney && !m_scale.isFit());
    menu.addSeparator();
    m_exportAction->setEnabled(m_hasJourney);
    menu.addAction(m_exportAction);
    menu.exec(event->globalPos());
}

} // namespace rumscope
