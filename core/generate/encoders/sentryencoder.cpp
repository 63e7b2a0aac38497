// @sentry/browser 11 with browserTracingIntegration and span streaming, as a site sends a visit
// (formats.md §6, the fixtures' sentry.ndjson): envelopes to POST /api/42/envelope/.
//
// Per page view (a page load or an SPA route change, each its own trace):
//  - at its start, a `session` item: the SDK starts a release-health session per page load and,
//    with lifecycle 'route', per navigation; `did` is the user set with setUser;
//  - when the idle pageload/navigation segment ends, one v2 span list: the segment (TTFB and FCP
//    as browser.web_vital.* attributes, network and device), the navigation phases
//    (browser.dns, browser.connect, …), resource.* spans, http.client spans and long tasks;
//  - when the page is hidden or the next route starts, the standalone ui.webvital.lcp and
//    ui.webvital.cls spans and the INP interaction span (ui.interaction.<click|press|…>);
//  - each exception or unhandled rejection as an `event` item when it happens, frames outermost
//    first, in the view's trace.
//
// Where the model holds more than Sentry reports, the encoder still sends it in Sentry's own
// keys, so that an import counts the same views with the same vitals: route changes carry FCP on
// their navigation segment and get LCP/CLS spans in their trace (the SDK measures those for page
// loads only). The user id is the generated user's, or one derived from the session id, so that
// the parser's derived session (app, user, user agent, UTC day) tells visitors apart.
// Left out, as the SDK does not report them: failed resource loads (no global handler sees them),
// interactions other than the INP one, FID, geography. A failed fetch/XHR is sent as the SDK
// reports it, a standalone http.client span with its status (the parser derives the error, and
// a resource for the request); no error event of its own. A session crossing UTC midnight
// comes back as two, as the parser derives sessions per day of sending.
#include "generate/sdkencoder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace rumscope::encoders {
namespace {

constexpr QLatin1StringView kSdkName("sentry.javascript.browser");
constexpr QLatin1StringView kSdkVersion("11.12.0");
constexpr QLatin1StringView kPublicKey("5f0c2a9e7d3b41c6a8e1f4b2d9c07e35");
/// The idle timeout after which the SDK ends a pageload or navigation segment.
constexpr double kIdleTimeoutMs = 1000;
/// From fetch() to the collector seeing the request.
constexpr qint64 kSendDelay = 12;

/// SplitMix64 over UTF-16 code units. The SDK draws its ids at random; here they are digests of
/// what they name, so that the same visit encodes to the same bytes on every machine.
quint64 digest(QStringView text, quint64 salt)
{
    quint64 hash = 0x243f6a8885a308d3ULL + salt * 0x9e3779b97f4a7c15ULL;
    const auto mix = [](quint64 z) {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    for (const QChar c : text)
        hash = mix(hash + c.unicode());
    return mix(hash + quint64(text.size()));
}

QString hex16(quint64 value)
{
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

QString traceIdOf(const QString &viewId)
{
    return hex16(digest(viewId, 1)) + hex16(digest(viewId, 2));
}

QString spanIdOf(const QString &viewId, QStringView what, qint64 index = 0)
{
    const QString key = viewId + u'/' + what + u'/' + QString::number(index);
    return hex16(digest(key, 3));
}

double seconds(double epochMs)
{
    return epochMs / 1000.0;
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString releaseOf(const EventBase &base)
{
    if (base.release.isEmpty())
        return {};
    return base.app.isEmpty() ? base.release : base.app + u'@' + base.release;
}

/// A v2 span attribute: {value, type} as the SDK types it (whole numbers are integers).
QJsonObject attribute(const QJsonValue &value)
{
    QString type = QStringLiteral("string");
    if (value.isBool())
        type = QStringLiteral("boolean");
    else if (value.isArray())
        type = QStringLiteral("array");
    else if (value.isDouble())
        type = value.toDouble() == std::floor(value.toDouble()) && std::abs(value.toDouble()) < 9e15
                   ? QStringLiteral("integer")
                   : QStringLiteral("double");
    return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("type"), type}};
}

/// The interaction name Sentry's INP instrumentation gives an event type (its INP_ENTRY_MAP).
QString interactionName(const QString &eventType)
{
    static const char *const hover[] = {"mouseover",    "mouseout",    "mouseenter",
                                        "mouseleave",   "pointerover", "pointerout",
                                        "pointerenter", "pointerleave"};
    static const char *const drag[] = {"dragstart", "dragend",  "drag", "dragenter",
                                       "dragleave", "dragover", "drop"};
    static const char *const press[] = {"keydown", "keyup", "keypress", "input"};
    for (const char *name : hover)
        if (eventType == QLatin1StringView(name))
            return QStringLiteral("hover");
    for (const char *name : drag)
        if (eventType == QLatin1StringView(name))
            return QStringLiteral("drag");
    for (const char *name : press)
        if (eventType == QLatin1StringView(name))
            return QStringLiteral("press");
    return QStringLiteral("click");
}

/// One page view and the records that follow it.
struct Visit
{
    const PageView *view = nullptr;
    std::vector<const Record *> events;
    qint64 end = 0; ///< when it was left: the next view's start, or the tab hidden
};

class Encoder
{
public:
    explicit Encoder(std::span<const Record> session);
    std::vector<Payload> encode();

private:
    void encodeVisit(const Visit &visit);
    QJsonObject span(const Visit &visit, const QString &op, const QString &name, double startMs,
                     double endMs, const QString &spanId, QJsonObject attributes) const;
    QJsonObject resourceSpan(const Visit &visit, const Resource &resource, qint64 index) const;
    QJsonObject errorEvent(const Visit &visit, const ErrorEvent &error) const;
    void send(qint64 sentAt, const QString &userAgent, QJsonObject header,
              const std::vector<std::pair<QJsonObject, QJsonObject>> &items);
    QJsonObject traceHeader(const Visit &visit) const;

    const Session *m_session = nullptr;
    std::vector<Visit> m_visits;
    QString m_userId;
    std::vector<Payload> m_payloads;
};

Encoder::Encoder(std::span<const Record> session)
{
    for (const Record &record : session) {
        if (const auto *found = std::get_if<Session>(&record))
            m_session = found;
        else if (const auto *view = std::get_if<PageView>(&record))
            m_visits.push_back(Visit{view, {}, 0});
        else if (!m_visits.empty())
            m_visits.back().events.push_back(&record);
    }
    for (size_t i = 0; i < m_visits.size(); ++i) {
        Visit &visit = m_visits[i];
        qint64 end = visit.view->time;
        if (isSet(visit.view->visibleTime))
            end += qint64(visit.view->visibleTime);
        for (const Record *event : visit.events)
            end = std::max(end, eventBase(*event).time);
        if (i + 1 < m_visits.size())
            end = std::min(std::max(end, visit.view->time), m_visits[i + 1].view->time);
        visit.end = std::max(end, visit.view->time);
    }
    // setUser: the site's user id, else one per generated visit.
    if (m_session && !m_session->userId.isEmpty())
        m_userId = m_session->userId;
    else if (m_session)
        m_userId = u"v-" + hex16(digest(m_session->sessionId, 4));
    else if (!m_visits.empty())
        m_userId = u"v-" + hex16(digest(m_visits.front().view->sessionId, 4));
}

std::vector<Payload> Encoder::encode()
{
    for (const Visit &visit : m_visits)
        encodeVisit(visit);
    // The order the browser sends them in; a stable sort keeps same-millisecond ones in order.
    std::stable_sort(m_payloads.begin(), m_payloads.end(), [](const Payload &a, const Payload &b) {
        return a.receivedAt < b.receivedAt;
    });
    return std::move(m_payloads);
}

QJsonObject Encoder::traceHeader(const Visit &visit) const
{
    QJsonObject trace{{QStringLiteral("trace_id"), traceIdOf(visit.view->viewId)},
                      {QStringLiteral("public_key"), kPublicKey},
                      {QStringLiteral("sampled"), QStringLiteral("true")},
                      {QStringLiteral("sample_rate"), QStringLiteral("1")}};
    if (const QString release = releaseOf(*visit.view); !release.isEmpty())
        trace.insert(QStringLiteral("release"), release);
    if (!visit.view->env.isEmpty())
        trace.insert(QStringLiteral("environment"), visit.view->env);
    return trace;
}

QJsonObject Encoder::span(const Visit &visit, const QString &op, const QString &name,
                          double startMs, double endMs, const QString &spanId,
                          QJsonObject attributes) const
{
    const PageView &view = *visit.view;
    const QString segmentId = spanIdOf(view.viewId, u"segment");
    const bool segment = spanId == segmentId;
    attributes.insert(QStringLiteral("sentry.op"), attribute(op));
    attributes.insert(QStringLiteral("sentry.segment.id"), attribute(segmentId));
    attributes.insert(QStringLiteral("sentry.segment.name"),
                      attribute(view.navigationType == u"route-change"
                                    ? QStringLiteral("Navigation")
                                    : QStringLiteral("Pageload")));
    attributes.insert(QStringLiteral("sentry.trace_lifecycle"),
                      attribute(QStringLiteral("stream")));
    attributes.insert(QStringLiteral("sentry.sdk.name"), attribute(kSdkName));
    attributes.insert(QStringLiteral("sentry.sdk.version"), attribute(kSdkVersion));
    if (const QString release = releaseOf(view); !release.isEmpty())
        attributes.insert(QStringLiteral("sentry.release"), attribute(release));
    if (!view.env.isEmpty())
        attributes.insert(QStringLiteral("sentry.environment"), attribute(view.env));
    attributes.insert(QStringLiteral("user.id"), attribute(m_userId));
    if (!view.userAgent.isEmpty())
        attributes.insert(QStringLiteral("user_agent.original"), attribute(view.userAgent));
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("span_id"), spanId},
                       {QStringLiteral("trace_id"), traceIdOf(view.viewId)},
                       {QStringLiteral("start_timestamp"), seconds(startMs)},
                       {QStringLiteral("end_timestamp"), seconds(std::max(startMs, endMs))},
                       {QStringLiteral("is_segment"), segment},
                       {QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("attributes"), attributes}};
    if (!segment)
        object.insert(QStringLiteral("parent_span_id"), segmentId);
    return object;
}

