#include "otlpspans.h"

#include "beaconsupport.h"
#include "ingest/limits.h"
#include "parserstate.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QVarLengthArray>

#include <deque>

namespace rumscope::formats::otlp {
namespace {

// Epoch nanoseconds up to 2100 fit in an int64 with room to spare, so differences of two
// checked times cannot overflow.
constexpr qint64 kMaxEpochNs = 4102444800000LL * 1000000LL;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The SDKs keep 128 attributes and events per span by default; looking further would only let
// a hostile list cost time for every key looked up.
constexpr int kMaxListEntries = 1024;

/// A KeyValue list (span, resource and event attributes), read once and looked up by key.
class Attributes
{
public:
    Attributes() = default;
    explicit Attributes(std::optional<json::array> list)
    {
        if (!list)
            return;
        int seen = 0;
        for (const json::element entry : *list) {
            if (++seen > kMaxListEntries)
                break;
            const std::optional<json::object> keyValue = json::objectOf(entry);
            if (!keyValue)
                continue;
            const std::string_view key = json::viewAt(*keyValue, "key");
            const std::optional<json::object> value = json::objectAt(*keyValue, "value");
            if (!key.empty() && value)
                m_entries.push_back({key, *value});
        }
    }

    QString text(std::string_view key) const
    {
        const std::optional<json::object> value = anyValue(key);
        return value ? json::textAt(*value, "stringValue") : QString();
    }
    /// The first of several keys that is set: old and new semantic-convention names.
    QString text(std::initializer_list<std::string_view> keys) const
    {
        for (const std::string_view key : keys) {
            if (QString value = text(key); !value.isEmpty())
                return value;
        }
        return {};
    }
    bool has(std::string_view key) const { return anyValue(key).has_value(); }
    /// intValue arrives as a number or, from 64-bit encoders, as a string; both are read.
    std::optional<double> number(std::initializer_list<std::string_view> keys) const
    {
        for (const std::string_view key : keys) {
            if (const std::optional<json::object> value = anyValue(key)) {
                if (std::optional<double> n = json::numberAt(*value, "intValue"))
                    return n;
                if (std::optional<double> n = json::numberAt(*value, "doubleValue"))
                    return n;
            }
        }
        return std::nullopt;
    }

private:
    std::optional<json::object> anyValue(std::string_view key) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.key == key)
                return entry.value;
        }
        return std::nullopt;
    }

    struct Entry
    {
        std::string_view key;
        json::object value;
    };
    // The browser instrumentations set up to a dozen; more spill to the heap.
    QVarLengthArray<Entry, 16> m_entries;
};

/// The span events' times by name (documentLoad's navigation marks, network marks).
class Marks
{
public:
    explicit Marks(std::optional<json::array> events)
    {
        if (!events)
            return;
        int seen = 0;
        for (const json::element entry : *events) {
            if (++seen > kMaxListEntries)
                break;
            const std::optional<json::object> event = json::objectOf(entry);
            if (!event)
                continue;
            const std::string_view name = json::viewAt(*event, "name");
            const std::optional<qint64> time = json::integerAt(*event, "timeUnixNano");
            if (!name.empty() && time && *time >= 0 && *time <= kMaxEpochNs)
                m_marks.push_back({name, *time});
        }
    }

    std::optional<qint64> at(std::string_view name) const
    {
        for (const auto &[key, time] : m_marks) {
            if (key == name)
                return time;
        }
        return std::nullopt;
    }
    /// Milliseconds from one mark to another; unset when either is missing.
    double between(std::string_view from, std::string_view to) const
    {
        const std::optional<qint64> start = at(from);
        const std::optional<qint64> end = at(to);
        return start && end ? double(*end - *start) / 1e6 : kUnset;
    }
    double since(qint64 base, std::string_view to) const
    {
        const std::optional<qint64> end = at(to);
        return end ? double(*end - base) / 1e6 : kUnset;
    }
    bool empty() const { return m_marks.empty(); }

private:
    std::vector<std::pair<std::string_view, qint64>> m_marks;
};

