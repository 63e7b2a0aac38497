#include "recordtable.h"

#include "model/fields.h"

#include <QByteArray>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

namespace rumscope {

namespace {
/// Copies UTF-16 text that is all ASCII to out as bytes; false (out undefined) otherwise.
bool narrowAscii(const char16_t *in, qsizetype length, char *out)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i nonAscii = _mm_set1_epi16(short(0xFF80));
    for (; i + 16 <= length; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i + 8));
        const __m128i high = _mm_and_si128(_mm_or_si128(a, b), nonAscii);
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF)
            return false;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), _mm_packus_epi16(a, b));
    }
#endif
    for (; i < length; ++i) {
        if (in[i] >= 0x80)
            return false;
        out[i] = char(in[i]);
    }
    return true;
}
} // namespace

/// UTF-8 copies of one row's texts. The store is UTF-8: binding UTF-16 would make SQLite
/// convert (and allocate) for every value; nearly all values are ASCII and convert inline.
class Utf8Row
{
public:
    Utf8Row()
        : m_buffer(kCapacity)
    {}
    void clear() { m_used = 0; }

    void bind(sql::Statement &stmt, int index, const QString &text)
    {
        if (text.isEmpty()) {
            stmt.bindNull(index); // stored as NULL: smaller, and reads back as absent
            return;
        }
        const qsizetype length = text.size();
        if (m_used + size_t(length) * 3 > m_buffer.size()) {
            const QByteArray utf8 = text.toUtf8(); // a huge value: copied by SQLite
            stmt.bindUtf8(index, utf8.constData(), int(utf8.size()));
            return;
        }
        char *out = m_buffer.data() + m_used;
        const auto *in = reinterpret_cast<const char16_t *>(text.utf16());
        size_t bytes;
        if (narrowAscii(in, length, out)) {
            bytes = size_t(length);
        } else {
            const QByteArray utf8 = text.toUtf8();
            memcpy(out, utf8.constData(), size_t(utf8.size()));
            bytes = size_t(utf8.size());
        }
        sqlite3_bind_text(stmt.get(), index, out, int(bytes), SQLITE_STATIC);
        m_used += bytes;
    }

private:
    static constexpr size_t kCapacity = 1 << 20;
    std::vector<char> m_buffer; // never reallocated: bound pointers stay valid until step()
    size_t m_used = 0;
};

namespace {

constexpr const char *kTables[kRecordTypeCount] = {
    "sessions", "pageviews", "errors", "interactions", "resources", "longtasks", "measurements"};

// Event tables store the session as a row id in `session`; sessions keep the text id.
template<class R> QByteArray columnOf(const Field<R> &field)
{
    if constexpr (!std::is_same_v<R, Session>) {
        if (qstrcmp(field.column, "session_id") == 0)
            return "session";
    }
    return field.column;
}

template<class R> QByteArray columnList()
{
    QByteArray columns;
    for (const Field<R> &field : fieldsOf<R>()) {
        if (!columns.isEmpty())
            columns += ", ";
        columns += columnOf(field);
    }
    return columns;
}

template<class R> QByteArray insertSql(RecordType type, int rows = 1)
{
    QByteArray row = "(";
    for (size_t i = 0; i < fieldsOf<R>().size(); ++i)
        row += i ? ", ?" : "?";
    row += ')';
    QByteArray values;
    for (int i = 0; i < rows; ++i)
        values += i ? ", " + row : row;
    return "INSERT INTO " + QByteArray(kTables[int(type)]) + " (" + columnList<R>() + ") VALUES " +
           values;
}

template<class R> bool isSessionIdMember(QString R::*member)
{
    return member == static_cast<QString R::*>(&EventBase::sessionId);
}

/// The SELECT expression that reads a field back as the record holds it.
template<class R> QByteArray selectExpression(const Field<R> &field)
{
    if (field.label)
        return "(SELECT value FROM labels WHERE id = t." + QByteArray(field.column) + ")";
    return "t." + columnOf(field);
}

template<class R>
void bindFields(sql::Statement &stmt, const R &record, std::optional<qint64> sessionRow,
                Utf8Row &texts, Labels &labels, int index = 1)
{
    for (const Field<R> &field : fieldsOf<R>()) {
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(record.*member)>;
                const T &value = record.*member;
                if constexpr (std::is_same_v<T, QString>) {
                    if (!std::is_same_v<R, Session> && isSessionIdMember<R>(member)) {
                        if (sessionRow)
                            stmt.bind(index, *sessionRow);
                        else
                            stmt.bindNull(index);
                    } else if (field.label) {
                        if (const std::optional<qint64> id = labels.id(value))
                            stmt.bind(index, *id);
                        else
                            stmt.bindNull(index);
                    } else {
                        texts.bind(stmt, index, value);
                    }
                } else if constexpr (std::is_same_v<T, double>) {
                    stmt.bind(index, value);
                } else if constexpr (std::is_same_v<T, qint64>) {
                    if (value == 0 && field.requirement == FieldRequirement::Optional)
                        stmt.bindNull(index);
                    else
                        stmt.bind(index, value);
                } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
                    if (value)
                        stmt.bind(index, qint64(*value));
                    else
                        stmt.bindNull(index);
                } else {
                    if (value.isEmpty()) {
                        stmt.bindNull(index);
                    } else {
                        const QByteArray json = framesToJson(value);
                        stmt.bindUtf8(index, json.constData(), int(json.size()));
                    }
                }
            },
            field.member);
        ++index;
    }
}

