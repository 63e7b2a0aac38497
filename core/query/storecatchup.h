#pragma once
// Brings a version of the engine's facts up to date with its store: page views and errors
// appended since, and page views a later beacon completed (fact_changes).

#include "common/progress.h"
#include "enginedata.h"

struct sqlite3;

namespace rumscope {

struct CatchUp
{
    bool reloadNeeded = false; ///< the store changed in a way only a full read follows
    EngineData data;           ///< the new version, when no reload is needed
    qint64 changedRows = 0;    ///< page views and errors added or changed
};

/// The store's position: its id, its largest page-view and error ids and its last change.
struct StorePosition
{
    QString storeId;
    qint64 maxPageViewId = 0;
    qint64 maxErrorId = 0;
    qint64 firstChangeSeq = 0; ///< the oldest change still logged; 0 when none is
    qint64 lastChangeSeq = 0;
    qint64 maxSessionId = 0; ///< session row ids index arrays: none held may be larger
};
Result<StorePosition> storePosition(sqlite3 *db);

/// Reads, in the snapshot `db` is in, what changed after `from`, reporting the page views read
/// of those appended; a cancelled catch-up fails.
Result<CatchUp> catchUp(sqlite3 *db, const EngineData &from, const Progress &progress = {});

} // namespace rumscope
