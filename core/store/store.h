#pragma once
// The store: one SQLite file holding every accepted record, the journal of imported files and
// the quarantine of payloads that could not be parsed. Open it here; write to it through one
// StoreWriter; read from it on connections of your own.

#include "common/result.h"
#include "sqlite.h"

#include <QDateTime>

namespace rumscope {

struct StoreStats
{
    qint64 sessions = 0;
    qint64 pageViews = 0;
    qint64 errors = 0;
    qint64 interactions = 0;
    qint64 resources = 0;
    qint64 longTasks = 0;
    qint64 measurements = 0;
    qint64 quarantined = 0;
    qint64 imports = 0;
    qint64 firstPageView = 0; ///< epoch ms; 0 when the store has no page view
    qint64 lastPageView = 0;
    qint64 fileBytes = 0;
    int schemaVersion = 0;
};

class Store
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite
    };

    /// Opens (ReadWrite: creating if missing, migrating if older) the store at path. Fails
    /// with a clear message for a non-SQLite file, a damaged file, a store written by a newer
    /// rumscope, a SQLite file that is not a rumscope store, or a path that cannot be used.
    static Result<Store> open(const QString &path, Mode mode = Mode::ReadWrite);

    /// The schema version this build writes.
    static int currentSchemaVersion();

    Store(Store &&) noexcept = default;
    Store &operator=(Store &&) noexcept = default;

    sqlite3 *handle() const { return m_db.get(); }
    /// Statements this connection keeps prepared for reuse.
    sql::StatementCache &statements() const { return *m_statements; }
    const QString &path() const { return m_path; }
    Result<StoreStats> stats() const;

private:
    Store(sql::Connection db, QString path);
    sql::Connection m_db;
    QString m_path;
    // After m_db: its statements are finalized before the connection closes.
    std::unique_ptr<sql::StatementCache> m_statements;
};

} // namespace rumscope
