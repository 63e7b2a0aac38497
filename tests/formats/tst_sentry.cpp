// The Sentry envelope parser on the captured @sentry/browser 11 requests (tests/data/fixtures:
// sentry), on an older SDK's transaction envelope, and on hostile envelopes.
#include "fixtures.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace rumscope;
using namespace rumscope::test;

namespace {

const QString kPage = QStringLiteral("http://127.0.0.1:8700");

/// A URL of the fixture site, as a QString (QCOMPARE cannot print a string builder).
QString at(QStringView path)
{
    return kPage + path;
}
// Trace ids of desktop views: the /index.html pageload, the route change to /app/details.
const QString kIndexTrace = QStringLiteral("f7134c0b1484407a86561a7752a1722a");
const QString kDetailsTrace = QStringLiteral("6d61b06ff0c84f16bcbe8a1c9cce024f");
const QString kSettingsTrace = QStringLiteral("35eafc4074274a75be842fc754c8ebf4");

template<class R, class Predicate>
std::vector<R> where(const std::vector<Record> &records, Predicate keep)
{
    std::vector<R> result;
    for (const R &record : recordsOf<R>(records)) {
        if (keep(record))
            result.push_back(record);
    }
    return result;
}

const PageView *viewWithId(const std::vector<PageView> &views, const QString &viewId)
{
    const auto found = std::find_if(views.begin(), views.end(),
                                    [&](const PageView &view) { return view.viewId == viewId; });
    return found == views.end() ? nullptr : &*found;
}

Payload envelope(const QByteArray &body)
{
    Payload payload;
    payload.method = "POST";
    payload.path = "/api/42/envelope/";
    payload.headers = {{"content-type", "text/plain;charset=UTF-8"}};
    payload.body = body;
    return payload;
}

const QByteArray kHeader = R"({"sent_at":"2026-11-27T18:46:31.118Z"})";

} // namespace

class TestSentry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parsesEveryEnvelope();
    void appReleaseAndEnvironment();
    void oneSessionPerBrowser();
    void sessionItemsBecomeSessions();
    void threeErrorsPerSession();
    void pageloadViewWithItsVitals();
    void navigationIsARouteChange();
    void resourcesOfThePageload();
    void failedHttpClientRequest();
    void interactionsAndLongTasks();
    void everyRecordBelongsToAViewOfItsSession();
    void transactionEnvelopesOfOlderSdks();
    void lengthFramingAndUnknownItems();
    void hostileEnvelopes_data();
    void hostileEnvelopes();

private:
    ParsedBeacon m_parsed;
    std::vector<PageView> m_views;
    QHash<QString, QSet<QString>> m_sessionsByBrowser; ///< capture label → session ids
};

void TestSentry::initTestCase()
{
    m_parsed = parseFixture(QStringLiteral("sentry"), WireFormat::Sentry);
    m_views = mergedViews(m_parsed.records);
    BeaconParser parser;
    for (const FixtureRequest &beacon : loadBeacons(QStringLiteral("sentry"))) {
        const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Sentry, beacon.payload);
        if (!parsed)
            continue;
        for (const Record &record : parsed->records)
            m_sessionsByBrowser[beacon.session].insert(eventBase(record).sessionId);
    }
}

void TestSentry::parsesEveryEnvelope()
{
    const QList<FixtureRequest> beacons = loadBeacons(QStringLiteral("sentry"));
    QCOMPARE(beacons.size(), 42);
    BeaconParser parser;
    for (const FixtureRequest &beacon : beacons) {
        const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Sentry, beacon.payload);
        QVERIFY2(parsed.ok(), why(parsed).constData());
        QVERIFY(!parsed->records.empty());
    }
    QVERIFY2(m_parsed.notes.isEmpty(), qPrintable(m_parsed.notes.join(u'\n')));
}

void TestSentry::appReleaseAndEnvironment()
{
    // release "acme-store-web@1.4.2": Sentry's package@version, split so that it reads like
    // the other formats' service name and version.
    QVERIFY(!m_parsed.records.empty());
    for (const Record &record : m_parsed.records) {
        const EventBase &base = eventBase(record);
        QCOMPARE(base.app, QStringLiteral("acme-store-web"));
        QCOMPARE(base.release, QStringLiteral("1.4.2"));
        QCOMPARE(base.env, QStringLiteral("fixtures"));
        QCOMPARE(base.source, QStringLiteral("sentry"));
    }
}

