#include "devicevitalspanel.h"

#include "cardpaint.h"
#include "devicevitalsmodel.h"
#include "displayformat.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rumscope {
namespace {
constexpr int kPadding = 12;
constexpr int kMinimumRows = 3; ///< the block keeps its height while the first answer comes

using cardpaint::mutedText;
using cardpaint::scaledFont;
} // namespace

DeviceVitalsPanel::DeviceVitalsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deviceVitalsPanel"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Core Web Vitals by device type"));
    setMouseTracking(true); // the hand over a row says a click filters
}

void DeviceVitalsPanel::setModel(DeviceVitalsModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_current = std::min(m_current, rows() - 1);
            updateGeometry();
            update();
        });
        connect(m_model, &QObject::destroyed, this, [this] { m_model = nullptr; });
    }
    updateGeometry();
    update();
}

int DeviceVitalsPanel::rows() const
{
    return m_model ? m_model->rowCount() : 0;
}

void DeviceVitalsPanel::setCurrentRow(int row)
{
    const int clamped = rows() == 0 ? -1 : std::clamp(row, 0, rows() - 1);
    if (clamped == m_current)
        return;
    m_current = clamped;
    update();
}

int DeviceVitalsPanel::rowHeight() const
{
    return QFontMetrics(font()).height() + 8;
}

int DeviceVitalsPanel::firstRowTop() const
{
    const QFontMetrics title(scaledFont(font(), 1.05, true));
    const QFontMetrics small(scaledFont(font(), 0.9, false));
    return kPadding + title.height() + 6 + small.height() + 4;
}

int DeviceVitalsPanel::rowAt(int y) const
{
    const int top = firstRowTop();
    if (y < top)
        return -1;
    const int row = (y - top) / rowHeight();
    return row < rows() ? row : -1;
}

QSize DeviceVitalsPanel::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int height = firstRowTop() + std::max(rows(), kMinimumRows) * rowHeight() + kPadding - 4;
    return {metrics.horizontalAdvance(QLatin1Char('x')) * 60, height};
}

QSize DeviceVitalsPanel::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QLatin1Char('x')) * 46, sizeHint().height()};
}

DeviceVitalsPanel::Columns DeviceVitalsPanel::columns() const
{
    const QRect content = rect().adjusted(kPadding + 2, 0, -kPadding - 2, 0);
    const QFontMetrics metrics(font());
    Columns at;
    at.vitalWidth = std::max(metrics.horizontalAdvance(QStringLiteral("8.88 s")) + 12,
                             content.width() * 15 / 100);
    at.device = content.left();
    at.verdict = content.left() + content.width() * 26 / 100;
    for (int i = 0; i < 3; ++i)
        at.vitalRight[size_t(i)] = content.right() - (2 - i) * at.vitalWidth;
    return at;
}

void DeviceVitalsPanel::paintVerdict(QPainter &painter, const QRect &cell, int row) const
{
    const VitalsVerdict verdict = m_model->verdict(row);
    const QFont small = scaledFont(font(), 0.9, verdict != VitalsVerdict::NotEnoughData);
    const QFontMetrics metrics(small);
    const QString text = DeviceVitalsModel::verdictName(verdict);
    const QString mark = verdict == VitalsVerdict::Passes  ? QStringLiteral("✓ ")
                         : verdict == VitalsVerdict::Fails ? QStringLiteral("✗ ")
                                                           : QString();
    const QString label = metrics.elidedText(mark + text, Qt::ElideRight, cell.width() - 14);
    const int width = metrics.horizontalAdvance(label) + 14;
    const int height = metrics.height() + 4;
    const QRect pill(cell.left(), cell.top() + (cell.height() - height) / 2, width, height);
    painter.save();
    painter.setFont(small);
    if (verdict == VitalsVerdict::NotEnoughData) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0,
                                height / 2.0);
        painter.setPen(mutedText(palette()));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(
            ratingColor(verdict == VitalsVerdict::Passes ? Rating::Good : Rating::Poor));
        painter.drawRoundedRect(pill, height / 2.0, height / 2.0);
        // Near-black, as on the metric cards' rating pills.
        painter.setPen(QColor(0x20, 0x21, 0x24));
    }
    painter.drawText(pill, Qt::AlignCenter, label);
    painter.restore();
}

void DeviceVitalsPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    cardpaint::paintPanel(painter, *this);

    const QFont titleFont = scaledFont(font(), 1.05, true);
    const QFont smallFont = scaledFont(font(), 0.9, false);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics smallMetrics(smallFont);
    const QFontMetrics metrics(font());
    const QRect content = rect().adjusted(kPadding + 2, kPadding, -kPadding - 2, -kPadding);
    const Columns at = columns();
    const double percentile = m_model ? m_model->percentile() : 0.75;

    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::WindowText));
    const QString title = tr("Passes Core Web Vitals");
    painter.drawText(QRect(content.left(), content.top(), content.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(smallFont);
    painter.setPen(mutedText(pal));
    const QString rule = tr("LCP, INP and CLS all good at %1").arg(percentileLabel(percentile));
    const int ruleRoom = content.width() - titleMetrics.horizontalAdvance(title) - 16;
    painter.drawText(QRect(content.left(), content.top(), content.width(), titleMetrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter,
                     smallMetrics.elidedText(rule, Qt::ElideRight, ruleRoom));

    // Column headers.
    const int headerTop = content.top() + titleMetrics.height() + 6;
    const QRect header(content.left(), headerTop, content.width(), smallMetrics.height());
    painter.drawText(QRect(at.device, header.top(), at.verdict - at.device, header.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Device type"));
    painter.drawText(QRect(at.verdict, header.top(), at.vitalRight[0] - at.vitalWidth - at.verdict,
                           header.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Assessment"));
    for (size_t i = 0; i < kCoreWebVitals.size(); ++i)
        painter.drawText(
            QRect(at.vitalRight[i] - at.vitalWidth, header.top(), at.vitalWidth, header.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            tr("%1 %2").arg(percentileLabel(percentile),
                            QString::fromLatin1(metricInfo(kCoreWebVitals[i]).shortName)));
    QColor rule1 = pal.color(QPalette::WindowText);
    rule1.setAlphaF(0.12f);
    painter.setPen(QPen(rule1, 1));
    painter.drawLine(QPointF(content.left(), firstRowTop() - 2.5),
                     QPointF(content.right(), firstRowTop() - 2.5));

    if (rows() == 0) {
        painter.setPen(mutedText(pal));
        painter.drawText(QRect(content.left(), firstRowTop(), content.width(), rowHeight()),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("No page views in this range."));
        return;
    }
    for (int row = 0; row < rows(); ++row) {
        const QRect line(content.left() - 6, firstRowTop() + row * rowHeight(),
                         content.width() + 12, rowHeight());
        if (row == m_current && hasFocus()) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlphaF(0.18f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(highlight);
            painter.drawRoundedRect(line.adjusted(0, 1, 0, -1), 4, 4);
        }
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(at.device, line.top(), at.verdict - at.device - 8, line.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_model->deviceLabel(row), Qt::ElideRight,
                                            at.verdict - at.device - 8));
        paintVerdict(painter,
                     QRect(at.verdict, line.top(), at.vitalRight[0] - at.vitalWidth - at.verdict,
                           line.height()),
                     row);
        for (size_t i = 0; i < kCoreWebVitals.size(); ++i) {
            const Metric metric = kCoreWebVitals[i];
            const MetricSummary &vital = m_model->vital(row, metric);
            const bool known = vital.samples > 0 && std::isfinite(vital.value);
            painter.setPen(known ? ratingTextColor(rate(metric, vital.value), pal)
                                 : mutedText(pal));
            painter.drawText(
                QRect(at.vitalRight[i] - at.vitalWidth, line.top(), at.vitalWidth, line.height()),
                Qt::AlignRight | Qt::AlignVCenter, m_model->vitalText(row, metric));
        }
    }
}

bool DeviceVitalsPanel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0) {
            const QRect area(0, firstRowTop() + row * rowHeight(), width(), rowHeight());
            QToolTip::showText(help->globalPos(),
                               m_model->toolTip(row) + QLatin1Char('\n') +
                                   tr("Click to filter every view to this device type."),
                               this, area);
        } else {
            QToolTip::showText(
                help->globalPos(),
                tr("A device type passes the Core Web Vitals when its LCP, INP and CLS are all "
                   "good at the chosen percentile (CrUX assesses p75 of the last 28 days)."),
                this);
        }
        return true;
    }
    return QWidget::event(event);
}

void DeviceVitalsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void DeviceVitalsPanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(m_current < 0 ? 0 : m_current - 1);
        return;
    case Qt::Key_Down:
        setCurrentRow(m_current + 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            requestFilter(m_current, false);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void DeviceVitalsPanel::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        setCurrentRow(row);
    if (row >= 0 && event->button() == Qt::LeftButton)
        requestFilter(row, false);
    QWidget::mousePressEvent(event);
}

void DeviceVitalsPanel::mouseMoveEvent(QMouseEvent *event)
{
    if (rowAt(event->position().toPoint().y()) >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void DeviceVitalsPanel::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_model)
        return;
    const int row =
        event->reason() == QContextMenuEvent::Mouse ? rowAt(event->pos().y()) : m_current;
    QMenu menu(this);
    if (row >= 0) {
        setCurrentRow(row);
        const QString label = m_model->deviceLabel(row);
        menu.addAction(tr("&Filter to %1").arg(label), this,
                       [this, row] { requestFilter(row, false); });
        menu.addAction(tr("&Exclude %1").arg(label), this,
                       [this, row] { requestFilter(row, true); });
        menu.addSeparator();
        menu.addAction(tr("&Copy Row"), this,
                       [this, row] { QApplication::clipboard()->setText(m_model->rowText(row)); });
    }
    QAction *copyAll = menu.addAction(tr("Copy &All Rows"), this, [this] {
        QStringList lines;
        for (int r = 0; r < rows(); ++r)
            lines << m_model->rowText(r);
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    copyAll->setEnabled(rows() > 0);
    menu.exec(event->globalPos());
}

void DeviceVitalsPanel::requestFilter(int row, bool exclude)
{
    if (!m_model || row < 0 || row >= rows())
        return;
    Q_EMIT filterRequested(Dimension::DeviceType, m_model->deviceType(row), exclude);
}

} // namespace rumscope
