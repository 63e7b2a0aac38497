#pragma once
// Makes a table of dimension values a filter: a click (or Enter) on a row asks to filter to
// its value; the context menu asks to filter to it or exclude it, or copies the value or row.

#include "query/dimension.h"

#include <QObject>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace rumscope {

class TableFilterActions : public QObject
{
    Q_OBJECT
public:
    /// valueOf gives the dimension value (as a filter names it) of a row of the view's model.
    TableFilterActions(QAbstractItemView *view, std::function<Dimension()> dimension,
                       std::function<QString(const QModelIndex &)> valueOf);

    /// Shows source in table through sorted, sorted by sortRole's values (largest sortColumn
    /// first), rows selected whole, read-only; stretchColumn takes the spare width.
    static void setUpSortedTable(QTableView *table, QSortFilterProxyModel *sorted,
                                 QAbstractItemModel *source, int sortRole, int sortColumn,
                                 int stretchColumn);

Q_SIGNALS:
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);

private:
    void showMenu(const QPoint &position);

    QAbstractItemView *m_view;
    std::function<Dimension()> m_dimension;
    std::function<QString(const QModelIndex &)> m_valueOf;
};

} // namespace rumscope
