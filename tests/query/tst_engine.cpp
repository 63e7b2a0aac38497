#include "query/localengine.h"
#include "query/parallelscan.h"
#include "store/storewriter.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace rumscope;

Q_DECLARE_METATYPE(rumscope::Filter)

namespace {

// The definition (SQL's PERCENTILE_DISC, DuckDB's quantile_disc), written the slow and obvious
// way: sort, and take the first value at or below which a share p of them lie.
double referencePercentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double n = double(values.size());
    for (size_t i = 1; i <= values.size(); ++i) {
        if (double(i) >= n * p)
            return values[i - 1];
    }
    return values.back();
}

const QStringList kCountries = {QStringLiteral("DE"), QStringLiteral("IN"), QStringLiteral("US"),
                                QStringLiteral("BR")};
const QStringList kDevices = {QStringLiteral("desktop"), QStringLiteral("mobile"),
                              QStringLiteral("tablet")};
const QStringList kCities = {QStringLiteral("Berlin"), QStringLiteral("Mumbai"),
                             QStringLiteral("Austin"), QStringLiteral("Recife"),
                             QStringLiteral("São Paulo")};
const QStringList kBrowsers = {QStringLiteral("Chrome"), QStringLiteral("Safari"),
                               QStringLiteral("Firefox"), QStringLiteral("Edge"),
                               QStringLiteral("Samsung Internet")};

QString viewKeyOf(const QString &session, const QString &view)
{
    return session + u'/' + view;
}
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
    void urlGroupsMatchBruteForce();
    void dayBucketsMatchBruteForce();
    void overviewCardsMatchQueries();
    void everyPercentileOfEveryGroup_data();
    void everyPercentileOfEveryGroup();
    void groupOrders();
    void histogramMatchesBruteForce_data();
    void histogramMatchesBruteForce();
    void errorFilter();
    void errorGroupFilterInEveryQuery_data();
    void errorGroupFilterInEveryQuery();
    void cityAndReleaseGroupsMatchBruteForce();
    void groupingByErrorGroupAnswersEmpty();
    void errorGroupsMatchBruteForce_data();
    void errorGroupsMatchBruteForce();
    void errorTrendsAreCapped();
    void sessionsMatchBruteForce();
    void batchAnswersLikeSingleQueries();
    void newerBatchCancelsOlder();
    void largeSelectionsScanInParallel();
    void hostileTimesAndShares();
    void emptyStoreAnswersEmpty();
    void cancelledLoadFails();
    void scansKeepOffTheGlobalPool();

private:
    QTemporaryDir m_dir;
    QString m_store;
    std::vector<PageView> m_views;
    std::vector<ErrorEvent> m_errors;
    /// The fingerprints of the errors on each page view (session/view id), whether the store
    /// has the page view or not.
    QHash<QString, QSet<QString>> m_fingerprintsOf;
    std::optional<LocalEngine> m_engine;

    std::vector<const PageView *> matching(const Filter &filter) const;
    /// Whether a page view (or, for an error without one, the page view its errors name)
    /// passes the filter's ErrorGroup conditions.
    bool passesErrorConditions(const QString &session, const QString &view,
                               const Filter &filter) const;
    const PageView *viewOf(const ErrorEvent &error) const;
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
        v.city = i % 13 == 0 ? QString() : kCities[random.bounded(kCities.size())];
        v.browser = i % 29 == 0 ? QString() : kBrowsers[random.bounded(kBrowsers.size())];
        // A release a day or two, out in a few per cent of the views before the next.
        v.release = QStringLiteral("1.%1").arg((v.time - kStart) / (2 * kDay) +
                                               (random.bounded(30) == 0 ? 1 : 0));
        // URLs are not labels in the store: hundreds of them, a few views without one.
        v.url =
            i % 23 == 0 ? QString() : QStringLiteral("https://shop.example.com/p/%1").arg(i % 400);
        // Integers and ties: many views share values.
        v.lcp = double(500 + random.bounded(60) * 100);
        v.inp = random.bounded(3) == 0 ? kUnset : double(random.bounded(800));
        v.cls = std::round(random.generateDouble() * 4000) / 10000.0;
        v.fcp = double(300 + random.bounded(3000));
        v.ttfb = random.bounded(2) ? kUnset : 100.5 + random.bounded(1500);
        // A spread of decimals over four orders of magnitude, for the bins to split.
        v.fid = std::round(std::exp(random.generateDouble() * 9.0) * 10.0) / 10.0;
        m_views.push_back(v);
        batch.records.emplace_back(v);
        // Errors on every ninth view: a few kinds, some sessions with several.
        if (i % 9 == 0) {
            ErrorEvent error;
            error.time = v.time + random.bounded(5000);
            error.sessionId = v.sessionId;
            error.viewId = v.viewId;
            const int kind = random.bounded(7) * random.bounded(2); // 0 most often
            error.fingerprint = QStringLiteral("fp%1").arg(kind);
            error.message = QStringLiteral("TypeError: failure %1").arg(kind);
            error.type = QStringLiteral("TypeError");
            error.kind = QStringLiteral("exception");
            m_errors.push_back(error);
            batch.records.emplace_back(error);
        }
    }
    // One view id in two sessions (beacons only promise it within a session): the error on
    // one is not the other's.
    for (const char *session : {"dupA", "dupB"}) {
        PageView v;
        v.time = kStart + 3 * kDay;
        v.sessionId = QLatin1StringView(session);
        v.viewId = QStringLiteral("shared-view");
        v.country = QStringLiteral("DE");
        v.lcp = 1234;
        m_views.push_back(v);
        batch.records.emplace_back(v);
    }
    {
        ErrorEvent error;
        error.time = kStart + 3 * kDay + 10;
        error.sessionId = QStringLiteral("dupB");
        error.viewId = QStringLiteral("shared-view");
        error.fingerprint = QStringLiteral("fp-shared");
        error.message = QStringLiteral("RangeError: shared");
        m_errors.push_back(error);
        batch.records.emplace_back(error);
    }
    // Errors whose page view never arrived.
    for (int i = 0; i < 25; ++i) {
        ErrorEvent error;
        error.time = kStart + qint64(i) * 3600000;
        error.sessionId = QStringLiteral("lost%1").arg(i % 5);
        error.viewId = QStringLiteral("no-such-view");
        error.fingerprint = QStringLiteral("fp-lost");
        error.message = QStringLiteral("ChunkLoadError");
        m_errors.push_back(error);
        batch.records.emplace_back(error);
    }
    QVERIFY(writer.value()->submit(std::move(batch)));
    writer.value()->flush();
    for (const ErrorEvent &error : m_errors)
        m_fingerprintsOf[viewKeyOf(error.sessionId, error.viewId)].insert(error.fingerprint);
    Result<LocalEngine> engine = LocalEngine::load(m_store);
    QVERIFY(engine.ok());
    m_engine.emplace(std::move(engine).value());
    QCOMPARE(m_engine->pageViews(), 20002);
    QCOMPARE(m_engine->errors(), qint64(m_errors.size()));
}