void TestSentry::oneSessionPerBrowser()
{
    // Each browser sent three `session` items (one sid per page load) and many envelopes
    // without any sid; all of them land in one session, and the two browsers in two.
    QCOMPARE(m_sessionsByBrowser.size(), 2);
    const QSet<QString> desktop = m_sessionsByBrowser.value(QStringLiteral("desktop-win-chrome"));
    const QSet<QString> mobile = m_sessionsByBrowser.value(QStringLiteral("mobile-android-3g"));
    QCOMPARE(desktop.size(), 1);
    QCOMPARE(mobile.size(), 1);
    QVERIFY(desktop != mobile);
    QVERIFY(desktop.begin()->startsWith(u"sentry-session-"));
}

void TestSentry::sessionItemsBecomeSessions()
{
    const std::vector<Session> sessions = recordsOf<Session>(m_parsed.records);
    QCOMPARE(sessions.size(), size_t(10)); // five session updates per browser
    const QString desktop =
        *m_sessionsByBrowser.value(QStringLiteral("desktop-win-chrome")).begin();
    const Session &first = sessions.front();
    QCOMPARE(first.sessionId, desktop);
    QCOMPARE(first.userId, QStringLiteral("u-1042"));
    QCOMPARE(first.time, 1795805190177); // started 2026-11-27T18:46:30.177Z
    QCOMPARE(first.lastSeen, 1795805190184);
    QVERIFY(first.viewId.isEmpty());
    // The update after the uncaught error: same start, later timestamp.
    QCOMPARE(sessions[1].time, 1795805190177);
    QCOMPARE(sessions[1].lastSeen, 1795805195904);
}

void TestSentry::threeErrorsPerSession()
{
    for (const QString &browser :
         {QStringLiteral("desktop-win-chrome"), QStringLiteral("mobile-android-3g")}) {
        const QString session = *m_sessionsByBrowser.value(browser).begin();
        const std::vector<ErrorEvent> errors = where<ErrorEvent>(
            m_parsed.records, [&](const ErrorEvent &e) { return e.kind != u"http"; });
        const std::vector<ErrorEvent> mine =
            where<ErrorEvent>(m_parsed.records, [&](const ErrorEvent &e) {
                return e.kind != u"http" && e.sessionId == session;
            });
        QCOMPARE(errors.size(), size_t(6));
        QCOMPARE(mine.size(), size_t(3));

        // The thrown Error of the Checkout button. Sentry lists its wrapper (sentry.js) first
        // and the throwing frame last; the model keeps the innermost first.
        const ErrorEvent &thrown = mine[0];
        QCOMPARE(thrown.kind, QStringLiteral("exception"));
        QCOMPARE(thrown.type, QStringLiteral("Error"));
        QCOMPARE(thrown.message, QStringLiteral("Deliberate test error: checkout button exploded"));
        QCOMPARE(thrown.frames.size(), 2);
        QCOMPARE(thrown.frames.first(),
                 (StackFrame{at(u"/assets/site.js"),
                             QStringLiteral("HTMLButtonElement.onBreakClick"), 42, 11}));
        QCOMPARE(thrown.frames.last().file, at(u"/build/sentry.js"));
        QVERIFY(!thrown.fingerprint.isEmpty());
        const PageView *index = viewWithId(m_views, thrown.viewId);
        QVERIFY(index);
        QCOMPARE(index->url, at(u"/index.html"));

        // The TypeError from a setTimeout callback: an anonymous function ("?").
        const ErrorEvent &typeError = mine[1];
        QCOMPARE(typeError.kind, QStringLiteral("exception"));
        QCOMPARE(typeError.type, QStringLiteral("TypeError"));
        QCOMPARE(typeError.message,
                 QStringLiteral("Cannot read properties of null (reading 'settings')"));
        QCOMPARE(typeError.frames.first(), (StackFrame{at(u"/assets/site.js"), QString(), 83, 59}));
        const PageView *settings = viewWithId(m_views, typeError.viewId);
        QVERIFY(settings);
        QCOMPARE(settings->url, at(u"/app/settings"));
        QCOMPARE(settings->navigationType, QStringLiteral("route-change"));

        const ErrorEvent &rejection = mine[2];
        QCOMPARE(rejection.kind, QStringLiteral("unhandled-rejection"));
        QCOMPARE(rejection.message,
                 QStringLiteral("Deliberate unhandled rejection: settings save failed"));
        QCOMPARE(rejection.frames.first().line, 87);
        QCOMPARE(rejection.viewId, typeError.viewId);
        // Same bug in both browsers: same fingerprint.
        QCOMPARE(thrown.fingerprint, errors[0].fingerprint);
    }
    const std::vector<ErrorEvent> desktopThrown =
        where<ErrorEvent>(m_parsed.records, [](const ErrorEvent &e) {
            return e.viewId == kIndexTrace && e.kind != u"http";
        });
    QCOMPARE(desktopThrown.size(), size_t(1));
    QCOMPARE(desktopThrown.front().time, 1795805195902);
}

