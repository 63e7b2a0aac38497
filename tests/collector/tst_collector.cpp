// The collector over real HTTP on 127.0.0.1: real SDK payloads (the captured fixtures) in,
// records in the store out, and every refusal with its status and JSON reason.
#include "collector/collector.h"
#include "enrich/enricher.h"
#include "enrich/geolocator.h"
#include "ingest/capturedrequest.h"
#include "ingest/jsondocument.h"
#include "remote/feedfollower.h"
#include "store/feedreader.h"
#include "store/rawjournal.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <zlib.h>

#include <set>

using namespace rumscope;

namespace {

qint64 count(const QString &storePath, const char *table)
{
    Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return -1;
    const QByteArray sqlText = QByteArray("SELECT count(*) FROM ") + table;
    sql::Statement stmt(store->handle(), sqlText.constData());
    return stmt.step() == SQLITE_ROW ? stmt.integer(0) : -1;
}

/// Every beacon of a fixture file (not a preflight, not Elastic's config request), as the
/// collector would have received it.
std::vector<Payload> fixturePayloads(const char *name)
{
    QFile file(QStringLiteral(RUMSCOPE_FIXTURE_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    JsonDocument json;
    std::vector<Payload> payloads;
    while (!file.atEnd()) {
        Result<Payload> payload = payloadFromCapturedRequest(file.readLine().trimmed(), json);
        if (payload && payload->method != "OPTIONS" && !payload->path.startsWith("/config/"))
            payloads.push_back(std::move(payload).value());
    }
    return payloads;
}

/// The last batch of the store's feed.
qint64 feedHead(const QString &storePath)
{
    Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return -1;
    const Result<FeedPosition> position = feedPosition(store->handle());
    return position ? position->head : -1;
}

Payload fixturePayload(const char *name)
{
    std::vector<Payload> payloads = fixturePayloads(name);
    return payloads.empty() ? Payload() : payloads.front();
}

/// The headers to send a fixture's payload with: its body is decoded already, so its length
/// and encoding no longer apply.
QList<std::pair<QByteArray, QByteArray>> resendHeaders(const Payload &payload)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : payload.headers) {
        if (name != "content-length" && name != "content-encoding" && name != "host")
            headers.append({name, value});
    }
    return headers;
}

QByteArray pathAndQuery(const Payload &payload)
{
    return payload.query.isEmpty() ? payload.path : payload.path + '?' + payload.query;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString reason() const
    {
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    }
};

} // namespace

class TestCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storesRealSdkBeacons_data();
    void storesRealSdkBeacons();
    void answersPreflightsForAllowedOrigins();
    void refusesWhatItCannotTake();
    void limitsRequestsPerClient();
    void quarantinesMalformedBodies();
    void reportsHealthAndMetrics();
    void answersElasticAgentConfig();
    void parsesWhatACrashLeftInTheJournal();
    void serveCommitsAndStopsOnSigterm();
    void serveRefusesAnOpenBindWithoutKeys();
    void killedUnderLoadLosesNoAcknowledgedBeacon();
    void cutsSlowAndIdleClients();
    void limitsConnectionsAndAnnouncedBodies();
    void simulatePostsEverySdksBeacons();
    void tellsFaroOfAnInvalidSession();
    void servesTheFeedToReadTokens();
    void feedLongPollAnswersWhenBeaconsArrive();
    void feedSaysWhenACursorWasPruned();
    void followerMirrorsTheFeedAcrossRestarts();
    void followerRefusesWhatIsNotAFeed();
    void followCommandCopiesTheFeed();
    void journalKeepsNoCredentialsOrAddresses();
    void opensAJournalWrittenBeforePlacesWereKept();

private:
    Reply send(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    void startCollector(const CollectorConfig &config = {});
    /// Posts every beacon of a fixture file; returns how many got a 2xx.
    int postFixture(const char *name);

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<Collector> m_collector;
    QNetworkAccessManager m_network;
};

void TestCollector::init()
{
    m_store = m_dir.filePath(QStringLiteral("%1.rumscope").arg(QTest::currentTestFunction()));
    if (QTest::currentDataTag())
        m_store.replace(
            QStringLiteral(".rumscope"),
            QStringLiteral("-%1.rumscope").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(Store::open(m_store));
}

void TestCollector::cleanup()
{
    m_collector.reset();
}

void TestCollector::startCollector(const CollectorConfig &config)
{
    Result<std::unique_ptr<Collector>> started = Collector::start(m_store, config);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    m_collector = std::move(started).value();
    QVERIFY(m_collector->port() > 0);
}

Reply TestCollector::send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                          const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_collector->port()) +
                                 QString::fromLatin1(path)));
    request.setTransferTimeout(10000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

int TestCollector::postFixture(const char *name)
{
    int accepted = 0;
    for (const Payload &payload : fixturePayloads(name)) {
        const Reply reply =
            send(payload.method, pathAndQuery(payload), payload.body, resendHeaders(payload));
        accepted += reply.status >= 200 && reply.status < 300 ? 1 : 0;
    }
    return accepted;
}

void TestCollector::storesRealSdkBeacons_data()
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("table");
    QTest::newRow("faro") << QByteArray("faro.ndjson") << 202 << QByteArray("sessions");
    QTest::newRow("elastic") << QByteArray("elastic-apm-rum.ndjson") << 202
                             << QByteArray("pageviews");
    QTest::newRow("otlp") << QByteArray("opentelemetry.ndjson") << 200 << QByteArray("pageviews");
    QTest::newRow("web-vitals") << QByteArray("web-vitals.ndjson") << 204
                                << QByteArray("pageviews");
    QTest::newRow("boomerang") << QByteArray("boomerang.ndjson") << 204 << QByteArray("pageviews");
    QTest::newRow("boomerang GET")
        << QByteArray("boomerang-get.ndjson") << 204 << QByteArray("pageviews");
    QTest::newRow("sentry") << QByteArray("sentry.ndjson") << 200 << QByteArray("sessions");
}

