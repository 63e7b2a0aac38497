// Live data in the window: its own collector receives real HTTP beacons into the open store,
// the Live page lists them and counts them, the dashboards follow; "Connect to Collector"
// follows another collector's feed into the open store; a busy port is a clear warning.
#include "collector/collector.h"
#include "embeddedcollector.h"
#include "livecontroller.h"
#include "liveeventmodel.h"
#include "livepage.h"
#include "mainwindow.h"
#include "messagestrip.h"
#include "overviewpage.h"
#include "ratechart.h"
#include "remotefeed.h"
#include "store/store.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace rumscope;

namespace {

constexpr int kTimeoutMs = 30000;

GeneratorOptions smallTraffic()
{
    return test::monthOfTraffic(300, 7);
}

/// Canonical NDJSON for one page view and one error of a session that is happening now.
QByteArray liveBeacons(const QString &session, const QString &path, const QString &message)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString view = session + QStringLiteral("-view");
    return QStringLiteral(
               "{\"type\":\"pageview\",\"time\":%1,\"sessionId\":\"%2\",\"viewId\":\"%3\","
               "\"url\":\"https://live.example.com%4\",\"lcp\":1234}\n"
               "{\"type\":\"error\",\"time\":%5,\"sessionId\":\"%2\",\"viewId\":\"%3\","
               "\"kind\":\"exception\",\"errorType\":\"Error\",\"message\":\"%6\"}\n")
        .arg(now)
        .arg(session, view, path)
        .arg(now + 10)
        .arg(message)
        .toUtf8();
}

int post(QNetworkAccessManager &network, quint16 port, const QByteArray &body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/ingest").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-ndjson"));
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

bool listsSubject(const LiveEventModel &model, const QString &subject)
{
    for (const RecentEvent &event : model.events()) {
        if (event.subject == subject)
            return true;
    }
    return false;
}

} // namespace

class TestLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void receivesBeaconsIntoTheOpenStore();
    void followsARemoteCollector();
    void saysWhenItsPortIsTaken();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &store);

    QTemporaryDir m_dir;
    QString m_store;
    QNetworkAccessManager m_network;
};

void TestLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLive::init()
{
    // Each case on a store of its own: what one receives must not show in another.
    m_store = m_dir.filePath(QStringLiteral("%1.rumscope").arg(QTest::currentTestFunction()));
    const QString error = test::writeGeneratedStore(m_store, smallTraffic());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSettings settings;
    settings.remove(QStringLiteral("collector"));
}

std::unique_ptr<MainWindow> TestLive::openWindow(const QString &store)
{
    std::unique_ptr<MainWindow> window = test::shownWindow();
    window->openStore(store);
    (void)QTest::qWaitFor([&] { return window->overviewPage()->resultsShown() > 0; }, kTimeoutMs);
    return window;
}