struct ResourceInfo
{
    QString app;
    QString env;
    QString release;
    QString userAgent;
    QString sessionId;
};

struct Span
{
    json::object object;
    size_t resource = 0; ///< index into the export's ResourceInfo list
    std::string_view scope;
    std::string_view name;
    std::string_view traceId;
    std::string_view spanId;
    std::string_view parentSpanId;
    qint64 start = -1; ///< epoch ns, -1 when absent or implausible
    qint64 end = -1;
    int statusCode = 0; ///< 0 unset, 1 ok, 2 error
    Attributes attributes;
    // Worked out once per span (Reader::index): every record of the span needs them.
    QString sessionId;
    quint64 sessionKey = 0; ///< sessionId hashed, for OtlpViews
    QString pageUrl;
    QString viewId;
    qint64 viewStart = -1; ///< epoch ns of the view's start, -1 when not known
    // A "Navigation:" span's route change.
    QString routeViewId;
    QString routeUrl;

    bool is(std::string_view spanName) const { return name == spanName; }
    bool scopeContains(std::string_view part) const
    {
        return scope.find(part) != std::string_view::npos;
    }
    double durationMs() const
    {
        return start >= 0 && end >= start ? double(end - start) / 1e6 : kUnset;
    }
    qint64 startMs() const { return start >= 0 ? start / 1000000 : 0; }
};

qint64 checkedNs(json::object span, std::string_view key)
{
    const std::optional<qint64> ns = json::integerAt(span, key);
    return ns && *ns >= 0 && *ns <= kMaxEpochNs ? *ns : -1;
}

bool isNetworkRequest(const Span &span)
{
    // fetch/XHR client spans; the CORS preflight child repeats its parent's URL.
    if (span.is("CORS Preflight"))
        return false;
    if (span.scopeContains("instrumentation-fetch") ||
        span.scopeContains("instrumentation-xml-http-request"))
        return true;
    return !span.attributes.text({"http.request.method", "http.method"}).isEmpty() &&
           !span.attributes.text({"url.full", "http.url"}).isEmpty();
}

bool isInteraction(const Span &span)
{
    return span.scopeContains("user-interaction") || span.attributes.has("event_type");
}

bool isLongTask(const Span &span)
{
    return span.is("longtask") || span.attributes.number({"longtask.duration"}).has_value();
}

constexpr QLatin1StringView kNavigationPrefix("Navigation:");

