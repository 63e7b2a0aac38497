#include "recentevents.h"

#include "model/eventbase.h"
#include "sqlite.h"

#include <algorithm>

namespace rumscope {
namespace {

QString label(const sql::Statement &row, int column)
{
    return row.isNull(column) ? QString() : row.text(column);
}

} // namespace

Result<EventMarks> eventMarks(sqlite3 *storeDb)
{
    sql::Statement select(storeDb, "SELECT (SELECT coalesce(max(id), 0) FROM pageviews), "
                                   "(SELECT coalesce(max(id), 0) FROM errors), "
                                   "(SELECT coalesce(max(id), 0) FROM interactions)");
    if (!select.valid() || select.step() != SQLITE_ROW)
        return Error{sql::lastError(storeDb), 1};
    return EventMarks{select.integer(0), select.integer(1), select.integer(2)};
}

Result<std::vector<RecentEvent>> recentEvents(sqlite3 *storeDb, int limit, const EventMarks &since)
{
    // Newest by id (the order they were stored in), joined to their labels; each query reads
    // `limit` rows off the end of its table.
    static const char *const kQueries[] = {
        "SELECT p.ts, s.session_id, p.url, NULL, p.lcp, b.value, c.value, f.value "
        "FROM (SELECT * FROM pageviews WHERE id > ?2 ORDER BY id DESC LIMIT ?1) p "
        "LEFT JOIN sessions s ON s.id = p.session LEFT JOIN labels b ON b.id = p.browser "
        "LEFT JOIN labels c ON c.id = p.country LEFT JOIN labels f ON f.id = p.source",
        "SELECT e.ts, s.session_id, e.message, k.value, NULL, NULL, NULL, f.value "
        "FROM (SELECT * FROM errors WHERE id > ?2 ORDER BY id DESC LIMIT ?1) e "
        "LEFT JOIN sessions s ON s.id = e.session LEFT JOIN labels k ON k.id = e.kind "
        "LEFT JOIN labels f ON f.id = e.source",
        "SELECT i.ts, s.session_id, t.value, k.value, i.duration, NULL, NULL, f.value "
        "FROM (SELECT * FROM interactions WHERE id > ?2 ORDER BY id DESC LIMIT ?1) i "
        "LEFT JOIN sessions s ON s.id = i.session LEFT JOIN labels t ON t.id = i.target "
        "LEFT JOIN labels k ON k.id = i.interaction_type LEFT JOIN labels f ON f.id = i.source",
    };
    static const RecentEvent::Kind kKinds[] = {
        RecentEvent::Kind::PageView, RecentEvent::Kind::Error, RecentEvent::Kind::Interaction};
    const qint64 marks[] = {since.pageView, since.error, since.interaction};
    std::vector<RecentEvent> events;
    for (size_t query = 0; query < std::size(kQueries); ++query) {
        sql::Statement select(storeDb, kQueries[query]);
        if (!select.valid())
            return Error{sql::lastError(storeDb), 1};
        select.bind(1, qint64(limit));
        select.bind(2, marks[query]);
        int rc = SQLITE_ROW;
        while ((rc = select.step()) == SQLITE_ROW) {
            RecentEvent event;
            event.kind = kKinds[query];
            event.time = select.integer(0);
            event.sessionId = label(select, 1);
            event.subject = label(select, 2);
            event.detail = label(select, 3);
            event.value = select.isNull(4) ? kUnset : select.real(4);
            event.browser = label(select, 5);
            event.country = label(select, 6);
            event.source = label(select, 7);
            events.push_back(std::move(event));
        }
        if (rc != SQLITE_DONE)
            return Error{sql::lastError(storeDb), 1};
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const RecentEvent &a, const RecentEvent &b) { return a.time > b.time; });
    if (events.size() > size_t(limit))
        events.resize(size_t(limit));
    return events;
}

} // namespace rumscope
