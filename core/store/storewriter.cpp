#include "storewriter.h"

#include "rawjournal.h"

#include "ingest/canonicalcodec.h"
#include "recordtable.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <pthread.h>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rumscope {
namespace {

// Large transactions are what make SQLite fast; this bounds how much a crash can take back.
constexpr qint64 kCommitEveryRecords = 200000;
constexpr int kBusyTimeoutMs = 10000;                     // as Store::open sets it
constexpr std::chrono::milliseconds kCommitInterval{250}; // what a reader may lag behind
constexpr int kMaxCachedSessions = 1 << 20;

using Job = std::variant<WriteBatch, std::function<void()>>;

struct SessionSpan
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
};

} // namespace

struct StoreWriter::Private
{
    StoreWriter *q = nullptr;
    std::optional<Store> store;
    std::unique_ptr<RecordInserter> inserter;
    sql::Statement sessionLookup;
    sql::Statement sessionCreate;
    sql::Statement sessionSpanUpdate;
    sql::Statement quarantineInsert;

    std::mutex mutex;
    std::condition_variable queueChanged;
    std::deque<Job> queue;
    std::vector<WriteBatch> spareBatches; // written batches, emptied, capacity kept
    size_t queueLimit = 8;
    bool stopping = false;
    bool busy = false;
    WriterStats stats;
    std::thread thread;

    std::optional<Store> checkpointStore;
    std::thread checkpointThread;
    std::condition_variable checkpointWanted;
    bool checkpointPending = false;
    static int walHook(void *self, sqlite3 *, const char *, int frames);
    void runCheckpoints();

    // Writer-thread state
    std::optional<sql::Transaction> transaction;
    qint64 uncommittedRecords = 0;
    int commitsSincePrune = 0;
    static constexpr int kPruneEveryCommits = 64;
    std::chrono::steady_clock::time_point lastCommit = std::chrono::steady_clock::now();
    qint64 uncommittedQuarantined = 0;
    std::chrono::steady_clock::duration uncommittedWriteTime{};
    qint64 journaledThrough = 0; ///< the highest WriteBatch::journaledThrough written
    QHash<QString, qint64> sessionRows;
    QSet<qint64> derivedSessions; // created from events, no session record seen yet
    QHash<qint64, SessionSpan> derivedSessionSpans; // their time spans in this transaction

    sqlite3 *db() const { return store->handle(); }
    void run();
    void write(WriteBatch &batch);
    void writeQuarantined(const QuarantinedPayload &payload);
    void refuse(const Record &record, const QString &error);
    std::array<std::vector<RecordInserter::PendingRow>, kRecordTypeCount> pendingRows;
    std::optional<qint64> resolveSession(const EventBase &event);
    void commit();
    void fail(const QString &message);
    /// Rolls back the open transaction after an error, and fails.
    void abandon(const QString &message);
};

StoreWriter::StoreWriter()
    : d(std::make_unique<Private>())
{
    d->q = this;
}

Result<std::unique_ptr<StoreWriter>> StoreWriter::open(const QString &path, int queueBatches)
{
    Result<Store> store = Store::open(path, Store::Mode::ReadWrite);
    if (!store)
        return store.error();
    std::unique_ptr<StoreWriter> writer(new StoreWriter);
    Private &d = *writer->d;
    d.store.emplace(std::move(store).value());
    d.queueLimit = size_t(std::max(1, queueBatches));
    sqlite3 *db = d.db();
    // WAL with synchronous=NORMAL: a commit is durable against a process crash; an OS crash may
    // lose the last transactions but never corrupts the store.
    sql::exec(db, "PRAGMA cache_size = -65536");
    // Checkpoints copy the WAL into the store and wait for the disk. They run on a connection
    // and thread of their own, so commits never wait for an fsync.
    sql::exec(db, "PRAGMA wal_autocheckpoint = 0");
    Result<Store> checkpointStore = Store::open(path, Store::Mode::ReadWrite);
    if (!checkpointStore)
        return checkpointStore.error();
    d.checkpointStore.emplace(std::move(checkpointStore).value());
    sqlite3_wal_hook(db, &Private::walHook, &d);
    sql::exec(db, "PRAGMA temp_store = MEMORY");
    d.inserter = std::make_unique<RecordInserter>(db);
    d.journaledThrough = journalDoneThrough(db);
    d.sessionLookup = sql::Statement(db, "SELECT id FROM sessions WHERE session_id = ?");
    d.sessionCreate = sql::Statement(
        db, "INSERT INTO sessions (session_id, ts, last_seen, app, env, release, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    d.sessionSpanUpdate = sql::Statement(
        db, "UPDATE sessions SET ts = min(ts, ?2), last_seen = max(coalesce(last_seen, 0), ?3) "
            "WHERE id = ?1");
    d.quarantineInsert = sql::Statement(
        db, "INSERT INTO quarantine (origin, line, received, reason, raw) VALUES (?, ?, ?, ?, ?)");
    if (!d.inserter->valid() || !d.sessionLookup.valid() || !d.sessionCreate.valid() ||
        !d.sessionSpanUpdate.valid() || !d.quarantineInsert.valid())
        return Error{QCoreApplication::translate("rumscope::Store",
                                                 "Cannot prepare writing to the store %1: %2")
                         .arg(path, sql::lastError(db)),
                     1};
    d.thread = std::thread([&d] { d.run(); });
    d.checkpointThread = std::thread([&d] { d.runCheckpoints(); });
    return writer;
}

