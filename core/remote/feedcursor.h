#pragma once
// Where a follower stands in a collector's feed: kept in the following store's meta table,
// committed with the records it covers, so a restart resumes exactly after what it stored.

#include <QByteArray>
#include <QString>
#include <QUrl>

struct sqlite3;

namespace rumscope {

struct FeedCursor
{
    QByteArray storeId; ///< the collector's store the cursor belongs to; empty: none yet
    qint64 after = 0;
};

/// The meta key of the cursor for the collector at url.
QString feedCursorKey(const QUrl &url);
QString feedCursorValue(const FeedCursor &cursor);
/// The cursor the store holds for the collector at url; {} when it never followed it.
FeedCursor readFeedCursor(sqlite3 *storeDb, const QUrl &url);

} // namespace rumscope
