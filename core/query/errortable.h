#pragma once
// The error facts in columns, in time order: session, group (fingerprint) and the row of the
// page view each happened on, so that errors follow the page views' dimension filters.

#include "common/result.h"

#include <QStringList>

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;

namespace rumscope {

class ErrorTable
{
public:
    static constexpr std::uint32_t kNoView = 0xFFFFFFFF;

    struct Group
    {
        QString fingerprint;
        QString message;
        QString type;
        QString kind;
    };

    /// Reads every error of the store (one snapshot of `db`).
    static Result<ErrorTable> load(sqlite3 *db);

    /// The keys (viewKey) of the page views errors happened on.
    std::unordered_set<quint64> viewKeys() const;
    /// Sets each error's page-view row from key → row (page views not found: kNoView).
    void resolveViews(const std::unordered_map<quint64, std::uint32_t> &rowOfView);

    qint64 rows() const { return qint64(m_time.size()); }
    const std::vector<qint64> &time() const { return m_time; }
    const std::vector<std::uint32_t> &session() const { return m_session; }
    const std::vector<std::uint32_t> &group() const { return m_group; }
    const std::vector<std::uint32_t> &viewRow() const { return m_viewRow; }
    /// Error rows ordered by session (then time): distinct sessions in one pass.
    const std::vector<std::uint32_t> &bySession() const { return m_bySession; }
    const std::vector<Group> &groups() const { return m_groups; }

    /// The key a page view (its session's row id and its view id) is known by in both tables.
    static quint64 viewKey(std::uint32_t session, const char *viewId, size_t length);

private:
    std::vector<qint64> m_time;
    std::vector<std::uint32_t> m_session;
    std::vector<std::uint32_t> m_group;
    std::vector<std::uint32_t> m_viewRow;
    std::vector<quint64> m_viewKey; ///< until resolveViews
    std::vector<std::uint32_t> m_bySession;
    std::vector<Group> m_groups;
};

} // namespace rumscope
