// The GUI's background jobs and its filter state, without a window: the demo store builder
// (finishes, cancels cleanly), the store loader (errors as values, cancel), FilterState's time
// ranges, the dashboard controller's latest-request-wins and the engine follower.

#include "dashboardcontroller.h"
#include "demostorebuilder.h"
#include "enginefollower.h"
#include "filterstate.h"
#include "mainwindow.h"
#include "store/storewriter.h"
#include "storeloader.h"
#include "teststore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rumscope;

namespace {
constexpr int kTimeoutMs = 120000;
constexpr qint64 kHourMs = 3600 * 1000LL;
const qint64 kEnd = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

GeneratorOptions smallTraffic(qint64 sessions)
{
    GeneratorOptions options;
    options.sessions = sessions;
    options.seed = 3;
    options.days = 30;
    options.endTime = kEnd;
    return options;
}
} // namespace

class TestJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filterStateRanges();
    void demoStoreIsBuilt();
    void demoStoreCancelLeavesNothing();
    void closingWindowStopsDemoBuild();
    void loaderReportsMissingFile();
    void loaderLoadsStore();
    void latestRequestWins();
    void followerCatchesUpWithWriter();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestJobs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("jobs.rumscope"));
    const QString error = test::writeGeneratedStore(m_store, smallTraffic(1500));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestJobs::filterStateRanges()
{
    FilterState state;
    QSignalSpy changed(&state, &FilterState::changed);
    QCOMPARE(state.percentile(), 0.75);
    const qint64 first = kEnd - 30 * 24 * kHourMs;
    const qint64 last = kEnd - 1;

    state.setTimeRange(FilterState::TimeRange::Last24Hours);
    Filter filter = state.filter(first, last);
    QCOMPARE(filter.to, last + 1);
    QCOMPARE(filter.from, last + 1 - 24 * kHourMs);
    state.setTimeRange(FilterState::TimeRange::Last7Days);
    QCOMPARE(state.filter(first, last).from, last + 1 - 7 * 24 * kHourMs);
    state.setTimeRange(FilterState::TimeRange::AllTime);
    QCOMPARE(state.filter(first, last).from, first);
    // A range longer than the data starts at the data.
    state.setTimeRange(FilterState::TimeRange::Last30Days);
    QCOMPARE(state.filter(last - kHourMs, last).from, last - kHourMs);
    // No data: no range at all.
    QVERIFY(!state.filter(0, 0).hasTimeRange());
    QCOMPARE(changed.count(), 4);

    state.setTimeRange(FilterState::TimeRange::Last30Days); // unchanged: no signal
    state.setPercentile(0.9);
    state.setPercentile(0.9);
    state.setPercentile(1.5); // out of range: ignored
    QCOMPARE(state.percentile(), 0.9);
    QCOMPARE(changed.count(), 5);
}

void TestJobs::demoStoreIsBuilt()
{
    const QString path = m_dir.filePath(QStringLiteral("demo/built.rumscope"));
    DemoStoreBuilder builder;
    QSignalSpy finished(&builder, &DemoStoreBuilder::finished);
    QSignalSpy progress(&builder, &DemoStoreBuilder::progress);
    QVERIFY(builder.build(path, smallTraffic(800)));
    QVERIFY(builder.isBusy());
    QVERIFY(!builder.build(path, smallTraffic(800))); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.first().first().toString(), path);
    QVERIFY(!builder.isBusy());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 800);
    Result<Store> store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    QCOMPARE(store->stats().value().sessions, 800);
}

void TestJobs::demoStoreCancelLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("demo/cancelled.rumscope"));
    DemoStoreBuilder builder;
    QSignalSpy cancelled(&builder, &DemoStoreBuilder::cancelled);
    QSignalSpy finished(&builder, &DemoStoreBuilder::finished);
    QVERIFY(builder.build(path, smallTraffic(2000000)));
    QTest::qWait(200);
    builder.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, kTimeoutMs);
    QCOMPARE(finished.count(), 0);
    const QStringList left =
        QDir(m_dir.filePath(QStringLiteral("demo"))).entryList({QStringLiteral("cancelled*")});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

