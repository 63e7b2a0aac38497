// The Overview shows the same numbers as rumscope-cli query on the same store, follows the
// filter bar, and survives a file that is not a store.

#include "dashboardcontroller.h"
#include "devicevitalsmodel.h"
#include "devicevitalspanel.h"
#include "displayformat.h"
#include "filterstate.h"
#include "mainwindow.h"
#include "messagestrip.h"
#include "metriccard.h"
#include "metriccardmodel.h"
#include "overviewpage.h"
#include "overviewsparklinemodel.h"
#include "overviewtile.h"
#include "overviewtotalsmodel.h"
#include "periodchange.h"
#include "storestatuswidget.h"
#include "teststore.h"
#include "trendchartview.h"
#include "trendmodel.h"
#include "vitalsparkline.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace rumscope;

namespace {
constexpr int kTimeoutMs = 120000;
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kSessions = 3000;
} // namespace

class TestOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cardsMatchCli_data();
    void cardsMatchCli();
    void trendMatchesCli();
    void statusBarShowsStore();
    void percentileChangeUpdatesCards();
    void timeRangeFollowsData();
    void sparklineGeometry();
    void periodChangeReads();
    void noDataBeforeTheWholeSpan();
    void changesMatchCli();
    void tilesMatchCli();
    void sparklinesMatchCli();
    void devicesMatchCli();
    void deviceWithoutSamplesIsNotJudged();
    void cardsAndTilesByKeyboard();
    void deviceRowFilters();
    void notAStoreKeepsWindow();
    void droppedFileIsOpened();
    void importAddsRecords();
    void cleanupTestCase();

private:
    QJsonObject cli(const QStringList &arguments);
    void waitForNewOverview(int before);
    void setCombo(const char *name, const QVariant &data);
    void compareCard(Metric metric, const QJsonObject &total);
    MetricCard *card(Metric metric) const;
    OverviewTile *tile(const char *name) const;
    void showTimeRange(FilterState::TimeRange range);
    /// rumscope-cli query's JSON for the metric over [from, to), with extra arguments.
    QJsonObject query(Metric metric, qint64 from, qint64 to, const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestOverview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep recent stores out of the user's settings
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("overview.rumscope"));
    const QString error = test::writeGeneratedStore(m_store, test::monthOfTraffic(kSessions, 7));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = test::shownWindow();
    // Every model of the GUI, watched through every reset that follows.
    const OverviewPage *page = m_window->overviewPage();
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(page->cardModel()),
                                      static_cast<QAbstractItemModel *>(page->trendModel()),
                                      static_cast<QAbstractItemModel *>(page->sparklineModel()),
                                      static_cast<QAbstractItemModel *>(page->totalsModel()),
                                      static_cast<QAbstractItemModel *>(page->deviceVitalsModel())})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));

    // The CLI compares against all page views, so the window shows all time.
    setCombo("timeRangeCombo", QVariant::fromValue(FilterState::TimeRange::AllTime));
    QCOMPARE(m_window->filterState()->timeRange(), FilterState::TimeRange::AllTime);
    const int before = m_window->overviewPage()->resultsShown();
    m_window->openStore(m_store);
    waitForNewOverview(before);
    QCOMPARE(QFileInfo(m_window->storePath()), QFileInfo(m_store));
}

void TestOverview::cleanupTestCase()
{
    m_testers.clear();
    m_window.reset();
}

QJsonObject TestOverview::cli(const QStringList &arguments)
{
    return test::cliJson(arguments);
}

void TestOverview::waitForNewOverview(int before)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->resultsShown() > before, kTimeoutMs);
}