std::vector<const PageView *> TestEngine::matching(const Filter &filter) const
{
    std::vector<const PageView *> out;
    for (const PageView &v : m_views) {
        if (v.time < filter.from || v.time >= filter.to)
            continue;
        bool keep = passesErrorConditions(v.sessionId, v.viewId, filter);
        for (const DimensionFilter &condition : filter.dimensions) {
            if (condition.dimension == Dimension::ErrorGroup)
                continue;
            const QString value = condition.dimension == Dimension::Country   ? v.country
                                  : condition.dimension == Dimension::Url     ? v.url
                                  : condition.dimension == Dimension::City    ? v.city
                                  : condition.dimension == Dimension::Browser ? v.browser
                                                                              : v.deviceType;
            if (condition.values.contains(value) == condition.exclude)
                keep = false;
        }
        if (keep && filter.hasError) {
            const bool hasError =
                std::any_of(m_errors.begin(), m_errors.end(), [&](const ErrorEvent &e) {
                    return e.viewId == v.viewId && e.sessionId == v.sessionId;
                });
            keep = hasError == *filter.hasError;
        }
        if (keep)
            out.push_back(&v);
    }
    return out;
}

bool TestEngine::passesErrorConditions(const QString &session, const QString &view,
                                       const Filter &filter) const
{
    const QSet<QString> fingerprints = m_fingerprintsOf.value(viewKeyOf(session, view));
    for (const DimensionFilter &condition : filter.dimensions) {
        if (condition.dimension != Dimension::ErrorGroup)
            continue;
        const bool has = std::any_of(condition.values.begin(), condition.values.end(),
                                     [&](const QString &fp) { return fingerprints.contains(fp); });
        if (has == condition.exclude)
            return false;
    }
    return true;
}

const PageView *TestEngine::viewOf(const ErrorEvent &error) const
{
    for (const PageView &v : m_views) {
        if (v.viewId == error.viewId && v.sessionId == error.sessionId)
            return &v;
    }
    return nullptr;
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
    Filter urls;
    urls.dimensions = {{Dimension::Url,
                        {QStringLiteral("https://shop.example.com/p/7"),
                         QStringLiteral("https://shop.example.com/p/123")},
                        false}};
    QTest::newRow("two URLs") << urls << 0.75;
    Filter notUrl;
    notUrl.dimensions = {{Dimension::Url, {QStringLiteral("https://shop.example.com/p/7")}, true},
                         {Dimension::Country, {QStringLiteral("US")}, false}};
    QTest::newRow("exclude a URL, one country") << notUrl << 0.9;
    Filter noUrl;
    noUrl.dimensions = {{Dimension::Url, {QString()}, false}};
    QTest::newRow("without URL") << noUrl << 0.5;
    Filter cities;
    cities.dimensions = {
        {Dimension::City, {QStringLiteral("São Paulo"), QStringLiteral("Berlin")}, false}};
    QTest::newRow("two cities") << cities << 0.75;
    Filter notCity;
    notCity.from = kStart + kDay;
    notCity.dimensions = {{Dimension::City, {QStringLiteral("Mumbai"), QString()}, true}};
    QTest::newRow("exclude a city and none") << notCity << 0.9;
    Filter error;
    error.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("fp3")}, false}};
    QTest::newRow("one error") << error << 0.75;
    Filter errors;
    errors.dimensions = {
        {Dimension::ErrorGroup, {QStringLiteral("fp1"), QStringLiteral("fp-shared")}, false},
        {Dimension::Country, {QStringLiteral("DE")}, false}};
    QTest::newRow("two errors, one country") << errors << 0.5;
    Filter notError;
    notError.to = kStart + 4 * kDay;
    notError.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("fp0")}, true}};
    QTest::newRow("exclude an error") << notError << 0.75;
    Filter both;
    both.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("fp0")}, false},
                       {Dimension::ErrorGroup, {QStringLiteral("fp0")}, true}};
    QTest::newRow("an error and not") << both << 0.75;
    Filter unknownError;
    unknownError.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("no-such-fp")}, true}};
    QTest::newRow("exclude an unknown error") << unknownError << 0.75;
}

