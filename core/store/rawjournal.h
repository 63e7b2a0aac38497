#pragma once
// The collector's journal: every payload as it arrived, committed before its client hears 2xx
// and before it is parsed. It lives in a SQLite file of its own beside the store (STORE-payloads),
// so that an append never waits for the store writer's open transaction. The writer records in
// the store, in the same commit as the records, the last journal entry whose records (or
// quarantine entry) it has committed (WriteBatch::journaledThrough); after a crash exactly the
// entries past that mark are parsed again. The client's address is never written.

#include "common/result.h"
#include "ingest/payload.h"
#include "sqlite.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace rumscope {

struct JournalEntry
{
    qint64 id = 0;     ///< set by RawJournal::append
    QByteArray format; ///< the wire format's id, as the endpoint decided it
    Payload payload;   ///< as received; clientAddress is not kept
};

class RawJournal
{
public:
    /// Where the journal of the store at storePath lives.
    static QString pathFor(const QString &storePath);

    /// Opens (creating if missing) the journal of the store at storePath, which must exist.
    /// Fails for a journal that belongs to another store or a file that is not a journal.
    static Result<RawJournal> open(const QString &storePath);

    RawJournal(RawJournal &&) noexcept;
    RawJournal &operator=(RawJournal &&) noexcept;
    ~RawJournal();

    /// Appends the entries in one transaction and commits it, setting each entry's id (in
    /// order, increasing). Once it returns they survive a crash of the process. Returns the
    /// last id.
    Result<qint64> append(std::vector<JournalEntry> &entries);

    /// At most `limit` entries after `afterId`, in order.
    Result<std::vector<JournalEntry>> after(qint64 afterId, int limit) const;

    /// Deletes the entries received before olderThan (epoch ms) up to throughId; returns how
    /// many.
    Result<qint64> prune(qint64 olderThan, qint64 throughId);

    const QString &path() const { return m_path; }

private:
    RawJournal(sql::Connection db, QString path);

    struct Compressor;
    sql::Connection m_db;
    QString m_path;
    // After m_db: finalized before the connection closes.
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<Compressor> m_compressor; ///< one deflate state for every body
};

/// The last journal entry the store holds the outcome of (WriteBatch::journaledThrough); 0
/// when none.
qint64 journalDoneThrough(sqlite3 *storeDb);

} // namespace rumscope
