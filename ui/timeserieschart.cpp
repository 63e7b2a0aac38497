#include "timeserieschart.h"

#include "chartexport.h"
#include "chartstyle.h"
#include "displayformat.h"
#include "timeseriespainter.h"
#include "trendsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace rumscope {
namespace {
constexpr int kDragThreshold = 4; ///< pixels a press must move to become a brush
} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , m_emptyText(tr("No data"))
    , m_exportAction(createExportAction(this, QStringLiteral("rumscope-trend")))
{
    setObjectName(QStringLiteral("trendsChart"));
    setAccessibleName(tr("Trend chart"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TimeSeriesChart::setModel(TrendsModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimeSeriesChart::modelReset);
        connect(m_model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
        connect(m_model, &QObject::destroyed, this, [this] { m_model = nullptr; });
    }
    modelReset();
}

void TimeSeriesChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void TimeSeriesChart::setZoomed(bool zoomed)
{
    m_zoomed = zoomed;
}

void TimeSeriesChart::modelReset()
{
    m_highlight = -1;
    m_anchor = -1;
    m_pressed = m_dragging = false;
    setAccessibleDescription({});
    update();
}

QSize TimeSeriesChart::sizeHint() const
{
    return {900, 380};
}

QSize TimeSeriesChart::minimumSizeHint() const
{
    return {360, 220};
}

TimeSeriesLayout TimeSeriesChart::layout() const
{
    return TimeSeriesLayout::compute(m_model, QRectF(rect()), smallFont(font()));
}

QRect TimeSeriesChart::plotRect() const
{
    return layout().plot.toAlignedRect();
}

TimeAxis TimeSeriesChart::timeAxis() const
{
    return layout().time;
}

void TimeSeriesChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const TimeSeriesLayout g = layout();
    TimeSeriesPainter::State state;
    state.highlight = m_dragging ? -1 : m_highlight;
    state.selection = selection(g);
    state.focused = hasFocus();
    state.emptyText = m_emptyText;
    TimeSeriesPainter(painter, palette(), m_model, g).paint(state);
}

std::pair<int, int> TimeSeriesChart::keyboardSelection() const
{
    if (m_anchor < 0 || m_highlight < 0)
        return {m_highlight, m_highlight};
    return std::minmax(m_anchor, m_highlight);
}

std::optional<std::pair<double, double>> TimeSeriesChart::selection(const TimeSeriesLayout &g) const
{
    if (m_dragging && g.grid.isValid()) {
        const auto [from, to] = g.grid.snap(g.time.toTime(m_dragStartX), g.time.toTime(m_dragX));
        return std::pair{g.time.toPixel(from), g.time.toPixel(to)};
    }
    if (m_anchor >= 0 && m_highlight >= 0 && m_anchor != m_highlight) {
        const auto [first, last] = keyboardSelection();
        return std::pair{g.time.toPixel(m_model->row(first).bucketStart),
                         g.time.toPixel(m_model->row(last).bucketStart + m_model->bucketMs())};
    }
    return std::nullopt;
}

int TimeSeriesChart::rowAtX(double x) const
{
    return m_model ? layout().rowAt(*m_model, x) : -1;
}

QString TimeSeriesChart::describeRow(int row) const
{
    return m_model ? m_model->readout(row) : QString();
}

void TimeSeriesChart::showReadout(int row, const QPoint &globalPos)
{
    const QString text = describeRow(row);
    setAccessibleDescription(text);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, this);
}

void TimeSeriesChart::setHighlightedRow(int row)
{
    if (!m_model || row < -1 || row >= m_model->rowCount())
        row = -1;
    if (row == m_highlight)
        return;
    m_highlight = row;
    m_anchor = -1;
    update();
}

void TimeSeriesChart::moveHighlight(int row, bool extendSelection)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    if (extendSelection && m_anchor < 0)
        m_anchor = m_highlight >= 0 ? m_highlight : row;
    else if (!extendSelection)
        m_anchor = -1;
    const bool moved = row != m_highlight;
    m_highlight = row;
    update();
    const TimeSeriesLayout g = layout();
    const double value = m_model->row(row).value;
    const QPointF point(g.centerOf(*m_model, row),
                        std::isnan(value) ? g.plot.center().y()
                                          : g.value.toPixel(std::min(value, g.value.max())));
    showReadout(row, mapToGlobal(point.toPoint()));
    if (moved)
        Q_EMIT currentRowChanged(row);
}

