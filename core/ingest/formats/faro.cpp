// Grafana Faro web SDK (../shared/formats.md §3): one TransportBody (meta plus a batch of
// measurements, events, exceptions, logs and an embedded OTLP trace export) → canonical records.
//
// Page views. A page load is keyed by (meta.session.id, faroNavigationId): the performance
// instrumentation draws that id once per document and stamps it on the document's
// faro.performance.navigation and faro.performance.resource events, and web-vitals measurements
// point at it with context.navigation_entry_id. That pointer is not always right:
// - Faro reads it from sessionStorage when the metric is reported, and a new document stores its
//   own id only after its load event. A metric reported earlier (FCP, typically) names the
//   previous page; the fixtures show it for products.html and /app/. All items of one batch come
//   from one document, so when the batch also holds the document's navigation or resource events,
//   their id wins. When the batch instead starts the document (session_start, session_resume)
//   and has no navigation event yet, its metrics cannot be placed: they become Measurement
//   records, so the previous page's values are not overwritten.
// - Metrics reported after a back/forward-cache restore (or a v6 soft navigation) keep the
//   document's id but measure another visit: Measurement records as well, for the same reason.
//   A soft navigation's metrics that come in one batch with its route change (below) are that
//   route-change view's.
// A view's time is its navigation start. The navigation event carries it exactly (Faro stamps
// it with performance.timeOrigin + startTime). A batch without that event knows only an upper
// bound: the earliest thing it saw happen in the document, or a metric's report time minus its
// offset from the time origin. The store keeps the earliest time of a view's parts, so the view
// ends up with the exact start once the navigation event's batch is stored.
// SPA route changes (faro.navigation, route_change, view_changed) are route-change views of their
// own; the batch's errors, resources and events that happen after one belong to it.
#include "beaconsupport.h"
#include "formatparsers.h"
#include "ingest/limits.h"
#include "parserstate.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace rumscope::formats {
namespace {

using json::array;
using json::element;
using json::object;

/// Faro flushes a batch at 50 items; a list 200 times as long does not come from a browser.
constexpr size_t kMaxItems = 10000;
constexpr size_t kMaxSpans = 10000;
/// V8 keeps 10 frames unless a site raises Error.stackTraceLimit; the innermost ones matter.
constexpr qsizetype kMaxFrames = 200;
/// Frames in one payload: enough for 500 full stacks, and a bound on memory for hostile ones.
constexpr qsizetype kMaxFramesPerPayload = 100000;
constexpr size_t kMaxValuesPerMeasurement = 100;
constexpr size_t kMaxIdLength = 256;
constexpr qint64 kEarliest = 946684800000; // 2000-01-01: BeaconParser's plausible time range
constexpr qint64 kLatest = 4102444800000;  // 2100-01-01
constexpr double kMaxOffsetMs = 600000.0;  // a page timing beyond ten minutes is junk
constexpr qint64 kNoTime = std::numeric_limits<qint64>::max();

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

QByteArrayView bytes(std::string_view view)
{
    return QByteArrayView(view.data(), qsizetype(view.size()));
}

bool plausible(qint64 time)
{
    return time >= kEarliest && time <= kLatest;
}

/// An id Faro draws (session, navigation, page). "unknown" is Faro's word for "none yet".
QString idAt(object parent, std::string_view key)
{
    const std::string_view id = json::viewAt(parent, key);
    if (id.empty() || id.size() > kMaxIdLength || id == "unknown")
        return {};
    return text(id);
}

/// A non-negative offset in ms, for time estimates; a number outside 0 to 10 min is not one.
std::optional<double> offsetAt(object parent, std::string_view key)
{
    const std::optional<double> value = json::numberAt(parent, key);
    if (!value || *value < 0 || *value > kMaxOffsetMs)
        return std::nullopt;
    return value;
}

/// Every Faro item carries an ISO-8601 UTC timestamp with milliseconds.
std::optional<qint64> timestampOf(object item)
{
    const std::optional<qint64> time = isoTimeToEpochMs(bytes(json::viewAt(item, "timestamp")));
    if (!time || !plausible(*time))
        return std::nullopt;
    return time;
}

/// Navigation Timing's type (navigation event) or web-vitals' navigation_type → canonical. The
/// others (back-forward-cache, soft-navigation, restore) do not describe the document load.
QString navigationTypeOf(std::string_view type)
{
    if (type == "navigate" || type == "reload" || type == "prerender")
        return text(type);
    if (type == "back_forward" || type == "back-forward")
        return QStringLiteral("back-forward");
    return {};
}

/// web-vitals metric ids are "v6-<Date.now() when the metric was set up>-<random>"; set up in the
/// document, so never before its navigation start.
std::optional<qint64> metricSetupTime(std::string_view id)
{
    const size_t first = id.find('-');
    if (first == std::string_view::npos)
        return std::nullopt;
    const std::string_view rest = id.substr(first + 1);
    qint64 time = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), time);
    if (ec != std::errc() || end == rest.data() ||
        (end != rest.data() + rest.size() && *end != '-'))
        return std::nullopt;
    return plausible(time) ? std::optional<qint64>(time) : std::nullopt;
}

/// ua-parser names as the canonical model spells them.
QString canonicalOs(const QString &name)
{
    if (name == u"Mac OS" || name == u"Mac OS X")
        return QStringLiteral("macOS");
    if (name == u"Chrome OS" || name == u"Chromium OS")
        return QStringLiteral("ChromeOS");
    return name;
}

/// An object as compact JSON text (attributes, contexts: kept whole for Measurement records).
QString compact(object value)
{
    return QString::fromStdString(simdjson::minify(value));
}

QString known(QString value)
{
    return value == u"unknown" ? QString() : value;
}

struct Meta
{
    QString sessionId;
    QString userId;
    QString app;
    QString env;
    QString release;
    QString pageUrl;
    QString pageId;
    QString viewName;
    QString userAgent;
    QString browser;
    QString browserVersion;
    QString os;
    QString osVersion;
    QString deviceType;
};

