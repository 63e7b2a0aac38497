#include "overviewtile.h"

#include "cardpaint.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace rumscope {
namespace {
constexpr int kPadding = 12;

using cardpaint::mutedText;
using cardpaint::scaledFont;
} // namespace

OverviewTile::OverviewTile(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_copyValue(new QAction(tr("&Copy Value"), this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(name);
    connect(m_copyValue, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(m_value); });
    clear();
}

void OverviewTile::setFigures(const QString &value, const QString &changeText,
                              const QString &shortChange, const PeriodChange &change,
                              const QString &detail, const QString &toolTip)
{
    m_value = value;
    m_change = changeText;
    m_shortChange = shortChange;
    m_changeFigures = change;
    m_detail = detail;
    setToolTip(toolTip);
    setAccessibleDescription(QStringList{value, changeText, detail}.join(QLatin1Char(' ')));
    m_copyValue->setEnabled(!value.isEmpty());
    update();
}

void OverviewTile::clear()
{
    setFigures(tr("–"), QString(), QString(), PeriodChange(), QString(), QString());
    m_copyValue->setEnabled(false);
}

QSize OverviewTile::sizeHint() const
{
    const QFontMetrics title(scaledFont(font(), 1.05, true));
    const QFontMetrics value(scaledFont(font(), 1.9, true));
    const QFontMetrics small(scaledFont(font(), 0.9, false));
    const int height = kPadding + title.height() + 4 + value.height() + 2 + small.height() +
                       small.height() + kPadding;
    return {small.horizontalAdvance(QLatin1Char('x')) * 30, height};
}

QSize OverviewTile::minimumSizeHint() const
{
    const QFontMetrics small(scaledFont(font(), 0.9, false));
    return {small.horizontalAdvance(QLatin1Char('x')) * 20, sizeHint().height()};
}

void OverviewTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void OverviewTile::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_copyValue);
    menu.exec(event->globalPos());
}

void OverviewTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    cardpaint::paintPanel(painter, *this);

    const QRect content = rect().adjusted(kPadding + 2, kPadding, -kPadding - 2, -kPadding);
    const QFont titleFont = scaledFont(font(), 1.05, true);
    const QFont valueFont = scaledFont(font(), 1.9, true);
    const QFont smallFont = scaledFont(font(), 0.9, false);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics valueMetrics(valueFont);
    const QFontMetrics smallMetrics(smallFont);
    int y = content.top();

    // The name on the same line as the device block's title beside it.
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(content.left(), y, content.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(m_name, Qt::ElideRight, content.width()));
    y += titleMetrics.height() + 4;

    painter.setFont(valueFont);
    painter.drawText(QRect(content.left(), y, content.width(), valueMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, m_value);
    y += valueMetrics.height() + 2;

    // The change and the context at the bottom, level with the device block's last rows.
    y = std::max(y, content.bottom() + 1 - 2 * smallMetrics.height());
    painter.setFont(smallFont);
    painter.setPen(changeColor(m_changeFigures, pal));
    const QString change =
        smallMetrics.horizontalAdvance(m_change) <= content.width() ? m_change : m_shortChange;
    painter.drawText(QRect(content.left(), y, content.width(), smallMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     smallMetrics.elidedText(change, Qt::ElideRight, content.width()));
    y += smallMetrics.height();

    painter.setPen(mutedText(pal));
    painter.drawText(QRect(content.left(), y, content.width(), smallMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     smallMetrics.elidedText(m_detail, Qt::ElideRight, content.width()));
}

} // namespace rumscope