void TestOverview::setCombo(const char *name, const QVariant &data)
{
    auto *combo = m_window->findChild<QComboBox *>(QLatin1StringView(name));
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

MetricCard *TestOverview::card(Metric metric) const
{
    return m_window->findChild<MetricCard *>(
        QStringLiteral("metricCard_%1").arg(QLatin1StringView(metricInfo(metric).id)));
}

OverviewTile *TestOverview::tile(const char *name) const
{
    return m_window->findChild<OverviewTile *>(QLatin1StringView(name));
}

void TestOverview::showTimeRange(FilterState::TimeRange range)
{
    if (m_window->filterState()->timeRange() == range)
        return;
    const int before = m_window->overviewPage()->resultsShown();
    setCombo("timeRangeCombo", QVariant::fromValue(range));
    waitForNewOverview(before);
    // The details come with the overview, from the same batch.
    QCOMPARE(m_window->overviewPage()->detailsShown(), m_window->overviewPage()->resultsShown());
}

QJsonObject TestOverview::query(Metric metric, qint64 from, qint64 to, const QStringList &extra)
{
    return cli(QStringList{QStringLiteral("query"), QStringLiteral("--store"), m_store,
                           QStringLiteral("--metric"), QString::fromLatin1(metricInfo(metric).id),
                           QStringLiteral("--from"), QString::number(from), QStringLiteral("--to"),
                           QString::number(to), QStringLiteral("--json")} +
               extra);
}

void TestOverview::compareCard(Metric metric, const QJsonObject &total)
{
    MetricCard *shown = card(metric);
    QVERIFY(shown);
    const MetricSummary &summary = shown->summary();
    QCOMPARE(summary.pageViews, total.value(u"pageViews").toInteger());
    QCOMPARE(summary.samples, total.value(u"samples").toInteger());
    QVERIFY(summary.samples > 0);
    const double value = total.value(u"value").toDouble();
    QVERIFY2(std::abs(summary.value - value) <= 1e-6 * std::max(1.0, std::abs(value)),
             qPrintable(QStringLiteral("card %1, CLI %2").arg(summary.value).arg(value)));
    QCOMPARE(shown->valueText(), formatMetricValue(metric, value));
    QCOMPARE(summary.good, total.value(u"good").toInteger());
    QCOMPARE(summary.needsImprovement, total.value(u"needsImprovement").toInteger());
    QCOMPARE(summary.poor, total.value(u"poor").toInteger());
    const double samples = double(summary.samples);
    QCOMPARE(shown->shareText(Rating::Good),
             formatShare(double(total.value(u"good").toInteger()) / samples));
    QCOMPARE(shown->shareText(Rating::NeedsImprovement),
             formatShare(double(total.value(u"needsImprovement").toInteger()) / samples));
    QCOMPARE(shown->shareText(Rating::Poor),
             formatShare(double(total.value(u"poor").toInteger()) / samples));
    QCOMPARE(shown->samplesText(), QStringLiteral("%1 samples").arg(formatCount(summary.samples)));

    // The card model says the same as the card.
    const MetricCardModel *model = m_window->overviewPage()->cardModel();
    const int row = model->rowOf(metric);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, MetricCardModel::ValueColumn).data().toString(), shown->valueText());
    QCOMPARE(model->index(row, MetricCardModel::SamplesColumn)
                 .data(MetricCardModel::RawValueRole)
                 .toLongLong(),
             summary.samples);
    QCOMPARE(model->index(row, MetricCardModel::GoodColumn).data().toString(),
             shown->shareText(Rating::Good));
}

void TestOverview::cardsMatchCli_data()
{
    QTest::addColumn<Metric>("metric");
    for (Metric metric : kOverviewMetrics)
        QTest::newRow(metricInfo(metric).id) << metric;
}

void TestOverview::cardsMatchCli()
{
    QFETCH(Metric, metric);
    const QJsonObject json =
        cli({QStringLiteral("query"), QStringLiteral("--store"), m_store,
             QStringLiteral("--metric"), QString::fromLatin1(metricInfo(metric).id),
             QStringLiteral("--percentile"), QStringLiteral("75"), QStringLiteral("--json")});
    QCOMPARE(json.value(u"metric").toString(), QString::fromLatin1(metricInfo(metric).id));
    QCOMPARE(json.value(u"percentile").toDouble(), 0.75);
    QCOMPARE(card(metric)->percentile(), 0.75);
    compareCard(metric, json.value(u"total").toObject());
}

void TestOverview::trendMatchesCli()
{
    const TrendModel *trend = m_window->overviewPage()->trendModel();
    QCOMPARE(trend->metric(), Metric::Lcp);
    QCOMPARE(trend->bucketMs(), 24 * kHourMs); // 30 days: one point per day
    QVERIFY(trend->rowCount() >= 30);
    const QJsonObject json =
        cli({QStringLiteral("query"), QStringLiteral("--store"), m_store,
             QStringLiteral("--metric"), QStringLiteral("lcp"), QStringLiteral("--bucket"),
             QStringLiteral("day"), QStringLiteral("--json")});
    const QJsonArray rows = json.value(u"rows").toArray();
    QVERIFY(!rows.isEmpty());
    QHash<qint64, QJsonObject> byStart;
    for (const QJsonValue &row : rows)
        byStart.insert(row.toObject().value(u"bucketStart").toInteger(), row.toObject());
    qint64 samples = 0;
    for (int row = 0; row < trend->rowCount(); ++row) {
        const MetricSummary &bucket = trend->bucket(row);
        samples += bucket.samples;
        const QJsonObject expected = byStart.value(bucket.bucketStart);
        QCOMPARE(bucket.samples, expected.value(u"samples").toInteger());
        if (bucket.samples > 0)
            QCOMPARE(float(bucket.value), float(expected.value(u"value").toDouble()));
    }
    QCOMPARE(samples, card(Metric::Lcp)->summary().samples);

    auto *chart = m_window->findChild<TrendChartView *>(QStringLiteral("trendChart"));
    QVERIFY(chart);
    QCOMPARE(chart->title(), QStringLiteral("p75 LCP"));
    QVERIFY(!chart->linePoints().isEmpty());
}

