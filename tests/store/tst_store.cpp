#include "model/fields.h"
#include "query/sessionjourney.h"
#include "samplerecords.h"
#include "store/rawjournal.h"
#include "store/recordtable.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rumscope;

namespace {
qint64 count(const Store &store, const char *table)
{
    sql::Statement stmt(store.handle(),
                        QByteArray(QByteArray("SELECT count(*) FROM ") + table).constData());
    return stmt.step() == SQLITE_ROW ? stmt.integer(0) : -1;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsWalStoreAtLatestVersion();
    void writerCommitsBatchesAndSurvivesReopen();
    void writerFlushCommitsWhileProducing();
    void quarantineKeepsRawPayload();
    void refusedRecordIsQuarantinedAndTheRestStored();
    void readsSessionJourneyInTimeOrder();
    void eventsWithoutSessionRecordCreateTheSession();
    void migratesFromVersionOne();
    void refusesNewerStore();
    void refusesNonSqliteFile();
    void refusesCorruptFile();
    void refusesForeignSqliteDatabase();
    void refusesMissingFolder();
    void storesEveryFieldColumn();
    void labelFieldsAreIdColumns();
    void labelsKeepOneIdPerTextBeyondTheirCache();
    void pageViewPartsMergeOnTheirViewId();
    void journalKeepsPayloadsAsTheyArrived();
    void writerRecordsTheJournalMarkInItsCommit();
    void journalOfAnotherStoreIsRefused();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestStore::createsWalStoreAtLatestVersion()
{
    Result<Store> store = Store::open(path("new.rumscope"));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    sql::Statement mode(store->handle(), "PRAGMA journal_mode");
    QVERIFY(mode.step() == SQLITE_ROW);
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    QCOMPARE(store->stats().value().schemaVersion, Store::currentSchemaVersion());
    QVERIFY(Store::currentSchemaVersion() >= 2);
}

void TestStore::writerCommitsBatchesAndSurvivesReopen()
{
    const QString file = path("batches.rumscope");
    {
        auto writer = StoreWriter::open(file, 2);
        QVERIFY(writer.ok());
        QSignalSpy committed(writer.value().get(), &StoreWriter::committed);
        // 50 batches of one session each: the queue of two makes submit() wait for the writer.
        for (int i = 0; i < 50; ++i) {
            WriteBatch batch;
            batch.records = testing::sampleRecords(QStringLiteral("session-%1").arg(i));
            QVERIFY(writer.value()->submit(std::move(batch)));
        }
        const WriterStats stats = writer.value()->flush();
        QCOMPARE(stats.committedRecords, 50 * kRecordTypeCount);
        QVERIFY(stats.lastError.isEmpty());
        QVERIFY(stats.commits >= 1);
        QVERIFY(committed.count() >= 1);
    }
    Result<Store> reopened = Store::open(file, Store::Mode::ReadOnly);
    QVERIFY(reopened.ok());
    const StoreStats stats = reopened->stats().value();
    QCOMPARE(stats.sessions, 50);
    QCOMPARE(stats.pageViews, 50);
    QCOMPARE(stats.errors, 50);
    QCOMPARE(stats.interactions, 50);
    QCOMPARE(stats.resources, 50);
    QCOMPARE(stats.longTasks, 50);
    QCOMPARE(stats.measurements, 50);
    QCOMPARE(stats.firstPageView, testing::samplePageView().time);
}

void TestStore::writerFlushCommitsWhileProducing()
{
    const QString file = path("flush.rumscope");
    auto writer = StoreWriter::open(file);
    QVERIFY(writer.ok());
    WriteBatch batch;
    batch.records = testing::sampleRecords();
    QVERIFY(writer.value()->submit(std::move(batch)));
    writer.value()->flush();
    // A reader on its own connection sees the commit while the writer stays open.
    Result<Store> reader = Store::open(file, Store::Mode::ReadOnly);
    QVERIFY(reader.ok());
    QCOMPARE(count(reader.value(), "pageviews"), 1);
}

void TestStore::quarantineKeepsRawPayload()
{
    const QString file = path("quarantine.rumscope");
    {
        auto writer = StoreWriter::open(file);
        QVERIFY(writer.ok());
        WriteBatch batch;
        batch.quarantined.push_back({QStringLiteral("/tmp/x.ndjson"), 7, 1767225600000,
                                     QStringLiteral("not valid JSON"), QByteArray("{oops\x01")});
        QVERIFY(writer.value()->submit(std::move(batch)));
        QCOMPARE(writer.value()->flush().committedQuarantined, 1);
    }
    Result<Store> store = Store::open(file);
    sql::Statement stmt(store->handle(), "SELECT origin, line, reason, raw FROM quarantine");
    QCOMPARE(stmt.step(), SQLITE_ROW);
    QCOMPARE(stmt.text(0), QStringLiteral("/tmp/x.ndjson"));
    QCOMPARE(stmt.integer(1), 7);
    QCOMPARE(stmt.text(2), QStringLiteral("not valid JSON"));
    QCOMPARE(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt.get(), 3)),
                        sqlite3_column_bytes(stmt.get(), 3)),
             QByteArray("{oops\x01"));
}

