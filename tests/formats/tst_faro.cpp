// Grafana Faro on the captured fixtures (tests/data/fixtures/faro*.ndjson): real batches from
// @grafana/faro-web-sdk 2.12.1 in Chromium, plus hostile payloads.
#include "fixtures.h"
#include "ingest/wireformat.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace rumscope;
using namespace rumscope::test;

namespace {

const QString kSite = QStringLiteral("http://127.0.0.1:8700");

qint64 epochMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

/// Which capture session (desktop-win-chrome, mobile-android-3g) each Faro session id came from.
QHash<QString, QString> captureSessions(const QString &fixture)
{
    QHash<QString, QString> labels;
    BeaconParser parser;
    for (const FixtureRequest &request : loadBeacons(fixture)) {
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::Faro, request.payload);
        if (!parsed)
            continue;
        for (const Record &record : parsed->records)
            labels.insert(eventBase(record).sessionId, request.session);
    }
    return labels;
}

/// The one view of a capture session whose URL is `path` on the test site, of this type.
const PageView *findView(const std::vector<PageView> &views, const QString &sessionId,
                         const QString &path, const QString &navigationType)
{
    const PageView *found = nullptr;
    for (const PageView &view : views) {
        if (view.sessionId != sessionId || view.url != kSite + path ||
            view.navigationType != navigationType)
            continue;
        if (found)
            return nullptr; // not the one view the test expects
        found = &view;
    }
    return found;
}

template<class R, class Predicate>
std::vector<R> matching(const std::vector<Record> &records, Predicate predicate)
{
    std::vector<R> result;
    for (const R &record : recordsOf<R>(records)) {
        if (predicate(record))
            result.push_back(record);
    }
    return result;
}

QSet<int> recordTypes(const std::vector<Record> &records)
{
    QSet<int> types;
    for (const Record &record : records)
        types.insert(int(recordType(record)));
    return types;
}

Payload faroPayload(const QByteArray &body)
{
    Payload payload;
    payload.method = "POST";
    payload.path = "/collect/test-key";
    payload.body = body;
    payload.receivedAt = epochMs("2026-11-27T18:40:00.000Z");
    payload.headers.append({QByteArray("content-type"), QByteArray("application/json")});
    payload.headers.append({QByteArray("user-agent"), QByteArray("HeaderAgent/1.0")});
    payload.headers.append({QByteArray("x-faro-session-id"), QByteArray("hdrSession1")});
    return payload;
}

const QByteArray kMeta =
    R"("meta":{"app":{"name":"shop","version":"2.0.0","environment":"prod"},)"
    R"("session":{"id":"s1"},"user":{"id":"u-42"},"page":{"url":"https://a.example/p"}})";

} // namespace

class TestFaro : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyBeaconParsesInBothVariants();
    void twoCaptureSessionsAreTwoFaroSessions();
    void oneViewPerPageLoadAtItsNavigationStart();
    void everyPartOfAViewAgreesOnItsIdAndStart();
    void webVitalsWithAttribution();
    void inpIsAnInteraction();
    void earlyMetricsDoNotOverwriteThePreviousPage();
    void spaRouteChanges();
    void resourceTimings();
    void exceptionsWithStackFrames();
    void failedFetchesFromTheEmbeddedTraces();
    void aRequestInTwoBatchesIsOneResource();
    void userAgentAndDeviceAsFaroStatesThem();
    void logsAndOtherEvents();
    void headersStandInForMissingMeta();
    void olderSdksAndOtherVisits();
    void hostilePayloadsAreRefusedWithAReason_data();
    void hostilePayloadsAreRefusedWithAReason();
    void malformedFieldsAreDropped();
    void hugeInputStaysBounded();

private:
    ParsedBeacon m_plain;
    ParsedBeacon m_gzip;
    QString m_desktop; ///< Faro session id of the desktop capture session in faro.ndjson
    QString m_mobile;
    std::vector<PageView> m_views; ///< faro.ndjson's views, merged as the store merges them
};

void TestFaro::initTestCase()
{
    m_plain = parseFixture(QStringLiteral("faro"), WireFormat::Faro);
    m_gzip = parseFixture(QStringLiteral("faro-gzip"), WireFormat::Faro);
    const QHash<QString, QString> labels = captureSessions(QStringLiteral("faro"));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.value() == u"desktop-win-chrome")
            m_desktop = it.key();
        else if (it.value() == u"mobile-android-3g")
            m_mobile = it.key();
    }
    m_views = mergedViews(m_plain.records);
}

void TestFaro::everyBeaconParsesInBothVariants()
{
    // parseFixture fails the test on the first beacon that does not parse.
    QCOMPARE(loadBeacons(QStringLiteral("faro")).size(), qsizetype(31 + 37));
    QCOMPARE(loadBeacons(QStringLiteral("faro-gzip")).size(), qsizetype(29 + 34));
    for (const FixtureRequest &request : loadBeacons(QStringLiteral("faro-gzip"))) {
        QCOMPARE(request.payload.header("content-encoding"), QByteArray("gzip"));
        QVERIFY(formatOfPath(request.payload.path) == WireFormat::Faro);
    }
    QVERIFY(!m_plain.records.empty());
    QVERIFY(recordTypes(m_gzip.records) == recordTypes(m_plain.records));
    const QSet<int> expected = {int(RecordType::Session),     int(RecordType::PageView),
                                int(RecordType::Error),       int(RecordType::Resource),
                                int(RecordType::Measurement), int(RecordType::Interaction)};
    QVERIFY(recordTypes(m_plain.records) == expected);
    QVERIFY2(m_plain.notes.isEmpty(), qPrintable(m_plain.notes.join(u'\n')));
    QVERIFY2(m_gzip.notes.isEmpty(), qPrintable(m_gzip.notes.join(u'\n')));
    // Both ran the same script: the same number of resources and exceptions reached them.
    QCOMPARE(recordsOf<Resource>(m_gzip.records).size(),
             recordsOf<Resource>(m_plain.records).size());
    QCOMPARE(recordsOf<ErrorEvent>(m_gzip.records).size(),
             recordsOf<ErrorEvent>(m_plain.records).size());
}

