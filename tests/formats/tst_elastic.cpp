// The Elastic APM RUM parser on the beacons the real agent sent (tests/data/fixtures: v3 gzip
// with short keys, v2 gzip, v2 plain), and on payloads built to hurt it.

#include "fixtures.h"
#include "ingest/canonicalcodec.h"
#include "ingest/formats/formatparsers.h"
#include "ingest/formats/parserstate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <set>

using namespace rumscope;
using namespace rumscope::test;

namespace {

const QString kV3 = QStringLiteral("elastic-apm-rum");
const QString kV2 = QStringLiteral("elastic-apm-rum-v2");
const QString kV2Plain = QStringLiteral("elastic-apm-rum-v2-plain");
const QString kDesktop = QStringLiteral("desktop-win-chrome");
const QString kMobile = QStringLiteral("mobile-android-3g");
const QString kSite = QStringLiteral("http://127.0.0.1:8700");

QString site(const char *path)
{
    return kSite + QLatin1StringView(path);
}

qint64 epochMs(const char *iso)
{
    return QDateTime::fromString(QLatin1StringView(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

/// The records of each beacon of a fixture, with the capture session that sent it.
struct Beacon
{
    QString session;
    qint64 receivedAt = 0;
    std::vector<Record> records;
};

QList<Beacon> parseBeacons(const QString &fixture)
{
    QList<Beacon> beacons;
    BeaconParser parser;
    for (const FixtureRequest &request : loadBeacons(fixture)) {
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::Elastic, request.payload);
        if (!parsed) {
            qWarning("%s line %lld: %s", qPrintable(fixture), request.payload.originLine,
                     qPrintable(parsed.error().message));
            return {};
        }
        beacons.append({request.session, request.payload.receivedAt, parsed->records});
    }
    return beacons;
}

std::vector<Record> recordsOfSession(const QList<Beacon> &beacons, const QString &session)
{
    std::vector<Record> records;
    for (const Beacon &beacon : beacons) {
        if (beacon.session == session)
            records.insert(records.end(), beacon.records.begin(), beacon.records.end());
    }
    return records;
}

/// The view of a URL that is not a route change (a page load), in a session's merged views.
std::optional<PageView> pageLoad(const std::vector<PageView> &views, const QString &url)
{
    for (const PageView &view : views) {
        if (view.url == url && view.navigationType.isEmpty())
            return view;
    }
    return std::nullopt;
}

Payload elasticPayload(const QByteArray &body)
{
    Payload payload;
    payload.method = "POST";
    payload.path = "/intake/v3/rum/events";
    payload.headers = {{"user-agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0"}};
    payload.body = body;
    payload.receivedAt = epochMs("2026-11-27T18:00:00.000Z");
    return payload;
}

const QByteArray kMetadataLine =
    R"({"m":{"se":{"n":"hostile-web","ve":"1.0.0","en":"test","a":{"n":"rum-js","ve":"5.17.5"}}}})";

// ---- One visit's beacons, line by line (v3 short keys, as the current agent sends) ----------

const qint64 kVisitStart = epochMs("2026-11-27T09:00:00.000Z");
const QByteArray kAddress = "198.51.100.23";

/// A request of a visit: its lines after the metadata, when it arrived, from where.
Payload visitPayload(const QByteArray &lines, qint64 receivedAt,
                     const QByteArray &address = kAddress)
{
    Payload payload = elasticPayload(kMetadataLine + '\n' + lines);
    payload.headers.append(std::pair<QByteArray, QByteArray>("accept-language", "en-US,en;q=0.9"));
    payload.receivedAt = receivedAt;
    payload.clientAddress = address;
    return payload;
}

QByteArray pageContext(const char *url, const char *referrer)
{
    return R"("c":{"p":{"url":")" + QByteArray(url) + R"(","rf":")" + referrer + R"("}})";
}

/// A page-load of `duration` ms with an LCP, without the agent's session unless `session`.
QByteArray pageLoadLine(const char *id, const char *url, const char *referrer, int duration,
                        const char *session = nullptr)
{
    QByteArray line = R"({"x":{"id":")" + QByteArray(id) + R"(","t":"page-load","d":)" +
                      QByteArray::number(duration) + ',' + pageContext(url, referrer) +
                      R"(,"k":{"a":{"lp":)" + QByteArray::number(duration / 2) + "}}";
    if (session)
        line += R"(,"ses":{"id":")" + QByteArray(session) + R"(","seq":1})";
    return line + "}}\n";
}

QByteArray pageExitLine(const char *url, const char *referrer, int inp)
{
    return R"({"x":{"t":"page-exit","n":"page-exit","d":)" + QByteArray::number(inp + 1) +
           R"(,"c":{"p":{"url":")" + url + R"(","rf":")" + referrer + R"("},"g":{"inp_value":)" +
           QByteArray::number(inp) + "}}}}\n";
}

QByteArray clickLine(const char *url, const char *referrer)
{
    return R"({"x":{"t":"user-interaction","n":"Click - button","d":30,)" +
           pageContext(url, referrer) + "}}\n";
}

QByteArray errorLine(const char *url, const char *referrer, const char *message)
{
    return R"({"e":{"ex":{"mg":")" + QByteArray(message) + R"("},)" + pageContext(url, referrer) +
           "}}\n";
}

/// Parses payloads in order with one parser, as the collector does; empty on a failure.
std::vector<Record> parseVisit(BeaconParser &parser, const QList<Payload> &payloads)
{
    std::vector<Record> records;
    for (const Payload &payload : payloads) {
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::Elastic, payload);
        if (!parsed) {
            qWarning("%s", qPrintable(parsed.error().message));
            return {};
        }
        records.insert(records.end(), parsed->records.begin(), parsed->records.end());
    }
    return records;
}

} // namespace

class TestElastic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBeaconParses_data();
    void everyBeaconParses();
    void v2AndV3GiveTheSameKinds();
    void serviceMetadata_data();
    void serviceMetadata();
    void oneSessionPerBrowser_data();
    void oneSessionPerBrowser();
    void threePageLoadsPerSession_data();
    void threePageLoadsPerSession();
    void pageLoadTimings();
    void v2PageLoadTimings();
    void routeChange_data();
    void routeChange();
    void userInteraction();
    void inpFromPageExit_data();
    void inpFromPageExit();
    void resources();
    void httpRequestWithTruncatedSpan();
    void longTasks();
    void thrownError_data();
    void thrownError();
    void typeError_data();
    void typeError();
    void unhandledRejection_data();
    void unhandledRejection();
    void http404_data();
    void http404();
    void hostilePayloadFails_data();
    void hostilePayloadFails();
    void wrongTypesAreAbsent();
    void absurdNumbersAreDropped();
    void unknownLinesAreIgnored();
    void metadataUserAndNetwork_data();
    void metadataUserAndNetwork();
    void hugeSpanArrays();
    void eachLoadIsAView();
    void visitorsToldApartByAddress();
    void agentSessionAdopted_data();
    void agentSessionAdopted();
    void inpZero();
    void recordsAheadOfTheirLoad_data();
    void recordsAheadOfTheirLoad();
    void forgottenViewsFallBack();
    void boundedMapForgetsLeastRecentlyUsed();
    void addressIsNeverStored_data();
    void addressIsNeverStored();

private:
    void fixtureColumn();
};

void TestElastic::fixtureColumn()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("v3") << kV3;
    QTest::newRow("v2") << kV2;
    QTest::newRow("v2-plain") << kV2Plain;
}

