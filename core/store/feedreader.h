#pragma once
// The read side of the collector's feed (schema migration 4): what a remote reader asks for
// with GET /api/v1/feed?after=CURSOR — the canonical NDJSON of the batches committed after
// its cursor, whole batches only, so the cursor a reader keeps always falls between them.

#include "common/result.h"

#include <QByteArray>

struct sqlite3;

namespace rumscope {

struct FeedPage
{
    QByteArray lines;   ///< canonical NDJSON, one record per line
    qint64 records = 0; ///< lines in it
    qint64 cursor = 0;  ///< the last batch in it; the reader's `after` for the next page
};

struct FeedPosition
{
    qint64 head = 0;          ///< the last batch committed; 0 while the feed is empty
    qint64 prunedThrough = 0; ///< batches up to here were pruned
    QByteArray storeId;       ///< tells a reader its cursor is of this store
};

/// Where the feed of the store stands.
Result<FeedPosition> feedPosition(sqlite3 *storeDb);

/// The batches after `after`, until they hold at least `limit` records (always at least one
/// batch when there is one). Fails for a batch whose text does not inflate.
Result<FeedPage> readFeed(sqlite3 *storeDb, qint64 after, qint64 limit);

} // namespace rumscope
