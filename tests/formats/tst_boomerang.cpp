// The boomerang parser on beacons real boomerang 1.815.1 sent from Chromium (tests/data/fixtures,
// boomerang = sendBeacon POSTs, boomerang-get = <img> GETs), and on hostile ones.
#include "fixtures.h"

#include "ingest/formats/beaconsupport.h"
#include "ingest/formats/boomerangrestiming.h"
#include "ingest/formats/jsurl.h"
#include "model/fields.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace rumscope;
using namespace rumscope::test;

namespace {

const QString kPost = QStringLiteral("boomerang");
const QString kGet = QStringLiteral("boomerang-get");

// The rt.si cookies of the captured browser sessions, as the beacons carry them.
const QString kPostDesktop = QStringLiteral("92c1e240-a83b-488d-a6d5-2a03215be44c-tp6bar");
const QString kPostMobile = QStringLiteral("4151cbeb-9aae-452d-a616-50befb5845c8-tp6bbt");
const QString kGetDesktop = QStringLiteral("b1df9d6b-4d19-48ff-867e-1b8b11cca1a9-tp6bes");
const QString kGetMobile = QStringLiteral("ed41f008-04a2-4725-9f77-f254e6f1132a-tp6bfs");

constexpr qint64 kPostDesktopIndexStart = 1795804083382; // nt_nav_st of /index.html

Result<ParsedBeacon> parse(const Payload &payload)
{
    BeaconParser parser;
    return parser.parse(WireFormat::Boomerang, payload);
}

Payload post(const QByteArray &body)
{
    Payload payload;
    payload.method = "POST";
    payload.path = "/beacon/boomerang";
    payload.headers = {{"content-type", "application/x-www-form-urlencoded"},
                       {"user-agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0"}};
    payload.body = body;
    return payload;
}

Payload get(const QByteArray &query)
{
    Payload payload = post({});
    payload.method = "GET";
    payload.headers.removeFirst();
    payload.query = query;
    return payload;
}

/// A minimal page-load beacon the hostile tests vary.
QByteArray pageLoad(const QByteArray &extra = {})
{
    return "v=1.815.1&u=http%3A%2F%2Fshop.example%2F&pid=p1&rt.si=s1&rt.ss=1795804083382"
           "&rt.tstart=1795804083382&nt_nav_st=1795804083382&rt.sl=1" +
           extra;
}

template<class R>
std::vector<R> matching(const std::vector<R> &records,
                        const std::function<bool(const R &)> &predicate)
{
    std::vector<R> result;
    for (const R &record : records) {
        if (predicate(record))
            result.push_back(record);
    }
    return result;
}

template<class R>
std::vector<R> matching(const std::vector<Record> &records,
                        const std::function<bool(const R &)> &predicate)
{
    return matching<R>(recordsOf<R>(records), predicate);
}

QString pathOf(const PageView &view)
{
    return formats::urlPath(view.url);
}

/// The hard page load of a path in one session: the view whose load beacon set its URL.
PageView hardLoad(const std::vector<Record> &records, const QString &session, const QString &path)
{
    const auto views = matching<PageView>(records, [&](const PageView &v) {
        return v.sessionId == session && v.navigationType == u"navigate" && pathOf(v) == path;
    });
    if (views.size() != 1)
        qWarning("%zu hard loads of %s", views.size(), qPrintable(path));
    return views.empty() ? PageView() : views.front();
}

/// The names of the fields a record sets, to compare what two beacons report.
template<class R> QStringList setFields(const R &record)
{
    QStringList names;
    for (const Field<R> &field : fieldsOf<R>()) {
        const bool set = std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(record.*member)>;
                if constexpr (std::is_same_v<T, double>)
                    return isSet(record.*member);
                else if constexpr (std::is_same_v<T, qint64>)
                    return record.*member != 0;
                else if constexpr (std::is_same_v<T, std::optional<bool>>)
                    return (record.*member).has_value();
                else
                    return !(record.*member).isEmpty();
            },
            field.member);
        if (set)
            names.append(QString::fromLatin1(field.key));
    }
    return names;
}

} // namespace

class TestBoomerang : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBeaconParses_data();
    void everyBeaconParses();
    void sessionsOfBothBrowsers_data();
    void sessionsOfBothBrowsers();
    void pageViewsKeepTheirIdAndTime_data();
    void pageViewsKeepTheirIdAndTime();
    void pageLoadTimings();
    void paintAndInpFromTheGetVariant();
    void routeChanges();
    void unloadBeaconsCompleteTheirPage();
    void inpIsAnInteraction_data();
    void inpIsAnInteraction();
    void inpInteractionsJoinTheViewTheyHappenedIn();
    void resourcesFromRestiming();
    void errorsFromTheErrorsPlugin_data();
    void errorsFromTheErrorsPlugin();
    void longTasksFromContinuity();
    void otherBeaconKinds();
    void postAndGetGiveTheSameRecords();
    void postAndGetFixturesReportTheSameFields();
    void fileLinesAndLoggedUrls();
    void restimingRecords();
    void restimingTrie();
    void jsurlValues();
    void notBoomerangIsAnError_data();
    void notBoomerangIsAnError();
    void malformedFieldsAreDropped();
    void absurdNumbersAreDropped();
    void invalidUtf8();
    void deepNesting_data();
    void deepNesting();
    void hugeRestimingIsBounded();
    void manyErrorsAndParametersAreBounded();
    void truncatedBeacons();
};

void TestBoomerang::everyBeaconParses_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("POST") << kPost;
    QTest::newRow("GET") << kGet;
}

void TestBoomerang::everyBeaconParses()
{
    QFETCH(QString, fixture);
    const QList<FixtureRequest> beacons = loadBeacons(fixture);
    QCOMPARE(beacons.size(), 22);
    for (const FixtureRequest &request : beacons) {
        const Result<ParsedBeacon> parsed = parse(request.payload);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString()
                                                     : QStringLiteral("line %1: %2")
                                                           .arg(request.payload.originLine)
                                                           .arg(parsed.error().message)));
        // Every beacon says at least which session it belongs to.
        QVERIFY(!recordsOf<Session>(parsed->records).empty());
        // Real beacons hold no value the range checks would have to drop.
        QVERIFY2(parsed->notes.isEmpty(), qPrintable(parsed->notes.join(u'\n')));
    }
}

void TestBoomerang::sessionsOfBothBrowsers_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("desktop");
    QTest::addColumn<QString>("mobile");
    QTest::newRow("POST") << kPost << kPostDesktop << kPostMobile;
    QTest::newRow("GET") << kGet << kGetDesktop << kGetMobile;
}

