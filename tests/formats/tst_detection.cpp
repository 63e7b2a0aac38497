// Which format a payload is in, from its HTTP path (the collector) and from its content alone
// (file import), on every captured request of every SDK.
#include "fixtures.h"
#include "ingest/wireformat.h"

#include <QTest>

using namespace rumscope;
using namespace rumscope::test;

class TestDetection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFixtureIsRecognised_data();
    void everyFixtureIsRecognised();
    void collectorPaths_data();
    void collectorPaths();
    void formatIdsRoundTrip();
    void unknownContentIsNotGuessed();
};

void TestDetection::everyFixtureIsRecognised_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<WireFormat>("format");
    QTest::newRow("web-vitals") << QStringLiteral("web-vitals") << WireFormat::WebVitals;
    QTest::newRow("web-vitals-attribution")
        << QStringLiteral("web-vitals-attribution") << WireFormat::WebVitals;
    QTest::newRow("boomerang") << QStringLiteral("boomerang") << WireFormat::Boomerang;
    QTest::newRow("boomerang-get") << QStringLiteral("boomerang-get") << WireFormat::Boomerang;
    QTest::newRow("faro") << QStringLiteral("faro") << WireFormat::Faro;
    QTest::newRow("faro-gzip") << QStringLiteral("faro-gzip") << WireFormat::Faro;
    QTest::newRow("elastic v3") << QStringLiteral("elastic-apm-rum") << WireFormat::Elastic;
    QTest::newRow("elastic v2") << QStringLiteral("elastic-apm-rum-v2") << WireFormat::Elastic;
    QTest::newRow("elastic v2 plain")
        << QStringLiteral("elastic-apm-rum-v2-plain") << WireFormat::Elastic;
    QTest::newRow("opentelemetry") << QStringLiteral("opentelemetry") << WireFormat::Otlp;
    QTest::newRow("sentry") << QStringLiteral("sentry") << WireFormat::Sentry;
}

void TestDetection::everyFixtureIsRecognised()
{
    QFETCH(QString, fixture);
    QFETCH(WireFormat, format);
    const QList<FixtureRequest> beacons = loadBeacons(fixture);
    QVERIFY(beacons.size() >= 20);
    for (const FixtureRequest &request : beacons) {
        // The fixtures were captured on paths of the capture server's choosing, as a site
        // chooses them for web-vitals and boomerang; the SDKs' own paths are in collectorPaths.
        const std::optional<WireFormat> byPath = formatOfPath(request.payload.path);
        QCOMPARE(byPath, std::optional(format));
        const QByteArray content =
            request.payload.body.isEmpty() ? request.payload.query : request.payload.body;
        QCOMPARE(detectFormat(content), std::optional(format));
    }
}

void TestDetection::collectorPaths_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<std::optional<WireFormat>>("format");
    QTest::newRow("faro") << QByteArray("/collect") << std::optional(WireFormat::Faro);
    QTest::newRow("faro key") << QByteArray("/collect/abc123") << std::optional(WireFormat::Faro);
    QTest::newRow("elastic v2") << QByteArray("/intake/v2/rum/events")
                                << std::optional(WireFormat::Elastic);
    QTest::newRow("elastic v3") << QByteArray("/intake/v3/rum/events")
                                << std::optional(WireFormat::Elastic);
    QTest::newRow("otlp") << QByteArray("/v1/traces") << std::optional(WireFormat::Otlp);
    QTest::newRow("sentry") << QByteArray("/api/42/envelope/") << std::optional(WireFormat::Sentry);
    QTest::newRow("sentry query") << QByteArray("/api/7/envelope/?sentry_key=x")
                                  << std::optional(WireFormat::Sentry);
    QTest::newRow("boomerang") << QByteArray("/beacon") << std::optional(WireFormat::Boomerang);
    QTest::newRow("web-vitals") << QByteArray("/vitals") << std::optional(WireFormat::WebVitals);
    QTest::newRow("canonical") << QByteArray("/ingest") << std::optional(WireFormat::Canonical);
    QTest::newRow("unknown") << QByteArray("/favicon.ico") << std::optional<WireFormat>();
    QTest::newRow("sentry not a number")
        << QByteArray("/api/x/envelope/") << std::optional<WireFormat>();
}

void TestDetection::collectorPaths()
{
    QFETCH(QByteArray, path);
    QFETCH(std::optional<WireFormat>, format);
    QCOMPARE(formatOfPath(path), format);
}

void TestDetection::formatIdsRoundTrip()
{
    for (int i = 0; i < kWireFormatCount; ++i) {
        const auto format = WireFormat(i);
        QCOMPARE(formatFromId(QString::fromLatin1(formatId(format))), std::optional(format));
    }
    QVERIFY(!formatFromId(u"protobuf"));
    QVERIFY(formatIdList().contains(u"web-vitals"));
}

void TestDetection::unknownContentIsNotGuessed()
{
    QVERIFY(!detectFormat(""));
    QVERIFY(!detectFormat("hello world"));
    QVERIFY(!detectFormat("{\"a\":1}"));
    QVERIFY(!detectFormat("\x0a\x8d\x01\x12\x0f")); // OTLP protobuf
    QCOMPARE(detectFormat(R"({"type":"pageview","time":1})"), std::optional(WireFormat::Canonical));
}

QTEST_GUILESS_MAIN(TestDetection)
#include "tst_detection.moc"