void TestCollector::storesRealSdkBeacons()
{
    QFETCH(QByteArray, fixture);
    QFETCH(int, status);
    QFETCH(QByteArray, table);
    const Payload payload = fixturePayload(fixture.constData());
    QVERIFY(!payload.method.isEmpty());
    startCollector();
    const Reply reply =
        send(payload.method, pathAndQuery(payload), payload.body, resendHeaders(payload));
    QCOMPARE(reply.status, status);
    m_collector->drain();
    QVERIFY(count(m_store, table.constData()) > 0);
    QCOMPARE(count(m_store, "quarantine"), 0);
    QCOMPARE(m_collector->stats().accepted, 1);
}

void TestCollector::answersPreflightsForAllowedOrigins()
{
    CollectorConfig config;
    config.allowedOrigins = {QStringLiteral("https://shop.example.com")};
    startCollector(config);
    const Reply allowed =
        send("OPTIONS", "/collect", {},
             {{"Origin", "https://shop.example.com"},
              {"Access-Control-Request-Method", "POST"},
              {"Access-Control-Request-Headers", "content-type,x-faro-session-id"}});
    QCOMPARE(allowed.status, 204);
    QCOMPARE(allowed.header("Access-Control-Allow-Origin"), QByteArray("https://shop.example.com"));
    QCOMPARE(allowed.header("Access-Control-Allow-Credentials"), QByteArray("true"));
    QVERIFY(allowed.header("Access-Control-Allow-Headers").contains("x-faro-session-id"));

    const Reply refused = send("OPTIONS", "/collect", {}, {{"Origin", "https://evil.example"}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.reason(), QStringLiteral("origin_not_allowed"));
    QVERIFY(refused.header("Access-Control-Allow-Origin").isEmpty());
    const Reply post = send("POST", "/ingest", "{}", {{"Origin", "https://evil.example"}});
    QCOMPARE(post.status, 403);
}

void TestCollector::refusesWhatItCannotTake()
{
    CollectorConfig config;
    config.maxBodyBytes = 1024;
    config.maxDecodedBytes = 4096;
    config.appKeys = {QStringLiteral("k-123")};
    startCollector(config);
    const Payload faro = fixturePayload("faro.ndjson");

    QCOMPARE(send("POST", "/nowhere", "{}").reason(), QStringLiteral("not_found"));
    const Reply get = send("GET", "/collect/k-123");
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST, OPTIONS"));
    QCOMPARE(send("POST", "/collect/wrong", faro.body).status, 401);
    QCOMPARE(send("POST", "/collect", faro.body).reason(), QStringLiteral("bad_app_key"));
    QCOMPARE(send("POST", "/collect", faro.body.left(100), {{"x-api-key", "k-123"}}).status, 202);

    const Reply big = send("POST", "/ingest?key=k-123", QByteArray(2000, 'x'));
    QCOMPARE(big.status, 413);
    QCOMPARE(big.reason(), QStringLiteral("body_too_large"));

    const Reply badGzip =
        send("POST", "/collect/k-123", "not gzip at all", {{"Content-Encoding", "gzip"}});
    QCOMPARE(badGzip.status, 400);
    QCOMPARE(badGzip.reason(), QStringLiteral("bad_encoding"));

    // 1000 bytes that inflate past 4096: a small bomb.
    QByteArray zeros(100000, '\0');
    uLongf packedSize = compressBound(uLong(zeros.size()));
    QByteArray packed(qsizetype(packedSize), Qt::Uninitialized);
    QCOMPARE(compress2(reinterpret_cast<Bytef *>(packed.data()), &packedSize,
                       reinterpret_cast<const Bytef *>(zeros.constData()), uLong(zeros.size()), 9),
             Z_OK);
    packed.resize(qsizetype(packedSize));
    QVERIFY(packed.size() < 1024);
    const Reply bomb = send("POST", "/collect/k-123", packed, {{"Content-Encoding", "deflate"}});
    QCOMPARE(bomb.status, 413);
    QCOMPARE(bomb.reason(), QStringLiteral("decoded_too_large"));

    const Reply protobuf = send("POST", "/v1/traces?key=k-123", "\x0a\x02",
                                {{"Content-Type", "application/x-protobuf"}});
    QCOMPARE(protobuf.status, 415);

    // Only the one good beacon got in, and every refusal is counted by its reason.
    m_collector->drain();
    const CollectorStats stats = m_collector->stats();
    QCOMPARE(stats.accepted, 1);
    QCOMPARE(stats.rejected.value("bad_app_key"), 2);
    QCOMPARE(stats.rejected.value("body_too_large"), 1);
    QCOMPARE(stats.rejected.value("decoded_too_large"), 1);
}

void TestCollector::limitsRequestsPerClient()
{
    CollectorConfig config;
    config.requestsPerSecondPerClient = 5;
    startCollector(config);
    int accepted = 0;
    Reply limited;
    // Within one wall-clock second at most five pass; a sixth in the same second is refused.
    for (int i = 0; i < 12 && limited.status == 0; ++i) {
        const Reply reply = send("POST", "/ingest", "");
        if (reply.status == 202)
            ++accepted;
        else
            limited = reply;
    }
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    QVERIFY(limited.header("X-Sentry-Rate-Limits").isEmpty());
    QVERIFY(accepted >= 1 && accepted <= 10);

    // Sentry's SDK also reads its own header; and a page reads both across origins.
    Reply sentry;
    for (int i = 0; i < 12 && sentry.status != 429; ++i)
        sentry = send("POST", "/api/42/envelope/", "", {{"Origin", "https://shop.example.com"}});
    QCOMPARE(sentry.status, 429);
    QCOMPARE(sentry.header("X-Sentry-Rate-Limits"), QByteArray("1::organization"));
    QVERIFY(sentry.header("Access-Control-Expose-Headers").contains("X-Sentry-Rate-Limits"));
}

void TestCollector::quarantinesMalformedBodies()
{
    startCollector();
    const Reply reply = send("POST", "/collect", "{ this is not json", {});
    QCOMPARE(reply.status, 202); // journaled: the client did its part
    m_collector->drain();
    QCOMPARE(count(m_store, "quarantine"), 1);
    QCOMPARE(m_collector->stats().quarantined, 1);
}

void TestCollector::reportsHealthAndMetrics()
{
    startCollector();
    QCOMPARE(send("GET", "/healthz").status, 200);
    send("POST", "/nowhere", "{}");
    send("POST", "/ingest", "");
    const Reply metrics = send("GET", "/metrics");
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.body.contains("rumscope_collector_accepted_total 1\n"));
    QVERIFY(metrics.body.contains("rumscope_collector_rejected_total{reason=\"not_found\"} 1\n"));
    QVERIFY(metrics.body.contains("# TYPE rumscope_collector_queue_depth gauge"));
    // Once something is committed, the store's write time is there too.
    QCOMPARE(send("POST", "/ingest",
                  R"({"type":"pageview","time":1790000000000,"sessionId":"s","viewId":"v"})")
                 .status,
             202);
    m_collector->drain();
    const QByteArray after = send("GET", "/metrics").body;
    const QRegularExpression commits(
        QStringLiteral("rumscope_collector_store_write_seconds_count (\\d+)"));
    const QRegularExpressionMatch match = commits.match(QString::fromLatin1(after));
    QVERIFY2(match.hasMatch() && match.captured(1).toInt() >= 1, after.constData());
    QVERIFY(after.contains("# TYPE rumscope_collector_store_write_seconds summary"));
}

