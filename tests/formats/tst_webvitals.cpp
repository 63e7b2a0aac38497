#include "fixtures.h"
#include "ingest/wireformat.h"

#include <QSet>
#include <QTest>

using namespace rumscope;
using namespace rumscope::test;

namespace {

const PageView *findView(const std::vector<PageView> &views, const QString &sessionLabel,
                         const QString &path, const QHash<QString, QString> &sessionOfView)
{
    for (const PageView &view : views) {
        if (view.url.endsWith(path) && sessionOfView.value(view.viewId) == sessionLabel)
            return &view;
    }
    return nullptr;
}

/// Which capture session (desktop-win-chrome, mobile-android-3g) each view id came from.
QHash<QString, QString> captureSessions(const QString &fixture)
{
    QHash<QString, QString> sessions;
    BeaconParser parser;
    for (const FixtureRequest &request : loadBeacons(fixture)) {
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::WebVitals, request.payload);
        if (!parsed)
            continue;
        for (const PageView &view : recordsOf<PageView>(parsed->records))
            sessions.insert(view.viewId, request.session);
    }
    return sessions;
}

Payload bodyPayload(const QByteArray &body)
{
    Payload payload;
    payload.method = "POST";
    payload.path = "/vitals";
    payload.body = body;
    payload.receivedAt = 1'795'800'000'000;
    payload.headers.append(
        {QByteArray("user-agent"), QByteArray("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")});
    return payload;
}

} // namespace

class TestWebVitals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBeaconParsesAndIsDetected_data();
    void everyBeaconParsesAndIsDetected();
    void standardBuildMakesOneViewPerPageLoad();
    void attributionBuildFillsPartsAndTargets();
    void bareMetricsAreGroupedIntoViews();
    void clientAddressSeparatesVisitorsUnrecoverably();
    void hostilePayloadsAreRefusedWithAReason_data();
    void hostilePayloadsAreRefusedWithAReason();
    void absurdValuesAreDroppedWithANote();
};

void TestWebVitals::everyBeaconParsesAndIsDetected_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("standard") << QStringLiteral("web-vitals");
    QTest::newRow("attribution") << QStringLiteral("web-vitals-attribution");
}

void TestWebVitals::everyBeaconParsesAndIsDetected()
{
    QFETCH(QString, fixture);
    const QList<FixtureRequest> beacons = loadBeacons(fixture);
    // Two browsers: 15 final reports each; reportAllChanges sends more with attribution.
    QCOMPARE(beacons.size(), fixture.contains(u"attribution") ? 45 : 30);
    BeaconParser parser;
    for (const FixtureRequest &request : beacons) {
        QCOMPARE(formatOfPath(request.payload.path), std::optional(WireFormat::WebVitals));
        QCOMPARE(detectFormat(request.payload.body), std::optional(WireFormat::WebVitals));
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::WebVitals, request.payload);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(!parsed->records.empty());
        QVERIFY2(parsed->notes.isEmpty(), qPrintable(parsed->notes.join(u"; ")));
        for (const Record &record : parsed->records)
            QCOMPARE(eventBase(record).source, QStringLiteral("web-vitals"));
    }
}

