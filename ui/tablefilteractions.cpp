#include "tablefilteractions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace rumscope {

TableFilterActions::TableFilterActions(QAbstractItemView *view,
                                       std::function<Dimension()> dimension,
                                       std::function<QString(const QModelIndex &)> valueOf)
    : QObject(view)
    , m_view(view)
    , m_dimension(std::move(dimension))
    , m_valueOf(std::move(valueOf))
{
    // clicked, and activated for the keyboard (Enter); both filter to the row's value.
    const auto filterTo = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT filterRequested(m_dimension(), m_valueOf(index), false);
    };
    connect(m_view, &QAbstractItemView::clicked, this, filterTo);
    connect(m_view, &QAbstractItemView::activated, this, filterTo);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TableFilterActions::showMenu);
}

void TableFilterActions::setUpSortedTable(QTableView *table, QSortFilterProxyModel *sorted,
                                          QAbstractItemModel *source, int sortRole, int sortColumn,
                                          int stretchColumn)
{
    sorted->setSourceModel(source);
    sorted->setSortRole(sortRole);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    table->setModel(sorted);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
}

void TableFilterActions::showMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const QString value = m_valueOf(index);
    const QString shown = value.isEmpty() ? tr("(not set)") : value;
    const Dimension dimension = m_dimension();
    QMenu menu(m_view);
    menu.addAction(tr("Filter to “%1”").arg(shown), this,
                   [this, dimension, value] { Q_EMIT filterRequested(dimension, value, false); });
    menu.addAction(tr("Exclude “%1”").arg(shown), this,
                   [this, dimension, value] { Q_EMIT filterRequested(dimension, value, true); });
    menu.addSeparator();
    menu.addAction(tr("Copy Value"), this,
                   [text = index.data().toString()] { QApplication::clipboard()->setText(text); });
    menu.addAction(tr("Copy Row"), this, [index] {
        QStringList cells;
        for (int column = 0; column < index.model()->columnCount(); ++column)
            cells.append(index.siblingAtColumn(column).data().toString());
        QApplication::clipboard()->setText(cells.join(u'\t'));
    });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace rumscope