StoreWriter::~StoreWriter()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->queueChanged.notify_all();
    d->checkpointWanted.notify_all();
    if (d->thread.joinable())
        d->thread.join();
    if (d->checkpointThread.joinable())
        d->checkpointThread.join();
    // Leave a compact store behind: everything in the main file, an empty WAL.
    sql::exec(d->db(), "PRAGMA wal_checkpoint(TRUNCATE)");
}

bool StoreWriter::submit(WriteBatch batch)
{
    std::unique_lock lock(d->mutex);
    d->queueChanged.wait(
        lock, [this] { return d->queue.size() < d->queueLimit || !d->stats.lastError.isEmpty(); });
    if (!d->stats.lastError.isEmpty())
        return false;
    d->queue.emplace_back(std::move(batch));
    lock.unlock();
    d->queueChanged.notify_all();
    return true;
}

WriteBatch StoreWriter::takeEmptyBatch()
{
    std::unique_lock lock(d->mutex);
    if (d->spareBatches.empty())
        return {};
    WriteBatch batch = std::move(d->spareBatches.back());
    d->spareBatches.pop_back();
    lock.unlock();
    // Freeing the written records here puts that work on the producer's thread, not the
    // writer's, which is the one that limits the import rate.
    batch.records.clear();
    batch.quarantined.clear();
    batch.journaledThrough = 0;
    batch.feedLines.clear();
    batch.feedRecords = 0;
    batch.feedReceived = 0;
    batch.meta.clear();
    return batch;
}

WriterStats StoreWriter::flush()
{
    std::unique_lock lock(d->mutex);
    d->queue.emplace_back(std::function<void()>([this] { d->commit(); }));
    d->queueChanged.notify_all();
    d->queueChanged.wait(lock, [this] { return d->queue.empty() && !d->busy; });
    return d->stats;
}

WriterStats StoreWriter::stats() const
{
    std::lock_guard lock(d->mutex);
    return d->stats;
}

Result<qint64> StoreWriter::beginImport(const QString &path, qint64 bytes)
{
    auto promise = std::make_shared<std::promise<Result<qint64>>>();
    std::future<Result<qint64>> future = promise->get_future();
    {
        std::lock_guard lock(d->mutex);
        d->queue.emplace_back(std::function<void()>([this, promise, path, bytes] {
            sql::Statement insert(d->db(), "INSERT INTO imports (path, bytes, started) "
                                           "VALUES (?, ?, ?)");
            insert.bind(1, path);
            insert.bind(2, bytes);
            insert.bind(3, QDateTime::currentMSecsSinceEpoch());
            if (insert.step() == SQLITE_DONE)
                promise->set_value(qint64(sqlite3_last_insert_rowid(d->db())));
            else
                promise->set_value(Error{sql::lastError(d->db()), 1});
        }));
    }
    d->queueChanged.notify_all();
    return future.get();
}