void TestElastic::everyBeaconParses_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("beacons");
    QTest::newRow("v3") << kV3 << 24;
    QTest::newRow("v2") << kV2 << 24;
    QTest::newRow("v2-plain") << kV2Plain << 27;
}

void TestElastic::everyBeaconParses()
{
    QFETCH(QString, fixture);
    QFETCH(int, beacons);
    // The v3 capture also holds the agent's central-config GETs, which are no beacons.
    QCOMPARE(loadBeacons(fixture).size(), beacons);
    const ParsedBeacon parsed = parseFixture(fixture, WireFormat::Elastic);
    QVERIFY(!parsed.records.empty());
    QVERIFY2(parsed.notes.isEmpty(), qPrintable(parsed.notes.join(u'\n')));
    QCOMPARE(parseBeacons(fixture).size(), beacons);
}

void TestElastic::v2AndV3GiveTheSameKinds()
{
    const auto kinds = [](const QString &fixture) {
        std::set<RecordType> types;
        for (const Record &record : parseFixture(fixture, WireFormat::Elastic).records)
            types.insert(recordType(record));
        return types;
    };
    const std::set<RecordType> v3 = kinds(kV3);
    const std::set<RecordType> expected = {RecordType::Session,  RecordType::PageView,
                                           RecordType::Error,    RecordType::Interaction,
                                           RecordType::Resource, RecordType::LongTask};
    QVERIFY(v3 == expected);
    QVERIFY(kinds(kV2) == expected);
    QVERIFY(kinds(kV2Plain) == expected);
}

void TestElastic::serviceMetadata_data()
{
    fixtureColumn();
}

void TestElastic::serviceMetadata()
{
    QFETCH(QString, fixture);
    for (const Record &record : parseFixture(fixture, WireFormat::Elastic).records) {
        const EventBase &base = eventBase(record);
        QCOMPARE(base.app, QStringLiteral("acme-store-web"));
        QCOMPARE(base.env, QStringLiteral("fixtures"));
        QCOMPARE(base.release, QStringLiteral("1.4.2"));
        QCOMPARE(base.source, QStringLiteral("elastic"));
        // The capture ran on 2026-11-27 (fixtures README).
        QVERIFY(base.time >= epochMs("2026-11-27T18:30:00.000Z"));
        QVERIFY(base.time <= epochMs("2026-11-27T18:45:00.000Z"));
    }
}

void TestElastic::oneSessionPerBrowser_data()
{
    fixtureColumn();
}

void TestElastic::oneSessionPerBrowser()
{
    QFETCH(QString, fixture);
    const QList<Beacon> beacons = parseBeacons(fixture);
    QVERIFY(!beacons.isEmpty());
    QHash<QString, QSet<QString>> idsBySession;
    for (const Beacon &beacon : beacons) {
        for (const Record &record : beacon.records)
            idsBySession[beacon.session].insert(eventBase(record).sessionId);
    }
    // Every record of a browser, page loads and page exits alike, shares one session id.
    QCOMPARE(idsBySession.size(), 2);
    QCOMPARE(idsBySession.value(kDesktop).size(), 1);
    QCOMPARE(idsBySession.value(kMobile).size(), 1);
    QVERIFY(idsBySession.value(kDesktop) != idsBySession.value(kMobile));
    QVERIFY(!idsBySession.value(kDesktop).begin()->isEmpty());

    // The session record carries the user the site set with setUserContext.
    const std::vector<Session> sessions =
        recordsOf<Session>(parseFixture(fixture, WireFormat::Elastic).records);
    QVERIFY(!sessions.empty());
    for (const Session &session : sessions) {
        QCOMPARE(session.userId, QStringLiteral("u-1042"));
        QVERIFY(session.lastSeen >= session.time);
    }
}

void TestElastic::threePageLoadsPerSession_data()
{
    fixtureColumn();
}

void TestElastic::threePageLoadsPerSession()
{
    QFETCH(QString, fixture);
    const QList<Beacon> beacons = parseBeacons(fixture);
    for (const QString &session : {kDesktop, kMobile}) {
        const std::vector<Record> records = recordsOfSession(beacons, session);
        QStringList urls;
        QSet<QString> viewIds;
        for (const PageView &view : recordsOf<PageView>(records)) {
            if (view.navigationType.isEmpty() && isSet(view.lcp)) {
                urls.append(view.url);
                viewIds.insert(view.viewId);
                QVERIFY(view.userAgent.contains(session == kDesktop ? u"Windows NT 10.0"
                                                                    : u"Android 10; K"));
                QVERIFY(view.browser.isEmpty()); // enrichment's job
            }
        }
        QCOMPARE(urls, QStringList({site("/index.html"), site("/products.html"), site("/app/")}));
        QCOMPARE(viewIds.size(), 3);
    }
}

void TestElastic::pageLoadTimings()
{
    // v3, desktop, /index.html: "k":{"nt":{…"ls":0,"le":0,"cs":0,"ce":0,…"di":1099,"ds":1100,
    // "de":1100,…"ee":1100},"a":{"fb":3,"di":1099,"dc":1100,"fp":1127,"lp":1128}},
    // "exp":{"cls":0.03545610425240055,"tbt":100,…}, d 1128, received 18:36:55.587Z.
    const QList<Beacon> beacons = parseBeacons(kV3);
    QVERIFY(!beacons.isEmpty());
    const Beacon &first = beacons.first();
    QCOMPARE(first.session, kDesktop);
    const std::vector<PageView> views = recordsOf<PageView>(first.records);
    QCOMPARE(views.size(), size_t(1));
    const PageView &view = views.front();
    QCOMPARE(view.url, site("/index.html"));
    QCOMPARE(view.referrer, QString());
    QCOMPARE(view.ttfb, 3.0);
    QCOMPARE(view.fcp, 1127.0);
    QCOMPARE(view.lcp, 1128.0);
    QCOMPARE(view.cls, 0.03545610425240055);
    QCOMPARE(view.tbt, 100.0);
    QVERIFY(!isSet(view.fid));
    QCOMPARE(view.domInteractive, 1099.0);
    QCOMPARE(view.domContentLoaded, 1100.0);
    QCOMPARE(view.load, 1100.0);
    QCOMPARE(view.dns, 0.0);
    QCOMPARE(view.connect, 0.0);
    QVERIFY(!isSet(view.inp));
    // No timestamp in v3: the transaction began its duration before the payload arrived.
    QCOMPARE(view.time, epochMs("2026-11-27T18:36:55.587Z") - 1128);
    QCOMPARE(view.time, first.receivedAt - 1128);
}

void TestElastic::v2PageLoadTimings()
{
    // v2 plain, mobile, /products.html: "agent":{"largestContentfulPaint":1508,
    // "firstContentfulPaint":1498,"timeToFirstByte":15,…}, "experience":{"tbt":32,"cls":0,…}.
    const std::vector<Record> records = recordsOfSession(parseBeacons(kV2Plain), kMobile);
    const std::optional<PageView> view = pageLoad(mergedViews(records), site("/products.html"));
    QVERIFY(view);
    QCOMPARE(view->ttfb, 15.0);
    QCOMPARE(view->fcp, 1498.0);
    QCOMPARE(view->lcp, 1508.0);
    QCOMPARE(view->tbt, 32.0);
    QCOMPARE(view->cls, 0.0);
    QCOMPARE(view->referrer, site("/index.html"));
}

void TestElastic::routeChange_data()
{
    fixtureColumn();
}

