#pragma once
// A titled table of one breakdown (BreakdownModel) whose value column is a bar in the rating's
// colour. Sortable by any column; a click (or Enter) on a row asks to filter to its value, the
// context menu also offers to exclude it or copy it.

#include "query/dimension.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace rumscope {

class BreakdownModel;

class BreakdownView : public QWidget
{
    Q_OBJECT
public:
    explicit BreakdownView(BreakdownModel *model, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QTableView *table() const { return m_table; }
    BreakdownModel *model() const { return m_model; }

Q_SIGNALS:
    /// The user asked to keep only (or, excluded, to leave out) page views with this value.
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);

private:
    QString valueAt(const QModelIndex &proxyIndex) const;

    BreakdownModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_title;
    QTableView *m_table;
};

} // namespace rumscope
