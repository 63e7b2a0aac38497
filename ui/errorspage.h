#pragma once
// Errors: the error groups for the filter (most errors first, sortable) above a detail pane
// for the group selected. A click (or Enter) on a group filters every view to the page views
// that had it; the context menu excludes it, copies its message or fingerprint, or asks for
// the sessions it happened in.

#include "dashboardcontroller.h"

#include <QWidget>

class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace rumscope {

class ErrorDetailPane;
class ErrorExampleLoader;
class ErrorGroupModel;

class ErrorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorsPage(QWidget *parent = nullptr);

    void showResult(const ErrorsResult &result);
    void clear();
    /// The open store, which the detail pane reads an occurrence of the group from.
    void setStorePath(const QString &path);

    ErrorGroupModel *model() const { return m_model; }
    QSortFilterProxyModel *sortedModel() const { return m_sorted; }
    QTableView *table() const { return m_table; }
    ErrorDetailPane *detailPane() const { return m_pane; }
    ErrorExampleLoader *exampleLoader() const { return m_loader; }
    QLabel *summaryLabel() const { return m_summary; }
    /// The context menu of the row at index (of table()'s model), owned by parent.
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);

Q_SIGNALS:
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);
    /// How a filter on value should read (sent before filterRequested or sessionsRequested).
    void valueLabelled(rumscope::Dimension dimension, const QString &value, const QString &label);
    /// Show the sessions in which the error group happened.
    void sessionsRequested(const QString &fingerprint);

private:
    void requestFilter(const QString &fingerprint, bool exclude);
    void requestSessions(const QString &fingerprint);
    void labelGroup(const QString &fingerprint);
    void showSelected(const QModelIndex &current);
    void showMenu(const QPoint &position);
    QString fingerprintAt(const QModelIndex &index) const;

    ErrorGroupModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    ErrorDetailPane *m_pane;
    ErrorExampleLoader *m_loader;
    QSplitter *m_splitter;
    QLabel *m_summary;
    /// The group selected, kept across new answers so the pane stays on it.
    QString m_selected;
};

} // namespace rumscope
