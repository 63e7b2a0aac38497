// OpenTelemetry web SDK as a site runs it (formats.md §5): DocumentLoad, Fetch/XHR and
// UserInteraction instrumentations, a span processor stamping session.id and page.url, and the
// OTLP/HTTP JSON exporter to POST /v1/traces behind the BatchSpanProcessor: spans queue as they
// end and go out 5 s after the first of a batch, and what is left when the document is hidden.
// So the documentLoad trace is one export, and later clicks, fetches and route changes others,
// as the captured traffic in tests/data/fixtures/opentelemetry.ndjson shows.
// Not carried, as in real traffic: LCP, CLS, INP, soft-navigation paints (no instrumentation
// records them), exceptions (the web-exception instrumentation sends logs, not spans).
#include "generate/sdkencoder.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <span>
#include <vector>

namespace rumscope::encoders {
namespace {

constexpr qint64 kNsPerMs = 1'000'000;

/// Lowercase hex ids the SDK would draw at random: here digests of the view id, so the same
/// traffic always gives the same ids.
QString hexId(const QString &seed, const char *salt, int hexDigits)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray(seed.toUtf8() + '/' + salt),
                                                       QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(hexDigits));
}

QJsonObject stringValue(const QString &key, const QString &value)
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("value"), QJsonObject{{QStringLiteral("stringValue"), value}}}};
}

/// The JS encoder writes 64-bit ints as strings.
QJsonObject intValue(const QString &key, double value)
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("value"), QJsonObject{{QStringLiteral("intValue"),
                                                   QString::number(qint64(std::llround(value)))}}}};
}

QString nanos(qint64 ns)
{
    return QString::number(ns);
}

/// Epoch ns of a time `ms` after `baseMs`: the SDK's hrTime keeps sub-millisecond precision.
qint64 at(qint64 baseMs, double ms)
{
    return baseMs * kNsPerMs + std::llround(ms * double(kNsPerMs));
}

struct SpanEvents
{
    QJsonArray list;
    void add(const char *name, qint64 ns)
    {
        list.append(QJsonObject{{QStringLiteral("timeUnixNano"), nanos(ns)},
                                {QStringLiteral("name"), QLatin1StringView(name)},
                                {QStringLiteral("attributes"), QJsonArray()}});
    }
};

QJsonObject span(const QString &traceId, const QString &spanId, const QString &parentId,
                 const QString &name, int kind, qint64 startNs, qint64 endNs,
                 const QJsonArray &attributes, const QJsonArray &events = {}, int status = 0)
{
    QJsonObject object{{QStringLiteral("traceId"), traceId},
                       {QStringLiteral("spanId"), spanId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("startTimeUnixNano"), nanos(startNs)},
                       {QStringLiteral("endTimeUnixNano"), nanos(std::max(startNs, endNs))},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("droppedAttributesCount"), 0},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("droppedEventsCount"), 0},
                       {QStringLiteral("status"), QJsonObject{{QStringLiteral("code"), status}}},
                       {QStringLiteral("links"), QJsonArray()},
                       {QStringLiteral("droppedLinksCount"), 0}};
    if (!parentId.isEmpty())
        object.insert(QStringLiteral("parentSpanId"), parentId);
    return object;
}

/// What the session processor stamps on every span.
QJsonArray stamped(const QString &sessionId, const QString &pageUrl)
{
    return {stringValue(QStringLiteral("session.id"), sessionId),
            stringValue(QStringLiteral("page.url"), pageUrl)};
}

QString pathOf(const QString &url)
{
    // "https://host/a/b?q" → "/a/b?q": the History API call names a same-origin path.
    const qsizetype scheme = url.indexOf(QLatin1StringView("://"));
    const qsizetype slash = scheme < 0 ? -1 : url.indexOf(u'/', scheme + 3);
    return slash < 0 ? url : url.mid(slash);
}

enum class Scope
{
    DocumentLoad,
    Fetch,
    Xhr,
    UserInteraction,
    LongTask
};
constexpr const char *kScopeNames[] = {
    "@opentelemetry/instrumentation-document-load", "@opentelemetry/instrumentation-fetch",
    "@opentelemetry/instrumentation-xml-http-request",
    "@opentelemetry/instrumentation-user-interaction", "@opentelemetry/instrumentation-long-task"};

/// BatchSpanProcessor's scheduledDelayMillis: a batch goes out this long after it began.
constexpr qint64 kExportDelayMs = 5000;