/// `//*[@id="btn-work"]` on a BUTTON → `button#btn-work`: the CSS selector the model stores;
/// other XPaths are kept as they are.
QString interactionTarget(const Attributes &attributes)
{
    const QString tag = attributes.text("target_element").toLower();
    const QString xpath = attributes.text("target_xpath");
    static const QRegularExpression idPath(QStringLiteral(R"re(^//\*\[@id="([^"]+)"\]$)re"));
    if (const QRegularExpressionMatch match = idPath.match(xpath); match.hasMatch())
        return tag + u'#' + match.captured(1);
    return xpath.isEmpty() ? tag : xpath;
}

/// "file:line:column" → a frame; false when the line or column is missing.
bool readLocation(QStringView location, StackFrame &frame)
{
    const qsizetype columnColon = location.lastIndexOf(u':');
    if (columnColon <= 0)
        return false;
    const qsizetype lineColon = location.first(columnColon).lastIndexOf(u':');
    if (lineColon <= 0)
        return false;
    bool lineOk = false;
    bool columnOk = false;
    frame.line = location.sliced(lineColon + 1, columnColon - lineColon - 1).toInt(&lineOk);
    frame.column = location.sliced(columnColon + 1).toInt(&columnOk);
    frame.file = location.first(lineColon).toString();
    return lineOk && columnOk;
}

/// V8 ("    at fn (file:1:2)", "    at file:1:2") and Gecko/WebKit ("fn@file:1:2") stack lines,
/// innermost first as the browser wrote them. Read by hand, not by regular expression: the text
/// is untrusted and must cost linear time.
QList<StackFrame> framesOfStack(const QString &stack)
{
    constexpr int kMaxLines = 256;
    constexpr qsizetype kMaxLineLength = 4096;
    QList<StackFrame> frames;
    int lines = 0;
    for (const QStringView untrimmed : QStringView(stack).split(u'\n')) {
        if (++lines > kMaxLines)
            break;
        const QStringView line = untrimmed.trimmed();
        if (line.size() > kMaxLineLength)
            continue;
        StackFrame frame;
        bool ok = false;
        if (line.startsWith(u"at ")) {
            QStringView rest = line.sliced(3);
            if (rest.startsWith(u"async "))
                rest = rest.sliced(6);
            const qsizetype open = rest.lastIndexOf(u" (");
            if (rest.endsWith(u')') && open > 0) {
                frame.function = rest.first(open).toString();
                ok = readLocation(rest.sliced(open + 2).chopped(1), frame);
            } else {
                ok = readLocation(rest, frame);
            }
        } else if (const qsizetype at = line.indexOf(u'@'); at >= 0) {
            frame.function = line.first(at).toString();
            ok = readLocation(line.sliced(at + 1), frame);
        }
        if (ok)
            frames.append(frame);
    }
    return frames;
}

QString dayOf(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).date().toString(Qt::ISODate);
}

/// The 64-bit key OtlpViews keeps for a text (session id, URL); 0 for none.
quint64 keyOf(const QString &text)
{
    if (text.isEmpty())
        return 0;
    return partsHash({QByteArrayView(reinterpret_cast<const char *>(text.utf16()),
                                     text.size() * qsizetype(sizeof(char16_t)))});
}

bool isNavigation(const Span &span)
{
    return span.name.starts_with(
        std::string_view(kNavigationPrefix.data(), size_t(kNavigationPrefix.size())));
}

class Reader
{
public:
    Reader(const SpanDefaults &defaults, OtlpViews &views)
        : m_defaults(defaults)
        , m_views(views)
    {}

    Output read(json::array resourceSpans);

private:
    struct Document
    {
        const Span *load = nullptr;
        const Span *fetch = nullptr;
    };

    std::optional<Error> collect(json::array resourceSpans);
    void index();
    void emitSpan(const Span &span);

    const ResourceInfo &resourceOf(const Span &span) const { return m_resources[span.resource]; }
    QString sessionOf(const Span &span) const;
    QString pageUrlOf(const Span &span) const;
    void startView(Span &span, const QString &viewId, const QString &url);
    void findView(Span &span) const;
    template<class R> R base(const Span &span, qint64 timeMs) const;

    void emitPageView(const Span &span);
    void emitResource(const Span &span);
    void emitInteraction(const Span &span);
    void emitLongTask(const Span &span);
    void emitExceptions(const Span &span);

    const SpanDefaults &m_defaults;
    OtlpViews &m_views;
    std::vector<ResourceInfo> m_resources;
    std::deque<Span> m_spans;                    // stable addresses for m_documents
    QHash<QByteArrayView, Document> m_documents; ///< by trace id
    std::vector<Record> m_records;
};

std::optional<Error> Reader::collect(json::array resourceSpans)
{
    for (const json::element resourceEntry : resourceSpans) {
        const std::optional<json::object> resourceSpan = json::objectOf(resourceEntry);
        if (!resourceSpan)
            continue;
        ResourceInfo info;
        std::optional<json::array> attributeList;
        if (const std::optional<json::object> resource = json::objectAt(*resourceSpan, "resource"))
            attributeList = json::arrayAt(*resource, "attributes");
        const Attributes attributes(attributeList);
        info.app = attributes.text("service.name");
        // The SDK's placeholder when the app set no name is not a name.
        if (info.app.startsWith(QLatin1StringView("unknown_service")))
            info.app.clear();
        info.release = attributes.text("service.version");
        info.env = attributes.text({"deployment.environment.name", "deployment.environment"});
        info.userAgent = attributes.text({"user_agent.original", "browser.user_agent"});
        info.sessionId = attributes.text("session.id");
        m_resources.push_back(info);
        const std::optional<json::array> scopeSpans = json::arrayAt(*resourceSpan, "scopeSpans");
        if (!scopeSpans)
            continue;
        for (const json::element scopeEntry : *scopeSpans) {
            const std::optional<json::object> scopeSpan = json::objectOf(scopeEntry);
            if (!scopeSpan)
                continue;
            std::string_view scopeName;
            if (const std::optional<json::object> scope = json::objectAt(*scopeSpan, "scope"))
                scopeName = json::viewAt(*scope, "name");
            const std::optional<json::array> spans = json::arrayAt(*scopeSpan, "spans");
            if (!spans)
                continue;
            for (const json::element spanEntry : *spans) {
                const std::optional<json::object> object = json::objectOf(spanEntry);
                if (!object)
                    continue;
                if (m_spans.size() >= limits::kMaxRecordsPerPayload)
                    return Error{Tr::tr("the OTLP export holds more than %1 spans")
                                     .arg(limits::kMaxRecordsPerPayload),
                                 1};
                Span span;
                span.object = *object;
                span.resource = m_resources.size() - 1;
                span.scope = scopeName;
                span.name = json::viewAt(*object, "name");
                span.traceId = json::viewAt(*object, "traceId");
                span.spanId = json::viewAt(*object, "spanId");
                span.parentSpanId = json::viewAt(*object, "parentSpanId");
                span.start = checkedNs(*object, "startTimeUnixNano");
                span.end = checkedNs(*object, "endTimeUnixNano");
                // Only ERROR (2) matters; any other number, however absurd, is "not an error".
                if (const std::optional<json::object> status = json::objectAt(*object, "status"))
                    span.statusCode = json::numberAt(*status, "code") == 2.0 ? 2 : 0;
                span.attributes = Attributes(json::arrayAt(*object, "attributes"));
                m_spans.push_back(span);
            }
        }
    }
    return std::nullopt;
}

void Reader::index()
{
    // documentLoad and its documentFetch child share a trace and are exported together, at
    // load; the child holds the network marks (TTFB, DNS, connect).
    for (const Span &span : m_spans) {
        if (span.traceId.empty())
            continue;
        const QByteArrayView trace(span.traceId.data(), qsizetype(span.traceId.size()));
        if (span.is("documentLoad"))
            m_documents[trace].load = &span;
        else if (span.is("documentFetch"))
            m_documents[trace].fetch = &span;
    }
    for (Span &span : m_spans) {
        span.sessionId = sessionOf(span);
        span.sessionKey = keyOf(span.sessionId);
        span.pageUrl = pageUrlOf(span);
    }
    if (!m_defaults.viewId.isEmpty()) {
        for (Span &span : m_spans)
            span.viewId = m_defaults.viewId;
        return;
    }
    // The views this export begins, first: its other spans may belong to them.
    for (Span &span : m_spans) {
        if (span.is("documentLoad")) {
            // The document's trace is its view (formats.md §7); a load without one still
            // differs from another load of its URL by its start.
            const QString viewId =
                span.traceId.empty()
                    ? derivedId(QLatin1StringView("otlp-view-"),
                                {span.sessionId.toUtf8(), span.pageUrl.toUtf8(),
                                 QByteArray::number(span.start)})
                    : derivedId(QLatin1StringView("otlp-view-"),
                                {QByteArrayView(span.traceId.data(), span.traceId.size())});
            span.viewId = viewId;
            startView(span, viewId, span.pageUrl);
        } else if (isNavigation(span) && isInteraction(span)) {
            const QString target = fromView(span.name.substr(kNavigationPrefix.size())).trimmed();
            if (target.isEmpty())
                continue;
            span.routeUrl =
                span.pageUrl.isEmpty()
                    ? target
                    : QUrl(span.pageUrl).resolved(QUrl(target)).toString(QUrl::FullyEncoded);
            span.routeViewId = derivedId(QLatin1StringView("otlp-view-"),
                                         {QByteArrayView(span.traceId.data(), span.traceId.size()),
                                          QByteArrayView(span.spanId.data(), span.spanId.size()),
                                          span.routeUrl.toUtf8()});
            startView(span, span.routeViewId, span.routeUrl);
        }
    }
    for (Span &span : m_spans) {
        if (!span.is("documentLoad"))
            findView(span);
    }
}

void Reader::startView(Span &span, const QString &viewId, const QString &url)
{
    if (span.start < 0)
        return;
    m_views.add(span.sessionKey, {span.start, keyOf(url), viewId});
}

void Reader::findView(Span &span) const
{
    // The children of a documentLoad share its trace.
    const auto document =
        m_documents.constFind(QByteArrayView(span.traceId.data(), qsizetype(span.traceId.size())));
    if (!span.traceId.empty() && document != m_documents.cend() && document->load) {
        span.viewId = document->load->viewId;
        span.viewStart = document->load->start;
        return;
    }
    // Any other span began on the latest view of its session before it, on its page URL.
    // A Navigation span's own route change begins with it and is not the page it was on.
    const qint64 before = isNavigation(span) ? span.start - 1 : span.start;
    if (span.start >= 0) {
        if (const OtlpViews::View *view =
                m_views.find(span.sessionKey, before, keyOf(span.pageUrl))) {
            span.viewId = view->viewId;
            span.viewStart = view->startNs;
            return;
        }
    }
    // A page whose documentLoad is not remembered (sent later, or forgotten): its spans still
    // share one view, by session and URL.
    if (!span.pageUrl.isEmpty())
        span.viewId = derivedId(QLatin1StringView("otlp-view-"),
                                {span.sessionId.toUtf8(), span.pageUrl.toUtf8()});
}

QString Reader::sessionOf(const Span &span) const
{
    if (QString id = span.attributes.text("session.id"); !id.isEmpty())
        return id;
    const ResourceInfo &resource = resourceOf(span);
    if (!resource.sessionId.isEmpty())
        return resource.sessionId;
    if (!m_defaults.sessionId.isEmpty())
        return m_defaults.sessionId;
    const QString app = resource.app.isEmpty() ? m_defaults.app : resource.app;
    const QString userAgent =
        resource.userAgent.isEmpty() ? m_defaults.userAgent : resource.userAgent;
    const qint64 dayTime = m_defaults.receivedAt > 0 ? m_defaults.receivedAt : span.startMs();
    return derivedId(QLatin1StringView("otlp-session-"),
                     {app.toUtf8(), userAgent.toUtf8(), dayOf(dayTime).toLatin1()});
}

QString Reader::pageUrlOf(const Span &span) const
{
    if (QString url = span.attributes.text("page.url"); !url.isEmpty())
        return url;
    // These spans' URL attribute is the page's own; a fetch span's is the request's.
    if (span.is("documentLoad") || span.is("documentFetch") || isInteraction(span))
        return span.attributes.text({"url.full", "http.url"});
    return {};
}

template<class R> R Reader::base(const Span &span, qint64 timeMs) const
{
    const ResourceInfo &resource = resourceOf(span);
    R record;
    record.time = timeMs;
    record.sessionId = span.sessionId;
    record.viewId = span.viewId;
    record.app = resource.app.isEmpty() ? m_defaults.app : resource.app;
    record.env = resource.env.isEmpty() ? m_defaults.env : resource.env;
    record.release = resource.release.isEmpty() ? m_defaults.release : resource.release;
    return record;
}

void Reader::emitPageView(const Span &span)
{
    auto view = base<PageView>(span, span.startMs());
    view.url = span.pageUrl;
    view.userAgent = span.attributes.text({"user_agent.original", "http.user_agent"});
    if (view.userAgent.isEmpty())
        view.userAgent = resourceOf(span).userAgent;
    if (view.userAgent.isEmpty())
        view.userAgent = m_defaults.userAgent;

    // Every timing counts from the document's fetchStart, each span against its own mark:
    // the two spans compute fetchStart from different clocks, a few tenths of a ms apart.
    const Marks load(json::arrayAt(span.object, "events"));
    const qint64 loadBase = load.at("fetchStart").value_or(span.start);
    if (loadBase >= 0) {
        view.domInteractive = load.since(loadBase, "domInteractive");
        view.domContentLoaded = load.since(loadBase, "domContentLoadedEventEnd");
        view.load = load.since(loadBase, "loadEventEnd");
        view.fcp = load.since(loadBase, "firstContentfulPaint");
    }
    const auto document =
        m_documents.constFind(QByteArrayView(span.traceId.data(), qsizetype(span.traceId.size())));
    const Span *fetch = document != m_documents.cend() ? document->fetch : nullptr;
    const Marks fetchMarks(fetch ? json::arrayAt(fetch->object, "events") : std::nullopt);
    const Marks &network = fetchMarks.empty() ? load : fetchMarks;
    const qint64 networkBase =
        network.at("fetchStart").value_or(fetch && !fetchMarks.empty() ? fetch->start : loadBase);
    if (networkBase >= 0)
        view.ttfb = network.since(networkBase, "responseStart");
    view.dns = network.between("domainLookupStart", "domainLookupEnd");
    view.connect = network.between("connectStart", "connectEnd");
    // A plain-HTTP connection reports secureConnectionStart as 0, which the SDK turns into a
    // time before fetchStart: no TLS then, not a negative one.
    const std::optional<qint64> secureStart = network.at("secureConnectionStart");
    const std::optional<qint64> connectStart = network.at("connectStart");
    if (secureStart && connectStart && *secureStart >= *connectStart)
        view.tls = network.between("secureConnectionStart", "connectEnd");
    m_records.push_back(std::move(view));
}

void Reader::emitResource(const Span &span)
{
    const QString url = span.attributes.text({"url.full", "http.url"});
    if (url.isEmpty())
        return;
    const Marks marks(json::arrayAt(span.object, "events"));
    auto resource = base<Resource>(span, span.startMs());
    resource.url = url;
    if (span.is("documentFetch"))
        resource.initiatorType = QStringLiteral("navigation");
    else if (span.scopeContains("xml-http-request"))
        resource.initiatorType = QStringLiteral("xmlhttprequest");
    else if (span.scopeContains("instrumentation-fetch") ||
             span.attributes.text("component") == u"fetch")
        resource.initiatorType = QStringLiteral("fetch");
    // The Resource Timing entry the instrumentation matched is the request itself; the span
    // also covers the page's own handling of the response.
    resource.duration = marks.between("fetchStart", "responseEnd");
    if (!isSet(resource.duration))
        resource.duration = span.durationMs();
    const qint64 fetchStart = marks.at("fetchStart").value_or(span.start);
    if (span.viewStart >= 0 && fetchStart >= span.viewStart)
        resource.startTime = double(fetchStart - span.viewStart) / 1e6;
    resource.encodedSize =
        span.attributes.number({"http.response_content_length", "http.response.body.size"})
            .value_or(kUnset);
    resource.httpStatus =
        span.attributes.number({"http.response.status_code", "http.status_code"}).value_or(kUnset);
    const bool failed =
        isNetworkRequest(span) &&
        ((isSet(resource.httpStatus) && resource.httpStatus >= 400) || span.statusCode == 2);
    m_records.push_back(resource);
    if (!failed)
        return;
    auto error = base<ErrorEvent>(span, span.startMs());
    error.kind = QStringLiteral("http");
    error.type = QStringLiteral("HttpError");
    error.resourceUrl = url;
    error.httpStatus = resource.httpStatus;
    QString method = span.attributes.text({"http.request.method", "http.method"});
    if (method.isEmpty())
        method = QStringLiteral("GET");
    // Stored data, not UI text: the same words whatever the viewer's language, so that
    // occurrences group.
    error.message = method + u' ' + urlPath(url) + QLatin1StringView(" failed");
    if (isSet(error.httpStatus) && error.httpStatus >= 400)
        error.message += QLatin1StringView(" with status ") + QString::number(error.httpStatus);
    else if (const QString reason = span.attributes.text("error.type"); !reason.isEmpty())
        error.message += QLatin1StringView(": ") + reason;
    m_records.push_back(std::move(error));
}

void Reader::emitInteraction(const Span &span)
{
    auto interaction = base<Interaction>(span, span.startMs());
    interaction.type = span.attributes.text("event_type");
    if (interaction.type.isEmpty() && !isNavigation(span))
        interaction.type = fromView(span.name);
    interaction.target = interactionTarget(span.attributes);
    // The span lasts from the event to the end of its handler's work: the closest the
    // instrumentation comes to "input to next paint".
    interaction.duration = span.durationMs();
    m_records.push_back(interaction);

    // A handler that pushed a history entry renamed its span "Navigation: /path" (index()
    // worked out where to).
    if (span.routeViewId.isEmpty())
        return;
    auto view = base<PageView>(span, span.startMs());
    view.viewId = span.routeViewId;
    view.url = span.routeUrl;
    view.navigationType = QStringLiteral("route-change");
    view.userAgent = resourceOf(span).userAgent;
    if (view.userAgent.isEmpty())
        view.userAgent = m_defaults.userAgent;
    m_records.push_back(std::move(view));
}

void Reader::emitLongTask(const Span &span)
{
    auto task = base<LongTask>(span, span.startMs());
    task.name = span.attributes.text("longtask.attribution.name");
    task.duration = span.attributes.number({"longtask.duration"}).value_or(span.durationMs());
    m_records.push_back(std::move(task));
}

void Reader::emitExceptions(const Span &span)
{
    const std::optional<json::array> events = json::arrayAt(span.object, "events");
    if (!events)
        return;
    for (const json::element entry : *events) {
        const std::optional<json::object> event = json::objectOf(entry);
        if (!event || json::viewAt(*event, "name") != "exception")
            continue;
        const Attributes attributes(json::arrayAt(*event, "attributes"));
        const qint64 ns = checkedNs(*event, "timeUnixNano");
        auto error = base<ErrorEvent>(span, ns >= 0 ? ns / 1000000 : span.startMs());
        error.kind = QStringLiteral("exception");
        error.type = attributes.text("exception.type");
        error.message = attributes.text("exception.message");
        error.stack = attributes.text("exception.stacktrace");
        error.frames = framesOfStack(error.stack);
        m_records.push_back(std::move(error));
        if (m_records.size() > limits::kMaxRecordsPerPayload)
            return;
    }
}

void Reader::emitSpan(const Span &span)
{
    if (span.is("documentLoad"))
        emitPageView(span);
    else if (span.is("documentFetch") || span.is("resourceFetch") || isNetworkRequest(span))
        emitResource(span);
    else if (isLongTask(span))
        emitLongTask(span);
    else if (isInteraction(span))
        emitInteraction(span);
    emitExceptions(span);
}

Output Reader::read(json::array resourceSpans)
{
    if (std::optional<Error> error = collect(resourceSpans))
        return *error;
    index();
    for (const Span &span : m_spans) {
        emitSpan(span);
        if (m_records.size() > limits::kMaxRecordsPerPayload)
            return Error{Tr::tr("the OTLP export holds more than %1 records")
                             .arg(limits::kMaxRecordsPerPayload),
                         1};
    }
    return std::move(m_records);
}

} // namespace

Output readResourceSpans(json::array resourceSpans, const SpanDefaults &defaults, OtlpViews &views)
{
    return Reader(defaults, views).read(resourceSpans);
}

} // namespace rumscope::formats::otlp