void TestLive::receivesBeaconsIntoTheOpenStore()
{
    std::unique_ptr<MainWindow> window = openWindow(m_store);
    QVERIFY(window->overviewPage()->resultsShown() > 0);
    EmbeddedCollector *collector = window->live()->collector();
    QTRY_VERIFY_WITH_TIMEOUT(collector->isRunning(), kTimeoutMs);
    QCOMPARE(collector->storePath(), m_store);
    QVERIFY(window->live()->indicator()->text().contains(QString::number(collector->port())));
    LivePage *live = window->livePage();
    window->pages()->setCurrentWidget(live);
    QAbstractItemModelTester tester(live->eventModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int shownBefore = window->overviewPage()->resultsShown();

    // Beacons over HTTP, as an SDK sends them: they are listed, newest first, and counted.
    QCOMPARE(post(m_network, collector->port(),
                  liveBeacons(QStringLiteral("live-1"), QStringLiteral("/checkout"),
                              QStringLiteral("Payment widget crashed"))),
             202);
    QTRY_VERIFY_WITH_TIMEOUT(
        listsSubject(*live->eventModel(), QStringLiteral("https://live.example.com/checkout")),
        kTimeoutMs);
    QVERIFY(listsSubject(*live->eventModel(), QStringLiteral("Payment widget crashed")));
    // Only what arrived: none of the store's history.
    QCOMPARE(live->eventModel()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(live->findChild<QLabel *>(QStringLiteral("liveAccepted"))->text(),
                              QStringLiteral("1"), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(live->rateChart()->samples().begin(),
                                         live->rateChart()->samples().end(),
                                         [](double sample) { return sample >= 1; }),
                             kTimeoutMs);
    // The dashboards follow by themselves.
    QTRY_VERIFY_WITH_TIMEOUT(window->overviewPage()->resultsShown() > shownBefore, kTimeoutMs);

    // Double-clicking an event opens its session.
    QSignalSpy sessionRequested(live, &LivePage::sessionRequested);
    const QModelIndex first = live->eventModel()->index(0, LiveEventModel::Subject);
    Q_EMIT live->findChild<QTableView *>(QStringLiteral("liveEvents"))->activated(first);
    QCOMPARE(sessionRequested.count(), 1);
    QCOMPARE(sessionRequested.first().first().toString(), QStringLiteral("live-1"));

    // Turned off, it no longer listens.
    const quint16 port = collector->port();
    QAction *receive = window->live()->menu()->actions().first();
    QVERIFY(receive->isChecked());
    receive->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!collector->isRunning(), kTimeoutMs);
    QVERIFY(post(m_network, port,
                 liveBeacons(QStringLiteral("live-2"), QStringLiteral("/x"),
                             QStringLiteral("never"))) == 0);
    receive->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(collector->isRunning(), kTimeoutMs);
}

void TestLive::followsARemoteCollector()
{
    // The team's collector, with its own store and a read token.
    const QString remoteStore = m_dir.filePath(QStringLiteral("remote.rumscope"));
    QVERIFY(Store::open(remoteStore));
    CollectorConfig config;
    config.readTokens = {QStringLiteral("team-token")};
    Result<std::unique_ptr<Collector>> remote = Collector::start(remoteStore, config);
    QVERIFY(remote);
    QCOMPARE(post(m_network, remote.value()->port(),
                  liveBeacons(QStringLiteral("remote-1"), QStringLiteral("/remote"),
                              QStringLiteral("Remote failure"))),
             202);

    QSettings().setValue(QStringLiteral("collector/enabled"), false);
    std::unique_ptr<MainWindow> window = openWindow(m_store);
    QVERIFY(window->overviewPage()->resultsShown() > 0);
    LivePage *live = window->livePage();
    window->pages()->setCurrentWidget(live);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(remote.value()->port()));

    // A wrong token: it stops, and says why.
    window->live()->connectTo(url, "wrong");
    QTRY_COMPARE_WITH_TIMEOUT(window->live()->feed()->state(), FeedFollower::State::Failed,
                              kTimeoutMs);
    QVERIFY(live->findChild<QLabel *>(QStringLiteral("liveFeedText"))
                ->text()
                .contains(QStringLiteral("read token")));

    window->live()->connectTo(url, "team-token");
    QTRY_COMPARE_WITH_TIMEOUT(window->live()->feed()->state(), FeedFollower::State::Live,
                              kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window->live()->indicator()->text().contains(u"Following"),
                             kTimeoutMs);
    // What the remote collector received is copied into the open store and listed…
    QTRY_VERIFY_WITH_TIMEOUT(
        listsSubject(*live->eventModel(), QStringLiteral("https://live.example.com/remote")),
        kTimeoutMs);
    // …and so is what it receives while followed.
    QCOMPARE(post(m_network, remote.value()->port(),
                  liveBeacons(QStringLiteral("remote-2"), QStringLiteral("/later"),
                              QStringLiteral("Later failure"))),
             202);
    QTRY_VERIFY_WITH_TIMEOUT(listsSubject(*live->eventModel(), QStringLiteral("Later failure")),
                             kTimeoutMs);

    window->live()->feed()->disconnectFrom();
    QTRY_COMPARE_WITH_TIMEOUT(window->live()->feed()->state(), FeedFollower::State::Stopped,
                              kTimeoutMs);
    window.reset();
    remote.value().reset();
    // The open store holds each remote record once.
    Result<Store> store = Store::open(m_store, Store::Mode::ReadOnly);
    QVERIFY(store);
    sql::Statement views(
        store->handle(),
        "SELECT count(*) FROM pageviews WHERE url LIKE 'https://live.example.com%'");
    QCOMPARE(views.step(), SQLITE_ROW);
    QCOMPARE(views.integer(0), 2);
}

void TestLive::saysWhenItsPortIsTaken()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    QSettings().setValue(QStringLiteral("collector/port"), squatter.serverPort());
    std::unique_ptr<MainWindow> window = openWindow(m_store);
    QVERIFY(window->overviewPage()->resultsShown() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->messageStrip()->text().contains(QString::number(squatter.serverPort())),
        kTimeoutMs);
    QVERIFY(window->messageStrip()->text().contains(QStringLiteral("Collector Settings")));
    QVERIFY(!window->live()->collector()->isRunning());
    QVERIFY(window->live()->indicator()->text().contains(QStringLiteral("Collector off")));
}

QTEST_MAIN(TestLive)
#include "tst_live.moc"