void TestCollector::answersElasticAgentConfig()
{
    startCollector();
    // The Elastic RUM agent asks for its central configuration; APM Server answers {} when
    // there is none.
    const Reply reply = send("GET", "/config/v1/rum/agents?service.name=acme-store-web");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("{}"));
}

void TestCollector::parsesWhatACrashLeftInTheJournal()
{
    // A payload journaled (its client answered) whose records never reached the store: the
    // state a kill -9 between the two leaves behind.
    {
        Result<RawJournal> journal = RawJournal::open(m_store);
        QVERIFY(journal);
        std::vector<JournalEntry> entries(1);
        entries[0].format = "web-vitals";
        entries[0].payload = fixturePayload("web-vitals.ndjson");
        // Where the client was, as the collector looked it up on arrival: the journal keeps
        // that, not the address.
        entries[0].payload.clientAddress = "203.0.113.9";
        entries[0].payload.clientPlace =
            encodePlace({QStringLiteral("BR"), QStringLiteral("São Paulo"),
                         QStringLiteral("Campinas"), -22.9, -47.06});
        QVERIFY(journal->append(entries));
        const Result<std::vector<JournalEntry>> stored = journal->after(0, 10);
        QVERIFY(stored && stored->size() == 1);
        QVERIFY(stored->front().payload.clientAddress.isEmpty());
    }
    QCOMPARE(count(m_store, "pageviews"), 0);
    Result<std::unique_ptr<Enricher>> enricher = Enricher::create({});
    QVERIFY(enricher);
    Result<std::unique_ptr<Collector>> started =
        Collector::start(m_store, {}, enricher.value().get());
    QVERIFY(started);
    m_collector = std::move(started).value();
    m_collector->drain();
    const qint64 views = count(m_store, "pageviews");
    QVERIFY(views > 0);
    // Parsed again, the views are placed where the client was.
    QCOMPARE(count(m_store, "pageviews JOIN labels c ON c.id = pageviews.country AND c.value = "
                            "'BR' JOIN labels t ON t.id = pageviews.city AND t.value = 'Campinas'"),
             views);
    // Started again, it finds nothing left to do: no duplicates.
    m_collector.reset();
    startCollector();
    m_collector->drain();
    QCOMPARE(count(m_store, "pageviews"), views);
}