void TestElastic::routeChange()
{
    QFETCH(QString, fixture);
    const QList<Beacon> beacons = parseBeacons(fixture);
    for (const QString &session : {kDesktop, kMobile}) {
        const std::vector<Record> records = recordsOfSession(beacons, session);
        const std::vector<PageView> views = mergedViews(records);
        QStringList routes;
        for (const PageView &view : recordsOf<PageView>(records)) {
            if (view.navigationType == u"route-change")
                routes.append(view.url);
        }
        QCOMPARE(routes, QStringList({site("/app/details"), site("/app/settings")}));
        const std::optional<PageView> app = pageLoad(views, site("/app/"));
        QVERIFY(app);
        for (const PageView &view : views) {
            if (view.url == site("/app/details")) {
                QCOMPARE(view.navigationType, QStringLiteral("route-change"));
                QVERIFY(view.viewId != app->viewId);
                QVERIFY(view.time > app->time);
                QCOMPARE(view.sessionId, app->sessionId);
                // The route's fetch, GET /api/items?route=details (200), belongs to it.
                bool fetched = false;
                for (const Resource &resource : recordsOf<Resource>(records)) {
                    if (resource.url == site("/api/items?route=details") &&
                        resource.viewId == view.viewId) {
                        QCOMPARE(resource.httpStatus, 200.0);
                        QCOMPARE(resource.initiatorType, QStringLiteral("fetch"));
                        fetched = true;
                    }
                }
                QVERIFY(fetched);
            }
        }
    }
}

void TestElastic::userInteraction()
{
    // v3 desktop, second beacon: {"x":{…"n":"Click - button","t":"user-interaction","d":90,
    // "c":{"p":{"url":".../index.html"}…}, "y":[{"n":"GET /api/reviews",…"sc":404}]}}
    const QList<Beacon> beacons = parseBeacons(kV3);
    QVERIFY(beacons.size() > 1);
    const std::vector<Interaction> interactions = recordsOf<Interaction>(beacons[1].records);
    QCOMPARE(interactions.size(), size_t(1));
    const Interaction &click = interactions.front();
    QCOMPARE(click.type, QStringLiteral("click"));
    QCOMPARE(click.target, QStringLiteral("button"));
    QCOMPARE(click.duration, 90.0);
    QCOMPARE(click.time, beacons[1].receivedAt - 90);
    // It happened on /index.html, so it points at that page load's view.
    const std::optional<PageView> index =
        pageLoad(mergedViews(recordsOfSession(beacons, kDesktop)), site("/index.html"));
    QVERIFY(index);
    QCOMPARE(click.viewId, index->viewId);
    QCOMPARE(click.sessionId, index->sessionId);

    // Every capture reports the clicks as "Click - button".
    for (const QString &fixture : {kV3, kV2, kV2Plain}) {
        const std::vector<Interaction> all =
            recordsOf<Interaction>(parseFixture(fixture, WireFormat::Elastic).records);
        QCOMPARE(all.size(), size_t(4)); // 2 per session: Load reviews, Recalculate
        for (const Interaction &interaction : all)
            QCOMPARE(interaction.type + u' ' + interaction.target, QStringLiteral("click button"));
    }
}

void TestElastic::inpFromPageExit_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("url");
    QTest::addColumn<double>("inp");
    QTest::addColumn<double>("lcp");
    // "page-exit" transactions: "c":{"p":{"url":…},"g":{"inp_value":296}}, each followed by a
    // second one with inp_value 0 at the next unload event.
    QTest::newRow("v3 desktop /app/") << kV3 << kDesktop << site("/app/") << 296.0 << 512.0;
    QTest::newRow("v2 desktop /app/") << kV2 << kDesktop << site("/app/") << 296.0 << 492.0;
    QTest::newRow("v2 mobile /app/") << kV2 << kMobile << site("/app/") << 312.0 << 1500.0;
    QTest::newRow("v2-plain desktop /products.html")
        << kV2Plain << kDesktop << site("/products.html") << 168.0 << 124.0;
    QTest::newRow("v2-plain desktop /app/")
        << kV2Plain << kDesktop << site("/app/") << 296.0 << 520.0;
    QTest::newRow("v2-plain mobile /index.html")
        << kV2Plain << kMobile << site("/index.html") << 328.0 << 3504.0;
    QTest::newRow("v2-plain mobile /app/")
        << kV2Plain << kMobile << site("/app/") << 304.0 << 1496.0;
}

void TestElastic::inpFromPageExit()
{
    QFETCH(QString, fixture);
    QFETCH(QString, session);
    QFETCH(QString, url);
    QFETCH(double, inp);
    QFETCH(double, lcp);
    const QList<Beacon> beacons = parseBeacons(fixture);
    const std::vector<Record> records = recordsOfSession(beacons, session);
    // The page load and the page exit arrive in different beacons; their parts share the view.
    const std::optional<PageView> load = pageLoad(mergedViews(records), url);
    QVERIFY(load);
    QCOMPARE(load->inp, inp);
    QCOMPARE(load->lcp, lcp);
    QVERIFY(load->navigationType.isEmpty());
    qint64 loadTime = 0;
    int parts = 0;
    for (const Beacon &beacon : beacons) {
        if (beacon.session != session)
            continue;
        for (const PageView &part : recordsOf<PageView>(beacon.records)) {
            if (part.viewId != load->viewId)
                continue;
            ++parts;
            if (isSet(part.lcp)) {
                loadTime = part.time;
                QVERIFY(!isSet(part.inp));
            } else {
                // The exit part: INP only, nothing that would overwrite the load's fields.
                QCOMPARE(part.inp, inp);
                QCOMPARE(part.url, url);
                QVERIFY(part.navigationType.isEmpty());
                QVERIFY(!isSet(part.fcp));
                QCOMPARE(part.sessionId, load->sessionId);
                QVERIFY(part.time > loadTime); // the store keeps the earlier start
            }
        }
    }
    QVERIFY(parts >= 2);
    QCOMPARE(load->time, loadTime);
    // Each inp_value 0 here follows a nonzero one for its page: the agent's report after it
    // reset INP, no interaction, and it reaches no view.
    for (const PageView &view : recordsOf<PageView>(records))
        QVERIFY(!isSet(view.inp) || view.inp > 0);
}

void TestElastic::resources()
{
    // v3 desktop /index.html: {"n":"http://127.0.0.1:8700/assets/slow.js","t":"resource",
    // "s":18,"d":919,"c":{"h":{"url":"…/assets/slow.js?ms=900&busy=150&page=home",
    // "r":{"ts":493,"ebs":193,"dbs":193}}…},"su":"script"}
    const QList<Beacon> beacons = parseBeacons(kV3);
    QVERIFY(!beacons.isEmpty());
    const std::vector<Resource> resources = recordsOf<Resource>(beacons.first().records);
    QCOMPARE(resources.size(), size_t(10)); // 10 resource spans, no fetch
    const std::vector<PageView> views = recordsOf<PageView>(beacons.first().records);
    const auto slow = std::find_if(resources.begin(), resources.end(), [](const Resource &r) {
        return r.url.startsWith(site("/assets/slow.js"));
    });
    QVERIFY(slow != resources.end());
    QCOMPARE(slow->url, site("/assets/slow.js?ms=900&busy=150&page=home"));
    QCOMPARE(slow->initiatorType, QStringLiteral("script"));
    QCOMPARE(slow->duration, 919.0);
    QCOMPARE(slow->startTime, 18.0);
    QCOMPARE(slow->transferSize, 493.0);
    QCOMPARE(slow->encodedSize, 193.0);
    QCOMPARE(slow->viewId, views.front().viewId);
    QCOMPARE(slow->time, views.front().time + 18);
    const auto hero = std::find_if(resources.begin(), resources.end(), [](const Resource &r) {
        return r.url == site("/assets/img/hero.png");
    });
    QVERIFY(hero != resources.end());
    QCOMPARE(hero->initiatorType, QStringLiteral("img"));
    QCOMPARE(hero->transferSize, 113248.0);

    // v2 sends spans as lines of their own; they still land on their page load.
    const QList<Beacon> v2 = parseBeacons(kV2Plain);
    QVERIFY(!v2.isEmpty());
    const std::vector<Resource> v2Resources = recordsOf<Resource>(v2.first().records);
    const std::vector<PageView> v2Views = recordsOf<PageView>(v2.first().records);
    QCOMPARE(v2Views.size(), size_t(1));
    QVERIFY(v2Resources.size() >= 10);
    for (const Resource &resource : v2Resources) {
        QCOMPARE(resource.viewId, v2Views.front().viewId);
        QVERIFY(resource.time >= v2Views.front().time);
    }
}