Meta readMeta(std::optional<object> meta, const Payload &payload)
{
    Meta m;
    if (meta) {
        if (const std::optional<object> session = json::objectAt(*meta, "session"))
            m.sessionId = idAt(*session, "id");
        if (const std::optional<object> user = json::objectAt(*meta, "user"))
            m.userId = idAt(*user, "id");
        if (const std::optional<object> app = json::objectAt(*meta, "app")) {
            m.app = json::textAt(*app, "name");
            m.release = json::textAt(*app, "version");
            if (m.release.isEmpty())
                m.release = json::textAt(*app, "release");
            m.env = json::textAt(*app, "environment");
        }
        if (const std::optional<object> page = json::objectAt(*meta, "page")) {
            m.pageUrl = json::textAt(*page, "url");
            m.pageId = idAt(*page, "id");
        }
        if (const std::optional<object> view = json::objectAt(*meta, "view"))
            m.viewName = json::textAt(*view, "name");
        if (const std::optional<object> browser = json::objectAt(*meta, "browser")) {
            m.userAgent = json::textAt(*browser, "userAgent");
            m.browser = known(json::textAt(*browser, "name"));
            m.browserVersion = known(json::textAt(*browser, "version"));
            // "<name> <version>", e.g. "Mac OS 10.15.7"; meta.os, when present, says it apart.
            const QString os = known(json::textAt(*browser, "os"));
            const qsizetype space = os.lastIndexOf(u' ');
            if (space > 0 && space + 1 < os.size() && os.at(space + 1).isDigit()) {
                m.os = canonicalOs(os.left(space));
                m.osVersion = os.mid(space + 1);
            } else {
                m.os = canonicalOs(os);
            }
            // false does not mean desktop: a tablet is not "mobile" to UA-CH either.
            if (json::booleanAt(*browser, "mobile") == true)
                m.deviceType = QStringLiteral("mobile");
        }
        if (const std::optional<object> os = json::objectAt(*meta, "os")) {
            if (const QString name = known(json::textAt(*os, "name")); !name.isEmpty()) {
                m.os = canonicalOs(name);
                m.osVersion = known(json::textAt(*os, "version"));
            }
        }
    }
    // Faro sends the session id as a header on every request as well.
    if (m.sessionId.isEmpty()) {
        const QByteArray header = payload.header("x-faro-session-id").trimmed();
        if (header.size() <= qsizetype(kMaxIdLength))
            m.sessionId = QString::fromUtf8(header);
    }
    if (m.userAgent.isEmpty())
        m.userAgent = QString::fromUtf8(payload.header("user-agent"));
    return m;
}

struct View
{
    PageView record;
    bool exact = false;        ///< record.time is the navigation start itself
    qint64 earliest = kNoTime; ///< else: the earliest time known to be at or after it
};

/// The part of an OTLP span's attributes a fetch or XHR span describes its request with.
struct SpanRequest
{
    QString url;
    QString method;
    QString errorType;
    double status = kUnset;
};

SpanRequest spanRequestOf(array attributes)
{
    SpanRequest request;
    for (element entry : attributes) {
        const std::optional<object> pair = json::objectOf(entry);
        if (!pair)
            continue;
        const std::optional<object> value = json::objectAt(*pair, "value");
        if (!value)
            continue;
        // Current semantic conventions first, the old names (instrumentations ≤ 0.220) after.
        const std::string_view key = json::viewAt(*pair, "key");
        if (key == "url.full" || (key == "http.url" && request.url.isEmpty()))
            request.url = json::textAt(*value, "stringValue");
        else if (key == "http.request.method" || (key == "http.method" && request.method.isEmpty()))
            request.method = json::textAt(*value, "stringValue");
        else if (key == "error.type")
            request.errorType = json::textAt(*value, "stringValue");
        else if (key == "http.response.status_code" ||
                 (key == "http.status_code" && !isSet(request.status)))
            request.status =
                json::numberAt(*value, "intValue").value_or(json::numberOr(*value, "doubleValue"));
    }
    return request;
}

class Batch
{
public:
    Batch(const Payload &payload, Meta meta, FaroRequests &requests,
          ReportedInteractions &interactions)
        : m_payload(payload)
        , m_meta(std::move(meta))
        , m_requests(requests)
        , m_interactions(interactions)
    {}

    Output read(object body);

private:
    void placeDocument(const std::optional<array> &events,
                       const std::optional<array> &measurements);
    void readNavigation(object item, object attributes);
    void addRoute(object item, std::string_view name);
    std::optional<Error> readTraces(array resourceSpans);
    void readSpan(object span, std::string_view scope);
    void readEvent(object item);
    void readResource(object attributes, qint64 time);
    void readMeasurement(object item);
    void readWebVital(object item, object values, std::optional<object> context, qint64 time);
    void addInteraction(qsizetype view, double inp, object values, object context,
                        qint64 originBound);
    void readException(object item);
    void readLog(object item);
    void pairRequests();
    Output finish();
    /// The records one payload may turn into are made; the rest would be refused anyway.
    bool full() const { return m_records.size() >= limits::kMaxRecordsPerPayload; }

    /// An item's time; the beacon's arrival when it has none (it happened shortly before).
    std::optional<qint64> timeOf(object item) const;
    /// Records a time something happened in the batch's document, and returns the view it
    /// happened in (-1: none known).
    qsizetype place(qint64 time);
    qsizetype viewAt(qint64 time) const;
    qsizetype viewFor(const QString &key);
    qsizetype addView(View view);
    void notice(qsizetype view, qint64 time);
    double sinceStart(qsizetype view, qint64 time) const;
    template<class R> R make(qint64 time, qsizetype view) const;
    PageView viewRecord(const QString &viewId) const;