namespace {

/// Starts `rumscope-cli serve` on the store and returns its port (0 when it did not start).
quint16 startServe(QProcess &serve, const QString &store)
{
    serve.start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"),
                {QStringLiteral("serve"), QStringLiteral("--store"), store,
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--rate"), QStringLiteral("1000000")});
    QByteArray err;
    const QRegularExpression listening(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    for (int i = 0; i < 200; ++i) {
        serve.waitForReadyRead(50);
        err += serve.readAllStandardError();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(err));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    return 0;
}

} // namespace

void TestCollector::serveCommitsAndStopsOnSigterm()
{
    QProcess serve;
    const quint16 port = startServe(serve, m_store);
    QVERIFY(port > 0);
    const Payload vitals = fixturePayload("web-vitals.ndjson");
    QNetworkRequest request(QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QString::fromLatin1(vitals.path))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
    QNetworkReply *reply = m_network.post(request, vitals.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    reply->deleteLater();

    serve.terminate(); // SIGTERM
    QVERIFY(serve.waitForFinished(20000));
    const QByteArray err = serve.readAllStandardError();
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    QVERIFY2(err.contains("1 beacons accepted"), err.constData());
    QVERIFY(count(m_store, "pageviews") > 0);
}

void TestCollector::serveRefusesAnOpenBindWithoutKeys()
{
    QProcess serve;
    serve.start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"),
                {QStringLiteral("serve"), QStringLiteral("--store"), m_store,
                 QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE(serve.exitCode(), 2);
    QVERIFY(serve.readAllStandardError().contains("--app-key"));
    serve.start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"),
                {QStringLiteral("serve"), QStringLiteral("--store"), m_store,
                 QStringLiteral("--listen"), QStringLiteral("nowhere:port")});
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE(serve.exitCode(), 2);
}

void TestCollector::killedUnderLoadLosesNoAcknowledgedBeacon()
{
    QProcess serve;
    const quint16 port = startServe(serve, m_store);
    QVERIFY(port > 0);

    // Eight keep-alive connections post page views, each with its own view id, as fast as
    // they are answered; after a second the collector is killed with SIGKILL mid-stream.
    std::set<QByteArray> acknowledged;
    qint64 next = 0;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> inFlight(8), buffers(8);
    const auto post = [&](size_t i) {
        const QByteArray viewId = "kill-v-" + QByteArray::number(next++);
        const QByteArray body = R"({"type":"pageview","time":)" +
                                QByteArray::number(1790000000000 + next) +
                                R"(,"sessionId":"kill-s","viewId":")" + viewId +
                                R"(","url":"https://shop.example.com/","lcp":1200})";
        inFlight[i] = viewId;
        sockets[i]->write("POST /ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    for (size_t i = 0; i < 8; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket *socket = sockets.back().get();
        connect(socket, &QTcpSocket::connected, this, [&post, i] { post(i); });
        connect(socket, &QTcpSocket::readyRead, this, [&, i, socket] {
            buffers[i] += socket->readAll();
            const qsizetype end = buffers[i].indexOf("\r\n\r\n");
            if (end < 0)
                return; // the answers here have no body: the headers are the whole answer
            if (buffers[i].startsWith("HTTP/1.1 202"))
                acknowledged.insert(inFlight[i]);
            buffers[i].remove(0, end + 4);
            post(i);
        });
        socket->connectToHost(QHostAddress::LocalHost, port);
    }
    QTest::qWait(1000);
    serve.kill(); // SIGKILL: no drain, no commit
    QVERIFY(serve.waitForFinished(10000));
    QTest::qWait(100);
    sockets.clear();
    QVERIFY2(acknowledged.size() > 100, QByteArray::number(qint64(acknowledged.size())));

    // Started again, the collector parses what the journal holds beyond the store's mark.
    QProcess again;
    QVERIFY(startServe(again, m_store) > 0);
    again.terminate();
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 0);

    Result<Store> store = Store::open(m_store, Store::Mode::ReadOnly);
    QVERIFY(store);
    std::set<QByteArray> stored;
    sql::Statement views(store->handle(), "SELECT view_id FROM pageviews");
    while (views.step() == SQLITE_ROW)
        stored.insert(views.text(0).toUtf8());
    qint64 lost = 0;
    for (const QByteArray &viewId : acknowledged)
        lost += stored.count(viewId) == 0 ? 1 : 0;
    QCOMPARE(lost, 0);
    QCOMPARE(qint64(stored.size()), count(m_store, "pageviews")); // and no view twice
}

namespace {

bool connectRaw(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; },
                           5000);
}

/// What the server sends on a raw connection until it closes it (or timeoutMs passes).
QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs)
{
    // The collector runs in this thread: wait with its event loop running, never blocked.
    QByteArray received;
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
        [&socket, &received] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return received + socket.readAll();
}

} // namespace

