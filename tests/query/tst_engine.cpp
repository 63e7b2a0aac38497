#include "query/localengine.h"
#include "store/storewriter.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace rumscope;

Q_DECLARE_METATYPE(rumscope::Filter)

namespace {

// The definition, written the slow and obvious way: sort, take rank floor((n−1)·p).
double referencePercentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    return values[size_t(std::floor(double(values.size() - 1) * p))];
}

const QStringList kCountries = {QStringLiteral("DE"), QStringLiteral("IN"), QStringLiteral("US"),
                                QStringLiteral("BR")};
const QStringList kDevices = {QStringLiteral("desktop"), QStringLiteral("mobile"),
                              QStringLiteral("tablet")};
constexpr qint64 kStart = 1767225600000; // 2026-01-01
constexpr qint64 kDay = 86400000;

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void percentileMatchesDefinition_data();
    void percentileMatchesDefinition();
    void totalsMatchBruteForce_data();
    void totalsMatchBruteForce();
    void groupsMatchBruteForce();
    void dayBucketsMatchBruteForce();
    void overviewCardsMatchQueries();
    void emptyStoreAnswersEmpty();
    void cancelledLoadFails();

private:
    QTemporaryDir m_dir;
    QString m_store;
    std::vector<PageView> m_views;
    std::optional<LocalEngine> m_engine;

    std::vector<const PageView *> matching(const Filter &filter) const;
};

void TestEngine::initTestCase()
{
    m_store = m_dir.filePath(QStringLiteral("engine.rumscope"));
    QRandomGenerator random(42);
    auto writer = StoreWriter::open(m_store);
    QVERIFY(writer.ok());
    WriteBatch batch;
    for (int i = 0; i < 20000; ++i) {
        PageView v;
        // Out of time order on purpose: the engine sorts.
        v.time = kStart + qint64(random.bounded(10 * 24)) * 3600000 + random.bounded(3600000);
        v.sessionId = QStringLiteral("s%1").arg(random.bounded(6000));
        v.viewId = QStringLiteral("v%1").arg(i);
        v.country = kCountries[random.bounded(kCountries.size())];
        v.deviceType = i % 17 == 0 ? QString() : kDevices[random.bounded(kDevices.size())];
        // Integers and ties: many views share values.
        v.lcp = double(500 + random.bounded(60) * 100);
        v.inp = random.bounded(3) == 0 ? kUnset : double(random.bounded(800));
        v.cls = std::round(random.generateDouble() * 4000) / 10000.0;
        v.fcp = double(300 + random.bounded(3000));
        v.ttfb = random.bounded(2) ? kUnset : 100.5 + random.bounded(1500);
        m_views.push_back(v);
        batch.records.emplace_back(v);
    }
    QVERIFY(writer.value()->submit(std::move(batch)));
    writer.value()->flush();
    Result<LocalEngine> engine = LocalEngine::load(m_store);
    QVERIFY(engine.ok());
    m_engine.emplace(std::move(engine).value());
    QCOMPARE(m_engine->pageViews(), 20000);
}

std::vector<const PageView *> TestEngine::matching(const Filter &filter) const
{
    std::vector<const PageView *> out;
    for (const PageView &v : m_views) {
        if (v.time < filter.from || v.time >= filter.to)
            continue;
        bool keep = true;
        for (const DimensionFilter &condition : filter.dimensions) {
            const QString value =
                condition.dimension == Dimension::Country ? v.country : v.deviceType;
            if (condition.values.contains(value) == condition.exclude)
                keep = false;
        }
        if (keep)
            out.push_back(&v);
    }
    return out;
}

void TestEngine::percentileMatchesDefinition_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::newRow("empty") << QList<double>{} << 0.75;
    QTest::newRow("one value") << QList<double>{42} << 0.75;
    QTest::newRow("one value p99") << QList<double>{42} << 0.99;
    QTest::newRow("two") << QList<double>{1, 2} << 0.75;
    QTest::newRow("ties") << QList<double>{5, 5, 5, 1, 1, 9, 9, 9, 9} << 0.75;
    QTest::newRow("p50 even") << QList<double>{4, 1, 3, 2} << 0.5;
    QTest::newRow("p0") << QList<double>{4, 1, 3, 2} << 0.0;
    QTest::newRow("p100") << QList<double>{4, 1, 3, 2} << 1.0;
    QTest::newRow("decimals") << QList<double>{2458.3, 0.0393, 340.7, 1082, 192} << 0.9;
}