void TestSentry::pageloadViewWithItsVitals()
{
    // The desktop /index.html view, from three envelopes: the pageload segment with its
    // phases, the LCP span (with an http.client segment), the INP click and the CLS span.
    const PageView *view = viewWithId(m_views, kIndexTrace);
    QVERIFY(view);
    QCOMPARE(view->url, at(u"/index.html"));
    QCOMPARE(view->navigationType, QStringLiteral("navigate"));
    QCOMPARE(view->time, 1795805189972);
    QVERIFY(std::abs(view->ttfb - 7.7) < 1e-6);
    QCOMPARE(view->fcp, 1156.0);
    QCOMPARE(view->lcp, 1156.0);
    QCOMPARE(view->cls, 0.03545610425240055);
    QCOMPARE(view->inp, 296.0);
    QCOMPARE(view->inpTarget, QStringLiteral("body > main > p > button#btn-work"));
    QCOMPARE(view->inpEventType, QStringLiteral("click"));
    QCOMPARE(view->lcpElement, QStringLiteral(R"(body > main > img#hero.hero[alt="Hero banner"])"));
    QCOMPARE(view->lcpResourceUrl, at(u"/assets/img/hero.png"));
    QCOMPARE(view->clsTarget, QStringLiteral("body > main"));
    QCOMPARE(view->effectiveType, QStringLiteral("4g"));
    QCOMPARE(view->rtt, 100.0);
    QCOMPARE(view->deviceMemory, 16.0);
    QCOMPARE(view->hardwareConcurrency, 2.0);
    QCOMPARE(view->dns, 0.0);
    QVERIFY(std::abs(view->domContentLoaded - 1115.4) < 0.01);
    QVERIFY(std::abs(view->load - 1115.8) < 0.01);
    QVERIFY(view->userAgent.contains(QLatin1StringView("Windows NT 10.0")));
    // The parts sent later cannot know the segment's start; the store keeps the earliest time.
    // The LCP span starts at the time origin, the CLS and INP spans at the shift and the
    // click, so none of them moves a pageload's start.
    int parts = 0;
    for (const PageView &part : recordsOf<PageView>(m_parsed.records)) {
        if (part.viewId != kIndexTrace)
            continue;
        ++parts;
        QVERIFY(part.time >= view->time);
        if (isSet(part.lcp))
            QCOMPARE(part.time, view->time);
    }
    QCOMPARE(parts, 4); // segment, LCP, CLS, INP
    // Mobile /index.html: LCP 7944 ms over emulated 3G.
    const auto mobile = std::find_if(m_views.begin(), m_views.end(), [](const PageView &v) {
        return v.url == u"http://127.0.0.1:8700/index.html" && v.lcp > 5000;
    });
    QVERIFY(mobile != m_views.end());
    QCOMPARE(mobile->lcp, 7944.0);
    // Sentry's "<unknown>" element (the /app/ LCP image was replaced) is no element.
    for (const PageView &other : m_views)
        QVERIFY(other.lcpElement != u"<unknown>");
    QCOMPARE(mobile->cls, 0.10670488817223567);
}