void TestElastic::httpRequestWithTruncatedSpan()
{
    // v3 "http-request" transaction: {"n":"GET /api/items","t":"http-request","d":20,
    // "c":{"p":{"url":".../app/"}}, "y":[{"n":"GET /api/items","t":"external.truncated",
    // "d":20,"c":null,"su":"http"}]}: the URL comes from the span's name and the page.
    const std::vector<Resource> resources =
        recordsOf<Resource>(recordsOfSession(parseBeacons(kV3), kDesktop));
    const auto items = std::find_if(resources.begin(), resources.end(),
                                    [](const Resource &r) { return r.url == site("/api/items"); });
    QVERIFY(items != resources.end());
    QCOMPARE(items->duration, 20.0);
    QCOMPARE(items->initiatorType, QStringLiteral("fetch"));
    QVERIFY(!isSet(items->httpStatus));
    // The fetch arrived a second before the page-load of /app/ that it was made by, and still
    // lands on that load's view.
    const std::optional<PageView> app =
        pageLoad(mergedViews(recordsOfSession(parseBeacons(kV3), kDesktop)), site("/app/"));
    QVERIFY(app);
    QCOMPARE(items->viewId, app->viewId);
}

void TestElastic::longTasks()
{
    // v3 desktop /index.html: "Longtask(self)" s 939 d 150, and "Total Blocking Time" (also
    // type longtask), which is no task.
    const QList<Beacon> beacons = parseBeacons(kV3);
    QVERIFY(!beacons.isEmpty());
    const std::vector<LongTask> tasks = recordsOf<LongTask>(beacons.first().records);
    QCOMPARE(tasks.size(), size_t(1));
    QCOMPARE(tasks.front().name, QStringLiteral("self"));
    QCOMPARE(tasks.front().duration, 150.0);
    QCOMPARE(tasks.front().time, recordsOf<PageView>(beacons.first().records).front().time + 939);
}

void TestElastic::thrownError_data()
{
    fixtureColumn();
}

void TestElastic::thrownError()
{
    // "Uncaught Error: Deliberate test error: checkout button exploded", frame
    // {"ap":"http://127.0.0.1:8700/assets/site.js","f":"assets/site.js","fn":"onBreakClick",
    // "li":42,"co":11}, on /index.html.
    QFETCH(QString, fixture);
    const QList<Beacon> beacons = parseBeacons(fixture);
    for (const QString &session : {kDesktop, kMobile}) {
        const std::vector<Record> records = recordsOfSession(beacons, session);
        std::vector<ErrorEvent> thrown;
        for (const ErrorEvent &error : recordsOf<ErrorEvent>(records)) {
            if (error.kind == u"exception" && error.type == u"Error")
                thrown.push_back(error);
        }
        QCOMPARE(thrown.size(), size_t(1));
        const ErrorEvent &error = thrown.front();
        QCOMPARE(error.message, QStringLiteral("Deliberate test error: checkout button exploded"));
        QCOMPARE(error.frames.size(), 1);
        QCOMPARE(error.frames.front().file, site("/assets/site.js"));
        QCOMPARE(error.frames.front().function, QStringLiteral("onBreakClick"));
        QCOMPARE(error.frames.front().line, 42);
        QCOMPARE(error.frames.front().column, 11);
        QVERIFY(!error.fingerprint.isEmpty());
        const std::optional<PageView> index = pageLoad(mergedViews(records), site("/index.html"));
        QVERIFY(index);
        QCOMPARE(error.viewId, index->viewId);
        QVERIFY(error.time > index->time);
    }
}

void TestElastic::typeError_data()
{
    fixtureColumn();
}

void TestElastic::typeError()
{
    // "Uncaught TypeError: Cannot read properties of null (reading 'settings')" (v2 adds
    // "type":"TypeError"), thrown from a setTimeout callback on the /app/settings route.
    QFETCH(QString, fixture);
    const QList<Beacon> beacons = parseBeacons(fixture);
    for (const QString &session : {kDesktop, kMobile}) {
        const std::vector<Record> records = recordsOfSession(beacons, session);
        std::vector<ErrorEvent> typeErrors;
        for (const ErrorEvent &error : recordsOf<ErrorEvent>(records)) {
            if (error.type == u"TypeError")
                typeErrors.push_back(error);
        }
        QCOMPARE(typeErrors.size(), size_t(1));
        const ErrorEvent &error = typeErrors.front();
        QCOMPARE(error.kind, QStringLiteral("exception"));
        QCOMPARE(error.message,
                 QStringLiteral("Cannot read properties of null (reading 'settings')"));
        QCOMPARE(error.frames.size(), 1);
        QCOMPARE(error.frames.front().function, QStringLiteral("<anonymous>"));
        QCOMPARE(error.frames.front().line, 83);
        QCOMPARE(error.frames.front().column, 59);
        bool onRoute = false;
        for (const PageView &view : recordsOf<PageView>(records))
            onRoute |= view.viewId == error.viewId && view.url == site("/app/settings") &&
                       view.navigationType == u"route-change";
        QVERIFY(onRoute);
    }
}

void TestElastic::unhandledRejection_data()
{
    fixtureColumn();
}

void TestElastic::unhandledRejection()
{
    // "Unhandled promise rejection: Error: Deliberate unhandled rejection: settings save
    // failed", frame site.js:87:22.
    QFETCH(QString, fixture);
    const std::vector<ErrorEvent> errors =
        recordsOf<ErrorEvent>(parseFixture(fixture, WireFormat::Elastic).records);
    int rejections = 0;
    for (const ErrorEvent &error : errors) {
        if (error.kind != u"unhandled-rejection")
            continue;
        ++rejections;
        QCOMPARE(error.type, QStringLiteral("Error"));
        QCOMPARE(error.message,
                 QStringLiteral("Deliberate unhandled rejection: settings save failed"));
        QCOMPARE(error.frames.size(), 1);
        QCOMPARE(error.frames.front().line, 87);
        QCOMPARE(error.frames.front().column, 22);
    }
    QCOMPARE(rejections, 2);
    // The three errors of each session group alike in v2 and v3.
    QSet<QString> fingerprints;
    for (const ErrorEvent &error : errors) {
        if (error.kind != u"http")
            fingerprints.insert(error.fingerprint);
    }
    QCOMPARE(fingerprints.size(), 3);
}

void TestElastic::http404_data()
{
    fixtureColumn();
}