QJsonObject Encoder::resourceSpan(const Visit &visit, const Resource &resource, qint64 index) const
{
    const PageView &view = *visit.view;
    // startTime keeps the tenths of a millisecond that the record's time drops.
    const double start =
        isSet(resource.startTime) ? double(view.time) + resource.startTime : double(resource.time);
    const double end = start + (isSet(resource.duration) ? resource.duration : 0);
    const bool request =
        resource.initiatorType == u"fetch" || resource.initiatorType == u"xmlhttprequest";
    QJsonObject attributes{{QStringLiteral("url.full"), attribute(resource.url)}};
    if (isSet(resource.httpStatus))
        attributes.insert(QStringLiteral("http.response.status_code"),
                          attribute(resource.httpStatus));
    if (resource.protocol == u"h2" || resource.protocol == u"h3") {
        attributes.insert(QStringLiteral("network.protocol.name"),
                          attribute(QStringLiteral("http")));
        attributes.insert(QStringLiteral("network.protocol.version"),
                          attribute(resource.protocol.sliced(1)));
    } else if (const qsizetype slash = resource.protocol.indexOf(u'/'); slash > 0) {
        attributes.insert(QStringLiteral("network.protocol.name"),
                          attribute(resource.protocol.first(slash)));
        attributes.insert(QStringLiteral("network.protocol.version"),
                          attribute(resource.protocol.sliced(slash + 1)));
    }
    QString op;
    QString name;
    if (request) {
        op = QStringLiteral("http.client");
        name = u"GET " + resource.url;
        attributes.insert(QStringLiteral("sentry.origin"),
                          attribute(QStringLiteral("auto.http.browser")));
        attributes.insert(QStringLiteral("http.request.method"), attribute(QStringLiteral("GET")));
        attributes.insert(QStringLiteral("type"),
                          attribute(resource.initiatorType == u"fetch" ? QStringLiteral("fetch")
                                                                       : QStringLiteral("xhr")));
    } else {
        op = u"resource." +
             (resource.initiatorType.isEmpty() ? QStringLiteral("other") : resource.initiatorType);
        name = resource.url;
        attributes.insert(QStringLiteral("sentry.origin"),
                          attribute(QStringLiteral("auto.resource.browser.metrics")));
        if (resource.renderBlocking)
            attributes.insert(QStringLiteral("resource.render_blocking_status"),
                              attribute(*resource.renderBlocking ? QStringLiteral("blocking")
                                                                 : QStringLiteral("non-blocking")));
    }
    if (isSet(resource.transferSize))
        attributes.insert(QStringLiteral("http.response.size"), attribute(resource.transferSize));
    if (isSet(resource.encodedSize))
        attributes.insert(QStringLiteral("http.response.body.size"),
                          attribute(resource.encodedSize));
    QJsonObject object =
        span(visit, op, name, start, end, spanIdOf(view.viewId, u"resource", index), attributes);
    return object;
}

