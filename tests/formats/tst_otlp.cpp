// The OTLP/HTTP JSON parser on the captured OpenTelemetry JS requests (tests/data/fixtures:
// opentelemetry, opentelemetry-proto), and on hostile bodies.
#include "fixtures.h"
#include "ingest/formats/otlpspans.h"
#include "ingest/formats/parserstate.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace rumscope;
using namespace rumscope::test;

namespace {

const QString kDesktopSession = QStringLiteral("65c30bac-af43-476e-8c77-f29dfda18298");
const QString kMobileSession = QStringLiteral("4f342e55-7864-4159-a1f9-e002af742dbc");
const QString kPage = QStringLiteral("http://127.0.0.1:8700");

/// A URL of the fixture site, as a QString (QCOMPARE cannot print a string builder).
QString at(QStringView path)
{
    return kPage + path;
}

template<class R, class Predicate> std::vector<R> where(const ParsedBeacon &parsed, Predicate keep)
{
    std::vector<R> result;
    for (const R &record : recordsOf<R>(parsed.records)) {
        if (keep(record))
            result.push_back(record);
    }
    return result;
}

const PageView *viewOf(const std::vector<PageView> &views, const QString &sessionId,
                       const QString &url, const QString &navigationType = QString())
{
    for (const PageView &view : views) {
        if (view.sessionId == sessionId && view.url == url && view.navigationType == navigationType)
            return &view;
    }
    return nullptr;
}

Payload jsonPayload(const QByteArray &body)
{
    Payload payload;
    payload.method = "POST";
    payload.path = "/v1/traces";
    payload.headers = {{"content-type", "application/json"}};
    payload.body = body;
    return payload;
}

/// A span of the session "s1" on `page` (stamped like the fixture's), its times in ms.
QByteArray stampedSpan(const QByteArray &name, const QByteArray &traceId, qint64 startMs,
                       const QByteArray &page, const QByteArray &extraAttributes = {})
{
    return R"({"traceId":")" + traceId + R"(","spanId":")" + traceId.left(16) + R"(","name":")" +
           name + R"(","startTimeUnixNano":")" + QByteArray::number(startMs * 1000000) +
           R"(","endTimeUnixNano":")" + QByteArray::number((startMs + 50) * 1000000) +
           R"(","attributes":[{"key":"session.id","value":{"stringValue":"s1"}},)"
           R"({"key":"page.url","value":{"stringValue":")" +
           page + R"("}},{"key":"url.full","value":{"stringValue":")" + page + R"("}})" +
           extraAttributes + "]}";
}

QByteArray clickSpan(const QByteArray &traceId, qint64 startMs, const QByteArray &page)
{
    return stampedSpan("click", traceId, startMs, page,
                       R"(,{"key":"event_type","value":{"stringValue":"click"}})");
}

/// One span inside a minimal export, with its session stamped like the fixture's.
QByteArray exportOf(const QByteArray &span)
{
    return R"({"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":)"
           R"({"stringValue":"shop"}}]},"scopeSpans":[{"scope":{"name":"s"},"spans":[)" +
           span + "]}]}]}";
}

} // namespace

class TestOtlp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parsesEveryJsonBeacon();
    void refusesProtobufClearly();
    void appReleaseAndEnvironmentFromTheResource();
    void twoSessionsFromTheSessionAttribute();
    void documentLoadsBecomePageViews();
    void routeChangeIsItsOwnView();
    void resourcesOfThePageLoad();
    void failedFetchIsAResourceAndAnHttpError();
    void clicksBecomeInteractions();
    void everyRecordBelongsToAViewOfItsSession();
    void exceptionEventsAndLongTasks();
    void withoutSessionAttributeTheSessionIsDerived();
    void twoLoadsOfOnePageAreTwoViews();
    void spansOfAForgottenPageShareAView();
    void spanReaderForEmbeddedExports();
    void hostilePayloads_data();
    void hostilePayloads();
    void tooManySpansIsAnError();

private:
    ParsedBeacon m_parsed;
    std::vector<PageView> m_views;
};

void TestOtlp::initTestCase()
{
    m_parsed = parseFixture(QStringLiteral("opentelemetry"), WireFormat::Otlp);
    m_views = mergedViews(m_parsed.records);
}