void TestBoomerang::sessionsOfBothBrowsers()
{
    QFETCH(QString, fixture);
    QFETCH(QString, desktop);
    QFETCH(QString, mobile);
    QHash<QString, QSet<QString>> idsByBrowser;
    for (const FixtureRequest &request : loadBeacons(fixture)) {
        const Result<ParsedBeacon> parsed = parse(request.payload);
        QVERIFY(parsed.ok());
        for (const Record &record : parsed->records)
            idsByBrowser[request.session].insert(eventBase(record).sessionId);
    }
    QCOMPARE(idsByBrowser.value(QStringLiteral("desktop-win-chrome")), QSet<QString>{desktop});
    QCOMPARE(idsByBrowser.value(QStringLiteral("mobile-android-3g")), QSet<QString>{mobile});

    const ParsedBeacon all = parseFixture(fixture, WireFormat::Boomerang);
    for (const QString &session : {desktop, mobile}) {
        const auto records = matching<Session>(
            all.records, [&](const Session &s) { return s.sessionId == session; });
        QCOMPARE(records.size(), size_t(11)); // one per beacon
        // rt.sl counts the session's pages: 3 loads and 3 route changes at the end.
        QCOMPARE(records.back().pageViews, 6.0);
        const auto entries = matching<Session>(all.records, [&](const Session &s) {
            return s.sessionId == session && !s.entryUrl.isEmpty();
        });
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries.front().entryUrl, QStringLiteral("http://127.0.0.1:8700/index.html"));
    }
}

void TestBoomerang::pageViewsKeepTheirIdAndTime_data()
{
    sessionsOfBothBrowsers_data();
}

void TestBoomerang::pageViewsKeepTheirIdAndTime()
{
    QFETCH(QString, fixture);
    QFETCH(QString, desktop);
    QFETCH(QString, mobile);
    const ParsedBeacon all = parseFixture(fixture, WireFormat::Boomerang);
    const std::vector<PageView> views = recordsOf<PageView>(all.records);
    QHash<QString, qint64> timeOfView;
    QHash<QString, QString> sessionOfView;
    for (const PageView &view : views) {
        QVERIFY(!view.viewId.isEmpty());
        // The store merges the parts of a view by id; they must agree on when it started.
        if (timeOfView.contains(view.viewId))
            QCOMPARE(view.time, timeOfView.value(view.viewId));
        timeOfView.insert(view.viewId, view.time);
        sessionOfView.insert(view.viewId, view.sessionId);
    }
    for (const QString &session : {desktop, mobile}) {
        QStringList hard;
        QStringList routes;
        QSet<QString> ids;
        for (const PageView &view : views) {
            if (view.sessionId != session)
                continue;
            ids.insert(view.viewId);
            if (view.navigationType == u"navigate")
                hard.append(pathOf(view));
            else if (view.navigationType == u"route-change")
                routes.append(pathOf(view));
            else
                QVERIFY2(view.navigationType.isEmpty(), qPrintable(view.navigationType));
        }
        // 3 hard page loads and 3 SPA route changes (pushState twice, then history.back()).
        QCOMPARE(ids.size(), 6);
        QCOMPARE(hard, (QStringList{QStringLiteral("/index.html"), QStringLiteral("/products.html"),
                                    QStringLiteral("/app/")}));
        QCOMPARE(routes,
                 (QStringList{QStringLiteral("/app/details"), QStringLiteral("/app/settings"),
                              QStringLiteral("/app/details")}));
    }
    // Errors, resources and long tasks belong to a view of their own session.
    for (const Record &record : all.records) {
        const EventBase &base = eventBase(record);
        if (recordType(record) == RecordType::Session)
            continue;
        QVERIFY(sessionOfView.contains(base.viewId));
        QCOMPARE(sessionOfView.value(base.viewId), base.sessionId);
    }
}

void TestBoomerang::pageLoadTimings()
{
    const ParsedBeacon all = parseFixture(kPost, WireFormat::Boomerang);
    const PageView index = hardLoad(all.records, kPostDesktop, QStringLiteral("/index.html"));
    QCOMPARE(index.time, kPostDesktopIndexStart);
    QCOMPARE(index.url, QStringLiteral("http://127.0.0.1:8700/index.html"));
    QCOMPARE(index.lcp, 1284.0); // pt.lcp
    QCOMPARE(index.fcp, 1284.0); // pt.fcp
    QCOMPARE(index.lcpElement, QStringLiteral("img#hero"));
    QCOMPARE(index.lcpResourceUrl, QStringLiteral("http://127.0.0.1:8700/assets/img/hero.png"));
    QCOMPARE(index.ttfb, 8.0);              // nt_res_st - nt_nav_st
    QCOMPARE(index.dns, 0.0);               // loopback
    QCOMPARE(index.domInteractive, 1229.0); // nt_domint - nt_nav_st
    QCOMPARE(index.domContentLoaded, 1237.0);
    QCOMPARE(index.load, 1238.0); // nt_load_end - nt_nav_st, = t_done
    QCOMPARE(index.cls, 0.035);   // the promo banner's shift
    QCOMPARE(index.clsTarget, QStringLiteral("main"));
    QCOMPARE(index.effectiveType, QStringLiteral("4g"));
    QCOMPARE(index.rtt, 100.0);
    QCOMPARE(index.downlink, 1.4);
    QCOMPARE(index.screenWidth, 1440.0);
    QCOMPARE(index.screenHeight, 900.0);
    QCOMPARE(index.hardwareConcurrency, 2.0);
    QCOMPARE(index.deviceMemory, 16.0);
    QVERIFY(index.userAgent.contains(u"Windows NT 10.0"));

    const PageView app = hardLoad(all.records, kPostDesktop, QStringLiteral("/app/"));
    QCOMPARE(app.fcp, 324.0);
    QCOMPARE(app.lcp, 792.0);

    const PageView mobile = hardLoad(all.records, kPostMobile, QStringLiteral("/index.html"));
    QCOMPARE(mobile.lcp, 11220.0);
    QCOMPARE(mobile.fcp, 9960.0);
    QCOMPARE(mobile.effectiveType, QStringLiteral("3g"));
    QCOMPARE(mobile.rtt, 250.0);
    QCOMPARE(mobile.screenWidth, 412.0);
    QCOMPARE(mobile.devicePixelRatio, 2.625);
    QVERIFY(mobile.userAgent.contains(u"Android 10"));
}

void TestBoomerang::paintAndInpFromTheGetVariant()
{
    const ParsedBeacon all = parseFixture(kGet, WireFormat::Boomerang);
    // The capture notes a race: this load beacon left before the first contentful paint.
    const PageView index = hardLoad(all.records, kGetDesktop, QStringLiteral("/index.html"));
    QCOMPARE(index.lcp, 1264.0);
    QVERIFY(!isSet(index.fcp));
    const PageView mobile = hardLoad(all.records, kGetMobile, QStringLiteral("/index.html"));
    QCOMPARE(mobile.lcp, 11116.0);
    QCOMPARE(mobile.fcp, 9712.0);

    // INP arrives on the unload beacon, as a part of the hard load's view.
    const auto inp = matching<PageView>(
        all.records, [&](const PageView &v) { return v.viewId == index.viewId && isSet(v.inp); });
    QCOMPARE(inp.size(), size_t(1));
    QCOMPARE(inp.front().inp, 296.0);
    QCOMPARE(inp.front().inpTarget, QStringLiteral("button#btn-work"));
    QCOMPARE(inp.front().time, index.time);
}