void TestStore::refusedRecordIsQuarantinedAndTheRestStored()
{
    const QString file = path("refused.rumscope");
    {
        auto writer = StoreWriter::open(file);
        QVERIFY(writer.ok());
        // 40 resources go in as multi-row inserts; the one without a URL (NOT NULL) fails its
        // chunk, which is then written row by row.
        WriteBatch batch;
        for (int i = 0; i < 40; ++i) {
            Resource r = std::get<Resource>(testing::sampleRecords()[4]);
            r.time += i;
            if (i == 20)
                r.url.clear();
            batch.records.emplace_back(r);
        }
        QVERIFY(writer.value()->submit(std::move(batch)));
        const WriterStats stats = writer.value()->flush();
        QCOMPARE(stats.committedRecords, 39);
        QCOMPARE(stats.committedQuarantined, 1);
    }
    Result<Store> store = Store::open(file);
    QCOMPARE(count(store.value(), "resources"), 39);
    sql::Statement stmt(store->handle(), "SELECT reason, raw FROM quarantine");
    QCOMPARE(stmt.step(), SQLITE_ROW);
    QVERIFY2(stmt.text(0).contains(u"refused"), qPrintable(stmt.text(0)));
    QVERIFY(stmt.text(1).contains(u"\"type\":\"resource\""));
}