void TestSentry::navigationIsARouteChange()
{
    const PageView *details = viewWithId(m_views, kDetailsTrace);
    QVERIFY(details);
    QCOMPARE(details->url, at(u"/app/details"));
    QCOMPARE(details->navigationType, QStringLiteral("route-change"));
    QCOMPARE(details->referrer, at(u"/products.html"));
    // Its LCP came in a later envelope; web-vitals dates it from the soft navigation, 3.9 ms
    // before Sentry's navigation span started, and the earlier time is kept.
    QVERIFY(std::abs(details->lcp - 430.2) < 1e-6);
    QCOMPARE(details->time, 1795805209317);
    const PageView *index = viewWithId(m_views, kIndexTrace);
    QVERIFY(index);
    QCOMPARE(details->sessionId, index->sessionId);
    // Per browser: 3 page loads and 3 route changes (details, settings, back to details).
    QCOMPARE(m_views.size(), size_t(12));
    QCOMPARE(std::count_if(m_views.begin(), m_views.end(),
                           [](const PageView &v) { return v.navigationType == u"route-change"; }),
             6);
}

void TestSentry::resourcesOfThePageload()
{
    const std::vector<Resource> resources = where<Resource>(
        m_parsed.records, [](const Resource &r) { return r.viewId == kIndexTrace; });
    // 11 resource spans and the http.client 404.
    QCOMPARE(resources.size(), size_t(12));
    const auto script = std::find_if(resources.begin(), resources.end(), [](const Resource &r) {
        return r.url == u"http://127.0.0.1:8700/build/sentry.js";
    });
    QVERIFY(script != resources.end());
    QCOMPARE(script->initiatorType, QStringLiteral("script"));
    QVERIFY(std::abs(script->duration - 26.9) < 0.01);
    QVERIFY(std::abs(script->startTime - 22.7) < 0.01);
    QCOMPARE(script->transferSize, 437864.0);
    QCOMPARE(script->encodedSize, 437564.0);
    QCOMPARE(script->httpStatus, 200.0);
    QCOMPARE(script->protocol, QStringLiteral("http/1.1"));
    QCOMPARE(script->renderBlocking, std::optional<bool>(true));
    QCOMPARE(script->time, 1795805189995);
    const auto css = std::find_if(resources.begin(), resources.end(),
                                  [](const Resource &r) { return r.initiatorType == u"link"; });
    QVERIFY(css != resources.end());
    QCOMPARE(css->url, at(u"/assets/styles.css"));
}

void TestSentry::failedHttpClientRequest()
{
    const std::vector<Resource> reviews = where<Resource>(m_parsed.records, [](const Resource &r) {
        return r.url == u"http://127.0.0.1:8700/api/reviews?product=42";
    });
    QCOMPARE(reviews.size(), size_t(2));
    for (const Resource &request : reviews) {
        QCOMPARE(request.httpStatus, 404.0);
        QCOMPARE(request.initiatorType, QStringLiteral("fetch"));
    }
    QCOMPARE(reviews.front().viewId, kIndexTrace);
    QVERIFY(std::abs(reviews.front().duration - 87.9) < 0.01);
    const std::vector<ErrorEvent> http =
        where<ErrorEvent>(m_parsed.records, [](const ErrorEvent &e) { return e.kind == u"http"; });
    // reviews and inventory, in both browsers
    QCOMPARE(http.size(), size_t(4));
    const ErrorEvent &first = http.front();
    QCOMPARE(first.httpStatus, 404.0);
    QCOMPARE(first.resourceUrl, at(u"/api/reviews?product=42"));
    QCOMPARE(first.message, QStringLiteral("GET /api/reviews failed with status 404"));
    QCOMPARE(first.viewId, kIndexTrace);
    QCOMPARE(first.sessionId, reviews.front().sessionId);
    // The successful ones are resources only.
    QVERIFY(!where<Resource>(m_parsed.records, [](const Resource &r) {
                 return r.url.endsWith(u"/api/items?route=details") && r.httpStatus == 200;
             }).empty());
}