void TestBoomerang::routeChanges()
{
    const ParsedBeacon all = parseFixture(kPost, WireFormat::Boomerang);
    const auto routes = matching<PageView>(all.records, [](const PageView &v) {
        return v.sessionId == kPostDesktop && v.navigationType == u"route-change";
    });
    QCOMPARE(routes.size(), size_t(3));
    const PageView &details = routes.front();
    QCOMPARE(details.url, QStringLiteral("http://127.0.0.1:8700/app/details"));
    QCOMPARE(details.time, 1795804103776); // rt.tstart: the route change, not the page load
    QCOMPARE(details.load, 446.0);         // t_done
    QCOMPARE(details.cls, 0.0);
    QCOMPARE(routes[1].url, QStringLiteral("http://127.0.0.1:8700/app/settings"));
    // history.back() to /app/details is a page view of its own.
    QCOMPARE(pathOf(routes[2]), QStringLiteral("/app/details"));
    QVERIFY(routes[2].viewId != details.viewId);
    QCOMPARE(routes[2].time, 1795804112724);

    const PageView app = hardLoad(all.records, kPostDesktop, QStringLiteral("/app/"));
    QVERIFY(app.viewId != details.viewId);
    // The first click (on the Details link) is the hard load's first input, reported by
    // the route change beacon that followed it.
    const auto fid = matching<PageView>(
        all.records, [&](const PageView &v) { return v.viewId == app.viewId && isSet(v.fid); });
    QCOMPARE(fid.size(), size_t(1));
    QCOMPARE(fid.front().fid, 13.0);
    QCOMPARE(fid.front().time, app.time);
    QVERIFY(fid.front().url.isEmpty());
}

void TestBoomerang::unloadBeaconsCompleteTheirPage()
{
    const QList<FixtureRequest> beacons = loadBeacons(kPost);
    // Line 11: the unload beacon of the SPA page, sent while /app/details was shown.
    const FixtureRequest &unload = beacons[10];
    QVERIFY(unload.payload.body.contains("rt.quit="));
    const Result<ParsedBeacon> parsed = parse(unload.payload);
    QVERIFY(parsed.ok());
    const std::vector<PageView> views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(1));
    const PageView &part = views.front();
    QCOMPARE(part.time, 1795804100826); // the SPA page's own navigation start
    QCOMPARE(part.inp, 296.0);
    // It must not move the hard load to the route it unloaded from.
    QVERIFY(part.url.isEmpty());
    QVERIFY(part.navigationType.isEmpty());

    const ParsedBeacon all = parseFixture(kPost, WireFormat::Boomerang);
    const PageView app = hardLoad(all.records, kPostDesktop, QStringLiteral("/app/"));
    QCOMPARE(part.viewId, app.viewId);

    const auto sessions = recordsOf<Session>(parsed->records);
    QCOMPARE(sessions.size(), size_t(1));
    QCOMPARE(sessions.front().exitUrl, QStringLiteral("http://127.0.0.1:8700/app/details"));
}

void TestBoomerang::inpIsAnInteraction_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("POST") << kPost;
    QTest::newRow("GET") << kGet;
}

void TestBoomerang::inpIsAnInteraction()
{
    QFETCH(QString, fixture);
    const ParsedBeacon all = parseFixture(fixture, WireFormat::Boomerang);
    const std::vector<PageView> views = mergedViews(all.records);
    const std::vector<Interaction> interactions = recordsOf<Interaction>(all.records);
    // Per browser: the index page's slowest click and the link that left it, the products
    // page's, the SPA's route link and its two slowest clicks after. The incremental INP
    // (et.inp.inc) reports each; the unload beacon's et.inp repeats one of them.
    QCOMPARE(interactions.size(), size_t(10));
    QSet<QString> seen;
    for (const Interaction &interaction : interactions) {
        const QString key = interaction.sessionId + u' ' + interaction.target + u' ' +
                            QString::number(interaction.time);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QCOMPARE(interaction.source, QStringLiteral("boomerang"));
        QVERIFY(!interaction.target.isEmpty());
        QVERIFY(isSet(interaction.duration));
        // Each beacon that reported one first also held its EventTiming entries.
        QVERIFY2(interaction.type.startsWith(u"pointer") || interaction.type == u"click",
                 qPrintable(interaction.type));
        const auto view = std::find_if(views.begin(), views.end(), [&](const PageView &v) {
            return v.viewId == interaction.viewId;
        });
        QVERIFY(view != views.end());
        QCOMPARE(view->sessionId, interaction.sessionId);
        QVERIFY(interaction.time >= view->time);
    }
    // Each page's INP, sent on its unload, is one of them.
    int pages = 0;
    for (const PageView &page : views) {
        if (page.navigationType != u"navigate" || !isSet(page.inp))
            continue;
        ++pages;
        QVERIFY2(std::any_of(interactions.begin(), interactions.end(),
                             [&](const Interaction &i) {
                                 return i.sessionId == page.sessionId &&
                                        i.target == page.inpTarget && i.duration == page.inp;
                             }),
                 qPrintable(page.url));
    }
    QCOMPARE(pages, 6);
}