QJsonObject Encoder::errorEvent(const Visit &visit, const ErrorEvent &error) const
{
    const PageView &view = *visit.view;
    const QString eventId =
        hex16(
            digest(QString(view.viewId + u'#' + QString::number(error.time) + error.message), 5)) +
        hex16(digest(error.message, 6));
    QJsonObject event{
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("level"), QStringLiteral("error")},
        {QStringLiteral("platform"), QStringLiteral("javascript")},
        {QStringLiteral("timestamp"), seconds(double(error.time))},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), m_userId}}},
        {QStringLiteral("contexts"),
         QJsonObject{
             {QStringLiteral("trace"),
              QJsonObject{{QStringLiteral("trace_id"), traceIdOf(view.viewId)},
                          {QStringLiteral("span_id"), spanIdOf(view.viewId, u"segment")}}}}},
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("url"), view.url},
                     {QStringLiteral("headers"),
                      QJsonObject{{QStringLiteral("User-Agent"), view.userAgent}}}}},
        {QStringLiteral("sdk"), QJsonObject{{QStringLiteral("name"), kSdkName},
                                            {QStringLiteral("version"), kSdkVersion}}}};
    if (const QString release = releaseOf(error); !release.isEmpty())
        event.insert(QStringLiteral("release"), release);
    if (!error.env.isEmpty())
        event.insert(QStringLiteral("environment"), error.env);
    if (error.kind == u"console") {
        // captureConsoleIntegration: a message event from the console logger.
        event.insert(QStringLiteral("logger"), QStringLiteral("console"));
        event.insert(QStringLiteral("message"), error.message);
        return event;
    }
    // Sentry lists frames outermost first, the crashing frame last; the model innermost first.
    QJsonArray frames;
    for (qsizetype i = error.frames.size() - 1; i >= 0; --i) {
        const StackFrame &frame = error.frames.at(i);
        QJsonObject object{{QStringLiteral("filename"), frame.file},
                           {QStringLiteral("function"),
                            frame.function.isEmpty() ? QStringLiteral("?") : frame.function},
                           {QStringLiteral("in_app"), true}};
        if (frame.line > 0)
            object.insert(QStringLiteral("lineno"), frame.line);
        if (frame.column > 0)
            object.insert(QStringLiteral("colno"), frame.column);
        frames.append(object);
    }
    const bool rejection = error.kind == u"unhandled-rejection";
    QJsonObject exception{
        {QStringLiteral("type"), error.type.isEmpty() ? QStringLiteral("Error") : error.type},
        {QStringLiteral("value"), error.message},
        {QStringLiteral("mechanism"),
         QJsonObject{{QStringLiteral("type"),
                      rejection
                          ? QStringLiteral("auto.browser.global_handlers.onunhandledrejection")
                          : QStringLiteral("auto.browser.global_handlers.onerror")},
                     {QStringLiteral("handled"), false}}}};
    if (!frames.isEmpty())
        exception.insert(QStringLiteral("stacktrace"),
                         QJsonObject{{QStringLiteral("frames"), frames}});
    event.insert(QStringLiteral("exception"),
                 QJsonObject{{QStringLiteral("values"), QJsonArray{exception}}});
    return event;
}