void TestOtlp::parsesEveryJsonBeacon()
{
    const QList<FixtureRequest> beacons = loadBeacons(QStringLiteral("opentelemetry"));
    QCOMPARE(beacons.size(), 20);
    BeaconParser parser;
    for (const FixtureRequest &beacon : beacons) {
        const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Otlp, beacon.payload);
        QVERIFY2(parsed.ok(), why(parsed).constData());
        QVERIFY(!parsed->records.empty());
    }
    // Real beacons drop nothing.
    QVERIFY2(m_parsed.notes.isEmpty(), qPrintable(m_parsed.notes.join(u'\n')));
}

void TestOtlp::refusesProtobufClearly()
{
    const QList<FixtureRequest> beacons = loadBeacons(QStringLiteral("opentelemetry-proto"));
    QCOMPARE(beacons.size(), 21);
    BeaconParser parser;
    for (const FixtureRequest &beacon : beacons) {
        const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Otlp, beacon.payload);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(QLatin1StringView("protobuf")),
                 why(parsed).constData());
        // The same binary body from a file, where no Content-Type says what it is.
        Payload fromFile = beacon.payload;
        fromFile.headers.clear();
        const Result<ParsedBeacon> again = parser.parse(WireFormat::Otlp, fromFile);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1StringView("protobuf")));
    }
}

void TestOtlp::appReleaseAndEnvironmentFromTheResource()
{
    QVERIFY(!m_parsed.records.empty());
    for (const Record &record : m_parsed.records) {
        const EventBase &base = eventBase(record);
        QCOMPARE(base.app, QStringLiteral("acme-store-web"));
        QCOMPARE(base.release, QStringLiteral("1.4.2"));
        QCOMPARE(base.env, QStringLiteral("fixtures"));
        QCOMPARE(base.source, QStringLiteral("otlp"));
    }
}

void TestOtlp::twoSessionsFromTheSessionAttribute()
{
    QSet<QString> sessions;
    for (const Record &record : m_parsed.records)
        sessions.insert(eventBase(record).sessionId);
    QCOMPARE(sessions, (QSet<QString>{kDesktopSession, kMobileSession}));
    // And each browser's beacons carry its own.
    BeaconParser parser;
    for (const FixtureRequest &beacon : loadBeacons(QStringLiteral("opentelemetry"))) {
        const QString expected =
            beacon.session == u"desktop-win-chrome" ? kDesktopSession : kMobileSession;
        const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Otlp, beacon.payload);
        QVERIFY(parsed.ok());
        for (const Record &record : parsed->records)
            QCOMPARE(eventBase(record).sessionId, expected);
    }
}

void TestOtlp::documentLoadsBecomePageViews()
{
    const std::vector<PageView> loads =
        where<PageView>(m_parsed, [](const PageView &v) { return v.navigationType.isEmpty(); });
    QCOMPARE(loads.size(), size_t(6));
    for (const QString &session : {kDesktopSession, kMobileSession}) {
        for (const char *path : {"/index.html", "/products.html", "/app/"}) {
            const QString url = kPage + QLatin1StringView(path);
            QVERIFY2(viewOf(m_views, session, url), qPrintable(url));
        }
    }
    // Desktop /index.html: documentLoad starts at 1795804957313300098 ns; the documentFetch
    // child's responseStart is 8.0 ms after its fetchStart; domInteractive 1121.5 ms and
    // loadEventEnd 1129.1 ms after documentLoad's fetchStart. The page painted after load, so
    // the span has no paint events.
    const PageView *index = viewOf(m_views, kDesktopSession, at(u"/index.html"));
    QVERIFY(index);
    QCOMPARE(index->time, 1795804957313);
    QCOMPARE(index->ttfb, 8.0);
    QVERIFY(std::abs(index->domInteractive - 1121.5) < 1e-6);
    QVERIFY(std::abs(index->domContentLoaded - 1127.8) < 1e-6);
    QVERIFY(std::abs(index->load - 1129.1) < 1e-6);
    QCOMPARE(index->dns, 0.0);
    QCOMPARE(index->connect, 0.0);
    QVERIFY(!isSet(index->tls)); // plain HTTP: secureConnectionStart was 0
    QVERIFY(!isSet(index->fcp));
    QVERIFY(index->userAgent.contains(QLatin1StringView("Windows NT 10.0")));
    QCOMPARE(index->viewId.isEmpty(), false);
    // /products.html painted before load: firstContentfulPaint 164.5 ms (desktop) and
    // 2371.4 ms (mobile, 3G and 4× CPU).
    const PageView *products = viewOf(m_views, kDesktopSession, at(u"/products.html"));
    QVERIFY(products);
    QVERIFY(std::abs(products->fcp - 164.5) < 1e-6);
    const PageView *mobileProducts = viewOf(m_views, kMobileSession, at(u"/products.html"));
    QVERIFY(mobileProducts);
    QVERIFY(std::abs(mobileProducts->fcp - 2371.4) < 1e-6);
    QVERIFY(std::abs(mobileProducts->ttfb - 2.7) < 1e-6);
    QVERIFY(mobileProducts->userAgent.contains(QLatin1StringView("Android 10")));
}

