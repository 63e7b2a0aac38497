#include "overviewpage.h"

#include "displayformat.h"
#include "metriccard.h"
#include "metriccardmodel.h"
#include "trendchartview.h"
#include "trendmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rumscope {

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_cardModel(new MetricCardModel(this))
    , m_trendModel(new TrendModel(this))
    , m_summary(new QLabel(this))
    , m_trend(new TrendChartView(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_cardModel->setObjectName(QStringLiteral("metricCardModel"));
    m_trendModel->setObjectName(QStringLiteral("trendModel"));
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (Metric metric : kOverviewMetrics) {
        auto *card = new MetricCard(metric, this);
        cards->addWidget(card, 1);
        m_cards.append(card);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addLayout(cards);
    layout->addWidget(m_trend, 1);

    m_trend->setModel(m_trendModel);
    connect(m_cardModel, &QAbstractItemModel::modelReset, this, &OverviewPage::updateCards);
    clear();
}

void OverviewPage::showOverview(const OverviewQuery &query, const OverviewResult &result)
{
    m_cardModel->setCards(query.percentile, result.metrics, result.cards);
    m_trendModel->setTrend(result.trendMetric, query.percentile, result.bucketMs, result.trend);
    QString text = tr("%1 page views from %2 sessions")
                       .arg(formatCount(result.pageViews), formatCount(result.sessions));
    if (query.filter.hasTimeRange())
        text = tr("%1 · %2").arg(text, formatTimeSpan(query.filter.from, query.filter.to - 1));
    m_summary->setText(text);
    m_pendingRestore = QString();
    ++m_resultsShown;
}

void OverviewPage::clear()
{
    m_cardModel->clear();
    m_trendModel->clear();
    m_summary->setText(tr("No store open."));
    m_pendingRestore = QString();
}

void OverviewPage::showPending(const QString &message)
{
    if (m_pendingRestore.isNull())
        m_pendingRestore = m_summary->text();
    m_summary->setText(message);
}

void OverviewPage::dismissPending()
{
    if (!m_pendingRestore.isNull())
        m_summary->setText(std::exchange(m_pendingRestore, QString()));
}

void OverviewPage::updateCards()
{
    for (MetricCard *card : std::as_const(m_cards)) {
        const int row = m_cardModel->rowOf(card->metric());
        if (row < 0)
            card->setSummary(m_cardModel->percentile(), MetricSummary{});
        else
            card->setSummary(m_cardModel->percentile(), m_cardModel->summary(row));
    }
}

} // namespace rumscope
