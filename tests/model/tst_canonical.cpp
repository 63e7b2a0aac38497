#include "ingest/canonicalcodec.h"
#include "model/fields.h"
#include "model/metric.h"
#include "samplerecords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace rumscope;

class TestCanonical : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEveryRecordType();
    void writesOneObjectPerLineWithType();
    void omitsAbsentFields();
    void acceptsNullAsAbsent();
    void computesMissingFingerprint();
    void rejectsBadLines_data();
    void rejectsBadLines();
    void ignoresUnknownKeys();
    void ratesWithWebDevThresholds_data();
    void ratesWithWebDevThresholds();
    void formatsValuesInTheirUnits();
};

void TestCanonical::roundTripsEveryRecordType()
{
    CanonicalParser parser;
    const std::vector<Record> records = testing::sampleRecords();
    QCOMPARE(records.size(), size_t(kRecordTypeCount));
    for (const Record &record : records) {
        const QByteArray line = toCanonicalLine(record);
        QVERIFY(line.endsWith('\n'));
        Result<Record> parsed = parser.parseLine(QByteArrayView(line).chopped(1));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed.value().index(), record.index());
        QVERIFY2(parsed.value() == record, line.constData());
        // Serialising again gives the same bytes.
        QCOMPARE(toCanonicalLine(parsed.value()), line);
    }
}

void TestCanonical::writesOneObjectPerLineWithType()
{
    const QByteArray line = toCanonicalLine(testing::samplePageView());
    QCOMPARE(line.count('\n'), 1); // the tab and quote in the URL are escaped
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QCOMPARE(object.value(u"type").toString(), QStringLiteral("pageview"));
    QCOMPARE(object.value(u"lcp").toDouble(), 2458.3);
    QCOMPARE(object.value(u"time").toInteger(), 1767225600000);
    QCOMPARE(object.value(u"url").toString(),
             QStringLiteral("https://shop.example.com/product/18734?ref=\"mail\"\tü"));
    QCOMPARE(object.value(u"saveData").toBool(true), false);
}

void TestCanonical::omitsAbsentFields()
{
    PageView view;
    view.time = 1767225600000;
    view.sessionId = QStringLiteral("s");
    view.viewId = QStringLiteral("v");
    view.lcp = 1000;
    QCOMPARE(toCanonicalLine(view),
             QByteArray(R"({"type":"pageview","time":1767225600000,"sessionId":"s","viewId":"v",)"
                        R"("lcp":1000})"
                        "\n"));
}

void TestCanonical::acceptsNullAsAbsent()
{
    CanonicalParser parser;
    Result<Record> parsed = parser.parseLine(
        R"({"type":"pageview","time":1767225600000,"sessionId":"s","viewId":"v","inp":null})");
    QVERIFY(parsed.ok());
    QVERIFY(!isSet(std::get<PageView>(parsed.value()).inp));
}

void TestCanonical::computesMissingFingerprint()
{
    CanonicalParser parser;
    Result<Record> a = parser.parseLine(
        R"({"type":"error","time":1767225600000,"errorType":"TypeError","message":"x is 12"})");
    Result<Record> b = parser.parseLine(
        R"({"type":"error","time":1767225600001,"errorType":"TypeError","message":"x is 13"})");
    QVERIFY(a.ok() && b.ok());
    const QString fingerprint = std::get<ErrorEvent>(a.value()).fingerprint;
    QVERIFY(!fingerprint.isEmpty());
    QCOMPARE(std::get<ErrorEvent>(b.value()).fingerprint, fingerprint); // numbers masked
}

