#include "store.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <mutex>

Q_LOGGING_CATEGORY(lcStore, "rumscope.store")

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Store)
};

Error storeError(const QString &path, const QString &reason)
{
    return Error{Tr::tr("Cannot open the store %1: %2").arg(QDir::toNativeSeparators(path), reason),
                 1};
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Reading the schema is the first thing that touches page 1, so damaged and foreign files
// fail here rather than half-way through a query.
std::optional<qint64> tableCount(sqlite3 *db)
{
    sql::Statement stmt(db, "SELECT count(*) FROM sqlite_master");
    if (!stmt.valid() || stmt.step() != SQLITE_ROW)
        return std::nullopt;
    return stmt.integer(0);
}

qint64 scalar(sqlite3 *db, const char *query)
{
    sql::Statement stmt(db, query);
    return stmt.valid() && stmt.step() == SQLITE_ROW ? stmt.integer(0) : 0;
}

} // namespace

Store::Store(sql::Connection db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_statements(std::make_unique<sql::StatementCache>(m_db.get()))
{}

int Store::currentSchemaVersion()
{
    return schema::latestVersion();
}

Result<Store> Store::open(const QString &path, Mode mode)
{
    static std::once_flag configured;
    std::call_once(configured, [] {
        // Memory statistics take a global mutex on every allocation; rumscope never reads them.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
    if (path.isEmpty())
        return Error{Tr::tr("No store path was given."), 2};
    const QFileInfo info(path);
    if (info.isDir())
        return storeError(path, Tr::tr("it is a folder, not a file."));
    if (info.exists()) {
        if (!info.isReadable())
            return storeError(path, Tr::tr("the file cannot be read (permission denied)."));
        if (info.size() > 0 && !hasSqliteHeader(path))
            return storeError(path, Tr::tr("the file is not a SQLite database, so not a rumscope "
                                           "store."));
    } else if (mode == Mode::ReadOnly) {
        return storeError(path, Tr::tr("the file does not exist."));
    } else if (!info.absoluteDir().exists()) {
        return storeError(path, Tr::tr("the folder %1 does not exist.")
                                    .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    sqlite3 *raw = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                   flags | SQLITE_OPEN_NOMUTEX, nullptr);
    sql::Connection db(raw);
    if (rc != SQLITE_OK)
        return storeError(path, raw ? sql::lastError(raw) : Tr::tr("out of memory."));
    sqlite3_busy_timeout(db.get(), 10000);

    const std::optional<qint64> tables = tableCount(db.get());
    if (!tables) {
        const int code = sqlite3_errcode(db.get());
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return storeError(path,
                              Tr::tr("the file is damaged (%1).").arg(sql::lastError(db.get())));
        return storeError(path, sql::lastError(db.get()));
    }
    const int version = int(scalar(db.get(), "PRAGMA user_version"));
    if (version > schema::latestVersion())
        return storeError(path, Tr::tr("it was written by a newer rumscope (store format %1; this "
                                       "version reads up to %2). Please update rumscope.")
                                    .arg(version)
                                    .arg(schema::latestVersion()));
    if (version == 0 && *tables > 0)
        return storeError(path, Tr::tr("it is a SQLite database, but not a rumscope store."));

    if (mode == Mode::ReadWrite) {
        if (QString error = sql::exec(db.get(), "PRAGMA journal_mode = WAL"); !error.isEmpty())
            return storeError(path, error);
        if (version < schema::latestVersion()) {
            if (version > 0)
                qCInfo(lcStore) << "migrating" << path << "from schema" << version << "to"
                                << schema::latestVersion();
            if (QString error = schema::migrate(db.get()); !error.isEmpty())
                return storeError(
                    path, Tr::tr("upgrading it to the current format failed: %1").arg(error));
        }
    } else if (version < schema::latestVersion()) {
        return storeError(path, Tr::tr("it uses an older store format; open it once for writing "
                                       "to upgrade it."));
    }
    sql::exec(db.get(), "PRAGMA synchronous = NORMAL");
    return Store(std::move(db), QFileInfo(path).absoluteFilePath());
}

Result<StoreStats> Store::stats() const
{
    sqlite3 *db = m_db.get();
    StoreStats stats;
    stats.sessions = scalar(db, "SELECT count(*) FROM sessions");
    stats.pageViews = scalar(db, "SELECT count(*) FROM pageviews");
    stats.errors = scalar(db, "SELECT count(*) FROM errors");
    stats.interactions = scalar(db, "SELECT count(*) FROM interactions");
    stats.resources = scalar(db, "SELECT count(*) FROM resources");
    stats.longTasks = scalar(db, "SELECT count(*) FROM longtasks");
    stats.measurements = scalar(db, "SELECT count(*) FROM measurements");
    stats.quarantined = scalar(db, "SELECT count(*) FROM quarantine");
    stats.imports = scalar(db, "SELECT count(*) FROM imports");
    stats.firstPageView = scalar(db, "SELECT min(ts) FROM pageviews");
    stats.lastPageView = scalar(db, "SELECT max(ts) FROM pageviews");
    stats.schemaVersion = int(scalar(db, "PRAGMA user_version"));
    stats.fileBytes = QFileInfo(m_path).size() + QFileInfo(m_path + u"-wal").size();
    if (sqlite3_errcode(db) == SQLITE_CORRUPT)
        return Error{Tr::tr("The store %1 is damaged: %2").arg(m_path, sql::lastError(db)), 1};
    return stats;
}

} // namespace rumscope