void TimeSeriesChart::requestBrush(qint64 from, qint64 to)
{
    if (!m_model)
        return;
    const auto [spanFrom, spanTo] = m_model->span();
    // The buckets at the ends may reach past the span: the brush keeps to what is shown.
    if (spanTo > spanFrom) {
        from = std::max(from, spanFrom);
        to = std::min(to, spanTo);
    }
    if (to > from)
        Q_EMIT brushRequested(from, to);
}

void TimeSeriesChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_model || m_model->rowCount() == 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF position = event->position();
    if (!layout().brushes(position))
        return;
    m_pressed = true;
    m_dragging = false;
    m_dragStartX = m_dragX = position.x();
    event->accept();
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_pressed) {
        const TimeSeriesLayout g = layout();
        m_dragX = std::clamp(x, g.plot.left(), g.plot.right() - 0.5);
        if (std::abs(m_dragX - m_dragStartX) >= kDragThreshold && !m_dragging) {
            m_dragging = true;
            QToolTip::hideText();
        }
        update();
        return;
    }
    const int row = rowAtX(x);
    if (row != m_highlight) {
        m_highlight = row;
        m_anchor = -1;
        update();
        showReadout(row, event->globalPosition().toPoint());
    }
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        const TimeSeriesLayout g = layout();
        update();
        if (g.grid.isValid()) {
            const auto [from, to] =
                g.grid.snap(g.time.toTime(m_dragStartX), g.time.toTime(m_dragX));
            requestBrush(from, to);
        }
        return;
    }
    // A click: that bucket becomes the keyboard's.
    setFocus(Qt::MouseFocusReason);
    const int row = rowAtX(event->position().x());
    if (row >= 0)
        moveHighlight(row, false);
}

void TimeSeriesChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = m_dragging = false;
        Q_EMIT resetZoomRequested();
    }
}

void TimeSeriesChart::leaveEvent(QEvent *event)
{
    if (!m_pressed && !hasFocus() && m_highlight >= 0) {
        m_highlight = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void TimeSeriesChart::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const int page = std::max(1, rows / 10);
    const int current = m_highlight;
    switch (event->key()) {
    case Qt::Key_Left:
        moveHighlight(current < 0 ? rows - 1 : current - 1, shift);
        break;
    case Qt::Key_Right:
        moveHighlight(current < 0 ? 0 : current + 1, shift);
        break;
    case Qt::Key_PageUp:
        moveHighlight(current < 0 ? rows - 1 : current - page, shift);
        break;
    case Qt::Key_PageDown:
        moveHighlight(current < 0 ? 0 : current + page, shift);
        break;
    case Qt::Key_Home:
        moveHighlight(0, shift);
        break;
    case Qt::Key_End:
        moveHighlight(rows - 1, shift);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0 && current < rows) {
            const auto [first, last] = keyboardSelection();
            m_anchor = -1;
            requestBrush(m_model->row(first).bucketStart,
                         m_model->row(last).bucketStart + m_model->bucketMs());
        }
        break;
    case Qt::Key_Escape:
        if (m_anchor >= 0 || m_dragging) {
            m_anchor = -1; // first Escape drops a selection in progress
            m_pressed = m_dragging = false;
            update();
        } else {
            Q_EMIT resetZoomRequested();
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeSeriesChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const int row =
        event->reason() == QContextMenuEvent::Mouse ? rowAtX(event->pos().x()) : m_highlight;
    // The exported picture shows no hover readout.
    QToolTip::hideText();
    const int highlight = m_highlight;
    m_highlight = -1;
    update();
    if (row >= 0) {
        const QString bucket =
            formatBucket(m_model->row(row).bucketStart, m_model->bucketMs(), m_model->timeZone());
        menu.addAction(tr("Zoom to %1").arg(bucket), this, [this, row] {
            const auto [from, to] = m_model->bucketSpan(row);
            requestBrush(from, to);
        });
        menu.addAction(tr("Copy Value"), this,
                       [this, row] { QApplication::clipboard()->setText(describeRow(row)); });
    }
    QAction *reset = menu.addAction(tr("Reset Zoom"), this, &TimeSeriesChart::resetZoomRequested);
    reset->setEnabled(m_zoomed);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(event->globalPos());
    if (m_highlight < 0 && hasFocus())
        m_highlight = highlight;
    update();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void TimeSeriesChart::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void TimeSeriesChart::focusOutEvent(QFocusEvent *event)
{
    m_anchor = -1;
    update();
    QWidget::focusOutEvent(event);
}

} // namespace rumscope
