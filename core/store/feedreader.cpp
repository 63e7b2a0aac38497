#include "feedreader.h"

#include "sqlite.h"

#include <QCoreApplication>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Store)
};

} // namespace

Result<FeedPosition> feedPosition(sqlite3 *storeDb)
{
    sql::Statement select(storeDb, "SELECT (SELECT coalesce(max(id), 0) FROM feed), "
                                   "(SELECT value FROM meta WHERE key = 'feed_pruned_through'), "
                                   "(SELECT value FROM meta WHERE key = 'store_id')");
    if (!select.valid() || select.step() != SQLITE_ROW)
        return Error{sql::lastError(storeDb), 1};
    FeedPosition position;
    position.head = select.integer(0);
    position.prunedThrough = select.isNull(1) ? 0 : select.text(1).toLongLong();
    position.storeId = select.text(2).toLatin1();
    // Everything pruned: the head is the last id AUTOINCREMENT handed out.
    if (position.head < position.prunedThrough)
        position.head = position.prunedThrough;
    return position;
}

Result<FeedPage> readFeed(sqlite3 *storeDb, qint64 after, qint64 limit)
{
    sql::Statement select(storeDb, "SELECT id, records, lines FROM feed WHERE id > ?1 ORDER BY id");
    if (!select.valid())
        return Error{sql::lastError(storeDb), 1};
    select.bind(1, after);
    FeedPage page;
    page.cursor = after;
    int rc = SQLITE_ROW;
    while (page.records < limit && (rc = select.step()) == SQLITE_ROW) {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(select.get(), 2));
        const QByteArray lines =
            qUncompress(QByteArray::fromRawData(data, sqlite3_column_bytes(select.get(), 2)));
        if (lines.isEmpty())
            return Error{Tr::tr("Feed batch %1 of the store is damaged.").arg(select.integer(0)),
                         1};
        page.lines += lines;
        page.records += select.integer(1);
        page.cursor = select.integer(0);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error{sql::lastError(storeDb), 1};
    return page;
}

} // namespace rumscope