void TestBoomerang::inpInteractionsJoinTheViewTheyHappenedIn()
{
    const ParsedBeacon all = parseFixture(kPost, WireFormat::Boomerang);
    const std::vector<Interaction> interactions = recordsOf<Interaction>(all.records);
    auto on = [&](const PageView &view) {
        return matching<Interaction>(interactions,
                                     [&](const Interaction &i) { return i.viewId == view.viewId; });
    };
    // The error beacon's incremental INP (button#btn-work, 304 ms, 3348 ms after the
    // navigation start it does not repeat), again as the unload beacon's et.inp.
    const PageView index = hardLoad(all.records, kPostDesktop, QStringLiteral("/index.html"));
    const std::vector<Interaction> indexClicks = on(index);
    QCOMPARE(indexClicks.size(), size_t(1));
    const Interaction &work = indexClicks.front();
    QCOMPARE(work.target, QStringLiteral("button#btn-work"));
    QCOMPARE(work.duration, 304.0);
    const std::vector<PageView> merged = mergedViews(all.records);
    const auto indexView = std::find_if(
        merged.begin(), merged.end(), [&](const PageView &v) { return v.viewId == index.viewId; });
    QVERIFY(indexView != merged.end());
    QCOMPARE(work.duration, indexView->inp);
    QCOMPARE(work.type, QStringLiteral("pointerdown")); // et.e code 12, interaction 4n4
    QCOMPARE(work.time, kPostDesktopIndexStart + 3348);
    QCOMPARE(work.sessionId, kPostDesktop);

    // The SPA: the click on the Details link came before the route change it started, on the
    // page load; the route change's beacon reported it. The next one reported the slow click
    // on /app/details, before the route to /app/settings began.
    const PageView app = hardLoad(all.records, kPostDesktop, QStringLiteral("/app/"));
    const auto routes = matching<PageView>(all.records, [](const PageView &v) {
        return v.sessionId == kPostDesktop && v.navigationType == u"route-change";
    });
    QCOMPARE(routes.size(), size_t(3));
    const std::vector<Interaction> appClicks = on(app);
    QCOMPARE(appClicks.size(), size_t(1));
    QCOMPARE(appClicks.front().target, QStringLiteral("a#route-details"));
    QCOMPARE(appClicks.front().duration, 72.0);
    QCOMPARE(appClicks.front().time, app.time + 2919);
    QVERIFY(appClicks.front().time < routes[0].time);
    const std::vector<Interaction> detailsClicks = on(routes[0]);
    QCOMPARE(detailsClicks.size(), size_t(1));
    QCOMPARE(detailsClicks.front().target, QStringLiteral("button#btn-work"));
    QCOMPARE(detailsClicks.front().duration, 296.0);
    QCOMPARE(detailsClicks.front().time, app.time + 6050);
    QVERIFY(detailsClicks.front().time < routes[1].time);
    QVERIFY(on(routes[1]).empty() && on(routes[2]).empty());

    // Parsed alone, the error beacon cannot tell when its interaction was (no navigation
    // start), and the unload beacon tells its INP without the event type (its entries went
    // with the error beacon).
    const QList<FixtureRequest> beacons = loadBeacons(kPost);
    BeaconParser alone;
    Result<ParsedBeacon> error = alone.parse(WireFormat::Boomerang, beacons[1].payload);
    QVERIFY(error.ok());
    QVERIFY(recordsOf<Interaction>(error->records).empty());
    Result<ParsedBeacon> unload = alone.parse(WireFormat::Boomerang, beacons[2].payload);
    QVERIFY(unload.ok());
    const std::vector<Interaction> fromUnload = recordsOf<Interaction>(unload->records);
    QCOMPARE(fromUnload.size(), size_t(1));
    QCOMPARE(fromUnload.front().time, work.time);
    QCOMPARE(fromUnload.front().viewId, index.viewId);
    QVERIFY(fromUnload.front().type.isEmpty());
}

void TestBoomerang::resourcesFromRestiming()
{
    const ParsedBeacon all = parseFixture(kPost, WireFormat::Boomerang);
    const PageView index = hardLoad(all.records, kPostDesktop, QStringLiteral("/index.html"));
    const auto ofIndex = matching<Resource>(
        all.records, [&](const Resource &r) { return r.viewId == index.viewId; });
    QCOMPARE(ofIndex.size(), size_t(25));
    const auto slow = matching<Resource>(ofIndex, [](const Resource &r) {
        return r.url == u"http://127.0.0.1:8700/assets/slow.js?ms=900&busy=150&page=home";
    });
    QCOMPARE(slow.size(), size_t(1));
    QCOMPARE(slow.front().initiatorType, QStringLiteral("script"));
    QCOMPARE(slow.front().startTime, 42.0);
    QCOMPARE(slow.front().duration, 965.0); // the 900 ms server delay
    QCOMPARE(slow.front().time, kPostDesktopIndexStart + 42);
    QCOMPARE(slow.front().encodedSize, 193.0);
    QCOMPARE(slow.front().transferSize, 493.0);
    QCOMPARE(slow.front().protocol, QStringLiteral("http/1.1"));
    const auto hero = matching<Resource>(ofIndex, [](const Resource &r) {
        return r.url == u"http://127.0.0.1:8700/assets/img/hero.png";
    });
    QCOMPARE(hero.size(), size_t(1)); // its element-dimension record is not a fetch
    QCOMPARE(hero.front().initiatorType, QStringLiteral("img"));
    QCOMPARE(hero.front().encodedSize, 112948.0);
    const auto document = matching<Resource>(
        ofIndex, [](const Resource &r) { return r.initiatorType == u"navigation"; });
    QCOMPARE(document.size(), size_t(1));
    QCOMPARE(document.front().url, QStringLiteral("http://127.0.0.1:8700/index.html"));
    QCOMPARE(document.front().duration, 9.0);

    // A route change's fetches belong to it and count from the route change.
    const auto details = matching<PageView>(all.records, [](const PageView &v) {
        return v.sessionId == kPostDesktop && v.navigationType == u"route-change";
    });
    const auto items = matching<Resource>(all.records, [](const Resource &r) {
        return r.url == u"http://127.0.0.1:8700/api/items?route=details" &&
               r.sessionId == kPostDesktop;
    });
    QCOMPARE(items.size(), size_t(1));
    QCOMPARE(items.front().viewId, details.front().viewId);
    QCOMPARE(items.front().initiatorType, QStringLiteral("fetch"));
    QCOMPARE(items.front().duration, 267.0);
    QCOMPARE(items.front().startTime, 7.0); // 2957 ms after the page's origin
    QCOMPARE(items.front().time, 1795804100826 + 2957);
}

void TestBoomerang::errorsFromTheErrorsPlugin_data()
{
    sessionsOfBothBrowsers_data();
}

