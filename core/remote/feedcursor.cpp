#include "feedcursor.h"

#include "store/sqlite.h"

namespace rumscope {

QString feedCursorKey(const QUrl &url)
{
    return QStringLiteral("feed_cursor ") + url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                                         QUrl::RemoveFragment |
                                                         QUrl::StripTrailingSlash)
                                                .toString();
}

QString feedCursorValue(const FeedCursor &cursor)
{
    return QString::fromLatin1(cursor.storeId) + u' ' + QString::number(cursor.after);
}

FeedCursor readFeedCursor(sqlite3 *storeDb, const QUrl &url)
{
    sql::Statement select(storeDb, "SELECT value FROM meta WHERE key = ?1");
    if (!select.valid())
        return {};
    select.bind(1, feedCursorKey(url));
    if (select.step() != SQLITE_ROW)
        return {};
    const QStringList parts = select.text(0).split(u' ');
    bool ok = false;
    const qint64 after = parts.size() == 2 ? parts[1].toLongLong(&ok) : 0;
    if (!ok || after < 0)
        return {};
    return {parts[0].toLatin1(), after};
}

} // namespace rumscope