void TestCollector::cutsSlowAndIdleClients()
{
    CollectorConfig config;
    config.headerTimeoutMs = 300;
    config.idleTimeoutMs = 300;
    startCollector(config);
    // A header that never ends (slowloris): answered 408 and closed.
    QTcpSocket slow;
    QVERIFY(connectRaw(slow, m_collector->port()));
    slow.write("POST /ingest HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QElapsedTimer clock;
    clock.start();
    const QByteArray answer = readUntilClosed(slow, 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    QVERIFY(answer.contains("slow_client"));
    QVERIFY(clock.elapsed() < 3000);

    // A connection that sends nothing is closed once idle.
    QTcpSocket idle;
    QVERIFY(connectRaw(idle, m_collector->port()));
    readUntilClosed(idle, 5000);
    QCOMPARE(idle.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_collector->stats().rejected.value("slow_client"), 1);
    QCOMPARE(m_collector->stats().rejected.value("idle"), 1);
    // A client that keeps to time is served as before.
    QCOMPARE(send("POST", "/ingest", "").status, 202);
}

void TestCollector::limitsConnectionsAndAnnouncedBodies()
{
    CollectorConfig config;
    config.maxConnections = 2;
    config.maxBodyBytes = 1024;
    startCollector(config);
    // A body announced past the limit is refused before a byte of it is read.
    QTcpSocket big;
    QVERIFY(connectRaw(big, m_collector->port()));
    big.write("POST /ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000000\r\n\r\n");
    const QByteArray answer = readUntilClosed(big, 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("body_too_large"));

    QTcpSocket first, second, third;
    for (QTcpSocket *socket : {&first, &second})
        QVERIFY(connectRaw(*socket, m_collector->port()));
    QTest::qWait(100); // the server has taken both
    QVERIFY(connectRaw(third, m_collector->port()));
    const QByteArray refused = readUntilClosed(third, 5000);
    QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
    QVERIFY(refused.contains("too_many_connections"));
    QCOMPARE(m_collector->stats().rejected.value("too_many_connections"), 1);
}

void TestCollector::simulatePostsEverySdksBeacons()
{
    startCollector();
    QProcess simulate;
    simulate.start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"),
                   {QStringLiteral("simulate"), QStringLiteral("--url"),
                    QStringLiteral("http://127.0.0.1:%1").arg(m_collector->port()),
                    QStringLiteral("--rate"), QStringLiteral("60"), QStringLiteral("--duration"),
                    QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("3")});
    // The collector answers on this thread: wait with the event loop running.
    QVERIFY(
        QTest::qWaitFor([&simulate] { return simulate.state() == QProcess::NotRunning; }, 60000));
    const QByteArray err = simulate.readAllStandardError();
    QCOMPARE(simulate.exitCode(), 0);
    const QRegularExpression summary(
        QStringLiteral("Sent (\\d+) requests .*: (\\d+) accepted, (\\d+) refused, (\\d+) failed"));
    const QRegularExpressionMatch match = summary.match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());
    const qint64 sent = match.captured(1).toLongLong();
    QVERIFY(sent >= 60);
    QCOMPARE(match.captured(2).toLongLong(), sent); // every request answered 2xx
    m_collector->drain();
    QCOMPARE(m_collector->stats().accepted, sent);
    // Every SDK's beacons parse: nothing quarantined, page views from most of them.
    QCOMPARE(count(m_store, "quarantine"), 0);
    QVERIFY(count(m_store, "pageviews") > 0);
    Result<Store> store = Store::open(m_store, Store::Mode::ReadOnly);
    QVERIFY(store);
    sql::Statement sources(store->handle(), "SELECT count(DISTINCT source) FROM sessions");
    QVERIFY(sources.step() == SQLITE_ROW);
    QVERIFY2(sources.integer(0) >= 5, QByteArray::number(sources.integer(0)).constData());

    QProcess bad;
    bad.start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"),
              {QStringLiteral("simulate"), QStringLiteral("--url"), QStringLiteral("ftp://x")});
    QVERIFY(bad.waitForFinished(20000));
    QCOMPARE(bad.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"

void TestCollector::tellsFaroOfAnInvalidSession()
{
    startCollector();
    const Payload faro = fixturePayload("faro.ndjson");
    QVERIFY(!faro.header("x-faro-session-id").isEmpty());
    // The session id the SDK made: accepted, nothing to say.
    Reply reply = send("POST", faro.path, faro.body, resendHeaders(faro));
    QCOMPARE(reply.status, 202);
    QVERIFY(reply.header("X-Faro-Session-Status").isEmpty());
    // One it cannot have made: accepted, and it is told to start a new session, in a header
    // its page may read across origins.
    auto headers = resendHeaders(faro);
    for (auto &[name, value] : headers) {
        if (name == "x-faro-session-id")
            value = "<script>alert(1)</script>";
    }
    headers.append(std::pair<QByteArray, QByteArray>("Origin", "https://shop.example.com"));
    reply = send("POST", faro.path, faro.body, headers);
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.header("X-Faro-Session-Status"), QByteArray("invalid"));
    QVERIFY(reply.header("Access-Control-Expose-Headers").contains("X-Faro-Session-Status"));
    // Faro's preflight asks for its idempotency-key header too; leaving it out would block
    // every POST.
    const Reply preflight = send(
        "OPTIONS", "/collect", {},
        {{"Origin", "https://shop.example.com"},
         {"Access-Control-Request-Method", "POST"},
         {"Access-Control-Request-Headers", "content-type,idempotency-key,x-faro-session-id"}});
    QCOMPARE(preflight.status, 204);
    QVERIFY(preflight.header("Access-Control-Allow-Headers").contains("idempotency-key"));
}

