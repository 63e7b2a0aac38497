#include "cardpaint.h"

#include <QPainter>
#include <QPalette>
#include <QWidget>

namespace rumscope::cardpaint {

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QColor mutedText(const QPalette &palette)
{
    QColor color = palette.color(QPalette::WindowText);
    color.setAlphaF(0.65f);
    return color;
}

QPainterPath paintPanel(QPainter &painter, const QWidget &card, const QColor &accent,
                        int accentHeight)
{
    const QPalette pal = card.palette();
    const QRectF frame = QRectF(card.rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath panel;
    panel.addRoundedRect(frame, kRadius, kRadius);
    painter.fillPath(panel, pal.color(QPalette::Base));
    if (accent.isValid() && accentHeight > 0) {
        painter.save();
        painter.setClipPath(panel);
        painter.fillRect(QRectF(frame.left(), frame.top(), frame.width(), accentHeight), accent);
        painter.restore();
    }
    if (card.hasFocus()) {
        QPainterPath ring;
        ring.addRoundedRect(QRectF(card.rect()).adjusted(1, 1, -1, -1), kRadius, kRadius);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawPath(ring);
    } else {
        painter.setPen(QPen(pal.color(QPalette::Mid), 1));
        painter.drawPath(panel);
    }
    return panel;
}

} // namespace rumscope::cardpaint
