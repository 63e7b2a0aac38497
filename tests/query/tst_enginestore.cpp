// The engine and its store over time: what the writer commits after the engine opened, page
// views a later beacon completes, errors that come before their page view, and the column
// snapshot the next open starts from (sound, stale, damaged or another store's).

#include "query/columnsnapshot.h"
#include "query/localengine.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace rumscope;

namespace {

constexpr qint64 kStart = 1767225600000; // 2026-01-01
const QStringList kCountries = {QStringLiteral("DE"), QStringLiteral("IN"), QStringLiteral("US")};
const QStringList kCities = {QStringLiteral("Hamburg"), QStringLiteral("Pune"),
                             QStringLiteral("Denver"), QStringLiteral("Köln")};

/// What the test wrote, view by view, as the store should hold it.
struct ExpectedView
{
    qint64 time = 0;
    QString session;
    QString country;
    double lcp = kUnset;
    bool hasError = false;
};

double referencePercentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = std::max<qint64>(qint64(std::ceil(double(values.size()) * p)) - 1, 0);
    return values[size_t(rank)];
}

/// Everything a dashboard shows, as text: two engines agree when their texts do.
QString describe(const LocalEngine &engine)
{
    QString text;
    MetricQuery byCountry;
    byCountry.metric = Metric::Lcp;
    byCountry.percentiles = {0.5, 0.75, 0.95};
    byCountry.groupBy = Dimension::Country;
    const MetricQueryResult metric = engine.run(byCountry);
    for (const MetricSummary &row : QList<MetricSummary>{metric.total} + metric.rows) {
        text += QStringLiteral("%1 %2/%3 %4 %5 %6 | %7 %8 %9\n")
                    .arg(row.group)
                    .arg(row.pageViews)
                    .arg(row.samples)
                    .arg(row.values.value(0))
                    .arg(row.values.value(1))
                    .arg(row.values.value(2))
                    .arg(row.good)
                    .arg(row.needsImprovement)
                    .arg(row.poor);
    }
    MetricQuery byCity = byCountry;
    byCity.groupBy = Dimension::City;
    for (const MetricSummary &row : engine.run(byCity).rows) {
        text += QStringLiteral("city %1 %2 %3 %4-%5\n")
                    .arg(row.group)
                    .arg(row.pageViews)
                    .arg(row.value)
                    .arg(row.firstSeen)
                    .arg(row.lastSeen);
    }
    const OverviewResult overview = engine.overview({});
    text += QStringLiteral("overview %1 views %2 sessions %3 trend points\n")
                .arg(overview.pageViews)
                .arg(overview.sessions)
                .arg(overview.trend.size());
    MetricQuery withErrors;
    withErrors.filter.hasError = true;
    text += QStringLiteral("with errors %1\n").arg(engine.run(withErrors).total.pageViews);
    for (const ErrorGroup &group : engine.errorGroups({}).groups) {
        text += QStringLiteral("error %1 %2 %3 %4-%5\n")
                    .arg(group.fingerprint)
                    .arg(group.count)
                    .arg(group.sessions)
                    .arg(group.firstSeen)
                    .arg(group.lastSeen);
    }
    SessionQuery sessions;
    sessions.limit = 20;
    const Result<SessionListResult> list = engine.sessions(sessions);
    text += QStringLiteral("sessions %1\n").arg(list ? list->sessions : -1);
    if (list) {
        for (const SessionRow &row : list->rows)
            text += QStringLiteral("%1 %2 %3 %4\n")
                        .arg(row.sessionId)
                        .arg(row.pageViews)
                        .arg(row.errors)
                        .arg(row.country);
    }
    return text;
}

} // namespace

class TestEngineStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void appendsAfterOpenAreAnswered();
    void laterBeaconsCompleteAPageView();
    void errorsBeforeTheirPageViewJoinIt();
    void snapshotIsWrittenAndFollowsTheStore();
    void damagedSnapshotIsIgnored_data();
    void damagedSnapshotIsIgnored();
    void snapshotOfAnotherStoreIsIgnored();