void TestStore::readsSessionJourneyInTimeOrder()
{
    const QString file = path("journey.rumscope");
    {
        auto writer = StoreWriter::open(file);
        WriteBatch batch;
        batch.records = testing::sampleRecords(QStringLiteral("journey"));
        QVERIFY(writer.value()->submit(std::move(batch)));
    }
    Result<Store> store = Store::open(file);
    Result<SessionJourney> journey = loadSessionJourney(store.value(), QStringLiteral("journey"));
    QVERIFY(journey.ok());
    const std::vector<Record> expected = testing::sampleRecords(QStringLiteral("journey"));
    QVERIFY(journey->session == std::get<Session>(expected[0]));
    QCOMPARE(journey->events.size(), expected.size() - 1);
    for (size_t i = 1; i < journey->events.size(); ++i)
        QVERIFY(eventBase(journey->events[i - 1]).time <= eventBase(journey->events[i]).time);
    // Every record reads back exactly as written.
    for (size_t i = 1; i < expected.size(); ++i) {
        const bool found = std::any_of(journey->events.begin(), journey->events.end(),
                                       [&](const Record &r) { return r == expected[i]; });
        QVERIFY2(found, recordTypeName(recordType(expected[i])).data());
    }
    Result<SessionJourney> missing = loadSessionJourney(store.value(), QStringLiteral("nope"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().exitCode, 4);
}

void TestStore::eventsWithoutSessionRecordCreateTheSession()
{
    const QString file = path("derived.rumscope");
    {
        auto writer = StoreWriter::open(file);
        WriteBatch batch;
        PageView first = testing::samplePageView(QStringLiteral("derived"));
        PageView second = first;
        second.viewId = QStringLiteral("v-2");
        second.time = first.time + 60000;
        batch.records = {second, first};
        QVERIFY(writer.value()->submit(std::move(batch)));
    }
    Result<Store> store = Store::open(file);
    Result<SessionJourney> journey = loadSessionJourney(store.value(), QStringLiteral("derived"));
    QVERIFY(journey.ok());
    QCOMPARE(journey->session.time, testing::samplePageView().time);
    QCOMPARE(journey->session.lastSeen, testing::samplePageView().time + 60000);
    QCOMPARE(journey->events.size(), size_t(2));
}

void TestStore::migratesFromVersionOne()
{
    const QString file = path("v1.rumscope");
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &raw), SQLITE_OK);
        sql::Connection db(raw);
        QVERIFY(schema::migrate(db.get(), 1).isEmpty());
        QVERIFY(sql::exec(db.get(), "INSERT INTO sessions (session_id, ts) VALUES ('old', "
                                    "1767225600000);"
                                    "INSERT INTO pageviews (session, view_id, ts, lcp) VALUES "
                                    "(1, 'v-old', 1767225600000, 1234.5);")
                    .isEmpty());
        sql::Statement version(db.get(), "PRAGMA user_version");
        QCOMPARE(version.step(), SQLITE_ROW);
        QCOMPARE(version.integer(0), 1);
    }
    Result<Store> store = Store::open(file, Store::Mode::ReadOnly);
    QVERIFY(!store.ok()); // read-only cannot upgrade, and says so
    QVERIFY(store.error().message.contains(u"older"));
    store = Store::open(file);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    QCOMPARE(store->stats().value().schemaVersion, Store::currentSchemaVersion());
    Result<SessionJourney> journey = loadSessionJourney(store.value(), QStringLiteral("old"));
    QVERIFY(journey.ok());
    QCOMPARE(journey->events.size(), size_t(1));
    QCOMPARE(std::get<PageView>(journey->events[0]).lcp, 1234.5);
    // Version 2's table, holding version 3's store id; version 3's change log, empty.
    QCOMPARE(count(store.value(), "meta"), 1);
    QCOMPARE(count(store.value(), "fact_changes"), 0);
}

void TestStore::refusesNewerStore()
{
    const QString file = path("newer.rumscope");
    {
        Result<Store> store = Store::open(file);
        QVERIFY(store.ok());
        sql::exec(store->handle(), "PRAGMA user_version = 999");
    }
    Result<Store> store = Store::open(file);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(u"newer rumscope"), qPrintable(store.error().message));
}

void TestStore::refusesNonSqliteFile()
{
    const QString file = path("notes.txt");
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("just some notes, not a database\n");
    text.close();
    Result<Store> store = Store::open(file);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(u"not a SQLite database"),
             qPrintable(store.error().message));
    QCOMPARE(QFileInfo(file).size(), 32); // untouched
}

void TestStore::refusesCorruptFile()
{
    const QString file = path("corrupt.rumscope");
    {
        auto writer = StoreWriter::open(file);
        WriteBatch batch;
        batch.records = testing::sampleRecords();
        QVERIFY(writer.value()->submit(std::move(batch)));
    }
    {
        Result<Store> store = Store::open(file); // checkpoint the WAL into the main file
        sql::exec(store->handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    // Keep the 100-byte header, trash the rest of page 1 (the schema).
    damaged.seek(100);
    damaged.write(QByteArray(3000, '\x5a'));
    damaged.close();
    Result<Store> store = Store::open(file);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(u"damaged"), qPrintable(store.error().message));
}

void TestStore::refusesForeignSqliteDatabase()
{
    const QString file = path("foreign.db");
    {
        sqlite3 *raw = nullptr;
        sqlite3_open(QFile::encodeName(file).constData(), &raw);
        sql::Connection db(raw);
        sql::exec(db.get(), "CREATE TABLE customers (id INTEGER)");
    }
    Result<Store> store = Store::open(file);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(u"not a rumscope store"),
             qPrintable(store.error().message));
}