void TestFaro::twoCaptureSessionsAreTwoFaroSessions()
{
    QCOMPARE(m_desktop, QStringLiteral("ti96Faks8W"));
    QCOMPARE(m_mobile, QStringLiteral("y6mFNfsJes"));
    for (const ParsedBeacon *parsed : {&m_plain, &m_gzip}) {
        QSet<QString> sessions;
        for (const Record &record : parsed->records) {
            const EventBase &base = eventBase(record);
            sessions.insert(base.sessionId);
            QCOMPARE(base.app, QStringLiteral("acme-store-web"));
            QCOMPARE(base.release, QStringLiteral("1.4.2"));
            QCOMPARE(base.env, QStringLiteral("fixtures"));
            QCOMPARE(base.source, QStringLiteral("faro"));
        }
        QCOMPARE(sessions.size(), 2);
        QVERIFY(!sessions.contains(QString()));
    }
    const std::vector<Session> desktop = matching<Session>(
        m_plain.records, [&](const Session &s) { return s.sessionId == m_desktop; });
    QVERIFY(!desktop.empty());
    qint64 first = desktop.front().time, last = 0;
    QString entry;
    for (const Session &part : desktop) {
        first = std::min(first, part.time);
        last = std::max(last, part.lastSeen);
        if (!part.entryUrl.isEmpty())
            entry = part.entryUrl;
    }
    QCOMPARE(entry, QString(kSite + u"/index.html"));
    QCOMPARE(first, epochMs("2026-11-27T18:32:48.848Z")); // the first page's navigation start
    QVERIFY(last >= epochMs("2026-11-27T18:33:19.912Z"));
}

void TestFaro::oneViewPerPageLoadAtItsNavigationStart()
{
    const QString navigate = QStringLiteral("navigate");
    struct Expected
    {
        QString session;
        const char *path;
        const char *start;
    };
    const Expected pages[] = {
        {m_desktop, "/index.html", "2026-11-27T18:32:48.848Z"},
        {m_desktop, "/products.html", "2026-11-27T18:32:57.816Z"},
        {m_desktop, "/app/", "2026-11-27T18:33:05.450Z"},
        {m_mobile, "/index.html", "2026-11-27T18:33:23.973Z"},
        {m_mobile, "/products.html", "2026-11-27T18:33:39.850Z"},
        {m_mobile, "/app/", "2026-11-27T18:33:52.983Z"},
    };
    for (const Expected &page : pages) {
        const PageView *view =
            findView(m_views, page.session, QString::fromLatin1(page.path), navigate);
        QVERIFY2(view, page.path);
        QCOMPARE(view->time, epochMs(page.start));
    }
    // Three page loads per session, and the route changes; no view without a URL.
    qsizetype loads = 0;
    for (const PageView &view : m_views) {
        QVERIFY2(!view.url.isEmpty(), qPrintable(view.viewId));
        if (view.navigationType == navigate)
            ++loads;
    }
    QCOMPARE(loads, qsizetype(6));

    const PageView *index = findView(m_views, m_desktop, QStringLiteral("/index.html"), navigate);
    QVERIFY(index);
    QCOMPARE(index->load, 1130.0);
    QCOMPARE(index->dns, 0.0);
    QCOMPARE(index->connect, 0.0);
    QCOMPARE(index->tls, 0.0); // plain HTTP: Faro's "tlsNegotiationTime" of 1 is not TLS
    // fetchStart 2 (35 - (35 - 2)) + pageLoadTime 1129 - domProcessingTime 2.
    QCOMPARE(index->domInteractive, 1129.0);
}

void TestFaro::everyPartOfAViewAgreesOnItsIdAndStart()
{
    for (const ParsedBeacon *parsed : {&m_plain, &m_gzip}) {
        const std::vector<PageView> views = mergedViews(parsed->records);
        QHash<QString, const PageView *> merged;
        for (const PageView &view : views)
            merged.insert(view.viewId, &view);
        // A part that does not know the start says a later time; the store keeps the earliest,
        // which is the navigation event's exact start for every page load here.
        for (const PageView &part : recordsOf<PageView>(parsed->records)) {
            const PageView *view = merged.value(part.viewId);
            QVERIFY(view);
            QVERIFY(part.time >= view->time);
            QCOMPARE(part.sessionId, view->sessionId);
            if (!part.url.isEmpty())
                QCOMPARE(part.time, view->time);
        }
        // Events point at views that exist.
        for (const Record &record : parsed->records) {
            const EventBase &base = eventBase(record);
            if (recordType(record) != RecordType::PageView && !base.viewId.isEmpty())
                QVERIFY2(merged.contains(base.viewId), qPrintable(base.viewId));
        }
    }
    // Every beacon about the desktop /index.html load names the same view.
    const PageView *index =
        findView(m_views, m_desktop, QStringLiteral("/index.html"), QStringLiteral("navigate"));
    QVERIFY(index);
    qsizetype parts = 0;
    BeaconParser parser;
    for (const FixtureRequest &request : loadBeacons(QStringLiteral("faro"))) {
        if (!request.payload.body.contains("cUkawg7Udc") ||
            !request.payload.body.contains("/index.html\"},\"session"))
            continue;
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::Faro, request.payload);
        QVERIFY(parsed);
        const std::vector<PageView> views = recordsOf<PageView>(parsed->records);
        QCOMPARE(views.size(), size_t(1));
        QCOMPARE(views.front().viewId, index->viewId);
        ++parts;
    }
    // Navigation + TTFB, FCP, LCP, console error + fetch resource, INP + CLS (sent twice).
    QCOMPARE(parts, qsizetype(6));
}