void TestOtlp::routeChangeIsItsOwnView()
{
    const std::vector<PageView> changes = where<PageView>(
        m_parsed, [](const PageView &v) { return v.navigationType == u"route-change"; });
    // /app/details and /app/settings in each session.
    QCOMPARE(changes.size(), size_t(4));
    const PageView *details =
        viewOf(m_views, kDesktopSession, at(u"/app/details"), QStringLiteral("route-change"));
    QVERIFY(details);
    QCOMPARE(details->time, 1795804976634); // the "Navigation: /app/details" span's start
    const PageView *app = viewOf(m_views, kDesktopSession, at(u"/app/"));
    QVERIFY(app);
    QVERIFY(details->viewId != app->viewId);
    QVERIFY(viewOf(m_views, kMobileSession, at(u"/app/settings"), QStringLiteral("route-change")));
    // The fetch the route started (its page.url is already /app/details) belongs to it.
    const std::vector<Resource> items = where<Resource>(m_parsed, [&](const Resource &r) {
        return r.sessionId == kDesktopSession && r.url == at(u"/api/items?route=details");
    });
    QCOMPARE(items.size(), size_t(2)); // the route change, and history.back() to it later
    for (const Resource &item : items)
        QCOMPARE(item.viewId, details->viewId);
    // The click that changed the route happened on /app/.
    const std::vector<Interaction> link = where<Interaction>(m_parsed, [&](const Interaction &i) {
        return i.sessionId == kDesktopSession && i.target == u"a#route-details";
    });
    QCOMPARE(link.size(), size_t(1));
    QCOMPARE(link.front().viewId, app->viewId);
    QCOMPARE(link.front().type, QStringLiteral("click"));
}

void TestOtlp::resourcesOfThePageLoad()
{
    const PageView *index = viewOf(m_views, kDesktopSession, at(u"/index.html"));
    QVERIFY(index);
    const std::vector<Resource> resources =
        where<Resource>(m_parsed, [&](const Resource &r) { return r.viewId == index->viewId; });
    // documentFetch, ten resourceFetch spans, and the reviews fetch made later on the page.
    QCOMPARE(resources.size(), size_t(12));
    const auto slow = std::find_if(resources.begin(), resources.end(), [](const Resource &r) {
        return r.url.endsWith(u"/assets/slow.js?ms=900&busy=150&page=home");
    });
    QVERIFY(slow != resources.end());
    // The 900 ms server delay: fetchStart 1795804957343099951 → responseEnd 928.6 ms later,
    // 29.8 ms after the documentLoad started.
    QVERIFY(std::abs(slow->duration - 928.6) < 1e-6);
    QVERIFY(std::abs(slow->startTime - 29.799853) < 1e-6);
    QCOMPARE(slow->time, 1795804957343);
    const auto otel = std::find_if(resources.begin(), resources.end(), [](const Resource &r) {
        return r.url == u"http://127.0.0.1:8700/build/otel.js";
    });
    QVERIFY(otel != resources.end());
    QVERIFY(std::abs(otel->duration - 35.0) < 1e-6);
    QCOMPARE(otel->encodedSize, 138123.0);
    const auto document = std::find_if(resources.begin(), resources.end(), [](const Resource &r) {
        return r.url == u"http://127.0.0.1:8700/index.html";
    });
    QVERIFY(document != resources.end());
    QCOMPARE(document->initiatorType, QStringLiteral("navigation"));
    QCOMPARE(document->encodedSize, 6718.0);
}