void TestWebVitals::standardBuildMakesOneViewPerPageLoad()
{
    const ParsedBeacon parsed = parseFixture(QStringLiteral("web-vitals"), WireFormat::WebVitals);
    const std::vector<PageView> views = mergedViews(parsed.records);
    // Three page loads per browser (index, products, the SPA): the site's pageViewId.
    QCOMPARE(views.size(), size_t(6));
    QSet<QString> sessions;
    for (const PageView &view : views)
        sessions.insert(view.sessionId);
    QCOMPARE(sessions.size(), 2);

    const QHash<QString, QString> capture = captureSessions(QStringLiteral("web-vitals"));
    const PageView *home = findView(views, QStringLiteral("desktop-win-chrome"),
                                    QStringLiteral("/index.html"), capture);
    QVERIFY(home);
    QCOMPARE(home->url, QStringLiteral("http://127.0.0.1:8700/index.html"));
    QCOMPARE(home->ttfb, 8.5);
    QCOMPARE(home->fcp, 1212.0);
    QCOMPARE(home->lcp, 1212.0);
    QCOMPARE(home->inp, 296.0);
    QCOMPARE(home->cls, 0.03545610425240055);
    QCOMPARE(home->navigationType, QStringLiteral("navigate"));
    QCOMPARE(home->effectiveType, QStringLiteral("4g"));
    QVERIFY(home->userAgent.contains(u"Windows NT 10.0"));
    // The TTFB report carries the navigation entry: DOM and load timings come with it.
    QCOMPARE(home->domInteractive, 1171.0);
    QVERIFY(home->load > home->domInteractive);

    const PageView *mobileHome = findView(views, QStringLiteral("mobile-android-3g"),
                                          QStringLiteral("/index.html"), capture);
    QVERIFY(mobileHome);
    QCOMPARE(mobileHome->lcp, 3296.0);
    QCOMPARE(mobileHome->effectiveType, QStringLiteral("3g"));
    QCOMPARE(mobileHome->rtt, 300.0);
    // Times are epoch ms near the capture (2026-11-27).
    QVERIFY(home->time > 1'795'000'000'000 && home->time < 1'796'000'000'000);
}

void TestWebVitals::attributionBuildFillsPartsAndTargets()
{
    const ParsedBeacon parsed =
        parseFixture(QStringLiteral("web-vitals-attribution"), WireFormat::WebVitals);
    const std::vector<PageView> views = mergedViews(parsed.records);
    QCOMPARE(views.size(), size_t(6));
    const QHash<QString, QString> capture =
        captureSessions(QStringLiteral("web-vitals-attribution"));
    const PageView *home = findView(views, QStringLiteral("desktop-win-chrome"),
                                    QStringLiteral("/index.html"), capture);
    QVERIFY(home);
    QCOMPARE(home->lcp, 1196.0);
    QCOMPARE(home->lcpElement, QStringLiteral("#hero"));
    QCOMPARE(home->lcpResourceUrl, QStringLiteral("http://127.0.0.1:8700/assets/img/hero.png"));
    QCOMPARE(home->lcpResourceLoadDuration, 12.5);
    // The four LCP parts add up to the LCP.
    const double parts = home->lcpTtfb + home->lcpResourceLoadDelay +
                         home->lcpResourceLoadDuration + home->lcpElementRenderDelay;
    QVERIFY2(std::abs(parts - home->lcp) < 0.01, qPrintable(QString::number(parts)));
    // reportAllChanges sends CLS 0 first, then the grown value: the last report wins.
    QCOMPARE(home->cls, 0.03545610425240055);
    QCOMPARE(home->clsTarget, QStringLiteral("html>body>main"));
    QCOMPARE(home->inp, 296.0);
    QVERIFY(!home->inpTarget.isEmpty());
    QCOMPARE(home->inpEventType, QStringLiteral("pointer"));
    QVERIFY(isSet(home->inpInputDelay) && isSet(home->inpProcessingDuration) &&
            isSet(home->inpPresentationDelay));
    QCOMPARE(home->hardwareConcurrency, 2.0);
}

void TestWebVitals::bareMetricsAreGroupedIntoViews()
{
    // The README's subset, no site fields: the metrics of one page load still make one view.
    BeaconParser parser;
    const QByteArray lcp =
        R"({"name":"LCP","value":2184.6,"id":"v5-1795803853430-1111111111111","page":"https://shop.example/p/1"})";
    const QByteArray cls =
        R"([{"name":"CLS","value":0.042,"id":"v5-1795803853431-2222222222222","page":"https://shop.example/p/1"}])";
    Result<ParsedBeacon> first = parser.parse(WireFormat::WebVitals, bodyPayload(lcp));
    Result<ParsedBeacon> second = parser.parse(WireFormat::WebVitals, bodyPayload(cls));
    QVERIFY(first.ok() && second.ok());
    std::vector<Record> all = first->records;
    all.insert(all.end(), second->records.begin(), second->records.end());
    const std::vector<PageView> views = mergedViews(all);
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views.front().lcp, 2184.6);
    QCOMPARE(views.front().cls, 0.042);
    QCOMPARE(views.front().time, qint64(1'795'803'853'430));
    QVERIFY(views.front().sessionId.startsWith(u"wv-"));
    QVERIFY(views.front().userAgent.contains(u"Firefox"));
}

