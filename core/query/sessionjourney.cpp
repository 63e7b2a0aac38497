#include "sessionjourney.h"

#include "store/recordtable.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace rumscope {

Result<SessionJourney> loadSessionJourney(const Store &store, const QString &sessionId,
                                          const std::vector<RecordType> &types)
{
    sqlite3 *db = store.handle();
    sql::StatementCache &cache = store.statements();
    sql::Statement &lookup = cache.get("SELECT id FROM sessions WHERE session_id = ?");
    lookup.bind(1, sessionId);
    const bool found = lookup.step() == SQLITE_ROW;
    const qint64 row = found ? lookup.integer(0) : 0;
    lookup.reset(); // a kept statement must not hold the read transaction open
    if (!found)
        return Error{QCoreApplication::translate("rumscope::Engine",
                                                 "The store has no session with the id \"%1\".")
                         .arg(sessionId),
                     4};

    SessionJourney journey;
    std::vector<Record> sessions = readRecords(db, RecordType::Session, "t.id = ?1", row, &cache);
    if (!sessions.empty())
        journey.session = std::get<Session>(std::move(sessions.front()));
    for (int type = int(RecordType::PageView); type < kRecordTypeCount; ++type) {
        if (!types.empty() &&
            std::find(types.begin(), types.end(), RecordType(type)) == types.end())
            continue;
        std::vector<Record> events =
            readRecords(db, RecordType(type), "t.session = ?1", row, &cache);
        std::move(events.begin(), events.end(), std::back_inserter(journey.events));
    }
    // Time order; on a tie the page view comes before what happened on it.
    std::stable_sort(journey.events.begin(), journey.events.end(),
                     [](const Record &a, const Record &b) {
                         const qint64 ta = eventBase(a).time;
                         const qint64 tb = eventBase(b).time;
                         return ta != tb ? ta < tb : a.index() < b.index();
                     });
    return journey;
}

} // namespace rumscope