void TestElastic::http404()
{
    // "GET /api/reviews" (the Load reviews click) and "GET /api/inventory" (the products
    // page), both "sc":404, "o":"failure".
    QFETCH(QString, fixture);
    const std::vector<Record> records = parseFixture(fixture, WireFormat::Elastic).records;
    QStringList failed;
    for (const ErrorEvent &error : recordsOf<ErrorEvent>(records)) {
        if (error.kind != u"http")
            continue;
        QCOMPARE(error.httpStatus, 404.0);
        QCOMPARE(error.type, QStringLiteral("HttpError"));
        QVERIFY(!error.viewId.isEmpty());
        failed.append(error.resourceUrl);
    }
    failed.sort();
    QCOMPARE(failed,
             QStringList({site("/api/inventory?sku=all"), site("/api/inventory?sku=all"),
                          site("/api/reviews?product=42"), site("/api/reviews?product=42")}));
    int notFound = 0;
    for (const Resource &resource : recordsOf<Resource>(records)) {
        if (resource.httpStatus == 404.0) {
            ++notFound;
            QCOMPARE(resource.initiatorType, QStringLiteral("fetch"));
        }
    }
    QCOMPARE(notFound, 4);

    if (fixture == kV3) {
        // desktop: {"n":"GET /api/reviews","t":"external","s":0,"d":90,…"sc":404}
        const QList<Beacon> beacons = parseBeacons(kV3);
        const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(beacons[1].records);
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(errors.front().message, QStringLiteral("HTTP 404 GET /api/reviews"));
        QCOMPARE(errors.front().viewId, recordsOf<Interaction>(beacons[1].records).front().viewId);
    }
}

void TestElastic::hostilePayloadFails_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");

    QByteArray real;
    for (const FixtureRequest &request : loadBeacons(kV3)) {
        real = request.payload.body;
        break;
    }
    const qsizetype secondLine = real.indexOf('\n') + 1;
    QTest::newRow("truncated NDJSON")
        << real.left(secondLine + (real.size() - secondLine) / 2) << QStringLiteral("Line 2");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank lines") << QByteArray("\n \r\n\n") << QStringLiteral("empty");
    QTest::newRow("no metadata") << real.mid(secondLine) << QStringLiteral("metadata");
    QTest::newRow("metadata not JSON")
        << QByteArray("{\"m\":{\"se\":\n") + real.mid(secondLine) << QStringLiteral("metadata");
    QTest::newRow("metadata of the wrong type")
        << QByteArray("{\"m\":\"acme\"}\n") + real.mid(secondLine) << QStringLiteral("metadata");
    QTest::newRow("line not an object") << kMetadataLine + "\n[1,2,3]\n"
                                        << QStringLiteral("Line 2");
    QTest::newRow("bad JSON on line 3") << kMetadataLine + "\n{\"e\":{}}\n{\"x\":{\"d\":12,}}\n"
                                        << QStringLiteral("Line 3");
    QByteArray deep = kMetadataLine + "\n{\"x\":{\"c\":";
    deep += QByteArray(10000, '[') + QByteArray(10000, ']') + "}}\n";
    QTest::newRow("10,000-deep nesting") << deep << QStringLiteral("Line 2");
    QTest::newRow("10,000-deep metadata")
        << QByteArray("{\"m\":") + QByteArray(10000, '[') + QByteArray(10000, ']') + "}\n"
        << QStringLiteral("metadata");
    QTest::newRow("invalid UTF-8")
        << kMetadataLine + "\n{\"e\":{\"ex\":{\"mg\":\"bad \xff\xfe bytes\"}}}\n"
        << QStringLiteral("UTF-8");
    QTest::newRow("NUL bytes") << kMetadataLine + QByteArray("\n{\"e\":\0}\n", 9)
                               << QStringLiteral("Line 2");
}

void TestElastic::hostilePayloadFails()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    BeaconParser parser;
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Elastic, elasticPayload(body));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestElastic::wrongTypesAreAbsent()
{
    // Every member present with the wrong type: read as absent, never a crash.
    const QByteArray body = QByteArray(R"({"m":{"se":{"n":5,"ve":[1],"en":{}},"u":"x"}})") + '\n' +
                            R"({"x":{"id":1,"t":"page-load","d":"abc","c":"x","k":[1],)"
                            R"("y":{"a":1},"exp":"no","ses":7}})" +
                            '\n' +
                            R"({"x":{"id":"a1","t":"page-load","d":100,"c":{"p":{"url":7}},)"
                            R"("k":{"a":{"fp":"soon","lp":null},"nt":[]},"y":[1,"s",null,)"
                            R"({"t":"resource","s":"x","d":{},"c":{"h":"url"}}]}})" +
                            '\n' +
                            R"({"x":{"t":"page-exit","c":{"p":{"url":"http://a/"},)"
                            R"("g":{"inp_value":"200"}}}})" +
                            '\n' + R"({"e":{"ex":{"mg":7,"st":"frames","t":[]},"c":[]}})" + '\n' +
                            R"({"e":{"ex":{"mg":"x","st":[1,{"li":"a","co":-4,"fn":{}}]}}})" +
                            '\n' + R"({"x":"transaction"})" + '\n' + R"({"span":[]})" + '\n';
    BeaconParser parser;
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Elastic, elasticPayload(body));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    for (const Record &record : parsed->records)
        QCOMPARE(eventBase(record).app, QString());
    const std::vector<PageView> views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(3)); // two page loads without URL; the exit's INP as text
    for (const PageView &view : views) {
        QVERIFY(!view.viewId.isEmpty());
        QVERIFY(!isSet(view.fcp));
        QVERIFY(!isSet(view.lcp));
    }
    QCOMPARE(views[0].time, elasticPayload({}).receivedAt);
    QCOMPARE(views[1].time, elasticPayload({}).receivedAt - 100);
    QVERIFY(views[0].viewId != views[1].viewId);
    QCOMPARE(views[2].inp, 200.0); // numbers as strings are numbers (json::number)
    const std::vector<Resource> resources = recordsOf<Resource>(parsed->records);
    QCOMPARE(resources.size(), size_t(0)); // the resource span has no URL
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(parsed->records);
    QCOMPARE(errors.size(), size_t(2));
    QCOMPARE(errors[0].message, QString());
    QCOMPARE(errors[0].frames.size(), 0);
    QCOMPARE(errors[1].frames.size(), 1);
    QCOMPARE(errors[1].frames.front().line, 0);
    QCOMPARE(errors[1].frames.front().column, 0);
}

void TestElastic::absurdNumbersAreDropped()
{
    const QByteArray body =
        kMetadataLine + '\n' +
        R"({"x":{"id":"a","t":"page-load","d":1e308,"timestamp":1e300,)"
        R"("c":{"p":{"url":"http://a/"}},"k":{"a":{"fb":-5,"fp":1e300,"lp":36000000},)"
        R"("nt":{"ls":5,"le":1e308,"cs":9,"ce":2}},"exp":{"cls":1e9,"tbt":-1,"fid":1e-300},)"
        R"("y":[{"t":"resource","n":"http://a/x.js","s":1e300,"d":-3,)"
        R"("c":{"h":{"r":{"ts":-1,"ebs":1e200}}}},)"
        R"({"t":"external","n":"GET /x","s":-1e300,"d":1e30,"c":{"h":{"sc":1e9}}}]}})" +
        '\n' +
        R"({"x":{"t":"page-exit","d":-1e308,"c":{"p":{"url":"http://a/"},"g":{"inp_value":1e12}}}})" +
        '\n' + R"({"e":{"timestamp":1e30,"ex":{"mg":"x","st":[{"li":1e20,"co":-1e20}]}}})" + '\n' +
        R"({"e":{"timestamp":-1,"ex":{"mg":"y"}}})" + '\n';
    BeaconParser parser;
    const Payload payload = elasticPayload(body);
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Elastic, payload);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QVERIFY(!parsed->notes.isEmpty());
    for (const Record &record : parsed->records)
        QCOMPARE(eventBase(record).time, payload.receivedAt); // no offset or stamp was sane
    const std::vector<PageView> views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(2));
    const PageView &load = views[0];
    QVERIFY(!isSet(load.ttfb));
    QVERIFY(!isSet(load.fcp));
    QVERIFY(!isSet(load.lcp));
    QVERIFY(!isSet(load.cls));
    QVERIFY(!isSet(load.tbt));
    QVERIFY(!isSet(load.connect)); // connectEnd before connectStart
    QCOMPARE(load.fid, 1e-300);
    QVERIFY(!isSet(views[1].inp));
    for (const Resource &resource : recordsOf<Resource>(parsed->records)) {
        QVERIFY(!isSet(resource.startTime));
        QVERIFY(!isSet(resource.duration));
        QVERIFY(!isSet(resource.transferSize));
        QVERIFY(!isSet(resource.httpStatus));
    }
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(parsed->records);
    QCOMPARE(errors.size(), size_t(3)); // the failed fetch and the two errors
    for (const ErrorEvent &error : errors) {
        for (const StackFrame &frame : error.frames) {
            QCOMPARE(frame.line, 0);
            QCOMPARE(frame.column, 0);
        }
    }
}