/// A span the processor holds: `queuedMs` is when the instrumentation ended it.
struct QueuedSpan
{
    qint64 queuedMs = 0;
    Scope scope = Scope::DocumentLoad;
    QJsonObject span;
};

/// One document's spans and the exports they leave in.
class Document
{
public:
    Document(const Session &session, const PageView &load)
        : m_session(session)
        , m_load(load)
        , m_pageUrl(load.url)
    {}

    void addView(const PageView &view)
    {
        if (view.navigationType == u"route-change")
            addRouteChange(view);
        else
            addLoad(view);
        m_lastTime = std::max(
            m_lastTime,
            view.time + qint64(isSet(view.visibleTime) ? std::max(0.0, view.visibleTime) : 0.0));
        m_viewStart = view.time;
        m_viewId = view.viewId;
    }
    void addResource(const Resource &resource);
    void addInteraction(const Interaction &interaction);
    void addLongTask(const LongTask &task);
    void addHttpError(const ErrorEvent &error);

    std::vector<Payload> exports() const;

private:
    Payload exportOf(std::span<const QueuedSpan> batch, qint64 sentMs) const;
    void queue(qint64 queuedMs, Scope scope, QJsonObject span)
    {
        m_spans.push_back({queuedMs, scope, std::move(span)});
    }
    void addLoad(const PageView &view);
    void addRouteChange(const PageView &view);
    void addRequest(const QString &url, const QString &initiator, qint64 startMs, double duration,
                    double status);
    QString nextSpanId(const char *kind)
    {
        return hexId(m_viewId + u'/' + QString::number(m_spanCount++), kind, 16);
    }
    void touch(qint64 ms) { m_lastTime = std::max(m_lastTime, ms); }

    const Session &m_session;
    const PageView &m_load;
    QString m_pageUrl; ///< location.href now: what the processor stamps
    QString m_viewId;
    qint64 m_viewStart = 0;
    QString m_loadTrace;
    QString m_loadSpan;
    qint64 m_loadEndMs = 0;
    int m_spanCount = 0;
    qint64 m_lastTime = 0;
    std::vector<QueuedSpan> m_spans; ///< in the order they were ended
};

void Document::addLoad(const PageView &view)
{
    m_viewId = view.viewId;
    m_loadTrace = hexId(view.viewId, "trace", 32);
    m_loadSpan = hexId(view.viewId, "documentLoad", 16);
    const qint64 base = view.time;
    // documentLoad spans end at loadEventEnd; without one, at the last mark there is.
    double end = 0;
    for (const double mark :
         {view.ttfb, view.domInteractive, view.domContentLoaded, view.fcp, view.load}) {
        if (isSet(mark))
            end = std::max(end, mark);
    }
    m_loadEndMs = base + qint64(std::ceil(end));

    SpanEvents load;
    load.add("fetchStart", at(base, 0));
    if (isSet(view.domInteractive))
        load.add("domInteractive", at(base, view.domInteractive));
    if (isSet(view.domContentLoaded)) {
        load.add("domContentLoadedEventStart", at(base, view.domContentLoaded));
        load.add("domContentLoadedEventEnd", at(base, view.domContentLoaded));
    }
    if (isSet(view.load)) {
        load.add("domComplete", at(base, view.load));
        load.add("loadEventStart", at(base, view.load));
        load.add("loadEventEnd", at(base, view.load));
    }
    if (isSet(view.fcp)) {
        load.add("firstPaint", at(base, view.fcp));
        load.add("firstContentfulPaint", at(base, view.fcp));
    }

    // Navigation Timing phases laid end to end from fetchStart.
    const double dns = isSet(view.dns) ? view.dns : 0;
    const double connect = isSet(view.connect) ? view.connect : 0;
    const double ttfb = isSet(view.ttfb) ? view.ttfb : dns + connect;
    SpanEvents network;
    network.add("fetchStart", at(base, 0));
    network.add("domainLookupStart", at(base, 0));
    network.add("domainLookupEnd", at(base, dns));
    network.add("connectStart", at(base, dns));
    // Plain HTTP reports secureConnectionStart 0, which lands before fetchStart.
    if (isSet(view.tls) && view.tls > 0)
        network.add("secureConnectionStart", at(base, dns + connect - view.tls));
    else
        network.add("secureConnectionStart", 0);
    network.add("connectEnd", at(base, dns + connect));
    network.add("requestStart", at(base, dns + connect));
    if (isSet(view.ttfb))
        network.add("responseStart", at(base, ttfb));
    network.add("responseEnd", at(base, ttfb));

    QJsonArray fetchAttributes = stamped(m_session.sessionId, view.url);
    fetchAttributes.append(stringValue(QStringLiteral("url.full"), view.url));
    queue(m_loadEndMs, Scope::DocumentLoad,
          span(m_loadTrace, hexId(view.viewId, "documentFetch", 16), m_loadSpan,
               QStringLiteral("documentFetch"), 1, at(base, 0), at(base, ttfb), fetchAttributes,
               network.list));

    QJsonArray loadAttributes = stamped(m_session.sessionId, view.url);
    loadAttributes.append(stringValue(QStringLiteral("url.full"), view.url));
    if (!view.userAgent.isEmpty())
        loadAttributes.append(stringValue(QStringLiteral("user_agent.original"), view.userAgent));
    // The instrumentation ends the children first, then documentLoad itself; the resources
    // present at load are queued after it here but at the same time, so they leave with it.
    queue(m_loadEndMs, Scope::DocumentLoad,
          span(m_loadTrace, m_loadSpan, {}, QStringLiteral("documentLoad"), 1, at(base, 0),
               at(base, end), loadAttributes, load.list));
}

