// Grafana Faro web SDK 2.x as a site sends a visit (formats.md §3): TransportBody batches (meta
// plus events, measurements, exceptions, traces) to POST /collect/<app key>. The site runs the
// web-vitals instrumentation with attribution (trackAttributionSources on), the performance
// instrumentation, the error and console instrumentations, tracing of fetch and XHR, and the
// soft-navigation detector that pushes faro.navigation events.
//
// Per document (page load), as Faro batches it:
//  - when Faro starts: session_start (the visit's first page) or session_resume;
//  - after the load event: faro.performance.navigation, stamped with timeOrigin + 0 as Faro
//    stamps it, the resource entries so far, TTFB, FCP and whatever else happened by then;
//  - when the view ends (the tab is hidden or the next navigation starts): LCP, CLS, INP and
//    the rest of the view's resources, spans and errors.
// Per SPA route change, one batch when it ends: its faro.navigation event, resources, spans,
// errors and web vitals. Failed fetches are spans with an error status; console errors and
// exceptions are exceptions (an Error a promise rejected is one of its type, as Faro sends it).
//
// Where the model holds more than Faro reports, the encoder still sends it in Faro's own keys, so
// that an import counts the same views with the same vitals:
//  - route changes get web-vitals v6 soft-navigation metrics (set up when the route starts), in
//    the batch of their faro.navigation event: the only place that tells the parser which route
//    they measure;
//  - back/forward cache restores are sent as loads of type back_forward with their own
//    faroNavigationId (Faro reports no navigation for a restore, and its metrics as
//    back-forward-cache, which no view takes);
//  - a prerendered page's navigation entry says prerender (Navigation Timing says navigate, and
//    web-vitals tells it by activationStart), so that the view keeps its type.
// Left out, as Faro does not report them: interactions other than the INP one, long tasks,
// failed resource loads (no error event reaches window.onerror), FID (Faro 2 has none), geography
// (the collector derives it from the client address). Faro rounds navigation and resource
// timings to whole ms strings; web-vital values go as the browser measured them.
#include "generate/sdkencoder.h"
#include "model/metric.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rumscope::encoders {
namespace {

constexpr QLatin1StringView kSdkVersion("2.12.1");
/// Faro's batch executor sends a batch once no new signal came for 250 ms.
constexpr qint64 kSendDelay = 250;

// ---- Ids ----------------------------------------------------------------------------------------

/// FNV-1a with a final mix. Faro draws its ids at random; here they are digests of what they
/// name, so that a visit encodes to the same bytes on every machine (qHash does not promise that).
quint64 digest(QStringView text, quint64 salt)
{
    quint64 hash = 14695981039346656037ULL ^ (salt * 0x9e3779b97f4a7c15ULL);
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * 1099511628211ULL;
    hash ^= hash >> 30;
    hash *= 0xbf58476d1ce4e5b9ULL;
    hash ^= hash >> 27;
    hash *= 0x94d049bb133111ebULL;
    return hash ^ (hash >> 31);
}

/// Faro's genShortID: ten letters and digits (62^10 fits in 64 bits).
QString shortId(QStringView seed, quint64 salt)
{
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    quint64 value = digest(seed, salt);
    QString id;
    id.reserve(10);
    for (int i = 0; i < 10; ++i) {
        id.append(QLatin1Char(kAlphabet[value % 62]));
        value /= 62;
    }
    return id;
}

/// OpenTelemetry trace (32) and span (16) ids in hex.
QString hexId(QStringView seed, int digits)
{
    QString id;
    for (quint64 salt = 1; id.size() < digits; ++salt)
        id += QStringLiteral("%1").arg(digest(seed, salt), 16, 16, QLatin1Char('0'));
    return id.left(digits);
}

/// web-vitals' metric id: "v6-" + Date.now() when the metric was set up + 13 random digits.
QString metricId(const QString &viewId, const char *metric, qint64 setUp)
{
    const quint64 random =
        1'000'000'000'000ULL +
        digest(viewId, quint64(metric[0]) * 131 + quint64(metric[1])) % 9'000'000'000'000ULL;
    return u"v6-" + QString::number(setUp) + u'-' + QString::number(random);
}

// ---- Values -------------------------------------------------------------------------------------

QString iso(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// ms a time lies after another, rounded up: a report is never stamped before what it reports.
qint64 ceilMs(double ms)
{
    return isSet(ms) ? qint64(std::ceil(std::max(0.0, ms))) : 0;
}

/// Faro's toFaroPerformanceTimingString: Math.round, or "unknown" for what the browser lacks.
QString timing(double ms)
{
    return isSet(ms) ? QString::number(std::llround(ms)) : QStringLiteral("unknown");
}

/// web-vitals' addIfPresent: Faro leaves out attribution numbers that are zero or absent.
void putPresent(QJsonObject &object, const char *key, double value)
{
    if (isSet(value) && value != 0)
        object.insert(QLatin1StringView(key), value);
}

void putText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1StringView(key), value);
}