void TestOtlp::failedFetchIsAResourceAndAnHttpError()
{
    for (const QString &session : {kDesktopSession, kMobileSession}) {
        const std::vector<Resource> reviews = where<Resource>(m_parsed, [&](const Resource &r) {
            return r.sessionId == session && r.url == at(u"/api/reviews?product=42");
        });
        QCOMPARE(reviews.size(), size_t(1));
        QCOMPARE(reviews.front().httpStatus, 404.0);
        QCOMPARE(reviews.front().initiatorType, QStringLiteral("fetch"));
        const PageView *index = viewOf(m_views, session, at(u"/index.html"));
        QVERIFY(index);
        QCOMPARE(reviews.front().viewId, index->viewId);

        const std::vector<ErrorEvent> errors = where<ErrorEvent>(
            m_parsed, [&](const ErrorEvent &e) { return e.sessionId == session; });
        // The reviews and inventory 404s; OTel web has no error instrumentation.
        QCOMPARE(errors.size(), size_t(2));
        const ErrorEvent &error = errors.front();
        QCOMPARE(error.kind, QStringLiteral("http"));
        QCOMPARE(error.httpStatus, 404.0);
        QCOMPARE(error.resourceUrl, at(u"/api/reviews?product=42"));
        QCOMPARE(error.message, QStringLiteral("GET /api/reviews failed with status 404"));
        QCOMPARE(error.viewId, index->viewId);
        QVERIFY(!error.fingerprint.isEmpty());
        QCOMPARE(errors.back().resourceUrl, at(u"/api/inventory?sku=all"));
    }
    // Desktop: the fetch span ran 1795804962444699902 → 1795804962529299902 (Resource Timing).
    const std::vector<Resource> desktop = where<Resource>(m_parsed, [&](const Resource &r) {
        return r.sessionId == kDesktopSession && r.url == at(u"/api/reviews?product=42");
    });
    QVERIFY(std::abs(desktop.front().duration - 84.6) < 1e-6);
    QCOMPARE(desktop.front().time, 1795804962443);
}

void TestOtlp::clicksBecomeInteractions()
{
    const PageView *index = viewOf(m_views, kDesktopSession, at(u"/index.html"));
    const PageView *details =
        viewOf(m_views, kDesktopSession, at(u"/app/details"), QStringLiteral("route-change"));
    QVERIFY(index && details);
    // #btn-work is Compute on /index.html and Recalculate on /app/details: both a 280 ms
    // busy loop.
    const std::vector<Interaction> clicks = where<Interaction>(m_parsed, [](const Interaction &i) {
        return i.sessionId == kDesktopSession && i.target == u"button#btn-work";
    });
    QCOMPARE(clicks.size(), size_t(2));
    const Interaction &compute = clicks.front();
    QCOMPARE(compute.type, QStringLiteral("click"));
    QCOMPARE(compute.time, 1795804960548);
    QVERIFY(std::abs(compute.duration - 280.8) < 1e-6);
    QCOMPARE(compute.viewId, index->viewId);
    QCOMPARE(clicks.back().viewId, details->viewId);
    QVERIFY(std::abs(clicks.back().duration - 280.5) < 1e-6);
    // Ten click spans per session, two of them renamed by the route change they caused.
    QCOMPARE(recordsOf<Interaction>(m_parsed.records).size(), size_t(20));
}

void TestOtlp::everyRecordBelongsToAViewOfItsSession()
{
    QHash<QString, QString> sessionOfView;
    for (const PageView &view : m_views)
        sessionOfView.insert(view.viewId, view.sessionId);
    for (const Record &record : m_parsed.records) {
        const EventBase &base = eventBase(record);
        QVERIFY2(sessionOfView.contains(base.viewId),
                 qPrintable(QString::number(int(recordType(record))) + u' ' + base.viewId));
        QCOMPARE(sessionOfView.value(base.viewId), base.sessionId);
    }
    // Six page loads and four route changes; the popstate back to /app/details reuses a view.
    QCOMPARE(m_views.size(), size_t(10));
}