void TestBoomerang::errorsFromTheErrorsPlugin()
{
    QFETCH(QString, fixture);
    QFETCH(QString, desktop);
    QFETCH(QString, mobile);
    const ParsedBeacon all = parseFixture(fixture, WireFormat::Boomerang);
    for (const QString &session : {desktop, mobile}) {
        const auto errors = matching<ErrorEvent>(
            all.records, [&](const ErrorEvent &e) { return e.sessionId == session; });
        // Console error, 404 on /api/reviews, the thrown Error, 404 on /api/inventory,
        // the TypeError and the unhandled rejection.
        QCOMPARE(errors.size(), size_t(6));
        const PageView index = hardLoad(all.records, session, QStringLiteral("/index.html"));
        const PageView app = hardLoad(all.records, session, QStringLiteral("/app/"));

        auto only = [&](const QString &message) {
            const auto found = matching<ErrorEvent>(
                errors, [&](const ErrorEvent &e) { return e.message == message; });
            if (found.size() != 1)
                qWarning("%zu errors say %s", found.size(), qPrintable(message));
            return found.empty() ? ErrorEvent() : found.front();
        };
        const ErrorEvent thrown =
            only(QStringLiteral("Deliberate test error: checkout button exploded"));
        QCOMPARE(thrown.kind, QStringLiteral("exception"));
        QCOMPARE(thrown.type, QStringLiteral("Error"));
        QCOMPARE(thrown.viewId, index.viewId);
        QVERIFY(!thrown.fingerprint.isEmpty());
        QCOMPARE(thrown.frames.size(), 1);
        QCOMPARE(thrown.frames[0].function, QStringLiteral("HTMLButtonElement.onBreakClick"));
        QCOMPARE(thrown.frames[0].file, QStringLiteral("http://127.0.0.1:8700/assets/site.js"));
        QCOMPARE(thrown.frames[0].line, 42);
        QCOMPARE(thrown.frames[0].column, 11);

        const ErrorEvent typeError =
            only(QStringLiteral("Cannot read properties of null (reading 'settings')"));
        QCOMPARE(typeError.type, QStringLiteral("TypeError"));
        QCOMPARE(typeError.kind, QStringLiteral("exception"));
        QCOMPARE(typeError.viewId, app.viewId);
        QCOMPARE(typeError.frames.size(), 1);
        QCOMPARE(typeError.frames[0].line, 83);
        QCOMPARE(typeError.frames[0].column, 59);

        const ErrorEvent rejection =
            only(QStringLiteral("Deliberate unhandled rejection: settings save failed"));
        QCOMPARE(rejection.kind, QStringLiteral("unhandled-rejection"));
        QCOMPARE(rejection.frames[0].function, QStringLiteral("HTMLButtonElement.<anonymous>"));

        const ErrorEvent console =
            only(QStringLiteral("reviews request failed,Failed to load reviews: HTTP 404"));
        QCOMPARE(console.kind, QStringLiteral("console"));
        // Innermost first: the site's handler, then boomerang's fetch wrapper around it.
        QCOMPARE(console.frames.size(), 2);
        QCOMPARE(console.frames[0].file, QStringLiteral("http://127.0.0.1:8700/assets/site.js"));
        QCOMPARE(console.frames[0].line, 36);
        QVERIFY(console.frames[1].file.endsWith(u"/plugins/auto-xhr.js"));

        const ErrorEvent reviews =
            only(QStringLiteral("http://127.0.0.1:8700/api/reviews?product=42"));
        QCOMPARE(reviews.kind, QStringLiteral("http"));
        QCOMPARE(reviews.httpStatus, 404.0);
        QCOMPARE(reviews.resourceUrl,
                 QStringLiteral("http://127.0.0.1:8700/api/reviews?product=42"));
        QVERIFY(reviews.type.isEmpty());
        const ErrorEvent inventory =
            only(QStringLiteral("http://127.0.0.1:8700/api/inventory?sku=all"));
        QCOMPARE(inventory.httpStatus, 404.0);
    }
    if (fixture == kPost) {
        const auto thrown = matching<ErrorEvent>(all.records, [](const ErrorEvent &e) {
            return e.sessionId == kPostDesktop && e.message.startsWith(u"Deliberate test error");
        });
        QCOMPARE(thrown.front().time, 1795804089573); // d=mwzbdzol, base 36
    }
}

void TestBoomerang::longTasksFromContinuity()
{
    const ParsedBeacon all = parseFixture(kPost, WireFormat::Boomerang);
    const PageView index = hardLoad(all.records, kPostDesktop, QStringLiteral("/index.html"));
    const auto tasks = matching<LongTask>(
        all.records, [&](const LongTask &t) { return t.viewId == index.viewId; });
    // The load beacon's two (c.lt.n=2, c.lt.tt=219); the error beacon cannot place its one.
    QCOMPARE(tasks.size(), size_t(2));
    QCOMPARE(tasks[0].duration + tasks[1].duration, 219.0);
    QCOMPARE(tasks[1].duration, 150.0); // slow.js's busy loop
    QCOMPARE(tasks[1].time, kPostDesktopIndexStart + 1009);
    QCOMPARE(tasks[1].name, QStringLiteral("self"));
}

void TestBoomerang::otherBeaconKinds()
{
    // A site without the SPA plugins: no http.initiator on the load beacon.
    const QByteArray page = "v=1.815.1&pid=cl4ss1c0&rt.si=s9&rt.ss=1795804000000";
    const Result<ParsedBeacon> load = parse(
        get(page + "&u=https%3A%2F%2Fshop.example%2Fcart&nt_nav_st=1795804000000&nt_nav_type=1"
                   "&nt_res_st=1795804000120&rt.tstart=1795804000000&rt.end=1795804001000"
                   "&r=https%3A%2F%2Fsearch.example%2F"));
    QVERIFY(load.ok());
    const PageView hard = recordsOf<PageView>(load->records).front();
    QCOMPARE(hard.navigationType, QStringLiteral("reload"));
    QCOMPARE(hard.referrer, QStringLiteral("https://search.example/"));
    QCOMPARE(hard.ttfb, 120.0);

    // bfcache restore: a view of its own that starts at the restore.
    const Result<ParsedBeacon> restore =
        parse(get(page + "&u=https%3A%2F%2Fshop.example%2Fcart&http.initiator=bfcache"
                         "&nt_nav_st=1795804000000&nt_nav_type=2&rt.start=manual"
                         "&rt.tstart=1795804050000&rt.end=1795804050015&t_done=15&t_resp=0"));
    QVERIFY(restore.ok());
    const PageView restored = recordsOf<PageView>(restore->records).front();
    QCOMPARE(restored.navigationType, QStringLiteral("back-forward"));
    QCOMPARE(restored.time, 1795804050000);
    QCOMPARE(restored.load, 15.0);
    QVERIFY(restored.viewId != hard.viewId);

    // An XHR beacon is a fetch of the page, with the page's URL in pgu.
    const Result<ParsedBeacon> xhr =
        parse(get(page + "&http.initiator=xhr&u=https%3A%2F%2Fapi.example%2Fcart&http.type=f"
                         "&pgu=https%3A%2F%2Fshop.example%2Fcart&rt.tstart=1795804002000"
                         "&rt.nstart=1795804000000&rt.end=1795804002120&t_done=120&http.errno=500"
                         "&nt_nav_st=1795804002000"));
    QVERIFY(xhr.ok());
    QVERIFY(recordsOf<PageView>(xhr->records).empty());
    const Resource fetch = recordsOf<Resource>(xhr->records).front();
    QCOMPARE(fetch.url, QStringLiteral("https://api.example/cart"));
    QCOMPARE(fetch.initiatorType, QStringLiteral("fetch"));
    QCOMPARE(fetch.httpStatus, 500.0);
    QCOMPARE(fetch.startTime, 2000.0);
    QCOMPARE(fetch.duration, 120.0);
    QCOMPARE(fetch.viewId, hard.viewId);

    // Without the session cookie the page id still ties a page's beacons together.
    const QByteArray cookieless =
        "v=1.815.1&u=https%3A%2F%2Fshop.example%2F&pid=nocookie&nocookie=1";
    const Result<ParsedBeacon> first =
        parse(get(cookieless + "&nt_nav_st=1795804000000&rt.tstart=1795804000000"));
    const Result<ParsedBeacon> last =
        parse(get(cookieless + "&rt.quit=&rt.tstart=1795804000000&et.inp=88"));
    QVERIFY(first.ok() && last.ok());
    const PageView a = recordsOf<PageView>(first->records).front();
    const PageView b = recordsOf<PageView>(last->records).front();
    QVERIFY(a.sessionId.startsWith(u"bmr-session-"));
    QCOMPARE(a.sessionId, b.sessionId);
    QCOMPARE(a.viewId, b.viewId);
    QCOMPARE(a.time, b.time);
    QCOMPARE(b.inp, 88.0);
}