QString ratingOf(Metric metric, double value)
{
    switch (rate(metric, value)) {
    case Rating::Good:
        return QStringLiteral("good");
    case Rating::NeedsImprovement:
        return QStringLiteral("needs-improvement");
    case Rating::Poor:
        break;
    }
    return QStringLiteral("poor");
}

/// ua-parser's OS names, which Faro puts in meta.browser.os as "<name> <version>".
QString faroOs(const PageView &view)
{
    QString name = view.os;
    if (name == u"macOS")
        name = QStringLiteral("Mac OS");
    else if (name == u"ChromeOS")
        name = QStringLiteral("Chrome OS");
    if (name.isEmpty() || view.osVersion.isEmpty())
        return name;
    return name + u' ' + view.osVersion;
}

/// Navigation Timing's type, as the performance instrumentation copies it.
QString entryType(const QString &navigationType)
{
    if (navigationType == u"back-forward" || navigationType == u"restore")
        return QStringLiteral("back_forward");
    if (navigationType == u"reload" || navigationType == u"prerender")
        return navigationType;
    return QStringLiteral("navigate");
}

/// web-vitals' navigationType for the metrics of a document load.
QString vitalsType(const QString &navigationType)
{
    if (navigationType == u"restore")
        return QStringLiteral("back-forward"); // sent as a load, see the top of the file
    if (navigationType == u"reload" || navigationType == u"prerender" ||
        navigationType == u"back-forward")
        return navigationType;
    return QStringLiteral("navigate");
}

/// web-vitals' loadState: how far the document had got when something happened.
QString loadState(const PageView &view, double at)
{
    if (isSet(view.domInteractive) && at < view.domInteractive)
        return QStringLiteral("loading");
    if (isSet(view.domContentLoaded) && at < view.domContentLoaded)
        return QStringLiteral("dom-interactive");
    if (isSet(view.load) && at < view.load)
        return QStringLiteral("dom-content-loaded");
    return QStringLiteral("complete");
}

