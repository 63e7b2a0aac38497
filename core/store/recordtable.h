#pragma once
// Where each record type lives in the store, and the generic code that writes records to and
// reads them from their tables, driven by the field tables of model/fields.h.

#include "model/record.h"
#include "sqlite.h"

#include <QHash>

#include <array>
#include <functional>
#include <span>
#include <vector>

namespace rumscope {

class Utf8Row;

/// Label fields (model/fields.h) are stored as ids into the labels table; this maps text to id
/// on the writer's connection, creating labels as they first appear.
class Labels
{
public:
    static constexpr qsizetype kDefaultMaxCached = 100000;
    /// Keeps up to maxCached text → id pairs in memory; past that it starts over.
    explicit Labels(sqlite3 *db, qsizetype maxCached = kDefaultMaxCached);
    bool valid() const { return m_upsert.valid(); }
    /// nullopt for empty text (stored as NULL) and when the store refuses the label.
    std::optional<qint64> id(const QString &text);

private:
    std::optional<qint64> lookUp(const QString &text);

    qsizetype m_maxCached;
    sql::Statement m_upsert;
    QHash<QString, qint64> m_ids;
    // The parser hands out one shared QString per label value, so most lookups are answered by
    // the string's address alone. A slot keeps its string alive: while it is cached, no other
    // text can live at that address.
    struct Recent
    {
        QString text;
        qint64 id = 0;
    };
    static constexpr size_t kRecentSlots = 4096;
    std::vector<Recent> m_recent = std::vector<Recent>(kRecentSlots);
};

const char *tableName(RecordType type);

/// Prepared INSERT statements for every record type on one connection.
class RecordInserter
{
public:
    explicit RecordInserter(sqlite3 *db);
    ~RecordInserter();
    bool valid() const;
    /// Inserts record; sessionRow is the sessions row id its session resolved to (ignored for
    /// Session records, which the writer upserts itself). Returns SQLite's message on failure.
    QString insert(const Record &record, std::optional<qint64> sessionRow);
    struct PendingRow
    {
        const Record *record;
        std::optional<qint64> sessionRow;
    };
    using Refused = std::function<void(const PendingRow &row, const QString &error)>;
    /// Inserts rows, all of one type other than Session, several per statement; reports each
    /// row the store refuses for a constraint (the others are inserted all the same). Returns
    /// SQLite's message when writing failed for any other reason (disk full, I/O error).
    QString insertAll(std::span<const PendingRow> rows, const Refused &refused);

    /// Upserts a Session record, keeping what the new record leaves empty; returns its row id.
    std::optional<qint64> upsertSession(const Session &session);
    Labels &labels() { return m_labels; }

private:
    /// The statement for one row (multiRow false) or kRowsPerStatement rows like record.
    sql::Statement &statementFor(const Record &record, bool multiRow);
    /// Rows that all go through the same statement.
    QString insertRun(std::span<const PendingRow> rows, const Refused &refused);

    sqlite3 *m_db;
    static constexpr int kRowsPerStatement = 32;
    std::array<sql::Statement, kRecordTypeCount> m_inserts;
    std::array<sql::Statement, kRecordTypeCount> m_multiInserts;
    sql::Statement m_viewPartUpsert;
    sql::Statement m_multiViewPartUpsert;
    std::unique_ptr<Utf8Row> m_texts;
    Labels m_labels;
};

/// Reads records of one type where `whereClause` holds (it may use ?1 bound to bindValue).
/// With a cache, the statement is prepared once per connection and reused.
std::vector<Record> readRecords(sqlite3 *db, RecordType type, const char *whereClause,
                                qint64 bindValue, sql::StatementCache *cache = nullptr);

} // namespace rumscope