void TestStore::refusesMissingFolder()
{
    Result<Store> store = Store::open(path("no/such/folder/x.rumscope"));
    QVERIFY(!store.ok());
    QVERIFY(store.error().message.contains(u"does not exist"));
    store = Store::open(path("missing.rumscope"), Store::Mode::ReadOnly);
    QVERIFY(!store.ok());
    QVERIFY(store.error().message.contains(u"does not exist"));
}

void TestStore::storesEveryFieldColumn()
{
    // The writer prepares its inserts from the field tables; a missing column fails here.
    auto writer = StoreWriter::open(path("columns.rumscope"));
    QVERIFY2(writer.ok(), qPrintable(writer.ok() ? QString() : writer.error().message));
}

template<class R> void checkLabelColumns(sqlite3 *db, RecordType type)
{
    QHash<QString, QString> declared; // column → declared type
    sql::Statement info(
        db, QByteArray("PRAGMA table_info(" + QByteArray(tableName(type)) + ")").constData());
    while (info.step() == SQLITE_ROW)
        declared.insert(info.text(1), info.text(2));
    for (const Field<R> &field : fieldsOf<R>()) {
        const QString column = QString::fromLatin1(field.column);
        if (column == QLatin1StringView("session_id") && type != RecordType::Session)
            continue; // events hold the sessions row id
        QVERIFY2(declared.contains(column), field.column);
        QCOMPARE(declared.value(column) == QLatin1StringView("INTEGER"),
                 field.label || std::holds_alternative<qint64 R::*>(field.member) ||
                     std::holds_alternative<std::optional<bool> R::*>(field.member) ||
                     column == QLatin1StringView("ts"));
    }
}

void TestStore::labelFieldsAreIdColumns()
{
    // A field marked as a label in model/fields.h must have an id column in the schema, and
    // a text field a text column; a mismatch would store ids as text or the reverse.
    Result<Store> store = Store::open(path("labels.rumscope"));
    QVERIFY(store.ok());
    checkLabelColumns<Session>(store->handle(), RecordType::Session);
    checkLabelColumns<PageView>(store->handle(), RecordType::PageView);
    checkLabelColumns<ErrorEvent>(store->handle(), RecordType::Error);
    checkLabelColumns<Interaction>(store->handle(), RecordType::Interaction);
    checkLabelColumns<Resource>(store->handle(), RecordType::Resource);
    checkLabelColumns<LongTask>(store->handle(), RecordType::LongTask);
    checkLabelColumns<Measurement>(store->handle(), RecordType::Measurement);
}

void TestStore::labelsKeepOneIdPerTextBeyondTheirCache()
{
    Result<Store> store = Store::open(path("labelcache.rumscope"));
    QVERIFY(store.ok());
    Labels labels(store->handle(), 3);
    QHash<QString, qint64> first;
    for (int i = 0; i < 10; ++i) {
        const QString text = QStringLiteral("agent %1").arg(i);
        const std::optional<qint64> id = labels.id(text);
        QVERIFY(id);
        first.insert(text, *id);
    }
    QCOMPARE(count(store.value(), "labels"), 10);
    // Asked again after the cache started over, each text gets its first id back, whether the
    // string is a fresh copy or the very one asked with before.
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        QCOMPARE(labels.id(QString(it.key().constData(), it.key().size())), it.value());
        QCOMPARE(labels.id(it.key()), it.value());
    }
    QCOMPARE(count(store.value(), "labels"), 10);
    QVERIFY(!labels.id(QString()));

    // A string over foreign characters that change: the address alone must not answer.
    QChar buffer[] = {u'a', u'b'};
    const qint64 ab = labels.id(QString::fromRawData(buffer, 2)).value();
    buffer[1] = u'c';
    const qint64 ac = labels.id(QString::fromRawData(buffer, 2)).value();
    QVERIFY(ab != ac);
    QCOMPARE(labels.id(QStringLiteral("ac")), ac);
}

