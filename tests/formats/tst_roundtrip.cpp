// generate --format F → import: each SDK encoding of the generated traffic must give the same
// page views and percentiles as the canonical records it was made from, through the real
// parsers and the real store (the parts of a view merged by the writer).
#include "generate/sdkencoder.h"
#include "generate/trafficgenerator.h"
#include "ingest/beaconparser.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rumscope;

namespace {

constexpr qint64 kSessions = 300;

enum class Views
{
    All,
    HardLoads
};

/// quantile_disc as DESIGN.md defines it, by SQL on the store.
double p75(const QString &store, const char *column, Views views = Views::All)
{
    Result<Store> opened = Store::open(store, Store::Mode::ReadOnly);
    if (!opened)
        return -1;
    QByteArray where = QByteArray(column) + " IS NOT NULL";
    if (views == Views::HardLoads)
        where += " AND (navigation_type IS NULL OR navigation_type NOT IN "
                 "(SELECT id FROM labels WHERE value = 'route-change'))";
    const QByteArray countSql = "SELECT count(*) FROM pageviews WHERE " + where;
    sql::Statement count(opened->handle(), countSql.constData());
    if (count.step() != SQLITE_ROW || count.integer(0) == 0)
        return -1;
    // PERCENTILE_DISC(0.75): 0-based rank ceil(0.75·n) − 1.
    const qint64 rank = (count.integer(0) * 3 + 3) / 4 - 1;
    const QByteArray valueSql = "SELECT " + QByteArray(column) + " FROM pageviews WHERE " + where +
                                " ORDER BY 1 LIMIT 1 OFFSET " + QByteArray::number(rank);
    sql::Statement value(opened->handle(), valueSql.constData());
    return value.step() == SQLITE_ROW ? value.real(0) : -1;
}

qint64 pageViews(const QString &store)
{
    Result<Store> opened = Store::open(store, Store::Mode::ReadOnly);
    return opened ? opened->stats().value().pageViews : -1;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sdkEncodingImportsLikeCanonical_data();
    void sdkEncodingImportsLikeCanonical();

private:
    QString writeStore(WireFormat format);
    QTemporaryDir m_dir;
    QString m_canonical;
};

QString TestRoundTrip::writeStore(WireFormat format)
{
    const QString path = m_dir.filePath(QLatin1StringView(formatId(format)) + u".rumscope");
    auto writer = StoreWriter::open(path);
    if (!writer)
        return {};
    GeneratorOptions options;
    options.sessions = kSessions;
    options.seed = 11;
    options.days = 7;
    options.endTime = 1'793'491'200'000; // 2026-11-01
    TrafficGenerator generator(options);
    BeaconParser parser;
    std::vector<Record> session;
    while (generator.nextSession(session)) {
        WriteBatch batch;
        for (const Payload &request : encodeSession(format, session)) {
            const std::optional<WireFormat> routed = formatOfPath(request.path);
            Result<ParsedBeacon> parsed = parser.parse(routed.value_or(format), request);
            if (!parsed) {
                qWarning("%s: %s", formatId(format), qPrintable(parsed.error().message));
                return {};
            }
            for (Record &record : parsed->records)
                batch.records.push_back(std::move(record));
        }
        session.clear();
        if (!writer.value()->submit(std::move(batch)))
            return {};
    }
    writer.value()->flush();
    return path;
}

void TestRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_canonical = writeStore(WireFormat::Canonical);
    QVERIFY(!m_canonical.isEmpty());
    QVERIFY(pageViews(m_canonical) > kSessions);
}

void TestRoundTrip::sdkEncodingImportsLikeCanonical_data()
{
    QTest::addColumn<WireFormat>("format");
    QTest::addColumn<double>("tolerance");    ///< ms an encoding may round by
    QTest::addColumn<double>("clsTolerance"); ///< CLS score an encoding may round by
    QTest::addColumn<QStringList>("unsent");  ///< vitals the SDK does not report at all
    /// The SDK reports no paint of a route change (soft navigation): its vitals compare on
    /// hard loads.
    QTest::addColumn<bool>("hardLoadsOnly");
    QTest::newRow("web-vitals") << WireFormat::WebVitals << 0.0 << 0.0 << QStringList() << false;
    QTest::newRow("elastic") << WireFormat::Elastic << 1.0 << 1.0 << QStringList() << false;
    QTest::newRow("faro") << WireFormat::Faro << 0.0 << 0.0 << QStringList() << false;
    // boomerang floors timings to whole ms and sends c.cls with three decimals (the 1e-12 is
    // the doubles' last bit on a value that ends in 5).
    QTest::newRow("boomerang") << WireFormat::Boomerang << 1.0 << 0.0005 + 1e-12 << QStringList()
                               << false;
    // Sentry sends the vitals as the browser measured them, in ms and unitless CLS.
    QTest::newRow("sentry") << WireFormat::Sentry << 0.0 << 0.0 << QStringList() << false;
    // OpenTelemetry's instrumentations record no LCP, INP or CLS (formats.md §7); FCP and TTFB
    // travel as nanosecond marks.
    QTest::newRow("otlp") << WireFormat::Otlp << 1e-6 << 0.0
                          << QStringList{QStringLiteral("lcp"), QStringLiteral("inp"),
                                         QStringLiteral("cls")}
                          << true;
}

void TestRoundTrip::sdkEncodingImportsLikeCanonical()
{
    QFETCH(WireFormat, format);
    QFETCH(double, tolerance);
    QFETCH(double, clsTolerance);
    QFETCH(QStringList, unsent);
    QFETCH(bool, hardLoadsOnly);
    const Views views = hardLoadsOnly ? Views::HardLoads : Views::All;
    const QString store = writeStore(format);
    QVERIFY(!store.isEmpty());
    QCOMPARE(pageViews(store), pageViews(m_canonical));
    for (const char *metric : {"lcp", "inp", "cls", "fcp", "ttfb"}) {
        if (unsent.contains(QLatin1StringView(metric))) {
            QCOMPARE(p75(store, metric), -1.0); // no value at all, not a made-up one
            continue;
        }
        const double expected = p75(m_canonical, metric, views);
        const double actual = p75(store, metric, views);
        const double allowed = qstrcmp(metric, "cls") == 0 ? clsTolerance : tolerance;
        QVERIFY2(std::abs(actual - expected) <= allowed,
                 qPrintable(QStringLiteral("%1: p75 %2, canonical %3")
                                .arg(QLatin1StringView(metric))
                                .arg(actual)
                                .arg(expected)));
    }
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