/// A custom measurement's attributes as a Faro context: a map of strings.
QJsonObject contextOf(const QString &attributes)
{
    QJsonObject context;
    const QJsonObject object = QJsonDocument::fromJson(attributes.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            context.insert(it.key(), value.toString());
        else if (value.isDouble())
            context.insert(it.key(),
                           QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
        else if (value.isBool())
            context.insert(it.key(),
                           value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return context;
}

// ---- The visit ----------------------------------------------------------------------------------

/// One view and what happened in it.
struct Visit
{
    const PageView *view = nullptr;
    std::vector<const Record *> events;
    qint64 end = 0; ///< when it was left: the next view's start, or the tab hidden
};

/// One request body being filled; sent once its last item is in.
struct Batch
{
    QJsonArray events;
    QJsonArray measurements;
    QJsonArray exceptions;
    QJsonArray fetchSpans;
    QJsonArray xhrSpans;
    QString pageUrl; ///< location.href when sent
    qint64 sentAt = 0;

    void at(qint64 time) { sentAt = std::max(sentAt, time); }
    bool empty() const
    {
        return events.isEmpty() && measurements.isEmpty() && exceptions.isEmpty() &&
               fetchSpans.isEmpty() && xhrSpans.isEmpty();
    }
};

class Encoder
{
public:
    explicit Encoder(std::span<const Record> session);
    std::vector<Payload> encode();

private:
    void encodeLoad(const Visit &visit, bool first);
    void encodeRoute(const Visit &visit, const Visit &previous);
    /// The view's own signals (resources, spans, errors, custom measurements) up to `until`,
    /// from `next` on; returns where it stopped.
    size_t addSignals(Batch &batch, const Visit &visit, size_t next, qint64 until) const;
    void addResource(Batch &batch, const Resource &resource) const;
    void addSpan(Batch &batch, const QString &url, const QString &method, qint64 startNs,
                 qint64 endNs, double status, bool xhr) const;
    void addError(Batch &batch, const ErrorEvent &error, const Visit &visit) const;
    void addMeasurement(Batch &batch, const Measurement &measurement) const;
    void addVital(Batch &batch, const QString &name, QJsonObject values, QJsonObject context,
                  const PageView &view, const QString &navigationType, qint64 setUp,
                  qint64 time) const;
    void addLateVitals(Batch &batch, const Visit &visit, const QString &navigationType,
                       qint64 setUp, qint64 earliest) const;
    QJsonObject metaFor(const PageView &view, const QString &pageUrl) const;
    QJsonObject navigationEvent(const Visit &visit) const;
    void send(Batch batch, const PageView &view);

    const Session *m_session = nullptr;
    std::vector<Visit> m_visits;
    std::vector<std::pair<qint64, Payload>> m_payloads;
    QString m_documentKey = QStringLiteral("unknown"); ///< faroNavigationId of the document
    QString m_previousKey = QStringLiteral("unknown");
    qint64 m_documentStart = 0; ///< its timeOrigin: Faro's offsets count from there
    QByteArray m_path;
};

Encoder::Encoder(std::span<const Record> session)
{
    for (const Record &record : session) {
        if (const auto *s = std::get_if<Session>(&record)) {
            m_session = s;
        } else if (const auto *view = std::get_if<PageView>(&record)) {
            m_visits.push_back({view, {}, 0});
        } else if (!m_visits.empty()) {
            m_visits.back().events.push_back(&record);
        }
    }
    for (size_t i = 0; i < m_visits.size(); ++i) {
        Visit &visit = m_visits[i];
        if (i + 1 < m_visits.size()) {
            visit.end = m_visits[i + 1].view->time;
        } else {
            // The last view ends when the tab is hidden or closed: after all it saw.
            visit.end = visit.view->time + ceilMs(visit.view->visibleTime);
            for (const Record *event : visit.events)
                visit.end = std::max(visit.end, eventBase(*event).time + 1);
        }
    }
    // Grafana Cloud gives each Faro app a key, the last segment of its collector URL.
    const QString app = m_visits.empty() ? QString() : m_visits.front().view->app;
    m_path = "/collect/" + hexId(app, 32).toLatin1();
}

std::vector<Payload> Encoder::encode()
{
    bool first = true;
    for (size_t i = 0; i < m_visits.size(); ++i) {
        if (m_visits[i].view->navigationType == u"route-change" && i > 0) {
            encodeRoute(m_visits[i], m_visits[i - 1]);
        } else {
            encodeLoad(m_visits[i], first);
            first = false;
        }
    }
    // In the order the browser sent them; the store takes a session's exit URL from the last.
    std::stable_sort(m_payloads.begin(), m_payloads.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<Payload> payloads;
    payloads.reserve(m_payloads.size());
    for (auto &[time, payload] : m_payloads)
        payloads.push_back(std::move(payload));
    return payloads;
}

void Encoder::encodeLoad(const Visit &visit, bool first)
{
    const PageView &view = *visit.view;
    m_previousKey = m_documentKey;
    m_documentKey = shortId(view.viewId, 1);
    m_documentStart = view.time;
    const QString type = vitalsType(view.navigationType);
    // web-vitals and Faro start once the document's scripts run, after its first byte.
    const qint64 setUp = view.time + ceilMs(view.ttfb);

    Batch start;
    start.pageUrl = view.url;
    start.at(setUp);
    start.events.append(
        QJsonObject{{QStringLiteral("name"),
                     first ? QStringLiteral("session_start") : QStringLiteral("session_resume")},
                    {QStringLiteral("domain"), QStringLiteral("browser")},
                    {QStringLiteral("timestamp"), iso(setUp)}});
    send(std::move(start), view);

    // After the load event (or the first paint of a page that did not load here).
    const qint64 loaded =
        view.time + std::max({ceilMs(view.load), ceilMs(view.fcp), ceilMs(view.ttfb)});
    Batch load;
    load.pageUrl = view.url;
    load.at(loaded);
    load.events.append(navigationEvent(visit));
    if (isSet(view.ttfb)) {
        QJsonObject values;
        putPresent(values, "dns_duration", view.dns);
        putPresent(values, "connection_duration", view.connect);
        if (isSet(view.dns) && isSet(view.connect))
            putPresent(values, "request_duration", view.ttfb - view.dns - view.connect);
        addVital(load, QStringLiteral("ttfb"), values, {}, view, type, setUp, loaded);
    }
    if (isSet(view.fcp)) {
        QJsonObject values;
        putPresent(values, "first_byte_to_fcp", view.fcp - (isSet(view.ttfb) ? view.ttfb : 0));
        putPresent(values, "time_to_first_byte", view.ttfb);
        const QJsonObject context{{QStringLiteral("load_state"), loadState(view, view.fcp)}};
        addVital(load, QStringLiteral("fcp"), values, context, view, type, setUp,
                 view.time + ceilMs(view.fcp));
    }
    const size_t next = addSignals(load, visit, 0, loaded);
    send(std::move(load), view);

    Batch late;
    late.pageUrl = view.url;
    late.at(visit.end);
    addSignals(late, visit, next, std::numeric_limits<qint64>::max());
    addLateVitals(late, visit, type, setUp, visit.end);
    send(std::move(late), view);
}

void Encoder::encodeRoute(const Visit &visit, const Visit &previous)
{
    const PageView &view = *visit.view;
    Batch batch;
    batch.pageUrl = view.url;
    batch.at(visit.end);
    // The detector pushes its event once the navigation's activity settled, `duration` after
    // it started; the parser counts back to the start.
    const qint64 settled = std::clamp(
        ceilMs(std::max(isSet(view.lcp) ? view.lcp : 0.0, isSet(view.fcp) ? view.fcp : 0.0)),
        qint64(0), std::max<qint64>(0, visit.end - view.time));
    batch.events.append(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("faro.navigation")},
                    {QStringLiteral("domain"), QStringLiteral("browser")},
                    {QStringLiteral("attributes"),
                     QJsonObject{{QStringLiteral("fromUrl"), previous.view->url},
                                 {QStringLiteral("toUrl"), view.url},
                                 {QStringLiteral("sameDocument"), QStringLiteral("true")},
                                 {QStringLiteral("duration"), QString::number(settled)}}},
                    {QStringLiteral("timestamp"), iso(view.time + settled)}});
    batch.at(view.time + settled);
    addSignals(batch, visit, 0, std::numeric_limits<qint64>::max());
    // web-vitals v6 sets a soft navigation's metrics up when it starts; they count from there.
    const QString type = QStringLiteral("soft-navigation");
    if (isSet(view.fcp)) {
        QJsonObject values;
        putPresent(values, "first_byte_to_fcp", view.fcp);
        addVital(batch, QStringLiteral("fcp"), values,
                 {{QStringLiteral("load_state"), QStringLiteral("complete")}}, view, type,
                 view.time, view.time + ceilMs(view.fcp));
    }
    addLateVitals(batch, visit, type, view.time, visit.end);
    send(std::move(batch), view);
}

QJsonObject Encoder::navigationEvent(const Visit &visit) const
{
    const PageView &view = *visit.view;
    // Faro sends spans of the entry, not its marks. Without redirects fetchStart is 0; the model
    // keeps no HTML download time, so responseEnd is taken as responseStart, and domComplete as
    // the end of DOMContentLoaded.
    const double ttfb = view.ttfb;
    const double complete =
        isSet(view.domContentLoaded) ? view.domContentLoaded : view.domInteractive;
    QString protocol = QStringLiteral("h2");
    for (const Record *event : visit.events) {
        const auto *resource = std::get_if<Resource>(event);
        if (resource && !resource->protocol.isEmpty() &&
            QUrl(resource->url).host() == QUrl(view.url).host()) {
            protocol = resource->protocol;
            break;
        }
    }
    const double tls = isSet(view.tls) ? view.tls : 0;
    const double request = isSet(ttfb) && isSet(view.dns) && isSet(view.connect)
                               ? ttfb - view.dns - view.connect
                               : kUnset;
    QJsonObject attributes{
        {QStringLiteral("name"), view.url},
        {QStringLiteral("httpHost"), QUrl(view.url).host()},
        {QStringLiteral("duration"), timing(view.load)},
        {QStringLiteral("tcpHandshakeTime"), timing(view.connect)},
        {QStringLiteral("dnsLookupTime"), timing(view.dns)},
        {QStringLiteral("tlsNegotiationTime"), timing(tls)},
        {QStringLiteral("responseStatus"), QStringLiteral("200")},
        {QStringLiteral("redirectTime"), QStringLiteral("0")},
        {QStringLiteral("requestTime"), timing(request)},
        {QStringLiteral("responseTime"), QStringLiteral("0")},
        {QStringLiteral("fetchTime"), timing(ttfb)},
        {QStringLiteral("serviceWorkerTime"), QStringLiteral("0")},
        {QStringLiteral("renderBlockingStatus"), QStringLiteral("non-blocking")},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("initiatorType"), QStringLiteral("navigation")},
        {QStringLiteral("visibilityState"), QStringLiteral("visible")},
        {QStringLiteral("ttfb"), timing(ttfb)},
        {QStringLiteral("pageLoadTime"), timing(complete)},
        {QStringLiteral("documentParsingTime"),
         timing(isSet(ttfb) ? view.domInteractive - ttfb : kUnset)},
        {QStringLiteral("domProcessingTime"), timing(complete - view.domInteractive)},
        {QStringLiteral("domContentLoadHandlerTime"), QStringLiteral("0")},
        {QStringLiteral("onLoadTime"), QStringLiteral("0")},
        {QStringLiteral("type"), entryType(view.navigationType)},
        {QStringLiteral("faroNavigationId"), m_documentKey},
        {QStringLiteral("faroPreviousNavigationId"), m_previousKey}};
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("faro.performance.navigation")},
                       {QStringLiteral("domain"), QStringLiteral("browser")},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("timestamp"), iso(view.time)}};
}