void TestEngine::percentileMatchesDefinition()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    std::vector<float> floats;
    for (const double v : values)
        floats.push_back(float(v));
    const double expected = referencePercentile({values.begin(), values.end()}, p);
    const double actual = percentileDisc(floats, p);
    if (std::isnan(expected))
        QVERIFY(std::isnan(actual));
    else
        QCOMPARE(actual, expected); // exactly the reported value, not its float expansion
}

void TestEngine::totalsMatchBruteForce_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<double>("p");
    QTest::newRow("everything") << Filter{} << 0.75;
    Filter de;
    de.dimensions = {{Dimension::Country, {QStringLiteral("DE")}, false}};
    QTest::newRow("country") << de << 0.75;
    Filter notMobile;
    notMobile.dimensions = {{Dimension::DeviceType, {QStringLiteral("mobile")}, true}};
    QTest::newRow("exclude mobile") << notMobile << 0.9;
    Filter combined;
    combined.from = kStart + 2 * kDay;
    combined.to = kStart + 5 * kDay;
    combined.dimensions = {
        {Dimension::Country, {QStringLiteral("IN"), QStringLiteral("BR")}, false},
        {Dimension::DeviceType, {QStringLiteral("tablet")}, true}};
    QTest::newRow("range, two countries, exclude tablet") << combined << 0.5;
    Filter unknown;
    unknown.dimensions = {{Dimension::Country, {QStringLiteral("ZZ")}, false}};
    QTest::newRow("no match") << unknown << 0.75;
    Filter noDevice;
    noDevice.dimensions = {{Dimension::DeviceType, {QString()}, false}};
    QTest::newRow("missing value") << noDevice << 0.99;
}

void TestEngine::totalsMatchBruteForce()
{
    QFETCH(Filter, filter);
    QFETCH(double, p);
    const std::vector<const PageView *> views = matching(filter);
    for (const Metric metric : kOverviewMetrics) {
        MetricQuery query;
        query.metric = metric;
        query.percentile = p;
        query.filter = filter;
        const MetricSummary total = m_engine->run(query).total;
        std::vector<double> values;
        qint64 good = 0, ni = 0, poor = 0;
        for (const PageView *v : views) {
            const double value = metric == Metric::Lcp   ? v->lcp
                                 : metric == Metric::Inp ? v->inp
                                 : metric == Metric::Cls ? v->cls
                                 : metric == Metric::Fcp ? v->fcp
                                                         : v->ttfb;
            if (!isSet(value))
                continue;
            values.push_back(value);
            const Rating rating = rate(metric, value);
            good += rating == Rating::Good;
            ni += rating == Rating::NeedsImprovement;
            poor += rating == Rating::Poor;
        }
        QCOMPARE(total.pageViews, qint64(views.size()));
        QCOMPARE(total.samples, qint64(values.size()));
        const double expected = referencePercentile(values, p);
        if (std::isnan(expected))
            QVERIFY(std::isnan(total.value));
        else
            QCOMPARE(total.value, expected);
        QCOMPARE(total.good, good);
        QCOMPARE(total.needsImprovement, ni);
        QCOMPARE(total.poor, poor);
    }
}