void TestEngine::totalsMatchBruteForce()
{
    QFETCH(Filter, filter);
    QFETCH(double, p);
    const std::vector<const PageView *> views = matching(filter);
    for (const Metric metric : kOverviewMetrics) {
        MetricQuery query;
        query.metric = metric;
        query.percentiles = {p};
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
        qint64 first = 0, last = 0;
        for (const PageView *v : views) {
            first = first == 0 ? v->time : std::min(first, v->time);
            last = std::max(last, v->time);
        }
        QCOMPARE(total.firstSeen, first);
        QCOMPARE(total.lastSeen, last);
        const double expected = referencePercentile(values, p);
        if (std::isnan(expected))
            QVERIFY(std::isnan(total.value));
        else
            QCOMPARE(total.value, expected);
        QCOMPARE(total.good, good);
        QCOMPARE(total.needsImprovement, ni);
        QCOMPARE(total.poor, poor);

        // Asked with groups (by a dimension, by day), the total is summed from them: the same.
        MetricQuery byCountry = query;
        byCountry.groupBy = Dimension::Country;
        MetricQuery byDay = query;
        byDay.bucketMs = kDay;
        for (const MetricQuery &grouped : {byCountry, byDay}) {
            const MetricSummary summed = m_engine->run(grouped).total;
            QCOMPARE(summed.pageViews, total.pageViews);
            QCOMPARE(summed.samples, total.samples);
            QCOMPARE(summed.good, total.good);
            QCOMPARE(summed.needsImprovement, total.needsImprovement);
            QCOMPARE(summed.poor, total.poor);
            QCOMPARE(summed.firstSeen, total.firstSeen);
            QCOMPARE(summed.lastSeen, total.lastSeen);
            if (std::isnan(expected))
                QVERIFY(std::isnan(summed.value));
            else
                QCOMPARE(summed.value, expected);
        }
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
        qint64 first = std::numeric_limits<qint64>::max(), last = 0;
        for (const PageView *v : matching(filter)) {
            values.push_back(v->lcp);
            first = std::min(first, v->time);
            last = std::max(last, v->time);
        }
        QCOMPARE(row.pageViews, qint64(values.size()));
        QCOMPARE(row.value, referencePercentile(values, 0.75));
        QCOMPARE(row.firstSeen, first);
        QCOMPARE(row.lastSeen, last);
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

void TestEngine::urlGroupsMatchBruteForce()
{
    // Top pages by URL: hundreds of groups, kept apart by 32-bit codes.
    MetricQuery query;
    query.metric = Metric::Fcp;
    query.percentiles = {0.75, 0.95};
    query.groupBy = Dimension::Url;
    query.filter.dimensions = {{Dimension::Country, {QStringLiteral("BR")}, true}};
    const MetricQueryResult all = m_engine->run(query);
    QSet<QString> urls;
    for (const PageView *v : matching(query.filter))
        urls.insert(v->url);
    QCOMPARE(all.rows.size(), urls.size());
    QCOMPARE(m_engine->values(Dimension::Url).size(), 400);
    query.limit = 12;
    const MetricQueryResult top = m_engine->run(query);
    QCOMPARE(top.rows.size(), 12);
    for (const MetricSummary &row : top.rows) {
        Filter filter = query.filter;
        filter.dimensions.append({Dimension::Url, {row.group}, false});
        const std::vector<const PageView *> views = matching(filter);
        std::vector<double> values;
        for (const PageView *v : views) {
            if (isSet(v->fcp))
                values.push_back(v->fcp);
        }
        QCOMPARE(row.pageViews, qint64(views.size()));
        QCOMPARE(row.samples, qint64(values.size()));
        QCOMPARE(row.values[0], referencePercentile(values, 0.75));
        QCOMPARE(row.values[1], referencePercentile(values, 0.95));
    }
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
        qint64 first = 0, last = 0;
        for (const PageView *v : views) {
            if (isSet(v->inp))
                values.push_back(v->inp);
            first = first == 0 ? v->time : std::min(first, v->time);
            last = std::max(last, v->time);
        }
        QCOMPARE(row.pageViews, qint64(views.size()));
        QCOMPARE(row.value, referencePercentile(values, 0.75));
        QCOMPARE(row.firstSeen, first);
        QCOMPARE(row.lastSeen, last);
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
        query.percentiles = {0.9};
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

void TestEngine::everyPercentileOfEveryGroup_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<Filter>("filter");
    QTest::newRow("fid, everything") << int(Metric::Fid) << Filter{};
    Filter narrow;
    narrow.from = kStart + kDay;
    narrow.to = kStart + kDay + 7 * 3600000;
    narrow.dimensions = {{Dimension::DeviceType, {QStringLiteral("desktop")}, false}};
    QTest::newRow("fid, seven hours of desktops") << int(Metric::Fid) << narrow;
    QTest::newRow("cls, everything") << int(Metric::Cls) << Filter{};
    QTest::newRow("ttfb, seven hours of desktops") << int(Metric::Ttfb) << narrow;
}

void TestEngine::everyPercentileOfEveryGroup()
{
    QFETCH(int, metric);
    QFETCH(Filter, filter);
    const QList<double> percentiles{0.0, 0.01, 0.5, 0.75, 0.9, 0.99, 0.999, 1.0};
    MetricQuery query;
    query.metric = Metric(metric);
    query.percentiles = percentiles;
    query.filter = filter;
    query.groupBy = Dimension::Country;
    const MetricQueryResult result = m_engine->run(query);
    const auto valueOf = [&](const PageView *v) {
        return query.metric == Metric::Fid   ? v->fid
               : query.metric == Metric::Cls ? v->cls
                                             : v->ttfb;
    };
    QList<MetricSummary> groups = result.rows;
    groups.append(result.total);
    for (const MetricSummary &group : groups) {
        Filter groupFilter = filter;
        if (!group.group.isEmpty())
            groupFilter.dimensions.append({Dimension::Country, {group.group}, false});
        std::vector<double> values;
        for (const PageView *v : matching(groupFilter)) {
            if (isSet(valueOf(v)))
                values.push_back(valueOf(v));
        }
        QCOMPARE(group.values.size(), percentiles.size());
        QCOMPARE(group.value, group.values.front());
        for (qsizetype i = 0; i < percentiles.size(); ++i) {
            const double expected = referencePercentile(values, percentiles[i]);
            const double actual = group.values[i];
            QVERIFY2(std::isnan(expected) ? std::isnan(actual) : actual == expected,
                     qPrintable(QStringLiteral("%1 p%2: %3, expected %4")
                                    .arg(group.group)
                                    .arg(percentiles[i])
                                    .arg(actual)
                                    .arg(expected)));
        }
    }
}

void TestEngine::groupOrders()
{
    MetricQuery query;
    query.metric = Metric::Lcp;
    query.groupBy = Dimension::Country;
    query.order = GroupOrder::Name;
    query.ascending = true;
    QStringList names;
    for (const MetricSummary &row : m_engine->run(query).rows)
        names.append(row.group);
    QStringList sorted = kCountries;
    sorted.sort();
    QCOMPARE(names, sorted);

    query.order = GroupOrder::Value;
    query.ascending = false;
    query.limit = 3;
    const QList<MetricSummary> slowest = m_engine->run(query).rows;
    QCOMPARE(slowest.size(), 3);
    for (qsizetype i = 1; i < slowest.size(); ++i)
        QVERIFY(slowest[i - 1].value >= slowest[i].value);
    query.limit = 0;
    const QList<MetricSummary> all = m_engine->run(query).rows;
    QCOMPARE(all.front().group, slowest.front().group);
}

void TestEngine::histogramMatchesBruteForce_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<int>("bins");
    QTest::newRow("fid, 40 bins") << int(Metric::Fid) << 40;
    QTest::newRow("cls with zeros, 25 bins") << int(Metric::Cls) << 25;
    QTest::newRow("lcp, more bins than values") << int(Metric::Lcp) << 1000;
}

void TestEngine::histogramMatchesBruteForce()
{
    QFETCH(int, metric);
    QFETCH(int, bins);
    HistogramQuery query;
    query.metric = Metric(metric);
    query.bins = bins;
    query.percentiles = {0.5, 0.75};
    query.filter.dimensions = {{Dimension::Country, {QStringLiteral("IN")}, false}};
    const HistogramResult result = m_engine->histogram(query);
    std::vector<float> values;
    for (const PageView *v : matching(query.filter)) {
        const double value = query.metric == Metric::Fid   ? v->fid
                             : query.metric == Metric::Cls ? v->cls
                                                           : v->lcp;
        if (isSet(value))
            values.push_back(float(value));
    }
    QCOMPARE(result.summary.samples, qint64(values.size()));
    QVERIFY(!result.bins.isEmpty());
    QVERIFY(result.bins.size() <= bins);
    qint64 zeros = 0;
    for (const float v : values)
        zeros += v <= 0;
    QCOMPARE(result.zeros, zeros);
    qint64 counted = result.zeros;
    for (qsizetype i = 0; i < result.bins.size(); ++i) {
        const HistogramBin &bin = result.bins[i];
        const bool last = i + 1 == result.bins.size();
        QVERIFY(bin.from < bin.to);
        if (i > 0)
            QCOMPARE(bin.from, result.bins[i - 1].to);
        qint64 expected = 0;
        for (const float v : values) {
            if (v > 0 && (i == 0 || v >= float(bin.from)) && (last || v < float(bin.to)))
                ++expected;
        }
        QCOMPARE(bin.count, expected);
        counted += bin.count;
    }
    QCOMPARE(counted, qint64(values.size()));
    // Bins grow with their values: each spans about the same ratio.
    if (result.bins.size() > 4 && result.bins[1].from > 0) {
        const double firstRatio = result.bins[1].to / result.bins[1].from;
        const double lastRatio =
            result.bins[result.bins.size() - 2].to / result.bins[result.bins.size() - 2].from;
        QVERIFY2(firstRatio < 3 * lastRatio && lastRatio < 3 * firstRatio,
                 qPrintable(QStringLiteral("%1 vs %2").arg(firstRatio).arg(lastRatio)));
    }
    std::vector<double> asDoubles(values.begin(), values.end());
    QCOMPARE(float(result.summary.values[1]), float(referencePercentile(asDoubles, 0.75)));
}

void TestEngine::errorFilter()
{
    for (const bool withError : {true, false}) {
        MetricQuery query;
        query.metric = Metric::Lcp;
        query.filter.hasError = withError;
        std::vector<double> values;
        for (const PageView *v : matching(query.filter))
            values.push_back(v->lcp);
        const MetricSummary total = m_engine->run(query).total;
        QCOMPARE(total.pageViews, qint64(values.size()));
        QCOMPARE(total.value, referencePercentile(values, 0.75));
    }
}

void TestEngine::errorGroupFilterInEveryQuery_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<bool>("some"); ///< whether any page view matches
    Filter shared;
    shared.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("fp-shared")}, false}};
    QTest::newRow("the error on one of two views with its id") << shared << true;
    Filter two;
    two.from = kStart + kDay;
    two.dimensions = {
        {Dimension::ErrorGroup, {QStringLiteral("fp3"), QStringLiteral("fp5")}, false}};
    QTest::newRow("two errors, from day two") << two << true;
    Filter notFp0;
    notFp0.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("fp0")}, true},
                         {Dimension::Country, {QStringLiteral("IN")}, false}};
    QTest::newRow("not fp0, in IN") << notFp0 << true;
    Filter lost;
    lost.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("fp-lost")}, false}};
    QTest::newRow("an error whose page views never came") << lost << false;
}