private:
    void write(std::vector<Record> records);
    PageView view(int index, qint64 time, const QString &source = {});
    double expectedLcp(double p, const QString &country = {}) const;
    QString storeId() const;
    qint64 expectedWithLcp() const;

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<StoreWriter> m_writer;
    std::optional<LocalEngine> m_engine;
    QHash<QString, ExpectedView> m_expected; ///< by view id
    QRandomGenerator m_random{11};
};

PageView TestEngineStore::view(int index, qint64 time, const QString &source)
{
    PageView v;
    v.time = time;
    v.sessionId = QStringLiteral("s%1").arg(index / 3);
    v.viewId = QStringLiteral("v%1").arg(index);
    v.country = kCountries[index % kCountries.size()];
    v.city = kCities[(index / 7) % kCities.size()];
    v.source = source;
    v.lcp = double(200 + m_random.bounded(9000));
    ExpectedView &expected = m_expected[v.viewId];
    expected.time = time;
    expected.session = v.sessionId;
    expected.country = v.country;
    expected.lcp = v.lcp;
    return v;
}

void TestEngineStore::write(std::vector<Record> records)
{
    WriteBatch batch;
    batch.records = std::move(records);
    QVERIFY(m_writer->submit(std::move(batch)));
    const WriterStats stats = m_writer->flush();
    QVERIFY2(stats.lastError.isEmpty(), qPrintable(stats.lastError));
}

double TestEngineStore::expectedLcp(double p, const QString &country) const
{
    std::vector<double> values;
    for (const ExpectedView &view : m_expected) {
        if (!std::isnan(view.lcp) && (country.isEmpty() || view.country == country))
            values.push_back(view.lcp);
    }
    return referencePercentile(values, p);
}

QString TestEngineStore::storeId() const
{
    Result<Store> store = Store::open(m_store, Store::Mode::ReadOnly);
    if (!store)
        return {};
    sql::Statement id(store->handle(), "SELECT value FROM meta WHERE key = 'store_id'");
    return id.step() == SQLITE_ROW ? id.text(0) : QString();
}

qint64 TestEngineStore::expectedWithLcp() const
{
    return std::count_if(m_expected.begin(), m_expected.end(),
                         [](const ExpectedView &view) { return !std::isnan(view.lcp); });
}

void TestEngineStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("live.rumscope"));
    auto writer = StoreWriter::open(m_store);
    QVERIFY(writer.ok());
    m_writer = std::move(writer).value();
    // More than one chunk (65,536 rows), so that changes land in shared and unshared ones.
    std::vector<Record> records;
    for (int i = 0; i < 70000; ++i)
        records.emplace_back(view(i, kStart + qint64(i) * 1000));
    write(std::move(records));
    Result<LocalEngine> engine = LocalEngine::load(m_store);
    QVERIFY(engine.ok());
    m_engine.emplace(std::move(engine).value());
    QCOMPARE(m_engine->pageViews(), 70000);
}

void TestEngineStore::appendsAfterOpenAreAnswered()
{
    MetricQuery query;
    query.metric = Metric::Lcp;
    query.percentiles = {0.75};
    const MetricQueryResult before = m_engine->run(query);
    std::vector<Record> records;
    // Later views, and a few from before the first (an old file imported late).
    for (int i = 70000; i < 70500; ++i)
        records.emplace_back(view(i, kStart + qint64(i) * 1000));
    for (int i = 70500; i < 70510; ++i)
        records.emplace_back(view(i, kStart - qint64(i)));
    write(std::move(records));
    // Not before the engine is told to look.
    QCOMPARE(m_engine->run(query).total.pageViews, before.total.pageViews);

    Result<qint64> changed = m_engine->refresh();
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
    QCOMPARE(changed.value(), 510);
    QCOMPARE(m_engine->pageViews(), qint64(m_expected.size()));
    QCOMPARE(m_engine->firstTime(), kStart - 70509);
    const MetricQueryResult after = m_engine->run(query);
    QCOMPARE(after.total.pageViews, qint64(m_expected.size()));
    QCOMPARE(after.total.value, expectedLcp(0.75));
    // Time filters find rows appended out of time order.
    MetricQuery early = query;
    early.filter.to = kStart;
    QCOMPARE(m_engine->run(early).total.pageViews, 10);
    // Nothing new: nothing changes.
    QCOMPARE(m_engine->refresh().value(), 0);

    // A cancelled catch-up fails and leaves the engine as it was; the next one reads it all.
    std::vector<Record> more;
    more.emplace_back(view(70510, kStart + qint64(70510) * 1000));
    write(std::move(more));
    std::atomic_bool cancel = true;
    Result<qint64> cancelled = m_engine->refresh(Progress({}, &cancel));
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error().message.contains(u"cancelled"));
    QCOMPARE(m_engine->pageViews(), qint64(m_expected.size()) - 1);
    QCOMPARE(m_engine->refresh().value(), 1);
    QCOMPARE(m_engine->pageViews(), qint64(m_expected.size()));
}