void TestFaro::webVitalsWithAttribution()
{
    const QString navigate = QStringLiteral("navigate");
    const PageView *index = findView(m_views, m_desktop, QStringLiteral("/index.html"), navigate);
    QVERIFY(index);
    QCOMPARE(index->ttfb, 34.799999999813735);
    QCOMPARE(index->fcp, 1192.0);
    QCOMPARE(index->lcp, 1192.0);
    QCOMPARE(index->lcpElement, QStringLiteral("#hero"));
    QCOMPARE(index->lcpResourceUrl, QString(kSite + u"/assets/img/hero.png"));
    QCOMPARE(index->lcpTtfb, 34.799999999813735);
    QCOMPARE(index->lcpResourceLoadDelay, 35.60000000009313);
    QCOMPARE(index->lcpResourceLoadDuration, 11.0);
    QCOMPARE(index->lcpElementRenderDelay, 1110.6000000000931);
    QCOMPARE(index->cls, 0.03545610425240055);
    QCOMPARE(index->clsTarget, QStringLiteral("html>body>main"));
    QCOMPARE(index->inp, 296.0);
    QCOMPARE(index->inpTarget, QStringLiteral("#btn-work"));
    QCOMPARE(index->inpEventType, QStringLiteral("pointer"));
    QCOMPARE(index->inpInputDelay, 0.40000000037252903);
    QCOMPARE(index->inpProcessingDuration, 284.79999999981374);
    QCOMPARE(index->inpPresentationDelay, 10.799999999813735);

    // The SPA's metrics are reported after two route changes, still for its document.
    const PageView *app = findView(m_views, m_mobile, QStringLiteral("/app/"), navigate);
    QVERIFY(app);
    QCOMPARE(app->lcp, 4596.0);
    QCOMPARE(app->lcpElement, QStringLiteral("#spa-view>img.hero"));
    QCOMPARE(app->inp, 392.0);
    QCOMPARE(app->cls, 0.08299696690726152);
    QCOMPARE(app->clsTarget, QStringLiteral("html>body>footer"));
    QCOMPARE(app->ttfb, 37.700000000186265);
}

void TestFaro::inpIsAnInteraction()
{
    for (const ParsedBeacon *parsed : {&m_plain, &m_gzip}) {
        const std::vector<PageView> views = mergedViews(parsed->records);
        const std::vector<Interaction> interactions = recordsOf<Interaction>(parsed->records);
        // Three pages per browser reported their INP; Faro sent two of those batches twice.
        QCOMPARE(interactions.size(), size_t(6));
        int withInp = 0;
        for (const PageView &view : views) {
            if (!isSet(view.inp))
                continue;
            ++withInp;
            const auto on = matching<Interaction>(
                parsed->records, [&](const Interaction &i) { return i.viewId == view.viewId; });
            QCOMPARE(on.size(), size_t(1));
            const Interaction &interaction = on.front();
            QCOMPARE(interaction.sessionId, view.sessionId);
            QCOMPARE(interaction.source, QStringLiteral("faro"));
            QCOMPARE(interaction.app, view.app);
            QCOMPARE(interaction.release, view.release);
            QCOMPARE(interaction.env, view.env);
            QCOMPARE(interaction.type, QStringLiteral("pointer"));
            QCOMPARE(interaction.target, view.inpTarget);
            QCOMPARE(interaction.duration, view.inp);
            QCOMPARE(interaction.inputDelay, view.inpInputDelay);
            QCOMPARE(interaction.processingDuration, view.inpProcessingDuration);
            QCOMPARE(interaction.presentationDelay, view.inpPresentationDelay);
            const double parts = interaction.inputDelay + interaction.processingDuration +
                                 interaction.presentationDelay;
            QVERIFY2(std::abs(parts - interaction.duration) < 1,
                     qPrintable(QString::number(parts)));
            QVERIFY(interaction.time > view.time);
        }
        QCOMPARE(withInp, 6);
    }

    // index.html: interaction_time 3182.8 after the metric's set-up (its id), the nearest
    // bound of the navigation start in that batch; reported at 18:32:57.832.
    const PageView *index =
        findView(m_views, m_desktop, QStringLiteral("/index.html"), QStringLiteral("navigate"));
    QVERIFY(index);
    const auto clicks = matching<Interaction>(
        m_plain.records, [&](const Interaction &i) { return i.viewId == index->viewId; });
    QCOMPARE(clicks.size(), size_t(1));
    QCOMPARE(clicks.front().target, QStringLiteral("#btn-work"));
    QCOMPARE(clicks.front().duration, 296.0);
    QCOMPARE(clicks.front().app, QStringLiteral("acme-store-web"));
    QCOMPARE(clicks.front().time, qint64(1795804369000 + 3183));
    QVERIFY(clicks.front().time + 296 <= epochMs("2026-11-27T18:32:57.832Z"));

    // Reported again unchanged, it stays one; a later report of the metric naming another,
    // slower interaction is one of its own. Parts Faro leaves out (zero) are 0.
    BeaconParser parser;
    auto inp = [&](const char *value, const char *target, const char *start) {
        const QByteArray body =
            "{" + kMeta + R"(,"measurements":[{"type":"web-vitals",)" +
            R"("timestamp":"2026-11-27T18:39:00.000Z","values":{"inp":)" + value +
            R"(,"interaction_time":)" + start + R"(,"processing_duration":)" + value +
            R"(},"context":{"id":"v5-1795804700000-1","navigation_entry_id":"nav1",)" +
            R"("interaction_target":")" + target + R"(","interaction_type":"keyboard"}}]})";
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::Faro, faroPayload(body));
        return parsed ? recordsOf<Interaction>(parsed->records) : std::vector<Interaction>();
    };
    const std::vector<Interaction> first = inp("120", "#q", "5000.5");
    QCOMPARE(first.size(), size_t(1));
    QCOMPARE(first.front().type, QStringLiteral("keyboard"));
    QCOMPARE(first.front().time, qint64(1795804700000 + 5001));
    QCOMPARE(first.front().inputDelay, 0.0);
    QCOMPARE(first.front().processingDuration, 120.0);
    QVERIFY(inp("120", "#q", "5000.5").empty());
    const std::vector<Interaction> slower = inp("400", "#buy", "9000");
    QCOMPARE(slower.size(), size_t(1));
    QCOMPARE(slower.front().target, QStringLiteral("#buy"));
    QCOMPARE(slower.front().duration, 400.0);
    QCOMPARE(slower.front().viewId, first.front().viewId);
}