size_t Encoder::addSignals(Batch &batch, const Visit &visit, size_t next, qint64 until) const
{
    for (; next < visit.events.size(); ++next) {
        const Record &record = *visit.events[next];
        if (eventBase(record).time > until)
            break;
        if (const auto *resource = std::get_if<Resource>(&record))
            addResource(batch, *resource);
        else if (const auto *error = std::get_if<ErrorEvent>(&record))
            addError(batch, *error, visit);
        else if (const auto *measurement = std::get_if<Measurement>(&record))
            addMeasurement(batch, *measurement);
    }
    return next;
}

void Encoder::addResource(Batch &batch, const Resource &resource) const
{
    const QString seed = resource.viewId + resource.url + QString::number(resource.time);
    QJsonObject attributes{{QStringLiteral("name"), resource.url},
                           {QStringLiteral("httpHost"), QUrl(resource.url).host()},
                           {QStringLiteral("duration"), timing(resource.duration)},
                           {QStringLiteral("fetchTime"), timing(resource.duration)},
                           {QStringLiteral("responseStatus"), timing(resource.httpStatus)},
                           {QStringLiteral("protocol"), resource.protocol},
                           {QStringLiteral("initiatorType"), resource.initiatorType},
                           {QStringLiteral("visibilityState"), QStringLiteral("visible")},
                           {QStringLiteral("encodedBodySize"), timing(resource.encodedSize)},
                           {QStringLiteral("decodedBodySize"), timing(resource.encodedSize)},
                           {QStringLiteral("transferSize"), timing(resource.transferSize)},
                           {QStringLiteral("cacheHitStatus"), resource.transferSize == 0
                                                                  ? QStringLiteral("cache")
                                                                  : QStringLiteral("fullLoad")},
                           {QStringLiteral("renderBlockingStatus"),
                            !resource.renderBlocking   ? QStringLiteral("unknown")
                            : *resource.renderBlocking ? QStringLiteral("blocking")
                                                       : QStringLiteral("non-blocking")},
                           {QStringLiteral("faroNavigationId"), m_documentKey},
                           {QStringLiteral("faroResourceId"), shortId(seed, 2)}};
    // Stamped with timeOrigin + the entry's startTime.
    batch.events.append(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("faro.performance.resource")},
                    {QStringLiteral("domain"), QStringLiteral("browser")},
                    {QStringLiteral("attributes"), attributes},
                    {QStringLiteral("timestamp"), iso(resource.time)}});
    batch.at(resource.time);

    // Tracing instruments fetch and XHR: each such request is a span as well.
    const bool xhr = resource.initiatorType == u"xmlhttprequest";
    if (xhr || resource.initiatorType == u"fetch") {
        const qint64 startNs = resource.time * 1'000'000;
        const qint64 durationNs =
            isSet(resource.duration) ? std::llround(resource.duration * 1e6) : 0;
        addSpan(batch, resource.url, QStringLiteral("GET"), startNs, startNs + durationNs,
                resource.httpStatus, xhr);
    }
}

