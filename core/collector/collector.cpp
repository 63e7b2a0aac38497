#include "collector.h"

#include "collectoringest.h"
#include "enrich/enricher.h"
#include "enrich/geolocator.h"
#include "guardedtcpserver.h"
#include "ingest/bodydecoder.h"
#include "ingest/wireformat.h"
#include "store/feedreader.h"
#include "store/rawjournal.h"
#include "store/sqlite.h"
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

/// The request headers a preflight asks for, when they are all plain header names: SDKs add
/// their own (Faro: idempotency-key, x-faro-session-id), and a name left out blocks the POST.
QByteArray allowedRequestHeaders(const QByteArray &requested)
{
    const QByteArray fallback = "content-type, content-encoding, x-api-key, x-faro-session-id";
    if (requested.isEmpty() || requested.size() > 1024)
        return fallback;
    for (const char c : requested) {
        const bool token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ',' || c == ' ';
        if (!token)
            return fallback;
    }
    return requested;
}

/// Headers the journal never keeps: credentials, and the client's address as proxies pass it
/// on (the address is used for geolocation on arrival, then forgotten).
bool isPrivateHeader(const QByteArray &lowerName)
{
    static const QByteArray kPrivate[] = {
        "cookie",    "authorization", "proxy-authorization", "x-forwarded-for", "forwarded",
        "x-real-ip", "x-client-ip",   "cf-connecting-ip",    "true-client-ip"};
    return std::find(std::begin(kPrivate), std::end(kPrivate), lowerName) != std::end(kPrivate);
}

/// Faro rotates its session when told the one it sent is not valid: one it could not have
/// made (empty, overlong, or with characters outside its id alphabet).
bool faroSessionValid(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const char c : id) {
        const bool idChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!idChar)
            return false;
    }
    return true;
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
    bool faroSessionInvalid = false;
};

/// A feed reader waiting (long-poll) for batches after its cursor.
struct Collector::FeedWaiter
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    Headers cors;
    qint64 after = 0;
    qint64 limit = 0;
    qint64 deadline = 0; ///< m_clock ms
    QByteArray storeId;  ///< the store the reader's cursor is of; empty: not said
};

namespace {

constexpr qint64 kFeedDefaultLimit = 1000;
constexpr qint64 kFeedMaxLimit = 10000;
constexpr int kFeedMaxWaitSeconds = 50;

/// Whether token is one of tokens, in time that does not depend on where they differ.
bool tokenKnown(const QByteArray &token, const QStringList &tokens)
{
    bool known = false;
    for (const QString &candidate : tokens) {
        const QByteArray bytes = candidate.toUtf8();
        unsigned char difference = bytes.size() == token.size() ? 0 : 1;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            difference |= (unsigned char)(bytes[i] ^ (i < token.size() ? token[i] : 0));
        known |= difference == 0 && !token.isEmpty();
    }
    return known;
}

} // namespace

Collector::Collector()
{
    m_clock.start();
}