void TestSentry::interactionsAndLongTasks()
{
    const std::vector<Interaction> clicks = where<Interaction>(
        m_parsed.records, [](const Interaction &i) { return i.viewId == kIndexTrace; });
    QCOMPARE(clicks.size(), size_t(1));
    QCOMPARE(clicks.front().type, QStringLiteral("click"));
    QCOMPARE(clicks.front().target, QStringLiteral("body > main > p > button#btn-work"));
    QCOMPARE(clicks.front().duration, 296.0);
    QCOMPARE(clicks.front().time, 1795805193167);
    // One INP span per view that had an interaction: 5 of the 6 views per browser.
    QCOMPARE(recordsOf<Interaction>(m_parsed.records).size(), size_t(10));
    // A v2 span's name ("Click") is no element: the /app/settings click names none.
    for (const Interaction &interaction : recordsOf<Interaction>(m_parsed.records))
        QVERIFY(interaction.target != u"Click");
    const PageView *settings = viewWithId(m_views, kSettingsTrace);
    QVERIFY(settings);
    QCOMPARE(settings->inp, 8.0);
    QVERIFY(settings->inpTarget.isEmpty());

    const std::vector<LongTask> tasks = where<LongTask>(
        m_parsed.records, [](const LongTask &t) { return t.viewId == kIndexTrace; });
    QCOMPARE(tasks.size(), size_t(1));
    QCOMPARE(tasks.front().name, QStringLiteral("long-animation-frame"));
    QVERIFY(std::abs(tasks.front().duration - 1095.8) < 0.01); // the slow blocking script
}

void TestSentry::everyRecordBelongsToAViewOfItsSession()
{
    QHash<QString, QString> sessionOfView;
    for (const PageView &view : m_views)
        sessionOfView.insert(view.viewId, view.sessionId);
    for (const Record &record : m_parsed.records) {
        if (recordType(record) == RecordType::Session)
            continue;
        const EventBase &base = eventBase(record);
        QVERIFY2(sessionOfView.contains(base.viewId), qPrintable(base.viewId));
        QCOMPARE(sessionOfView.value(base.viewId), base.sessionId);
    }
}