void TestElastic::unknownLinesAreIgnored()
{
    // Later intake versions may add line types; metricsets carry nothing this model keeps.
    const QByteArray body =
        kMetadataLine + '\n' + R"({"metricset":{"samples":{"x":{"value":1}}}})" + '\n' +
        R"({"log":{"message":"hello"}})" + '\n' + "{}\n" +
        R"({"x":{"t":"route-change","d":10,"c":{"p":{"url":"http://a/b"}}}})" + "\r\n" +
        R"({"metadata":{"service":{"name":"second-app","version":"2","environment":"prod"}}})" +
        '\n' + R"({"transaction":{"type":"custom","name":"checkout","duration":42.5}})";
    BeaconParser parser;
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Elastic, elasticPayload(body));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    const std::vector<PageView> views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views.front().navigationType, QStringLiteral("route-change"));
    QCOMPARE(views.front().app, QStringLiteral("hostile-web"));
    // A second metadata line (files concatenate payloads) files what follows under it.
    const std::vector<Measurement> measurements = recordsOf<Measurement>(parsed->records);
    QCOMPARE(measurements.size(), size_t(1));
    QCOMPARE(measurements.front().name, QStringLiteral("checkout"));
    QCOMPARE(measurements.front().value, 42.5);
    QCOMPARE(measurements.front().app, QStringLiteral("second-app"));
    QCOMPARE(measurements.front().release, QStringLiteral("2"));
    QVERIFY(measurements.front().sessionId != views.front().sessionId);
    QCOMPARE(recordsOf<Session>(parsed->records).size(), size_t(2));
}

void TestElastic::metadataUserAndNetwork_data()
{
    QTest::addColumn<QByteArray>("body");
    // formats.md §4.3: metadata user → u, network.connection.type → n.c.t.
    QTest::newRow("v3") << QByteArray(
        R"({"m":{"se":{"n":"shop","ve":"2.0","en":"prod"},)"
        R"("u":{"id":"u-7"},"n":{"c":{"t":"3g"}}}})"
        "\n"
        R"({"x":{"t":"page-load","d":10,"c":{"p":{"url":"http://a/"}},)"
        R"("y":[{"t":"external","su":"http","n":"fetchData","d":4}]}})");
    QTest::newRow("v2") << QByteArray(
        R"({"metadata":{"service":{"name":"shop","version":"2.0",)"
        R"("environment":"prod"},"user":{"id":"u-7"},)"
        R"("network":{"connection":{"type":"3g"}}}})"
        "\n"
        R"({"transaction":{"id":"t1","type":"page-load","duration":10,)"
        R"("context":{"page":{"url":"http://a/"}}}})"
        "\n"
        R"({"span":{"transaction_id":"t1","type":"external",)"
        R"("subtype":"http","name":"fetchData","duration":4}})");
}

void TestElastic::metadataUserAndNetwork()
{
    QFETCH(QByteArray, body);
    BeaconParser parser;
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Elastic, elasticPayload(body));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    const std::vector<PageView> views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views.front().effectiveType, QStringLiteral("3g"));
    QCOMPARE(views.front().app, QStringLiteral("shop"));
    QCOMPARE(views.front().release, QStringLiteral("2.0"));
    QCOMPARE(views.front().env, QStringLiteral("prod"));
    const std::vector<Session> sessions = recordsOf<Session>(parsed->records);
    QCOMPARE(sessions.size(), size_t(1));
    QCOMPARE(sessions.front().userId, QStringLiteral("u-7"));
    QCOMPARE(sessions.front().sessionId, views.front().sessionId);
    // An HTTP span named by the site, not "METHOD url", gives no made-up URL.
    QCOMPARE(recordsOf<Resource>(parsed->records).size(), size_t(0));
}

void TestElastic::hugeSpanArrays()
{
    const auto payloadWithSpans = [](int spans, const QByteArray &span) -> QByteArray {
        QByteArray body = kMetadataLine + "\n{\"x\":{\"t\":\"page-load\",\"d\":5,"
                                          "\"c\":{\"p\":{\"url\":\"http://a/\"}},\"y\":[";
        for (int i = 0; i < spans; ++i) {
            if (i)
                body += ',';
            body += span;
        }
        return body + "]}}\n";
    };
    const QByteArray resource = R"({"t":"resource","n":"http://a/r.png","s":1,"d":2})";
    BeaconParser parser;
    QElapsedTimer timer;
    timer.start();
    // More spans than a payload may turn into records: refused as a whole, and quickly.
    Result<ParsedBeacon> parsed =
        parser.parse(WireFormat::Elastic, elasticPayload(payloadWithSpans(150000, resource)));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(u"100000"), qPrintable(parsed.error().message));
    // Many spans within the limit all count.
    parsed = parser.parse(WireFormat::Elastic, elasticPayload(payloadWithSpans(20000, resource)));
    QVERIFY(parsed);
    QCOMPARE(recordsOf<Resource>(parsed->records).size(), size_t(20000));
    // A million items that are no spans cost a walk over them and nothing else.
    parsed = parser.parse(WireFormat::Elastic, elasticPayload(payloadWithSpans(1000000, "0")));
    QVERIFY(parsed);
    QCOMPARE(recordsOf<Resource>(parsed->records).size(), size_t(0));
    // Stack frames beyond any real stack are cut.
    QByteArray frames = kMetadataLine + "\n{\"e\":{\"ex\":{\"mg\":\"deep\",\"st\":[";
    for (int i = 0; i < 50000; ++i)
        frames += i ? ",{\"li\":1}" : "{\"li\":1}";
    parsed = parser.parse(WireFormat::Elastic, elasticPayload(frames + "]}}}\n"));
    QVERIFY(parsed);
    QCOMPARE(recordsOf<ErrorEvent>(parsed->records).front().frames.size(), 100);
    QVERIFY2(timer.elapsed() < 30000, "hostile payloads must not take long");
}