void TestOverview::statusBarShowsStore()
{
    const QJsonObject stats = cli(
        {QStringLiteral("stats"), QStringLiteral("--store"), m_store, QStringLiteral("--json")});
    const StoreStatusWidget *status = m_window->storeStatus();
    QCOMPARE(status->storeText(), QStringLiteral("overview.rumscope"));
    QVERIFY2(status->countsText().contains(formatCount(stats.value(u"pageViews").toInteger())),
             qPrintable(status->countsText()));
    QVERIFY2(status->countsText().contains(formatCount(stats.value(u"sessions").toInteger())),
             qPrintable(status->countsText()));
    QVERIFY(!status->spanText().isEmpty());
    QCOMPARE(stats.value(u"sessions").toInteger(), kSessions);
}

void TestOverview::percentileChangeUpdatesCards()
{
    int before = m_window->overviewPage()->resultsShown();
    setCombo("percentileCombo", 0.9);
    QCOMPARE(m_window->filterState()->percentile(), 0.9);
    waitForNewOverview(before);
    for (Metric metric : kOverviewMetrics) {
        QCOMPARE(card(metric)->percentile(), 0.9);
        const QJsonObject json =
            cli({QStringLiteral("query"), QStringLiteral("--store"), m_store,
                 QStringLiteral("--metric"), QString::fromLatin1(metricInfo(metric).id),
                 QStringLiteral("--percentile"), QStringLiteral("90"), QStringLiteral("--json")});
        compareCard(metric, json.value(u"total").toObject());
        if (QTest::currentTestFailed())
            return;
    }
    auto *chart = m_window->findChild<TrendChartView *>(QStringLiteral("trendChart"));
    QCOMPARE(chart->title(), QStringLiteral("p90 LCP"));
    QCOMPARE(m_window->overviewPage()->cardModel()->headerData(MetricCardModel::ValueColumn,
                                                               Qt::Horizontal),
             QVariant(QStringLiteral("p90")));

    before = m_window->overviewPage()->resultsShown();
    setCombo("percentileCombo", 0.75);
    waitForNewOverview(before);
    QCOMPARE(card(Metric::Lcp)->percentile(), 0.75);
}

void TestOverview::timeRangeFollowsData()
{
    // "Last 24 hours" counts back from the newest page view, not from now: this data is old.
    const qint64 last = m_window->dashboard()->engine()->lastTime();
    int before = m_window->overviewPage()->resultsShown();
    setCombo("timeRangeCombo", QVariant::fromValue(FilterState::TimeRange::Last24Hours));
    waitForNewOverview(before);
    const TrendModel *trend = m_window->overviewPage()->trendModel();
    QCOMPARE(trend->bucketMs(), kHourMs);
    QVERIFY(trend->rowCount() >= 24 && trend->rowCount() <= 25);
    const QJsonObject json = cli(
        {QStringLiteral("query"), QStringLiteral("--store"), m_store, QStringLiteral("--metric"),
         QStringLiteral("lcp"), QStringLiteral("--from"), QString::number(last + 1 - 24 * kHourMs),
         QStringLiteral("--to"), QString::number(last + 1), QStringLiteral("--json")});
    compareCard(Metric::Lcp, json.value(u"total").toObject());
    QVERIFY(card(Metric::Lcp)->summary().pageViews < 200 * kSessions / 30);

    before = m_window->overviewPage()->resultsShown();
    setCombo("timeRangeCombo", QVariant::fromValue(FilterState::TimeRange::AllTime));
    waitForNewOverview(before);
}