void Encoder::send(qint64 sentAt, const QString &userAgent, QJsonObject header,
                   const std::vector<std::pair<QJsonObject, QJsonObject>> &items)
{
    header.insert(QStringLiteral("sent_at"), isoTime(sentAt));
    header.insert(QStringLiteral("sdk"), QJsonObject{{QStringLiteral("name"), kSdkName},
                                                     {QStringLiteral("version"), kSdkVersion}});
    QByteArray body = QJsonDocument(header).toJson(QJsonDocument::Compact);
    for (const auto &[itemHeader, item] : items) {
        body += '\n' + QJsonDocument(itemHeader).toJson(QJsonDocument::Compact);
        body += '\n' + QJsonDocument(item).toJson(QJsonDocument::Compact);
    }
    Payload payload;
    payload.method = "POST";
    payload.path = "/api/42/envelope/";
    payload.query = "sentry_version=7&sentry_key=" + QByteArray(kPublicKey.data()) +
                    "&sentry_client=sentry.javascript.browser%2F" + QByteArray(kSdkVersion.data());
    payload.headers = {{QByteArray("content-type"), QByteArray("text/plain;charset=UTF-8")},
                       {QByteArray("user-agent"), userAgent.toUtf8()}};
    payload.body = std::move(body);
    payload.receivedAt = sentAt + kSendDelay;
    m_payloads.push_back(std::move(payload));
}