void TestBoomerang::postAndGetGiveTheSameRecords()
{
    for (const int line : {0, 1, 2, 6, 8}) {
        const FixtureRequest request = loadBeacons(kPost).at(line);
        Payload asGet = request.payload;
        asGet.method = "GET";
        asGet.query = asGet.body;
        asGet.body.clear();
        const Result<ParsedBeacon> fromPost = parse(request.payload);
        const Result<ParsedBeacon> fromGet = parse(asGet);
        QVERIFY(fromPost.ok() && fromGet.ok());
        QVERIFY(fromPost->records.size() > 1);
        QVERIFY(fromPost->records == fromGet->records);
    }
    // A parameter in the POST's URL counts as if it were in the body.
    const Result<ParsedBeacon> split = parse([] {
        Payload payload = post("v=1.815.1&u=http%3A%2F%2Fshop.example%2F&pid=p1&rt.sl=1");
        payload.query = "rt.si=s1&rt.tstart=1795804083382&nt_nav_st=1795804083382";
        return payload;
    }());
    const Result<ParsedBeacon> whole = parse(post(pageLoad()));
    QVERIFY(split.ok() && whole.ok());
    QCOMPARE(recordsOf<PageView>(split->records).front().viewId,
             recordsOf<PageView>(whole->records).front().viewId);
}

void TestBoomerang::postAndGetFixturesReportTheSameFields()
{
    const ParsedBeacon posted = parseFixture(kPost, WireFormat::Boomerang);
    const ParsedBeacon got = parseFixture(kGet, WireFormat::Boomerang);
    // Same page, same browser, other transport: the same fields, values differ by timing.
    for (const QString &path : {QStringLiteral("/products.html"), QStringLiteral("/app/")}) {
        const PageView a = hardLoad(posted.records, kPostMobile, path);
        const PageView b = hardLoad(got.records, kGetMobile, path);
        QCOMPARE(setFields(a), setFields(b));
        QVERIFY(setFields(a).contains(QStringLiteral("lcp")));
        QVERIFY(setFields(a).contains(QStringLiteral("ttfb")));
    }
    const auto routeOf = [](const ParsedBeacon &parsed, const QString &session) {
        return matching<PageView>(parsed.records,
                                  [&](const PageView &v) {
                                      return v.sessionId == session &&
                                             v.navigationType == u"route-change";
                                  })
            .front();
    };
    QCOMPARE(setFields(routeOf(posted, kPostDesktop)), setFields(routeOf(got, kGetDesktop)));
    const auto errorOf = [](const ParsedBeacon &parsed, const QString &session) {
        return matching<ErrorEvent>(parsed.records,
                                    [&](const ErrorEvent &e) {
                                        return e.sessionId == session && e.type == u"TypeError";
                                    })
            .front();
    };
    const ErrorEvent a = errorOf(posted, kPostMobile);
    const ErrorEvent b = errorOf(got, kGetMobile);
    QCOMPARE(setFields(a), setFields(b));
    QCOMPARE(a.message, b.message);
    QCOMPARE(a.frames, b.frames);
}

void TestBoomerang::fileLinesAndLoggedUrls()
{
    const Payload captured = loadBeacons(kGet).at(0).payload;
    const Result<ParsedBeacon> asGet = parse(captured);
    QVERIFY(asGet.ok());
    // From a file there is no header, so no user agent; everything else must match.
    std::vector<Record> expected = asGet->records;
    for (Record &record : expected) {
        if (auto *view = std::get_if<PageView>(&record))
            view->userAgent.clear();
    }
    const QByteArray &query = captured.query;
    const QList<QByteArray> lines = {
        query,
        QByteArray("GET /beacon/boomerang?" + query + " HTTP/1.1"),
        QByteArray("http://127.0.0.1:8701/beacon/boomerang?" + query),
        QByteArray("  " + query + "\r"),
    };
    for (const QByteArray &line : lines) {
        Payload file;
        file.body = line;
        const Result<ParsedBeacon> parsed = parse(file);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(parsed->records == expected);
    }
    // Several beacons, one per line, blank lines between them.
    Payload file;
    for (const FixtureRequest &request : loadBeacons(kGet))
        file.body += request.payload.query + "\n\n";
    const Result<ParsedBeacon> parsed = parse(file);
    QVERIFY(parsed.ok());
    QCOMPARE(recordsOf<Session>(parsed->records).size(), size_t(22));
    QCOMPARE(recordsOf<ErrorEvent>(parsed->records).size(), size_t(12));
    // A line that is not a beacon is named by its line in the file.
    file.body += "hello=world\n";
    const Result<ParsedBeacon> bad = parse(file);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(u"line 45:"), qPrintable(bad.error().message));
}

void TestBoomerang::restimingRecords()
{
    using formats::restiming::decodeRecord;
    // formats.md §2.9's app.js: script at 432 ms, encoded 13 016 B, h2. The document says
    // 13 164 B transferred, but "4c" is 156: 13 172 B, as the real beacons confirm (their
    // document's "*16nr,8c" is nt_enc_size 8631 and nt_trn_size 8931).
    const auto script = decodeRecord("3c0,3k,2q,2p*1a1k,4c,1t2*7h2");
    QVERIFY(script);
    QCOMPARE(script->initiatorType, QStringLiteral("script"));
    QCOMPARE(script->startTime, 432.0);
    QCOMPARE(script->duration, 128.0);
    QCOMPARE(script->encodedSize, 13016.0);
    QCOMPARE(script->transferSize, 13172.0);
    QCOMPARE(script->protocol, QStringLiteral("h2"));
    // The navigation entry starts at 0, written as nothing.
    const auto document = decodeRecord("6,6o,56,2h,2g,1g,v,v,a");
    QVERIFY(document);
    QCOMPARE(document->initiatorType, QStringLiteral("navigation"));
    QCOMPARE(document->startTime, 0.0);
    QCOMPARE(document->duration, 240.0);
    QVERIFY(!isSet(document->encodedSize));
    // A cache hit transferred nothing.
    QCOMPARE(decodeRecord("1a,b*1z,_")->transferSize, 0.0);
    QCOMPARE(decodeRecord("1a,b*1z")->transferSize, 35.0);
    QCOMPARE(decodeRecord("0a*7h1.1")->protocol, QStringLiteral("http/1.1"));
    QCOMPARE(decodeRecord("z1")->initiatorType, QStringLiteral("other"));
    QVERIFY(!decodeRecord("*0az,qc,9n,6u"));
    QVERIFY(!decodeRecord(""));
    QVERIFY(!decodeRecord("3!!,4"));
    QVERIFY(!decodeRecord("3zzzzzzzzzzzzzzzz,1")); // more digits than a time can have
    QVERIFY(!isSet(decodeRecord("3a,zzzzzzzzzzzzzzzz")->duration));
}