void TestFaro::earlyMetricsDoNotOverwriteThePreviousPage()
{
    // products.html's FCP (136 ms) was reported before Faro stored the page's navigation id,
    // so it names index.html's; index.html keeps its own FCP.
    const QString navigate = QStringLiteral("navigate");
    const PageView *index = findView(m_views, m_desktop, QStringLiteral("/index.html"), navigate);
    QVERIFY(index);
    QCOMPARE(index->fcp, 1192.0);
    const std::vector<Measurement> kept =
        matching<Measurement>(m_plain.records, [&](const auto &m) {
            return m.sessionId == m_desktop && m.name == u"web-vitals.fcp";
        });
    QCOMPARE(kept.size(), size_t(1));
    QCOMPARE(kept.front().value, 136.0);
    QVERIFY(kept.front().viewId.isEmpty());
    QVERIFY(kept.front().attributes.contains(u"cUkawg7Udc"));
    // Mobile /app/'s FCP names products.html too, but came with /app/'s navigation event.
    const PageView *app = findView(m_views, m_mobile, QStringLiteral("/app/"), navigate);
    QVERIFY(app);
    QCOMPARE(app->fcp, 3232.0);
    const PageView *products =
        findView(m_views, m_mobile, QStringLiteral("/products.html"), navigate);
    QVERIFY(products);
    QCOMPARE(products->lcp, 3148.0);
    QCOMPARE(products->inp, 1960.0);
}

void TestFaro::spaRouteChanges()
{
    const QString route = QStringLiteral("route-change");
    const PageView *details = findView(m_views, m_desktop, QStringLiteral("/app/details"), route);
    QVERIFY(details);
    // faro.navigation is pushed when the activity settles: 2026-11-27T18:33:08.496Z, 261.1 ms on.
    QCOMPARE(details->time, epochMs("2026-11-27T18:33:08.496Z") - 261);
    QCOMPARE(details->sessionId, m_desktop);
    QVERIFY(findView(m_views, m_desktop, QStringLiteral("/app/settings"), route));
    QVERIFY(findView(m_views, m_mobile, QStringLiteral("/app/details"), route));
    QVERIFY(findView(m_views, m_mobile, QStringLiteral("/app/settings"), route));
    qsizetype routes = 0;
    for (const PageView &view : m_views)
        routes += view.navigationType == route;
    QCOMPARE(routes, qsizetype(4));
    // The route's image, fetched after the change in the same batch, belongs to the route.
    const std::vector<Resource> image = matching<Resource>(m_plain.records, [&](const Resource &r) {
        return r.sessionId == m_desktop && r.url == kSite + u"/assets/img/route-2.png?delay=150";
    });
    QCOMPARE(image.size(), size_t(1));
    QCOMPARE(image.front().viewId, details->viewId);
    QCOMPARE(image.front().startTime, double(epochMs("2026-11-27T18:33:08.395Z") - details->time));
}

void TestFaro::resourceTimings()
{
    // 90 resource events; the 12 fetches among them also came as spans, one Resource each.
    QCOMPARE(recordsOf<Resource>(m_plain.records).size(), size_t(90));
    QCOMPARE(matching<Resource>(m_plain.records,
                                [](const Resource &r) { return r.initiatorType == u"fetch"; })
                 .size(),
             size_t(12));
    const PageView *index =
        findView(m_views, m_desktop, QStringLiteral("/index.html"), QStringLiteral("navigate"));
    QVERIFY(index);
    const std::vector<Resource> slow = matching<Resource>(m_plain.records, [&](const Resource &r) {
        return r.sessionId == m_desktop &&
               r.url == kSite + u"/assets/slow.js?ms=900&busy=150&page=home";
    });
    QCOMPARE(slow.size(), size_t(1));
    const Resource &script = slow.front();
    QCOMPARE(script.viewId, index->viewId);
    QCOMPARE(script.time, epochMs("2026-11-27T18:32:48.900Z"));
    QCOMPARE(script.startTime, 52.0);
    QCOMPARE(script.duration, 923.0);
    QCOMPARE(script.initiatorType, QStringLiteral("script"));
    QCOMPARE(script.transferSize, 493.0);
    QCOMPARE(script.encodedSize, 193.0);
    QCOMPARE(script.httpStatus, 200.0);
    QCOMPARE(script.protocol, QStringLiteral("http/1.1"));
    QVERIFY(script.renderBlocking == std::optional<bool>(true));

    const std::vector<Resource> hero = matching<Resource>(m_plain.records, [&](const Resource &r) {
        return r.sessionId == m_mobile && r.url == kSite + u"/assets/img/hero.png";
    });
    QCOMPARE(hero.size(), size_t(1));
    QCOMPARE(hero.front().duration, 4531.0);
    QVERIFY(hero.front().renderBlocking == std::optional<bool>(false));
    // A resource reported in a later batch has no start offset, but its view and exact time.
    const std::vector<Resource> favicon =
        matching<Resource>(m_plain.records, [&](const Resource &r) {
            return r.sessionId == m_desktop && r.viewId == index->viewId &&
                   r.url == kSite + u"/favicon.ico";
        });
    QCOMPARE(favicon.size(), size_t(1));
    QCOMPARE(favicon.front().httpStatus, 204.0);
    QCOMPARE(favicon.front().time, epochMs("2026-11-27T18:32:49.995Z"));
}