void TestOverview::sparklineGeometry()
{
    // Gaps break the line; the lowest value sits at the bottom, the highest at the top.
    const QList<double> values{2.0, 4.0, std::nan(""), 3.0, 10.0};
    const VitalSparkline line(values, QRectF(0, 0, 100, 20));
    const QList<QPolygonF> runs = line.segments();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].size(), 2);
    QCOMPARE(runs[1].size(), 2);
    QCOMPARE(line.point(0)->y(), 20.0);
    QCOMPARE(line.point(4)->y(), 0.0);
    QCOMPARE(line.point(4)->x(), 100.0);
    QVERIFY(!line.point(2));
    QCOMPARE(line.bucketAt(-10), 0);
    QCOMPARE(line.bucketAt(49), 2);
    QCOMPARE(line.bucketAt(1000), 4);
    // A vital that barely moves draws a nearly flat line, not a zig-zag across the card.
    const VitalSparkline calm({1000.0, 1010.0}, QRectF(0, 0, 100, 20));
    QVERIFY(std::abs(calm.point(0)->y() - calm.point(1)->y()) < 2.0);
}

void TestOverview::periodChangeReads()
{
    const QPalette palette = QApplication::palette();
    const PeriodChange worse = PeriodChange::between(1120, 1000, ChangeSense::LowerIsBetter);
    QCOMPARE(worse.direction(), ChangeDirection::Up);
    QCOMPARE(worse.improved(), std::optional<bool>(false));
    QVERIFY(formatChange(worse).startsWith(QStringLiteral("▲ ")));
    QCOMPARE(formatChangeAgainst(worse, previousPeriodName(7 * 24 * kHourMs)),
             formatChange(worse) + QStringLiteral(" vs previous 7 days"));
    QCOMPARE(changeColor(worse, palette), ratingTextColor(Rating::Poor, palette));
    const PeriodChange better = PeriodChange::between(900, 1000, ChangeSense::LowerIsBetter);
    QVERIFY(formatChange(better).startsWith(QStringLiteral("▼ ")));
    QCOMPARE(changeColor(better, palette), ratingTextColor(Rating::Good, palette));
    // More traffic is neither good nor bad news.
    const PeriodChange traffic = PeriodChange::between(1200, 1000, ChangeSense::Neutral);
    QCOMPARE(traffic.improved(), std::nullopt);
    QVERIFY(changeColor(traffic, palette) != ratingTextColor(Rating::Poor, palette));
    const PeriodChange none =
        PeriodChange::between(1000, PeriodChange::kNone, ChangeSense::LowerIsBetter);
    QCOMPARE(formatChangeAgainst(none, previousPeriodName(kHourMs)),
             QStringLiteral("no data before"));
    QCOMPARE(previousPeriodName(24 * kHourMs), QStringLiteral("previous 24 hours"));
    QCOMPARE(previousPeriodName(30 * 24 * kHourMs), QStringLiteral("previous 30 days"));
}

void TestOverview::noDataBeforeTheWholeSpan()
{
    // The store spans 30 days: "Last 30 days" has nothing before it to compare with.
    showTimeRange(FilterState::TimeRange::Last30Days);
    const Filter filter = m_window->dashboard()->overviewQuery().filter;
    const qint64 length = filter.to - filter.from;
    const QJsonObject before = query(Metric::Lcp, filter.from - length, filter.from);
    QCOMPARE(before.value(u"total").toObject().value(u"pageViews").toInteger(), 0);
    for (Metric metric : kOverviewMetrics)
        QCOMPARE(card(metric)->changeText(), QStringLiteral("no data before"));
    for (const char *name : {"pageViewsTile", "sessionsTile", "errorRateTile"})
        QCOMPARE(tile(name)->changeText(), QStringLiteral("no data before"));
    const OverviewTotalsModel *totals = m_window->overviewPage()->totalsModel();
    QVERIFY(!totals->index(OverviewTotalsModel::PageViewsRow, OverviewTotalsModel::ChangeColumn)
                 .data(OverviewTotalsModel::RawValueRole)
                 .isValid());
}