void Encoder::addSpan(Batch &batch, const QString &url, const QString &method, qint64 startNs,
                      qint64 endNs, double status, bool xhr) const
{
    const QString seed = m_documentKey + url + QString::number(startNs);
    const QString traceId = hexId(seed, 32);
    const QString spanId = hexId(QString(seed + u'#'), 16);
    const QUrl parsed(url);
    const int port = parsed.port(parsed.scheme() == u"http" ? 80 : 443);
    auto text = [](const char *key, const QString &value) {
        return QJsonObject{
            {QStringLiteral("key"), QLatin1StringView(key)},
            {QStringLiteral("value"), QJsonObject{{QStringLiteral("stringValue"), value}}}};
    };
    auto integer = [](const char *key, qint64 value) {
        return QJsonObject{
            {QStringLiteral("key"), QLatin1StringView(key)},
            {QStringLiteral("value"), QJsonObject{{QStringLiteral("intValue"), value}}}};
    };
    const bool failed = isSet(status) && status >= 400;
    QJsonArray attributes{text("http.request.method", method), text("url.full", url),
                          text("session.id", m_session ? m_session->sessionId : QString())};
    QJsonObject eventAttributes{
        {QStringLiteral("http.request.method"), method},
        {QStringLiteral("url.full"), url},
        {QStringLiteral("session.id"), m_session ? m_session->sessionId : QString()}};
    if (isSet(status) && status > 0) {
        attributes.append(integer("http.response.status_code", qint64(status)));
        eventAttributes.insert(QStringLiteral("http.response.status_code"), timing(status));
    }
    attributes.append(text("server.address", parsed.host()));
    attributes.append(integer("server.port", port));
    eventAttributes.insert(QStringLiteral("server.address"), parsed.host());
    eventAttributes.insert(QStringLiteral("server.port"), QString::number(port));
    if (failed) {
        attributes.append(text("error.type", timing(status)));
        eventAttributes.insert(QStringLiteral("error.type"), timing(status));
    }
    eventAttributes.insert(QStringLiteral("duration_ns"), QString::number(endNs - startNs));
    QJsonObject span{
        {QStringLiteral("traceId"), traceId},
        {QStringLiteral("spanId"), spanId},
        {QStringLiteral("name"), method},
        {QStringLiteral("kind"), 3},
        {QStringLiteral("startTimeUnixNano"), QString::number(startNs)},
        {QStringLiteral("endTimeUnixNano"), QString::number(endNs)},
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("code"), failed ? 2 : 0}}}};
    (xhr ? batch.xhrSpans : batch.fetchSpans).append(span);
    // Faro repeats each span it exports as an event when the span ends.
    const qint64 endMs = endNs / 1'000'000;
    batch.events.append(
        QJsonObject{{QStringLiteral("name"), xhr ? QStringLiteral("faro.tracing.xml-http-request")
                                                 : QStringLiteral("faro.tracing.fetch")},
                    {QStringLiteral("domain"), QStringLiteral("browser")},
                    {QStringLiteral("attributes"), eventAttributes},
                    {QStringLiteral("timestamp"), iso(endMs)},
                    {QStringLiteral("trace"), QJsonObject{{QStringLiteral("trace_id"), traceId},
                                                          {QStringLiteral("span_id"), spanId}}}});
    batch.at(endMs);
}