void TestElastic::eachLoadIsAView()
{
    // A visitor loads /p from / twice in one session (a reload, or back and forth): two views,
    // and each page-exit, error and click lands on the load it followed.
    BeaconParser parser;
    const qint64 t = kVisitStart;
    const std::vector<Record> records = parseVisit(
        parser,
        {visitPayload(pageLoadLine("a000000000000001", "http://a/p#top", "http://a/", 800),
                      t + 1000),
         visitPayload(errorLine("http://a/p", "http://a/", "first"), t + 5000),
         visitPayload(pageExitLine("http://a/p", "http://a/", 120), t + 9000),
         visitPayload(pageLoadLine("a000000000000002", "http://a/p", "http://a/", 600), t + 11000),
         visitPayload(clickLine("http://a/p", "http://a/") +
                          errorLine("http://a/p#reviews", "http://a/", "second"),
                      t + 15000),
         visitPayload(pageExitLine("http://a/p", "http://a/", 200), t + 19000)});
    QVERIFY(!records.empty());
    const std::vector<PageView> views = mergedViews(records);
    QCOMPARE(views.size(), size_t(2));
    const PageView &first = views[0];
    const PageView &second = views[1];
    QVERIFY(first.viewId != second.viewId);
    QCOMPARE(first.sessionId, second.sessionId);
    QCOMPARE(first.time, t + 1000 - 800);
    QCOMPARE(second.time, t + 11000 - 600);
    QCOMPARE(first.lcp, 400.0);
    QCOMPARE(second.lcp, 300.0);
    QCOMPARE(first.inp, 120.0);
    QCOMPARE(second.inp, 200.0);
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(records);
    QCOMPARE(errors.size(), size_t(2));
    QCOMPARE(errors[0].viewId, first.viewId);
    QCOMPARE(errors[1].viewId, second.viewId); // the fragment is no other page
    QCOMPARE(recordsOf<Interaction>(records).front().viewId, second.viewId);
    for (const Record &record : records)
        QCOMPARE(eventBase(record).sessionId, first.sessionId);

    // The same beacons parsed again (a second import of the file) give the same ids, so the
    // store merges them instead of counting the loads twice. Files carry no client address;
    // over HTTP the address is salted with a secret of the process, so there another process
    // gives other ids.
    const auto importedViews = [&](const QByteArray &address) {
        BeaconParser parser;
        return mergedViews(parseVisit(
            parser, {visitPayload(pageLoadLine("a000000000000001", "http://a/p", "http://a/", 800),
                                  t + 1000, address),
                     visitPayload(pageLoadLine("a000000000000002", "http://a/p", "http://a/", 600),
                                  t + 11000, address)}));
    };
    const std::vector<PageView> imported = importedViews({});
    const std::vector<PageView> reimported = importedViews({});
    QCOMPARE(imported.size(), size_t(2));
    QCOMPARE(reimported.size(), size_t(2));
    QCOMPARE(reimported[0].viewId, imported[0].viewId);
    QCOMPARE(reimported[1].viewId, imported[1].viewId);
    QVERIFY(importedViews(kAddress)[0].viewId != first.viewId);
}

void TestElastic::visitorsToldApartByAddress()
{
    // Two visitors with one browser build and language, on one day, from two addresses.
    BeaconParser parser;
    const QByteArray load = pageLoadLine("b000000000000001", "http://a/", "", 500);
    const QByteArray other = pageLoadLine("b000000000000002", "http://a/", "", 500);
    const std::vector<Record> first =
        parseVisit(parser, {visitPayload(load, kVisitStart, "198.51.100.23")});
    const std::vector<Record> second =
        parseVisit(parser, {visitPayload(other, kVisitStart + 60000, "203.0.113.9")});
    const std::vector<Record> later = parseVisit(
        parser,
        {visitPayload(errorLine("http://a/", "", "x"), kVisitStart + 90000, "198.51.100.23")});
    QCOMPARE(recordsOf<Session>(first).size(), size_t(1));
    QCOMPARE(recordsOf<Session>(second).size(), size_t(1));
    const QString a = recordsOf<Session>(first).front().sessionId;
    const QString b = recordsOf<Session>(second).front().sessionId;
    QVERIFY(!a.isEmpty());
    QVERIFY(a != b);
    // The first visitor's next request is the same visit, on the view of its own load.
    QCOMPARE(recordsOf<ErrorEvent>(later).front().sessionId, a);
    QCOMPARE(recordsOf<ErrorEvent>(later).front().viewId,
             recordsOf<PageView>(first).front().viewId);
    // Without an address (a file of bodies only) there is still one session per browser.
    const std::vector<Record> unaddressed =
        parseVisit(parser, {visitPayload(load, kVisitStart, QByteArray()),
                            visitPayload(other, kVisitStart + 60000, QByteArray())});
    QCOMPARE(recordsOf<Session>(unaddressed).size(), size_t(2));
    QCOMPARE(recordsOf<Session>(unaddressed)[0].sessionId,
             recordsOf<Session>(unaddressed)[1].sessionId);
    QVERIFY(recordsOf<Session>(unaddressed)[0].sessionId != a);
}

void TestElastic::agentSessionAdopted_data()
{
    QTest::addColumn<QByteArray>("loadWithSession");
    QTest::newRow("v3 ses") << QByteArray(
        pageLoadLine("c000000000000001", "http://a/", "", 400, "9e907c6d2445013b"));
    QTest::newRow("v2 session") << QByteArray(
        R"({"transaction":{"id":"c000000000000001","type":"page-load","duration":400,)"
        R"("context":{"page":{"url":"http://a/","referer":""}},)"
        R"("session":{"id":"9e907c6d2445013b","sequence":1}}})"
        "\n");
}

void TestElastic::agentSessionAdopted()
{
    QFETCH(QByteArray, loadWithSession);
    const QString agentSession = QStringLiteral("9e907c6d2445013b");
    BeaconParser parser;
    const std::vector<Record> before =
        parseVisit(parser, {visitPayload(errorLine("http://a/x", "", "early"), kVisitStart)});
    const std::vector<Record> after = parseVisit(
        parser,
        {visitPayload(loadWithSession, kVisitStart + 5000),
         visitPayload(clickLine("http://a/", ""), kVisitStart + 8000),
         visitPayload(pageExitLine("http://a/", "", 88) + errorLine("http://a/y", "", "later"),
                      kVisitStart + 9000)});
    // What came before the agent named the session keeps the derived id.
    QCOMPARE(recordsOf<ErrorEvent>(before).size(), size_t(1));
    const QString derived = recordsOf<ErrorEvent>(before).front().sessionId;
    QVERIFY(derived.startsWith(u"els-"));
    // From the load that names it on, every record of the visit carries the agent's id, those
    // of later beacons without it too.
    QVERIFY(!after.empty());
    for (const Record &record : after)
        QCOMPARE(eventBase(record).sessionId, agentSession);
    QVERIFY(!recordsOf<Session>(after).empty());
    QCOMPARE(mergedViews(after).size(), size_t(1));
    QCOMPARE(mergedViews(after).front().inp, 88.0);
    // Another visitor is not taken for it.
    const std::vector<Record> stranger = parseVisit(
        parser, {visitPayload(clickLine("http://a/", ""), kVisitStart + 9500, "203.0.113.9")});
    QVERIFY(recordsOf<Interaction>(stranger).front().sessionId != agentSession);
}