template<class R> void readFields(const sql::Statement &stmt, R &record, int sessionIdColumn)
{
    int column = 0;
    for (const Field<R> &field : fieldsOf<R>()) {
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(record.*member)>;
                T &value = record.*member;
                if constexpr (std::is_same_v<T, QString>) {
                    if (!std::is_same_v<R, Session> && isSessionIdMember<R>(member))
                        value = stmt.text(sessionIdColumn);
                    else
                        value = stmt.text(column);
                } else if constexpr (std::is_same_v<T, double>) {
                    value = stmt.real(column);
                } else if constexpr (std::is_same_v<T, qint64>) {
                    value = stmt.integer(column);
                } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
                    value = stmt.isNull(column) ? std::nullopt
                                                : std::optional<bool>(stmt.integer(column) != 0);
                } else {
                    const QString json = stmt.text(column);
                    value = json.isEmpty() ? T{} : framesFromJson(json.toUtf8()).value_or(T{});
                }
            },
            field.member);
        ++column;
    }
}

template<class R>
std::vector<Record> readAll(sqlite3 *db, RecordType type, const char *whereClause, qint64 bindValue,
                            sql::StatementCache *cache)
{
    // The session's text id comes from a join, after the record's own columns.
    QByteArray query = "SELECT ";
    for (const Field<R> &field : fieldsOf<R>())
        query += selectExpression(field) + ", ";
    query += std::is_same_v<R, Session> ? QByteArray("t.session_id") : QByteArray("s.session_id");
    query += " FROM " + QByteArray(kTables[int(type)]) + " t";
    if constexpr (!std::is_same_v<R, Session>)
        query += " LEFT JOIN sessions s ON s.id = t.session";
    query += " WHERE " + QByteArray(whereClause) + " ORDER BY t.ts, t.id";

    std::vector<Record> records;
    sql::Statement own;
    if (!cache)
        own = sql::Statement(db, query.constData());
    sql::Statement &stmt = cache ? cache->get(query) : own;
    if (!stmt.valid())
        return records;
    sqlite3_bind_int64(stmt.get(), 1, bindValue);
    const int sessionIdColumn = int(fieldsOf<R>().size());
    while (stmt.step() == SQLITE_ROW) {
        R record;
        readFields(stmt, record, sessionIdColumn);
        records.emplace_back(std::move(record));
    }
    stmt.reset(); // a cached statement must not hold its read transaction open
    return records;
}

template<class R> sql::Statement prepareInsert(sqlite3 *db, RecordType type, int rows = 1)
{
    return sql::Statement(db, insertSql<R>(type, rows).constData());
}

} // namespace

RecordInserter::~RecordInserter() = default;

Labels::Labels(sqlite3 *db, qsizetype maxCached)
    : m_maxCached(std::max<qsizetype>(1, maxCached))
    , m_upsert(db, "INSERT INTO labels (value) VALUES (?) ON CONFLICT (value) DO UPDATE SET "
                   "value = excluded.value RETURNING id")
{}

std::optional<qint64> Labels::id(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto address = reinterpret_cast<std::uintptr_t>(text.constData());
    Recent &slot = m_recent[(address >> 4) % kRecentSlots];
    // Same allocation (raw-data strings have none and never match), same characters.
    if (slot.text.data_ptr().isSharedWith(text.data_ptr()) &&
        slot.text.constData() == text.constData() && slot.text.size() == text.size())
        return slot.id;
    const std::optional<qint64> id = lookUp(text);
    if (id) {
        slot.text = text;
        slot.id = *id;
    }
    return id;
}

std::optional<qint64> Labels::lookUp(const QString &text)
{
    if (const auto known = m_ids.constFind(text); known != m_ids.cend())
        return *known;
    // Hostile or unusual traffic (a random id in every user agent) must not grow the cache
    // without end; the labels table still keeps every value exactly once.
    if (m_ids.size() >= m_maxCached)
        m_ids.clear();
    m_upsert.bind(1, text);
    std::optional<qint64> id;
    if (m_upsert.step() == SQLITE_ROW)
        id = m_upsert.integer(0);
    while (m_upsert.step() == SQLITE_ROW) {
    }
    m_upsert.reset();
    if (id)
        m_ids.insert(text, *id);
    return id;
}

