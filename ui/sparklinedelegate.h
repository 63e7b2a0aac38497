#pragma once
// A small line chart in a table cell: a row's values over time (an error group's errors per
// bucket), drawn from a QList<qint64> the model gives under one role.

#include <QList>
#include <QPolygonF>
#include <QStyledItemDelegate>

namespace rumscope {

/// The points of a sparkline of values in area: evenly spaced from left to right, zero at the
/// bottom and the largest value at the top; one value is a flat line across. Empty for none.
QPolygonF sparklinePoints(const QList<qint64> &values, const QRectF &area);

class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// valuesRole: the role under which the model gives the values (a QList<qint64>).
    explicit SparklineDelegate(int valuesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kPreferredWidth = 120;

private:
    int m_valuesRole;
};

} // namespace rumscope