void TestFaro::exceptionsWithStackFrames()
{
    auto byMessage = [&](const QString &session, const QString &message) {
        return matching<ErrorEvent>(m_plain.records, [&](const ErrorEvent &e) {
            return e.sessionId == session && e.message == message;
        });
    };
    const std::vector<ErrorEvent> thrown =
        byMessage(m_desktop, QStringLiteral("Deliberate test error: checkout button exploded"));
    QCOMPARE(thrown.size(), size_t(1));
    QCOMPARE(thrown.front().kind, QStringLiteral("exception"));
    QCOMPARE(thrown.front().type, QStringLiteral("Error"));
    QCOMPARE(thrown.front().time, epochMs("2026-11-27T18:32:54.768Z"));
    QCOMPARE(thrown.front().frames.size(), qsizetype(1));
    const StackFrame top = thrown.front().frames.first();
    QCOMPARE(top.function, QStringLiteral("HTMLButtonElement.onBreakClick"));
    QCOMPARE(top.file, QString(kSite + u"/assets/site.js"));
    QCOMPARE(top.line, 42);
    QCOMPARE(top.column, 11);
    QVERIFY(!thrown.front().fingerprint.isEmpty());

    const std::vector<ErrorEvent> typeError =
        byMessage(m_mobile, QStringLiteral("Cannot read properties of null (reading 'settings')"));
    QCOMPARE(typeError.size(), size_t(1));
    QCOMPARE(typeError.front().type, QStringLiteral("TypeError"));
    QCOMPARE(typeError.front().kind, QStringLiteral("exception"));
    QCOMPARE(typeError.front().frames.first().function, QString()); // Faro's "?"
    QCOMPARE(typeError.front().frames.first().line, 83);
    QCOMPARE(typeError.front().frames.first().column, 59);

    // The page rejects with an Error, which Faro reports as that Error.
    const std::vector<ErrorEvent> rejection = byMessage(
        m_desktop, QStringLiteral("Deliberate unhandled rejection: settings save failed"));
    QCOMPARE(rejection.size(), size_t(1));
    QCOMPARE(rejection.front().type, QStringLiteral("Error"));
    QCOMPARE(rejection.front().frames.first().function,
             QStringLiteral("HTMLButtonElement.<anonymous>"));
    QCOMPARE(rejection.front().frames.first().line, 87);

    // console.error, innermost first: Faro's own wrapper, then the site's call.
    const std::vector<ErrorEvent> console =
        matching<ErrorEvent>(m_plain.records, [&](const ErrorEvent &e) {
            return e.sessionId == m_desktop && e.kind == u"console";
        });
    QCOMPARE(console.size(), size_t(1));
    QVERIFY(console.front().message.startsWith(u"console.error: reviews request failed"));
    QCOMPARE(console.front().frames.size(), qsizetype(6));
    QVERIFY(console.front().frames.first().file.endsWith(u"faro-web-sdk.iife.js"));
    QCOMPARE(console.front().frames.last().file, QString(kSite + u"/assets/site.js"));
    QCOMPARE(console.front().frames.last().line, 36);
    const PageView *index =
        findView(m_views, m_desktop, QStringLiteral("/index.html"), QStringLiteral("navigate"));
    QVERIFY(index);
    QCOMPARE(console.front().viewId, index->viewId); // its batch names the page
}

void TestFaro::failedFetchesFromTheEmbeddedTraces()
{
    for (const ParsedBeacon *parsed : {&m_plain, &m_gzip}) {
        const std::vector<ErrorEvent> http = matching<ErrorEvent>(
            parsed->records, [](const ErrorEvent &e) { return e.kind == u"http"; });
        QCOMPARE(http.size(), size_t(4)); // /api/reviews and /api/inventory, in both sessions
        QSet<QString> urls;
        for (const ErrorEvent &error : http) {
            QCOMPARE(error.httpStatus, 404.0);
            QCOMPARE(error.type, QStringLiteral("HttpError"));
            urls.insert(error.resourceUrl);
        }
        QVERIFY(urls == (QSet<QString>{kSite + u"/api/reviews?product=42",
                                       kSite + u"/api/inventory?sku=all"}));
    }
    const std::vector<ErrorEvent> reviews =
        matching<ErrorEvent>(m_plain.records, [&](const ErrorEvent &e) {
            return e.sessionId == m_desktop && e.kind == u"http" &&
                   e.resourceUrl.contains(u"reviews");
        });
    QCOMPARE(reviews.size(), size_t(1));
    QCOMPARE(reviews.front().message, QStringLiteral("GET /api/reviews failed with status 404"));
    QCOMPARE(reviews.front().time, qint64(1795804374023)); // the span's end
    // The request itself: its span (18:32:53.933, 90 ms) and its resource event (.934, 84 ms)
    // are one Resource, with the event's timing and sizes.
    const std::vector<Resource> request =
        matching<Resource>(m_plain.records, [&](const Resource &r) {
            return r.sessionId == m_desktop && r.url == kSite + u"/api/reviews?product=42" &&
                   std::abs(r.time - qint64(1795804373933)) < 100;
        });
    QCOMPARE(request.size(), size_t(1));
    QCOMPARE(request.front().initiatorType, QStringLiteral("fetch"));
    QCOMPARE(request.front().time, qint64(1795804373934));
    QCOMPARE(request.front().duration, 84.0);
    QCOMPARE(request.front().encodedSize, 43.0);
    QCOMPARE(request.front().httpStatus, 404.0);
    // Faro repeats each span as a faro.tracing.fetch event: not a second record.
    QVERIFY(matching<Measurement>(m_plain.records, [](const Measurement &m) {
                return m.name.startsWith(u"faro.tracing.");
            }).empty());
}