void TestSentry::transactionEnvelopesOfOlderSdks()
{
    // ../shared/formats.md §6's transaction example, with an error of SDK 7 shape.
    const QByteArray body =
        R"({"event_id":"7c9e0b4a12f34d6e8a1b2c3d4e5f6071","sent_at":"2024-06-10T08:15:34.120Z",)"
        R"("sdk":{"name":"sentry.javascript.browser","version":"7.120.0"},"trace":{"trace_id":)"
        R"("4fa2c8a7e61b4d0f9b3e2a1c0d9e8f70","public_key":"b2f1e0d9c8","release":"shop@2.0.0"}})"
        "\n"
        R"({"type":"transaction"})"
        "\n"
        R"({"event_id":"7c9e0b4a12f34d6e8a1b2c3d4e5f6071","type":"transaction","transaction":)"
        R"("/product/:id","transaction_info":{"source":"route"},"start_timestamp":1718000000.003,)"
        R"("timestamp":1718000002.41,"contexts":{"trace":{"trace_id":)"
        R"("4fa2c8a7e61b4d0f9b3e2a1c0d9e8f70","span_id":"a1b2c3d4e5f60718","op":"pageload",)"
        R"("status":"ok","data":{"performance.timeOrigin":1718000000.0}}},"measurements":{)"
        R"("ttfb":{"value":183.2,"unit":"millisecond"},"fcp":{"value":0.3992,"unit":"second"},)"
        R"("lcp":{"value":1285.6,"unit":"millisecond"},"cls":{"value":0.041,"unit":""}},)"
        R"("spans":[{"span_id":"b1c2d3e4f5061728","parent_span_id":"a1b2c3d4e5f60718",)"
        R"("trace_id":"4fa2c8a7e61b4d0f9b3e2a1c0d9e8f70","op":"resource.script","description":)"
        R"("https://shop.example.com/assets/app.3f9c.js","start_timestamp":1718000000.251,)"
        R"("timestamp":1718000000.664,"data":{"http.response_transfer_size":88124,)"
        R"("http.response_content_length":87824}},{"span_id":"c1","op":"http.client",)"
        R"("description":"POST https://shop.example.com/api/cart","start_timestamp":1718000001.0,)"
        R"("timestamp":1718000001.2,"status":"internal_error","data":{"http.response.status_code":503}},)"
        R"({"span_id":"c2","op":"browser","description":"domContentLoadedEvent",)"
        R"("start_timestamp":1718000000.5,"timestamp":1718000000.6},{"span_id":"c3","op":)"
        R"("ui.long-task","description":"Main UI thread blocked","start_timestamp":1718000000.7,)"
        R"("timestamp":1718000000.8}],"request":{"url":"https://shop.example.com/product/77",)"
        R"("headers":{"User-Agent":"Mozilla/5.0 Old"}},"user":{"id":"u-9"},"platform":"javascript"})"
        "\n"
        R"({"type":"event"})"
        "\n"
        R"({"event_id":"e1","timestamp":"2024-06-10T08:15:33.000Z","release":"shop@2.0.0",)"
        R"("contexts":{"trace":{"trace_id":"4fa2c8a7e61b4d0f9b3e2a1c0d9e8f70"}},"user":{"id":"u-9"},)"
        R"("request":{"headers":{"User-Agent":"Mozilla/5.0 Old"}},"exception":{"values":[)"
        R"({"type":"Error","value":"cause"},{"type":"RangeError","value":"bad","mechanism":)"
        R"({"type":"onerror","handled":false},"stacktrace":{"frames":[{"filename":"a.js",)"
        R"("function":"outer","lineno":1,"colno":2},{"abs_path":"https://s/b.js","filename":)"
        R"("b.js","function":"inner","lineno":3,"colno":4}]}}]}})";
    BeaconParser parser;
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Sentry, envelope(body));
    QVERIFY2(parsed.ok(), why(parsed).constData());
    QVERIFY2(parsed->notes.isEmpty(), qPrintable(parsed->notes.join(u'\n')));
    const std::vector<PageView> views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(1));
    const PageView &view = views.front();
    QCOMPARE(view.viewId, QStringLiteral("4fa2c8a7e61b4d0f9b3e2a1c0d9e8f70"));
    QCOMPARE(view.time, 1718000000003);
    QCOMPARE(view.url, QStringLiteral("https://shop.example.com/product/77"));
    QCOMPARE(view.app, QStringLiteral("shop"));
    QCOMPARE(view.release, QStringLiteral("2.0.0"));
    QCOMPARE(view.ttfb, 183.2);
    QVERIFY(std::abs(view.fcp - 399.2) < 1e-6);
    QCOMPARE(view.lcp, 1285.6);
    QCOMPARE(view.cls, 0.041);
    QVERIFY(std::abs(view.domContentLoaded - 597.0) < 1e-3);
    QCOMPARE(view.userAgent, QStringLiteral("Mozilla/5.0 Old"));
    const std::vector<Resource> resources = recordsOf<Resource>(parsed->records);
    QCOMPARE(resources.size(), size_t(2));
    QCOMPARE(resources[0].url, QStringLiteral("https://shop.example.com/assets/app.3f9c.js"));
    QCOMPARE(resources[0].initiatorType, QStringLiteral("script"));
    QVERIFY(std::abs(resources[0].duration - 413.0) < 1e-3);
    QVERIFY(std::abs(resources[0].startTime - 248.0) < 1e-3);
    QCOMPARE(resources[0].transferSize, 88124.0);
    QCOMPARE(resources[1].url, QStringLiteral("https://shop.example.com/api/cart"));
    QCOMPARE(resources[1].httpStatus, 503.0);
    QCOMPARE(recordsOf<LongTask>(parsed->records).size(), size_t(1));
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(parsed->records);
    QCOMPARE(errors.size(), size_t(2));
    QCOMPARE(errors[0].kind, QStringLiteral("http"));
    QCOMPARE(errors[0].message, QStringLiteral("POST /api/cart failed with status 503"));
    // LinkedErrors: the error thrown is the last value, its cause before it.
    QCOMPARE(errors[1].type, QStringLiteral("RangeError"));
    QCOMPARE(errors[1].kind, QStringLiteral("exception"));
    QCOMPARE(errors[1].time, 1718007333000); // 2024-06-10T08:15:33Z
    QCOMPARE(errors[1].frames.first(),
             (StackFrame{QStringLiteral("https://s/b.js"), QStringLiteral("inner"), 3, 4}));
    QCOMPARE(errors[1].viewId, view.viewId);
    for (const Record &record : parsed->records)
        QCOMPARE(eventBase(record).sessionId, view.sessionId);

    // SDK 8–10 send each INP report as a standalone v1 span item.
    const QByteArray inp =
        R"({"sent_at":"2024-06-10T08:15:40.000Z","trace":{"trace_id":"4fa2c8a7e61b4d0f9b3e2a1c0d9e8f70",)"
        R"("release":"shop@2.0.0"}})"
        "\n"
        R"({"type":"span"})"
        "\n"
        R"({"op":"ui.interaction.click","description":"body > button.buy","trace_id":)"
        R"("4fa2c8a7e61b4d0f9b3e2a1c0d9e8f70","span_id":"d1","start_timestamp":1718000005.0,)"
        R"("timestamp":1718000005.2,"measurements":{"inp":{"value":200,"unit":"millisecond"}},)"
        R"("data":{"sentry.pageload.span_id":"a1b2c3d4e5f60718"}})";
    const Result<ParsedBeacon> standalone = parser.parse(WireFormat::Sentry, envelope(inp));
    QVERIFY2(standalone.ok(), why(standalone).constData());
    const std::vector<Interaction> clicks = recordsOf<Interaction>(standalone->records);
    QCOMPARE(clicks.size(), size_t(1));
    QCOMPARE(clicks.front().target, QStringLiteral("body > button.buy"));
    QCOMPARE(clicks.front().type, QStringLiteral("click"));
    QCOMPARE(clicks.front().duration, 200.0);
    QCOMPARE(clicks.front().viewId, view.viewId);
    const std::vector<PageView> part = recordsOf<PageView>(standalone->records);
    QCOMPARE(part.size(), size_t(1));
    QCOMPARE(part.front().inp, 200.0);
    QCOMPARE(part.front().viewId, view.viewId);
}