Collector::~Collector()
{
    // Stop taking requests, then let the ingest hand everything to the writer, which commits
    // it when it is destroyed.
    m_server.reset();
    m_feedWaiters.clear(); // their sockets went with the server
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
    collector->m_enricher = enricher;
    Result<std::unique_ptr<StoreWriter>> writer = StoreWriter::open(storePath);
    if (!writer)
        return writer.error();
    collector->m_writer = std::move(writer).value();
    Result<RawJournal> journal = RawJournal::open(storePath);
    if (!journal)
        return journal.error();
    collector->m_journal = std::make_unique<RawJournal>(std::move(journal).value());
    collector->m_ingest = std::make_unique<CollectorIngest>(*collector->m_writer, enricher,
                                                            !config.readTokens.isEmpty());
    Result<Store> reader = Store::open(storePath, Store::Mode::ReadOnly);
    if (!reader)
        return reader.error();
    collector->m_reader = std::make_unique<Store>(std::move(reader).value());

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
    // From the writer's thread: queued to this one.
    QObject::connect(collector->m_writer.get(), &StoreWriter::committed, self,
                     [self](qint64 records, qint64) {
                         Q_EMIT self->committed(records);
                         self->answerFeedWaiters();
                     });
    // Long-poll deadlines, and commits the signal does not report (a batch of quarantine only).
    collector->m_feedTimer = new QTimer(self);
    collector->m_feedTimer->setInterval(250);
    QObject::connect(collector->m_feedTimer, &QTimer::timeout, self, &Collector::answerFeedWaiters);
    if (config.retentionDays > 0) {
        auto *pruneTimer = new QTimer(self);
        pruneTimer->setInterval(3600 * 1000);
        QObject::connect(pruneTimer, &QTimer::timeout, self, &Collector::prune);
        pruneTimer->start();
        self->prune();
    }
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
    const WriterStats writer = m_writer->stats();
    stats.storeCommits = writer.commits;
    stats.storeWriteSecondsSum = writer.writeSecondsSum;
    stats.storeWriteSecondsMax = writer.writeSecondsMax;
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
                {"Access-Control-Expose-Headers",
                 "Retry-After, X-Faro-Session-Status, X-Sentry-Rate-Limits"},
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

    if (path == "/api/v1/feed") {
        handleFeed(request, responder, cors);
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
                       allowedRequestHeaders(request.value("access-control-request-headers"))},
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
    // How long to wait, as each SDK reads it: Retry-After, and Sentry's own header
    // (retry_after:categories:scope; no categories: all of them).
    const auto backOff = [&](const QByteArray &seconds) {
        Headers headers{{"Retry-After", seconds}};
        if (*format == WireFormat::Sentry)
            headers.append(std::pair<QByteArray, QByteArray>("X-Sentry-Rate-Limits",
                                                             seconds + "::organization"));
        return headers;
    };
    const QByteArray client = request.remoteAddress().toString().toLatin1();
    if (!withinRate(client, now)) {
        reject(429, "rate_limited",
               Tr::tr("Too many requests from this client; try again in a second."), backOff("1"));
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
               backOff("2"));
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
    for (const auto &[name, value] : request.headers()) {
        const QByteArray lower = name.toLower();
        if (!isPrivateHeader(lower))
            payload.headers.append({lower, value});
    }
    payload.body = std::move(body).value();
    payload.receivedAt = now;
    payload.origin = "http:" + path;
    if (const Geolocator *geolocator = m_enricher ? m_enricher->geolocator() : nullptr) {
        if (const std::optional<Place> place = geolocator->lookup(client))
            payload.clientPlace = encodePlace(*place);
    }
    if (*format == WireFormat::Faro) {
        const QByteArray session = request.value("x-faro-session-id");
        pending.faroSessionInvalid = !session.isEmpty() && !faroSessionValid(session);
    }
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
        // In memory only (the journal keeps the place instead): sessions that SDKs leave
        // without an id are told apart by it.
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
        if (p.faroSessionInvalid)
            p.cors.append(std::pair<QByteArray, QByteArray>("X-Faro-Session-Status", "invalid"));
        respond(p.responder, status, p.cors,
                successBody.isEmpty() ? QByteArray() : "application/json", successBody);
    }
}

} // namespace rumscope

