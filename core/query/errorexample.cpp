#include "errorexample.h"

#include "store/recordtable.h"
#include "store/store.h"

#include <QCoreApplication>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Engine)
};

} // namespace

Result<ErrorExample> loadErrorExample(const Store &store, const QString &fingerprint)
{
    sqlite3 *db = store.handle();
    sql::StatementCache &cache = store.statements();
    // The latest occurrence, its page view's URL (found as the engine joins them: the first
    // page view with its session and view id) and how often it happened.
    sql::Statement &latest = cache.get(
        "SELECT e.id, (SELECT p.url FROM pageviews p WHERE p.session IS e.session AND "
        "p.view_id = e.view_id ORDER BY p.id LIMIT 1), (SELECT count(*) FROM errors c WHERE "
        "c.fingerprint = ?1) FROM errors e WHERE e.fingerprint = ?1 ORDER BY e.ts DESC, e.id "
        "DESC LIMIT 1");
    if (!latest.valid())
        return Error{Tr::tr("Cannot read the errors: %1").arg(sql::lastError(db)), 1};
    latest.bind(1, fingerprint);
    const int rc = latest.step();
    const qint64 id = rc == SQLITE_ROW ? latest.integer(0) : 0;
    ErrorExample example;
    if (rc == SQLITE_ROW) {
        example.pageUrl = latest.text(1);
        example.occurrences = latest.integer(2);
    }
    latest.reset(); // a kept statement must not hold the read transaction open
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error{Tr::tr("Cannot read the errors: %1").arg(sql::lastError(db)), 1};
    if (rc == SQLITE_DONE || fingerprint.isEmpty())
        return Error{Tr::tr("The store has no error with the fingerprint \"%1\".").arg(fingerprint),
                     4};

    std::vector<Record> records = readRecords(db, RecordType::Error, "t.id = ?1", id, &cache);
    if (records.empty()) // removed between the two reads
        return Error{Tr::tr("The store has no error with the fingerprint \"%1\".").arg(fingerprint),
                     4};
    example.error = std::get<ErrorEvent>(std::move(records.front()));
    example.sessionId = example.error.sessionId;
    return example;
}

} // namespace rumscope
