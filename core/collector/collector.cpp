#include "collector.h"

#include "collectoringest.h"
#include "guardedtcpserver.h"
#include "ingest/bodydecoder.h"
#include "ingest/wireformat.h"
#include "store/rawjournal.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Collector)
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

/// Writes a whole response: status, headers, Content-Length and body.
void respond(QHttpServerResponder &responder, int status, const Headers &headers,
             const QByteArray &contentType = {}, const QByteArray &body = {})
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    for (const auto &[name, value] : headers)
        responder.writeHeader(name, value);
    if (!contentType.isEmpty())
        responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

/// A refusal: the status, and a JSON body saying why (reason: a stable id for scripts,
/// message: for people).
void refuse(QHttpServerResponder &responder, int status, const Headers &headers,
            const QByteArray &reason, const QString &message)
{
    const QJsonObject body{{QStringLiteral("error"), QString::fromLatin1(reason)},
                           {QStringLiteral("message"), message}};
    respond(responder, status, headers, "application/json",
            QJsonDocument(body).toJson(QJsonDocument::Compact));
}

/// The status each SDK expects for an accepted beacon (formats.md §0.3), and its body.
std::pair<int, QByteArray> successFor(WireFormat format)
{
    switch (format) {
    case WireFormat::Faro:
    case WireFormat::Elastic:
    case WireFormat::Canonical:
        return {202, {}};
    case WireFormat::Otlp:
    case WireFormat::Sentry:
        return {200, "{}"};
    case WireFormat::Boomerang:
    case WireFormat::WebVitals:
        return {204, {}};
    }
    return {202, {}};
}

bool originAllowed(const QByteArray &origin, const QStringList &allowed)
{
    return allowed.isEmpty() || allowed.contains(QString::fromLatin1(origin), Qt::CaseInsensitive);
}

/// The app key a request carries: Faro's /collect/{key} or x-api-key, else ?key=.
QByteArray appKeyOf(const QByteArray &path, const QHttpServerRequest &request)
{
    if (path.startsWith("/collect/"))
        return path.mid(int(qstrlen("/collect/")));
    if (QByteArray header = request.value("x-api-key"); !header.isEmpty())
        return header;
    return request.query().queryItemValue(QStringLiteral("key")).toUtf8();
}

} // namespace

/// A payload waiting for the next journal commit, and the client waiting for its answer.
struct Collector::Pending
{
    JournalEntry entry;
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; ///< gone when the client went away meanwhile
    WireFormat format;
    Headers cors;
    QByteArray client;
    qint64 receivedNs = 0;
};

Collector::Collector()
{
    m_clock.start();
}

Collector::~Collector()
{
    // Stop taking requests, then let the ingest hand everything to the writer, which commits
    // it when it is destroyed.
    m_server.reset();
    // Journaled or not, nothing taken is left behind: what waits for the journal is
    // journaled (its clients are gone with the server).
    journalPending();
    m_ingest.reset();
    m_writer.reset();
}

Result<std::unique_ptr<Collector>>
Collector::start(const QString &storePath, const CollectorConfig &config, Enricher *enricher)
{
    std::unique_ptr<Collector> collector(new Collector);
    collector->m_config = config;
    Result<std::unique_ptr<StoreWriter>> writer = StoreWriter::open(storePath);
    if (!writer)
        return writer.error();
    collector->m_writer = std::move(writer).value();
    Result<RawJournal> journal = RawJournal::open(storePath);
    if (!journal)
        return journal.error();
    collector->m_journal = std::make_unique<RawJournal>(std::move(journal).value());
    collector->m_ingest = std::make_unique<CollectorIngest>(*collector->m_writer, enricher);

    // What a crash left journaled but not stored, before anything new.
    {
        Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
        if (!store)
            return store.error();
        qint64 after = journalDoneThrough(store->handle());
        for (;;) {
            Result<std::vector<JournalEntry>> pending = collector->m_journal->after(after, 1000);
            if (!pending)
                return pending.error();
            if (pending->empty())
                break;
            after = pending->back().id;
            collector->m_ingest->push(std::move(pending).value());
        }
    }

    collector->m_server = std::make_unique<QHttpServer>();
    Collector *self = collector.get();
    collector->m_server->setMissingHandler(
        [self](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            self->handle(request, std::move(responder));
        });
    ConnectionLimits limits;
    limits.maxConnections = config.maxConnections;
    limits.maxBodyBytes = config.maxBodyBytes;
    limits.headerTimeoutMs = config.headerTimeoutMs;
    limits.idleTimeoutMs = config.idleTimeoutMs;
    auto *tcp = new GuardedTcpServer(limits, collector->m_server.get());
    QObject::connect(tcp, &GuardedTcpServer::refused, self,
                     [self](const QByteArray &reason) { ++self->m_stats.rejected[reason]; });
    if (!tcp->listen(config.address, config.port))
        return Error{Tr::tr("The collector cannot listen on %1:%2: %3")
                         .arg(config.address.toString())
                         .arg(config.port)
                         .arg(tcp->errorString()),
                     1};
    collector->m_port = tcp->serverPort();
    collector->m_server->bind(tcp);
    return collector;
}