void TestCanonical::rejectsBadLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reasonContains");
    const QByteArray head =
        R"({"type":"pageview","time":1767225600000,"sessionId":"s","viewId":"v")";
    QTest::newRow("not json") << QByteArray("this is not json") << "not valid JSON";
    QTest::newRow("truncated") << QByteArray(R"({"type":"pageview","time":17)") << "JSON";
    QTest::newRow("NaN literal") << QByteArray(head + R"(,"lcp":NaN})") << "JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("no type") << QByteArray(R"({"time":1767225600000})") << "\"type\"";
    QTest::newRow("unknown type") << QByteArray(R"({"type":"banana","time":1})") << "banana";
    QTest::newRow("ten hours LCP") << QByteArray(head + R"(,"lcp":36000000})") << "\"lcp\"";
    QTest::newRow("negative CLS") << QByteArray(head + R"(,"cls":-0.1})") << "\"cls\"";
    QTest::newRow("NaN as string") << QByteArray(head + R"(,"lcp":"NaN"})") << "must be a number";
    QTest::newRow("missing session")
        << QByteArray(R"({"type":"pageview","time":1767225600000,"viewId":"v"})") << "sessionId";
    QTest::newRow("missing time") << QByteArray(R"({"type":"session","sessionId":"s"})") << "time";
    QTest::newRow("null time") << QByteArray(R"({"type":"session","time":null,"sessionId":"s"})")
                               << "time";
    QTest::newRow("time in 1970") << QByteArray(R"({"type":"session","time":5,"sessionId":"s"})")
                                  << "\"time\"";
    QTest::newRow("string as number") << QByteArray(head + R"(,"url":12})") << "must be a string";
    QTest::newRow("bad navigation type")
        << QByteArray(head + R"(,"navigationType":"teleport"})") << "teleport";
    QTest::newRow("bad frames") << QByteArray(
                                       R"({"type":"error","time":1767225600000,"frames":{"a":1}})")
                                << "frames";
    QTest::newRow("bad attributes")
        << QByteArray(
               R"({"type":"measurement","time":1767225600000,"name":"x","attributes":"text"})")
        << "attributes";
}

void TestCanonical::rejectsBadLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reasonContains);
    CanonicalParser parser;
    Result<Record> parsed = parser.parseLine(line);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(reasonContains), qPrintable(parsed.error().message));
    // The parser is still usable after a bad line.
    QVERIFY(parser.parseLine(R"({"type":"session","time":1767225600000,"sessionId":"s"})").ok());
}

void TestCanonical::ignoresUnknownKeys()
{
    CanonicalParser parser;
    Result<Record> parsed = parser.parseLine(
        R"({"type":"longtask","time":1767225600000,"name":"self","duration":60,"future":{"x":[1]}})");
    QVERIFY(parsed.ok());
    QCOMPARE(std::get<LongTask>(parsed.value()).duration, 60.0);
}

void TestCanonical::ratesWithWebDevThresholds_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("rating");
    QTest::newRow("lcp good edge") << "lcp" << 2500.0 << int(Rating::Good);
    QTest::newRow("lcp ni") << "lcp" << 2500.1 << int(Rating::NeedsImprovement);
    QTest::newRow("lcp ni edge") << "lcp" << 4000.0 << int(Rating::NeedsImprovement);
    QTest::newRow("lcp poor") << "lcp" << 4000.1 << int(Rating::Poor);
    QTest::newRow("inp") << "INP" << 201.0 << int(Rating::NeedsImprovement);
    QTest::newRow("cls good") << "cls" << 0.1 << int(Rating::Good);
    QTest::newRow("cls poor") << "cls" << 0.26 << int(Rating::Poor);
    QTest::newRow("fcp") << "fcp" << 1800.0 << int(Rating::Good);
    QTest::newRow("ttfb") << "ttfb" << 1800.5 << int(Rating::Poor);
    QTest::newRow("fid") << "fid" << 150.0 << int(Rating::NeedsImprovement);
}

void TestCanonical::ratesWithWebDevThresholds()
{
    QFETCH(QString, metric);
    QFETCH(double, value);
    QFETCH(int, rating);
    const std::optional<Metric> m = metricFromId(metric);
    QVERIFY(m);
    QCOMPARE(int(rate(*m, value)), rating);
}

QTEST_GUILESS_MAIN(TestCanonical)
void TestCanonical::formatsValuesInTheirUnits()
{
    QCOMPARE(formatMetricValue(Metric::Ttfb, 996.3), QStringLiteral("996 ms"));
    // A value that rounds to a whole second is written in seconds.
    QCOMPARE(formatMetricValue(Metric::Ttfb, 999.7), QStringLiteral("1.00 s"));
    QCOMPARE(formatMetricValue(Metric::Lcp, 1650), QStringLiteral("1.65 s"));
    QCOMPARE(formatMetricValue(Metric::Cls, 0.0442), QStringLiteral("0.044"));
    QCOMPARE(formatMetricValue(Metric::Inp, std::nan("")), QStringLiteral("–"));
}

#include "tst_canonical.moc"
