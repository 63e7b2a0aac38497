#pragma once
// RAII owners for SQLite connections and prepared statements, and small helpers around them.

#include <QString>
#include <string>
#include <unordered_map>

#include <memory>
#include <sqlite3.h>

namespace rumscope::sql {

struct ConnectionCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sqlText);
    Statement(Statement &&other) noexcept
        : m_stmt(std::exchange(other.m_stmt, nullptr))
    {}
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool valid() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }

    void bind(int index, const QString &text);
    /// Binds without copying: text must outlive the next step().
    void bindStatic(int index, const QString &text);
    void bindUtf8(int index, const char *text, int bytes);
    void bind(int index, double value); ///< NaN binds NULL
    void bind(int index, qint64 value);
    void bindNull(int index);
    int step();                  ///< SQLITE_ROW, SQLITE_DONE or an error code
    void reset();                ///< also clears the bindings
    void resetKeepingBindings(); ///< for statements that bind every parameter each time

    QString text(int column) const;
    double real(int column) const; ///< NULL reads as NaN
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

/// Prepared statements kept for reuse on one connection, by their SQL text: preparing a wide
/// SELECT costs more than running it on a few rows.
class StatementCache
{
public:
    explicit StatementCache(sqlite3 *db)
        : m_db(db)
    {}

    /// The statement for sqlText, reset and without bindings; invalid if it does not prepare.
    Statement &get(const QByteArray &sqlText);

private:
    static constexpr size_t kMaxStatements = 64; ///< a client's SQL texts are few and fixed
    sqlite3 *m_db;
    std::unordered_map<std::string, Statement> m_statements;
    Statement m_failed; ///< what get() returns when a statement does not prepare
};

/// Runs SQL without results; returns an empty string on success, else SQLite's message.
QString exec(sqlite3 *db, const char *sqlText);
QString lastError(sqlite3 *db);

/// A transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(sqlite3 *db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    QString commit();

private:
    sqlite3 *m_db;
    bool m_open = false;
};

} // namespace rumscope::sql