void TestOtlp::exceptionEventsAndLongTasks()
{
    // The fixture has neither; these are what the web-exception and long-task
    // instrumentations and recordException() send (../shared/formats.md §5.5).
    const QByteArray body = exportOf(
        R"({"traceId":"a1","spanId":"b1","name":"longtask","kind":1,)"
        R"("startTimeUnixNano":"1795804960548000000","endTimeUnixNano":"1795804960648000000",)"
        R"("attributes":[{"key":"longtask.duration","value":{"doubleValue":100.5}},)"
        R"({"key":"longtask.attribution.name","value":{"stringValue":"self"}},)"
        R"({"key":"session.id","value":{"stringValue":"s-1"}},)"
        R"({"key":"page.url","value":{"stringValue":"https://shop.example/cart"}}]},)"
        R"({"traceId":"a2","spanId":"b2","name":"checkout","kind":1,)"
        R"("startTimeUnixNano":"1795804961000000000","endTimeUnixNano":"1795804961100000000",)"
        R"("attributes":[{"key":"session.id","value":{"stringValue":"s-1"}},)"
        R"({"key":"page.url","value":{"stringValue":"https://shop.example/cart"}}],)"
        R"("events":[{"name":"exception","timeUnixNano":"1795804961050000000","attributes":[)"
        R"({"key":"exception.type","value":{"stringValue":"TypeError"}},)"
        R"({"key":"exception.message","value":{"stringValue":"x is undefined"}},)"
        R"({"key":"exception.stacktrace","value":{"stringValue":)"
        R"("TypeError: x is undefined\n    at pay (https://shop.example/app.js:10:5)\n)"
        R"(    at https://shop.example/app.js:20:7\nsubmit@https://shop.example/vendor.js:3:9"}}]}],)"
        R"("status":{"code":2}})");
    BeaconParser parser;
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Otlp, jsonPayload(body));
    QVERIFY2(parsed.ok(), why(parsed).constData());
    const std::vector<LongTask> tasks = recordsOf<LongTask>(parsed->records);
    QCOMPARE(tasks.size(), size_t(1));
    QCOMPARE(tasks.front().duration, 100.5);
    QCOMPARE(tasks.front().name, QStringLiteral("self"));
    QCOMPARE(tasks.front().sessionId, QStringLiteral("s-1"));
    QCOMPARE(tasks.front().app, QStringLiteral("shop"));
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(parsed->records);
    QCOMPARE(errors.size(), size_t(1));
    const ErrorEvent &error = errors.front();
    QCOMPARE(error.kind, QStringLiteral("exception"));
    QCOMPARE(error.type, QStringLiteral("TypeError"));
    QCOMPARE(error.message, QStringLiteral("x is undefined"));
    QCOMPARE(error.time, 1795804961050);
    QCOMPARE(error.viewId, tasks.front().viewId);
    QCOMPARE(error.frames.size(), 3);
    QCOMPARE(error.frames[0], (StackFrame{QStringLiteral("https://shop.example/app.js"),
                                          QStringLiteral("pay"), 10, 5}));
    QCOMPARE(error.frames[1],
             (StackFrame{QStringLiteral("https://shop.example/app.js"), QString(), 20, 7}));
    QCOMPARE(error.frames[2], (StackFrame{QStringLiteral("https://shop.example/vendor.js"),
                                          QStringLiteral("submit"), 3, 9}));
}