    const Payload &m_payload;
    const Meta m_meta;
    FaroRequests &m_requests;
    ReportedInteractions &m_interactions;
    std::vector<View> m_views;
    QHash<QString, qsizetype> m_viewIndex;
    std::vector<std::pair<qint64, qsizetype>> m_routes; ///< route-change views by start
    qsizetype m_document = -1;                          ///< the view of the batch's document
    QString m_documentKey;
    bool m_documentFromPerformance = false; ///< named by its own navigation/resource events
    bool m_documentStarts = false;          ///< session_start/resume: the document's first batch
    bool m_sessionStarted = false;
    std::optional<object> m_navigation; ///< the navigation event that was read
    QSet<QString> m_spanIds;
    std::vector<Record> m_records;
    // Resources of requests, by index into m_records: each is reported twice (pairRequests).
    std::vector<size_t> m_spanRequests;
    std::vector<size_t> m_entryRequests;
    std::vector<bool> m_dropped; ///< by index into m_records: the other half of a request
    qsizetype m_framesLeft = kMaxFramesPerPayload;
    qint64 m_first = kNoTime;
    qint64 m_last = std::numeric_limits<qint64>::min();
};

std::optional<qint64> Batch::timeOf(object item) const
{
    if (const std::optional<qint64> time = timestampOf(item))
        return time;
    if (plausible(m_payload.receivedAt))
        return m_payload.receivedAt;
    return std::nullopt;
}

template<class R> R Batch::make(qint64 time, qsizetype view) const
{
    R record;
    record.time = time;
    record.sessionId = m_meta.sessionId;
    record.viewId = view >= 0 ? m_views[size_t(view)].record.viewId : QString();
    record.app = m_meta.app;
    record.env = m_meta.env;
    record.release = m_meta.release;
    return record;
}

PageView Batch::viewRecord(const QString &viewId) const
{
    PageView view;
    view.sessionId = m_meta.sessionId;
    view.viewId = viewId;
    view.app = m_meta.app;
    view.env = m_meta.env;
    view.release = m_meta.release;
    view.userAgent = m_meta.userAgent;
    view.browser = m_meta.browser;
    view.browserVersion = m_meta.browserVersion;
    view.os = m_meta.os;
    view.osVersion = m_meta.osVersion;
    view.deviceType = m_meta.deviceType;
    return view;
}

qsizetype Batch::addView(View view)
{
    const auto known = m_viewIndex.constFind(view.record.viewId);
    if (known != m_viewIndex.cend())
        return *known;
    const qsizetype index = qsizetype(m_views.size());
    m_viewIndex.insert(view.record.viewId, index);
    m_views.push_back(std::move(view));
    return index;
}

/// The page load a faroNavigationId names.
qsizetype Batch::viewFor(const QString &key)
{
    if (m_meta.sessionId.isEmpty() || key.isEmpty())
        return -1; // a page view needs a session
    View view;
    view.record = viewRecord(
        derivedId(QLatin1StringView("faro-"), {m_meta.sessionId.toUtf8(), key.toUtf8()}));
    return addView(std::move(view));
}

void Batch::notice(qsizetype view, qint64 time)
{
    if (view >= 0)
        m_views[size_t(view)].earliest = std::min(m_views[size_t(view)].earliest, time);
}

qsizetype Batch::viewAt(qint64 time) const
{
    const auto after =
        std::upper_bound(m_routes.cbegin(), m_routes.cend(), time,
                         [](qint64 t, const auto &route) { return t < route.first; });
    return after == m_routes.cbegin() ? m_document : std::prev(after)->second;
}

qsizetype Batch::place(qint64 time)
{
    m_first = std::min(m_first, time);
    m_last = std::max(m_last, time);
    // Everything in the batch happened in its document, so after the document's start.
    notice(m_document, time);
    return viewAt(time);
}

double Batch::sinceStart(qsizetype view, qint64 time) const
{
    if (view < 0 || !m_views[size_t(view)].exact)
        return kUnset;
    const qint64 start = m_views[size_t(view)].record.time;
    return time >= start ? double(time - start) : kUnset;
}

Output Batch::read(object body)
{
    const std::optional<array> measurements = json::arrayAt(body, "measurements");
    const std::optional<array> events = json::arrayAt(body, "events");
    const std::optional<array> exceptions = json::arrayAt(body, "exceptions");
    const std::optional<array> logs = json::arrayAt(body, "logs");
    std::optional<array> resourceSpans;
    if (const std::optional<object> traces = json::objectAt(body, "traces"))
        resourceSpans = json::arrayAt(*traces, "resourceSpans");
    for (const std::optional<array> &list : {measurements, events, exceptions, logs}) {
        if (list && list->size() > kMaxItems)
            return Error{
                Tr::tr("the Faro payload holds a list of more than %1 items").arg(kMaxItems), 1};
    }

    placeDocument(events, measurements);
    // Before the events: a span's faro.tracing.* event repeats it.
    if (resourceSpans) {
        if (std::optional<Error> problem = readTraces(*resourceSpans))
            return *problem;
    }
    if (events) {
        for (element item : *events) {
            if (full())
                break;
            if (const std::optional<object> event = json::objectOf(item))
                readEvent(*event);
        }
    }
    if (measurements) {
        for (element item : *measurements) {
            if (full())
                break;
            if (const std::optional<object> measurement = json::objectOf(item))
                readMeasurement(*measurement);
        }
    }
    if (exceptions) {
        for (element item : *exceptions) {
            if (full())
                break;
            if (const std::optional<object> exception = json::objectOf(item))
                readException(*exception);
        }
    }
    if (logs) {
        for (element item : *logs) {
            if (full())
                break;
            if (const std::optional<object> log = json::objectOf(item))
                readLog(*log);
        }
    }
    if (full())
        return Error{Tr::tr("the Faro payload turns into more than %1 records")
                         .arg(limits::kMaxRecordsPerPayload),
                     1};
    return finish();
}