void TestEngineStore::laterBeaconsCompleteAPageView()
{
    // A beacon SDK reports a view in parts: first its load, its LCP when the page is hidden.
    std::vector<Record> first;
    for (int i = 80000; i < 80040; ++i) {
        PageView v = view(i, kStart + qint64(i) * 1000, QStringLiteral("web-vitals"));
        v.lcp = kUnset;
        m_expected[v.viewId].lcp = kUnset;
        v.ttfb = 120;
        first.emplace_back(v);
    }
    write(std::move(first));
    QVERIFY(m_engine->refresh().ok());
    MetricQuery query;
    query.metric = Metric::Lcp;
    QCOMPARE(m_engine->run(query).total.samples, expectedWithLcp());

    std::vector<Record> parts;
    for (int i = 80000; i < 80040; i += 2) {
        PageView v;
        v.time = kStart + qint64(i) * 1000;
        v.sessionId = QStringLiteral("s%1").arg(i / 3);
        v.viewId = QStringLiteral("v%1").arg(i);
        v.source = QStringLiteral("web-vitals");
        v.lcp = 30000 + i; // poor, and larger than every other value
        m_expected[v.viewId].lcp = v.lcp;
        parts.emplace_back(v);
    }
    write(std::move(parts));
    Result<qint64> changed = m_engine->refresh();
    QVERIFY(changed.ok());
    QCOMPARE(changed.value(), 20);
    const MetricQueryResult after = m_engine->run(query);
    QCOMPARE(after.total.pageViews, qint64(m_expected.size())); // completed, not added
    QCOMPARE(after.total.samples, expectedWithLcp());
    QCOMPARE(after.total.value, expectedLcp(0.75));
    MetricQuery slowest = query;
    slowest.percentiles = {1.0};
    QCOMPARE(m_engine->run(slowest).total.value, 30000.0 + 80038);
    // Their country is unchanged: the parts did not say it, and a merge keeps what was there.
    MetricQuery us = query;
    us.filter.dimensions = {{Dimension::Country, {QStringLiteral("US")}, false}};
    QCOMPARE(m_engine->run(us).total.value, expectedLcp(0.75, QStringLiteral("US")));
}

