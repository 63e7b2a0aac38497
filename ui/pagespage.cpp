#include "pagespage.h"

#include "displayformat.h"
#include "pagesmodel.h"
#include "tablefilteractions.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rumscope {

PagesPage::PagesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PagesModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("pagesPage"));
    m_model->setObjectName(QStringLiteral("pagesModel"));
    m_table->setObjectName(QStringLiteral("pagesTable"));
    TableFilterActions::setUpSortedTable(m_table, m_sorted, m_model, PagesModel::RawValueRole,
                                         PagesModel::kPageViewsColumn, PagesModel::kRouteColumn);
    m_table->setToolTip(tr("Click a route to show only its page views; right-click for more"));
    m_table->setAccessibleName(tr("Routes"));

    auto *actions = new TableFilterActions(
        m_table, [] { return Dimension::Route; },
        [this](const QModelIndex &index) {
            return m_model->row(m_sorted->mapToSource(index).row()).route;
        });
    connect(actions, &TableFilterActions::filterRequested, this, &PagesPage::filterRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    clear();
}

void PagesPage::showResult(const PagesResult &result)
{
    QList<QList<MetricSummary>> byMetric;
    for (const MetricQueryResult &answer : result.byMetric)
        byMetric.append(answer.rows);
    m_model->setResult(result.percentile, byMetric, result.withErrors.rows);
    QString text =
        tr("%1 routes, %2 page views")
            .arg(
                formatCount(m_model->rowCount()),
                formatCount(result.byMetric.empty() ? 0 : result.byMetric.front().total.pageViews));
    if (result.filter.hasTimeRange())
        text = tr("%1 · %2").arg(text, formatTimeSpan(result.filter.from, result.filter.to - 1));
    m_summary->setText(text);
}

void PagesPage::clear()
{
    m_model->clear();
    m_summary->setText(tr("No store open."));
}

} // namespace rumscope