void TestSentry::lengthFramingAndUnknownItems()
{
    // With `length`, a payload may hold newlines and binary bytes; items of types rumscope
    // does not read are skipped; blank lines and CRLF between items are tolerated.
    const QByteArray event =
        "{\"timestamp\":1795805195.902,\n\"exception\":{\"values\":[{\"type\":\"Error\","
        "\"value\":\"multi\\nline\"}]}}";
    const QByteArray binary("\x00\xff\n\x01{", 5);
    const QByteArray body = kHeader + "\r\n" + R"({"type":"attachment","length":5})" + "\n" +
                            binary + "\n" + R"({"type":"client_report"})" + "\n" +
                            R"({"discarded_events":[]})" + "\n\n" + R"({"type":"event","length":)" +
                            QByteArray::number(event.size()) + "}\r\n" + event + "\n" +
                            R"({"type":"replay_recording","length":3})" + "\nabc";
    BeaconParser parser;
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Sentry, envelope(body));
    QVERIFY2(parsed.ok(), why(parsed).constData());
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(parsed->records);
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors.front().message, QStringLiteral("multi\nline"));
    QCOMPARE(parsed->records.size(), size_t(1));
    // An envelope with a header only is valid and empty.
    const Result<ParsedBeacon> empty = parser.parse(WireFormat::Sentry, envelope(kHeader));
    QVERIFY(empty.ok());
    QVERIFY(empty->records.empty());
}

