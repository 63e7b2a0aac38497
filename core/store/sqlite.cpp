#include "sqlite.h"

#include <cmath>

namespace rumscope::sql {

Statement::Statement(sqlite3 *db, const char *sqlText)
{
    if (sqlite3_prepare_v3(db, sqlText, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QString &text)
{
    if (text.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                            SQLITE_TRANSIENT);
}

void Statement::bindStatic(int index, const QString &text)
{
    sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                        SQLITE_STATIC);
}

void Statement::bindUtf8(int index, const char *text, int bytes)
{
    sqlite3_bind_text(m_stmt, index, text, bytes, SQLITE_TRANSIENT);
}

void Statement::bind(int index, double value)
{
    if (std::isnan(value))
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}
void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}
int Statement::step()
{
    return sqlite3_step(m_stmt);
}

void Statement::resetKeepingBindings()
{
    sqlite3_reset(m_stmt);
}

Statement &StatementCache::get(const QByteArray &sqlText)
{
    const std::string key(sqlText.constData(), size_t(sqlText.size()));
    auto found = m_statements.find(key);
    if (found == m_statements.end()) {
        Statement prepared(m_db, sqlText.constData());
        if (!prepared.valid()) {
            // Not kept: a busy or damaged database may prepare it next time.
            m_failed = std::move(prepared);
            return m_failed;
        }
        if (m_statements.size() >= kMaxStatements)
            m_statements.clear();
        found = m_statements.emplace(key, std::move(prepared)).first;
    }
    found->second.reset();
    return found->second;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / 2);
}

double Statement::real(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return std::numeric_limits<double>::quiet_NaN();
    return sqlite3_column_double(m_stmt, column);
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString exec(sqlite3 *db, const char *sqlText)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sqlText, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return error;
}

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

Transaction::Transaction(sqlite3 *db)
    : m_db(db)
{
    m_open = exec(db, "BEGIN").isEmpty();
}

Transaction::~Transaction()
{
    if (m_open)
        exec(m_db, "ROLLBACK");
}

QString Transaction::commit()
{
    if (!m_open)
        return QStringLiteral("no open transaction");
    m_open = false;
    QString error = exec(m_db, "COMMIT");
    if (!error.isEmpty())
        exec(m_db, "ROLLBACK"); // a failed COMMIT leaves the transaction open
    return error;
}

} // namespace rumscope::sql
