#pragma once
// The HTTP collector: real SDKs post their beacons here (formats.md §0.1). Each payload is
// journaled (RawJournal) before its client gets the 2xx its SDK expects, then parsed in
// journal order and written to the store; what does not parse is quarantined, never dropped.
// Limits answer with a status and a JSON reason: 413 for a body or an inflated body past its
// limit, 415 for OTLP protobuf, 400 for a body that does not inflate, 401 for a missing or
// wrong app key, 403 for an origin not on the allow-list, 429 with Retry-After past a
// client's request rate, 503 with Retry-After while the parser is too far behind.
//
// Qt HttpServer 6.4 reads a whole request before the collector sees it and has no limit on
// request size, connection count or timeouts of its own: GuardedTcpServer watches the bytes
// before it reads them (connections, header size and time, announced body size, idle time).

#include "collectorconfig.h"
#include "collectorstats.h"
#include "common/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QTcpSocket;

namespace rumscope {

class CollectorIngest;
class Enricher;
class RawJournal;
class Store;
class StoreWriter;

class Collector : public QObject
{
    Q_OBJECT
public:
    /// Opens the store at storePath (which must exist) for writing, parses what its journal
    /// holds beyond the store's mark (payloads a crash left behind), and listens. enricher
    /// may be null; it is not owned and must outlive the collector.
    static Result<std::unique_ptr<Collector>>
    start(const QString &storePath, const CollectorConfig &config, Enricher *enricher = nullptr);
    ~Collector() override; ///< stops listening, then commits everything it accepted

    quint16 port() const;
    CollectorStats stats() const;
    /// Returns once every payload accepted so far is committed to the store.
    void drain();
    /// Deletes journaled payloads and feed batches older than the retention (already
    /// committed to the store); runs by itself every hour.
    void prune();

Q_SIGNALS:
    /// Records were committed to the store (emitted on the collector's thread).
    void committed(qint64 records);

private:
    Collector();
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool withinRate(const QByteArray &client, qint64 now);
    /// Journals every payload that arrived since the last call in one transaction, then
    /// answers their clients: group commit, without waiting for more to arrive.
    void journalPending();
    void handleFeed(const QHttpServerRequest &request, QHttpServerResponder &responder,
                    const QList<std::pair<QByteArray, QByteArray>> &cors);
    /// Answers the feed readers waiting for batches that are now committed, or whose wait is
    /// over.
    void answerFeedWaiters();

    CollectorConfig m_config;
    Enricher *m_enricher = nullptr;
    // Declared in the order they are built; destroyed in reverse: the server stops first,
    // the ingest hands over what it holds, the writer commits it.
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<RawJournal> m_journal;
    std::unique_ptr<CollectorIngest> m_ingest;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<Store> m_reader; ///< read-only, for the feed
    struct FeedWaiter;
    std::vector<FeedWaiter> m_feedWaiters;
    QTimer *m_feedTimer = nullptr;
    quint16 m_port = 0;
    CollectorStats m_stats;
    struct Pending;
    std::vector<Pending> m_pending;
    bool m_journalScheduled = false;
    QElapsedTimer m_clock;
    struct RateWindow
    {
        qint64 second = 0;
        int requests = 0;
    };
    QHash<QByteArray, RateWindow> m_rates;
};

} // namespace rumscope