void TestCollector::servesTheFeedToReadTokens()
{
    startCollector();
    QCOMPARE(send("GET", "/api/v1/feed").reason(), QStringLiteral("feed_disabled"));
    m_collector.reset();

    CollectorConfig config;
    config.readTokens = {QStringLiteral("r-1")};
    startCollector(config);
    const QList<std::pair<QByteArray, QByteArray>> token{{"Authorization", "Bearer r-1"}};
    Reply reply = send("GET", "/api/v1/feed");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.reason(), QStringLiteral("bad_token"));
    QCOMPARE(send("GET", "/api/v1/feed", {}, {{"Authorization", "Bearer r-2"}}).status, 401);
    QCOMPARE(send("POST", "/api/v1/feed", {}, token).status, 405);
    QCOMPARE(send("GET", "/api/v1/feed?after=-1", {}, token).reason(),
             QStringLiteral("bad_cursor"));
    QCOMPARE(send("GET", "/api/v1/feed?after=abc", {}, token).reason(),
             QStringLiteral("bad_cursor"));
    QCOMPARE(send("GET", "/api/v1/feed?limit=0", {}, token).reason(), QStringLiteral("bad_limit"));
    QCOMPARE(send("GET", "/api/v1/feed?wait=600", {}, token).reason(), QStringLiteral("bad_wait"));

    QVERIFY(postFixture("web-vitals.ndjson") > 10);
    QVERIFY(postFixture("faro.ndjson") > 10);
    m_collector->drain();
    // A batch that parses to nothing adds nothing to the feed (not the last batch's lines
    // again).
    QCOMPARE(send("POST", "/ingest", "{broken").status, 202);
    m_collector->drain();
    QCOMPARE(m_collector->stats().quarantined, 1);
    const qint64 stored = m_collector->stats().records;
    QVERIFY(stored > 0);
    // A cursor of another store: the reader is told to start again, and whose store this is.
    const Reply other = send("GET", "/api/v1/feed?after=3&store=0123abcd", {}, token);
    QCOMPARE(other.status, 409);
    QCOMPARE(other.reason(), QStringLiteral("other_store"));
    QVERIFY(!other.header("X-Rumscope-Store-Id").isEmpty());

    // Page by page, 100 records at a time (whole batches): every record once, in canonical
    // NDJSON, and the cursor moves on.
    QElapsedTimer clock;
    clock.start();
    qint64 after = 0;
    qint64 lines = 0;
    QByteArray storeId;
    for (int page = 0; page < 1000; ++page) {
        reply = send("GET", "/api/v1/feed?limit=100&after=" + QByteArray::number(after), {}, token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/x-ndjson"));
        storeId = reply.header("X-Rumscope-Store-Id");
        QVERIFY(!storeId.isEmpty());
        const qint64 cursor = reply.header("X-Rumscope-Cursor").toLongLong();
        const qint64 records = reply.header("X-Rumscope-Records").toLongLong();
        QCOMPARE(reply.body.count('\n'), records);
        for (const QByteArray &line : reply.body.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(QJsonDocument::fromJson(line).object().contains(QStringLiteral("type")),
                         line.constData());
        }
        if (records == 0) {
            QCOMPARE(cursor, after); // nothing more: it stays where it is
            break;
        }
        QVERIFY(cursor > after);
        after = cursor;
        lines += records;
    }
    QCOMPARE(lines, stored);
    QVERIFY(clock.elapsed() < 5000); // wait=0 by default: no page waited
    QCOMPARE(send("GET", "/api/v1/feed?after=" + QByteArray::number(after + 5), {}, token).reason(),
             QStringLiteral("bad_cursor"));
}

void TestCollector::feedLongPollAnswersWhenBeaconsArrive()
{
    CollectorConfig config;
    config.readTokens = {QStringLiteral("r-1")};
    startCollector(config);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/feed?after=0&wait=20")
                                     .arg(m_collector->port())));
    request.setRawHeader("Authorization", "Bearer r-1");
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *poll = m_network.get(request);
    QSignalSpy finished(poll, &QNetworkReply::finished);
    // Nothing to read: the collector holds the request.
    QVERIFY(!finished.wait(700));
    QVERIFY(postFixture("web-vitals.ndjson") > 0);
    // (Answered while the posts waited for their own answers, or later.)
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QVERIFY(clock.elapsed() < 10000); // well before its 20 s were up
    QCOMPARE(poll->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(poll->rawHeader("X-Rumscope-Records").toLongLong() > 0);
    QVERIFY(!poll->readAll().isEmpty());
    poll->deleteLater();

    // With nothing new and a short wait, an empty page once the wait is over.
    m_collector->drain();
    const qint64 head =
        send("GET", "/api/v1/feed?limit=10000", {}, {{"Authorization", "Bearer r-1"}})
            .header("X-Rumscope-Cursor")
            .toLongLong();
    clock.restart();
    const Reply empty = send("GET", "/api/v1/feed?wait=1&after=" + QByteArray::number(head), {},
                             {{"Authorization", "Bearer r-1"}});
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.body.isEmpty());
    QCOMPARE(empty.header("X-Rumscope-Cursor").toLongLong(), head);
    QVERIFY(clock.elapsed() >= 900);
}

void TestCollector::feedSaysWhenACursorWasPruned()
{
    CollectorConfig config;
    config.readTokens = {QStringLiteral("r-1")};
    startCollector(config);
    QVERIFY(postFixture("web-vitals.ndjson") > 0);
    m_collector->drain();
    const QList<std::pair<QByteArray, QByteArray>> token{{"Authorization", "Bearer r-1"}};
    const qint64 head =
        send("GET", "/api/v1/feed?limit=10000", {}, token).header("X-Rumscope-Cursor").toLongLong();
    QVERIFY(head > 0);
    {
        Result<std::unique_ptr<StoreWriter>> writer = StoreWriter::open(m_store);
        QVERIFY(writer);
        writer.value()->pruneFeed(QDateTime::currentMSecsSinceEpoch() + 1000);
        writer.value()->flush();
    }
    // A reader from the start would miss what was pruned: it is told, not handed a gap.
    const Reply expired = send("GET", "/api/v1/feed?after=0", {}, token);
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.reason(), QStringLiteral("cursor_expired"));
    // A reader that had everything goes on as before.
    const Reply current = send("GET", "/api/v1/feed?after=" + QByteArray::number(head), {}, token);
    QCOMPARE(current.status, 200);
    QCOMPARE(current.header("X-Rumscope-Cursor").toLongLong(), head);

    // The journal keeps only what the store does not hold yet.
    Result<RawJournal> journal = RawJournal::open(m_store);
    QVERIFY(journal);
    Result<Store> store = Store::open(m_store, Store::Mode::ReadOnly);
    QVERIFY(store);
    const Result<qint64> pruned = journal->prune(QDateTime::currentMSecsSinceEpoch() + 1000,
                                                 journalDoneThrough(store->handle()));
    QVERIFY(pruned);
    QCOMPARE(pruned.value(), m_collector->stats().accepted);
    QVERIFY(journal->after(0, 10)->empty());
}