/// Finds the document the batch comes from and its route changes, before any item is placed.
void Batch::placeDocument(const std::optional<array> &events,
                          const std::optional<array> &measurements)
{
    QString resourceKey;
    std::optional<object> navigationAttributes;
    std::vector<std::pair<object, std::string_view>> routes;
    if (events) {
        for (element entry : *events) {
            const std::optional<object> item = json::objectOf(entry);
            if (!item)
                continue;
            const std::string_view name = json::viewAt(*item, "name");
            const std::optional<object> attributes = json::objectAt(*item, "attributes");
            if (name == "faro.performance.navigation" && attributes && !m_navigation) {
                m_documentKey = idAt(*attributes, "faroNavigationId");
                if (!m_documentKey.isEmpty()) {
                    m_navigation = item;
                    navigationAttributes = attributes;
                }
            } else if (name == "faro.performance.resource" && attributes && resourceKey.isEmpty()) {
                resourceKey = idAt(*attributes, "faroNavigationId");
            } else if (name == "session_start" || name == "session_resume") {
                m_documentStarts = true;
            } else if (name == "faro.navigation" || name == "route_change" ||
                       name == "view_changed") {
                routes.emplace_back(*item, name);
            }
        }
    }
    if (m_documentKey.isEmpty())
        m_documentKey = resourceKey;
    m_documentFromPerformance = !m_documentKey.isEmpty();

    bool pageKeyed = false;
    if (m_documentKey.isEmpty() && !m_documentStarts && measurements) {
        // Without performance events the metrics' own pointer is all there is.
        bool anyPointer = false;
        for (element entry : *measurements) {
            const std::optional<object> item = json::objectOf(entry);
            const std::optional<object> context =
                item ? json::objectAt(*item, "context") : std::nullopt;
            if (!context || json::viewAt(*item, "type") != "web-vitals")
                continue;
            if (json::member(*context, "navigation_entry_id"))
                anyPointer = true;
            m_documentKey = idAt(*context, "navigation_entry_id");
            if (!m_documentKey.isEmpty())
                break;
        }
        // Faro before 1.8 sent no pointer at all; an app that draws page ids names the page.
        pageKeyed = m_documentKey.isEmpty() && !anyPointer && !m_meta.pageId.isEmpty();
    }
    if (pageKeyed && !m_meta.sessionId.isEmpty()) {
        View view;
        view.record =
            viewRecord(derivedId(QLatin1StringView("faro-"),
                                 {m_meta.sessionId.toUtf8(), "page", m_meta.pageId.toUtf8()}));
        view.record.url = m_meta.pageUrl;
        m_document = addView(std::move(view));
    } else {
        m_document = viewFor(m_documentKey);
    }
    if (m_navigation && m_document >= 0)
        readNavigation(*m_navigation, *navigationAttributes);
    for (const auto &[item, name] : routes)
        addRoute(item, name);
    std::sort(m_routes.begin(), m_routes.end());
}

void Batch::readNavigation(object item, object attributes)
{
    View &view = m_views[size_t(m_document)];
    if (const std::optional<qint64> start = timestampOf(item)) {
        view.record.time = *start;
        view.exact = true;
    }
    PageView &page = view.record;
    page.url = json::textAt(attributes, "name");
    const std::string_view type = json::viewAt(attributes, "type");
    page.navigationType = navigationTypeOf(type);
    auto at = [&](std::string_view key) { return json::numberOr(attributes, key); };
    page.ttfb = at("ttfb");
    page.dns = at("dnsLookupTime");
    page.connect = at("tcpHandshakeTime");
    // Faro computes requestStart - secureConnectionStart, and secureConnectionStart is 0 without
    // TLS: on plain HTTP that number is not a TLS time.
    if (page.url.startsWith(u"https:")) {
        const double tls = at("tlsNegotiationTime");
        if (isSet(tls) && isSet(page.connect) && tls <= page.connect)
            page.tls = tls;
    } else if (page.url.startsWith(u"http:")) {
        page.tls = 0;
    }
    page.load = at("duration"); // loadEventEnd - startTime
    if (!isSet(page.load))
        page.load = at("totalNavigationTime"); // Faro 1.x
    // Faro sends spans, not marks. responseStart - fetchStart = fetchTime - responseTime gives
    // fetchStart, then domInteractive = domComplete - domProcessingTime with domComplete =
    // fetchStart + pageLoadTime. Each term is rounded, so this is within a few ms.
    const double fetch = at("fetchTime"), response = at("responseTime");
    const double pageLoad = at("pageLoadTime"), processing = at("domProcessingTime");
    if (type != "prerender" && isSet(page.ttfb) && isSet(fetch) && isSet(response) &&
        isSet(pageLoad) && isSet(processing)) {
        const double fetchStart = std::max(0.0, page.ttfb - (fetch - response));
        const double interactive = fetchStart + pageLoad - processing;
        if (interactive >= 0)
            page.domInteractive = interactive;
    }
    // An app's own name for its views groups them better than a path; "default" names none.
    if (!m_meta.viewName.isEmpty() && m_meta.viewName != u"default")
        page.route = m_meta.viewName;
}

void Batch::addRoute(object item, std::string_view name)
{
    const std::optional<object> attributes = json::objectAt(item, "attributes");
    // Only its own timestamp can say when the route changed; the arrival of the beacon cannot.
    const std::optional<qint64> time = timestampOf(item);
    if (!attributes || !time || m_meta.sessionId.isEmpty())
        return;
    qint64 start = *time;
    QString url;
    QString route;
    if (name == "faro.navigation") {
        if (json::viewAt(*attributes, "sameDocument") == "false")
            return; // a document load, which the performance events describe
        url = json::textAt(*attributes, "toUrl");
        // Pushed when the activity the interaction started has settled: it began `duration` ago.
        if (const std::optional<double> duration = offsetAt(*attributes, "duration"))
            start -= std::llround(*duration);
    } else if (name == "route_change") {
        url = json::textAt(*attributes, "toUrl");
        route = json::textAt(*attributes, "toRoute");
    } else {
        url = m_meta.pageUrl;
        route = json::textAt(*attributes, "toView");
    }
    if ((url.isEmpty() && route.isEmpty()) || !plausible(start))
        return;
    View view;
    view.record = viewRecord(
        derivedId(QLatin1StringView("faro-"), {m_meta.sessionId.toUtf8(), "route", url.toUtf8(),
                                               route.toUtf8(), QByteArray::number(start)}));
    view.record.time = start;
    view.record.url = url;
    view.record.route = route;
    view.record.navigationType = QStringLiteral("route-change");
    view.exact = true;
    const qsizetype before = qsizetype(m_views.size());
    const qsizetype index = addView(std::move(view));
    if (index == before)
        m_routes.emplace_back(start, index);
}

