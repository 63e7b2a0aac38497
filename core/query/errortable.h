#pragma once
// The error facts in columns, in the order of their ids: session, group (fingerprint) and the
// page view each happened on, so that errors follow the page views' dimension filters.

#include "common/result.h"
#include "rowset.h"

#include <QHash>
#include <QStringList>

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;

namespace rumscope {

class FactTable;

class ErrorTable
{
public:
    static constexpr RowRef kNoView = 0xFFFFFFFF;

    struct Group
    {
        QString fingerprint;
        QString message;
        QString type;
        QString kind;
    };

    /// Reads the errors with ids up to maxId (in the snapshot `db` is reading).
    static Result<ErrorTable> load(sqlite3 *db, qint64 maxId);
    /// This table and the errors with ids after its own up to maxId, joined to their page
    /// views in `facts` by the store's index (those not there yet stay unresolved).
    Result<ErrorTable> appended(sqlite3 *db, qint64 maxId, const FactTable &facts) const;

    /// The keys (viewKey) of the page views errors happened on that no row was found for.
    std::unordered_set<quint64> unresolvedKeys() const;
    /// Sets the page view of unresolved errors from key → row.
    void resolveViews(const std::unordered_map<quint64, RowRef> &rowOfView);

    qint64 rows() const { return qint64(m_id.size()); }
    qint64 maxId() const { return m_id.empty() ? 0 : m_id.back(); }
    const std::vector<qint64> &id() const { return m_id; }
    const std::vector<qint64> &time() const { return m_time; }
    const std::vector<std::uint32_t> &session() const { return m_session; }
    const std::vector<std::uint32_t> &group() const { return m_group; }
    const std::vector<RowRef> &viewRow() const { return m_viewRow; }
    const std::vector<quint64> &viewKey() const { return m_viewKey; }
    /// Error rows ordered by session (then id): distinct sessions in one pass.
    const std::vector<std::uint32_t> &bySession() const { return m_bySession; }
    const std::vector<Group> &groups() const { return m_groups; }

    /// The key a page view (its session's row id and its view id) is known by in both tables.
    static quint64 viewKey(std::uint32_t session, const char *viewId, size_t length);

private:
    friend class ColumnSnapshot;
    Result<qint64> read(sqlite3 *db, qint64 afterId, qint64 maxId, const FactTable *facts);
    std::uint32_t groupOf(const QString &fingerprint, const QString &message, const QString &type,
                          const QString &kind);
    void addToSessionOrder(size_t firstNew);

    std::vector<qint64> m_id;
    std::vector<qint64> m_time;
    std::vector<std::uint32_t> m_session;
    std::vector<std::uint32_t> m_group;
    std::vector<RowRef> m_viewRow;
    std::vector<quint64> m_viewKey;
    std::vector<std::uint32_t> m_bySession;
    std::vector<Group> m_groups;
    QHash<QString, std::uint32_t> m_groupOf;
};

} // namespace rumscope