void Document::addRouteChange(const PageView &view)
{
    // The click whose handler pushed the history entry: the instrumentation renames its span
    // "Navigation: <path>"; the processor stamped the URL the page had when the click began.
    const QString trace = hexId(view.viewId, "trace", 32);
    QJsonArray attributes = stamped(m_session.sessionId, m_pageUrl);
    attributes.append(stringValue(QStringLiteral("event_type"), QStringLiteral("click")));
    attributes.append(stringValue(QStringLiteral("target_element"), QStringLiteral("A")));
    attributes.append(stringValue(QStringLiteral("url.full"), m_pageUrl));
    queue(view.time + 1, Scope::UserInteraction,
          span(trace, hexId(view.viewId, "navigation", 16), {},
               QStringLiteral("Navigation: ") + pathOf(view.url), 1, at(view.time, 0),
               at(view.time, 1), attributes));
    m_pageUrl = view.url;
}

void Document::addRequest(const QString &url, const QString &initiator, qint64 startMs,
                          double duration, double status)
{
    const bool xhr = initiator == u"xmlhttprequest";
    const QString spanId = nextSpanId("request");
    const qint64 start = at(startMs, 0);
    const qint64 end = at(startMs, isSet(duration) ? std::max(0.0, duration) : 0);
    QJsonArray attributes = stamped(m_session.sessionId, m_pageUrl);
    attributes.append(stringValue(QStringLiteral("http.request.method"), QStringLiteral("GET")));
    attributes.append(stringValue(QStringLiteral("url.full"), url));
    const bool failed = isSet(status) && status >= 400;
    if (isSet(status) && status > 0)
        attributes.append(intValue(QStringLiteral("http.response.status_code"), status));
    if (failed)
        attributes.append(
            stringValue(QStringLiteral("error.type"), QString::number(qint64(status))));
    SpanEvents events;
    events.add("fetchStart", start);
    events.add("responseEnd", end);
    // Fetches started outside a traced context are roots of their own trace.
    QJsonObject request = span(hexId(spanId, "trace", 32), spanId, {}, QStringLiteral("GET"), 3,
                               start, end, attributes, events.list, failed ? 2 : 0);
    queue(end / kNsPerMs, xhr ? Scope::Xhr : Scope::Fetch, std::move(request));
    touch(startMs + qint64(isSet(duration) ? duration : 0));
}

