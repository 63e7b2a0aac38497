#pragma once
// Follows a remote collector's feed (GET /api/v1/feed, collector.h) into a local store: asks
// for what came after its cursor, waiting at the collector for more (long-poll), writes the
// records with the new cursor in the same commit, and asks again. A dropped connection or a
// busy collector is retried with growing pauses (1 s to 30 s, or the Retry-After it names);
// a refused token or an expired cursor stops it with the collector's reason. After a restart
// it resumes from the cursor the store holds: nothing twice, nothing missed.

#include "common/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace rumscope {

class CanonicalParser;
class StoreWriter;

class FeedFollower : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Connecting,
        Live,
        Reconnecting,
        Failed
    };
    Q_ENUM(State)

    struct Options
    {
        QUrl url;         ///< the collector, e.g. http://rum.example:8787
        QByteArray token; ///< its read token
        int waitSeconds = 25;
        int limit = 2000; ///< records per request
        int maxBackoffMs = 30000;
        /// A page is at most `limit` records of a few KB; a peer that sends far more is not
        /// a feed.
        qint64 maxPageBytes = 256 * 1024 * 1024;
    };

    /// Opens a writer on the store at storePath (which must exist) and reads the cursor it
    /// holds for the collector. Fails for a URL that is not http(s) or a store that does not
    /// open.
    static Result<std::unique_ptr<FeedFollower>> create(const QString &storePath,
                                                        const Options &options);
    ~FeedFollower() override; ///< stops, then commits what it received

    State state() const { return m_state; }
    qint64 cursor() const { return m_after; }
    qint64 recordsReceived() const { return m_records; }
    const QUrl &url() const { return m_options.url; }

public Q_SLOTS:
    /// Starts following (from the thread it lives in: its network objects are made there).
    void start();
    void stop();

Q_SIGNALS:
    /// detail: for people — the reason of a failure, the retry delay, the collector.
    void stateChanged(rumscope::FeedFollower::State state, const QString &detail);
    /// A page of the feed was handed to the store writer.
    void received(qint64 records, qint64 cursor);
    /// Records were committed to the store (emitted from the writer's thread).
    void committed(qint64 records);

private:
    FeedFollower();
    void request();
    void finished(QNetworkReply *reply);
    void retry(const QString &reason, int retryAfterMs);
    void fail(const QString &reason);
    void setState(State state, const QString &detail);

    Options m_options;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<CanonicalParser> m_parser;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    State m_state = State::Stopped;
    QByteArray m_storeId;
    qint64 m_after = 0;
    qint64 m_records = 0;
    int m_backoffMs = 0;
    bool m_oversized = false; ///< the running request was aborted for its size
};

} // namespace rumscope