void TestFaro::aRequestInTwoBatchesIsOneResource()
{
    // The resource event of a fetch in one batch, its span in the next (or the other way
    // round): still one Resource. A second fetch of the URL later is a request of its own.
    const QByteArray entry =
        "{" + kMeta +
        R"(,"events":[{"name":"faro.performance.resource","timestamp":"2026-11-27T18:35:00.004Z",)"
        R"("attributes":{"name":"https://a.example/api/cart","initiatorType":"fetch",)"
        R"("duration":"80","encodedBodySize":"512"}}]})";
    const auto spanBody = [](const char *startNs, const char *endNs) -> QByteArray {
        return "{" + kMeta +
               R"(,"traces":{"resourceSpans":[{"scopeSpans":[{"scope":{"name":)"
               R"("@opentelemetry/instrumentation-fetch"},"spans":[{"traceId":"t1","spanId":)"
               R"("s1","name":"HTTP GET","startTimeUnixNano":")" +
               QByteArray(startNs) + R"(","endTimeUnixNano":")" + endNs +
               R"(","attributes":[{"key":"http.url","value":{"stringValue":)"
               R"("https://a.example/api/cart"}},{"key":"http.method","value":{"stringValue":)"
               R"("GET"}},{"key":"http.status_code","value":{"intValue":200}}]}]}]}]}})";
    };
    const QByteArray span = spanBody("1795804500001000000", "1795804500090000000");
    const QByteArray laterSpan = spanBody("1795804530001000000", "1795804530090000000");
    for (const bool spanFirst : {false, true}) {
        BeaconParser parser;
        std::vector<Resource> resources;
        for (const QByteArray &body : spanFirst ? QList<QByteArray>{span, entry, laterSpan}
                                                : QList<QByteArray>{entry, span, laterSpan}) {
            Result<ParsedBeacon> parsed = parser.parse(WireFormat::Faro, faroPayload(body));
            QVERIFY2(parsed.ok(), why(parsed).constData());
            std::ranges::copy(recordsOf<Resource>(parsed->records), std::back_inserter(resources));
        }
        QCOMPARE(resources.size(), size_t(2));
        QCOMPARE(resources[0].time, spanFirst ? qint64(1795804500001) : qint64(1795804500004));
        QCOMPARE(resources[1].time, qint64(1795804530001));
    }
}

void TestFaro::userAgentAndDeviceAsFaroStatesThem()
{
    for (const PageView &view : recordsOf<PageView>(m_plain.records)) {
        QCOMPARE(view.browser, QStringLiteral("Chrome"));
        QCOMPARE(view.browserVersion, QStringLiteral("156.0.0.0"));
        if (view.sessionId == m_desktop) {
            QCOMPARE(view.userAgent,
                     QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                    "(KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"));
            QCOMPARE(view.os, QStringLiteral("Windows"));
            QCOMPARE(view.osVersion, QStringLiteral("10"));
            QCOMPARE(view.deviceType, QString()); // mobile:false is not "desktop"
        } else {
            QVERIFY(view.userAgent.contains(u"Android 10; K"));
            QCOMPARE(view.os, QStringLiteral("Android"));
            QCOMPARE(view.osVersion, QStringLiteral("10"));
            QCOMPARE(view.deviceType, QStringLiteral("mobile"));
        }
    }
}

void TestFaro::logsAndOtherEvents()
{
    const std::vector<Measurement> warnings = matching<Measurement>(
        m_plain.records, [](const Measurement &m) { return m.name == u"log.warn"; });
    QCOMPARE(warnings.size(), size_t(2));
    QVERIFY(warnings.front().attributes.contains(u"inventory unavailable: HTTP 404"));
    // Session and performance events are what the sessions, views and resources are made of.
    for (const Measurement &measurement : recordsOf<Measurement>(m_plain.records)) {
        QVERIFY2(!measurement.name.startsWith(u"session_"), qPrintable(measurement.name));
        QVERIFY2(!measurement.name.startsWith(u"faro.performance"), qPrintable(measurement.name));
        QVERIFY2(measurement.name != u"faro.navigation", qPrintable(measurement.name));
    }

    BeaconParser parser;
    const QByteArray body = "{" + kMeta +
                            R"(,"events":[{"name":"add_to_cart","domain":"browser",)"
                            R"("attributes":{"sku":"A-1","qty":"2"},)"
                            R"("timestamp":"2026-11-27T18:35:00.000Z"}],)"
                            R"("measurements":[{"type":"cart","values":{"items":3,"total":12.5},)"
                            R"("timestamp":"2026-11-27T18:35:00.100Z","context":{"k":"v"}}],)"
                            R"("logs":[{"message":"boom","level":"error",)"
                            R"("timestamp":"2026-11-27T18:35:00.200Z"}]})";
    Result<ParsedBeacon> parsed = parser.parse(WireFormat::Faro, faroPayload(body));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    const std::vector<Measurement> measurements = recordsOf<Measurement>(parsed->records);
    QCOMPARE(measurements.size(), size_t(3));
    QCOMPARE(measurements[0].name, QStringLiteral("add_to_cart"));
    QCOMPARE(measurements[0].attributes, QStringLiteral(R"({"sku":"A-1","qty":"2"})"));
    QCOMPARE(measurements[1].name, QStringLiteral("cart.items"));
    QCOMPARE(measurements[1].value, 3.0);
    QCOMPARE(measurements[2].name, QStringLiteral("cart.total"));
    QCOMPARE(measurements[2].attributes, QStringLiteral(R"({"k":"v"})"));
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(parsed->records);
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors.front().kind, QStringLiteral("console"));
    QCOMPARE(errors.front().message, QStringLiteral("boom"));
    QCOMPARE(errors.front().app, QStringLiteral("shop"));
    QCOMPARE(errors.front().release, QStringLiteral("2.0.0"));
    QCOMPARE(errors.front().env, QStringLiteral("prod"));
    const std::vector<Session> sessions = recordsOf<Session>(parsed->records);
    QCOMPARE(sessions.size(), size_t(1));
    QCOMPARE(sessions.front().sessionId, QStringLiteral("s1"));
    QCOMPARE(sessions.front().userId, QStringLiteral("u-42"));
    QCOMPARE(sessions.front().time, epochMs("2026-11-27T18:35:00.000Z"));
    QCOMPARE(sessions.front().lastSeen, epochMs("2026-11-27T18:35:00.200Z"));
    QCOMPARE(sessions.front().exitUrl, QStringLiteral("https://a.example/p"));
}

void TestFaro::headersStandInForMissingMeta()
{
    BeaconParser parser;
    const QByteArray body =
        R"({"meta":{"app":{"name":"shop"}},"events":[{"name":"faro.performance.navigation",)"
        R"("attributes":{"name":"https://a.example/","faroNavigationId":"nav1","ttfb":"40",)"
        R"("tlsNegotiationTime":"12","tcpHandshakeTime":"30","type":"back_forward"},)"
        R"("timestamp":"2026-11-27T18:35:00.000Z"}]})";
    Result<ParsedBeacon> parsed = parser.parse(WireFormat::Faro, faroPayload(body));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    const std::vector<PageView> views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views.front().sessionId, QStringLiteral("hdrSession1"));
    QCOMPARE(views.front().userAgent, QStringLiteral("HeaderAgent/1.0"));
    QCOMPARE(views.front().browser, QString()); // left to enrichment
    QCOMPARE(views.front().navigationType, QStringLiteral("back-forward"));
    QCOMPARE(views.front().tls, 12.0); // HTTPS, and within the connection's set-up
    QCOMPARE(views.front().time, epochMs("2026-11-27T18:35:00.000Z"));
}