void TestJobs::closingWindowStopsDemoBuild()
{
    // Closing the window while the (full-size) demo store is generated neither hangs nor
    // leaves a half-made store behind.
    const QString path = m_dir.filePath(QStringLiteral("closing/demo.rumscope"));
    auto window = std::make_unique<MainWindow>();
    window->buildDemoStore(path);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path + QStringLiteral(".part")), kTimeoutMs);
    QElapsedTimer timer;
    timer.start();
    window.reset();
    QVERIFY2(timer.elapsed() < 10000, "stopping the demo build took too long");
    const QStringList left = QDir(m_dir.filePath(QStringLiteral("closing"))).entryList(QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

void TestJobs::loaderReportsMissingFile()
{
    StoreLoader loader;
    QSignalSpy failed(&loader, &StoreLoader::failed);
    const QString missing = m_dir.filePath(QStringLiteral("missing.rumscope"));
    loader.load(missing);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("missing.rumscope")));
    QVERIFY(!QFileInfo::exists(missing)); // opening never creates
}

void TestJobs::loaderLoadsStore()
{
    StoreLoader loader;
    QSignalSpy loaded(&loader, &StoreLoader::loaded);
    QSignalSpy cancelled(&loader, &StoreLoader::cancelled);
    // A load superseded by another one reports nothing; the second one wins.
    loader.load(m_store);
    loader.load(m_store);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeoutMs);
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(cancelled.count(), 0);
    const auto store = loaded.first().first().value<LoadedStore>();
    QVERIFY(store.engine);
    QCOMPARE(store.stats.sessions, 1500);
    QCOMPARE(store.engine->pageViews(), store.stats.pageViews);
    QVERIFY(!loader.isBusy());
}

void TestJobs::latestRequestWins()
{
    StoreLoader loader;
    QSignalSpy loaded(&loader, &StoreLoader::loaded);
    loader.load(m_store);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeoutMs);

    FilterState state;
    DashboardController dashboard(&state);
    QList<double> answered;
    connect(&dashboard, &DashboardController::overviewReady, this,
            [&answered](const OverviewQuery &query, const OverviewResult &) {
                answered.append(query.percentile);
            });
    dashboard.setEngine(loaded.first().first().value<LoadedStore>().engine);
    // Changes while a query runs: only the newest state is ever shown.
    state.setPercentile(0.5);
    state.setPercentile(0.9);
    state.setPercentile(0.99);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isBusy() && !answered.isEmpty(), kTimeoutMs);
    QTest::qWait(100);
    QCOMPARE(answered.last(), 0.99);
    QVERIFY2(answered.size() <= 2, "stale results must not reach the views");

    // No engine: views are told to clear, and late answers for the old engine are dropped.
    QSignalSpy cleared(&dashboard, &DashboardController::cleared);
    state.setPercentile(0.5);
    dashboard.setEngine(nullptr);
    QCOMPARE(cleared.count(), 1);
    const qsizetype before = answered.size();
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isBusy(), kTimeoutMs);
    QTest::qWait(100);
    QCOMPARE(answered.size(), before);
}

void TestJobs::followerCatchesUpWithWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("follow.rumscope"));
    QVERIFY(test::writeGeneratedStore(path, smallTraffic(30)).isEmpty());
    Result<LocalEngine> loaded = LocalEngine::load(path);
    QVERIFY(loaded.ok());
    auto engine = std::make_shared<const LocalEngine>(std::move(loaded).value());
    const qint64 before = engine->pageViews();
    EngineFollower follower;
    follower.setInterval(50);
    follower.setEngine(engine);
    QSignalSpy refreshed(&follower, &EngineFollower::refreshed);

    // Nothing committed: a poke changes nothing and says nothing.
    follower.poke();
    QTest::qWait(300);
    QCOMPARE(refreshed.count(), 0);

    auto writer = StoreWriter::open(path);
    QVERIFY(writer.ok());
    WriteBatch batch;
    for (int i = 0; i < 25; ++i) {
        PageView view;
        view.time = kEnd + i;
        view.sessionId = QStringLiteral("followed");
        view.viewId = QStringLiteral("followed-%1").arg(i);
        view.lcp = 1000 + i;
        batch.records.emplace_back(view);
    }
    QVERIFY(writer.value()->submit(std::move(batch)));
    writer.value()->flush();
    // Many pokes while a writer commits: one catch-up within the interval.
    for (int i = 0; i < 10; ++i)
        follower.poke();
    QVERIFY(refreshed.wait(kTimeoutMs));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(refreshed.first().first().toLongLong(), 25);
    QCOMPARE(engine->pageViews(), before + 25);
    QCOMPARE(engine->lastTime(), kEnd + 24);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestJobs test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_jobs.moc"