const char *tableName(RecordType type)
{
    return kTables[int(type)];
}

namespace {
/// The SET list of an upsert where a later record completes an earlier one of the same key:
/// empty columns keep what was known, the start time only moves earlier.
template<class R> QByteArray mergeUpdates(const char *keyColumn)
{
    QByteArray updates;
    for (const Field<R> &field : fieldsOf<R>()) {
        const QByteArray column = columnOf(field);
        if (column == keyColumn)
            continue;
        if (!updates.isEmpty())
            updates += ", ";
        if (column == "ts")
            updates += "ts = min(ts, excluded.ts)";
        else if (column == "last_seen")
            updates += "last_seen = max(coalesce(last_seen, 0), coalesce(excluded.last_seen, 0))";
        else
            updates += column + " = coalesce(excluded." + column + ", " + column + ")";
    }
    return updates;
}

sql::Statement prepareSessionUpsert(sqlite3 *db)
{
    const QByteArray query = insertSql<Session>(RecordType::Session) +
                             " ON CONFLICT(session_id) DO UPDATE SET " +
                             mergeUpdates<Session>("session_id") + " RETURNING id";
    return sql::Statement(db, query.constData());
}

/// Beacons report a page view in parts (web-vitals one metric at a time, boomerang at load and
/// unload, Elastic's INP at page exit): the parts of one view id make one row.
sql::Statement preparePageViewUpsert(sqlite3 *db, int rows)
{
    QByteArray query = insertSql<PageView>(RecordType::PageView, rows);
    query.replace(") VALUES (", ", parts) VALUES (");
    query.replace("?)", "?, 1)");
    query +=
        " ON CONFLICT(view_id) WHERE parts = 1 DO UPDATE SET " + mergeUpdates<PageView>("view_id");
    return sql::Statement(db, query.constData());
}
} // namespace

RecordInserter::RecordInserter(sqlite3 *db)
    : m_db(db)
    , m_texts(std::make_unique<Utf8Row>())
    , m_labels(db)
{
    m_inserts[int(RecordType::Session)] = prepareSessionUpsert(db);
    m_inserts[int(RecordType::PageView)] = prepareInsert<PageView>(db, RecordType::PageView);
    m_viewPartUpsert = preparePageViewUpsert(db, 1);
    m_multiViewPartUpsert = preparePageViewUpsert(db, kRowsPerStatement);
    m_inserts[int(RecordType::Error)] = prepareInsert<ErrorEvent>(db, RecordType::Error);
    m_inserts[int(RecordType::Interaction)] =
        prepareInsert<Interaction>(db, RecordType::Interaction);
    m_inserts[int(RecordType::Resource)] = prepareInsert<Resource>(db, RecordType::Resource);
    m_inserts[int(RecordType::LongTask)] = prepareInsert<LongTask>(db, RecordType::LongTask);
    m_inserts[int(RecordType::Measurement)] =
        prepareInsert<Measurement>(db, RecordType::Measurement);
    const int n = kRowsPerStatement;
    m_multiInserts[int(RecordType::PageView)] =
        prepareInsert<PageView>(db, RecordType::PageView, n);
    m_multiInserts[int(RecordType::Error)] = prepareInsert<ErrorEvent>(db, RecordType::Error, n);
    m_multiInserts[int(RecordType::Interaction)] =
        prepareInsert<Interaction>(db, RecordType::Interaction, n);
    m_multiInserts[int(RecordType::Resource)] =
        prepareInsert<Resource>(db, RecordType::Resource, n);
    m_multiInserts[int(RecordType::LongTask)] =
        prepareInsert<LongTask>(db, RecordType::LongTask, n);
    m_multiInserts[int(RecordType::Measurement)] =
        prepareInsert<Measurement>(db, RecordType::Measurement, n);
}

bool RecordInserter::valid() const
{
    for (int i = 0; i < kRecordTypeCount; ++i) {
        if (!m_inserts[i].valid() || (i > 0 && !m_multiInserts[i].valid()))
            return false;
    }
    return m_labels.valid() && m_viewPartUpsert.valid() && m_multiViewPartUpsert.valid();
}

namespace {
/// Page views parsed from SDK beacons arrive in parts; canonical lines are whole views.
bool isViewPart(const Record &record)
{
    const auto *view = std::get_if<PageView>(&record);
    return view && !view->source.isEmpty() && view->source != QLatin1StringView("canonical");
}
} // namespace

