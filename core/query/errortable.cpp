#include "errortable.h"

#include "facttable.h"
#include "store/sqlite.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <xxhash.h>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Engine)
};

QString textColumn(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

} // namespace

quint64 ErrorTable::viewKey(std::uint32_t session, const char *viewId, size_t length)
{
    // A view id names a page view within its session: beacons of other sessions may repeat it.
    // Both go through the hash (a seed would not do: XXH3's short inputs mix with it linearly).
    if (length == 0)
        return 0;
    const XXH64_hash_t view = XXH3_64bits(viewId, length);
    unsigned char both[sizeof session + sizeof view];
    std::memcpy(both, &session, sizeof session);
    std::memcpy(both + sizeof session, &view, sizeof view);
    return XXH3_64bits(both, sizeof both) | 1; // never 0, which means "no view"
}

std::uint32_t ErrorTable::groupOf(const QString &fingerprint, const QString &message,
                                  const QString &type, const QString &kind)
{
    // Errors without a fingerprint group by their message.
    const QString key = fingerprint.isEmpty() ? u'\x1f' + message : fingerprint;
    if (const auto found = m_groupOf.constFind(key); found != m_groupOf.cend())
        return *found;
    const auto group = std::uint32_t(m_groups.size());
    m_groupOf.insert(key, group);
    m_groups.push_back({fingerprint, message, type, kind});
    return group;
}

Result<qint64> ErrorTable::read(sqlite3 *db, qint64 afterId, qint64 maxId, const FactTable *facts)
{
    // Appended errors find their page view by the store's session index; a full load joins
    // them in one pass over the page views instead (resolveViews).
    const char *sql =
        facts ? "SELECT e.id, e.ts, e.session, e.fingerprint, e.message, t.value, k.value, "
                "e.view_id, (SELECT p.id FROM pageviews p WHERE p.session IS e.session AND "
                "p.view_id = e.view_id ORDER BY p.id LIMIT 1) FROM errors e LEFT JOIN labels t "
                "ON t.id = e.error_type LEFT JOIN labels k ON k.id = e.kind WHERE e.id > ?1 AND "
                "e.id <= ?2 ORDER BY e.id"
              : "SELECT e.id, e.ts, e.session, e.fingerprint, e.message, t.value, k.value, "
                "e.view_id FROM errors e LEFT JOIN labels t ON t.id = e.error_type LEFT JOIN "
                "labels k ON k.id = e.kind WHERE e.id > ?1 AND e.id <= ?2 ORDER BY e.id";
    sql::Statement rows(db, sql);
    if (!rows.valid())
        return Error{Tr::tr("Cannot read the errors: %1").arg(sql::lastError(db)), 1};
    rows.bind(1, afterId);
    rows.bind(2, maxId);
    sqlite3_stmt *s = rows.get();
    qint64 added = 0;
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        m_id.push_back(sqlite3_column_int64(s, 0));
        m_time.push_back(sqlite3_column_int64(s, 1));
        m_session.push_back(std::uint32_t(sqlite3_column_int64(s, 2)));
        m_group.push_back(
            groupOf(textColumn(s, 3), textColumn(s, 4), textColumn(s, 5), textColumn(s, 6)));
        const auto *view = reinterpret_cast<const char *>(sqlite3_column_text(s, 7));
        m_viewKey.push_back(
            view ? viewKey(m_session.back(), view, size_t(sqlite3_column_bytes(s, 7))) : 0);
        RowRef row = kNoView;
        if (facts && sqlite3_column_type(s, 8) != SQLITE_NULL) {
            if (const std::optional<RowRef> found = facts->find(sqlite3_column_int64(s, 8)))
                row = *found;
        }
        m_viewRow.push_back(row);
        ++added;
    }
    if (rc != SQLITE_DONE)
        return Error{Tr::tr("Cannot read the errors: %1").arg(sql::lastError(db)), 1};
    return added;
}

void ErrorTable::addToSessionOrder(size_t firstNew)
{
    std::vector<std::uint32_t> added(m_id.size() - firstNew);
    std::iota(added.begin(), added.end(), std::uint32_t(firstNew));
    const auto bySession = [this](std::uint32_t a, std::uint32_t b) {
        return m_session[a] != m_session[b] ? m_session[a] < m_session[b] : a < b;
    };
    std::sort(added.begin(), added.end(), bySession);
    const size_t before = m_bySession.size();
    m_bySession.insert(m_bySession.end(), added.begin(), added.end());
    std::inplace_merge(m_bySession.begin(), m_bySession.begin() + qsizetype(before),
                       m_bySession.end(), bySession);
}

Result<ErrorTable> ErrorTable::load(sqlite3 *db, qint64 maxId)
{
    ErrorTable table;
    if (Result<qint64> read = table.read(db, 0, maxId, nullptr); !read)
        return read.error();
    table.addToSessionOrder(0);
    return table;
}

Result<ErrorTable> ErrorTable::appended(sqlite3 *db, qint64 maxId, const FactTable &facts) const
{
    ErrorTable table = *this;
    const size_t before = table.m_id.size();
    if (Result<qint64> read = table.read(db, this->maxId(), maxId, &facts); !read)
        return read.error();
    table.addToSessionOrder(before);
    return table;
}

std::unordered_set<quint64> ErrorTable::unresolvedKeys() const
{
    std::unordered_set<quint64> keys;
    for (size_t i = 0; i < m_viewKey.size(); ++i) {
        if (m_viewRow[i] == kNoView && m_viewKey[i] != 0)
            keys.insert(m_viewKey[i]);
    }
    return keys;
}

void ErrorTable::resolveViews(const std::unordered_map<quint64, RowRef> &rowOfView)
{
    if (rowOfView.empty())
        return;
    for (size_t i = 0; i < m_viewKey.size(); ++i) {
        if (m_viewRow[i] != kNoView)
            continue;
        if (const auto found = rowOfView.find(m_viewKey[i]); found != rowOfView.end())
            m_viewRow[i] = found->second;
    }
}

} // namespace rumscope
