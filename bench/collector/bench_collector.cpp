// bench/collector: `rumscope-cli serve` under load on 127.0.0.1. Keep-alive connections post
// beacons as fast as the collector answers, for a bounded count and time; then SIGTERM.
// - canonical (default): one page view per beacon, each with its own view id; the store must
//   hold exactly as many page views as beacons were acknowledged.
// - --sdk-fixtures DIR: the real SDK beacons captured in DIR (every *.ndjson but OTLP protobuf,
//   which the collector refuses), in turn, as their SDK sent them; the store's journal mark must
//   cover every acknowledged payload (each parsed into the store or quarantined) and nothing be
//   quarantined.
// --read-token T runs the collector with a feed, as a team server would.
//
// Usage: bench_collector RUMSCOPE_CLI STORE [--connections N] [--beacons N] [--seconds S]
//                        [--sdk-fixtures DIR] [--read-token T]

#include "ingest/capturedrequest.h"
#include "ingest/jsondocument.h"
#include "store/rawjournal.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace rumscope;

namespace {

struct Connection
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray received;
    qint64 sentAt = 0; ///< ns on the bench clock
    bool waiting = false;
};

/// Every beacon of the captured fixtures in dir as a whole HTTP/1.1 request.
std::vector<QByteArray> fixtureRequests(const QString &dir)
{
    std::vector<QByteArray> requests;
    JsonDocument json;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.ndjson")}, QDir::Files);
    for (const QString &name : files) {
        if (name.contains(QStringLiteral("proto")))
            continue;
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            Result<Payload> payload = payloadFromCapturedRequest(file.readLine().trimmed(), json);
            if (!payload || payload->method == "OPTIONS" || payload->path.startsWith("/config/"))
                continue;
            QByteArray request = payload->method + ' ' + payload->path;
            if (!payload->query.isEmpty())
                request += '?' + payload->query;
            request += " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
            for (const auto &[name, value] : payload->headers) {
                // The body is decoded already: its old length and encoding no longer apply.
                if (name != "content-length" && name != "content-encoding" && name != "host" &&
                    name != "connection")
                    request += name + ": " + value + "\r\n";
            }
            request += "Content-Length: " + QByteArray::number(payload->body.size()) + "\r\n\r\n" +
                       payload->body;
            requests.push_back(std::move(request));
        }
    }
    return requests;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    const auto rank = size_t(std::ceil(double(values.size()) * p)) - 1;
    std::nth_element(values.begin(), values.begin() + qsizetype(rank), values.end());
    return values[rank];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const auto option = [&args](const QString &name, qint64 fallback) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return fallback;
        const qint64 value = args[at + 1].toLongLong();
        args.remove(at, 2);
        return value > 0 ? value : fallback;
    };
    const int connectionCount = int(option(QStringLiteral("--connections"), 32));
    const qint64 beaconLimit = option(QStringLiteral("--beacons"), 200000);
    const qint64 secondsLimit = option(QStringLiteral("--seconds"), 20);
    const auto text = [&args](const QString &name) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return QString();
        const QString value = args[at + 1];
        args.remove(at, 2);
        return value;
    };
    const QString fixtureDir = text(QStringLiteral("--sdk-fixtures"));
    const QString readToken = text(QStringLiteral("--read-token"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() != 2) {
        err << "usage: bench_collector RUMSCOPE_CLI STORE [--connections N] [--beacons N] "
               "[--seconds S] [--sdk-fixtures DIR] [--read-token T]\n";
        return 2;
    }
    const std::vector<QByteArray> fixtures =
        fixtureDir.isEmpty() ? std::vector<QByteArray>() : fixtureRequests(fixtureDir);
    if (!fixtureDir.isEmpty() && fixtures.empty()) {
        err << "No captured beacons in " << fixtureDir << "\n";
        return 2;
    }
    const QString store = args[1];
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-payloads"),
          QStringLiteral("-payloads-wal"), QStringLiteral("-payloads-shm")})
        QFile::remove(store + suffix);

    QStringList serveArguments{
        QStringLiteral("serve"),    QStringLiteral("--store"),     store,
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--rate"),
        QStringLiteral("100000000")};
    if (!readToken.isEmpty())
        serveArguments << QStringLiteral("--read-token") << readToken;
    QProcess serve;
    serve.start(args[0], serveArguments);
    QByteArray banner;
    const QRegularExpression listening(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    QRegularExpressionMatch match;
    for (int i = 0; i < 200 && !match.hasMatch(); ++i) {
        serve.waitForReadyRead(50);
        banner += serve.readAllStandardError();
        match = listening.match(QString::fromUtf8(banner));
    }
    if (!match.hasMatch()) {
        err << "rumscope-cli serve did not start: " << banner << "\n";
        return 1;
    }
    const quint16 port = quint16(match.captured(1).toUInt());

    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    qint64 acknowledged = 0;
    qint64 refused = 0;
    std::vector<double> latencies;
    latencies.reserve(size_t(beaconLimit));
    std::vector<Connection> connections(static_cast<size_t>(connectionCount));
    const qint64 baseTime = 1790000000000;

    int open = 0;
    const auto sendNext = [&](Connection &c) {
        if (sent >= beaconLimit || clock.elapsed() > secondsLimit * 1000) {
            c.socket->disconnectFromHost();
            return;
        }
        const qint64 n = sent++;
        c.sentAt = clock.nsecsElapsed();
        c.waiting = true;
        if (!fixtures.empty()) {
            c.socket->write(fixtures[size_t(n) % fixtures.size()]);
            return;
        }
        const QByteArray body =
            QByteArray(R"({"type":"pageview","time":)") + QByteArray::number(baseTime + n) +
            R"(,"sessionId":"bench-s-)" + QByteArray::number(n / 5) + R"(","viewId":"bench-v-)" +
            QByteArray::number(n) + R"(","app":"bench","url":"https://shop.example.com/p/)" +
            QByteArray::number(n % 997) + R"(","lcp":)" + QByteArray::number(800 + n % 3000) +
            R"(,"source":"canonical"})";
        QByteArray request = "POST /ingest HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/x-ndjson\r\nContent-Length: ";
        request += QByteArray::number(body.size());
        request += "\r\n\r\n";
        request += body;
        c.socket->write(request);
    };
    for (Connection &c : connections) {
        c.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = c.socket.get();
        QObject::connect(socket, &QTcpSocket::connected, [&, socket] {
            ++open;
            for (Connection &mine : connections) {
                if (mine.socket.get() == socket)
                    sendNext(mine);
            }
        });
        QObject::connect(socket, &QTcpSocket::readyRead,
                         [&c, &sendNext, &acknowledged, &refused, &latencies, &clock] {
                             c.received += c.socket->readAll();
                             // Every answer has a Content-Length; read whole answers only.
                             for (;;) {
                                 const qsizetype headerEnd = c.received.indexOf("\r\n\r\n");
                                 if (headerEnd < 0)
                                     return;
                                 const QByteArray head = c.received.left(headerEnd).toLower();
                                 qsizetype length = 0;
                                 if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
                                     length = head.mid(at + 15, head.indexOf('\r', at) - at - 15)
                                                  .trimmed()
                                                  .toLongLong();
                                 if (c.received.size() < headerEnd + 4 + length)
                                     return;
                                 const int status = c.received.mid(9, 3).toInt();
                                 c.received.remove(0, headerEnd + 4 + length);
                                 if (!c.waiting)
                                     continue;
                                 c.waiting = false;
                                 if (status >= 200 && status < 300) {
                                     ++acknowledged;
                                     latencies.push_back(double(clock.nsecsElapsed() - c.sentAt) /
                                                         1e6);
                                 } else {
                                     ++refused;
                                 }
                                 sendNext(c);
                             }
                         });
        QObject::connect(socket, &QTcpSocket::disconnected, [&open] {
            if (--open == 0)
                QCoreApplication::quit();
        });
        socket->connectToHost(QHostAddress::LocalHost, port);
    }
    QTimer::singleShot((secondsLimit + 30) * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;

    serve.terminate();
    serve.waitForFinished(120000);
    const QByteArray summary = serve.readAllStandardError();
    Result<Store> opened = Store::open(store, Store::Mode::ReadOnly);
    if (!opened) {
        err << opened.error().message << "\n";
        return 1;
    }
    const auto scalar = [&opened](const char *query) {
        sql::Statement select(opened->handle(), query);
        return select.step() == SQLITE_ROW ? select.integer(0) : -1;
    };
    // Canonical: one page view per beacon. SDK payloads: each journaled payload (ids 1, 2, …
    // on a fresh store) parsed and committed, which the journal mark says.
    const qint64 stored =
        fixtures.empty() ? opened->stats()->pageViews : journalDoneThrough(opened->handle());
    const qint64 records =
        scalar("SELECT (SELECT count(*) FROM pageviews) + (SELECT count(*) FROM errors) + "
               "(SELECT count(*) FROM interactions) + (SELECT count(*) FROM resources) + "
               "(SELECT count(*) FROM longtasks) + (SELECT count(*) FROM measurements) + "
               "(SELECT count(*) FROM sessions)");
    const qint64 quarantined = scalar("SELECT count(*) FROM quarantine");

    out << "| connections | beacons acknowledged | refused | beacons/s | p50 ms | p99 ms | "
        << (fixtures.empty() ? "page views stored" : "payloads stored")
        << " | rows stored | quarantined | lost |\n"
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out << "| " << connectionCount << " | " << acknowledged << " | " << refused << " | "
        << QString::number(double(acknowledged) / seconds, 'f', 0) << " | "
        << QString::number(percentile(latencies, 0.5), 'f', 2) << " | "
        << QString::number(percentile(latencies, 0.99), 'f', 2) << " | " << stored << " | "
        << records << " | " << quarantined << " | " << (acknowledged - stored) << " |\n";
    err << summary;
    return stored == acknowledged && quarantined == 0 ? 0 : 1;
}