void StoreWriter::finishImport(qint64 importId, qint64 accepted, qint64 quarantined, bool cancelled,
                               const QByteArray &contentHash)
{
    {
        std::lock_guard lock(d->mutex);
        d->queue.emplace_back(std::function<void()>([=, this] {
            sql::Statement update(d->db(), "UPDATE imports SET finished = ?, accepted = ?, "
                                           "quarantined = ?, cancelled = ?, content_hash = ? "
                                           "WHERE id = ?");
            update.bind(1, QDateTime::currentMSecsSinceEpoch());
            update.bind(2, accepted);
            update.bind(3, quarantined);
            update.bind(4, qint64(cancelled));
            update.bind(5, QString::fromLatin1(contentHash));
            update.bind(6, importId);
            update.step();
        }));
    }
    d->queueChanged.notify_all();
}

void StoreWriter::pruneFeed(qint64 olderThan)
{
    {
        std::lock_guard lock(d->mutex);
        d->queue.emplace_back(std::function<void()>([=, this] {
            if (!d->stats.lastError.isEmpty())
                return;
            sql::Statement last(d->db(), "SELECT max(id) FROM feed WHERE received < ?1");
            last.bind(1, olderThan);
            if (last.step() != SQLITE_ROW || last.isNull(0))
                return;
            const qint64 through = last.integer(0);
            // The rows and the mark that tells readers they are gone, in one commit: a reader
            // never sees the one without the other.
            if (!d->transaction)
                d->transaction.emplace(d->db());
            sql::Statement remove(d->db(), "DELETE FROM feed WHERE id <= ?1");
            remove.bind(1, through);
            sql::Statement mark(d->db(), "INSERT OR REPLACE INTO meta (key, value) "
                                         "VALUES ('feed_pruned_through', ?1)");
            mark.bind(1, QString::number(through));
            if (remove.step() != SQLITE_DONE || mark.step() != SQLITE_DONE)
                d->abandon(sql::lastError(d->db()));
        }));
    }
    d->queueChanged.notify_all();
}

void StoreWriter::Private::run()
{
    pthread_setname_np(pthread_self(), "rumscope-writer");
    const auto hasWork = [this] { return stopping || !queue.empty(); };
    for (;;) {
        std::unique_lock lock(mutex);
        if (transaction) {
            // Something is uncommitted: wait for more, but not past the commit interval.
            if (!queueChanged.wait_until(lock, lastCommit + kCommitInterval, hasWork)) {
                lock.unlock();
                commit();
                continue;
            }
        } else {
            queueChanged.wait(lock, hasWork);
        }
        if (queue.empty()) {
            if (stopping)
                break;
            continue;
        }
        Job job = std::move(queue.front());
        queue.pop_front();
        busy = true;
        const bool failed = !stats.lastError.isEmpty();
        lock.unlock();
        queueChanged.notify_all(); // room in the queue

        auto *batch = std::get_if<WriteBatch>(&job);
        if (batch) {
            if (!failed) {
                if (!transaction)
                    transaction.emplace(db());
                const auto started = std::chrono::steady_clock::now();
                write(*batch);
                uncommittedWriteTime += std::chrono::steady_clock::now() - started;
            }
        } else {
            // Journal entries and flushes run even after a failure: callers wait on them.
            std::get<std::function<void()>>(job)();
        }
        lock.lock();
        if (batch && spareBatches.size() < queueLimit)
            spareBatches.push_back(std::move(*batch));
        const bool idle = queue.empty();
        lock.unlock();
        // Large transactions make SQLite fast: commit when enough piled up, or when the
        // producers pause and the last commit is a while ago. A flush job commits itself.
        const bool due = std::chrono::steady_clock::now() - lastCommit >= kCommitInterval;
        if (transaction && (uncommittedRecords >= kCommitEveryRecords || (idle && due)))
            commit();
        lock.lock();
        busy = false;
        queueChanged.notify_all();
    }
    commit();
}

int StoreWriter::Private::walHook(void *self, sqlite3 *db, const char *, int frames)
{
    constexpr int kCheckpointFrames = 8192; // 32 MiB of 4 KiB pages
    constexpr int kRestartFrames = 65536;   // 256 MiB
    if (frames >= kRestartFrames) {
        // A writer that never pauses never lets a passive checkpoint finish, and the WAL would
        // grow without end. Most of it is copied already; finish the job and start it over.
        // Never wait here: with a reader on an old snapshot it fails, and the next commit tries
        // again.
        sqlite3_busy_timeout(db, 0);
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_RESTART, nullptr, nullptr);
        sqlite3_busy_timeout(db, kBusyTimeoutMs);
    } else if (frames >= kCheckpointFrames) {
        auto *d = static_cast<Private *>(self);
        std::lock_guard lock(d->mutex);
        d->checkpointPending = true;
        d->checkpointWanted.notify_all();
    }
    return SQLITE_OK;
}