void TestOtlp::withoutSessionAttributeTheSessionIsDerived()
{
    // Plain OTel: no session.id, no page.url. The documentLoad's trace still ties its
    // resourceFetch child to its view; a session is derived from app, user agent and day.
    const QByteArray body = exportOf(
        R"({"traceId":"t1","spanId":"d1","name":"documentLoad","startTimeUnixNano":)"
        R"("1795804957313300098","endTimeUnixNano":"1795804958442400098","attributes":[)"
        R"({"key":"http.url","value":{"stringValue":"https://shop.example/"}}],"events":[]},)"
        R"({"traceId":"t1","spanId":"r1","parentSpanId":"d1","name":"resourceFetch",)"
        R"("startTimeUnixNano":"1795804957413300098","endTimeUnixNano":"1795804957513300098",)"
        R"("attributes":[{"key":"http.url","value":{"stringValue":"https://shop.example/a.js"}}]})");
    Payload payload = jsonPayload(body);
    payload.headers.append(std::pair<QByteArray, QByteArray>("user-agent", "Mozilla/5.0 Test"));
    payload.receivedAt = 1795804960000;
    BeaconParser parser;
    const Result<ParsedBeacon> first = parser.parse(WireFormat::Otlp, payload);
    QVERIFY2(first.ok(), why(first).constData());
    const std::vector<PageView> views = recordsOf<PageView>(first->records);
    const std::vector<Resource> resources = recordsOf<Resource>(first->records);
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(resources.size(), size_t(1));
    QVERIFY(views.front().sessionId.startsWith(u"otlp-session-"));
    QCOMPARE(resources.front().viewId, views.front().viewId);
    QCOMPARE(resources.front().sessionId, views.front().sessionId);
    QCOMPARE(resources.front().startTime, 100.0);
    QCOMPARE(views.front().url, QStringLiteral("https://shop.example/"));
    QCOMPARE(views.front().userAgent, QStringLiteral("Mozilla/5.0 Test"));
    // The same browser's next batch lands in the same session.
    const Result<ParsedBeacon> again = parser.parse(WireFormat::Otlp, payload);
    QCOMPARE(recordsOf<PageView>(again->records).front().sessionId, views.front().sessionId);
}

void TestOtlp::twoLoadsOfOnePageAreTwoViews()
{
    // A visitor loads /cart, clicks, loads /cart again (a reload) and clicks: four exports, as
    // the batch processor sends them. The clicks are traces of their own, but each belongs to
    // the load it happened after.
    const QByteArray cart = "https://shop.example/cart";
    const qint64 t0 = 1795804957000;
    const QByteArray exports[] = {
        exportOf(stampedSpan("documentLoad", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", t0, cart)),
        exportOf(clickSpan("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", t0 + 4000, cart)),
        exportOf(stampedSpan("documentLoad", "cccccccccccccccccccccccccccccccc", t0 + 9000, cart)),
        exportOf(clickSpan("dddddddddddddddddddddddddddddddd", t0 + 15000, cart)),
    };
    BeaconParser parser;
    std::vector<Record> records;
    for (const QByteArray &body : exports) {
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::Otlp, jsonPayload(body));
        QVERIFY2(parsed.ok(), why(parsed).constData());
        std::ranges::move(parsed->records, std::back_inserter(records));
    }
    const std::vector<PageView> views = recordsOf<PageView>(records);
    const std::vector<Interaction> clicks = recordsOf<Interaction>(records);
    QCOMPARE(views.size(), size_t(2));
    QCOMPARE(clicks.size(), size_t(2));
    QVERIFY(views[0].viewId != views[1].viewId);
    QCOMPARE(views[0].time, t0);
    QCOMPARE(views[1].time, t0 + 9000);
    QCOMPARE(clicks[0].viewId, views[0].viewId);
    QCOMPARE(clicks[1].viewId, views[1].viewId);
    // The same export sent twice (a retry) names the same view.
    Result<ParsedBeacon> retried = parser.parse(WireFormat::Otlp, jsonPayload(exports[2]));
    QVERIFY(retried.ok());
    QCOMPARE(recordsOf<PageView>(retried->records).front().viewId, views[1].viewId);
}

void TestOtlp::spansOfAForgottenPageShareAView()
{
    // Clicks whose documentLoad this parser never saw (sent to another process, or before it
    // started) still share one view per page, and not the view of another page.
    const qint64 t0 = 1795804957000;
    BeaconParser parser;
    const auto viewOfClick = [&](const QByteArray &trace, qint64 time, const QByteArray &page) {
        Result<ParsedBeacon> parsed =
            parser.parse(WireFormat::Otlp, jsonPayload(exportOf(clickSpan(trace, time, page))));
        const std::vector<Interaction> clicks =
            parsed ? recordsOf<Interaction>(parsed->records) : std::vector<Interaction>();
        return clicks.size() == 1 ? clicks.front().viewId : QString();
    };
    const QString first = viewOfClick("e1", t0, "https://shop.example/a");
    const QString second = viewOfClick("e2", t0 + 1000, "https://shop.example/a");
    const QString other = viewOfClick("e3", t0 + 2000, "https://shop.example/b");
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
    QVERIFY(!other.isEmpty());
    QVERIFY(other != first);
}

void TestOtlp::spanReaderForEmbeddedExports()
{
    // A format that embeds an OTLP export (Faro's `traces`) names the view and the visit; a
    // span's own session.id still wins, and route changes are left to the carrier.
    const QByteArray body =
        R"({"resourceSpans":[{"resource":{"attributes":[]},"scopeSpans":[{"scope":{"name":)"
        R"("@opentelemetry/instrumentation-fetch"},"spans":[{"traceId":"t","spanId":"f",)"
        R"("name":"GET","kind":3,"startTimeUnixNano":"1795804962443000000","endTimeUnixNano":)"
        R"("1795804962535000000","attributes":[{"key":"url.full","value":{"stringValue":)"
        R"("https://x.example/api"}},{"key":"http.response.status_code","value":{"intValue":500}},)"
        R"({"key":"session.id","value":{"stringValue":"span-session"}}],"status":{"code":2}}]},)"
        R"({"scope":{"name":"@opentelemetry/instrumentation-user-interaction"},"spans":[{)"
        R"("traceId":"u","spanId":"n","name":"Navigation: /next","startTimeUnixNano":)"
        R"("1795804976634000000","endTimeUnixNano":"1795804976640100000","attributes":[{"key":)"
        R"("event_type","value":{"stringValue":"click"}},{"key":"url.full","value":{)"
        R"("stringValue":"https://x.example/"}}]}]}]}]})";
    JsonDocument json;
    Result<json::element> root = json.parse(body);
    QVERIFY(root.ok());
    formats::otlp::SpanDefaults defaults;
    defaults.sessionId = QStringLiteral("carrier-session");
    defaults.viewId = QStringLiteral("carrier-view");
    defaults.app = QStringLiteral("shop");
    defaults.release = QStringLiteral("9.9");
    formats::OtlpViews views;
    const formats::Output records = formats::otlp::readResourceSpans(
        *json::arrayAt(*json::objectOf(root.value()), "resourceSpans"), defaults, views);
    QVERIFY2(records.ok(), why(records).constData());
    QCOMPARE(recordsOf<PageView>(records.value()).size(), size_t(0));
    QCOMPARE(recordsOf<Resource>(records.value()).size(), size_t(1));
    QCOMPARE(recordsOf<ErrorEvent>(records.value()).size(), size_t(1));
    QCOMPARE(recordsOf<Interaction>(records.value()).size(), size_t(1));
    for (const Record &record : records.value()) {
        const EventBase &base = eventBase(record);
        QCOMPARE(base.viewId, QStringLiteral("carrier-view"));
        QCOMPARE(base.app, QStringLiteral("shop"));
        QCOMPARE(base.release, QStringLiteral("9.9"));
        QCOMPARE(base.sessionId, recordType(record) == RecordType::Interaction
                                     ? QStringLiteral("carrier-session")
                                     : QStringLiteral("span-session"));
    }
}

void TestOtlp::hostilePayloads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("mayParse");

    const QList<FixtureRequest> beacons = loadBeacons(QStringLiteral("opentelemetry"));
    const QByteArray real = beacons.front().payload.body;
    QTest::newRow("truncated") << real.first(real.size() / 2) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("not an object") << QByteArray("[1,2,3]") << false;
    QTest::newRow("resourceSpans not an array") << QByteArray(R"({"resourceSpans":7})") << false;
    QTest::newRow("no resourceSpans") << QByteArray(R"({"resourceLogs":[]})") << false;
    QTest::newRow("wrong types inside")
        << QByteArray(R"({"resourceSpans":[1,"x",null,{"resource":5,"scopeSpans":{}},)"
                      R"({"scopeSpans":[7,{"scope":[],"spans":[null,"s",{"name":5,)"
                      R"("attributes":"nope","events":7,"status":"bad"}]}]}]})")
        << true;
    QTest::newRow("a span with no time")
        << exportOf(R"({"name":"documentLoad","attributes":[{"key":"url.full","value":)"
                    R"({"stringValue":"https://x.example/"}}]})")
        << false; // a page view without a plausible time fails the payload, by design
    QTest::newRow("attribute values of every wrong kind")
        << exportOf(R"({"name":"GET","startTimeUnixNano":"1795804962443000000",)"
                    R"("endTimeUnixNano":"1795804962000000000","attributes":[)"
                    R"({"key":"url.full","value":{"intValue":5}},)"
                    R"({"key":"http.url","value":{"stringValue":"https://x.example/a"}},)"
                    R"({"key":"http.method","value":{"stringValue":"GET"}},)"
                    R"({"key":"http.status_code","value":{"stringValue":"abc"}},)"
                    R"({"key":"session.id","value":{"arrayValue":{"values":[]}}},)"
                    R"({"key":7,"value":null},"junk"],"events":[{"name":"fetchStart",)"
                    R"("timeUnixNano":{"a":1}}],"status":{"code":"2"}})")
        << true;
    QByteArray deep = R"({"resourceSpans":)";
    deep += QByteArray(10000, '[') + QByteArray(10000, ']') + '}';
    QTest::newRow("10000-deep nesting") << deep << false;
    QByteArray deepAttribute =
        exportOf(R"({"name":"click","startTimeUnixNano":"1795804960548000000","attributes":[)"
                 R"({"key":"event_type","value":)" +
                 QByteArray(5000, '[') + QByteArray(5000, ']') + "}]}");
    QTest::newRow("deep attribute value") << deepAttribute << false;
    QTest::newRow("invalid UTF-8")
        << exportOf("{\"name\":\"click\",\"startTimeUnixNano\":\"1795804960548000000\","
                    "\"attributes\":[{\"key\":\"event_type\",\"value\":{\"stringValue\":"
                    "\"\xff\xfe\xc3\"}}]}")
        << false;
    QTest::newRow("absurd numbers")
        << exportOf(
               R"({"name":"documentLoad","startTimeUnixNano":"1795804957313300098",)"
               R"("endTimeUnixNano":"-99999999999999999999999","attributes":[)"
               R"({"key":"url.full","value":{"stringValue":"https://x.example/"}}],"events":[)"
               R"({"name":"fetchStart","timeUnixNano":"1795804957313300098"},)"
               R"({"name":"domInteractive","timeUnixNano":"99999999999999999999999999"},)"
               R"({"name":"loadEventEnd","timeUnixNano":4e300},)"
               R"({"name":"firstContentfulPaint","timeUnixNano":"4102444799999999999"},)"
               R"({"name":"domContentLoadedEventEnd","timeUnixNano":-1e308}],)"
               R"("status":{"code":1e300}},{"name":"GET","startTimeUnixNano":1e400,)"
               R"("attributes":[{"key":"http.url","value":{"stringValue":"https://x.example/a"}},)"
               R"({"key":"http.method","value":{"stringValue":"GET"}},)"
               R"({"key":"http.status_code","value":{"intValue":"99999999999999999999"}}]})")
        << false; // 1e400 is not a number simdjson accepts
    QTest::newRow("absurd but valid numbers")
        << exportOf(
               R"({"name":"documentLoad","startTimeUnixNano":"1795804957313300098",)"
               R"("attributes":[{"key":"url.full","value":{"stringValue":"https://x.example/"}}],)"
               R"("events":[{"name":"fetchStart","timeUnixNano":"1795804957313300098"},)"
               R"({"name":"firstContentfulPaint","timeUnixNano":"4102444799999999999"},)"
               R"({"name":"loadEventEnd","timeUnixNano":"1"}],"status":{"code":1e300}},)"
               R"({"name":"GET","startTimeUnixNano":"1795804962443000000","attributes":[)"
               R"({"key":"http.url","value":{"stringValue":"https://x.example/a"}},)"
               R"({"key":"http.method","value":{"stringValue":"GET"}},)"
               R"({"key":"http.status_code","value":{"doubleValue":1e300}}]})")
        << true;
}

void TestOtlp::hostilePayloads()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, mayParse);
    BeaconParser parser;
    QElapsedTimer timer;
    timer.start();
    const Result<ParsedBeacon> parsed = parser.parse(WireFormat::Otlp, jsonPayload(body));
    QVERIFY(timer.elapsed() < 5000);
    if (!mayParse) {
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
        return;
    }
    QVERIFY2(parsed.ok(), why(parsed).constData());
    for (const Record &record : parsed->records)
        QVERIFY(eventBase(record).time > 0);
    // Absurd values are dropped, each with a note; the FCP a century later among them.
    for (const PageView &view : recordsOf<PageView>(parsed->records)) {
        QVERIFY(!isSet(view.fcp));
        QVERIFY(!isSet(view.load));
    }
    for (const Resource &resource : recordsOf<Resource>(parsed->records))
        QVERIFY(!isSet(resource.httpStatus) || resource.httpStatus <= 999);
}

