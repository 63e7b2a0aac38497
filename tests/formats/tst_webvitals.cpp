#include "fixtures.h"
#include "ingest/wireformat.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <iterator>

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

/// An interaction and the arrival of the payload that brought it.
struct Reported
{
    Interaction interaction;
    qint64 receivedAt = 0;
};

/// The interactions of a fixture, parsed beacon by beacon by one parser as the collector does.
std::vector<Reported> reportedInteractions(const QString &fixture)
{
    std::vector<Reported> reported;
    BeaconParser parser;
    for (const FixtureRequest &request : loadBeacons(fixture)) {
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::WebVitals, request.payload);
        if (!parsed)
            continue;
        for (const Interaction &interaction : recordsOf<Interaction>(parsed->records))
            reported.push_back({interaction, request.payload.receivedAt});
    }
    return reported;
}

/// Every INP interaction of a fixture: one per page view with an INP (the view's final INP),
/// and each once; the page views and the interactions checked against each other.
void checkEveryInpInteractionOnce(const QString &fixture, size_t expected)
{
    const ParsedBeacon parsed = parseFixture(fixture, WireFormat::WebVitals);
    const std::vector<PageView> views = mergedViews(parsed.records);
    const std::vector<Reported> reported = reportedInteractions(fixture);
    QCOMPARE(reported.size(), expected);
    QCOMPARE(recordsOf<Interaction>(parsed.records).size(), expected);
    QSet<QString> seen;
    for (const Reported &r : reported) {
        const Interaction &interaction = r.interaction;
        const QString key = interaction.viewId + u' ' + interaction.target + u' ' +
                            QString::number(interaction.time);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QCOMPARE(interaction.source, QStringLiteral("web-vitals"));
        const auto view = std::find_if(views.begin(), views.end(), [&](const PageView &v) {
            return v.viewId == interaction.viewId;
        });
        QVERIFY(view != views.end());
        QCOMPARE(interaction.sessionId, view->sessionId);
        // It happened in the page, before the report that brought it was sent.
        QVERIFY2(interaction.time >= view->time && interaction.time <= r.receivedAt,
                 qPrintable(QStringLiteral("%1 not in [%2, %3]")
                                .arg(interaction.time)
                                .arg(view->time)
                                .arg(r.receivedAt)));
    }
    // The page's INP is the slowest interaction reported for it.
    for (const PageView &view : views) {
        if (!isSet(view.inp))
            continue;
        QVERIFY2(std::any_of(reported.begin(), reported.end(),
                             [&](const Reported &r) {
                                 return r.interaction.viewId == view.viewId &&
                                        r.interaction.duration == view.inp;
                             }),
                 qPrintable(view.url));
    }
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
    void inpIsAnInteractionWithItsAttribution();
    void inpIsAnInteractionWithItsEntries();
    void repeatedInpReportsAreOneInteraction();
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

void TestWebVitals::inpIsAnInteractionWithItsAttribution()
{
    const QString fixture = QStringLiteral("web-vitals-attribution");
    // Eight interactions were the INP of their page at some point. reportAllChanges reported
    // three of them twice, first with the pointerdown alone (24 ms), then with the click;
    // a 32 ms one was reported by its first-input entry alone, and gave way to a slower one.
    checkEveryInpInteractionOnce(fixture, 7);
    if (QTest::currentTestFailed())
        return;

    const ParsedBeacon parsed = parseFixture(fixture, WireFormat::WebVitals);
    const std::vector<PageView> views = mergedViews(parsed.records);
    const QHash<QString, QString> capture = captureSessions(fixture);
    const std::vector<Interaction> interactions = recordsOf<Interaction>(parsed.records);
    auto of = [&](const PageView *view) {
        std::vector<Interaction> found;
        std::copy_if(interactions.begin(), interactions.end(), std::back_inserter(found),
                     [&](const Interaction &i) { return view && i.viewId == view->viewId; });
        return found;
    };

    const PageView *home = findView(views, QStringLiteral("desktop-win-chrome"),
                                    QStringLiteral("/index.html"), capture);
    QVERIFY(home);
    const std::vector<Interaction> homeClicks = of(home);
    QCOMPARE(homeClicks.size(), size_t(1));
    const Interaction &work = homeClicks.front();
    QCOMPARE(work.type, QStringLiteral("pointerdown")); // the entry, not just "pointer"
    QCOMPARE(work.target, QStringLiteral("#btn-work"));
    QCOMPARE(work.duration, home->inp);
    QCOMPARE(work.inputDelay, home->inpInputDelay);
    QCOMPARE(work.processingDuration, 282.70000000018626);
    QCOMPARE(work.presentationDelay, home->inpPresentationDelay);
    const double parts = work.inputDelay + work.processingDuration + work.presentationDelay;
    QVERIFY2(std::abs(parts - work.duration) < 1, qPrintable(QString::number(parts)));
    // interactionTime 3193.6 after the metric's set-up (its id), the time origin's bound.
    QCOMPARE(work.time, qint64(1795803967898 + 3194));
    QCOMPARE(work.sessionId, home->sessionId);

    // The mobile products page: the pointerdown of the tap was reported first (24 ms), then
    // its click (1968 ms) under the same interactionId; the tap is stored once, as the click.
    const PageView *products = findView(views, QStringLiteral("mobile-android-3g"),
                                        QStringLiteral("/products.html"), capture);
    QVERIFY(products);
    QCOMPARE(products->inp, 1968.0);
    const std::vector<Interaction> taps = of(products);
    QCOMPARE(taps.size(), size_t(1));
    QCOMPARE(taps.front().type, QStringLiteral("click"));
    QCOMPARE(taps.front().target, QStringLiteral("#add-2"));
    QCOMPARE(taps.front().duration, 1968.0);
    QCOMPARE(taps.front().presentationDelay, 1781.0);

    // The mobile SPA page: a slower interaction later (#btn-work) is one of its own.
    const PageView *details = findView(views, QStringLiteral("mobile-android-3g"),
                                       QStringLiteral("/app/details"), capture);
    QVERIFY(details);
    const std::vector<Interaction> spa = of(details);
    QCOMPARE(spa.size(), size_t(2));
    QCOMPARE(spa[0].target, QStringLiteral("#route-details"));
    QCOMPARE(spa[0].duration, 104.0);
    QCOMPARE(spa[1].target, QStringLiteral("#btn-work"));
    QCOMPARE(spa[1].duration, 344.0);
    QVERIFY(spa[1].time > spa[0].time);
}

void TestWebVitals::inpIsAnInteractionWithItsEntries()
{
    // The standard build has no attribution: the entries give the event and its start.
    checkEveryInpInteractionOnce(QStringLiteral("web-vitals"), 6);
    if (QTest::currentTestFailed())
        return;
    const ParsedBeacon parsed = parseFixture(QStringLiteral("web-vitals"), WireFormat::WebVitals);
    const std::vector<PageView> views = mergedViews(parsed.records);
    const QHash<QString, QString> capture = captureSessions(QStringLiteral("web-vitals"));
    const PageView *products = findView(views, QStringLiteral("mobile-android-3g"),
                                        QStringLiteral("/products.html"), capture);
    QVERIFY(products);
    const std::vector<Interaction> interactions = recordsOf<Interaction>(parsed.records);
    const auto click =
        std::find_if(interactions.begin(), interactions.end(),
                     [&](const Interaction &i) { return i.viewId == products->viewId; });
    QVERIFY(click != interactions.end());
    QCOMPARE(click->type, QStringLiteral("click"));
    QVERIFY(click->target.isEmpty());
    QCOMPARE(click->duration, 1952.0);
    QVERIFY(!isSet(click->inputDelay) && !isSet(click->processingDuration) &&
            !isSet(click->presentationDelay));
    // The entry's startTime 4618.4 after the metric's set-up.
    QCOMPARE(click->time, qint64(1795803902821 + 4618));
}

void TestWebVitals::repeatedInpReportsAreOneInteraction()
{
    // The same report sent twice (a site that sends on every visibility change), and a later
    // report of the metric naming a slower interaction.
    const QByteArray first =
        R"({"name":"INP","value":120,"id":"v5-1795803853430-1111111111111","page":"https://shop.example/",)"
        R"("pageViewId":"pv-1","entries":[{"name":"keydown","entryType":"event","startTime":2000.4,)"
        R"("duration":120,"interactionId":7001}],"attribution":{"interactionTarget":"#search",)"
        R"("interactionType":"keyboard","interactionTime":2000.4,"inputDelay":10,)"
        R"("processingDuration":90,"presentationDelay":20}})";
    QByteArray slower = first;
    slower.replace("\"value\":120", "\"value\":480")
        .replace("7001", "7044")
        .replace("2000.4", "6500")
        .replace("#search", "#buy")
        .replace("keydown", "click");
    BeaconParser parser;
    std::vector<Interaction> stored;
    for (const QByteArray &body : {first, first, slower, slower, first}) {
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::WebVitals, bodyPayload(body));
        QVERIFY2(parsed.ok(), why(parsed).constData());
        QCOMPARE(recordsOf<PageView>(parsed->records).size(), size_t(1));
        for (const Interaction &interaction : recordsOf<Interaction>(parsed->records))
            stored.push_back(interaction);
    }
    QCOMPARE(stored.size(), size_t(2));
    QCOMPARE(stored[0].type, QStringLiteral("keydown"));
    QCOMPARE(stored[0].target, QStringLiteral("#search"));
    QCOMPARE(stored[0].duration, 120.0);
    QCOMPARE(stored[0].time, qint64(1795803853430 + 2000));
    QCOMPARE(stored[0].viewId, QStringLiteral("pv-1"));
    QCOMPARE(stored[1].type, QStringLiteral("click"));
    QCOMPARE(stored[1].duration, 480.0);

    // A report that rests on the first input alone is left to the page view.
    QByteArray fast = first;
    fast.replace("\"entryType\":\"event\"", "\"entryType\":\"first-input\"")
        .replace("pv-1", "pv-2");
    Result<ParsedBeacon> parsed = parser.parse(WireFormat::WebVitals, bodyPayload(fast));
    QVERIFY(parsed.ok());
    QVERIFY(recordsOf<Interaction>(parsed->records).empty());
    QCOMPARE(recordsOf<PageView>(parsed->records).front().inp, 120.0);
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