void TestFaro::olderSdksAndOtherVisits()
{
    BeaconParser parser;
    auto parse = [&](const QByteArray &body) {
        Result<ParsedBeacon> parsed = parser.parse(WireFormat::Faro, faroPayload(body));
        if (!parsed)
            qWarning("%s", qPrintable(parsed.error().message));
        return parsed ? std::move(parsed).value() : ParsedBeacon();
    };
    const QByteArray lcp = R"("measurements":[{"type":"web-vitals","values":{"lcp":1800},)"
                           R"("timestamp":"2026-11-27T18:35:10.000Z"}])";

    // Faro before 1.8: no pointer to a navigation. An app's page id names the view…
    ParsedBeacon paged =
        parse(R"({"meta":{"session":{"id":"s1"},"page":{"url":"https://a.example/p",)"
              R"("id":"page-7"}},)" +
              lcp + "}");
    std::vector<PageView> views = recordsOf<PageView>(paged.records);
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views.front().lcp, 1800.0);
    QCOMPARE(views.front().url, QStringLiteral("https://a.example/p"));
    QCOMPARE(views.front().time, epochMs("2026-11-27T18:35:10.000Z") - 1800);
    // …without one, the metric is kept as a measurement.
    ParsedBeacon unplaced = parse("{" + kMeta + "," + lcp + "}");
    QVERIFY(recordsOf<PageView>(unplaced.records).empty());
    const std::vector<Measurement> kept = recordsOf<Measurement>(unplaced.records);
    QCOMPARE(kept.size(), size_t(1));
    QCOMPARE(kept.front().name, QStringLiteral("web-vitals.lcp"));
    QCOMPARE(kept.front().value, 1800.0);

    // A back/forward-cache restore keeps the document's id but is another visit.
    ParsedBeacon restored = parse(
        "{" + kMeta +
        R"(,"events":[{"name":"faro.performance.resource","timestamp":"2026-11-27T18:35:00.000Z",)"
        R"("attributes":{"name":"https://a.example/a.js","faroNavigationId":"navA"}}],)"
        R"("measurements":[{"type":"web-vitals","values":{"lcp":120},)"
        R"("timestamp":"2026-11-27T18:36:00.000Z","context":{"navigation_entry_id":"navA",)"
        R"("navigation_type":"back-forward-cache"}}]})");
    views = recordsOf<PageView>(restored.records);
    QCOMPARE(views.size(), size_t(1));
    QVERIFY(!isSet(views.front().lcp));
    QCOMPARE(recordsOf<Measurement>(restored.records).size(), size_t(1));

    // Router integrations and the view API change views too; Faro names primitive rejections.
    ParsedBeacon routed = parse(
        "{" + kMeta +
        R"(,"events":[{"name":"route_change","timestamp":"2026-11-27T18:35:20.000Z",)"
        R"("attributes":{"toRoute":"/product/:id","toUrl":"https://a.example/product/7"}},)"
        R"({"name":"view_changed","timestamp":"2026-11-27T18:35:30.000Z",)"
        R"("attributes":{"fromView":"default","toView":"cart"}}],)"
        R"("exceptions":[{"type":"UnhandledRejection","timestamp":"2026-11-27T18:35:31.000Z",)"
        R"("value":"Non-Error promise rejection captured with value: nope"}]})");
    views = recordsOf<PageView>(routed.records);
    QCOMPARE(views.size(), size_t(2));
    QCOMPARE(views[0].route, QStringLiteral("/product/:id"));
    QCOMPARE(views[0].url, QStringLiteral("https://a.example/product/7"));
    QCOMPARE(views[0].navigationType, QStringLiteral("route-change"));
    QCOMPARE(views[0].time, epochMs("2026-11-27T18:35:20.000Z"));
    QCOMPARE(views[1].route, QStringLiteral("cart"));
    QCOMPARE(views[1].url, QStringLiteral("https://a.example/p"));
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(routed.records);
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors.front().kind, QStringLiteral("unhandled-rejection"));
    QCOMPARE(errors.front().viewId, views[1].viewId); // after the change to "cart"
}

void TestFaro::hostilePayloadsAreRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray("{" + kMeta + R"(,"exceptions":[{"type":"Err)");
    QTest::newRow("array") << QByteArray(R"([{"meta":{}}])");
    QTest::newRow("string") << QByteArray(R"("meta")");
    QTest::newRow("no faro keys") << QByteArray(R"({"resourceSpans":[]})");
    QTest::newRow("wrong types") << QByteArray(R"({"meta":"x","measurements":{"lcp":1},)"
                                               R"("events":"e","traces":[]})");
    QTest::newRow("deep nesting") << QByteArray("{\"meta\":" + QByteArray(10000, '[') +
                                                QByteArray(10000, ']') + "}");
    QTest::newRow("invalid utf-8")
        << QByteArray("{" + kMeta + ",\"logs\":[{\"message\":\"\xff\xfe\"}]}");
    QByteArray huge = "{" + kMeta + ",\"events\":[";
    for (int i = 0; i < 20000; ++i)
        huge += "{\"name\":\"e\"},";
    huge.chop(1);
    huge += "]}";
    QTest::newRow("huge array") << huge;
}

void TestFaro::hostilePayloadsAreRefusedWithAReason()
{
    QFETCH(QByteArray, body);
    BeaconParser parser;
    QElapsedTimer timer;
    timer.start();
    Result<ParsedBeacon> parsed = parser.parse(WireFormat::Faro, faroPayload(body));
    QVERIFY(!parsed);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY(timer.elapsed() < 2000);
}

