#include "errorkindbadge.h"

#include "displayformat.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace rumscope {
namespace {
constexpr int kPaddingX = 6;
constexpr int kPaddingY = 1;

/// A hue per kind; -1 for grey (console messages and kinds we do not know).
int hueOf(const QString &kind)
{
    if (kind == u"exception")
        return 2;
    if (kind == u"unhandled-rejection")
        return 28;
    if (kind == u"resource")
        return 275;
    if (kind == u"http")
        return 210;
    return -1;
}
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::ErrorKind)
};
} // namespace

QString errorKindName(const QString &kind)
{
    if (kind == u"exception")
        return Tr::tr("Exception");
    if (kind == u"unhandled-rejection")
        return Tr::tr("Unhandled rejection");
    if (kind == u"resource")
        return Tr::tr("Resource");
    if (kind == u"http")
        return Tr::tr("HTTP");
    if (kind == u"console")
        return Tr::tr("Console");
    if (kind.isEmpty())
        return Tr::tr("Unknown");
    return kind;
}

QColor errorKindColor(const QString &kind, const QPalette &palette)
{
    const int hue = hueOf(kind);
    // Light text on a dark base, dark text on a light one: 4.5:1 either way.
    const bool dark = isDarkPalette(palette);
    if (hue < 0)
        return dark ? QColor(0xB8, 0xBC, 0xC4) : QColor(0x5A, 0x5F, 0x68);
    return dark ? QColor::fromHsl(hue, 200, 185) : QColor::fromHsl(hue, 170, 75);
}

QSize errorKindBadgeSize(const QFontMetrics &metrics, const QString &kind)
{
    return {metrics.horizontalAdvance(errorKindName(kind)) + 2 * kPaddingX,
            metrics.height() + 2 * kPaddingY};
}

void paintErrorKindBadge(QPainter *painter, const QRect &rect, const QString &kind,
                         const QPalette &palette, const QColor &colour)
{
    const QFontMetrics metrics = painter->fontMetrics();
    const QSize size = errorKindBadgeSize(metrics, kind).boundedTo(rect.size());
    const QRect badge(QPoint(rect.left(), rect.top() + (rect.height() - size.height()) / 2), size);
    const QColor ink = colour.isValid() ? colour : errorKindColor(kind, palette);
    QColor fill = ink;
    fill.setAlpha(isDarkPalette(palette) ? 55 : 30);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ink, 1));
    painter->setBrush(fill);
    const qreal radius = badge.height() / 2.0;
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, errorKindName(kind));
    painter->restore();
}

ErrorKindBadge::ErrorKindBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ErrorKindBadge::setKind(const QString &kind)
{
    m_kind = kind;
    setAccessibleName(errorKindName(kind));
    setToolTip(tr("Kind of error: %1").arg(errorKindName(kind)));
    updateGeometry();
    update();
}

QSize ErrorKindBadge::sizeHint() const
{
    return errorKindBadgeSize(fontMetrics(), m_kind);
}

void ErrorKindBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintErrorKindBadge(&painter, rect(), m_kind, palette());
}

} // namespace rumscope