void TestCollector::followerMirrorsTheFeedAcrossRestarts()
{
    CollectorConfig config;
    config.readTokens = {QStringLiteral("r-1")};
    startCollector(config);
    config.port = m_collector->port(); // the follower keeps its URL across the restart
    QVERIFY(postFixture("faro.ndjson") > 0);
    QVERIFY(postFixture("boomerang.ndjson") > 0);

    const QString mirror = m_dir.filePath(QStringLiteral("mirror.rumscope"));
    QVERIFY(Store::open(mirror));
    FeedFollower::Options options;
    options.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(config.port));
    options.token = "r-1";
    options.waitSeconds = 2;
    options.maxBackoffMs = 500;
    options.limit = 50; // many pages
    auto follow = [&] {
        Result<std::unique_ptr<FeedFollower>> created = FeedFollower::create(mirror, options);
        return created ? std::move(created).value() : nullptr;
    };
    std::unique_ptr<FeedFollower> follower = follow();
    QVERIFY(follower);
    QSignalSpy states(follower.get(), &FeedFollower::stateChanged);
    follower->start();
    m_collector->drain();
    QTRY_COMPARE_WITH_TIMEOUT(follower->cursor(), feedHead(m_store), 15000);
    QCOMPARE(follower->recordsReceived(), m_collector->stats().records);
    QCOMPARE(follower->state(), FeedFollower::State::Live);

    // The collector goes away: the follower says so and keeps trying.
    m_collector.reset();
    QTRY_COMPARE_WITH_TIMEOUT(follower->state(), FeedFollower::State::Reconnecting, 10000);
    // Back on the same port with more beacons: it resumes after its cursor.
    startCollector(config);
    QVERIFY(postFixture("elastic-apm-rum.ndjson") > 0);
    m_collector->drain();
    QTRY_COMPARE_WITH_TIMEOUT(follower->cursor(), feedHead(m_store), 20000);
    const qint64 cursor = follower->cursor();
    follower.reset(); // commits what it received

    // Started again, it resumes from the cursor its store holds and finds nothing new.
    follower = follow();
    QVERIFY(follower);
    QCOMPARE(follower->cursor(), cursor);
    follower->start();
    QTRY_COMPARE_WITH_TIMEOUT(follower->state(), FeedFollower::State::Live, 10000);
    QTest::qWait(300);
    QCOMPARE(follower->recordsReceived(), 0);
    follower.reset();

    // The mirror holds what the collector's store holds: no gaps, nothing twice.
    for (const char *table : {"sessions", "pageviews", "errors", "interactions", "resources",
                              "longtasks", "measurements"})
        QVERIFY2(count(mirror, table) == count(m_store, table), table);
    QCOMPARE(count(mirror, "(SELECT DISTINCT view_id, url, lcp FROM pageviews)"),
             count(m_store, "(SELECT DISTINCT view_id, url, lcp FROM pageviews)"));
    QVERIFY(count(mirror, "pageviews") > 0);
    QCOMPARE(count(mirror, "quarantine"), 0);
}

void TestCollector::followerRefusesWhatIsNotAFeed()
{
    const QString mirror = m_dir.filePath(QStringLiteral("not-a-feed.rumscope"));
    QVERIFY(Store::open(mirror));
    FeedFollower::Options options;
    options.token = "r-1";
    options.waitSeconds = 1;

    // Not a collector's address at all.
    options.url = QUrl(QStringLiteral("ftp://127.0.0.1/"));
    QVERIFY(!FeedFollower::create(mirror, options));

    // A web server that answers 200 without a feed cursor.
    QTcpServer web;
    QVERIFY(web.listen(QHostAddress::LocalHost));
    connect(&web, &QTcpServer::newConnection, this, [&web] {
        QTcpSocket *socket = web.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n"
                          "\r\nhello");
        });
    });
    options.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(web.serverPort()));
    Result<std::unique_ptr<FeedFollower>> follower = FeedFollower::create(mirror, options);
    QVERIFY(follower);
    QSignalSpy states(follower.value().get(), &FeedFollower::stateChanged);
    follower.value()->start();
    QTRY_COMPARE_WITH_TIMEOUT(follower.value()->state(), FeedFollower::State::Failed, 10000);
    QVERIFY(states.last().at(1).toString().contains(QStringLiteral("rumscope collector")));

    // A page past the size a feed page can have.
    CollectorConfig config;
    config.readTokens = {QStringLiteral("r-1")};
    startCollector(config);
    QVERIFY(postFixture("faro.ndjson") > 0);
    m_collector->drain();
    options.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_collector->port()));
    options.maxPageBytes = 1000;
    follower = FeedFollower::create(mirror, options);
    QVERIFY(follower);
    follower.value()->start();
    QTRY_COMPARE_WITH_TIMEOUT(follower.value()->state(), FeedFollower::State::Failed, 10000);
    QCOMPARE(follower.value()->recordsReceived(), 0);
    follower.value().reset();
    QCOMPARE(count(mirror, "pageviews"), 0);
}

