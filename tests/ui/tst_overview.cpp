// The Overview shows the same numbers as rumscope-cli query on the same store, follows the
// filter bar, and survives a file that is not a store.

#include "dashboardcontroller.h"
#include "displayformat.h"
#include "filterstate.h"
#include "mainwindow.h"
#include "messagestrip.h"
#include "metriccard.h"
#include "metriccardmodel.h"
#include "overviewpage.h"
#include "storestatuswidget.h"
#include "teststore.h"
#include "trendchartview.h"
#include "trendmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
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
    GeneratorOptions options;
    options.sessions = kSessions;
    options.seed = 7;
    options.days = 30;
    options.endTime = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QString error = test::writeGeneratedStore(m_store, options);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    // Every model of the GUI, watched through every reset that follows.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_window->overviewPage()->cardModel()),
          static_cast<QAbstractItemModel *>(m_window->overviewPage()->trendModel())})
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