void TestEngine::errorGroupFilterInEveryQuery()
{
    QFETCH(Filter, filter);
    QFETCH(bool, some);
    const std::vector<const PageView *> views = matching(filter);
    QCOMPARE(!views.empty(), some);
    QSet<QString> sessions;
    std::vector<double> lcp;
    for (const PageView *v : views) {
        sessions.insert(v->sessionId);
        lcp.push_back(v->lcp);
    }

    OverviewQuery overview;
    overview.filter = filter;
    const OverviewResult cards = m_engine->overview(overview);
    QCOMPARE(cards.pageViews, qint64(views.size()));
    QCOMPARE(cards.sessions, qint64(sessions.size()));

    HistogramQuery histogram;
    histogram.filter = filter;
    const HistogramResult bins = m_engine->histogram(histogram);
    QCOMPARE(bins.summary.samples, qint64(lcp.size()));
    qint64 binned = bins.zeros;
    for (const HistogramBin &bin : bins.bins)
        binned += bin.count;
    QCOMPARE(binned, qint64(lcp.size()));

    MetricQuery metric;
    metric.filter = filter;
    metric.percentiles = {0.5};
    const MetricSummary total = m_engine->run(metric).total;
    QCOMPARE(total.pageViews, qint64(views.size()));
    if (lcp.empty())
        QVERIFY(std::isnan(total.value));
    else
        QCOMPARE(total.value, referencePercentile(lcp, 0.5));

    SessionQuery list;
    list.filter = filter;
    list.limit = 0;
    const Result<SessionListResult> found = m_engine->sessions(list);
    QVERIFY(found.ok());
    QCOMPARE(found->sessions, qint64(sessions.size()));
    for (const SessionRow &row : found->rows) {
        QVERIFY(sessions.contains(row.sessionId));
        const qint64 expected = std::count_if(views.begin(), views.end(), [&](const PageView *v) {
            return v->sessionId == row.sessionId;
        });
        QCOMPARE(row.pageViews, expected);
    }

    // In one batch, sharing one selection, the same answers.
    const BatchResult batch = m_engine->run({overview, metric, histogram});
    QVERIFY(!batch.cancelled);
    QCOMPARE(std::get<OverviewResult>(batch.answers[0]).pageViews, qint64(views.size()));
    QCOMPARE(std::get<MetricQueryResult>(batch.answers[1]).total.pageViews, qint64(views.size()));
    QCOMPARE(std::get<HistogramResult>(batch.answers[2]).summary.samples, qint64(lcp.size()));
}