std::optional<Error> Batch::readTraces(array resourceSpans)
{
    size_t count = 0;
    for (element resourceEntry : resourceSpans) {
        const std::optional<object> resource = json::objectOf(resourceEntry);
        const std::optional<array> scopes =
            resource ? json::arrayAt(*resource, "scopeSpans") : std::nullopt;
        if (!scopes)
            continue;
        for (element scopeEntry : *scopes) {
            const std::optional<object> scopeSpans = json::objectOf(scopeEntry);
            const std::optional<array> spans =
                scopeSpans ? json::arrayAt(*scopeSpans, "spans") : std::nullopt;
            if (!spans)
                continue;
            std::string_view scope;
            if (const std::optional<object> info = json::objectAt(*scopeSpans, "scope"))
                scope = json::viewAt(*info, "name");
            for (element spanEntry : *spans) {
                if (++count > kMaxSpans)
                    return Error{
                        Tr::tr("the Faro payload holds more than %1 trace spans").arg(kMaxSpans),
                        1};
                if (const std::optional<object> span = json::objectOf(spanEntry))
                    readSpan(*span, scope);
            }
        }
    }
    return std::nullopt;
}

/// Faro's tracing instruments fetch and XHR: their client spans are requests the page made.
void Batch::readSpan(object span, std::string_view scope)
{
    if (const QString spanId = idAt(span, "spanId"); !spanId.isEmpty())
        m_spanIds.insert(spanId);
    const std::optional<array> attributes = json::arrayAt(span, "attributes");
    const SpanRequest request = attributes ? spanRequestOf(*attributes) : SpanRequest();
    const std::optional<qint64> startNs = json::integerAt(span, "startTimeUnixNano");
    if (request.url.isEmpty() || !startNs)
        return; // not a request, or not a usable one
    const qint64 time = *startNs / 1000000;
    if (!plausible(time))
        return;
    const std::optional<qint64> endNs = json::integerAt(span, "endTimeUnixNano");
    const bool ended = endNs && *endNs >= *startNs && plausible(*endNs / 1000000);

    const qsizetype view = place(time);
    Resource resource = make<Resource>(time, view);
    resource.url = request.url;
    if (scope.find("xml-http-request") != std::string_view::npos)
        resource.initiatorType = QStringLiteral("xmlhttprequest");
    else if (scope.find("fetch") != std::string_view::npos)
        resource.initiatorType = QStringLiteral("fetch");
    resource.startTime = sinceStart(view, time);
    if (ended)
        resource.duration = double(*endNs - *startNs) / 1e6;
    if (request.status > 0)
        resource.httpStatus = request.status;
    m_spanRequests.push_back(m_records.size());
    m_records.emplace_back(std::move(resource));

    // OTel marks a span ERROR for a status of 400 and up, and for a request that got no answer.
    double code = kUnset;
    if (const std::optional<object> status = json::objectAt(span, "status"))
        code = json::numberOr(*status, "code");
    const bool answered = request.status > 0;
    if (!(request.status >= 400) && (answered || code != 2))
        return;
    const qint64 failedAt = ended ? *endNs / 1000000 : time;
    ErrorEvent error = make<ErrorEvent>(failedAt, place(failedAt));
    error.kind = QStringLiteral("http");
    error.type = QStringLiteral("HttpError");
    error.resourceUrl = request.url;
    // Worded as the generator words them, so that both group alike.
    QString what = urlPath(request.url);
    if (!request.method.isEmpty())
        what = request.method + u' ' + what;
    if (answered) {
        error.httpStatus = request.status;
        error.message = what + u" failed with status " + QString::number(request.status);
    } else if (request.errorType.isEmpty()) {
        error.message = what + u" failed";
    } else {
        error.message = what + u" failed (" + request.errorType + u')';
    }
    m_records.emplace_back(std::move(error));
}

void Batch::readEvent(object item)
{
    const std::string_view name = json::viewAt(item, "name");
    const std::optional<qint64> time = timeOf(item);
    if (name.empty() || !time)
        return;
    const std::optional<object> attributes = json::objectAt(item, "attributes");
    if (name == "faro.performance.navigation" || name == "faro.navigation" ||
        name == "route_change" || name == "view_changed" || name == "session_resume" ||
        name == "session_extend") {
        place(*time); // read when the document was placed, or a session's heartbeat
        return;
    }
    if (name == "session_start") {
        m_sessionStarted = true;
        place(*time);
        return;
    }
    if (name == "faro.performance.resource") {
        if (attributes)
            readResource(*attributes, *time);
        return;
    }
    if (name.starts_with("faro.tracing.")) {
        // Faro pushes one such event per span it exports, with the span's attributes.
        const std::optional<object> trace = json::objectAt(item, "trace");
        if (trace && m_spanIds.contains(idAt(*trace, "span_id"))) {
            place(*time);
            return;
        }
    }
    Measurement measurement = make<Measurement>(*time, place(*time));
    measurement.name = text(name);
    if (attributes)
        measurement.attributes = compact(*attributes);
    m_records.emplace_back(std::move(measurement));
}