void TestStore::pageViewPartsMergeOnTheirViewId()
{
    // web-vitals reports one metric per beacon, boomerang a view at load and at unload: the
    // parts of a view parsed from SDK beacons make one page view; whole canonical views that
    // happen to share an id are kept as they came.
    const QString file = path("parts.rumscope");
    {
        auto writer = StoreWriter::open(file);
        QVERIFY(writer.ok());
        auto part = [](qint64 time, const char *source) {
            PageView view;
            view.time = time;
            view.sessionId = QStringLiteral("s1");
            view.viewId = QStringLiteral("v1");
            view.source = QString::fromLatin1(source);
            return view;
        };
        PageView ttfb = part(1'800'000'000'000, "web-vitals");
        ttfb.ttfb = 120;
        ttfb.url = QStringLiteral("https://shop.example/");
        PageView lcp = part(1'800'000'000'000, "web-vitals");
        lcp.lcp = 2100;
        PageView laterLcp = part(1'800'000'000'000, "web-vitals");
        laterLcp.lcp = 2400; // the same metric reported again: the last value wins
        laterLcp.country = QStringLiteral("DE");
        PageView wholeA = part(1'800'000'000'500, "canonical");
        wholeA.viewId = QStringLiteral("v2");
        wholeA.lcp = 1000;
        PageView wholeB = wholeA;
        wholeB.lcp = 3000;
        WriteBatch first;
        first.records = {Record(ttfb), Record(lcp), Record(wholeA)};
        QVERIFY(writer.value()->submit(std::move(first)));
        writer.value()->flush();
        WriteBatch second;
        second.records = {Record(laterLcp), Record(wholeB)};
        QVERIFY(writer.value()->submit(std::move(second)));
        writer.value()->flush();
    }
    Result<Store> store = Store::open(file);
    QVERIFY(store.ok());
    QCOMPARE(count(store.value(), "pageviews"), 3);
    const std::vector<Record> views =
        readRecords(store->handle(), RecordType::PageView, "t.view_id = 'v1' AND ?1 = ?1", 0);
    QCOMPARE(views.size(), size_t(1));
    const auto &merged = std::get<PageView>(views.front());
    QCOMPARE(merged.ttfb, 120.0);
    QCOMPARE(merged.lcp, 2400.0);
    QCOMPARE(merged.url, QStringLiteral("https://shop.example/"));
    QCOMPARE(merged.country, QStringLiteral("DE"));
    QCOMPARE(merged.time, qint64(1'800'000'000'000));
}