void TestEngine::cityAndReleaseGroupsMatchBruteForce()
{
    QCOMPARE(m_engine->values(Dimension::City).size(), kCities.size());
    for (const Dimension dimension : {Dimension::City, Dimension::Release}) {
        MetricQuery query;
        query.metric = Metric::Fcp;
        query.groupBy = dimension;
        query.filter.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("fp1")}, true}};
        const MetricQueryResult result = m_engine->run(query);
        QHash<QString, std::vector<const PageView *>> byValue;
        for (const PageView *v : matching(query.filter))
            byValue[dimension == Dimension::City ? v->city : v->release].push_back(v);
        QCOMPARE(result.rows.size(), byValue.size());
        QVERIFY(result.rows.size() >= 4);
        for (const MetricSummary &row : result.rows) {
            QVERIFY2(byValue.contains(row.group), qPrintable(row.group));
            const std::vector<const PageView *> &views = byValue[row.group];
            std::vector<double> values;
            qint64 first = std::numeric_limits<qint64>::max(), last = 0;
            for (const PageView *v : views) {
                if (isSet(v->fcp))
                    values.push_back(v->fcp);
                first = std::min(first, v->time);
                last = std::max(last, v->time);
            }
            QCOMPARE(row.pageViews, qint64(views.size()));
            const double expected = referencePercentile(values, 0.75);
            QVERIFY2(std::isnan(expected) ? std::isnan(row.value) : row.value == expected,
                     qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                    .arg(dimensionId(dimension), row.group)
                                    .arg(row.value)
                                    .arg(expected)));
            QCOMPARE(row.firstSeen, first);
            QCOMPARE(row.lastSeen, last);
        }
        // The filter by one value selects that group's page views.
        const MetricSummary &top = result.rows.front();
        MetricQuery one = query;
        one.groupBy.reset();
        one.filter.dimensions.append({dimension, {top.group}, false});
        const MetricSummary total = m_engine->run(one).total;
        QCOMPARE(total.pageViews, top.pageViews);
        QCOMPARE(total.firstSeen, top.firstSeen);
        QCOMPARE(total.lastSeen, top.lastSeen);
    }
}