void Document::addResource(const Resource &resource)
{
    if (resource.url.isEmpty())
        return;
    const QString &initiator = resource.initiatorType;
    if (initiator == u"fetch" || initiator == u"xmlhttprequest") {
        addRequest(resource.url, initiator, resource.time, resource.duration, resource.httpStatus);
        return;
    }
    // Only the entries present at load become resourceFetch children; later images and
    // beacons are seen by no instrumentation.
    if (m_viewId != m_load.viewId || !isSet(resource.startTime) || resource.time > m_loadEndMs)
        return;
    const qint64 start = at(m_load.time, resource.startTime);
    const qint64 end =
        start + std::llround((isSet(resource.duration) ? resource.duration : 0) * double(kNsPerMs));
    QJsonArray attributes = stamped(m_session.sessionId, m_pageUrl);
    attributes.append(stringValue(QStringLiteral("url.full"), resource.url));
    if (isSet(resource.encodedSize))
        attributes.append(
            intValue(QStringLiteral("http.response_content_length"), resource.encodedSize));
    SpanEvents events;
    events.add("fetchStart", start);
    events.add("responseEnd", end);
    queue(m_loadEndMs, Scope::DocumentLoad,
          span(m_loadTrace, nextSpanId("resourceFetch"), m_loadSpan,
               QStringLiteral("resourceFetch"), 1, start, end, attributes, events.list));
}

void Document::addHttpError(const ErrorEvent &error)
{
    // The failed request is itself the error: a fetch span with the status.
    if (!error.resourceUrl.isEmpty())
        addRequest(error.resourceUrl, QStringLiteral("fetch"), error.time, kUnset,
                   isSet(error.httpStatus) ? error.httpStatus : 0);
}

void Document::addInteraction(const Interaction &interaction)
{
    const QString type = interaction.type.isEmpty() ? QStringLiteral("click") : interaction.type;
    // "button#buy" → BUTTON and the id XPath the instrumentation writes.
    const QString &target = interaction.target;
    const qsizetype hash = target.indexOf(u'#');
    qsizetype tagEnd = target.size();
    for (const QChar mark : {u'#', u'.', u'[', u' ', u'>'}) {
        const qsizetype index = target.indexOf(mark);
        if (index >= 0)
            tagEnd = std::min(tagEnd, index);
    }
    QJsonArray attributes = stamped(m_session.sessionId, m_pageUrl);
    attributes.append(stringValue(QStringLiteral("event_type"), type));
    attributes.append(stringValue(QStringLiteral("target_element"), target.left(tagEnd).toUpper()));
    if (hash >= 0 && tagEnd == hash) {
        qsizetype idEnd = target.size();
        for (const QChar mark : {u'.', u'[', u' ', u'>'}) {
            const qsizetype index = target.indexOf(mark, hash);
            if (index >= 0)
                idEnd = std::min(idEnd, index);
        }
        attributes.append(stringValue(
            QStringLiteral("target_xpath"),
            QStringLiteral("//*[@id=\"%1\"]").arg(target.mid(hash + 1, idEnd - hash - 1))));
    }
    attributes.append(stringValue(QStringLiteral("url.full"), m_pageUrl));
    const QString spanId = nextSpanId("interaction");
    const double duration = isSet(interaction.duration) ? interaction.duration : 0;
    queue(interaction.time + qint64(duration), Scope::UserInteraction,
          span(hexId(spanId, "trace", 32), spanId, {}, type, 1, at(interaction.time, 0),
               at(interaction.time, duration), attributes));
    touch(interaction.time + qint64(duration));
}

void Document::addLongTask(const LongTask &task)
{
    const double duration = isSet(task.duration) ? task.duration : 0;
    QJsonArray attributes = stamped(m_session.sessionId, m_pageUrl);
    attributes.append(stringValue(QStringLiteral("longtask.name"), QStringLiteral("self")));
    attributes.append(
        stringValue(QStringLiteral("longtask.entry_type"), QStringLiteral("longtask")));
    attributes.append(QJsonObject{
        {QStringLiteral("key"), QStringLiteral("longtask.duration")},
        {QStringLiteral("value"), QJsonObject{{QStringLiteral("doubleValue"), duration}}}});
    if (!task.name.isEmpty())
        attributes.append(stringValue(QStringLiteral("longtask.attribution.name"), task.name));
    const QString spanId = nextSpanId("longtask");
    queue(task.time + qint64(duration), Scope::LongTask,
          span(hexId(spanId, "trace", 32), spanId, {}, QStringLiteral("longtask"), 1,
               at(task.time, 0), at(task.time, duration), attributes));
    touch(task.time + qint64(duration));
}