void TestSentry::hostileEnvelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("mayParse");

    const QList<FixtureRequest> beacons = loadBeacons(QStringLiteral("sentry"));
    const QByteArray real = beacons[1].payload.body; // the 45 KB pageload span batch
    QTest::newRow("truncated") << real.first(real.size() / 2) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("header not JSON") << QByteArray("hello\n{\"type\":\"event\"}\n{}") << false;
    QTest::newRow("header not an object") << QByteArray("[]\n") << false;
    QTest::newRow("item header without type") << kHeader + "\n{\"type\":5}\n{}" << false;
    QTest::newRow("item header not JSON") << kHeader + "\nnope\n{}" << false;
    QTest::newRow("known item without payload") << kHeader + "\n{\"type\":\"event\"}" << false;
    QTest::newRow("length larger than the payload")
        << kHeader + "\n{\"type\":\"event\",\"length\":500}\n{\"timestamp\":1795805195.9}" << false;
    QTest::newRow("absurd length")
        << kHeader + "\n{\"type\":\"attachment\",\"length\":1e300}\nabc" << false;
    QTest::newRow("negative length")
        << kHeader + "\n{\"type\":\"attachment\",\"length\":-3}\nabc" << false;
    QTest::newRow("fractional length")
        << kHeader + "\n{\"type\":\"attachment\",\"length\":1.5}\nabc" << false;
    QTest::newRow("length of the wrong type")
        << kHeader + "\n{\"type\":\"attachment\",\"length\":\"3\"}\nabc" << true;
    QTest::newRow("wrong types inside")
        << kHeader +
               "\n{\"type\":\"event\"}\n{\"timestamp\":\"yesterday\",\"exception\":{\"values\":"
               "[5,{\"type\":[],\"value\":{},\"stacktrace\":{\"frames\":[1,{\"lineno\":\"x\","
               "\"colno\":1e300,\"function\":7}]},\"mechanism\":\"m\"}]},\"user\":[],"
               "\"contexts\":{\"trace\":7}}\n{\"type\":\"span\"}\n{\"items\":[1,{\"attributes\":"
               "[],\"start_timestamp\":\"x\"},{\"attributes\":{\"sentry.op\":{\"value\":5}}}]}"
               "\n{\"type\":\"session\"}\n{\"started\":[],\"timestamp\":\"2026-11-27T18:46:30Z\","
               "\"attrs\":7,\"did\":{}}"
        << true;
    QTest::newRow("10000-deep nesting")
        << kHeader + "\n{\"type\":\"event\"}\n" + QByteArray(10000, '[') + QByteArray(10000, ']')
        << false;
    QTest::newRow("deep header") << QByteArray(10000, '{') << false;
    QTest::newRow("invalid UTF-8")
        << kHeader + "\n{\"type\":\"event\"}\n{\"message\":\"\xff\xfe\",\"level\":\"error\"}"
        << false;
    QTest::newRow("absurd timestamps")
        << kHeader + "\n{\"type\":\"event\"}\n{\"timestamp\":1e300,\"exception\":{\"values\":[{"
                     "\"type\":\"E\"}]}}\n{\"type\":\"session\"}\n{\"started\":-1e300,"
                     "\"timestamp\":\"2026-11-27T18:46:30Z\"}"
        << true; // the event falls back to sent_at, the session to its last update
    QTest::newRow("absurd span numbers")
        << kHeader + "\n{\"type\":\"span\"}\n{\"items\":[{\"trace_id\":\"t\",\"span_id\":\"s\","
                     "\"start_timestamp\":1795805189.9,\"end_timestamp\":1e300,\"is_segment\":true,"
                     "\"attributes\":{\"sentry.op\":{\"value\":\"pageload\"},"
                     "\"browser.web_vital.lcp.value\":{\"value\":1e300},"
                     "\"browser.web_vital.cls.value\":{\"value\":-5},\"network.connection.rtt\":"
                     "{\"value\":\"NaN\"}}},{\"trace_id\":\"t\",\"start_timestamp\":1795805189.9,"
                     "\"end_timestamp\":1795805189.95,\"attributes\":{\"sentry.op\":{\"value\":"
                     "\"http.client\"},\"url.full\":{\"value\":\"https://x/a\"},"
                     "\"http.response.status_code\":{\"value\":1e300}}}]}"
        << true;
    QTest::newRow("a span with no time")
        << kHeader + "\n{\"type\":\"span\"}\n{\"items\":[{\"trace_id\":\"t\",\"attributes\":{"
                     "\"sentry.op\":{\"value\":\"pageload\"}}}]}"
        << false; // a page view without a plausible time fails the payload, by design
}

void TestSentry::hostileEnvelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, mayParse);
    BeaconParser parser;
    QElapsedTimer timer;
    timer.start();
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Sentry, envelope(body));
    QVERIFY(timer.elapsed() < 5000);
    if (!mayParse) {
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
        return;
    }
    QVERIFY2(parsed.ok(), why(parsed).constData());
    for (const Record &record : parsed->records)
        QVERIFY(eventBase(record).time > 0);
    for (const PageView &view : recordsOf<PageView>(parsed->records)) {
        QVERIFY(!isSet(view.lcp));
        QVERIFY(!isSet(view.cls));
        QVERIFY(!isSet(view.rtt));
    }
}

QTEST_GUILESS_MAIN(TestSentry)
#include "tst_sentry.moc"