void TestEngine::groupingByErrorGroupAnswersEmpty()
{
    MetricQuery query;
    query.metric = Metric::Lcp;
    query.groupBy = Dimension::ErrorGroup;
    const MetricQueryResult result = m_engine->run(query);
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.total.pageViews, 0);
    query.bucketMs = kDay; // groupBy wins, as elsewhere
    QVERIFY(m_engine->run(query).rows.isEmpty());
    // Beside other queries of its filter, it takes nothing from them.
    MetricQuery byCountry;
    byCountry.metric = Metric::Lcp;
    byCountry.groupBy = Dimension::Country;
    const BatchResult batch = m_engine->run({query, byCountry});
    QVERIFY(std::get<MetricQueryResult>(batch.answers[0]).rows.isEmpty());
    QCOMPARE(std::get<MetricQueryResult>(batch.answers[1]).rows.size(), kCountries.size());

    // Its values are the fingerprints, most errors first.
    QHash<QString, qint64> counts;
    for (const ErrorEvent &error : m_errors)
        ++counts[error.fingerprint];
    const QStringList fingerprints = m_engine->values(Dimension::ErrorGroup);
    QCOMPARE(fingerprints.size(), counts.size());
    for (qsizetype i = 1; i < fingerprints.size(); ++i)
        QVERIFY(counts[fingerprints[i - 1]] >= counts[fingerprints[i]]);
}

void TestEngine::errorGroupsMatchBruteForce_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<qint64>("bucketMs");
    QTest::newRow("everything") << Filter{} << qint64(0);
    QTest::newRow("everything, per day") << Filter{} << kDay;
    Filter de;
    de.from = kStart + kDay;
    de.to = kStart + 6 * kDay;
    de.dimensions = {{Dimension::Country, {QStringLiteral("DE")}, false}};
    QTest::newRow("five days in DE, per hour") << de << qint64(3600000);
    Filter notDe;
    notDe.dimensions = {{Dimension::Country, {QStringLiteral("DE")}, true}};
    QTest::newRow("not DE (errors without a view count)") << notDe << qint64(0);
    Filter withFp3;
    withFp3.to = kStart + 7 * kDay;
    withFp3.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("fp3")}, false},
                          {Dimension::Browser, {QStringLiteral("Edge")}, true}};
    QTest::newRow("page views with fp3, not Edge, per day") << withFp3 << kDay;
    Filter lost;
    lost.dimensions = {
        {Dimension::ErrorGroup, {QStringLiteral("fp-lost"), QStringLiteral("fp2")}, false}};
    QTest::newRow("errors without a page view follow theirs") << lost << qint64(7200000);
    Filter notFp0;
    notFp0.dimensions = {{Dimension::ErrorGroup, {QStringLiteral("fp0")}, true}};
    QTest::newRow("not on page views with fp0") << notFp0 << kDay;
}

void TestEngine::errorGroupsMatchBruteForce()
{
    QFETCH(Filter, filter);
    QFETCH(qint64, bucketMs);
    struct Expected
    {
        qint64 count = 0;
        QSet<QString> sessions;
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        QHash<QString, qint64> browsers;
        std::vector<qint64> times;
    };
    QHash<QString, Expected> expected;
    qint64 total = 0;
    qint64 firstError = std::numeric_limits<qint64>::max();
    qint64 lastError = std::numeric_limits<qint64>::min();
    for (const ErrorEvent &error : m_errors) {
        if (error.time < filter.from || error.time >= filter.to)
            continue;
        const PageView *view = viewOf(error);
        bool keep = passesErrorConditions(error.sessionId, error.viewId, filter);
        for (const DimensionFilter &condition : filter.dimensions) {
            const QString value = !view                                       ? QString()
                                  : condition.dimension == Dimension::Browser ? view->browser
                                                                              : view->country;
            if (condition.dimension != Dimension::ErrorGroup)
                keep = keep && condition.values.contains(value) != condition.exclude;
        }
        if (!keep)
            continue;
        Expected &group = expected[error.fingerprint];
        ++group.count;
        group.sessions.insert(error.sessionId);
        group.first = std::min(group.first, error.time);
        group.last = std::max(group.last, error.time);
        ++group.browsers[view ? view->browser : QString()];
        group.times.push_back(error.time);
        firstError = std::min(firstError, error.time);
        lastError = std::max(lastError, error.time);
        ++total;
    }
    ErrorGroupQuery query;
    query.filter = filter;
    query.limit = 0;
    query.bucketMs = bucketMs;
    const ErrorGroupResult result = m_engine->errorGroups(query);
    QCOMPARE(result.errors, total);
    QVERIFY(total > 0);
    QCOMPARE(result.groups.size(), expected.size());
    QCOMPARE(result.groupCount, qint64(expected.size()));
    if (bucketMs > 0) {
        // UTC-aligned buckets of the width asked for over the filter's range (where it has
        // an end, else the errors'), a few hundred at most here.
        const qint64 from = filter.from != Filter().from ? filter.from : firstError;
        const qint64 to = filter.to != Filter().to ? filter.to : lastError + 1;
        QCOMPARE(result.bucketMs, bucketMs);
        QCOMPARE(result.bucketStart % bucketMs, 0);
        QVERIFY(result.bucketStart <= from && from < result.bucketStart + bucketMs);
        for (const ErrorGroup &group : result.groups) {
            const auto buckets = qint64(group.trend.size());
            QVERIFY(result.bucketStart + buckets * bucketMs >= to);
            QVERIFY(result.bucketStart + (buckets - 1) * bucketMs < to);
        }
    } else {
        QCOMPARE(result.bucketMs, 0);
    }
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const ErrorGroup &group : result.groups) {
        QVERIFY(expected.contains(group.fingerprint));
        const Expected &want = expected[group.fingerprint];
        QCOMPARE(group.count, want.count);
        QCOMPARE(group.sessions, qint64(want.sessions.size()));
        QCOMPARE(group.firstSeen, want.first);
        QCOMPARE(group.lastSeen, want.last);
        QVERIFY(group.count <= previous); // most first
        previous = group.count;
        QVERIFY(!group.message.isEmpty());
        // The top three browsers, most errors first, ties by name.
        QList<QPair<QString, qint64>> browsers;
        for (auto it = want.browsers.cbegin(); it != want.browsers.cend(); ++it)
            browsers.append({it.key(), it.value()});
        std::sort(browsers.begin(), browsers.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        browsers.resize(std::min<qsizetype>(browsers.size(), 3));
        QCOMPARE(group.browsers, browsers);
        if (bucketMs == 0) {
            QVERIFY(group.trend.isEmpty());
            continue;
        }
        for (qsizetype b = 0; b < group.trend.size(); ++b) {
            const qint64 start = result.bucketStart + b * bucketMs;
            const auto inBucket =
                std::count_if(want.times.begin(), want.times.end(),
                              [&](qint64 t) { return t >= start && t < start + bucketMs; });
            QCOMPARE(group.trend[b], qint64(inBucket));
        }
    }
    query.limit = 2;
    QCOMPARE(m_engine->errorGroups(query).groups.size(), std::min<qsizetype>(2, expected.size()));
}

