#include "rawjournal.h"

#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <zlib.h>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Store)
};

Error journalError(const QString &path, const QString &reason)
{
    return Error{
        Tr::tr("Cannot use the payload journal %1: %2").arg(QDir::toNativeSeparators(path), reason),
        1};
}

const char *const kJournalSchema =
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS payloads (id INTEGER PRIMARY KEY, received INTEGER NOT NULL, "
    "format TEXT NOT NULL, method TEXT, path TEXT, query TEXT, headers TEXT, "
    "body BLOB NOT NULL, place TEXT);";

QString metaValue(sqlite3 *db, const char *key)
{
    sql::Statement select(db, "SELECT value FROM meta WHERE key = ?1");
    if (!select.valid())
        return {};
    select.bindUtf8(1, key, -1);
    return select.step() == SQLITE_ROW ? select.text(0) : QString();
}

/// Header names and values are bytes; Latin-1 carries every byte through JSON and back.
QString headersText(const Payload &payload)
{
    QJsonArray headers;
    for (const auto &[name, value] : payload.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact));
}

QList<std::pair<QByteArray, QByteArray>> headersFrom(const QString &text)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &pair : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray nameValue = pair.toArray();
        headers.append(
            {nameValue.at(0).toString().toLatin1(), nameValue.at(1).toString().toLatin1()});
    }
    return headers;
}

void bindBlob(sql::Statement &statement, int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(statement.get(), index, bytes.constData(), int(bytes.size()),
                      SQLITE_TRANSIENT);
}

QByteArray columnBlob(const sql::Statement &statement, int column)
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(statement.get(), column));
    return QByteArray(data, sqlite3_column_bytes(statement.get(), column));
}

} // namespace

/// zlib at level 1 into qCompress's layout (the length, big-endian, then the zlib stream), so
/// qUncompress reads it back. One deflate state for every body: setting one up costs more
/// than compressing a beacon.
struct RawJournal::Compressor
{
    z_stream stream{};
    bool ready = false;

    Compressor() { ready = deflateInit(&stream, 1) == Z_OK; }
    ~Compressor()
    {
        if (ready)
            deflateEnd(&stream);
    }
    Compressor(const Compressor &) = delete;
    Compressor &operator=(const Compressor &) = delete;