void Encoder::addError(Batch &batch, const ErrorEvent &error, const Visit &visit) const
{
    if (error.kind == u"resource")
        return; // a failed <img> or <script> reaches no handler Faro has
    if (error.kind == u"http") {
        // A failed fetch: its span, marked as an error. It ran for a while before it failed,
        // within the view.
        const qsizetype space = error.message.indexOf(u' ');
        const QString method = space > 0 ? error.message.left(space) : QStringLiteral("GET");
        const qint64 ran = std::min<qint64>(
            60 + qint64(digest(QString(error.message + QString::number(error.time)), 3) % 400),
            error.time - visit.view->time);
        addSpan(batch, error.resourceUrl, method, (error.time - ran) * 1'000'000,
                error.time * 1'000'000, error.httpStatus, false);
        return;
    }
    QJsonObject exception{{QStringLiteral("type"), error.type},
                          {QStringLiteral("value"), error.message},
                          {QStringLiteral("timestamp"), iso(error.time)}};
    if (error.kind == u"console") {
        // The console instrumentation reports console.error(…) as an Error with this prefix.
        exception.insert(QStringLiteral("type"), QStringLiteral("Error"));
        exception.insert(QStringLiteral("value"), QString(u"console.error: " + error.message));
    }
    if (!error.frames.isEmpty()) {
        QJsonArray frames;
        for (const StackFrame &frame : error.frames) {
            QJsonObject entry{{QStringLiteral("filename"), frame.file},
                              {QStringLiteral("function"),
                               frame.function.isEmpty() ? QStringLiteral("?") : frame.function}};
            if (frame.line > 0)
                entry.insert(QStringLiteral("lineno"), frame.line);
            if (frame.column > 0)
                entry.insert(QStringLiteral("colno"), frame.column);
            frames.append(entry);
        }
        exception.insert(QStringLiteral("stacktrace"),
                         QJsonObject{{QStringLiteral("frames"), frames}});
    }
    batch.exceptions.append(exception);
    batch.at(error.time);
}

void Encoder::addMeasurement(Batch &batch, const Measurement &measurement) const
{
    if (!isSet(measurement.value)) {
        // Without a number it is an event of the site's.
        QJsonObject event{{QStringLiteral("name"), measurement.name},
                          {QStringLiteral("domain"), QStringLiteral("browser")},
                          {QStringLiteral("timestamp"), iso(measurement.time)}};
        if (!measurement.attributes.isEmpty())
            event.insert(QStringLiteral("attributes"), contextOf(measurement.attributes));
        batch.events.append(event);
    } else {
        // faro.api.pushMeasurement({type: 'custom', values: {…}}), as Faro's docs show it.
        QJsonObject item{
            {QStringLiteral("type"), QStringLiteral("custom")},
            {QStringLiteral("values"), QJsonObject{{measurement.name, measurement.value}}},
            {QStringLiteral("timestamp"), iso(measurement.time)}};
        if (!measurement.attributes.isEmpty())
            item.insert(QStringLiteral("context"), contextOf(measurement.attributes));
        batch.measurements.append(item);
    }
    batch.at(measurement.time);
}