void TestBoomerang::restimingTrie()
{
    JsonDocument json;
    const auto entries = formats::restiming::decode(
        R"({"https://":{"shop.example/":{"|":"6,6o","app.js":"3c0,3k|3d0,1"},)"
        R"("cdn.example/hero.webp":"*0a,b|1fg,6k"}})",
        json);
    QVERIFY(entries);
    QStringList seen;
    for (const auto &entry : *entries)
        seen.append(entry.url + u' ' + QString::number(entry.startTime));
    QCOMPARE(seen, (QStringList{QStringLiteral("https://shop.example/ 0"),
                                QStringLiteral("https://shop.example/app.js 432"),
                                QStringLiteral("https://shop.example/app.js 468"),
                                QStringLiteral("https://cdn.example/hero.webp 556")}));
    QVERIFY(!formats::restiming::decode("[1,2]", json));
    QVERIFY(!formats::restiming::decode("{\"a\":", json));
    QCOMPARE(formats::restiming::decode("{}", json)->size(), size_t(0));
    QCOMPARE(formats::restiming::decode(R"({"a":42,"b":{"c":null}})", json)->size(), size_t(0));
}

void TestBoomerang::jsurlValues()
{
    using formats::jsurl::parse;
    using Type = formats::jsurl::Value::Type;
    const auto value =
        parse(u"~(a~1.5~b~'x*20y!*7e~c~(~true~false~null~'~-2)~d~(~)~e~()~f~'**00e9)");
    QVERIFY(value);
    QVERIFY(value->isObject());
    QCOMPARE(value->member(u"a")->number, 1.5);
    QCOMPARE(value->member(u"b")->string, QStringLiteral("x y$~"));
    const auto *list = value->member(u"c");
    QVERIFY(list && list->isArray());
    QCOMPARE(list->children.size(), size_t(5));
    QCOMPARE(list->children[0].type, Type::Boolean);
    QVERIFY(list->children[0].boolean);
    QCOMPARE(list->children[2].type, Type::Null);
    QCOMPARE(list->children[3].string, QString());
    QCOMPARE(list->children[4].number, -2.0);
    QVERIFY(value->member(u"d")->isArray() && value->member(u"d")->children.empty());
    QVERIFY(value->member(u"e")->isObject() && value->member(u"e")->children.empty());
    QCOMPARE(value->member(u"f")->string, QStringLiteral("\u00e9"));
    QVERIFY(!value->member(u"g"));

    for (const char16_t *bad : {u"", u"(", u"~", u"~(", u"~(~1", u"~(a~1", u"~'*z1", u"~'**12",
                                u"~1x", u"~yes", u"~1~2", u"~(a)", u"~()x"})
        QVERIFY2(!parse(bad), qPrintable(QString::fromUtf16(bad)));

    JsonDocument json;
    const auto fromJson = formats::jsurl::parseJsurlOrJson(R"([{"m":"x","l":3}])", json);
    QVERIFY(fromJson && fromJson->isArray());
    QCOMPARE(fromJson->children[0].member(u"l")->toNumber(), 3.0);
    QVERIFY(!formats::jsurl::parseJsurlOrJson("plain", json));
}

void TestBoomerang::notBoomerangIsAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n\r\n");
    QTest::newRow("other form") << QByteArray("name=Ada&email=ada%40example.org");
    QTest::newRow("json") << QByteArray(R"({"name":"LCP","value":1234})");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
    QTest::newRow("no time") << QByteArray("v=1.815.1&u=http%3A%2F%2Fshop.example%2F");
}

void TestBoomerang::notBoomerangIsAnError()
{
    QFETCH(QByteArray, body);
    const Result<ParsedBeacon> parsed = parse(post(body));
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY(parse(get(body)).ok() == false);
}

void TestBoomerang::malformedFieldsAreDropped()
{
    const Result<ParsedBeacon> parsed = parse(
        post(pageLoad("&pt.lcp=fast&pt.fcp=&nt_res_st=%5B1%5D&scr.xy=wide&scr.dpx=2x&mob.rtt=1e"
                      "&restiming=%5B1%2C2%5D&err=~(~'x)&c.lt=~(~1)&nt_nav_type=abc&rt.sl=many"
                      "&err=~(~(m~'ok~d~'zz~f~'notalist)~(m~(~1)~v~'x~n~'a))")));
    QVERIFY(parsed.ok());
    const auto views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(1));
    QVERIFY(!isSet(views.front().lcp));
    QVERIFY(!isSet(views.front().fcp));
    QVERIFY(!isSet(views.front().ttfb));
    QVERIFY(!isSet(views.front().screenWidth));
    QVERIFY(!isSet(views.front().devicePixelRatio));
    QVERIFY(!isSet(views.front().rtt));
    QCOMPARE(views.front().navigationType, QStringLiteral("navigate"));
    QVERIFY(recordsOf<Resource>(parsed->records).empty());
    QVERIFY(recordsOf<LongTask>(parsed->records).empty());
    // The later err wins; of its errors the readable parts stay.
    const auto errors = recordsOf<ErrorEvent>(parsed->records);
    QCOMPARE(errors.size(), size_t(2));
    QCOMPARE(errors[0].message, QStringLiteral("ok"));
    QVERIFY(errors[0].frames.isEmpty());
    QVERIFY(errors[1].message.isEmpty());

    // Without any plausible start there is no page view, only the session.
    const Result<ParsedBeacon> timeless =
        parse(post("v=1&u=x&pid=p&rt.si=s&rt.ss=1795804083382&nt_nav_st=yesterday&rt.tstart=%7B%7D"
                   "&restiming=%7B%22a%22%3A%221%22%7D&pt.lcp=100"));
    QVERIFY(timeless.ok());
    QCOMPARE(timeless->records.size(), size_t(1));
    QCOMPARE(recordsOf<Session>(timeless->records).front().sessionId, QStringLiteral("s"));
}

void TestBoomerang::absurdNumbersAreDropped()
{
    const Result<ParsedBeacon> parsed = parse(
        post("v=1&u=http%3A%2F%2Fa%2F&pid=p&rt.si=s&rt.tstart=1795804083382&nt_nav_st=1e308"
             "&rt.ss=-5&rt.end=99999999999999999999&pt.lcp=-5&pt.fcp=1e400&mob.rtt=99999999999"
             "&scr.dpx=NaN&scr.xy=1e300x-4&c.cls=1e9&et.inp=inf&restiming=%7B%22a%22%3A%"
             "223zzzzzzzzzz%22%7D"
             "&err=~(~(m~'big~d~'zzzzzzzzzzz~n~1e300~v~1e300~f~(~(l~1e300~c~-4))))"));
    QVERIFY(parsed.ok());
    const auto views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views.front().time, 1795804083382); // rt.tstart stands in for nt_nav_st
    QVERIFY(!isSet(views.front().lcp));
    QVERIFY(!isSet(views.front().fcp));
    QVERIFY(!isSet(views.front().rtt));
    QVERIFY(!isSet(views.front().cls));
    QVERIFY(!isSet(views.front().screenWidth));
    QVERIFY(!parsed->notes.isEmpty()); // the range checks said what they dropped
    QVERIFY(recordsOf<Resource>(parsed->records).empty());
    const auto errors = recordsOf<ErrorEvent>(parsed->records);
    QCOMPARE(errors.size(), size_t(100)); // n copies, bounded
    QCOMPARE(errors.front().time, 1795804083382);
    QCOMPARE(errors.front().kind, QStringLiteral("exception"));
    QCOMPARE(errors.front().frames.front().line, 0);
    QCOMPARE(errors.front().frames.front().column, 0);
}