Payload Document::exportOf(std::span<const QueuedSpan> batch, qint64 sentMs) const
{
    QJsonArray resource{
        stringValue(QStringLiteral("service.name"),
                    m_session.app.isEmpty() ? QStringLiteral("unknown_service") : m_session.app),
        stringValue(QStringLiteral("telemetry.sdk.language"), QStringLiteral("webjs")),
        stringValue(QStringLiteral("telemetry.sdk.name"), QStringLiteral("opentelemetry")),
        stringValue(QStringLiteral("telemetry.sdk.version"), QStringLiteral("2.1.0"))};
    if (!m_session.release.isEmpty())
        resource.append(stringValue(QStringLiteral("service.version"), m_session.release));
    if (!m_session.env.isEmpty())
        resource.append(stringValue(QStringLiteral("deployment.environment.name"), m_session.env));
    if (!m_load.userAgent.isEmpty())
        resource.append(stringValue(QStringLiteral("browser.user_agent"), m_load.userAgent));

    // One ScopeSpans per instrumentation, its spans in the order they ended.
    QJsonArray scopes;
    for (int scope = 0; scope < int(std::size(kScopeNames)); ++scope) {
        QJsonArray spans;
        for (const QueuedSpan &queued : batch) {
            if (int(queued.scope) == scope)
                spans.append(queued.span);
        }
        if (spans.isEmpty())
            continue;
        scopes.append(QJsonObject{
            {QStringLiteral("scope"),
             QJsonObject{{QStringLiteral("name"), QLatin1StringView(kScopeNames[scope])},
                         {QStringLiteral("version"), QStringLiteral("0.66.0")}}},
            {QStringLiteral("spans"), spans}});
    }
    const QJsonObject request{
        {QStringLiteral("resourceSpans"),
         QJsonArray{QJsonObject{{QStringLiteral("resource"),
                                 QJsonObject{{QStringLiteral("attributes"), resource},
                                             {QStringLiteral("droppedAttributesCount"), 0}}},
                                {QStringLiteral("scopeSpans"), scopes}}}}};
    Payload payload;
    payload.method = "POST";
    payload.path = "/v1/traces";
    payload.headers = {{QByteArray("content-type"), QByteArray("application/json")},
                       {QByteArray("user-agent"), m_load.userAgent.toUtf8()}};
    payload.body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    payload.receivedAt = sentMs;
    return payload;
}

std::vector<Payload> Document::exports() const
{
    std::vector<QueuedSpan> queued = m_spans;
    std::stable_sort(queued.begin(), queued.end(), [](const QueuedSpan &a, const QueuedSpan &b) {
        return a.queuedMs < b.queuedMs;
    });
    // The last batch goes when the document is hidden, whatever its timer says.
    const qint64 hiddenMs = std::max(m_lastTime, m_loadEndMs);
    std::vector<Payload> payloads;
    for (size_t first = 0; first < queued.size();) {
        const qint64 dueMs = queued[first].queuedMs + kExportDelayMs;
        size_t last = first;
        while (last < queued.size() && queued[last].queuedMs < dueMs)
            ++last;
        const bool final = last == queued.size();
        payloads.push_back(exportOf(
            std::span(queued).subspan(first, last - first),
            final ? std::min(dueMs, std::max(hiddenMs, queued[last - 1].queuedMs)) : dueMs));
        first = last;
    }
    return payloads;
}

} // namespace

std::vector<Payload> otlp(std::span<const Record> session)
{
    std::vector<Payload> exports;
    if (session.empty())
        return exports;
    static const Session kNoSession;
    const auto *visit = std::get_if<Session>(&session.front());
    const Session &info = visit ? *visit : kNoSession;
    std::optional<Document> document;
    for (const Record &record : session) {
        if (const auto *view = std::get_if<PageView>(&record)) {
            // A hard load is a new document with its own SDK: the previous one flushed at hide.
            if (view->navigationType != u"route-change" || !document) {
                if (document)
                    std::ranges::move(document->exports(), std::back_inserter(exports));
                document.emplace(info, *view);
            }
            document->addView(*view);
        } else if (!document) {
            continue;
        } else if (const auto *resource = std::get_if<Resource>(&record)) {
            document->addResource(*resource);
        } else if (const auto *interaction = std::get_if<Interaction>(&record)) {
            document->addInteraction(*interaction);
        } else if (const auto *task = std::get_if<LongTask>(&record)) {
            document->addLongTask(*task);
        } else if (const auto *error = std::get_if<ErrorEvent>(&record);
                   error && error->kind == u"http") {
            document->addHttpError(*error);
        }
    }
    if (document)
        std::ranges::move(document->exports(), std::back_inserter(exports));
    return exports;
}

} // namespace rumscope::encoders
