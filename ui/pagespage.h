#pragma once
// Pages: every route with its page views, each vital's percentile in its rating's colour and
// its error rate; sortable. A click on a route filters every view to it.

#include "dashboardcontroller.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace rumscope {

class PagesModel;

class PagesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PagesPage(QWidget *parent = nullptr);

    void showResult(const PagesResult &result);
    void clear();

    PagesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);

private:
    PagesModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace rumscope
