#include "chartstyle.h"

#include "displayformat.h"

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPalette>

namespace rumscope {
namespace {
constexpr double kSwatchWidth = 18;
constexpr double kSwatchGap = 6;
} // namespace

QColor seriesColor(const QPalette &palette)
{
    // The Overview's trend line has the same blue: one metric, one colour across pages.
    return isDarkPalette(palette) ? QColor(0x8A, 0xB4, 0xF8) : QColor(0x1A, 0x56, 0xDB);
}

QColor releaseColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xC3, 0xA6, 0xFF) : QColor(0x6E, 0x3F, 0xD8);
}

QColor textColor(const QPalette &palette, double alpha)
{
    QColor color = palette.color(QPalette::WindowText);
    color.setAlphaF(float(alpha));
    return color;
}

QString compactCount(qint64 count)
{
    const QLocale locale;
    const auto shortened = [&](double value, const char *unit) -> QString {
        const int decimals = value < 10 ? 1 : 0;
        QString number = locale.toString(value, 'f', decimals);
        if (decimals > 0 && number.endsWith(locale.zeroDigit()))
            number = locale.toString(value, 'f', 0);
        return number + QLatin1StringView(unit);
    };
    if (count >= 1000000)
        return shortened(double(count) / 1e6, "M");
    if (count >= 1000)
        return shortened(double(count) / 1e3, "k");
    return locale.toString(count);
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.88);
    else
        small.setPixelSize(std::max(9, int(font.pixelSize() * 0.88)));
    return small;
}

double legendEntryWidth(const QPainter &painter, const QString &text)
{
    return kSwatchWidth + kSwatchGap + painter.fontMetrics().horizontalAdvance(text);
}

double drawLegendEntry(QPainter &painter, double left, double baseline, LegendSwatch swatch,
                       const QColor &color, const QString &text, const QColor &textColor)
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const double middle = baseline - metrics.ascent() / 2 + metrics.descent() / 2;
    const QRectF box(left, middle - 5, kSwatchWidth, 10);
    switch (swatch) {
    case LegendSwatch::Line:
    case LegendSwatch::DashedLine: {
        QPen pen(color, swatch == LegendSwatch::Line ? 2.5 : 1.6);
        if (swatch == LegendSwatch::DashedLine)
            pen.setDashPattern({3, 2});
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left(), middle), QPointF(box.right(), middle));
        break;
    }
    case LegendSwatch::Bar:
    case LegendSwatch::Band:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(swatch == LegendSwatch::Bar ? box.adjusted(5, 0, -5, 0) : box, 2,
                                2);
        break;
    case LegendSwatch::Marker: {
        painter.setPen(QPen(color, 1.4));
        painter.drawLine(QPointF(box.center().x(), box.top() - 2),
                         QPointF(box.center().x(), box.bottom() + 2));
        break;
    }
    }
    painter.setPen(textColor);
    const double textLeft = left + kSwatchWidth + kSwatchGap;
    painter.drawText(QPointF(textLeft, baseline), text);
    painter.restore();
    return textLeft - left + metrics.horizontalAdvance(text);
}

} // namespace rumscope