void Batch::readResource(object attributes, qint64 time)
{
    const QString url = json::textAt(attributes, "name");
    if (url.isEmpty())
        return;
    const QString key = idAt(attributes, "faroNavigationId");
    qsizetype view = place(time);
    if (!key.isEmpty() && key != m_documentKey) {
        view = viewFor(key); // another document's resource: not seen in a browser's batch
        notice(view, time);
    }
    // The event's timestamp is performance.timeOrigin + the entry's startTime.
    Resource resource = make<Resource>(time, view);
    resource.url = url;
    resource.initiatorType = json::textAt(attributes, "initiatorType");
    resource.startTime = sinceStart(view, time);
    resource.duration = json::numberOr(attributes, "duration");
    resource.transferSize = json::numberOr(attributes, "transferSize");
    resource.encodedSize = json::numberOr(attributes, "encodedBodySize");
    // 0 is what the browser says when it may not tell (cross-origin without Timing-Allow-Origin).
    if (const double status = json::numberOr(attributes, "responseStatus"); status > 0)
        resource.httpStatus = status;
    resource.protocol = json::textAt(attributes, "protocol");
    const std::string_view blocking = json::viewAt(attributes, "renderBlockingStatus");
    if (blocking == "blocking")
        resource.renderBlocking = true;
    else if (blocking == "non-blocking")
        resource.renderBlocking = false;
    if (resource.initiatorType == u"fetch" || resource.initiatorType == u"xmlhttprequest")
        m_entryRequests.push_back(m_records.size());
    m_records.emplace_back(std::move(resource));
}

void Batch::readMeasurement(object item)
{
    const std::optional<qint64> time = timeOf(item);
    const std::optional<object> values = json::objectAt(item, "values");
    if (!time || !values)
        return;
    const std::string_view type = json::viewAt(item, "type");
    const std::optional<object> context = json::objectAt(item, "context");
    if (type == "web-vitals") {
        place(*time);
        readWebVital(item, *values, context, *time);
        return;
    }
    // A site's own measurement: one record per number, named "<type>.<key>".
    const qsizetype view = place(*time);
    const QString prefix = type.empty() ? QString() : text(type) + u'.';
    size_t count = 0;
    for (const auto [key, value] : *values) {
        if (++count > kMaxValuesPerMeasurement || full())
            break;
        const std::optional<double> number = json::number(value);
        if (!number || key.empty())
            continue;
        Measurement measurement = make<Measurement>(*time, view);
        measurement.name = prefix + text(key);
        measurement.value = *number;
        if (context)
            measurement.attributes = compact(*context);
        m_records.emplace_back(std::move(measurement));
    }
}

void Batch::readWebVital(object item, object values, std::optional<object> context, qint64 time)
{
    static constexpr std::pair<std::string_view, double PageView::*> kMetrics[] = {
        {"lcp", &PageView::lcp}, {"inp", &PageView::inp},   {"cls", &PageView::cls},
        {"fcp", &PageView::fcp}, {"ttfb", &PageView::ttfb}, {"fid", &PageView::fid},
    };
    std::string_view metric;
    double PageView::*member = nullptr;
    double value = 0;
    for (const auto &[key, field] : kMetrics) {
        if (const std::optional<double> number = json::numberAt(values, key)) {
            metric = key;
            member = field;
            value = *number;
            break;
        }
    }
    if (!member)
        return;

    const std::string_view navigationType =
        context ? json::viewAt(*context, "navigation_type") : std::string_view();
    qsizetype index = -1;
    if (navigationType == "soft-navigation") {
        // v6 sets a soft navigation's metrics up when the navigation starts: the route change of
        // the batch that was in effect then is the one they measure.
        const std::optional<qint64> setUp =
            context ? metricSetupTime(json::viewAt(*context, "id")) : std::nullopt;
        if (setUp && !m_routes.empty() && viewAt(*setUp) != m_document)
            index = viewAt(*setUp);
    } else if (navigationType != "back-forward-cache") {
        if (m_documentFromPerformance)
            index = m_document; // the batch's document, whatever the metric's pointer says
        else if (!m_documentStarts) {
            const QString pointer = context ? idAt(*context, "navigation_entry_id") : QString();
            index = pointer.isEmpty() ? m_document : viewFor(pointer);
        }
    }
    if (index < 0) {
        // See the top of the file: a view it cannot be placed in without overwriting another's.
        Measurement measurement = make<Measurement>(time, -1);
        measurement.name = u"web-vitals." + text(metric);
        measurement.value = value;
        measurement.attributes = compact(item);
        m_records.emplace_back(std::move(measurement));
        return;
    }

    View &view = m_views[size_t(index)];
    PageView &page = view.record;
    page.*member = value;
    auto number = [&](std::string_view key) { return json::numberOr(values, key); };
    auto label = [&](std::string_view key) {
        return context ? json::textAt(*context, key) : QString();
    };
    // Faro leaves out attribution numbers that are zero: once one part is there, a missing part
    // is 0, not unknown.
    auto parts = [&](std::initializer_list<std::pair<std::string_view, double PageView::*>> list) {
        const bool attributed = std::any_of(list.begin(), list.end(), [&](const auto &part) {
            return json::numberAt(values, part.first).has_value();
        });
        if (!attributed)
            return;
        for (const auto &[key, field] : list)
            page.*field = json::numberAt(values, key).value_or(0.0);
    };
    if (metric == "lcp") {
        parts({{"time_to_first_byte", &PageView::lcpTtfb},
               {"resource_load_delay", &PageView::lcpResourceLoadDelay},
               {"resource_load_duration", &PageView::lcpResourceLoadDuration},
               {"element_render_delay", &PageView::lcpElementRenderDelay}});
        page.lcpElement = label("element");
        page.lcpResourceUrl = label("resource_url");
    } else if (metric == "inp") {
        parts({{"input_delay", &PageView::inpInputDelay},
               {"processing_duration", &PageView::inpProcessingDuration},
               {"presentation_delay", &PageView::inpPresentationDelay}});
        page.inpTarget = label("interaction_target");
        page.inpEventType = label("interaction_type"); // pointer or keyboard
    } else if (metric == "cls") {
        page.clsTarget = label("largest_shift_target");
    } else if (metric == "ttfb") {
        const bool attributed =
            isSet(number("dns_duration")) || isSet(number("connection_duration")) ||
            isSet(number("request_duration")) || isSet(number("waiting_duration")) ||
            isSet(number("cache_duration"));
        if (attributed) {
            page.dns = json::numberAt(values, "dns_duration").value_or(0.0);
            page.connect = json::numberAt(values, "connection_duration").value_or(0.0);
        }
    }
    if (page.navigationType.isEmpty())
        page.navigationType = navigationTypeOf(navigationType);

    // Upper bounds of the navigation start: the metric was set up in the document, and was
    // reported after the moment it measures (an offset from the time origin).
    qint64 bound = time;
    if (context) {
        if (const std::optional<qint64> setup = metricSetupTime(json::viewAt(*context, "id")))
            bound = std::min(bound, *setup);
    }
    std::string_view offsetKey = metric;
    if (metric == "inp")
        offsetKey = "next_paint_time";
    else if (metric == "cls")
        offsetKey = "largest_shift_time";
    if (const std::optional<double> offset = offsetAt(values, offsetKey))
        bound = std::min(bound, time - std::llround(*offset));
    if (plausible(bound))
        notice(index, bound);
    notice(index, time);
    if (metric == "inp" && context)
        addInteraction(index, value, values, *context, plausible(bound) ? bound : time);
}