void TestCollector::followCommandCopiesTheFeed()
{
    CollectorConfig config;
    config.readTokens = {QStringLiteral("r-1")};
    startCollector(config);
    QVERIFY(postFixture("elastic-apm-rum.ndjson") > 0);
    m_collector->drain();
    const QString mirror = m_dir.filePath(QStringLiteral("follow-cli.rumscope"));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_collector->port());
    // The collector answers on this thread: wait without blocking it.
    const auto run = [&](const QStringList &arguments, const QByteArray &token) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RUMSCOPE_READ_TOKEN"), QString::fromUtf8(token));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"), arguments);
        if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 30000))
            process->kill();
        return process;
    };
    const QStringList arguments{QStringLiteral("follow"),
                                QStringLiteral("--store"),
                                mirror,
                                QStringLiteral("--url"),
                                url,
                                QStringLiteral("--until-idle"),
                                QStringLiteral("1")};

    std::unique_ptr<QProcess> refused = run(arguments, "wrong");
    QCOMPARE(refused->exitCode(), 1);
    QVERIFY(refused->readAllStandardError().contains("read token"));

    std::unique_ptr<QProcess> follow = run(arguments, "r-1");
    const QByteArray err = follow->readAllStandardError();
    QVERIFY2(follow->exitCode() == 0, err.constData());
    QVERIFY(err.contains("records copied"));
    for (const char *table : {"sessions", "pageviews", "errors", "interactions", "resources"})
        QVERIFY2(count(mirror, table) == count(m_store, table), table);
    QVERIFY(count(mirror, "pageviews") > 0);

    // Again: it resumes after its cursor and copies nothing twice.
    follow = run(arguments, "r-1");
    QCOMPARE(follow->exitCode(), 0);
    QVERIFY(follow->readAllStandardError().contains("Stopped: 0 records copied"));
    QCOMPARE(count(mirror, "pageviews"), count(m_store, "pageviews"));
}

void TestCollector::journalKeepsNoCredentialsOrAddresses()
{
    startCollector();
    const Payload vitals = fixturePayload("web-vitals.ndjson");
    auto headers = resendHeaders(vitals);
    headers += {{"Cookie", "session=secret"},
                {"Authorization", "Basic dXNlcjpwYXNz"},
                {"X-Forwarded-For", "198.51.100.23"},
                {"X-Real-IP", "198.51.100.23"}};
    QCOMPARE(send("POST", "/vitals", vitals.body, headers).status, 204);
    m_collector->drain();
    m_collector.reset();
    Result<RawJournal> journal = RawJournal::open(m_store);
    QVERIFY(journal);
    const Result<std::vector<JournalEntry>> entries = journal->after(0, 10);
    QVERIFY(entries && entries->size() == 1);
    const Payload &kept = entries->front().payload;
    QVERIFY(!kept.header("user-agent").isEmpty()); // what parsing needs stays
    for (const char *name : {"cookie", "authorization", "x-forwarded-for", "x-real-ip"})
        QVERIFY2(kept.header(name).isEmpty(), name);
    QVERIFY(kept.clientAddress.isEmpty());
}

void TestCollector::opensAJournalWrittenBeforePlacesWereKept()
{
    // A journal as the collector wrote it before it kept the place: no place column.
    QString storeId;
    {
        Result<Store> store = Store::open(m_store, Store::Mode::ReadOnly);
        QVERIFY(store);
        sql::Statement select(store->handle(), "SELECT value FROM meta WHERE key = 'store_id'");
        QCOMPARE(select.step(), SQLITE_ROW);
        storeId = select.text(0);
    }
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(RawJournal::pathFor(m_store)).constData(), &raw),
                 SQLITE_OK);
        sql::Connection db(raw);
        QVERIFY(sql::exec(db.get(),
                          "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
                          "CREATE TABLE payloads (id INTEGER PRIMARY KEY, received INTEGER NOT "
                          "NULL, format TEXT NOT NULL, method TEXT, path TEXT, query TEXT, "
                          "headers TEXT, body BLOB NOT NULL);")
                    .isEmpty());
        sql::Statement owner(db.get(), "INSERT INTO meta VALUES ('store_id', ?1)");
        owner.bind(1, storeId);
        QCOMPARE(owner.step(), SQLITE_DONE);
        const Payload vitals = fixturePayload("web-vitals.ndjson");
        sql::Statement insert(db.get(), "INSERT INTO payloads (received, format, method, path, "
                                        "headers, body) VALUES (?1, 'web-vitals', 'POST', "
                                        "'/vitals', '[]', ?2)");
        insert.bind(1, vitals.receivedAt);
        const QByteArray body = qCompress(vitals.body, 1);
        sqlite3_bind_blob(insert.get(), 2, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        QCOMPARE(insert.step(), SQLITE_DONE);
    }
    // It opens, and what it holds beyond the store's mark is parsed.
    startCollector();
    m_collector->drain();
    QVERIFY(count(m_store, "pageviews") > 0);
}