void TestElastic::inpZero()
{
    BeaconParser parser;
    const qint64 t = kVisitStart;
    const std::vector<Record> records = parseVisit(
        parser, {// Every interaction on /quick was below 40 ms: the agent reports 0.
                 visitPayload(pageLoadLine("d000000000000001", "http://a/quick", "", 300), t),
                 visitPayload(pageExitLine("http://a/quick", "", 0), t + 4000),
                 // /slow: 150, then 0 at the next unload, once INP was reset.
                 visitPayload(pageLoadLine("d000000000000002", "http://a/slow", "", 300), t + 5000),
                 visitPayload(pageExitLine("http://a/slow", "", 150), t + 9000),
                 // The load sent again (a retry) is the same view, and still knows its INP.
                 visitPayload(pageLoadLine("d000000000000002", "http://a/slow", "", 300), t + 9005),
                 visitPayload(pageExitLine("http://a/slow", "", 0), t + 9010)});
    const std::vector<PageView> views = mergedViews(records);
    QCOMPARE(views.size(), size_t(2));
    QCOMPARE(views[0].url, QStringLiteral("http://a/quick"));
    QCOMPARE(views[0].inp, 0.0);
    QCOMPARE(views[1].url, QStringLiteral("http://a/slow"));
    QCOMPARE(views[1].inp, 150.0);
    int exits = 0;
    for (const PageView &part : recordsOf<PageView>(records))
        exits += isSet(part.inp);
    QCOMPARE(exits, 2); // the 0 after 150 made no record

    // Both reports in one request: the same.
    BeaconParser single;
    const std::vector<PageView> batched = mergedViews(parseVisit(
        single,
        {visitPayload(pageLoadLine("d000000000000003", "http://a/slow", "", 300), t),
         visitPayload(pageExitLine("http://a/slow", "", 150) + pageExitLine("http://a/slow", "", 0),
                      t + 9000)}));
    QCOMPARE(batched.size(), size_t(1));
    QCOMPARE(batched.front().inp, 150.0);
}

void TestElastic::recordsAheadOfTheirLoad_data()
{
    QTest::addColumn<QByteArray>("ahead");
    QTest::addColumn<qint64>("aheadAt");
    QTest::addColumn<bool>("onTheLoad");
    // The page-load arrives at +5 s and lasted 4.5 s: it started at +0.5 s.
    const QByteArray error = errorLine("http://a/", "", "while loading");
    QTest::newRow("error during the load") << error << qint64(1000) << true;
    // v3 fixture: an http-request received 1 s before its page-load, which by its receipt
    // and duration started 0.5 s after the request.
    QTest::newRow("error a second before the computed start") << error << qint64(-500) << true;
    QTest::newRow("error a minute before the load") << error << qint64(-60000) << false;
    QTest::newRow("page-exit of the document before")
        << pageExitLine("http://a/", "", 96) << qint64(1000) << false;
}

void TestElastic::recordsAheadOfTheirLoad()
{
    // The agent sends the page-load once the page has loaded, so an error thrown while it
    // loaded arrives first. It waits on a stand-in view that the load then takes over; what
    // came long before the load, or a page-exit (of the document before), is not taken over.
    QFETCH(QByteArray, ahead);
    QFETCH(qint64, aheadAt);
    QFETCH(bool, onTheLoad);
    BeaconParser parser;
    const std::vector<Record> first =
        parseVisit(parser, {visitPayload(ahead, kVisitStart + aheadAt)});
    QCOMPARE(first.size(), size_t(2)); // the session, and the error or the INP
    const EventBase &early = eventBase(first[1]);
    const Payload loadPayload =
        visitPayload(pageLoadLine("e000000000000001", "http://a/", "", 4500), kVisitStart + 5000);
    // The page-load twice (a retry): one view still.
    const std::vector<Record> load =
        parseVisit(parser, {loadPayload, loadPayload,
                            visitPayload(pageExitLine("http://a/", "", 64), kVisitStart + 9000)});
    const std::vector<PageView> views = mergedViews(load);
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views.front().time, kVisitStart + 500);
    QCOMPARE(views.front().inp, 64.0);
    QCOMPARE(early.viewId == views.front().viewId, onTheLoad);
    QCOMPARE(early.sessionId, views.front().sessionId);
}

void TestElastic::forgottenViewsFallBack()
{
    // Nothing remembered (a new process, or a view forgotten to make room): a page-exit still
    // gives its INP, on the view id derived from session, URL and referrer.
    formats::ParserState state;
    state.elastic = formats::ElasticViews(1);
    JsonDocument json;
    const auto parse = [&](const Payload &payload) {
        const formats::Input input{payload, json, &state};
        formats::Output output = formats::parseElastic(input);
        return output ? std::move(output).value() : std::vector<Record>();
    };
    const std::vector<Record> load =
        parse(visitPayload(pageLoadLine("f000000000000001", "http://a/x", "", 300), kVisitStart));
    parse(visitPayload(pageLoadLine("f000000000000002", "http://a/y", "", 300), kVisitStart + 1));
    QCOMPARE(state.elastic.viewCount(), qsizetype(1)); // /x made room for /y
    const std::vector<Record> exit =
        parse(visitPayload(pageExitLine("http://a/x", "", 180), kVisitStart + 5000));
    const std::vector<PageView> parts = recordsOf<PageView>(exit);
    QCOMPARE(parts.size(), size_t(1));
    QCOMPARE(parts.front().inp, 180.0);
    QVERIFY(!parts.front().viewId.isEmpty());
    QVERIFY(parts.front().viewId != recordsOf<PageView>(load).front().viewId);
    QCOMPARE(parts.front().sessionId, recordsOf<PageView>(load).front().sessionId);

    // Another process derives the same id for it from the same beacon (a file, without a
    // client address).
    const auto fallbackViewOf = [](const QByteArray &address) {
        BeaconParser parser;
        const std::vector<Record> records = parseVisit(
            parser,
            {visitPayload(pageExitLine("http://a/x", "", 180), kVisitStart + 5000, address)});
        const std::vector<PageView> views = recordsOf<PageView>(records);
        return views.size() == 1 ? views.front().viewId : QString();
    };
    QVERIFY(!fallbackViewOf({}).isEmpty());
    QCOMPARE(fallbackViewOf({}), fallbackViewOf({}));
}

void TestElastic::boundedMapForgetsLeastRecentlyUsed()
{
    formats::BoundedMap<int> map(2);
    map.insert(1, 10);
    map.insert(2, 20);
    QVERIFY(map.find(1)); // 1 is the most recently used now
    map.insert(3, 30);
    QCOMPARE(map.size(), qsizetype(2));
    QVERIFY(!map.find(2));
    QCOMPARE(*map.find(1), 10);
    QCOMPARE(*map.find(3), 30);
    map.insert(1, 11); // an update makes no room
    QCOMPARE(map.size(), qsizetype(2));
    QCOMPARE(*map.find(1), 11);
    QCOMPARE(formats::ElasticViews::kCapacity, qsizetype(100000));
}

void TestElastic::addressIsNeverStored_data()
{
    QTest::addColumn<QByteArray>("address");
    QTest::newRow("IPv4") << QByteArray("203.0.113.77");
    QTest::newRow("IPv6") << QByteArray("2001:db8:85a3::8a2e:370:7334");
}

void TestElastic::addressIsNeverStored()
{
    // The address goes into the session hash and nowhere else: no field of any record, as the
    // store would write it, holds it.
    QFETCH(QByteArray, address);
    for (const QString &fixture : {kV3, kV2, kV2Plain}) {
        BeaconParser parser;
        size_t records = 0;
        for (FixtureRequest request : loadBeacons(fixture)) {
            request.payload.clientAddress = address;
            Result<ParsedBeacon> parsed = parser.parse(WireFormat::Elastic, request.payload);
            QVERIFY(parsed);
            for (const Record &record : parsed->records) {
                ++records;
                const QByteArray line = toCanonicalLine(record);
                QVERIFY2(!line.contains(address), line.constData());
            }
        }
        QVERIFY(records > 100);
    }
}

QTEST_GUILESS_MAIN(TestElastic)
#include "tst_elastic.moc"