void TestEngine::groupsMatchBruteForce()
{
    MetricQuery query;
    query.metric = Metric::Lcp;
    query.groupBy = Dimension::Country;
    query.filter.dimensions = {{Dimension::DeviceType, {QStringLiteral("mobile")}, false}};
    const MetricQueryResult result = m_engine->run(query);
    QCOMPARE(result.rows.size(), kCountries.size());
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const MetricSummary &row : result.rows) {
        QVERIFY(row.pageViews <= previous); // most page views first
        previous = row.pageViews;
        Filter filter = query.filter;
        filter.dimensions.append({Dimension::Country, {row.group}, false});
        std::vector<double> values;
        for (const PageView *v : matching(filter))
            values.push_back(v->lcp);
        QCOMPARE(row.pageViews, qint64(values.size()));
        QCOMPARE(row.value, referencePercentile(values, 0.75));
    }
    query.limit = 2;
    QCOMPARE(m_engine->run(query).rows.size(), 2);

    // A group with a single value.
    MetricQuery single;
    single.metric = Metric::Lcp;
    single.groupBy = Dimension::Country;
    single.filter.from = m_views.front().time;
    single.filter.to = m_views.front().time + 1;
    const MetricQueryResult one = m_engine->run(single);
    QVERIFY(!one.rows.isEmpty());
    QCOMPARE(one.total.samples, qint64(matching(single.filter).size()));
}

void TestEngine::dayBucketsMatchBruteForce()
{
    MetricQuery query;
    query.metric = Metric::Inp;
    query.bucketMs = kDay;
    query.filter.from = kStart;
    query.filter.to = kStart + 10 * kDay;
    const MetricQueryResult result = m_engine->run(query);
    QCOMPARE(result.rows.size(), 10);
    for (int day = 0; day < 10; ++day) {
        const MetricSummary &row = result.rows[day];
        QCOMPARE(row.bucketStart, kStart + day * kDay);
        Filter filter;
        filter.from = row.bucketStart;
        filter.to = row.bucketStart + kDay;
        std::vector<double> values;
        const auto views = matching(filter);
        for (const PageView *v : views) {
            if (isSet(v->inp))
                values.push_back(v->inp);
        }
        QCOMPARE(row.pageViews, qint64(views.size()));
        QCOMPARE(row.value, referencePercentile(values, 0.75));
    }
}

void TestEngine::overviewCardsMatchQueries()
{
    OverviewQuery overview;
    overview.percentile = 0.9;
    overview.filter.dimensions = {{Dimension::Country, {QStringLiteral("US")}, false}};
    const OverviewResult result = m_engine->overview(overview);
    QCOMPARE(result.cards.size(), qsizetype(kOverviewMetrics.size()));
    QCOMPARE(result.pageViews, qint64(matching(overview.filter).size()));
    QSet<QString> sessions;
    for (const PageView *v : matching(overview.filter))
        sessions.insert(v->sessionId);
    QCOMPARE(result.sessions, qint64(sessions.size()));
    for (qsizetype i = 0; i < result.cards.size(); ++i) {
        MetricQuery query;
        query.metric = result.metrics[i];
        query.percentile = 0.9;
        query.filter = overview.filter;
        QCOMPARE(result.cards[i].value, m_engine->run(query).total.value);
    }
    // Ten days of data: day buckets, each bucket's views add up to the total.
    QCOMPARE(result.bucketMs, kDay);
    qint64 sum = 0;
    for (const MetricSummary &bucket : result.trend)
        sum += bucket.pageViews;
    QCOMPARE(sum, result.pageViews);
}

void TestEngine::emptyStoreAnswersEmpty()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.rumscope"));
    {
        QVERIFY(StoreWriter::open(path).ok());
    }
    Result<LocalEngine> engine = LocalEngine::load(path);
    QVERIFY(engine.ok());
    const OverviewResult result = engine->overview({});
    QCOMPARE(result.pageViews, 0);
    QVERIFY(std::isnan(result.cards.first().value));
    QVERIFY(result.trend.isEmpty());
    MetricQuery query;
    query.groupBy = Dimension::Browser;
    QVERIFY(engine->run(query).rows.isEmpty());
}

void TestEngine::cancelledLoadFails()
{
    std::atomic_bool cancel = true;
    Result<LocalEngine> engine = LocalEngine::load(m_store, Progress({}, &cancel));
    QVERIFY(!engine.ok());
    QVERIFY(engine.error().message.contains(u"cancelled"));
    Result<LocalEngine> missing = LocalEngine::load(m_dir.filePath(QStringLiteral("nope")));
    QVERIFY(!missing.ok());
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