void TestEngine::errorTrendsAreCapped()
{
    // Minutes over ten days: wider buckets, a whole number of minutes each.
    ErrorGroupQuery query;
    query.limit = 3;
    query.bucketMs = 60000;
    query.filter.from = kStart;
    query.filter.to = kStart + 10 * kDay;
    const ErrorGroupResult result = m_engine->errorGroups(query);
    QCOMPARE(result.groups.size(), 3);
    QVERIFY(result.bucketMs > query.bucketMs);
    QCOMPARE(result.bucketMs % query.bucketMs, 0);
    QCOMPARE(result.bucketStart, kStart);
    for (const ErrorGroup &group : result.groups) {
        QVERIFY(group.trend.size() <= 1000);
        QVERIFY(result.bucketStart + group.trend.size() * result.bucketMs >= query.filter.to);
        QCOMPARE(std::accumulate(group.trend.begin(), group.trend.end(), qint64(0)), group.count);
    }
    // Over the whole 64-bit range not even wider buckets do: no trend, and no crash.
    query.filter.from = std::numeric_limits<qint64>::min() + 1;
    query.filter.to = std::numeric_limits<qint64>::max() - 1;
    const ErrorGroupResult hostile = m_engine->errorGroups(query);
    QCOMPARE(hostile.groups.size(), 3);
    QCOMPARE(hostile.bucketMs, 0);
    QVERIFY(hostile.groups.front().trend.isEmpty());
}

void TestEngine::sessionsMatchBruteForce()
{
    SessionQuery query;
    query.filter.dimensions = {{Dimension::Country, {QStringLiteral("DE")}, false}};
    query.filter.from = kStart + kDay;
    query.limit = 25;
    struct Expected
    {
        qint64 views = 0;
        qint64 errors = 0;
        qint64 latest = 0;
    };
    QHash<QString, Expected> expected;
    for (const PageView *v : matching(query.filter)) {
        Expected &e = expected[v->sessionId];
        ++e.views;
        e.latest = std::max(e.latest, v->time);
        for (const ErrorEvent &error : m_errors)
            e.errors += error.viewId == v->viewId && error.sessionId == v->sessionId;
    }
    Result<SessionListResult> result = m_engine->sessions(query);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->sessions, qint64(expected.size()));
    QCOMPARE(result->rows.size(), 25);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const SessionRow &row : result->rows) {
        QVERIFY2(expected.contains(row.sessionId), qPrintable(row.sessionId));
        const Expected &e = expected[row.sessionId];
        QCOMPARE(row.pageViews, e.views);
        QCOMPARE(row.errors, e.errors);
        QVERIFY(e.latest <= previous); // most recently active first
        previous = e.latest;
        QCOMPARE(row.country, QStringLiteral("DE"));
        QVERIFY(row.worstMetric.has_value());
    }
    // A search by the start of the id.
    query.search = QStringLiteral("s12");
    query.limit = 0;
    result = m_engine->sessions(query);
    QVERIFY(result.ok());
    qint64 named = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        named += it.key().startsWith(u"s12");
    QCOMPARE(result->sessions, named);
    for (const SessionRow &row : result->rows)
        QVERIFY(row.sessionId.startsWith(u"s12"));
}

void TestEngine::batchAnswersLikeSingleQueries()
{
    OverviewQuery overview;
    overview.filter.dimensions = {{Dimension::DeviceType, {QStringLiteral("mobile")}, false}};
    MetricQuery byCountry;
    byCountry.metric = Metric::Inp;
    byCountry.groupBy = Dimension::Country;
    byCountry.filter = overview.filter;
    MetricQuery perDay;
    perDay.metric = Metric::Cls;
    perDay.bucketMs = kDay;
    ErrorGroupQuery errors;
    errors.filter = overview.filter;
    int progress = 0;
    const BatchResult batch = m_engine->run({overview, byCountry, perDay, errors, byCountry},
                                            [&](size_t answered) { progress = int(answered); });
    QVERIFY(!batch.cancelled);
    QCOMPARE(batch.answers.size(), size_t(5));
    QCOMPARE(progress, 5);
    const auto &cards = std::get<OverviewResult>(batch.answers[0]).cards;
    const auto expectedCards = m_engine->overview(overview).cards;
    for (qsizetype i = 0; i < cards.size(); ++i)
        QCOMPARE(cards[i].value, expectedCards[i].value);
    const auto rowsOf = [](const BatchAnswer &answer) {
        QList<double> values;
        for (const MetricSummary &row : std::get<MetricQueryResult>(answer).rows)
            values.append(row.value);
        return values;
    };
    QList<double> expectedRows;
    for (const MetricSummary &row : m_engine->run(byCountry).rows)
        expectedRows.append(row.value);
    QCOMPARE(rowsOf(batch.answers[1]), expectedRows);
    QCOMPARE(rowsOf(batch.answers[4]), expectedRows); // asked twice, answered alike
    QCOMPARE(std::get<MetricQueryResult>(batch.answers[2]).rows.size(),
             m_engine->run(perDay).rows.size());
    QCOMPARE(std::get<ErrorGroupResult>(batch.answers[3]).errors,
             m_engine->errorGroups(errors).errors);
}