quint16 Collector::port() const
{
    return m_port;
}

CollectorStats Collector::stats() const
{
    CollectorStats stats = m_stats;
    stats.queueDepth = m_ingest->depth();
    stats.records = m_ingest->records();
    stats.quarantined = m_ingest->quarantined();
    return stats;
}

void Collector::drain()
{
    m_ingest->drain();
}

bool Collector::withinRate(const QByteArray &client, qint64 now)
{
    if (m_rates.size() > 100000)
        m_rates.clear(); // a flood of addresses must not grow the table without end
    RateWindow &window = m_rates[client];
    const qint64 second = now / 1000;
    if (window.second != second) {
        window.second = second;
        window.requests = 0;
    }
    return ++window.requests <= m_config.requestsPerSecondPerClient;
}

void Collector::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toUtf8();
    const QByteArray method = methodName(request.method());
    const QByteArray origin = request.value("origin");

    Headers cors;
    if (!origin.isEmpty() && originAllowed(origin, m_config.allowedOrigins)) {
        // The exact origin, never *: sendBeacon sends credentials, and a preflighted beacon
        // with credentials is blocked by Chromium on a wildcard (formats.md §0.3).
        cors = {{"Access-Control-Allow-Origin", origin},
                {"Access-Control-Allow-Credentials", "true"},
                {"Vary", "Origin"}};
    }

    if (path == "/healthz") {
        respond(responder, 200, cors, "application/json", R"({"status":"ok"})");
        return;
    }
    if (path == "/metrics") {
        respond(responder, 200, {}, "text/plain; version=0.0.4", stats().prometheusText());
        return;
    }

    const std::optional<WireFormat> format = formatOfPath(path);
    const auto reject = [&](int status, const QByteArray &reason, const QString &message,
                            Headers headers) {
        ++m_stats.rejected[reason];
        headers += cors;
        refuse(responder, status, headers, reason, message);
    };
    // Elastic RUM asks for its central configuration here.
    const bool agentConfig = path == "/config/v1/rum/agents";
    if (!format && !agentConfig) {
        reject(404, "not_found",
               Tr::tr("There is no beacon endpoint at %1.").arg(QString::fromUtf8(path)), {});
        return;
    }
    if (!origin.isEmpty() && cors.isEmpty()) {
        reject(403, "origin_not_allowed",
               Tr::tr("Beacons from %1 are not accepted here.").arg(QString::fromLatin1(origin)),
               {});
        return;
    }
    if (method == "OPTIONS") {
        Headers preflight = cors;
        preflight += {{"Access-Control-Allow-Methods", "GET, POST, OPTIONS"},
                      {"Access-Control-Allow-Headers",
                       "content-type, content-encoding, x-api-key, x-faro-session-id"},
                      {"Access-Control-Max-Age", "600"}};
        respond(responder, 204, preflight);
        return;
    }
    if (agentConfig) {
        // None: what APM Server answers when no configuration is set.
        respond(responder, 200, cors, "application/json", "{}");
        return;
    }
    const bool getAllowed = *format == WireFormat::Boomerang;
    if (method != "POST" && !(method == "GET" && getAllowed)) {
        reject(405, "method_not_allowed",
               Tr::tr("%1 is not accepted at %2.")
                   .arg(QString::fromLatin1(method), QString::fromUtf8(path)),
               {{"Allow", getAllowed ? "GET, POST, OPTIONS" : "POST, OPTIONS"}});
        return;
    }
    ++m_stats.received;
    const QByteArray client = request.remoteAddress().toString().toLatin1();
    if (!withinRate(client, now)) {
        reject(429, "rate_limited",
               Tr::tr("Too many requests from this client; try again in a second."),
               {{"Retry-After", "1"}});
        return;
    }
    if (!m_config.appKeys.isEmpty() &&
        !m_config.appKeys.contains(QString::fromUtf8(appKeyOf(path, request)))) {
        reject(401, "bad_app_key", Tr::tr("The beacon carries no app key this collector knows."),
               {});
        return;
    }
    const QByteArray contentType = request.value("content-type").toLower();
    if (*format == WireFormat::Otlp && contentType.startsWith("application/x-protobuf")) {
        reject(415, "protobuf_not_supported",
               Tr::tr("OTLP protobuf bodies are not read yet: configure the exporter for "
                      "JSON (application/json)."),
               {});
        return;
    }
    const QByteArray raw = request.body();
    if (raw.size() > m_config.maxBodyBytes) {
        reject(413, "body_too_large",
               Tr::tr("The body is %1 bytes; at most %2 are accepted.")
                   .arg(raw.size())
                   .arg(m_config.maxBodyBytes),
               {});
        return;
    }
    Result<QByteArray> body = decodeBody(raw, request.value("content-encoding").trimmed().toLower(),
                                         m_config.maxDecodedBytes);
    if (!body) {
        const bool tooLarge = body.error().exitCode == kBodyTooLarge;
        reject(tooLarge ? 413 : 400, tooLarge ? "decoded_too_large" : "bad_encoding",
               body.error().message, {});
        return;
    }
    if (m_ingest->depth() >= m_config.maxQueuedPayloads) {
        reject(503, "busy", Tr::tr("The collector is catching up; try again shortly."),
               {{"Retry-After", "2"}});
        return;
    }

    Pending pending{{},     std::move(responder),  nullptr, *format, cors,
                    client, m_clock.nsecsElapsed()};
    pending.socket = pending.responder.socket();
    JournalEntry &entry = pending.entry;
    entry.format = formatId(*format);
    Payload &payload = entry.payload;
    payload.method = method;
    payload.path = path;
    payload.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    for (const auto &[name, value] : request.headers())
        payload.headers.append({name.toLower(), value});
    payload.body = std::move(body).value();
    payload.receivedAt = now;
    payload.origin = "http:" + path;
    m_pending.push_back(std::move(pending));
    if (!m_journalScheduled) {
        m_journalScheduled = true;
        QTimer::singleShot(0, this, &Collector::journalPending);
    }
}