sql::Statement &RecordInserter::statementFor(const Record &record, bool multiRow)
{
    if (isViewPart(record))
        return multiRow ? m_multiViewPartUpsert : m_viewPartUpsert;
    return multiRow ? m_multiInserts[record.index()] : m_inserts[record.index()];
}

QString RecordInserter::insert(const Record &record, std::optional<qint64> sessionRow)
{
    sql::Statement &stmt = statementFor(record, false);
    m_texts->clear();
    std::visit(
        [&](const auto &r) {
            using R = std::remove_cvref_t<decltype(r)>;
            if constexpr (!std::is_same_v<R, Session>)
                bindFields(stmt, r, sessionRow, *m_texts, m_labels);
        },
        record);
    const int rc = stmt.step();
    stmt.resetKeepingBindings();
    return rc == SQLITE_DONE ? QString() : sql::lastError(m_db);
}

QString RecordInserter::insertAll(std::span<const PendingRow> rows, const Refused &refused)
{
    if (rows.empty() || rows.front().record->index() != size_t(RecordType::PageView))
        return insertRun(rows, refused);
    // Whole views and view parts go through different statements; each keeps its order.
    std::vector<PendingRow> whole;
    std::vector<PendingRow> parts;
    for (const PendingRow &row : rows)
        (isViewPart(*row.record) ? parts : whole).push_back(row);
    if (QString error = insertRun(whole, refused); !error.isEmpty())
        return error;
    return insertRun(parts, refused);
}

QString RecordInserter::insertRun(std::span<const PendingRow> rows, const Refused &refused)
{
    size_t done = 0;
    // Full statements of kRowsPerStatement rows: SQLite's per-statement work (cursors, halt,
    // reset) then happens once per chunk, not once per row.
    while (rows.size() - done >= size_t(kRowsPerStatement)) {
        const std::span<const PendingRow> chunk = rows.subspan(done, kRowsPerStatement);
        sql::Statement &stmt = statementFor(*chunk.front().record, true);
        m_texts->clear();
        int index = 1;
        for (const PendingRow &row : chunk) {
            std::visit(
                [&](const auto &r) {
                    using R = std::remove_cvref_t<decltype(r)>;
                    if constexpr (!std::is_same_v<R, Session>) {
                        bindFields(stmt, r, row.sessionRow, *m_texts, m_labels, index);
                        index += int(fieldsOf<R>().size());
                    }
                },
                *row.record);
        }
        const int rc = stmt.step();
        stmt.resetKeepingBindings();
        if (rc != SQLITE_DONE) {
            // Only a constraint is about one row; anything else (disk full, I/O) ends the batch.
            if ((sqlite3_extended_errcode(m_db) & 0xff) != SQLITE_CONSTRAINT)
                return sql::lastError(m_db);
            // One bad row fails the chunk: find it by inserting the rows one by one.
            for (const PendingRow &row : chunk) {
                if (QString error = insert(*row.record, row.sessionRow); !error.isEmpty())
                    refused(row, error);
            }
        }
        done += kRowsPerStatement;
    }
    for (; done < rows.size(); ++done) {
        if (QString error = insert(*rows[done].record, rows[done].sessionRow); !error.isEmpty()) {
            if ((sqlite3_extended_errcode(m_db) & 0xff) != SQLITE_CONSTRAINT)
                return error;
            refused(rows[done], error);
        }
    }
    return {};
}

std::optional<qint64> RecordInserter::upsertSession(const Session &session)
{
    sql::Statement &upsert = m_inserts[int(RecordType::Session)];
    m_texts->clear();
    bindFields(upsert, session, std::nullopt, *m_texts, m_labels);
    std::optional<qint64> row;
    if (upsert.step() == SQLITE_ROW)
        row = upsert.integer(0);
    while (upsert.step() == SQLITE_ROW) {
    }
    upsert.resetKeepingBindings();
    return row;
}

std::vector<Record> readRecords(sqlite3 *db, RecordType type, const char *whereClause,
                                qint64 bindValue, sql::StatementCache *cache)
{
    switch (type) {
    case RecordType::Session:
        return readAll<Session>(db, type, whereClause, bindValue, cache);
    case RecordType::PageView:
        return readAll<PageView>(db, type, whereClause, bindValue, cache);
    case RecordType::Error:
        return readAll<ErrorEvent>(db, type, whereClause, bindValue, cache);
    case RecordType::Interaction:
        return readAll<Interaction>(db, type, whereClause, bindValue, cache);
    case RecordType::Resource:
        return readAll<Resource>(db, type, whereClause, bindValue, cache);
    case RecordType::LongTask:
        return readAll<LongTask>(db, type, whereClause, bindValue, cache);
    case RecordType::Measurement:
        return readAll<Measurement>(db, type, whereClause, bindValue, cache);
    }
    return {};
}

} // namespace rumscope
