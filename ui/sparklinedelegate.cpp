#include "sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace rumscope {

QPolygonF sparklinePoints(const QList<qint64> &values, const QRectF &area)
{
    QPolygonF points;
    if (values.isEmpty() || area.isEmpty())
        return points;
    const qint64 largest = std::max<qint64>(1, *std::max_element(values.begin(), values.end()));
    const auto yOf = [&](qint64 value) {
        return area.bottom() - area.height() * double(std::max<qint64>(0, value)) / double(largest);
    };
    if (values.size() == 1) {
        points << QPointF(area.left(), yOf(values.front()))
               << QPointF(area.right(), yOf(values.front()));
        return points;
    }
    const double step = area.width() / double(values.size() - 1);
    for (qsizetype i = 0; i < values.size(); ++i)
        points << QPointF(area.left() + step * double(i), yOf(values[i]));
    return points;
}

SparklineDelegate::SparklineDelegate(int valuesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_valuesRole(valuesRole)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QList<qint64> values = index.data(m_valuesRole).value<QList<qint64>>();
    const QRectF area = QRectF(opt.rect).adjusted(6, 5, -6, -5);
    const QPolygonF points = sparklinePoints(values, area);
    if (points.isEmpty())
        return;
    const bool selected = opt.state & QStyle::State_Selected;
    QColor line = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    QColor fill = line;
    fill.setAlpha(selected ? 70 : 50);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath under;
    under.moveTo(points.front().x(), area.bottom());
    for (const QPointF &point : points)
        under.lineTo(point);
    under.lineTo(points.back().x(), area.bottom());
    under.closeSubpath();
    painter->fillPath(under, fill);
    painter->setPen(QPen(line, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPolyline(points);
    // The latest bucket: whether it is still happening is what one looks for first.
    painter->setBrush(line);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(points.back(), 2.0, 2.0);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), kPreferredWidth));
    return size;
}

} // namespace rumscope