/// The interaction an INP measurement's attribution names (target, pointer or keyboard, start
/// and parts). Faro's transport may send a batch twice, and web-vitals reports the INP again
/// when it grows: a report with the metric id, target and start of a stored one is a repeat.
void Batch::addInteraction(qsizetype view, double inp, object values, object context,
                           qint64 originBound)
{
    const QString target = json::textAt(context, "interaction_target");
    const std::optional<double> start = json::numberAt(values, "interaction_time");
    const bool validStart = start && *start >= 0 && *start < 1e10; // a page is not open for years
    if (target.isEmpty() && !validStart)
        return; // Faro before 1.8: the bare value
    const View &place = m_views[size_t(view)];
    const quint64 key = partsHash({place.record.viewId.toUtf8(), bytes(json::viewAt(context, "id")),
                                   target.toUtf8(),
                                   validStart ? QByteArray::number(*start, 'f', 1) : QByteArray()});
    if (!m_interactions.firstReport(key))
        return;
    // The start counts from the time origin: the navigation start when the batch had it, else
    // the upper bound readWebVital found, which the view's own time does not exceed either.
    const qint64 origin = place.exact ? place.record.time : originBound;
    const qint64 time = validStart ? origin + std::llround(*start) : origin;
    Interaction interaction = make<Interaction>(plausible(time) ? time : origin, view);
    interaction.type = json::textAt(context, "interaction_type");
    interaction.target = target;
    interaction.duration = inp;
    // As for the page view: once one part is there, a missing one is 0.
    const std::optional<double> inputDelay = json::numberAt(values, "input_delay");
    const std::optional<double> processing = json::numberAt(values, "processing_duration");
    const std::optional<double> presentation = json::numberAt(values, "presentation_delay");
    if (inputDelay || processing || presentation) {
        interaction.inputDelay = inputDelay.value_or(0.0);
        interaction.processingDuration = processing.value_or(0.0);
        interaction.presentationDelay = presentation.value_or(0.0);
    }
    m_records.emplace_back(std::move(interaction));
}

void Batch::readException(object item)
{
    const std::optional<qint64> time = timeOf(item);
    if (!time)
        return;
    ErrorEvent error = make<ErrorEvent>(*time, place(*time));
    error.type = json::textAt(item, "type");
    error.message = json::textAt(item, "value");
    // Faro names primitive rejections so; an Error rejected looks like any thrown Error. Its
    // console instrumentation reports console.error calls as exceptions with this prefix.
    if (error.type == u"UnhandledRejection")
        error.kind = QStringLiteral("unhandled-rejection");
    else if (error.message.startsWith(u"console.error: "))
        error.kind = QStringLiteral("console");
    else
        error.kind = QStringLiteral("exception");
    const std::optional<object> stack = json::objectAt(item, "stacktrace");
    const std::optional<array> frames = stack ? json::arrayAt(*stack, "frames") : std::nullopt;
    if (frames) {
        // Read top-down from error.stack: innermost first, as the model keeps them.
        auto line = [](object frame, std::string_view key) {
            const std::optional<double> value = json::numberAt(frame, key);
            return value && *value >= 1 && *value <= 1e9 ? int(*value) : 0;
        };
        for (element entry : *frames) {
            if (error.frames.size() >= kMaxFrames || m_framesLeft <= 0)
                break;
            const std::optional<object> frame = json::objectOf(entry);
            if (!frame)
                continue;
            StackFrame parsed;
            parsed.file = json::textAt(*frame, "filename");
            if (parsed.file.isEmpty())
                parsed.file = json::textAt(*frame, "module");
            parsed.function = json::textAt(*frame, "function");
            if (parsed.function == u"?") // Faro's word for an anonymous function
                parsed.function.clear();
            parsed.line = line(*frame, "lineno");
            parsed.column = line(*frame, "colno");
            if (!parsed.file.isEmpty() || !parsed.function.isEmpty()) {
                error.frames.append(parsed);
                --m_framesLeft;
            }
        }
    }
    if (error.type.isEmpty() && error.message.isEmpty() && error.frames.isEmpty())
        return;
    m_records.emplace_back(std::move(error));
}