void TestEngine::newerBatchCancelsOlder()
{
    MetricQuery first;
    first.metric = Metric::Lcp;
    // Another filter: a scan of its own, which the newer batch stops before it starts.
    MetricQuery second;
    second.metric = Metric::Fcp;
    second.filter.dimensions = {{Dimension::Country, {QStringLiteral("US")}, false}};
    BatchResult newer;
    // While the older batch is between its answers, a newer one starts (in the GUI: from
    // another thread, after a filter change).
    const BatchResult older = m_engine->run({first, second}, [&](size_t answered) {
        if (answered == 1)
            newer = m_engine->run(std::vector<BatchQuery>{second});
    });
    QVERIFY(older.cancelled);
    QVERIFY(older.answers.empty());
    QVERIFY(!newer.cancelled);
    QCOMPARE(std::get<MetricQueryResult>(newer.answers.front()).total.value,
             m_engine->run(second).total.value);
}

void TestEngine::largeSelectionsScanInParallel()
{
    // Enough rows for every thread to take blocks in turns, and for a filter's selection to be
    // put back together from them.
    const QString path = m_dir.filePath(QStringLiteral("large.rumscope"));
    std::vector<std::pair<QString, float>> views; // country, lcp
    {
        auto writer = StoreWriter::open(path);
        QVERIFY(writer.ok());
        QRandomGenerator random(7);
        WriteBatch batch;
        for (int i = 0; i < 600000; ++i) {
            PageView v;
            v.time = kStart + qint64(i) * 700; // in time order: the selection is in row order
            v.sessionId = QStringLiteral("L%1").arg(i / 4);
            v.viewId = QStringLiteral("L%1").arg(i);
            v.country = kCountries[random.bounded(kCountries.size())];
            v.lcp = std::round(std::exp(4 + random.generateDouble() * 6) * 10) / 10;
            views.emplace_back(v.country, float(v.lcp));
            batch.records.emplace_back(std::move(v));
        }
        QVERIFY(writer.value()->submit(std::move(batch)));
        writer.value()->flush();
    }
    Result<LocalEngine> engine = LocalEngine::load(path);
    QVERIFY(engine.ok());
    const auto expected = [&](const QString &country, double p) {
        std::vector<double> values;
        for (const auto &[c, lcp] : views) {
            if (country.isEmpty() || c == country)
                values.push_back(floatToReportedDouble(lcp));
        }
        return referencePercentile(values, p);
    };
    MetricQuery all;
    all.metric = Metric::Lcp;
    all.percentiles = {0.5, 0.75, 0.99};
    const MetricSummary total = engine->run(all).total;
    QCOMPARE(total.pageViews, qint64(views.size()));
    QCOMPARE(total.values[0], expected(QString(), 0.5));
    QCOMPARE(total.values[1], expected(QString(), 0.75));
    QCOMPARE(total.values[2], expected(QString(), 0.99));
    MetricQuery de = all;
    de.filter.dimensions = {{Dimension::Country, {QStringLiteral("DE")}, false}};
    de.groupBy = Dimension::Country;
    const MetricQueryResult grouped = engine->run(de);
    QCOMPARE(grouped.rows.size(), 1);
    QCOMPARE(grouped.total.values[1], expected(QStringLiteral("DE"), 0.75));
    QCOMPARE(grouped.rows.front().values[2], expected(QStringLiteral("DE"), 0.99));
}

void TestEngine::hostileTimesAndShares()
{
    // Buckets over the whole 64-bit time range: too many to answer, not a crash.
    MetricQuery query;
    query.metric = Metric::Lcp;
    query.bucketMs = 3600000;
    query.filter.from = std::numeric_limits<qint64>::min() + 1;
    query.filter.to = std::numeric_limits<qint64>::max() - 1;
    const MetricQueryResult result = m_engine->run(query);
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.total.pageViews, m_engine->pageViews());
    // Shares outside 0…1 and NaN read as the nearest end, and never index out of range.
    query.bucketMs = 0;
    query.filter = {};
    query.percentiles = {-1.0, 2.0, std::nan("")};
    const MetricSummary total = m_engine->run(query).total;
    QCOMPARE(total.values.size(), 3);
    QVERIFY(total.values[0] <= total.values[1]);
    QCOMPARE(total.values[2], total.values[0]);
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

void TestEngine::scansKeepOffTheGlobalPool()
{
    // Qt's raster paint engine fills on the global pool: a scan there would hold up painting.
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    std::vector<int> units(2);
    std::atomic<int> globalBusy = 0;
    const bool done =
        parallelScan(32, units, Cancellation(&pool), [&globalBusy](int &count, size_t) {
            ++count;
            globalBusy =
                std::max(globalBusy.load(), QThreadPool::globalInstance()->activeThreadCount());
            QThread::msleep(1);
        });
    QVERIFY(done);
    QCOMPARE(units[0] + units[1], 32);
    // Both workers ran: each takes the next unit when it is free.
    QVERIFY(units[0] > 0);
    QVERIFY(units[1] > 0);
    QCOMPARE(globalBusy.load(), 0);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
