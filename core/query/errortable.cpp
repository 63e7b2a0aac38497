#include "errortable.h"

#include "store/sqlite.h"

#include <QCoreApplication>
#include <QHash>

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

Result<ErrorTable> ErrorTable::load(sqlite3 *db)
{
    sql::Statement rows(db, "SELECT e.ts, e.session, e.fingerprint, e.message, t.value, k.value, "
                            "e.view_id FROM errors e LEFT JOIN labels t ON t.id = e.error_type "
                            "LEFT JOIN labels k ON k.id = e.kind");
    if (!rows.valid())
        return Error{Tr::tr("Cannot read the errors: %1").arg(sql::lastError(db)), 1};
    ErrorTable table;
    std::vector<qint64> time;
    std::vector<std::uint32_t> session, group;
    std::vector<quint64> viewKey;
    QHash<QString, std::uint32_t> groupOf;
    sqlite3_stmt *s = rows.get();
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        time.push_back(sqlite3_column_int64(s, 0));
        session.push_back(std::uint32_t(sqlite3_column_int64(s, 1)));
        // Errors without a fingerprint group by their message.
        QString key = textColumn(s, 2);
        if (key.isEmpty())
            key = u'\x1f' + textColumn(s, 3);
        auto found = groupOf.constFind(key);
        if (found == groupOf.cend()) {
            found = groupOf.insert(key, std::uint32_t(table.m_groups.size()));
            table.m_groups.push_back(
                {textColumn(s, 2), textColumn(s, 3), textColumn(s, 4), textColumn(s, 5)});
        }
        group.push_back(*found);
        const auto *view = reinterpret_cast<const char *>(sqlite3_column_text(s, 6));
        viewKey.push_back(
            view ? ErrorTable::viewKey(session.back(), view, size_t(sqlite3_column_bytes(s, 6)))
                 : 0);
    }
    if (rc != SQLITE_DONE)
        return Error{Tr::tr("Cannot read the errors: %1").arg(sql::lastError(db)), 1};

    // Time order, as the page views.
    std::vector<std::uint32_t> order(time.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return time[a] < time[b]; });
    const size_t count = order.size();
    table.m_time.resize(count);
    table.m_session.resize(count);
    table.m_group.resize(count);
    table.m_viewKey.resize(count);
    table.m_viewRow.assign(count, kNoView);
    for (size_t i = 0; i < count; ++i) {
        table.m_time[i] = time[order[i]];
        table.m_session[i] = session[order[i]];
        table.m_group[i] = group[order[i]];
        table.m_viewKey[i] = viewKey[order[i]];
    }
    table.m_bySession.resize(count);
    std::iota(table.m_bySession.begin(), table.m_bySession.end(), 0);
    std::stable_sort(
        table.m_bySession.begin(), table.m_bySession.end(),
        [&](std::uint32_t a, std::uint32_t b) { return table.m_session[a] < table.m_session[b]; });
    return table;
}

std::unordered_set<quint64> ErrorTable::viewKeys() const
{
    std::unordered_set<quint64> keys(m_viewKey.begin(), m_viewKey.end());
    keys.erase(0);
    return keys;
}

void ErrorTable::resolveViews(const std::unordered_map<quint64, std::uint32_t> &rowOfView)
{
    for (size_t i = 0; i < m_viewKey.size(); ++i) {
        const auto found = rowOfView.find(m_viewKey[i]);
        m_viewRow[i] = found == rowOfView.end() ? kNoView : found->second;
    }
    m_viewKey = {};
}

} // namespace rumscope