void TestWebVitals::clientAddressSeparatesVisitorsUnrecoverably()
{
    // Two visitors with the same browser send bare metrics at the same time: their addresses
    // keep them apart. The address is salted with a secret of the parser's own, so the stored
    // id cannot be recomputed from a guessed address: another parser (process) gives another.
    const QByteArray lcp =
        R"({"name":"LCP","value":2184.6,"id":"v5-1795803853430-1111111111111","page":"https://shop.example/p/1"})";
    const auto sessionOf = [&](BeaconParser &parser, const QByteArray &address) {
        Payload payload = bodyPayload(lcp);
        payload.clientAddress = address;
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::WebVitals, payload);
        const std::vector<PageView> views =
            parsed ? recordsOf<PageView>(parsed->records) : std::vector<PageView>();
        return views.size() == 1 ? views.front().sessionId : QString();
    };
    BeaconParser parser;
    const QString first = sessionOf(parser, "198.51.100.7");
    QVERIFY(first.startsWith(u"wv-"));
    QCOMPARE(sessionOf(parser, "198.51.100.7"), first);
    QVERIFY(sessionOf(parser, "198.51.100.8") != first);
    BeaconParser otherProcess;
    QVERIFY(sessionOf(otherProcess, "198.51.100.7") != first);
}

void TestWebVitals::hostilePayloadsAreRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("name=LCP&value=1");
    QTest::newRow("truncated") << QByteArray(R"({"name":"LCP","value":12)");
    QTest::newRow("numbers") << QByteArray("[1,2,3]");
    QTest::newRow("value is text") << QByteArray(R"({"name":"LCP","value":"fast"})");
    QTest::newRow("unknown metric") << QByteArray(R"({"name":"XYZ","value":1})");
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"name\":\"LCP\",\"value\":1,\"page\":\"\xff\xfe\"}");
    QTest::newRow("deep nesting") << QByteArray(10000, '[') + QByteArray(10000, ']');
    QByteArray many = "[";
    for (int i = 0; i < 100001; ++i)
        many += i ? R"(,{"name":"CLS","value":0})" : R"({"name":"CLS","value":0})";
    many += ']';
    QTest::newRow("too many metrics") << many;
}

void TestWebVitals::hostilePayloadsAreRefusedWithAReason()
{
    QFETCH(QByteArray, body);
    BeaconParser parser;
    Result<ParsedBeacon> parsed = parser.parse(WireFormat::WebVitals, bodyPayload(body));
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestWebVitals::absurdValuesAreDroppedWithANote()
{
    BeaconParser parser;
    Result<ParsedBeacon> parsed =
        parser.parse(WireFormat::WebVitals,
                     bodyPayload(R"([{"name":"LCP","value":36000000,"id":"v5-1795803853430-1"},
                        {"name":"CLS","value":-3,"id":"v5-1795803853430-2"},
                        {"name":"FCP","value":900,"id":"v5-1795803853430-3"}])"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->notes.size(), 2);
    const std::vector<PageView> views = mergedViews(parsed->records);
    QCOMPARE(views.size(), size_t(1));
    QVERIFY(!isSet(views.front().lcp));
    QVERIFY(!isSet(views.front().cls));
    QCOMPARE(views.front().fcp, 900.0);
}

QTEST_GUILESS_MAIN(TestWebVitals)
#include "tst_webvitals.moc"