void TestOverview::changesMatchCli()
{
    showTimeRange(FilterState::TimeRange::Last7Days);
    const Filter filter = m_window->dashboard()->overviewQuery().filter;
    const qint64 length = filter.to - filter.from;
    QCOMPARE(length, 7 * 24 * kHourMs);
    const MetricCardModel *model = m_window->overviewPage()->cardModel();
    for (Metric metric : kOverviewMetrics) {
        const QJsonObject now = query(metric, filter.from, filter.to).value(u"total").toObject();
        const QJsonObject before =
            query(metric, filter.from - length, filter.from).value(u"total").toObject();
        QVERIFY(before.value(u"samples").toInteger() > 0);
        compareCard(metric, now);
        const int row = model->rowOf(metric);
        const double nowValue = now.value(u"value").toDouble();
        const double beforeValue = before.value(u"value").toDouble();
        QCOMPARE(model->previous(row).samples, before.value(u"samples").toInteger());
        QCOMPARE(float(model->previous(row).value), float(beforeValue));
        const double relative = (nowValue - beforeValue) / beforeValue;
        const QVariant shown =
            model->index(row, MetricCardModel::ChangeColumn).data(MetricCardModel::RawValueRole);
        QVERIFY(shown.isValid());
        QVERIFY2(std::abs(shown.toDouble() - relative) < 1e-6,
                 qPrintable(QStringLiteral("%1: shown %2, CLI %3")
                                .arg(QLatin1StringView(metricInfo(metric).id))
                                .arg(shown.toDouble())
                                .arg(relative)));
        // What the card says, from the CLI's figures.
        const PeriodChange expected =
            PeriodChange::between(nowValue, beforeValue, ChangeSense::LowerIsBetter);
        QCOMPARE(card(metric)->changeText(),
                 formatChangeAgainst(expected, QStringLiteral("previous 7 days")));
        // Lower is better for every vital: a rise reads in the poor colour.
        const QColor colour = model->index(row, MetricCardModel::ChangeColumn)
                                  .data(Qt::ForegroundRole)
                                  .value<QColor>();
        const QPalette palette = QApplication::palette();
        if (expected.direction() == ChangeDirection::Up)
            QCOMPARE(colour, ratingTextColor(Rating::Poor, palette));
        else if (expected.direction() == ChangeDirection::Down)
            QCOMPARE(colour, ratingTextColor(Rating::Good, palette));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestOverview::tilesMatchCli()
{
    showTimeRange(FilterState::TimeRange::Last7Days);
    const Filter filter = m_window->dashboard()->overviewQuery().filter;
    const qint64 length = filter.to - filter.from;
    const auto counts = [&](qint64 from, qint64 to) {
        OverviewTotals totals;
        totals.pageViews =
            query(Metric::Lcp, from, to).value(u"total").toObject().value(u"pageViews").toInteger();
        totals.pageViewsWithErrors =
            query(Metric::Lcp, from, to, {QStringLiteral("--has-error"), QStringLiteral("yes")})
                .value(u"total")
                .toObject()
                .value(u"pageViews")
                .toInteger();
        totals.sessions =
            cli({QStringLiteral("sessions"), QStringLiteral("--store"), m_store,
                 QStringLiteral("--from"), QString::number(from), QStringLiteral("--to"),
                 QString::number(to), QStringLiteral("--limit"), QStringLiteral("0"),
                 QStringLiteral("--json")})
                .value(u"rows")
                .toArray()
                .size();
        return totals;
    };
    const OverviewTotals now = counts(filter.from, filter.to);
    const OverviewTotals before = counts(filter.from - length, filter.from);
    QVERIFY(now.pageViews > 0 && before.pageViews > 0);
    QVERIFY(now.pageViewsWithErrors > 0);

    const OverviewTotalsModel *model = m_window->overviewPage()->totalsModel();
    QCOMPARE(model->current().pageViews, now.pageViews);
    QCOMPARE(model->current().sessions, now.sessions);
    QCOMPARE(model->current().pageViewsWithErrors, now.pageViewsWithErrors);
    QCOMPARE(model->previous().pageViews, before.pageViews);
    QCOMPARE(model->previous().sessions, before.sessions);
    QCOMPARE(model->previous().pageViewsWithErrors, before.pageViewsWithErrors);

    QCOMPARE(tile("pageViewsTile")->valueText(), formatCount(now.pageViews));
    QCOMPARE(tile("sessionsTile")->valueText(), formatCount(now.sessions));
    QCOMPARE(tile("errorRateTile")->valueText(),
             formatShare(double(now.pageViewsWithErrors) / double(now.pageViews)));
    const QString period = QStringLiteral("previous 7 days");
    QCOMPARE(
        tile("pageViewsTile")->changeText(),
        formatChangeAgainst(PeriodChange::between(double(now.pageViews), double(before.pageViews),
                                                  ChangeSense::Neutral),
                            period));
    QCOMPARE(
        tile("sessionsTile")->changeText(),
        formatChangeAgainst(PeriodChange::between(double(now.sessions), double(before.sessions),
                                                  ChangeSense::Neutral),
                            period));
    const PeriodChange errors = PeriodChange::between(
        double(now.pageViewsWithErrors) / double(now.pageViews),
        double(before.pageViewsWithErrors) / double(before.pageViews), ChangeSense::LowerIsBetter);
    QCOMPARE(tile("errorRateTile")->changeText(), formatChangeAgainst(errors, period));
    QVERIFY(tile("errorRateTile")->detailText().contains(formatCount(now.pageViewsWithErrors)));
    QVERIFY(!tile("errorRateTile")->toolTip().isEmpty());
}

void TestOverview::sparklinesMatchCli()
{
    showTimeRange(FilterState::TimeRange::Last7Days);
    const Filter filter = m_window->dashboard()->overviewQuery().filter;
    const OverviewSparklineModel *model = m_window->overviewPage()->sparklineModel();
    QCOMPARE(model->bucketMs(), kHourMs); // seven days: one point per hour
    QVERIFY(model->rowCount() >= 7 * 24);
    for (Metric metric : kOverviewMetrics) {
        const QJsonArray rows = query(metric, filter.from, filter.to,
                                      {QStringLiteral("--bucket"), QStringLiteral("hour")})
                                    .value(u"rows")
                                    .toArray();
        QVERIFY(!rows.isEmpty());
        QHash<qint64, QJsonObject> byStart;
        for (const QJsonValue &row : rows)
            byStart.insert(row.toObject().value(u"bucketStart").toInteger(), row.toObject());
        const int column = OverviewSparklineModel::columnOf(metric);
        const QList<double> series = model->series(metric);
        QCOMPARE(series.size(), qsizetype(model->rowCount()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 start = model->index(row, OverviewSparklineModel::TimeColumn)
                                     .data(OverviewSparklineModel::RawValueRole)
                                     .toLongLong();
            const QJsonObject expected = byStart.value(start);
            const qint64 samples =
                model->index(row, column).data(OverviewSparklineModel::SamplesRole).toLongLong();
            QCOMPARE(samples, expected.value(u"samples").toInteger());
            if (samples > 0)
                QCOMPARE(float(series[row]), float(expected.value(u"value").toDouble()));
            else
                QVERIFY(std::isnan(series[row]));
        }
        // The card draws the same points.
        const QList<MetricSummary> &drawn = card(metric)->sparkline();
        QCOMPARE(drawn.size(), series.size());
        QCOMPARE(drawn.back().bucketStart, model->bucketStart(model->rowCount() - 1));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestOverview::devicesMatchCli()
{
    showTimeRange(FilterState::TimeRange::Last7Days);
    const Filter filter = m_window->dashboard()->overviewQuery().filter;
    // Each vital by device type, as the CLI gives it.
    QHash<QString, QHash<Metric, QJsonObject>> byDevice;
    for (Metric metric : kCoreWebVitals) {
        const QJsonArray rows = query(metric, filter.from, filter.to,
                                      {QStringLiteral("--by"), QStringLiteral("device")})
                                    .value(u"rows")
                                    .toArray();
        for (const QJsonValue &row : rows)
            byDevice[row.toObject().value(u"group").toString()][metric] = row.toObject();
    }
    const DeviceVitalsModel *model = m_window->overviewPage()->deviceVitalsModel();
    QCOMPARE(model->rowCount(), int(byDevice.size()));
    QVERIFY(model->rowCount() >= 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString device = model->deviceType(row);
        QVERIFY2(byDevice.contains(device), qPrintable(device));
        bool allGood = true;
        bool allKnown = true;
        for (Metric metric : kCoreWebVitals) {
            const QJsonObject expected = byDevice[device].value(metric);
            const qint64 samples = expected.value(u"samples").toInteger();
            QCOMPARE(model->vital(row, metric).samples, samples);
            if (samples == 0) {
                allKnown = false;
                continue;
            }
            const double value = expected.value(u"value").toDouble();
            QCOMPARE(model->vitalText(row, metric), formatMetricValue(metric, value));
            // The thresholds of core/model/metric.h: good up to goodUpTo.
            allGood = allGood && value <= metricInfo(metric).goodUpTo;
        }
        const VitalsVerdict expected = !allKnown ? VitalsVerdict::NotEnoughData
                                       : allGood ? VitalsVerdict::Passes
                                                 : VitalsVerdict::Fails;
        QCOMPARE(model->verdict(row), expected);
        QCOMPARE(model->index(row, DeviceVitalsModel::VerdictColumn).data().toString(),
                 DeviceVitalsModel::verdictName(expected));
    }

    // At p99 most devices fail: the verdict follows the chosen percentile.
    const int before = m_window->overviewPage()->resultsShown();
    setCombo("percentileCombo", 0.99);
    waitForNewOverview(before);
    QCOMPARE(model->percentile(), 0.99);
    int failing = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        bool allGood = true;
        for (Metric metric : kCoreWebVitals) {
            const QJsonArray rows = query(metric, filter.from, filter.to,
                                          {QStringLiteral("--by"), QStringLiteral("device"),
                                           QStringLiteral("--percentile"), QStringLiteral("99"),
                                           QStringLiteral("--filter"),
                                           QStringLiteral("device=%1").arg(model->deviceType(row))})
                                        .value(u"rows")
                                        .toArray();
            QCOMPARE(rows.size(), 1);
            allGood = allGood &&
                      rows[0].toObject().value(u"value").toDouble() <= metricInfo(metric).goodUpTo;
        }
        QCOMPARE(model->verdict(row), allGood ? VitalsVerdict::Passes : VitalsVerdict::Fails);
        failing += allGood ? 0 : 1;
    }
    QVERIFY(failing > 0); // else this would not show that a failing device type reads so
    const int reset = m_window->overviewPage()->resultsShown();
    setCombo("percentileCombo", 0.75);
    waitForNewOverview(reset);
}

void TestOverview::deviceWithoutSamplesIsNotJudged()
{
    // A device type whose page views reported no INP: CrUX would not assess it, nor do we.
    DeviceVitalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<MetricQueryResult> results(kCoreWebVitals.size());
    for (size_t i = 0; i < kCoreWebVitals.size(); ++i) {
        const MetricInfo &info = metricInfo(kCoreWebVitals[i]);
        MetricSummary good;
        good.group = QStringLiteral("desktop");
        good.pageViews = 10;
        good.samples = 10;
        good.value = info.goodUpTo;
        results[i].rows << good;
        if (kCoreWebVitals[i] == Metric::Inp)
            continue; // no INP from the TV
        MetricSummary tv = good;
        tv.group = QStringLiteral("tv");
        tv.value = kCoreWebVitals[i] == Metric::Lcp ? info.poorAbove + 1 : info.goodUpTo;
        results[i].rows << tv;
    }
    model.setResult(0.75, results);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.deviceType(0), QStringLiteral("desktop"));
    QCOMPARE(model.verdict(0), VitalsVerdict::Passes); // good includes the threshold itself
    QCOMPARE(model.deviceType(1), QStringLiteral("tv"));
    QCOMPARE(model.verdict(1), VitalsVerdict::NotEnoughData);
    QCOMPARE(model.vitalText(1, Metric::Inp), QStringLiteral("–"));
    QCOMPARE(model.index(1, DeviceVitalsModel::VerdictColumn).data().toString(),
             QStringLiteral("Not enough data"));
}

void TestOverview::cardsAndTilesByKeyboard()
{
    showTimeRange(FilterState::TimeRange::Last7Days);
    // Every card and tile takes focus from the keyboard and copies its figure.
    QList<QWidget *> figures;
    for (Metric metric : kOverviewMetrics)
        figures << card(metric);
    for (const char *name : {"pageViewsTile", "sessionsTile", "errorRateTile"})
        figures << tile(name);
    figures << m_window->overviewPage()->deviceVitalsPanel();
    for (QWidget *figure : std::as_const(figures)) {
        QVERIFY(figure);
        QVERIFY2(figure->focusPolicy() & Qt::TabFocus, qPrintable(figure->objectName()));
        QVERIFY2(!figure->toolTip().isEmpty() || qobject_cast<DeviceVitalsPanel *>(figure),
                 qPrintable(figure->objectName()));
    }
    MetricCard *lcp = card(Metric::Lcp);
    QVERIFY(lcp->toolTip().contains(lcp->samplesText()));
    QVERIFY(lcp->toolTip().contains(QStringLiteral("previous 7 days")));
    auto *copy = lcp->findChild<QAction *>(QStringLiteral("copyValue"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), lcp->valueText());
    QCOMPARE(lcp->valueText(), formatMetricValue(Metric::Lcp, lcp->summary().value));
}

void TestOverview::deviceRowFilters()
{
    DeviceVitalsPanel *panel = m_window->overviewPage()->deviceVitalsPanel();
    const DeviceVitalsModel *model = m_window->overviewPage()->deviceVitalsModel();
    QVERIFY(model->rowCount() > 0);
    m_window->showPage(DashboardPage::Overview);
    panel->setFocus();
    QTest::keyClick(panel, Qt::Key_Down);
    QCOMPARE(panel->currentRow(), 0);
    const QString device = model->deviceType(0);
    const int before = m_window->overviewPage()->resultsShown();
    QTest::keyClick(panel, Qt::Key_Return);
    const QList<DimensionFilter> &conditions = m_window->filterState()->conditions();
    QCOMPARE(conditions.size(), 1);
    QCOMPARE(conditions.front().dimension, Dimension::DeviceType);
    QCOMPARE(conditions.front().values, QStringList{device});
    waitForNewOverview(before);
    // Filtered to one device type, the block has that one row.
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->deviceType(0), device);
    const int filtered = m_window->overviewPage()->resultsShown();
    m_window->filterState()->goBack();
    QVERIFY(m_window->filterState()->conditions().isEmpty());
    waitForNewOverview(filtered);
    showTimeRange(FilterState::TimeRange::AllTime);
}

void TestOverview::notAStoreKeepsWindow()
{
    const QString bogus = m_dir.filePath(QStringLiteral("notes.rumscope"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a SQLite database. Certainly not a rumscope store.\n");
    file.close();
    const qint64 shownPageViews = card(Metric::Lcp)->summary().pageViews;

    m_window->openStore(bogus);
    const MessageStrip *strip = m_window->messageStrip();
    QTRY_VERIFY_WITH_TIMEOUT(!strip->isHidden(), kTimeoutMs);
    QCOMPARE(strip->level(), MessageStrip::Level::Error);
    QVERIFY2(strip->text().contains(QStringLiteral("notes.rumscope")), qPrintable(strip->text()));
    QVERIFY2(strip->text().contains(QStringLiteral("SQLite")), qPrintable(strip->text()));

    // The store shown before is still open and shown.
    QCOMPARE(QFileInfo(m_window->storePath()), QFileInfo(m_store));
    QCOMPARE(m_window->storeStatus()->storeText(), QStringLiteral("overview.rumscope"));
    QCOMPARE(card(Metric::Lcp)->summary().pageViews, shownPageViews);
    QVERIFY(m_window->isVisible());

    // The file was left as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("These are my notes"));
}

void TestOverview::droppedFileIsOpened()
{
    // A dropped store file is opened: this one is not a store, so the strip says so again.
    const QString bogus = m_dir.filePath(QStringLiteral("dropped.sqlite"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("plain text");
    file.close();
    MessageStrip *strip = m_window->messageStrip();
    strip->dismiss();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(bogus)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY_WITH_TIMEOUT(!strip->isHidden(), kTimeoutMs);
    QVERIFY2(strip->text().contains(QStringLiteral("dropped.sqlite")), qPrintable(strip->text()));
    QCOMPARE(QFileInfo(m_window->storePath()), QFileInfo(m_store));

    // Files of other kinds are not accepted at all.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("picture.png")))});
    QDragEnterEvent refused(QPoint(100, 100), Qt::CopyAction, &other, Qt::LeftButton,
                            Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestOverview::importAddsRecords()
{
    const QString beacons = m_dir.filePath(QStringLiteral("more.ndjson"));
    cli({QStringLiteral("generate"), QStringLiteral("--sessions"), QStringLiteral("40"),
         QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--end"),
         QStringLiteral("2025-03-02T00:00:00Z"), QStringLiteral("--days"), QStringLiteral("1"),
         QStringLiteral("-o"), beacons, QStringLiteral("--json")});
    QVERIFY(QFileInfo::exists(beacons));
    QFile file(beacons);
    QVERIFY(file.open(QIODevice::Append));
    file.write("this line is not JSON\n");
    file.close();

    const qint64 before = card(Metric::Lcp)->summary().pageViews;
    const int shown = m_window->overviewPage()->resultsShown();
    m_window->messageStrip()->dismiss();
    m_window->importFiles({beacons});
    const MessageStrip *strip = m_window->messageStrip();
    QTRY_VERIFY_WITH_TIMEOUT(!strip->isHidden(), kTimeoutMs);
    QCOMPARE(strip->level(), MessageStrip::Level::Warning); // one quarantined line
    QVERIFY2(strip->text().contains(QStringLiteral("more.ndjson line")), qPrintable(strip->text()));

    // The engine is reloaded and the Overview shows the new page views.
    waitForNewOverview(shown);
    QTRY_VERIFY_WITH_TIMEOUT(card(Metric::Lcp)->summary().pageViews > before, kTimeoutMs);
    const QJsonObject stats = cli(
        {QStringLiteral("stats"), QStringLiteral("--store"), m_store, QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->storeStatus()->countsText().contains(
                                 formatCount(stats.value(u"pageViews").toInteger())),
                             kTimeoutMs);
}

int main(int argc, char *argv[])
{
    // A GUI test that runs anywhere: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("rumscope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_overview"));
    TestOverview test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_overview.moc"