void TestOtlp::tooManySpansIsAnError()
{
    QByteArray spans;
    for (int i = 0; i < 100001; ++i)
        spans += i ? ",{}" : "{}";
    BeaconParser parser;
    QElapsedTimer timer;
    timer.start();
    const Result<ParsedBeacon> many = parser.parse(WireFormat::Otlp, jsonPayload(exportOf(spans)));
    QVERIFY(!many.ok());
    QVERIFY2(many.error().message.contains(QLatin1StringView("100000")), why(many).constData());

    // A span with a million attributes and as many events: only the first 1024 of each are
    // looked at (the SDKs keep 128), so each key looked up costs bounded time.
    QByteArray junk;
    for (int i = 0; i < 1000000; ++i)
        junk += ",{}";
    const QByteArray click =
        R"({"name":"click","startTimeUnixNano":"1795804960548000000",)"
        R"("endTimeUnixNano":"1795804960648000000","attributes":[)"
        R"({"key":"event_type","value":{"stringValue":"click"}})" +
        junk + R"(,{"key":"session.id","value":{"stringValue":"late"}}],"events":[{})" + junk +
        "]}";
    const Result<ParsedBeacon> wide = parser.parse(WireFormat::Otlp, jsonPayload(exportOf(click)));
    QVERIFY2(wide.ok(), why(wide).constData());
    const std::vector<Interaction> interactions = recordsOf<Interaction>(wide->records);
    QCOMPARE(interactions.size(), size_t(1));
    QVERIFY(interactions.front().sessionId != u"late");
    QVERIFY(timer.elapsed() < 10000);
}

QTEST_GUILESS_MAIN(TestOtlp)
#include "tst_otlp.moc"