    QByteArray compress(const QByteArray &data)
    {
        if (!ready || deflateReset(&stream) != Z_OK)
            return qCompress(data, 1);
        QByteArray out(qsizetype(4 + deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
        qToBigEndian(quint32(data.size()), out.data());
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + 4);
        stream.avail_out = uInt(out.size() - 4);
        if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
            return qCompress(data, 1);
        out.resize(qsizetype(4 + stream.total_out));
        return out;
    }
};

RawJournal::RawJournal(RawJournal &&) noexcept = default;
RawJournal &RawJournal::operator=(RawJournal &&) noexcept = default;
RawJournal::~RawJournal() = default;

QString RawJournal::pathFor(const QString &storePath)
{
    return storePath + QStringLiteral("-payloads");
}

RawJournal::RawJournal(sql::Connection db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_insert(std::make_unique<sql::Statement>(
          m_db.get(), "INSERT INTO payloads (received, format, method, path, query, headers, "
                      "body, place) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
    , m_compressor(std::make_unique<Compressor>())
{}

Result<RawJournal> RawJournal::open(const QString &storePath)
{
    Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    const QString storeId = metaValue(store->handle(), "store_id");

    const QString path = pathFor(store->path());
    sqlite3 *raw = nullptr;
    const int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    sql::Connection db(raw);
    if (rc != SQLITE_OK)
        return journalError(path, raw ? sql::lastError(raw) : Tr::tr("out of memory."));
    sqlite3_busy_timeout(db.get(), 10000);
    // WAL with synchronous=NORMAL: a commit survives a crash of the process (not of the OS),
    // at the cost of a write, not a sync, per commit.
    for (const char *statement :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", kJournalSchema}) {
        if (QString error = sql::exec(db.get(), statement); !error.isEmpty())
            return journalError(path, error);
    }
    // Journals written before the place was kept gain its column.
    if (!sql::Statement(db.get(), "SELECT place FROM payloads LIMIT 0").valid()) {
        if (QString error = sql::exec(db.get(), "ALTER TABLE payloads ADD COLUMN place TEXT");
            !error.isEmpty())
            return journalError(path, error);
    }
    const QString ownerId = metaValue(db.get(), "store_id");
    if (ownerId.isEmpty()) {
        sql::Statement claim(db.get(), "INSERT INTO meta (key, value) VALUES ('store_id', ?1)");
        claim.bind(1, storeId);
        if (claim.step() != SQLITE_DONE)
            return journalError(path, sql::lastError(db.get()));
    } else if (ownerId != storeId) {
        return journalError(path, Tr::tr("it belongs to another store."));
    }
    return RawJournal(std::move(db), path);
}

Result<qint64> RawJournal::append(std::vector<JournalEntry> &entries)
{
    sql::Transaction transaction(m_db.get());
    sql::Statement &insert = *m_insert;
    if (!insert.valid())
        return journalError(m_path, sql::lastError(m_db.get()));
    qint64 last = 0;
    for (JournalEntry &entry : entries) {
        const Payload &payload = entry.payload;
        insert.bind(1, payload.receivedAt);
        insert.bind(2, QString::fromLatin1(entry.format));
        insert.bind(3, QString::fromLatin1(payload.method));
        insert.bind(4, QString::fromLatin1(payload.path));
        insert.bind(5, QString::fromLatin1(payload.query));
        insert.bind(6, headersText(payload));
        // Level 1: most of zlib's gain on JSON for a fraction of its time.
        bindBlob(insert, 7, m_compressor->compress(payload.body));
        if (payload.clientPlace.isEmpty())
            sqlite3_bind_null(insert.get(), 8);
        else
            insert.bind(8, QString::fromUtf8(payload.clientPlace));
        if (insert.step() != SQLITE_DONE) {
            insert.reset();
            return journalError(m_path, sql::lastError(m_db.get()));
        }
        insert.reset();
        last = sqlite3_last_insert_rowid(m_db.get());
        entry.id = last;
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return journalError(m_path, error);
    return last;
}

Result<std::vector<JournalEntry>> RawJournal::after(qint64 afterId, int limit) const
{
    sql::Statement select(m_db.get(),
                          "SELECT id, received, format, method, path, query, headers, body, place "
                          "FROM payloads WHERE id > ?1 ORDER BY id LIMIT ?2");
    if (!select.valid())
        return journalError(m_path, sql::lastError(m_db.get()));
    select.bind(1, afterId);
    select.bind(2, qint64(limit));
    std::vector<JournalEntry> entries;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        JournalEntry entry;
        entry.id = select.integer(0);
        entry.payload.receivedAt = select.integer(1);
        entry.format = select.text(2).toLatin1();
        entry.payload.method = select.text(3).toLatin1();
        entry.payload.path = select.text(4).toLatin1();
        entry.payload.query = select.text(5).toLatin1();
        entry.payload.headers = headersFrom(select.text(6));
        entry.payload.body = qUncompress(columnBlob(select, 7));
        entry.payload.clientPlace = select.text(8).toUtf8();
        entry.payload.origin = "journal";
        entries.push_back(std::move(entry));
    }
    if (rc != SQLITE_DONE)
        return journalError(m_path, sql::lastError(m_db.get()));
    return entries;
}

Result<qint64> RawJournal::prune(qint64 olderThan, qint64 throughId)
{
    sql::Statement remove(m_db.get(), "DELETE FROM payloads WHERE received < ?1 AND id <= ?2");
    if (!remove.valid())
        return journalError(m_path, sql::lastError(m_db.get()));
    remove.bind(1, olderThan);
    remove.bind(2, throughId);
    if (remove.step() != SQLITE_DONE)
        return journalError(m_path, sql::lastError(m_db.get()));
    return qint64(sqlite3_changes(m_db.get()));
}

qint64 journalDoneThrough(sqlite3 *storeDb)
{
    return metaValue(storeDb, "journal_done_through").toLongLong();
}

} // namespace rumscope