namespace rumscope {

void Collector::handleFeed(const QHttpServerRequest &request, QHttpServerResponder &responder,
                           const Headers &cors)
{
    const auto reject = [&](int status, const QByteArray &reason, const QString &message,
                            Headers headers = {}) {
        ++m_stats.rejected[reason];
        headers += cors;
        refuse(responder, status, headers, reason, message);
    };
    if (request.method() == QHttpServerRequest::Method::Options) {
        Headers preflight = cors;
        preflight += {{"Access-Control-Allow-Methods", "GET, OPTIONS"},
                      {"Access-Control-Allow-Headers", "authorization"},
                      {"Access-Control-Max-Age", "600"}};
        respond(responder, 204, preflight);
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Get) {
        reject(405, "method_not_allowed", Tr::tr("The feed is read with GET."),
               {{"Allow", "GET, OPTIONS"}});
        return;
    }
    if (m_config.readTokens.isEmpty()) {
        reject(404, "feed_disabled",
               Tr::tr("This collector has no feed: start it with a read token to have one."));
        return;
    }
    // Before the token: guessing tokens is held to the same rate as sending beacons.
    if (!withinRate(request.remoteAddress().toString().toLatin1(),
                    QDateTime::currentMSecsSinceEpoch())) {
        reject(429, "rate_limited",
               Tr::tr("Too many requests from this client; try again in a second."),
               {{"Retry-After", "1"}});
        return;
    }
    const QByteArray authorization = request.value("authorization");
    const QByteArray token = authorization.startsWith("Bearer ")
                                 ? authorization.mid(int(qstrlen("Bearer "))).trimmed()
                                 : QByteArray();
    if (!tokenKnown(token, m_config.readTokens)) {
        reject(401, "bad_token",
               Tr::tr("Reading the feed takes a read token: Authorization: Bearer TOKEN."),
               {{"WWW-Authenticate", "Bearer"}});
        return;
    }
    const QUrlQuery query = request.query();
    const auto number = [&](const QString &name, qint64 fallback, qint64 low, qint64 high,
                            qint64 *value) {
        const QString text = query.queryItemValue(name);
        if (text.isEmpty()) {
            *value = fallback;
            return true;
        }
        bool ok = false;
        *value = text.toLongLong(&ok);
        return ok && *value >= low && *value <= high;
    };
    qint64 after = 0;
    qint64 limit = 0;
    qint64 wait = 0;
    if (!number(QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max(), &after)) {
        reject(400, "bad_cursor", Tr::tr("after must be a cursor the feed gave, 0 or more."));
        return;
    }
    if (!number(QStringLiteral("limit"), kFeedDefaultLimit, 1, kFeedMaxLimit, &limit)) {
        reject(400, "bad_limit", Tr::tr("limit must be between 1 and %1.").arg(kFeedMaxLimit));
        return;
    }
    if (!number(QStringLiteral("wait"), 0, 0, kFeedMaxWaitSeconds, &wait)) {
        reject(400, "bad_wait",
               Tr::tr("wait must be between 0 and %1 seconds.").arg(kFeedMaxWaitSeconds));
        return;
    }
    // A connection idle past the guard's timeout is closed, waiting reader or not.
    wait = std::min<qint64>(wait, std::max(0, m_config.idleTimeoutMs / 1000 - 5));
    FeedWaiter waiter{std::move(responder),
                      nullptr,
                      cors,
                      after,
                      limit,
                      m_clock.elapsed() + wait * 1000,
                      query.queryItemValue(QStringLiteral("store")).toLatin1()};
    waiter.socket = waiter.responder.socket();
    m_feedWaiters.push_back(std::move(waiter));
    answerFeedWaiters();
    if (!m_feedWaiters.empty() && !m_feedTimer->isActive())
        m_feedTimer->start();
}

void Collector::answerFeedWaiters()
{
    if (m_feedWaiters.empty()) {
        m_feedTimer->stop();
        return;
    }
    sqlite3 *db = m_reader->handle();
    // One snapshot: where the feed stands and what is read from it agree.
    sql::Transaction snapshot(db);
    const Result<FeedPosition> position = feedPosition(db);
    const qint64 now = m_clock.elapsed();
    std::vector<FeedWaiter> waiting;
    for (FeedWaiter &waiter : m_feedWaiters) {
        if (!waiter.socket)
            continue; // the reader went away
        Headers headers = waiter.cors;
        const auto refuseWaiter = [&](int status, const QByteArray &reason,
                                      const QString &message) {
            ++m_stats.rejected[reason];
            refuse(waiter.responder, status, headers, reason, message);
        };
        if (!position) {
            refuseWaiter(500, "store_failed", position.error().message);
            continue;
        }
        // Every answer says whose cursors these are.
        headers.append(std::pair<QByteArray, QByteArray>("X-Rumscope-Store-Id", position->storeId));
        if (!waiter.storeId.isEmpty() && waiter.storeId != position->storeId) {
            refuseWaiter(409, "other_store",
                         Tr::tr("The cursor belongs to store %1; this collector writes to %2: "
                                "start again from 0.")
                             .arg(QString::fromLatin1(waiter.storeId),
                                  QString::fromLatin1(position->storeId)));
            continue;
        }
        if (waiter.after < position->prunedThrough) {
            refuseWaiter(410, "cursor_expired",
                         Tr::tr("What came after cursor %1 was pruned; the feed starts after %2.")
                             .arg(waiter.after)
                             .arg(position->prunedThrough));
            continue;
        }
        if (waiter.after > position->head) {
            refuseWaiter(400, "bad_cursor",
                         Tr::tr("Cursor %1 is past the end of this feed (%2): it belongs to "
                                "another store.")
                             .arg(waiter.after)
                             .arg(position->head));
            continue;
        }
        const bool ready = position->head > waiter.after;
        if (!ready && now < waiter.deadline) {
            waiting.push_back(std::move(waiter));
            continue;
        }
        Result<FeedPage> page = ready ? readFeed(db, waiter.after, waiter.limit)
                                      : Result<FeedPage>(FeedPage{{}, 0, waiter.after});
        if (!page) {
            refuseWaiter(500, "store_failed", page.error().message);
            continue;
        }
        headers += {{"X-Rumscope-Cursor", QByteArray::number(page->cursor)},
                    {"X-Rumscope-Records", QByteArray::number(page->records)},
                    {"Cache-Control", "no-store"}};
        ++m_stats.feedRequests;
        m_stats.feedRecords += page->records;
        respond(waiter.responder, 200, headers, "application/x-ndjson", page->lines);
    }
    m_feedWaiters = std::move(waiting);
    if (m_feedWaiters.empty())
        m_feedTimer->stop();
}

void Collector::prune()
{
    if (m_config.retentionDays <= 0)
        return;
    const qint64 olderThan =
        QDateTime::currentMSecsSinceEpoch() - qint64(m_config.retentionDays) * 24 * 3600 * 1000;
    m_writer->pruneFeed(olderThan);
    // Only what the store already holds the outcome of: the rest is still to be parsed.
    if (const Result<qint64> pruned =
            m_journal->prune(olderThan, journalDoneThrough(m_reader->handle()));
        !pruned) {
        ++m_stats.rejected["journal_prune_failed"];
    }
}

} // namespace rumscope