void TestEngineStore::errorsBeforeTheirPageViewJoinIt()
{
    const auto error = [](const QString &viewId, const QString &session, qint64 time) {
        ErrorEvent e;
        e.time = time;
        e.sessionId = session;
        e.viewId = viewId;
        e.fingerprint = QStringLiteral("late-%1").arg(viewId);
        e.message = QStringLiteral("TypeError: late");
        return e;
    };
    // An error on a page view the engine has had since it opened (in its first chunk) …
    std::vector<Record> records;
    records.emplace_back(error(QStringLiteral("v3"), QStringLiteral("s1"), kStart + 3500));
    m_expected[QStringLiteral("v3")].hasError = true;
    // … and one on a page view that is not there yet.
    const qint64 lateTime = kStart + 90000000;
    records.emplace_back(error(QStringLiteral("v90000"), QStringLiteral("s30000"), lateTime + 10));
    write(std::move(records));
    QVERIFY(m_engine->refresh().ok());

    MetricQuery withErrors;
    withErrors.filter.hasError = true;
    QCOMPARE(m_engine->run(withErrors).total.pageViews, 1);
    // The errors filter the page views as soon as the engine has read them.
    MetricQuery onV3;
    onV3.filter.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("late-v3")}, false}};
    const MetricSummary v3 = m_engine->run(onV3).total;
    QCOMPARE(v3.pageViews, 1);
    QCOMPARE(v3.firstSeen, m_expected[QStringLiteral("v3")].time);
    MetricQuery onLate = onV3;
    onLate.filter.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("late-v90000")}, false}};
    QCOMPARE(m_engine->run(onLate).total.pageViews, 0);
    MetricQuery notOnV3 = onV3;
    notOnV3.filter.dimensions.front().exclude = true;
    QCOMPARE(m_engine->run(notOnV3).total.pageViews, m_engine->pageViews() - 1);
    ErrorGroupQuery groups;
    groups.limit = 0;
    QCOMPARE(m_engine->errorGroups(groups).errors, 2);
    // An error whose page view has not come is on the page view its view id names.
    ErrorGroupQuery lateGroups = groups;
    lateGroups.filter = onLate.filter;
    QCOMPARE(m_engine->errorGroups(lateGroups).errors, 1);
    // A country filter keeps the first (v3 is in DE) and cannot place the second yet.
    groups.filter.dimensions = {{Dimension::Country, {QStringLiteral("DE")}, false}};
    QCOMPARE(m_engine->errorGroups(groups).errors, 1);

    std::vector<Record> late;
    late.emplace_back(view(90000, lateTime));
    m_expected[QStringLiteral("v90000")].hasError = true;
    write(std::move(late));
    QVERIFY(m_engine->refresh().ok());
    QCOMPARE(m_engine->run(withErrors).total.pageViews, 2);
    QCOMPARE(m_engine->run(onLate).total.pageViews, 1);
    QCOMPARE(m_engine->run(onLate).total.lastSeen, lateTime);
    QCOMPARE(m_engine->errorGroups(lateGroups).errors, 1);
    SessionQuery lateSessions;
    lateSessions.filter = onLate.filter;
    const Result<SessionListResult> withLate = m_engine->sessions(lateSessions);
    QVERIFY(withLate.ok());
    QCOMPARE(withLate->sessions, 1);
    QCOMPARE(withLate->rows.front().sessionId, QStringLiteral("s30000"));
    QCOMPARE(m_expected[QStringLiteral("v90000")].country, QStringLiteral("DE"));
    QCOMPARE(m_engine->errorGroups(groups).errors, 2);
    // The session list counts the error on the session of its page view.
    SessionQuery sessions;
    sessions.search = QStringLiteral("s30000");
    const Result<SessionListResult> found = m_engine->sessions(sessions);
    QVERIFY(found.ok());
    QCOMPARE(found->rows.size(), 1);
    QCOMPARE(found->rows.front().errors, 1);

    // A page view and its error that carry no session join as at a full load.
    std::vector<Record> sessionless;
    PageView anonymous = view(90002, lateTime + 20);
    anonymous.sessionId.clear();
    m_expected[anonymous.viewId].session.clear();
    m_expected[anonymous.viewId].hasError = true;
    sessionless.emplace_back(anonymous);
    sessionless.emplace_back(error(anonymous.viewId, QString(), lateTime + 30));
    write(std::move(sessionless));
    QVERIFY(m_engine->refresh().ok());
    QCOMPARE(m_engine->run(withErrors).total.pageViews, 3);
    Result<LocalEngine> fresh = LocalEngine::load(m_store);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh->run(withErrors).total.pageViews, 3);
}