void TestBoomerang::invalidUtf8()
{
    const Result<ParsedBeacon> parsed = parse(post(
        pageLoad("&u=http%3A%2F%2Fshop.example%2F%FF%FE&rt.si=s%C3%28&pt.lcp.e=%80img&pt.lcp=100"
                 "&restiming=%7B%22http%3A%2F%2Fa%2F%FF%22%3A%223a%2Cb%22%7D"
                 "&err=~(~(m~'bad*ff*20**d800))")));
    QVERIFY(parsed.ok());
    const auto views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views.front().lcp, 100.0);
    QVERIFY(views.front().url.startsWith(u"http://shop.example/"));
    QVERIFY(views.front().sessionId.startsWith(u's'));
    const auto resources = recordsOf<Resource>(parsed->records);
    QCOMPARE(resources.size(), size_t(1));
    QVERIFY(resources.front().url.startsWith(u"http://a/"));
    QCOMPARE(resources.front().duration, 11.0);
    QCOMPARE(recordsOf<ErrorEvent>(parsed->records).size(), size_t(1));
}

void TestBoomerang::deepNesting_data()
{
    QTest::addColumn<QByteArray>("extra");
    const int depth = 10000;
    const auto row = [](const char *name, const QByteArray &extra) {
        QTest::newRow(name) << extra;
    };
    row("restiming objects", "&restiming=" + QByteArray("%7B%22a%22%3A").repeated(depth) +
                                 "%221%22" + QByteArray("%7D").repeated(depth));
    row("restiming unclosed", "&restiming=" + QByteArray("%7B%22a%22%3A").repeated(depth));
    row("err jsurl arrays",
        "&err=" + QByteArray("~(").repeated(depth) + "~1" + QByteArray(")").repeated(depth));
    row("err jsurl objects",
        "&err=" + QByteArray("~(a").repeated(depth) + "~1" + QByteArray(")").repeated(depth));
    row("err json",
        "&err=" + QByteArray("%5B").repeated(depth) + QByteArray("%5D").repeated(depth));
    row("long tasks", "&c.lt=" + QByteArray("~(~").repeated(depth));
}

void TestBoomerang::deepNesting()
{
    QFETCH(QByteArray, extra);
    QElapsedTimer timer;
    timer.start();
    const Result<ParsedBeacon> parsed = parse(post(pageLoad(extra)));
    QVERIFY(parsed.ok());
    QCOMPARE(recordsOf<PageView>(parsed->records).size(), size_t(1));
    QVERIFY(recordsOf<Resource>(parsed->records).empty());
    QVERIFY(recordsOf<ErrorEvent>(parsed->records).empty());
    QVERIFY(timer.elapsed() < 5000);
}

void TestBoomerang::hugeRestimingIsBounded()
{
    QByteArray trie = "{\"http://a.example/\":{";
    for (int i = 0; i < 200000; ++i)
        trie += (i ? ",\"" : "\"") + QByteArray::number(i) + "\":\"3" +
                QByteArray::number(i % 1000, 36) + ",a\"";
    trie += "}}";
    QElapsedTimer timer;
    timer.start();
    const Result<ParsedBeacon> parsed =
        parse(post(pageLoad("&restiming=" + trie.toPercentEncoding())));
    QVERIFY(parsed.ok());
    const auto resources = recordsOf<Resource>(parsed->records);
    QCOMPARE(resources.size(), formats::restiming::kMaxEntries);
    QCOMPARE(resources.front().url, QStringLiteral("http://a.example/0"));
    QCOMPARE(resources.front().duration, 10.0);
    QVERIFY(timer.elapsed() < 10000);

    // One key as long as the body, under many leaves: the URL limit stops the copies.
    const QByteArray longKey = "{\"" + QByteArray(1 << 20, 'k') + "\":{" +
                               QByteArray("\"x\":\"31\",").repeated(50000) + "\"y\":\"31\"}}";
    const Result<ParsedBeacon> longUrls =
        parse(post(pageLoad("&restiming=" + longKey.toPercentEncoding())));
    QVERIFY(longUrls.ok());
    QVERIFY(recordsOf<Resource>(longUrls->records).empty());
}

void TestBoomerang::manyErrorsAndParametersAreBounded()
{
    const QByteArray errors = "~(" + QByteArray("~(m~'e~n~50)").repeated(100) + ")";
    const Result<ParsedBeacon> parsed = parse(post(pageLoad("&err=" + errors)));
    QVERIFY(parsed.ok());
    QCOMPARE(recordsOf<ErrorEvent>(parsed->records).size(), size_t(1000));

    QByteArray many = pageLoad();
    for (int i = 0; i < 200000; ++i)
        many += "&k" + QByteArray::number(i) + "=" + QByteArray::number(i);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(parse(post(many)).ok());
    QVERIFY(timer.elapsed() < 10000);
}

void TestBoomerang::truncatedBeacons()
{
    // Every prefix of a real beacon either parses or is refused with a reason.
    const QByteArray body = loadBeacons(kPost).at(0).payload.body;
    int accepted = 0;
    for (qsizetype length = 0; length <= body.size(); length += 7) {
        const Result<ParsedBeacon> parsed = parse(post(body.first(length)));
        if (parsed.ok())
            ++accepted;
        else
            QVERIFY(!parsed.error().message.isEmpty());
    }
    QVERIFY(accepted > 0);
    // Cut inside the restiming JSON: the trie is dropped, the rest of the page load stays.
    const qsizetype cut = body.indexOf("restiming=") + 200;
    const Result<ParsedBeacon> parsed = parse(post(body.first(cut)));
    QVERIFY(parsed.ok());
    QCOMPARE(recordsOf<PageView>(parsed->records).size(), size_t(1));
    // pt.fcp comes before restiming in boomerang's parameter order, pt.lcp after it.
    QCOMPARE(recordsOf<PageView>(parsed->records).front().fcp, 1284.0);
    QVERIFY(!isSet(recordsOf<PageView>(parsed->records).front().lcp));
    QVERIFY(recordsOf<Resource>(parsed->records).empty());
}

QTEST_GUILESS_MAIN(TestBoomerang)
#include "tst_boomerang.moc"