void StoreWriter::Private::runCheckpoints()
{
    pthread_setname_np(pthread_self(), "rumscope-ckpt");
    std::unique_lock lock(mutex);
    for (;;) {
        checkpointWanted.wait(lock, [this] { return stopping || checkpointPending; });
        if (stopping)
            return;
        checkpointPending = false;
        lock.unlock();
        // PASSIVE never blocks the writer; what it cannot copy yet waits for the next round.
        sqlite3_wal_checkpoint_v2(checkpointStore->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                  nullptr, nullptr);
        lock.lock();
    }
}

void StoreWriter::Private::write(WriteBatch &batch)
{
    // Sessions first, so events later in the batch find theirs; then each table's rows in
    // one run of multi-row inserts. Within a table the order of the batch is kept.
    for (const Record &record : batch.records) {
        const auto *session = std::get_if<Session>(&record);
        if (!session)
            continue;
        if (std::optional<qint64> row = inserter->upsertSession(*session)) {
            if (sessionRows.size() > kMaxCachedSessions)
                sessionRows.clear();
            sessionRows.insert(session->sessionId, *row);
            derivedSessions.remove(*row);
            derivedSessionSpans.remove(*row);
            ++uncommittedRecords;
        } else {
            refuse(record, sql::lastError(db()));
        }
    }
    for (auto &rows : pendingRows)
        rows.clear();
    for (const Record &record : batch.records) {
        if (record.index() != size_t(RecordType::Session))
            pendingRows[record.index()].push_back({&record, resolveSession(eventBase(record))});
    }
    for (const auto &rows : pendingRows) {
        if (rows.empty())
            continue;
        qint64 refused = 0;
        const QString fatal = inserter->insertAll(
            rows, [&](const RecordInserter::PendingRow &row, const QString &error) {
                ++refused;
                refuse(*row.record, error);
            });
        if (!fatal.isEmpty()) {
            abandon(fatal);
            return;
        }
        uncommittedRecords += qint64(rows.size()) - refused;
    }
    for (const QuarantinedPayload &payload : batch.quarantined)
        writeQuarantined(payload);
    if (!batch.feedLines.isEmpty()) {
        sql::Statement &feed = store->statements().get(
            "INSERT INTO feed (received, records, lines) VALUES (?1, ?2, ?3)");
        feed.bind(1, batch.feedReceived);
        feed.bind(2, batch.feedRecords);
        sqlite3_bind_blob(feed.get(), 3, batch.feedLines.constData(), int(batch.feedLines.size()),
                          SQLITE_STATIC);
        const int rc = feed.step();
        feed.reset();
        if (rc != SQLITE_DONE) {
            abandon(sql::lastError(db()));
            return;
        }
    }
    for (const auto &[key, value] : batch.meta) {
        sql::Statement &set =
            store->statements().get("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
        set.bind(1, key);
        set.bind(2, value);
        const int rc = set.step();
        set.reset();
        if (rc != SQLITE_DONE) {
            abandon(sql::lastError(db()));
            return;
        }
    }
    if (batch.journaledThrough > journaledThrough) {
        journaledThrough = batch.journaledThrough;
        sql::Statement &mark = store->statements().get(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('journal_done_through', ?1)");
        mark.bind(1, QString::number(journaledThrough));
        if (mark.step() != SQLITE_DONE)
            abandon(sql::lastError(db()));
    }
}

void StoreWriter::Private::refuse(const Record &record, const QString &error)
{
    // A record the store refuses is kept, with the reason, rather than lost.
    qCWarning(lcStore) << "record refused by the store:" << error;
    writeQuarantined(
        {QStringLiteral("store"), 0, QDateTime::currentMSecsSinceEpoch(),
         QCoreApplication::translate("rumscope::Store", "The store refused the record: %1")
             .arg(error),
         toCanonicalLine(record)});
}

void StoreWriter::Private::writeQuarantined(const QuarantinedPayload &payload)
{
    quarantineInsert.bind(1, payload.origin);
    quarantineInsert.bind(2, payload.line);
    quarantineInsert.bind(3, payload.receivedAt);
    quarantineInsert.bind(4, payload.reason);
    sqlite3_bind_blob(quarantineInsert.get(), 5, payload.raw.constData(), int(payload.raw.size()),
                      SQLITE_TRANSIENT);
    const int rc = quarantineInsert.step();
    quarantineInsert.reset();
    if (rc == SQLITE_DONE)
        ++uncommittedQuarantined;
    else
        fail(sql::lastError(db()));
}

std::optional<qint64> StoreWriter::Private::resolveSession(const EventBase &event)
{
    if (event.sessionId.isEmpty())
        return std::nullopt;
    qint64 row = sessionRows.value(event.sessionId, -1);
    if (row < 0) {
        sessionLookup.bind(1, event.sessionId);
        if (sessionLookup.step() == SQLITE_ROW)
            row = sessionLookup.integer(0);
        sessionLookup.reset();
    }
    if (row < 0) {
        // Events came before (or without) their session record: start the session from them.
        sessionCreate.bind(1, event.sessionId);
        sessionCreate.bind(2, event.time);
        sessionCreate.bind(3, event.time);
        int index = 4;
        for (const QString *label : {&event.app, &event.env, &event.release, &event.source}) {
            if (const std::optional<qint64> id = inserter->labels().id(*label))
                sessionCreate.bind(index++, *id);
            else
                sessionCreate.bindNull(index++);
        }
        if (sessionCreate.step() != SQLITE_DONE) {
            sessionCreate.reset();
            return std::nullopt;
        }
        sessionCreate.reset();
        row = sqlite3_last_insert_rowid(db());
        derivedSessions.insert(row);
    }
    if (sessionRows.size() > kMaxCachedSessions) {
        sessionRows.clear();
        derivedSessions.clear();
    }
    sessionRows.insert(event.sessionId, row);
    if (derivedSessions.contains(row)) {
        SessionSpan &span = derivedSessionSpans[row];
        span.first = std::min(span.first, event.time);
        span.last = std::max(span.last, event.time);
    }
    return row;
}

void StoreWriter::Private::commit()
{
    if (!transaction)
        return;
    for (auto it = derivedSessionSpans.cbegin(); it != derivedSessionSpans.cend(); ++it) {
        if (it->first > it->last)
            continue;
        sessionSpanUpdate.bind(1, it.key());
        sessionSpanUpdate.bind(2, it->first);
        sessionSpanUpdate.bind(3, it->last);
        sessionSpanUpdate.step();
        sessionSpanUpdate.reset();
    }
    derivedSessionSpans.clear();
    // Readers that fell this far behind read everything again (schema.cpp, migration 3).
    if (++commitsSincePrune >= kPruneEveryCommits) {
        commitsSincePrune = 0;
        sql::exec(db(), "DELETE FROM fact_changes WHERE seq <= (SELECT max(seq) FROM "
                        "fact_changes) - 1000000");
    }
    lastCommit = std::chrono::steady_clock::now();
    const auto commitStarted = lastCommit;
    if (QString error = transaction->commit(); !error.isEmpty()) {
        transaction.reset();
        fail(error);
        return;
    }
    transaction.reset();
    const qint64 records = std::exchange(uncommittedRecords, 0);
    const qint64 quarantined = std::exchange(uncommittedQuarantined, 0);
    const double seconds =
        std::chrono::duration<double>(std::exchange(uncommittedWriteTime, {}) +
                                      (std::chrono::steady_clock::now() - commitStarted))
            .count();
    {
        std::lock_guard lock(mutex);
        stats.committedRecords += records;
        stats.committedQuarantined += quarantined;
        ++stats.commits;
        stats.writeSecondsSum += seconds;
        stats.writeSecondsMax = std::max(stats.writeSecondsMax, seconds);
    }
    if (records || quarantined)
        Q_EMIT q->committed(records, quarantined);
}

void StoreWriter::Private::abandon(const QString &message)
{
    // Disk full, I/O error: the transaction is gone; say so instead of counting on.
    transaction.reset();
    uncommittedRecords = 0;
    uncommittedQuarantined = 0;
    fail(message);
}

void StoreWriter::Private::fail(const QString &message)
{
    qCWarning(lcStore) << "writing to the store failed:" << message;
    std::lock_guard lock(mutex);
    if (stats.lastError.isEmpty())
        stats.lastError =
            QCoreApplication::translate("rumscope::Store", "Writing to the store failed: %1")
                .arg(message);
    queueChanged.notify_all();
}

} // namespace rumscope