void TestEngineStore::snapshotIsWrittenAndFollowsTheStore()
{
    const QString snapshot = ColumnSnapshot::pathFor(m_store);
    QVERIFY(QFile::exists(snapshot)); // written by the first load
    QVERIFY(ColumnSnapshot::read(snapshot, storeId()));
    const QString fresh = describe(*m_engine);

    // A new engine starts from the snapshot and reads what came after it from the store.
    Result<LocalEngine> reopened = LocalEngine::load(m_store);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->pageViews(), qint64(m_expected.size()));
    QCOMPARE(describe(reopened.value()), fresh);

    // Without a snapshot, from the store alone: the same answers, and a snapshot again.
    QVERIFY(QFile::remove(snapshot));
    Result<LocalEngine> fromStore = LocalEngine::load(m_store);
    QVERIFY(fromStore.ok());
    QCOMPARE(describe(fromStore.value()), fresh);
    QVERIFY(QFile::exists(snapshot));
    Result<LocalEngine> fromSnapshot = LocalEngine::load(m_store);
    QVERIFY(fromSnapshot.ok());
    QCOMPARE(describe(fromSnapshot.value()), fresh);

    // An engine started from the snapshot follows the store like one that read it all: a
    // page view in its mapped columns completed, one appended.
    std::vector<Record> records;
    PageView part;
    part.time = kStart + qint64(80001) * 1000;
    part.sessionId = QStringLiteral("s%1").arg(80001 / 3);
    part.viewId = QStringLiteral("v80001");
    part.source = QStringLiteral("web-vitals");
    part.lcp = 4321;
    m_expected[part.viewId].lcp = part.lcp;
    records.emplace_back(part);
    records.emplace_back(view(90001, kStart + qint64(90001) * 1000));
    write(std::move(records));
    QCOMPARE(fromSnapshot->refresh().value(), 2);
    QCOMPARE(m_engine->refresh().value(), 2);
    const QString changed = describe(*m_engine);
    QVERIFY(changed != fresh);
    QCOMPARE(describe(fromSnapshot.value()), changed);
    MetricQuery query;
    query.metric = Metric::Lcp;
    QCOMPARE(fromSnapshot->run(query).total.value, expectedLcp(0.75));
    QCOMPARE(fromSnapshot->run(query).total.samples, expectedWithLcp());
}

void TestEngineStore::damagedSnapshotIsIgnored_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("bits flipped") << QStringLiteral("flip");
    QTest::newRow("not a snapshot") << QStringLiteral("garbage");
    QTest::newRow("empty") << QStringLiteral("empty");
}

void TestEngineStore::damagedSnapshotIsIgnored()
{
    QFETCH(QString, damage);
    const QString snapshot = ColumnSnapshot::pathFor(m_store);
    const QString expected = describe(*m_engine);
    QFile file(snapshot);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.size() > 1000000);
    if (damage == u"truncate") {
        bytes.truncate(bytes.size() / 2);
    } else if (damage == u"flip") {
        // Past the header and dictionaries, in the chunks' columns: values that look sound,
        // and only the checksum can tell.
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 4096; ++i)
            bytes[i] = char(bytes[i] ^ 0x5A);
    } else if (damage == u"garbage") {
        for (char &byte : bytes)
            byte = char(m_random.bounded(256));
    } else {
        bytes.clear();
    }
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    QVERIFY(!ColumnSnapshot::read(snapshot, storeId()));
    Result<LocalEngine> engine = LocalEngine::load(m_store);
    QVERIFY(engine.ok());
    QCOMPARE(describe(engine.value()), expected);
}

void TestEngineStore::snapshotOfAnotherStoreIsIgnored()
{
    const QString other = m_dir.filePath(QStringLiteral("other.rumscope"));
    {
        auto writer = StoreWriter::open(other);
        QVERIFY(writer.ok());
        WriteBatch batch;
        PageView v;
        v.time = kStart;
        v.sessionId = QStringLiteral("other");
        v.viewId = QStringLiteral("other-view");
        v.lcp = 1000;
        batch.records.emplace_back(v);
        QVERIFY(writer.value()->submit(std::move(batch)));
        writer.value()->flush();
    }
    // A copy of this store's snapshot beside the other store (say, a file copied over).
    QFile::remove(ColumnSnapshot::pathFor(other));
    QVERIFY(QFile::copy(ColumnSnapshot::pathFor(m_store), ColumnSnapshot::pathFor(other)));
    Result<LocalEngine> engine = LocalEngine::load(other);
    QVERIFY(engine.ok());
    QCOMPARE(engine->pageViews(), 1);
}

QTEST_GUILESS_MAIN(TestEngineStore)
#include "tst_enginestore.moc"
