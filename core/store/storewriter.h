#pragma once
// The one writer of a store: owns the write connection on a thread of its own and commits what
// it is handed in large transactions. Producers block when its bounded queue is full, so a fast
// reader slows down instead of piling records up in memory.

#include "common/result.h"
#include "model/record.h"

#include <QObject>

#include <memory>
#include <vector>

namespace rumscope {

/// A payload (a line, a request body) that could not be turned into records.
struct QuarantinedPayload
{
    QString origin;        ///< file path, or "http:/collect" and the like
    qint64 line = 0;       ///< 1-based line in the file; 0 when not from a file
    qint64 receivedAt = 0; ///< epoch ms
    QString reason;        ///< translated
    QByteArray raw;        ///< the payload exactly as received
};

struct WriteBatch
{
    std::vector<Record> records;
    std::vector<QuarantinedPayload> quarantined;
    /// The last RawJournal entry whose records and quarantine entries this batch completes
    /// (0: none): recorded in the same commit, so that a crash re-parses only what came after.
    qint64 journaledThrough = 0;
    /// The records as canonical NDJSON, compressed (qCompress), for the feed (schema
    /// migration 4); empty: the batch adds nothing to the feed.
    QByteArray feedLines;
    qint64 feedRecords = 0;
    qint64 feedReceived = 0; ///< epoch ms, for pruning
    /// Meta keys to set in the same commit as the records (a follower's cursor, say).
    QList<std::pair<QString, QString>> meta;
    bool empty() const
    {
        return records.empty() && quarantined.empty() && journaledThrough == 0 &&
               feedLines.isEmpty() && meta.isEmpty();
    }
    size_t size() const { return records.size() + quarantined.size(); }
};

struct WriterStats
{
    qint64 committedRecords = 0;
    qint64 committedQuarantined = 0;
    qint64 commits = 0;
    /// Time spent writing and committing, per commit: its sum and its longest.
    double writeSecondsSum = 0;
    double writeSecondsMax = 0;
    QString lastError; ///< empty while all is well
};

class StoreWriter : public QObject
{
    Q_OBJECT
public:
    /// Opens its own connection to the store at path (which must already exist, see Store).
    static Result<std::unique_ptr<StoreWriter>> open(const QString &path, int queueBatches = 8);
    ~StoreWriter() override; ///< commits everything queued, then stops

    /// Queues a batch; blocks while the queue is full. Returns false once the writer failed.
    bool submit(WriteBatch batch);
    /// An empty batch whose storage was used before: refilling it costs no fresh allocation.
    WriteBatch takeEmptyBatch();
    /// Waits until everything submitted so far is committed; returns the stats then.
    WriterStats flush();
    WriterStats stats() const;

    /// Marks the start of importing a file; returns its id in the imports journal.
    Result<qint64> beginImport(const QString &path, qint64 bytes);
    /// Completes the journal entry once the whole file was read (contentHash: hex digest of
    /// its bytes).
    void finishImport(qint64 importId, qint64 accepted, qint64 quarantined, bool cancelled,
                      const QByteArray &contentHash);
    /// Deletes feed rows received before olderThan (epoch ms), noting the last id deleted in
    /// meta feed_pruned_through so that a reader behind it hears so instead of missing rows.
    void pruneFeed(qint64 olderThan);

Q_SIGNALS:
    /// Emitted from the writer thread after each commit.
    void committed(qint64 records, qint64 quarantined);

private:
    StoreWriter();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rumscope