void Batch::readLog(object item)
{
    const std::optional<qint64> time = timeOf(item);
    if (!time)
        return;
    const std::string_view level = json::viewAt(item, "level");
    const QString message = json::textAt(item, "message");
    const qsizetype view = place(*time);
    if (level == "error") {
        ErrorEvent error = make<ErrorEvent>(*time, view);
        error.kind = QStringLiteral("console");
        error.message = message;
        m_records.emplace_back(std::move(error));
        return;
    }
    Measurement measurement = make<Measurement>(*time, view);
    const bool knownLevel = level == "trace" || level == "debug" || level == "info" ||
                            level == "log" || level == "warn";
    measurement.name = knownLevel ? QString(u"log." + text(level)) : QStringLiteral("log");
    QJsonObject attributes{{QStringLiteral("message"), message}};
    if (!knownLevel && !level.empty())
        attributes.insert(QStringLiteral("level"), text(level));
    if (const std::optional<object> context = json::objectAt(item, "context"))
        attributes.insert(QStringLiteral("context"),
                          QJsonDocument::fromJson(compact(*context).toUtf8()).object());
    measurement.attributes =
        QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
    m_records.emplace_back(std::move(measurement));
}

/// Keeps one Resource of each request that both a faro.performance.resource event and a
/// fetch/XHR span reported (FaroRequests): the event's, which has sizes and protocol, when both
/// are in the batch; else the one that came first.
void Batch::pairRequests()
{
    m_dropped.assign(m_records.size(), false);
    if (m_spanRequests.empty() && m_entryRequests.empty())
        return;
    const auto requestOf = [this](size_t index, bool fromSpan) {
        const auto &resource = std::get<Resource>(m_records[index]);
        const QByteArray url = resource.url.toUtf8();
        const double start = double(resource.time);
        const double end =
            start + (isSet(resource.duration) ? std::max(0.0, resource.duration) : 0);
        return FaroRequests::Request{partsHash({url}), start, end, fromSpan};
    };
    QHash<quint64, std::vector<size_t>> entriesByUrl;
    for (const size_t entry : m_entryRequests)
        entriesByUrl[requestOf(entry, false).url].push_back(entry);
    std::vector<bool> paired(m_records.size(), false);
    // A hostile batch may name one URL thousands of times; a browser's has a few of each.
    constexpr int kMaxCandidates = 64;
    for (const size_t spanIndex : m_spanRequests) {
        const FaroRequests::Request span = requestOf(spanIndex, true);
        const auto candidates = entriesByUrl.constFind(span.url);
        if (candidates == entriesByUrl.cend())
            continue;
        int tried = 0;
        for (const size_t entryIndex : *candidates) {
            if (++tried > kMaxCandidates)
                break;
            const FaroRequests::Request entry = requestOf(entryIndex, false);
            if (paired[entryIndex] ||
                !FaroRequests::sameRequest(span.start, span.end, entry.start, entry.end))
                continue;
            paired[entryIndex] = paired[spanIndex] = true;
            m_dropped[spanIndex] = true;
            auto &kept = std::get<Resource>(m_records[entryIndex]);
            const auto &other = std::get<Resource>(m_records[spanIndex]);
            if (!isSet(kept.httpStatus))
                kept.httpStatus = other.httpStatus;
            break;
        }
    }
    const quint64 session = partsHash({m_meta.sessionId.toUtf8()});
    for (const auto &[indices, fromSpan] :
         {std::pair(&m_spanRequests, true), std::pair(&m_entryRequests, false)}) {
        for (const size_t index : *indices) {
            if (paired[index])
                continue;
            const FaroRequests::Request request = requestOf(index, fromSpan);
            if (m_requests.takeOtherHalf(session, request))
                m_dropped[index] = true; // its other half was stored with an earlier batch
            else
                m_requests.add(session, request);
        }
    }
}

Output Batch::finish()
{
    pairRequests();
    std::vector<Record> records;
    records.reserve(m_records.size() + m_views.size() + 1);
    // Every beacon extends its session; the store keeps the first and last times it hears of.
    if (!m_meta.sessionId.isEmpty() && m_first != kNoTime) {
        Session session;
        session.time = m_first;
        session.lastSeen = m_last;
        session.sessionId = m_meta.sessionId;
        session.app = m_meta.app;
        session.env = m_meta.env;
        session.release = m_meta.release;
        session.userId = m_meta.userId;
        if (m_sessionStarted)
            session.entryUrl = m_meta.pageUrl;
        session.exitUrl = m_meta.pageUrl;
        records.emplace_back(std::move(session));
    }
    for (View &view : m_views) {
        if (!view.exact) {
            if (view.earliest == kNoTime)
                continue; // nothing in the batch happened in it
            view.record.time = view.earliest;
        }
        records.emplace_back(std::move(view.record));
    }
    for (size_t i = 0; i < m_records.size(); ++i) {
        if (!m_dropped[i])
            records.push_back(std::move(m_records[i]));
    }
    return records;
}

} // namespace

Output parseFaro(const Input &input)
{
    Result<element> root = input.json.parse(input.payload.body);
    if (!root)
        return root.error();
    const std::optional<object> body = json::objectOf(root.value());
    if (!body)
        return Error{Tr::tr("a Faro payload must be a JSON object"), 1};
    const std::optional<object> meta = json::objectAt(*body, "meta");
    const bool anySignal = json::arrayAt(*body, "measurements") || json::arrayAt(*body, "events") ||
                           json::arrayAt(*body, "exceptions") || json::arrayAt(*body, "logs") ||
                           json::objectAt(*body, "traces");
    if (!meta && !anySignal)
        return Error{Tr::tr("not a Faro payload: it has no meta object and no list of "
                            "measurements, events, exceptions, logs or traces"),
                     1};
    // Without a parser's state (a caller of its own) the batch still pairs its own requests.
    FaroRequests local(1);
    ReportedInteractions localInteractions;
    Batch batch(input.payload, readMeta(meta, input.payload),
                input.state ? input.state->faro : local,
                input.state ? input.state->faroInteractions : localInteractions);
    return batch.read(*body);
}

} // namespace rumscope::formats
