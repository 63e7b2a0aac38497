#include "feedfollower.h"

#include "feedcursor.h"
#include "ingest/canonicalcodec.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::FeedFollower)
};

/// The collector's reason for a refusal: its JSON message, else the HTTP status line.
QString refusalOf(QNetworkReply *reply, const QByteArray &body)
{
    const QString message =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return Tr::tr("HTTP %1 %2")
        .arg(status)
        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
}

} // namespace

FeedFollower::FeedFollower()
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &FeedFollower::request);
}

FeedFollower::~FeedFollower()
{
    m_state = State::Stopped; // the abort's finished() is not a lost connection
    if (m_reply)
        m_reply->abort();
}

Result<std::unique_ptr<FeedFollower>> FeedFollower::create(const QString &storePath,
                                                           const Options &options)
{
    const QString scheme = options.url.scheme();
    if (!options.url.isValid() || options.url.host().isEmpty() ||
        (scheme != u"http" && scheme != u"https"))
        return Error{Tr::tr("\"%1\" is not a collector's address: give one like "
                            "http://rum.example.com:8787.")
                         .arg(options.url.toString()),
                     2};
    if (options.token.isEmpty())
        return Error{Tr::tr("Following a collector takes its read token."), 2};
    std::unique_ptr<FeedFollower> follower(new FeedFollower);
    follower->m_options = options;
    {
        Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
        if (!store)
            return store.error();
        const FeedCursor cursor = readFeedCursor(store->handle(), options.url);
        follower->m_storeId = cursor.storeId;
        follower->m_after = cursor.after;
    }
    Result<std::unique_ptr<StoreWriter>> writer = StoreWriter::open(storePath);
    if (!writer)
        return writer.error();
    follower->m_writer = std::move(writer).value();
    follower->m_parser = std::make_unique<CanonicalParser>();
    FeedFollower *self = follower.get();
    connect(follower->m_writer.get(), &StoreWriter::committed, self,
            [self](qint64 records, qint64) { Q_EMIT self->committed(records); });
    return follower;
}

void FeedFollower::start()
{
    if (m_state != State::Stopped && m_state != State::Failed)
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_backoffMs = 0;
    setState(State::Connecting, m_options.url.toString());
    request();
}

void FeedFollower::stop()
{
    m_retryTimer.stop();
    const bool wasStopped = m_state == State::Stopped;
    m_state = State::Stopped; // before the abort: its finished() is not a lost connection
    if (m_reply)
        m_reply->abort();
    if (!wasStopped)
        Q_EMIT stateChanged(m_state, {});
}

void FeedFollower::request()
{
    if (m_state == State::Stopped || m_state == State::Failed)
        return;
    QUrl url = m_options.url;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/api/v1/feed"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(m_after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.limit));
    query.addQueryItem(QStringLiteral("wait"), QString::number(m_options.waitSeconds));
    if (!m_storeId.isEmpty())
        query.addQueryItem(QStringLiteral("store"), QString::fromLatin1(m_storeId));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_options.token);
    // The collector holds the request up to `wait` seconds; past that and a margin the
    // connection is taken for dead.
    request.setTransferTimeout((m_options.waitSeconds + 15) * 1000);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    reply->setReadBufferSize(0);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > m_options.maxPageBytes) {
            m_oversized = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void FeedFollower::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_state == State::Stopped || m_state == State::Failed)
        return;
    if (std::exchange(m_oversized, false)) {
        fail(Tr::tr("%1 sent a page of more than %2 MB: that is not a rumscope feed.")
                 .arg(m_options.url.toString())
                 .arg(std::max<qint64>(1, m_options.maxPageBytes / (1024 * 1024))));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || !reply->isOpen()) {
        retry(reply->errorString(), 0);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status == 429 || status >= 500) {
        bool ok = false;
        const int seconds = reply->rawHeader("Retry-After").toInt(&ok);
        retry(refusalOf(reply, body), ok && seconds > 0 ? std::min(seconds, 300) * 1000 : 0);
        return;
    }
    const QByteArray storeId = reply->rawHeader("X-Rumscope-Store-Id");
    if (status == 409 && !storeId.isEmpty()) {
        // Another store behind the same address: its cursors mean nothing here. Start from
        // its beginning.
        m_storeId = storeId;
        m_after = 0;
        request();
        return;
    }
    if (status != 200) {
        // A wrong token, an expired cursor, a collector without a feed: asking again will
        // not help.
        fail(refusalOf(reply, body));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // The connection broke in the middle of the page: none of it counts.
        retry(reply->errorString(), 0);
        return;
    }
    bool cursorOk = false;
    const qint64 cursor = reply->rawHeader("X-Rumscope-Cursor").toLongLong(&cursorOk);
    bool recordsOk = false;
    const qint64 pageRecords = reply->rawHeader("X-Rumscope-Records").toLongLong(&recordsOk);
    if (!cursorOk || cursor < 0 || !recordsOk || storeId.isEmpty()) {
        fail(Tr::tr("%1 does not answer as a rumscope collector (no feed cursor).")
                 .arg(m_options.url.toString()));
        return;
    }
    if (body.count('\n') != pageRecords) {
        retry(Tr::tr("a page of the feed arrived incomplete"), 0);
        return;
    }
    if (m_storeId.isEmpty())
        m_storeId = storeId;
    m_backoffMs = 0;
    if (m_state != State::Live)
        setState(State::Live, m_options.url.toString());

    WriteBatch batch = m_writer->takeEmptyBatch();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 lineNumber = 0;
    for (qsizetype start = 0; start < body.size();) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView line(body.constData() + start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        Result<Record> record = m_parser->parseLine(line);
        if (record)
            batch.records.push_back(std::move(record).value());
        else
            batch.quarantined.push_back({m_options.url.toString(), lineNumber, now,
                                         record.error().message, line.toByteArray()});
    }
    const qint64 records = qint64(batch.records.size());
    batch.meta.append({feedCursorKey(m_options.url), feedCursorValue({m_storeId, cursor})});
    if (!m_writer->submit(std::move(batch))) {
        fail(m_writer->stats().lastError);
        return;
    }
    m_after = cursor;
    m_records += records;
    Q_EMIT received(records, cursor);
    request();
}

void FeedFollower::retry(const QString &reason, int retryAfterMs)
{
    m_backoffMs = m_backoffMs == 0 ? 1000 : std::min(m_backoffMs * 2, m_options.maxBackoffMs);
    const int delay = std::max(m_backoffMs, retryAfterMs);
    setState(State::Reconnecting,
             Tr::tr("%1 — trying again in %2 s").arg(reason).arg((delay + 999) / 1000));
    m_retryTimer.start(delay);
}

void FeedFollower::fail(const QString &reason)
{
    m_retryTimer.stop();
    setState(State::Failed, reason);
}

void FeedFollower::setState(State state, const QString &detail)
{
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

} // namespace rumscope