void Collector::journalPending()
{
    m_journalScheduled = false;
    if (m_pending.empty())
        return;
    std::vector<Pending> pending = std::exchange(m_pending, {});
    std::vector<JournalEntry> entries;
    entries.reserve(pending.size());
    for (Pending &p : pending)
        entries.push_back(std::move(p.entry));
    const Result<qint64> journaled = m_journal->append(entries);
    if (journaled) {
        // In memory only, for geolocation: the journal never holds it.
        for (size_t i = 0; i < pending.size(); ++i)
            entries[i].payload.clientAddress = pending[i].client;
        m_ingest->push(std::move(entries));
    }
    for (size_t i = 0; i < pending.size(); ++i) {
        Pending &p = pending[i];
        if (!journaled) {
            ++m_stats.rejected["journal_failed"];
            Headers headers = p.cors;
            headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "5"));
            if (p.socket)
                refuse(p.responder, 503, headers, "journal_failed", journaled.error().message);
            continue;
        }
        ++m_stats.accepted;
        const double seconds = double(m_clock.nsecsElapsed() - p.receivedNs) / 1e9;
        m_stats.journalSecondsSum += seconds;
        m_stats.journalSecondsMax = std::max(m_stats.journalSecondsMax, seconds);
        if (!p.socket)
            continue;
        const auto [status, successBody] = successFor(p.format);
        respond(p.responder, status, p.cors,
                successBody.isEmpty() ? QByteArray() : "application/json", successBody);
    }
}

} // namespace rumscope