void TestStore::journalKeepsPayloadsAsTheyArrived()
{
    const QString file = path("journal.rumscope");
    QVERIFY(Store::open(file));
    std::vector<JournalEntry> entries(4);
    entries[0].format = "faro";
    entries[0].payload.method = "POST";
    entries[0].payload.path = "/collect/app-key";
    entries[0].payload.headers = {{"content-type", "application/json"},
                                  {"user-agent", "Mozilla/5.0 (X11; Linux x86_64) \xe2\x80\x94"}};
    entries[0].payload.body = R"({"meta":{"session":{"id":"s1"}}})";
    entries[0].payload.receivedAt = 1790000000123;
    entries[0].payload.clientAddress = "203.0.113.7";
    entries[1].format = "boomerang";
    entries[1].payload.method = "GET";
    entries[1].payload.path = "/beacon";
    entries[1].payload.query = "t_done=812&u=https%3A%2F%2Fshop.example.com%2F";
    entries[1].payload.receivedAt = 1790000000124;
    entries[2].format = "canonical";
    entries[2].payload.method = "POST";
    entries[2].payload.path = "/ingest";
    entries[2].payload.body = QByteArray("\0binary\xff\0", 10);
    entries[2].payload.receivedAt = 1790000000125;
    // A large body, compressed by the same deflate state right after the others.
    entries[3].format = "elastic";
    entries[3].payload.method = "POST";
    entries[3].payload.path = "/intake/v3/rum/events";
    for (int i = 0; i < 20000; ++i)
        entries[3].payload.body +=
            "{\"x\":{\"n\":" + QByteArray::number(i * 7919 % 100003) + "}}\n";
    entries[3].payload.receivedAt = 1790000000126;
    {
        Result<RawJournal> journal = RawJournal::open(file);
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message));
        const Result<qint64> last = journal->append(entries);
        QVERIFY(last);
        QVERIFY(entries[0].id > 0);
        QVERIFY(entries[1].id > entries[0].id);
        QCOMPARE(last.value(), entries[3].id);
    }
    // Another process opening the journal later reads them back as they were sent.
    Result<RawJournal> journal = RawJournal::open(file);
    QVERIFY(journal);
    QCOMPARE(journal->path(), RawJournal::pathFor(QFileInfo(file).absoluteFilePath()));
    const auto read = journal->after(0, 10);
    QVERIFY(read);
    QCOMPARE(read->size(), size_t(4));
    for (size_t i = 0; i < 4; ++i) {
        const JournalEntry &back = read.value()[i];
        QCOMPARE(back.id, entries[i].id);
        QCOMPARE(back.format, entries[i].format);
        QCOMPARE(back.payload.method, entries[i].payload.method);
        QCOMPARE(back.payload.path, entries[i].payload.path);
        QCOMPARE(back.payload.query, entries[i].payload.query);
        QCOMPARE(back.payload.headers, entries[i].payload.headers);
        QCOMPARE(back.payload.body, entries[i].payload.body);
        QCOMPARE(back.payload.receivedAt, entries[i].payload.receivedAt);
        QVERIFY(back.payload.clientAddress.isEmpty()); // never written
    }
    const auto later = journal->after(entries[0].id, 1);
    QVERIFY(later);
    QCOMPARE(later->size(), size_t(1));
    QCOMPARE(later->front().id, entries[1].id);
    QFile raw(RawJournal::pathFor(file));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("203.0.113.7"));
}

void TestStore::writerRecordsTheJournalMarkInItsCommit()
{
    const QString file = path("journalmark.rumscope");
    {
        auto writer = StoreWriter::open(file);
        QVERIFY(writer);
        WriteBatch batch;
        batch.records.push_back(testing::samplePageView());
        batch.journaledThrough = 41;
        QVERIFY(writer.value()->submit(std::move(batch)));
        WriteBatch older;
        older.journaledThrough = 40; // an older mark never moves it back
        QVERIFY(writer.value()->submit(std::move(older)));
        writer.value()->flush();
    }
    Result<Store> store = Store::open(file, Store::Mode::ReadOnly);
    QVERIFY(store);
    QCOMPARE(journalDoneThrough(store->handle()), qint64(41));
    QCOMPARE(count(store.value(), "pageviews"), 1);
    // A writer opened later carries on from the mark the store holds.
    {
        auto writer = StoreWriter::open(file);
        QVERIFY(writer);
        WriteBatch stale;
        stale.journaledThrough = 7;
        QVERIFY(writer.value()->submit(std::move(stale)));
        writer.value()->flush();
    }
    QCOMPARE(journalDoneThrough(store->handle()), qint64(41));
}

void TestStore::journalOfAnotherStoreIsRefused()
{
    const QString first = path("first.rumscope");
    const QString second = path("second.rumscope");
    QVERIFY(Store::open(first));
    QVERIFY(Store::open(second));
    QVERIFY(RawJournal::open(first));
    QVERIFY(QFile::copy(RawJournal::pathFor(first), RawJournal::pathFor(second)));
    const Result<RawJournal> foreign = RawJournal::open(second);
    QVERIFY(!foreign);
    QVERIFY2(foreign.error().message.contains(QStringLiteral("another store")),
             qPrintable(foreign.error().message));
    QVERIFY(!RawJournal::open(path("missing.rumscope")));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