void Encoder::addVital(Batch &batch, const QString &name, QJsonObject values, QJsonObject context,
                       const PageView &view, const QString &navigationType, qint64 setUp,
                       qint64 time) const
{
    const double value = name == u"lcp"   ? view.lcp
                         : name == u"fcp" ? view.fcp
                         : name == u"cls" ? view.cls
                         : name == u"inp" ? view.inp
                                          : view.ttfb;
    const Metric metric = metricFromId(name).value_or(Metric::Lcp);
    values.insert(name, value);
    values.insert(QStringLiteral("delta"), value);
    context.insert(QStringLiteral("id"), metricId(view.viewId,
                                                  name == u"cls"   ? "cl"
                                                  : name == u"fcp" ? "fc"
                                                  : name == u"inp" ? "in"
                                                  : name == u"lcp" ? "lc"
                                                                   : "tt",
                                                  setUp));
    context.insert(QStringLiteral("rating"), ratingOf(metric, value));
    context.insert(QStringLiteral("navigation_type"), navigationType);
    // Faro reads the document's id from sessionStorage when the metric is reported.
    context.insert(QStringLiteral("navigation_entry_id"), m_documentKey);
    batch.measurements.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("web-vitals")},
                                          {QStringLiteral("values"), values},
                                          {QStringLiteral("timestamp"), iso(time)},
                                          {QStringLiteral("context"), context}});
    batch.at(time);
}

void Encoder::addLateVitals(Batch &batch, const Visit &visit, const QString &navigationType,
                            qint64 setUp, qint64 earliest) const
{
    const PageView &view = *visit.view;
    // Offsets count from the document's time origin, and a metric is reported after what it
    // measured: the parser bounds the view's start by the report time less the offset.
    const double since = double(view.time - m_documentStart);
    auto reportAt = [&](double offset) {
        return std::max(earliest, m_documentStart + ceilMs(offset));
    };
    if (isSet(view.lcp)) {
        QJsonObject values;
        putPresent(values, "element_render_delay", view.lcpElementRenderDelay);
        putPresent(values, "resource_load_delay", view.lcpResourceLoadDelay);
        putPresent(values, "resource_load_duration", view.lcpResourceLoadDuration);
        putPresent(values, "time_to_first_byte", view.lcpTtfb);
        QJsonObject context;
        putText(context, "element", view.lcpElement);
        putText(context, "resource_url", view.lcpResourceUrl); // trackAttributionSources
        addVital(batch, QStringLiteral("lcp"), values, context, view, navigationType, setUp,
                 reportAt(since + view.lcp));
    }
    if (isSet(view.cls)) {
        // The model keeps the score and the element; the shift is taken to come with the LCP.
        const double shiftTime = since + (isSet(view.lcp) ? view.lcp : 0);
        QJsonObject values;
        putPresent(values, "largest_shift_value", view.cls);
        if (view.cls > 0)
            putPresent(values, "largest_shift_time", shiftTime);
        QJsonObject context{{QStringLiteral("load_state"), loadState(view, shiftTime - since)}};
        putText(context, "largest_shift_target", view.clsTarget);
        addVital(batch, QStringLiteral("cls"), values, context, view, navigationType, setUp,
                 reportAt(view.cls > 0 ? shiftTime : 0));
    }
    if (isSet(view.inp)) {
        QJsonObject values;
        putPresent(values, "input_delay", view.inpInputDelay);
        putPresent(values, "processing_duration", view.inpProcessingDuration);
        putPresent(values, "presentation_delay", view.inpPresentationDelay);
        double paint = 0;
        QString state = QStringLiteral("complete");
        for (const Record *event : visit.events) {
            const auto *interaction = std::get_if<Interaction>(event);
            if (interaction && interaction->duration == view.inp &&
                interaction->target == view.inpTarget && interaction->type == view.inpEventType) {
                const double at = double(interaction->time - m_documentStart);
                paint = at + view.inp;
                state = loadState(view, at - since);
                putPresent(values, "interaction_time", at);
                putPresent(values, "next_paint_time", paint);
                break;
            }
        }
        QJsonObject context{{QStringLiteral("load_state"), state}};
        putText(context, "interaction_target", view.inpTarget);
        if (!view.inpEventType.isEmpty())
            context.insert(QStringLiteral("interaction_type"), view.inpEventType == u"keydown"
                                                                   ? QStringLiteral("keyboard")
                                                                   : QStringLiteral("pointer"));
        addVital(batch, QStringLiteral("inp"), values, context, view, navigationType, setUp,
                 reportAt(paint));
    }
}

