#include "overviewpage.h"

#include "dashboardcontroller.h"
#include "devicevitalsmodel.h"
#include "devicevitalspanel.h"
#include "displayformat.h"
#include "metriccard.h"
#include "metriccardmodel.h"
#include "overviewsparklinemodel.h"
#include "overviewtile.h"
#include "overviewtotalsmodel.h"
#include "trendchartview.h"
#include "trendmodel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rumscope {
namespace {
constexpr int kSpacing = 12;
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_cardModel(new MetricCardModel(this))
    , m_trendModel(new TrendModel(this))
    , m_sparklineModel(new OverviewSparklineModel(this))
    , m_totalsModel(new OverviewTotalsModel(this))
    , m_deviceModel(new DeviceVitalsModel(this))
    , m_summary(new QLabel(this))
    , m_devices(new DeviceVitalsPanel(this))
    , m_trend(new TrendChartView(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_cardModel->setObjectName(QStringLiteral("metricCardModel"));
    m_trendModel->setObjectName(QStringLiteral("trendModel"));
    m_sparklineModel->setObjectName(QStringLiteral("sparklineModel"));
    m_totalsModel->setObjectName(QStringLiteral("totalsModel"));
    m_deviceModel->setObjectName(QStringLiteral("deviceVitalsModel"));
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Five equal columns: the tiles and the device block above line up with the cards.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(kSpacing);
    grid->setVerticalSpacing(kSpacing);
    const QStringList tileIds{QStringLiteral("pageViewsTile"), QStringLiteral("sessionsTile"),
                              QStringLiteral("errorRateTile")};
    for (int row = 0; row < OverviewTotalsModel::RowCount; ++row) {
        auto *tile = new OverviewTile(OverviewTotalsModel::name(row), this);
        tile->setObjectName(tileIds.at(row));
        grid->addWidget(tile, 0, row);
        m_tiles.append(tile);
    }
    grid->addWidget(m_devices, 0, 3, 1, 2);
    int column = 0;
    for (Metric metric : kOverviewMetrics) {
        auto *card = new MetricCard(metric, this);
        grid->addWidget(card, 1, column++);
        m_cards.append(card);
    }
    for (int c = 0; c < column; ++c)
        grid->setColumnStretch(c, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addLayout(grid);
    layout->addWidget(m_trend, 1);

    m_trend->setModel(m_trendModel);
    m_devices->setModel(m_deviceModel);
    connect(m_devices, &DeviceVitalsPanel::filterRequested, this, &OverviewPage::filterRequested);
    connect(m_cardModel, &QAbstractItemModel::modelReset, this, &OverviewPage::updateCards);
    connect(m_cardModel, &QAbstractItemModel::dataChanged, this, &OverviewPage::updateCards);
    connect(m_sparklineModel, &QAbstractItemModel::modelReset, this, &OverviewPage::updateCards);
    connect(m_totalsModel, &QAbstractItemModel::modelReset, this, &OverviewPage::updateTiles);
    clear();
}

void OverviewPage::showOverview(const OverviewQuery &query, const OverviewResult &result)
{
    m_query = query;
    m_result = result;
    // The details of this overview follow; until then nothing of the last one's stays.
    m_sparklineModel->clear();
    m_totalsModel->clear();
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

void OverviewPage::showDetails(const OverviewDetails &details)
{
    // Always right after its overview; anything else answers a question no longer shown.
    if (details.filter != m_query.filter || details.percentile != m_query.percentile)
        return;
    ComparedPeriods periods;
    if (details.filter.hasTimeRange()) {
        periods.from = details.filter.from;
        periods.to = details.filter.to;
        periods.previousFrom = details.previousFilter.from;
        periods.previousTo = details.previousFilter.to;
    }
    m_sparklineModel->setSparklines(details.percentile, details.bucketMs, details.sparklines);
    m_cardModel->setPrevious(details.previous.metrics, details.previous.cards, periods);
    m_deviceModel->setResult(details.percentile, details.vitalsByDevice);
    OverviewTotals current;
    current.pageViews = m_result.pageViews;
    current.sessions = m_result.sessions;
    current.pageViewsWithErrors = details.pageViewsWithErrors;
    OverviewTotals previous;
    previous.pageViews = details.previous.pageViews;
    previous.sessions = details.previous.sessions;
    previous.pageViewsWithErrors = details.previousPageViewsWithErrors;
    m_totalsModel->setTotals(current, previous, periods);
    // The tiles show the counts now; the line above says which periods they compare.
    if (periods.isValid() && previous.pageViews > 0)
        m_summary->setText(
            tr("%1 · compared with the %2: %3")
                .arg(periods.currentText(), periods.previousName(), periods.previousText()));
    else if (periods.isValid())
        m_summary->setText(tr("%1 · no page views in the %2 to compare with")
                               .arg(periods.currentText(), periods.previousName()));
    ++m_detailsShown;
}

void OverviewPage::clear()
{
    m_query = {};
    m_result = {};
    m_cardModel->clear();
    m_trendModel->clear();
    m_sparklineModel->clear();
    m_totalsModel->clear();
    m_deviceModel->clear();
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
        if (row < 0) {
            card->setSummary(m_cardModel->percentile(), MetricSummary{});
            continue;
        }
        card->setSummary(m_cardModel->percentile(), m_cardModel->summary(row));
        if (!m_cardModel->changeText(row).isEmpty())
            card->setComparison(m_cardModel->previous(row), m_cardModel->change(row),
                                m_cardModel->periods());
        QList<MetricSummary> buckets;
        for (int bucket = 0; bucket < m_sparklineModel->rowCount(); ++bucket)
            buckets << m_sparklineModel->bucket(bucket, card->metric());
        card->setSparkline(buckets);
    }
}

void OverviewPage::updateTiles()
{
    for (int row = 0; row < int(m_tiles.size()); ++row) {
        OverviewTile *tile = m_tiles.at(row);
        if (!m_totalsModel->hasTotals()) {
            tile->clear();
            continue;
        }
        const PeriodChange change = m_totalsModel->change(row);
        tile->setFigures(m_totalsModel->valueText(row), m_totalsModel->changeText(row),
                         formatChange(change), change, m_totalsModel->detailText(row),
                         m_totalsModel->toolTip(row));
    }
}

} // namespace rumscope