void Encoder::encodeVisit(const Visit &visit)
{
    const PageView &view = *visit.view;
    const bool route = view.navigationType == u"route-change";
    const double start = double(view.time);
    const QString segmentId = spanIdOf(view.viewId, u"segment");

    // The release-health session the SDK starts for this page load or route.
    {
        QJsonObject attrs{{QStringLiteral("ip_address"), QStringLiteral("{{auto}}")}};
        if (const QString release = releaseOf(view); !release.isEmpty())
            attrs.insert(QStringLiteral("release"), release);
        if (!view.env.isEmpty())
            attrs.insert(QStringLiteral("environment"), view.env);
        if (!view.userAgent.isEmpty())
            attrs.insert(QStringLiteral("user_agent"), view.userAgent);
        const QJsonObject session{{QStringLiteral("sid"), QString(hex16(digest(view.viewId, 7)) +
                                                                  hex16(digest(view.viewId, 8)))},
                                  {QStringLiteral("init"), true},
                                  {QStringLiteral("started"), isoTime(view.time)},
                                  {QStringLiteral("timestamp"), isoTime(view.time)},
                                  {QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("errors"), 0},
                                  {QStringLiteral("did"), m_userId},
                                  {QStringLiteral("attrs"), attrs}};
        send(view.time, view.userAgent, {},
             {{QJsonObject{{QStringLiteral("type"), QStringLiteral("session")}}, session}});
    }

    // The segment and its children, sent when the idle segment ends.
    QJsonArray spans;
    double childrenEnd = start;
    qint64 resourceIndex = 0;
    qint64 taskIndex = 0;
    for (const Record *event : visit.events) {
        if (const auto *resource = std::get_if<Resource>(event)) {
            QJsonObject child = resourceSpan(visit, *resource, resourceIndex++);
            childrenEnd = std::max(childrenEnd, child.value(u"end_timestamp").toDouble() * 1000);
            spans.append(child);
        } else if (const auto *task = std::get_if<LongTask>(event)) {
            const bool frame = task->name == u"long-animation-frame";
            const double duration = isSet(task->duration) ? task->duration : 0;
            spans.append(span(
                visit,
                frame ? QStringLiteral("ui.long_animation_frame") : QStringLiteral("ui.long-task"),
                QStringLiteral("Main UI thread blocked"), double(task->time),
                double(task->time) + duration, spanIdOf(view.viewId, u"task", taskIndex++),
                QJsonObject{{QStringLiteral("sentry.origin"),
                             attribute(QStringLiteral("auto.ui.browser.metrics"))}}));
            childrenEnd = std::max(childrenEnd, double(task->time) + duration);
        }
    }
    const auto phase = [&](const char *op, const char *name, double from, double to) {
        if (!isSet(from) || !isSet(to))
            return;
        spans.append(span(visit, QLatin1StringView(op), QLatin1StringView(name), start + from,
                          start + to, spanIdOf(view.viewId, QString::fromLatin1(op)),
                          QJsonObject{{QStringLiteral("url.full"), attribute(view.url)},
                                      {QStringLiteral("sentry.origin"),
                                       attribute(QStringLiteral("auto.ui.browser.metrics"))}}));
    };
    if (!route) {
        // Navigation Timing laid end to end, as the SDK's browser.* spans report it.
        const double dns = isSet(view.dns) ? view.dns : 0;
        const double connect = isSet(view.connect) ? view.connect : 0;
        phase("browser.dns", "DNS lookup", 0, dns);
        phase("browser.connect", "Connect", dns, dns + connect);
        if (isSet(view.tls) && view.tls > 0)
            phase("browser.tls", "TLS/SSL", dns + connect - view.tls, dns + connect);
        if (isSet(view.ttfb))
            phase("browser.response", "Response", view.ttfb, view.ttfb);
        if (isSet(view.domContentLoaded))
            phase("browser.dom_content_loaded_event", "DOMContentLoaded event",
                  view.domContentLoaded, view.domContentLoaded);
        if (isSet(view.load))
            phase("browser.load_event", "Load event", view.load, view.load);
    }
    for (const double mark : {view.load, view.domContentLoaded, view.fcp, view.ttfb})
        if (isSet(mark))
            childrenEnd = std::max(childrenEnd, start + mark);
    const double segmentEnd = childrenEnd + kIdleTimeoutMs;

    QJsonObject attributes{
        {QStringLiteral("sentry.origin"),
         attribute(route ? QStringLiteral("auto.navigation.browser")
                         : QStringLiteral("auto.pageload.browser"))},
        {QStringLiteral("sentry.segment.name.source"), attribute(QStringLiteral("url"))},
        {QStringLiteral("sentry.sample_rate"), attribute(1)},
        {QStringLiteral("sentry.idle_span_finish_reason"),
         attribute(QStringLiteral("idleTimeout"))},
        {QStringLiteral("url.full"), attribute(view.url)},
        {QStringLiteral("browser.performance.time_origin"), attribute(seconds(start))}};
    const auto put = [&](const char *key, double value) {
        if (isSet(value))
            attributes.insert(QLatin1StringView(key), attribute(value));
    };
    put("browser.web_vital.ttfb.value", view.ttfb);
    put("browser.web_vital.fcp.value", view.fcp);
    put("network.connection.rtt", view.rtt);
    put("device.memory.estimated_capacity", view.deviceMemory);
    put("device.processor_count", view.hardwareConcurrency);
    if (!view.effectiveType.isEmpty())
        attributes.insert(QStringLiteral("network.connection.effective_type"),
                          attribute(view.effectiveType));
    if (!view.referrer.isEmpty())
        attributes.insert(QStringLiteral("http.request.header.referer"),
                          attribute(QJsonArray{view.referrer}));
    if (!route) {
        // Navigation Timing's types; a bfcache restore is what the SDK calls back-forward-cache.
        QString type =
            view.navigationType.isEmpty() ? QStringLiteral("navigate") : view.navigationType;
        if (type == u"back-forward")
            type = QStringLiteral("back_forward");
        else if (type == u"restore")
            type = QStringLiteral("back-forward-cache");
        attributes.insert(QStringLiteral("browser.navigation.type"), attribute(type));
    }
    spans.prepend(span(visit, route ? QStringLiteral("navigation") : QStringLiteral("pageload"),
                       route ? QStringLiteral("Navigation") : QStringLiteral("Pageload"), start,
                       segmentEnd, segmentId, attributes));
    const QJsonObject spanHeader{{QStringLiteral("type"), QStringLiteral("span")},
                                 {QStringLiteral("item_count"), spans.size()},
                                 {QStringLiteral("content_type"),
                                  QStringLiteral("application/vnd.sentry.items.span.v2+json")}};
    const QJsonObject ingest{{QStringLiteral("infer_ip"), QStringLiteral("auto")},
                             {QStringLiteral("infer_user_agent"), QStringLiteral("auto")}};
    send(qint64(std::ceil(segmentEnd)), view.userAgent,
         {{QStringLiteral("trace"), traceHeader(visit)}},
         {{spanHeader, QJsonObject{{QStringLiteral("version"), 2},
                                   {QStringLiteral("ingest_settings"), ingest},
                                   {QStringLiteral("items"), spans}}}});

    // A failed fetch/XHR: the SDK's http.client span, which ends after the idle segment and so
    // is sent as a segment of its own in the view's trace; the parser derives the error from
    // its status. A request that got no answer has no status code, only an error status.
    qint64 failureIndex = 0;
    for (const Record *event : visit.events) {
        const auto *error = std::get_if<ErrorEvent>(event);
        if (!error || error->kind != u"http" || error->resourceUrl.isEmpty())
            continue;
        const qsizetype space = error->message.indexOf(u' ');
        const QString method = space > 0 ? error->message.first(space) : QStringLiteral("GET");
        QJsonObject attrs{
            {QStringLiteral("sentry.origin"), attribute(QStringLiteral("auto.http.browser"))},
            {QStringLiteral("url.full"), attribute(error->resourceUrl)},
            {QStringLiteral("type"), attribute(QStringLiteral("fetch"))},
            {QStringLiteral("http.request.method"), attribute(method)}};
        if (isSet(error->httpStatus))
            attrs.insert(QStringLiteral("http.response.status_code"), attribute(error->httpStatus));
        const QString id = spanIdOf(view.viewId, u"request", failureIndex++);
        QJsonObject request =
            span(visit, QStringLiteral("http.client"), method + u' ' + error->resourceUrl,
                 double(error->time), double(error->time), id, attrs);
        request.insert(QStringLiteral("is_segment"), true);
        request.remove(QStringLiteral("parent_span_id"));
        request.insert(QStringLiteral("status"), QStringLiteral("error"));
        QJsonObject requestAttributes = request.value(u"attributes").toObject();
        requestAttributes.insert(QStringLiteral("sentry.segment.id"), attribute(id));
        requestAttributes.insert(QStringLiteral("sentry.segment.name"),
                                 attribute(QString(method + u' ' + error->resourceUrl)));
        request.insert(QStringLiteral("attributes"), requestAttributes);
        const QJsonObject header{{QStringLiteral("type"), QStringLiteral("span")},
                                 {QStringLiteral("item_count"), 1},
                                 {QStringLiteral("content_type"),
                                  QStringLiteral("application/vnd.sentry.items.span.v2+json")}};
        send(error->time, view.userAgent, {{QStringLiteral("trace"), traceHeader(visit)}},
             {{header, QJsonObject{{QStringLiteral("version"), 2},
                                   {QStringLiteral("ingest_settings"), ingest},
                                   {QStringLiteral("items"), QJsonArray{request}}}}});
    }

    // Errors, as they happen.
    for (const Record *event : visit.events) {
        const auto *error = std::get_if<ErrorEvent>(event);
        if (!error || (error->kind != u"exception" && error->kind != u"unhandled-rejection" &&
                       error->kind != u"console"))
            continue;
        const QJsonObject item = errorEvent(visit, *error);
        QJsonObject header{{QStringLiteral("event_id"), item.value(u"event_id")},
                           {QStringLiteral("trace"), traceHeader(visit)}};
        send(error->time, view.userAgent, header,
             {{QJsonObject{{QStringLiteral("type"), QStringLiteral("event")}}, item}});
    }

    // Web vitals reported when the page is hidden or the next route starts.
    QJsonArray vitals;
    const auto vitalAttributes = [&](const char *origin) {
        QJsonObject object{{QStringLiteral("sentry.origin"), attribute(QLatin1StringView(origin))},
                           {QStringLiteral("sentry.exclusive_time"), attribute(0)},
                           {QStringLiteral("sentry.pageload.span_id"), attribute(segmentId)}};
        return object;
    };
    const double hidden = double(visit.end);
    if (isSet(view.lcp)) {
        QJsonObject attrs = vitalAttributes("auto.ui.browser.lcp");
        attrs.insert(QStringLiteral("browser.web_vital.lcp.value"), attribute(view.lcp));
        if (!view.lcpElement.isEmpty())
            attrs.insert(QStringLiteral("browser.web_vital.lcp.element"),
                         attribute(view.lcpElement));
        if (!view.lcpResourceUrl.isEmpty())
            attrs.insert(QStringLiteral("browser.web_vital.lcp.url"),
                         attribute(view.lcpResourceUrl));
        // The SDK's LCP span runs from the time origin to the paint.
        vitals.append(span(visit, QStringLiteral("ui.webvital.lcp"),
                           QStringLiteral("Largest contentful paint"), start, start + view.lcp,
                           spanIdOf(view.viewId, u"lcp"), attrs));
    }
    if (isSet(view.cls)) {
        QJsonObject attrs = vitalAttributes("auto.ui.browser.cls");
        attrs.insert(QStringLiteral("browser.web_vital.cls.value"), attribute(view.cls));
        if (!view.clsTarget.isEmpty())
            attrs.insert(QStringLiteral("browser.web_vital.cls.source.1"),
                         attribute(view.clsTarget));
        vitals.append(span(visit, QStringLiteral("ui.webvital.cls"), QStringLiteral("Layout shift"),
                           start, start, spanIdOf(view.viewId, u"cls"), attrs));
    }
    if (isSet(view.inp)) {
        // The interaction that set INP: the view's one of that duration, if recorded.
        double at = start;
        for (const Record *event : visit.events) {
            const auto *interaction = std::get_if<Interaction>(event);
            if (interaction && interaction->duration == view.inp) {
                at = double(interaction->time);
                break;
            }
        }
        const QString type = interactionName(view.inpEventType);
        QJsonObject attrs = vitalAttributes("auto.ui.browser.inp");
        attrs.insert(QStringLiteral("browser.web_vital.inp.value"), attribute(view.inp));
        attrs.insert(QStringLiteral("browser.web_vital.inp.interaction_type"), attribute(type));
        if (!view.inpTarget.isEmpty())
            attrs.insert(QStringLiteral("browser.web_vital.inp.target"), attribute(view.inpTarget));
        vitals.append(span(visit, u"ui.interaction." + type,
                           type.first(1).toUpper() + type.sliced(1), at, at + view.inp,
                           spanIdOf(view.viewId, u"inp"), attrs));
    }
    if (!vitals.isEmpty()) {
        const QJsonObject header{{QStringLiteral("type"), QStringLiteral("span")},
                                 {QStringLiteral("item_count"), vitals.size()},
                                 {QStringLiteral("content_type"),
                                  QStringLiteral("application/vnd.sentry.items.span.v2+json")}};
        send(qint64(std::max(hidden, segmentEnd)), view.userAgent,
             {{QStringLiteral("trace"), traceHeader(visit)}},
             {{header, QJsonObject{{QStringLiteral("version"), 2},
                                   {QStringLiteral("ingest_settings"), ingest},
                                   {QStringLiteral("items"), vitals}}}});
    }
}

} // namespace

std::vector<Payload> sentry(std::span<const Record> session)
{
    return Encoder(session).encode();
}

} // namespace rumscope::encoders