QJsonObject Encoder::metaFor(const PageView &view, const QString &pageUrl) const
{
    QJsonObject browser{{QStringLiteral("name"), view.browser},
                        {QStringLiteral("version"), view.browserVersion},
                        {QStringLiteral("os"), faroOs(view)},
                        {QStringLiteral("mobile"), view.deviceType == u"mobile"},
                        {QStringLiteral("userAgent"), view.userAgent}};
    if (isSet(view.screenWidth) && isSet(view.screenHeight)) {
        browser.insert(QStringLiteral("viewportWidth"), timing(view.screenWidth));
        browser.insert(QStringLiteral("viewportHeight"), timing(view.screenHeight));
    }
    QJsonObject meta{
        {QStringLiteral("sdk"), QJsonObject{{QStringLiteral("name"), QStringLiteral("faro-web")},
                                            {QStringLiteral("version"), kSdkVersion}}},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("name"), view.app},
                                            {QStringLiteral("version"), view.release},
                                            {QStringLiteral("environment"), view.env}}},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("id"), view.sessionId},
                     {QStringLiteral("attributes"),
                      QJsonObject{{QStringLiteral("isSampled"), QStringLiteral("true")}}}}},
        {QStringLiteral("page"), QJsonObject{{QStringLiteral("url"), pageUrl}}},
        {QStringLiteral("browser"), browser}};
    if (m_session && !m_session->userId.isEmpty())
        meta.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), m_session->userId}});
    return meta;
}

void Encoder::send(Batch batch, const PageView &view)
{
    if (batch.empty())
        return;
    QJsonObject body{{QStringLiteral("meta"), metaFor(view, batch.pageUrl)}};
    if (!batch.exceptions.isEmpty())
        body.insert(QStringLiteral("exceptions"), batch.exceptions);
    if (!batch.measurements.isEmpty())
        body.insert(QStringLiteral("measurements"), batch.measurements);
    if (!batch.events.isEmpty())
        body.insert(QStringLiteral("events"), batch.events);
    if (!batch.fetchSpans.isEmpty() || !batch.xhrSpans.isEmpty()) {
        QJsonArray scopes;
        auto scope = [&](const char *name, const QJsonArray &spans) {
            if (!spans.isEmpty())
                scopes.append(QJsonObject{
                    {QStringLiteral("scope"),
                     QJsonObject{{QStringLiteral("name"), QLatin1StringView(name)},
                                 {QStringLiteral("version"), QStringLiteral("0.222.0")}}},
                    {QStringLiteral("spans"), spans}});
        };
        scope("@opentelemetry/instrumentation-fetch", batch.fetchSpans);
        scope("@opentelemetry/instrumentation-xml-http-request", batch.xhrSpans);
        auto text = [](const char *key, const QString &value) {
            return QJsonObject{
                {QStringLiteral("key"), QLatin1StringView(key)},
                {QStringLiteral("value"), QJsonObject{{QStringLiteral("stringValue"), value}}}};
        };
        const QJsonArray resource{text("service.name", view.app),
                                  text("service.version", view.release),
                                  text("deployment.environment.name", view.env),
                                  text("user_agent.original", view.userAgent),
                                  text("process.runtime.name", QStringLiteral("browser")),
                                  text("telemetry.distro.name", QStringLiteral("faro-web-sdk")),
                                  text("telemetry.distro.version", kSdkVersion)};
        body.insert(QStringLiteral("traces"),
                    QJsonObject{{QStringLiteral("resourceSpans"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("resource"),
                                      QJsonObject{{QStringLiteral("attributes"), resource}}},
                                     {QStringLiteral("scopeSpans"), scopes}}}}});
    }
    Payload payload;
    payload.method = "POST";
    payload.path = m_path;
    payload.headers = {{QByteArray("content-type"), QByteArray("application/json")},
                       {QByteArray("x-faro-session-id"), view.sessionId.toUtf8()},
                       {QByteArray("user-agent"), view.userAgent.toUtf8()}};
    payload.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    payload.receivedAt = batch.sentAt + kSendDelay;
    m_payloads.emplace_back(payload.receivedAt, std::move(payload));
}

} // namespace

std::vector<Payload> faro(std::span<const Record> session)
{
    return Encoder(session).encode();
}

} // namespace rumscope::encoders