void TestFaro::malformedFieldsAreDropped()
{
    BeaconParser parser;
    // Wrong types everywhere; absurd numbers and times. The payload is kept, the junk dropped.
    const QByteArray body =
        R"({"meta":{"session":{"id":5},"app":"x","browser":[],"page":7,"user":{"id":{}}},)"
        R"("measurements":[1,"x",null,{"type":"web-vitals","values":"lcp"},)"
        R"({"type":"web-vitals","values":{"lcp":"abc"},"timestamp":5},)"
        R"({"type":"web-vitals","values":{"cls":-5},"timestamp":"2026-11-27T18:35:01.500Z"},)"
        R"({"type":"web-vitals","values":{"lcp":1e308,"next_paint_time":-1},)"
        R"("timestamp":"2026-11-27T18:35:01.000Z","context":{"navigation_entry_id":"nav9",)"
        R"("id":"v6-99999999999999999999-1"}}],)"
        R"("exceptions":[{"type":5,"value":{},"stacktrace":{"frames":"no"}},)"
        R"({"type":"Error","value":"ok","timestamp":"9999-12-31T23:59:59.999Z",)"
        R"("stacktrace":{"frames":[1,{"filename":"a.js","lineno":1e30,"colno":-3},{}]}}],)"
        R"("events":[{"name":["x"]},{"name":"faro.performance.navigation","attributes":"x"},)"
        R"({"name":"faro.performance.resource","timestamp":"2026-11-27T18:35:02.000Z",)"
        R"("attributes":{"name":"https://a.example/x.js","faroNavigationId":"nav9",)"
        R"("duration":"-5","transferSize":"1e300","responseStatus":"unknown"}},)"
        R"({"name":"faro.navigation","timestamp":"2026-11-27T18:35:03.000Z",)"
        R"("attributes":{"toUrl":"https://a.example/r","duration":"1e12"}}],)"
        R"("logs":[null,{"level":{},"message":[]}],)"
        R"("traces":{"resourceSpans":[{"scopeSpans":[{"spans":[{"spanId":"1",)"
        R"("startTimeUnixNano":"99999999999999999999999","attributes":[{"key":"url.full",)"
        R"("value":{"stringValue":"https://a.example/api"}}]},)"
        R"({"startTimeUnixNano":-5,"attributes":"x"}]}]}]}})";
    Result<ParsedBeacon> parsed = parser.parse(WireFormat::Faro, faroPayload(body));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    // The lcp, the cls and the resource's duration and size are out of range: dropped, noted.
    QCOMPARE(parsed->notes.size(), qsizetype(4));
    const std::vector<PageView> views = recordsOf<PageView>(parsed->records);
    QCOMPARE(views.size(), size_t(2)); // the page nav9 and the route change
    for (const PageView &view : views) {
        QCOMPARE(view.sessionId, QStringLiteral("hdrSession1"));
        QVERIFY(!isSet(view.lcp));
        QVERIFY(!isSet(view.cls));
    }
    // A route change of a trillion ms did not start in 1995: its own time is kept.
    QCOMPARE(views[1].time, epochMs("2026-11-27T18:35:03.000Z"));
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(parsed->records);
    QCOMPARE(errors.size(), size_t(1)); // the one with a type; its time is the arrival
    QCOMPARE(errors.front().message, QStringLiteral("ok"));
    QCOMPARE(errors.front().time, epochMs("2026-11-27T18:40:00.000Z"));
    QCOMPARE(errors.front().frames.size(), qsizetype(1));
    QCOMPARE(errors.front().frames.first().line, 0);
    QCOMPARE(errors.front().frames.first().column, 0);
    const std::vector<Resource> resources = recordsOf<Resource>(parsed->records);
    QCOMPARE(resources.size(), size_t(1)); // neither span has a usable start
    QVERIFY(!isSet(resources.front().duration));
    QVERIFY(!isSet(resources.front().transferSize));
    QVERIFY(!isSet(resources.front().httpStatus));
}

void TestFaro::hugeInputStaysBounded()
{
    // Just under the list limit, each item valid: parsed, quickly.
    QByteArray many = "{" + kMeta + ",\"events\":[";
    for (int i = 0; i < 9000; ++i)
        many += R"({"name":"faro.performance.resource","timestamp":"2026-11-27T18:35:02.000Z",)"
                R"("attributes":{"name":"https://a.example/)" +
                QByteArray::number(i) + R"(.png","faroNavigationId":"n)" + QByteArray::number(i) +
                R"(","duration":"5"}},)";
    many.chop(1);
    many += "]}";
    // One exception with a stack of 100,000 frames keeps the innermost ones.
    QByteArray deepStack = "{" + kMeta +
                           R"(,"exceptions":[{"type":"RangeError","value":"Maximum call stack",)"
                           R"("timestamp":"2026-11-27T18:35:00.000Z","stacktrace":{"frames":[)";
    for (int i = 0; i < 100000; ++i)
        deepStack +=
            R"({"filename":"r.js","function":"f","lineno":)" + QByteArray::number(i + 1) + "},";
    deepStack.chop(1);
    deepStack += "]}}]}";
    // Spans beyond the limit are refused.
    QByteArray spans = "{" + kMeta + R"(,"traces":{"resourceSpans":[{"scopeSpans":[{"spans":[)";
    for (int i = 0; i < 10001; ++i)
        spans += "{},";
    spans.chop(1);
    spans += "]}]}]}}";

    BeaconParser parser;
    QElapsedTimer timer;
    timer.start();
    Result<ParsedBeacon> manyViews = parser.parse(WireFormat::Faro, faroPayload(many));
    QVERIFY2(manyViews, manyViews ? "" : qPrintable(manyViews.error().message));
    QCOMPARE(recordsOf<Resource>(manyViews->records).size(), size_t(9000));
    QCOMPARE(recordsOf<PageView>(manyViews->records).size(), size_t(9000));
    Result<ParsedBeacon> stack = parser.parse(WireFormat::Faro, faroPayload(deepStack));
    QVERIFY(stack);
    const std::vector<ErrorEvent> errors = recordsOf<ErrorEvent>(stack->records);
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors.front().frames.size(), qsizetype(200));
    QCOMPARE(errors.front().frames.first().line, 1);
    QVERIFY(!parser.parse(WireFormat::Faro, faroPayload(spans)));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestFaro)
#include "tst_faro.moc"
