// Sentry browser SDK envelopes (../shared/formats.md §6) → canonical records.
//
// Framing: a header line, then item header + payload pairs; an item header's `length` (bytes)
// is honoured when present, else the payload is the rest of its line. Item types read:
// - session → Session (started, last update, user);
// - event → ErrorEvent (the last exception value, Sentry's outermost-first frames reversed);
// - transaction (SDK ≤ 9) and span (v1 single spans and Sentry 11's streamed v2 span lists)
//   → PageView for pageload/navigation segments (route-change for navigation), partial
//   PageViews carrying LCP/CLS/INP from web-vital and interaction spans, Resource for
//   resource.* and http.client spans (+ an http ErrorEvent when status ≥ 400), Interaction for
//   ui.interaction.*, LongTask for long tasks and long animation frames.
// Other item types (client_report, replay_*, attachment, sessions…) are skipped: formats grow.
//
// Ids. A view is its trace id: every item of one page carries it (the pageload or navigation
// segment, its web-vital spans sent later, the standalone http.client segments, the error
// events' contexts.trace), and the SDK starts a new trace per page load and route change.
// The session is derived from app, user id (setUser), user agent, the UTC day of sending and,
// over HTTP, the client address (salted: AddressSalts), because no session-wide id reaches
// every item: the `session` item's `sid` is renewed on every page load and no other item names
// it. Without setUser, visitors with the same browser and app and address on one day share a
// session: a known limitation; files of captured requests carry no address.
// `release` "acme-store-web@1.4.2" becomes app "acme-store-web" and release "1.4.2", the
// `package@version` convention Sentry documents, so the release reads as in other formats.
#include "beaconsupport.h"
#include "formatparsers.h"
#include "ingest/limits.h"

#include <QDateTime>
#include <QHash>

#include <cmath>

namespace rumscope::formats {
namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Epoch seconds (Sentry's float timestamps) → ms; 0, which no record may have, when absurd.
qint64 secondsToMs(double seconds)
{
    return std::isfinite(seconds) && seconds > 0 && seconds < 4.2e9 ? std::llround(seconds * 1000)
                                                                    : 0;
}

/// A timestamp as Sentry accepts it: epoch seconds, or an RFC 3339 string.
double secondsOf(std::optional<json::element> value)
{
    if (!value)
        return kUnset;
    std::string_view text;
    if (value->get_string().get(text) == simdjson::SUCCESS) {
        if (const std::optional<qint64> ms =
                isoTimeToEpochMs(QByteArrayView(text.data(), qsizetype(text.size()))))
            return double(*ms) / 1000.0;
    }
    return json::number(*value).value_or(kUnset);
}

/// "acme-store-web@1.4.2" → {"acme-store-web", "1.4.2"}; a release without a package stays
/// whole, with no app.
std::pair<QString, QString> splitRelease(const QString &release)
{
    const qsizetype at = release.lastIndexOf(u'@');
    if (at > 0 && at < release.size() - 1)
        return {release.first(at), release.sliced(at + 1)};
    return {QString(), release};
}

/// What the envelope header and the request say for every item.
struct Envelope
{
    QString traceId;
    QString release; ///< whole, as sent
    QString env;
    QString userAgent;  ///< the HTTP User-Agent header
    qint64 sentAt = 0;  ///< epoch ms; the day of the derived session id
    QByteArray address; ///< the client address with the day's salt (saltedAddress), or empty
};

/// Who sent an item, for its records' common fields and the derived session id.
struct Origin
{
    QString release; ///< whole, as sent
    QString env;
    QString userId;
    QString userAgent;
};

/// The visit an item belongs to (see the top of this file): the same for every item a browser
/// sends on one UTC day, whichever of them carry the user and the user agent.
QString derivedSession(const Envelope &envelope, const Origin &origin, qint64 time)
{
    const qint64 dayTime = envelope.sentAt > 0 ? envelope.sentAt : time;
    const QString day =
        QDateTime::fromMSecsSinceEpoch(dayTime, Qt::UTC).date().toString(Qt::ISODate);
    const QString app = splitRelease(origin.release).first;
    const QString userAgent = origin.userAgent.isEmpty() ? envelope.userAgent : origin.userAgent;
    return derivedId(QLatin1StringView("sentry-session-"),
                     {app.toUtf8(), origin.userId.toUtf8(), userAgent.toUtf8(), day.toLatin1(),
                      envelope.address});
}

class Parser
{
public:
    explicit Parser(const Input &input)
        : m_input(input)
    {}
    Output parse();

private:
    std::optional<Error> readItem(std::string_view type, QByteArrayView payload);
    std::optional<Error> readSession(json::object session);
    std::optional<Error> readEvent(json::object event);
    std::optional<Error> readTransaction(json::object transaction);
    std::optional<Error> readSpans(json::object payload);

    template<class R> R base(const Origin &origin, qint64 time, const QString &viewId) const;

    const Input &m_input;
    Envelope m_envelope;
    std::vector<Record> m_records;
};

// ---------------------------------------------------------------------------------------------
// Spans, whichever way they came: a v2 streamed span ({attributes: {key: {value, type}}}), a v1
// span ({op, description, data, measurements}) or a transaction standing for its root span.

struct Span
{
    std::string_view name;
    std::string_view traceId;
    std::string_view spanId;
    std::string_view status;
    QString op;            ///< normalised: lower case, without '_' and '-' (SDK versions differ)
    QString opText;        ///< lower case, as sent: its last part names initiators and events
    QString url;           ///< a transaction's request.url
    double start = kUnset; ///< epoch seconds
    double end = kUnset;
    std::optional<json::object> attributes; ///< v2
    std::optional<json::object> data;       ///< v1 and transactions
    std::optional<json::object> measurements;
    Origin origin;

    std::optional<json::element> attribute(std::string_view key) const
    {
        if (attributes) {
            if (const std::optional<json::element> entry = json::member(*attributes, key)) {
                const std::optional<json::object> typed = json::objectOf(*entry);
                return typed ? json::member(*typed, "value") : entry;
            }
        }
        return data ? json::member(*data, key) : std::nullopt;
    }
    /// A text attribute; Sentry's "<unknown>" (an element it could not name) is no value.
    QString text(std::initializer_list<std::string_view> keys) const
    {
        for (const std::string_view key : keys) {
            if (const std::optional<json::element> value = attribute(key)) {
                if (QString result = json::text(*value);
                    !result.isEmpty() && result != u"<unknown>")
                    return result;
                // A list (request header values): its first string.
                if (const std::optional<json::array> list = json::arrayOf(*value)) {
                    for (const json::element item : *list)
                        return json::text(item);
                }
            }
        }
        return {};
    }
    double number(std::initializer_list<std::string_view> keys) const
    {
        for (const std::string_view key : keys) {
            if (const std::optional<json::element> value = attribute(key)) {
                if (const std::optional<double> result = json::number(*value))
                    return *result;
            }
        }
        return kUnset;
    }
    /// A measurement ({value, unit}) in ms, or unitless for CLS.
    double measurement(std::string_view name) const
    {
        const std::optional<json::object> entry =
            measurements ? json::objectAt(*measurements, name) : std::nullopt;
        if (!entry)
            return kUnset;
        const double value = json::numberOr(*entry, "value");
        const std::string_view unit = json::viewAt(*entry, "unit");
        if (unit == "second")
            return value * 1000;
        if (unit == "microsecond")
            return value / 1000;
        if (unit == "nanosecond")
            return value / 1e6;
        return value;
    }
    /// A web vital: the v2 attribute, else the transaction-era measurement.
    double vital(const char *name) const
    {
        const std::string key = std::string("browser.web_vital.") + name + ".value";
        const double value = number({key});
        return isSet(value) ? value : measurement(name);
    }
    double durationMs() const
    {
        return isSet(start) && isSet(end) && end >= start ? (end - start) * 1000 : kUnset;
    }
    bool opIs(const char *name) const { return op == QLatin1StringView(name); }
    bool opStarts(const char *prefix) const { return op.startsWith(QLatin1StringView(prefix)); }
};

void setOp(Span &span, const QString &op)
{
    span.opText = op.toLower();
    span.op = span.opText;
    span.op.remove(u'_');
    span.op.remove(u'-');
}

/// A span's own release, environment, user and browser (v2 attributes, v1 data) over those of
/// its item and envelope.
Origin spanOrigin(const Span &span, const Origin &inherited)
{
    Origin origin = inherited;
    if (QString release = span.text({"sentry.release"}); !release.isEmpty())
        origin.release = release;
    if (QString env = span.text({"sentry.environment"}); !env.isEmpty())
        origin.env = env;
    if (QString user = span.text({"user.id"}); !user.isEmpty())
        origin.userId = user;
    if (QString agent = span.text({"user_agent.original"}); !agent.isEmpty())
        origin.userAgent = agent;
    return origin;
}

Span v2Span(json::object object, const Origin &inherited)
{
    Span span;
    span.name = json::viewAt(object, "name");
    span.traceId = json::viewAt(object, "trace_id");
    span.spanId = json::viewAt(object, "span_id");
    span.status = json::viewAt(object, "status");
    span.start = secondsOf(json::member(object, "start_timestamp"));
    span.end = secondsOf(json::member(object, "end_timestamp"));
    span.attributes = json::objectAt(object, "attributes");
    setOp(span, span.text({"sentry.op"}));
    span.origin = spanOrigin(span, inherited);
    return span;
}

Span v1Span(json::object object, const Origin &inherited)
{
    Span span;
    span.name = json::viewAt(object, "description");
    span.traceId = json::viewAt(object, "trace_id");
    span.spanId = json::viewAt(object, "span_id");
    span.status = json::viewAt(object, "status");
    span.start = secondsOf(json::member(object, "start_timestamp"));
    span.end = secondsOf(json::member(object, "timestamp"));
    span.data = json::objectAt(object, "data");
    span.measurements = json::objectAt(object, "measurements");
    QString op = json::textAt(object, "op");
    // SDK 7 named navigation phases `browser` with the phase as description.
    if (op == u"browser" && !span.name.empty())
        op += u'.' + fromView(span.name);
    setOp(span, op);
    span.origin = spanOrigin(span, inherited);
    return span;
}

/// The records of one batch of spans: the segments first, so that their children, sent along,
/// can count from the view's start.
class SpanMapper
{
public:
    SpanMapper(std::vector<Span> spans, const Envelope &envelope, std::vector<Record> &records)
        : m_spans(std::move(spans))
        , m_envelope(envelope)
        , m_records(records)
    {}

    void map()
    {
        // One pass to learn each trace's view start and navigation phases, one to map: linear
        // however many segments a hostile batch holds.
        for (const Span &span : m_spans) {
            if (span.traceId.empty())
                continue;
            if (isView(span))
                m_viewStarts.insert(fromView(span.traceId), span.start);
            else if (span.opStarts("browser."))
                addPhase(span);
        }
        for (const Span &span : m_spans) {
            if (isView(span))
                pageView(span);
            else if (span.opStarts("ui.webvital."))
                webVital(span);
            else if (span.opStarts("ui.interaction."))
                interaction(span);
            else if (span.opStarts("resource."))
                resource(span, false);
            else if (span.opIs("http.client"))
                resource(span, true);
            else if (span.opIs("ui.longtask") || span.opIs("ui.longanimationframe"))
                longTask(span);
        }
    }

private:
    /// A page load's navigation phases, from its browser.* spans: durations in ms, marks in
    /// epoch seconds.
    struct Phases
    {
        double dns = kUnset;
        double connect = kUnset;
        double tls = kUnset;
        double domContentLoadedEnd = kUnset;
        double loadEnd = kUnset;
        double responseStart = kUnset;
        double firstContentfulPaint = kUnset;
    };

    static bool isView(const Span &span)
    {
        return span.opIs("pageload") || span.opIs("navigation");
    }

    void addPhase(const Span &span)
    {
        Phases &phases = m_phases[fromView(span.traceId)];
        if (span.opIs("browser.dns"))
            phases.dns = span.durationMs();
        else if (span.opIs("browser.connect"))
            phases.connect = span.durationMs();
        else if (span.opIs("browser.tls/ssl") || span.opIs("browser.tls"))
            phases.tls = span.durationMs();
        else if (span.opIs("browser.domcontentloadedevent"))
            phases.domContentLoadedEnd = span.end;
        else if (span.opIs("browser.loadevent"))
            phases.loadEnd = span.end;
        else if (span.opIs("browser.response"))
            phases.responseStart = span.start;
        else if (span.opIs("browser.paint") &&
                 span.text({"browser.paint.type"}) == u"first-contentful-paint")
            phases.firstContentfulPaint = span.start;
    }

    template<class R> R base(const Span &span, qint64 time) const
    {
        R record;
        record.time = time;
        record.sessionId = derivedSession(m_envelope, span.origin, time);
        record.viewId = fromView(span.traceId);
        const auto [app, release] = splitRelease(span.origin.release);
        record.app = app;
        record.release = release;
        record.env = span.origin.env;
        return record;
    }
    /// The view's start (epoch seconds) when its segment came in this batch, else unset.
    double viewStart(const Span &span) const
    {
        return m_viewStarts.value(fromView(span.traceId), kUnset);
    }
    double sinceViewStart(const Span &span, double seconds) const
    {
        const double start = viewStart(span);
        return isSet(start) && isSet(seconds) && seconds >= start ? (seconds - start) * 1000
                                                                  : kUnset;
    }
    /// A partial view for values reported after the segment: the same view id, and the
    /// segment's start when it is known (a pageload's vitals start there anyway).
    PageView viewPart(const Span &span) const
    {
        const double start = viewStart(span);
        return base<PageView>(span, secondsToMs(isSet(start) ? start : span.start));
    }

    void pageView(const Span &segment)
    {
        auto view = base<PageView>(segment, secondsToMs(segment.start));
        if (view.viewId.isEmpty())
            view.viewId = fromView(segment.spanId);
        view.url = segment.text({"url.full", "url"});
        if (view.url.isEmpty())
            view.url = segment.url;
        if (segment.opIs("navigation")) {
            view.navigationType = QStringLiteral("route-change");
        } else {
            const QString type = segment.text({"browser.navigation.type"});
            if (type == u"back_forward" || type == u"back-forward")
                view.navigationType = QStringLiteral("back-forward");
            else if (type == u"back-forward-cache")
                view.navigationType = QStringLiteral("restore");
            else if (type == u"navigate" || type == u"reload" || type == u"prerender" ||
                     type == u"restore")
                view.navigationType = type;
        }
        view.referrer = segment.text({"http.request.header.referer"});
        view.userAgent = segment.origin.userAgent;
        view.ttfb = segment.vital("ttfb");
        view.fcp = segment.vital("fcp");
        view.lcp = segment.vital("lcp");
        view.cls = segment.vital("cls");
        view.inp = segment.vital("inp");
        view.lcpElement = segment.text({"browser.web_vital.lcp.element", "lcp.element"});
        view.lcpResourceUrl = segment.text({"browser.web_vital.lcp.url", "lcp.url"});
        view.clsTarget = segment.text({"browser.web_vital.cls.source.1", "cls.source.1"});
        view.effectiveType =
            segment.text({"network.connection.effective_type", "effectiveConnectionType"});
        view.rtt = segment.number({"network.connection.rtt"});
        if (!isSet(view.rtt))
            view.rtt = segment.measurement("connection.rtt");
        view.deviceMemory = segment.number({"device.memory.estimated_capacity"});
        view.hardwareConcurrency = segment.number({"device.processor_count"});

        // The navigation phases are children of a pageload segment, in the same batch.
        const Phases phases = m_phases.value(fromView(segment.traceId));
        const auto since = [&](double seconds) {
            return isSet(seconds) && isSet(segment.start) && seconds >= segment.start
                       ? (seconds - segment.start) * 1000
                       : kUnset;
        };
        view.dns = phases.dns;
        view.connect = phases.connect;
        view.tls = phases.tls;
        view.domContentLoaded = since(phases.domContentLoadedEnd);
        view.load = since(phases.loadEnd);
        if (!isSet(view.ttfb))
            view.ttfb = since(phases.responseStart);
        if (!isSet(view.fcp))
            view.fcp = since(phases.firstContentfulPaint);
        m_records.push_back(std::move(view));
    }

    void webVital(const Span &span)
    {
        PageView view = viewPart(span);
        if (span.opIs("ui.webvital.lcp")) {
            view.lcp = span.vital("lcp");
            view.lcpElement = span.text({"browser.web_vital.lcp.element", "lcp.element"});
            view.lcpResourceUrl = span.text({"browser.web_vital.lcp.url", "lcp.url"});
        } else if (span.opIs("ui.webvital.cls")) {
            view.cls = span.vital("cls");
            view.clsTarget = span.text({"browser.web_vital.cls.source.1", "cls.source.1"});
        } else if (span.opIs("ui.webvital.inp")) {
            view.inp = span.vital("inp");
        } else {
            return;
        }
        if (!view.viewId.isEmpty() && (isSet(view.lcp) || isSet(view.cls) || isSet(view.inp)))
            m_records.push_back(std::move(view));
    }

    void interaction(const Span &span)
    {
        auto interaction = base<Interaction>(span, secondsToMs(span.start));
        interaction.type = span.text({"browser.web_vital.inp.interaction_type"});
        if (interaction.type.isEmpty())
            interaction.type = span.opText.mid(qsizetype(sizeof("ui.interaction.") - 1));
        interaction.target = span.text({"browser.web_vital.inp.target"});
        // A v1 span's description is the element; a v2 span's name is only "Click".
        if (interaction.target.isEmpty() && !span.attributes)
            interaction.target = fromView(span.name);
        const double inp = span.vital("inp");
        interaction.duration = isSet(inp) ? inp : span.durationMs();
        m_records.push_back(interaction);
        // Each such span is the SDK's INP report for its view.
        if (isSet(inp) && !interaction.viewId.isEmpty()) {
            PageView view = viewPart(span);
            view.inp = inp;
            view.inpTarget = interaction.target;
            view.inpEventType = interaction.type;
            m_records.push_back(std::move(view));
        }
    }

    void resource(const Span &span, bool request)
    {
        QString url = span.text({"url.full", "http.url", "url"});
        QString method = span.text({"http.request.method", "http.method", "method"});
        const QString name = fromView(span.name);
        if (url.isEmpty() && request) {
            // v1 http.client descriptions read "GET https://…".
            const qsizetype space = name.indexOf(u' ');
            url = space > 0 ? name.sliced(space + 1) : QString();
            if (method.isEmpty() && space > 0)
                method = name.first(space);
        } else if (url.isEmpty() &&
                   (name.contains(QLatin1StringView("://")) || name.startsWith(u'/'))) {
            url = name; // v1 resource spans: the description is the URL
        }
        if (url.isEmpty())
            return;
        auto resource = base<Resource>(span, secondsToMs(span.start));
        resource.url = url;
        if (request) {
            const QString type = span.text({"type"});
            resource.initiatorType = type == u"xhr" ? QStringLiteral("xmlhttprequest") : type;
        } else {
            resource.initiatorType = span.opText.mid(qsizetype(sizeof("resource.") - 1));
        }
        resource.startTime = sinceViewStart(span, span.start);
        resource.duration = span.durationMs();
        resource.transferSize = span.number({"http.response.size", "http.response_transfer_size"});
        resource.encodedSize =
            span.number({"http.response.body.size", "http.response_content_length"});
        resource.httpStatus =
            span.number({"http.response.status_code", "http.status_code", "status_code"});
        const QString protocol = span.text({"network.protocol.name"});
        const QString version = span.text({"network.protocol.version"});
        if (version == u"2" || version == u"2.0")
            resource.protocol = QStringLiteral("h2");
        else if (version == u"3" || version == u"3.0")
            resource.protocol = QStringLiteral("h3");
        else if (!version.isEmpty())
            resource.protocol =
                (protocol.isEmpty() ? QStringLiteral("http") : protocol) + u'/' + version;
        const QString blocking = span.text({"resource.render_blocking_status"});
        if (blocking == u"blocking")
            resource.renderBlocking = true;
        else if (blocking == u"non-blocking")
            resource.renderBlocking = false;
        m_records.push_back(resource);

        if (!request)
            return;
        const bool badStatus = isSet(resource.httpStatus) && resource.httpStatus >= 400;
        // Without a status the request never got an answer; a span status says whether that
        // was a failure.
        const bool networkFailure = !isSet(resource.httpStatus) && !span.status.empty() &&
                                    span.status != "ok" && span.status != "cancelled";
        if (!badStatus && !networkFailure)
            return;
        auto error = base<ErrorEvent>(span, secondsToMs(span.end));
        if (error.time == 0)
            error.time = resource.time;
        error.kind = QStringLiteral("http");
        error.type = QStringLiteral("HttpError");
        error.resourceUrl = url;
        error.httpStatus = resource.httpStatus;
        // Stored data, not UI text: the same words whatever the viewer's language, so that
        // occurrences group.
        error.message = (method.isEmpty() ? QStringLiteral("GET") : method) + u' ' + urlPath(url) +
                        QLatin1StringView(" failed");
        if (badStatus)
            error.message += QLatin1StringView(" with status ") + QString::number(error.httpStatus);
        m_records.push_back(std::move(error));
    }

    void longTask(const Span &span)
    {
        auto task = base<LongTask>(span, secondsToMs(span.start));
        task.name = span.opIs("ui.longanimationframe") ? QStringLiteral("long-animation-frame")
                                                       : QStringLiteral("long-task");
        task.duration = span.durationMs();
        m_records.push_back(std::move(task));
    }

    std::vector<Span> m_spans;
    const Envelope &m_envelope;
    std::vector<Record> &m_records;
    QHash<QString, double> m_viewStarts; ///< segment start (epoch seconds) by trace id
    QHash<QString, Phases> m_phases;     ///< by trace id
};

// ---------------------------------------------------------------------------------------------

template<class R> R Parser::base(const Origin &origin, qint64 time, const QString &viewId) const
{
    R record;
    record.time = time;
    record.viewId = viewId;
    const auto [app, release] = splitRelease(origin.release);
    record.app = app;
    record.release = release;
    record.env = origin.env;
    return record;
}

Origin envelopeOrigin(const Envelope &envelope)
{
    Origin origin;
    origin.release = envelope.release;
    origin.env = envelope.env;
    origin.userAgent = envelope.userAgent;
    return origin;
}

/// An item's own release, environment, user and browser over the envelope's.
Origin itemOrigin(const Envelope &envelope, json::object item)
{
    Origin origin = envelopeOrigin(envelope);
    if (QString release = json::textAt(item, "release"); !release.isEmpty())
        origin.release = release;
    if (QString env = json::textAt(item, "environment"); !env.isEmpty())
        origin.env = env;
    if (const std::optional<json::object> user = json::objectAt(item, "user")) {
        if (QString id = json::textAt(*user, "id"); !id.isEmpty())
            origin.userId = id;
    }
    if (const std::optional<json::object> request = json::objectAt(item, "request")) {
        if (const std::optional<json::object> headers = json::objectAt(*request, "headers")) {
            if (QString agent = json::textAt(*headers, "User-Agent"); !agent.isEmpty())
                origin.userAgent = agent;
        }
    }
    return origin;
}

std::optional<Error> Parser::readSession(json::object item)
{
    Origin origin = envelopeOrigin(m_envelope);
    if (const std::optional<json::object> attrs = json::objectAt(item, "attrs")) {
        if (QString release = json::textAt(*attrs, "release"); !release.isEmpty())
            origin.release = release;
        if (QString env = json::textAt(*attrs, "environment"); !env.isEmpty())
            origin.env = env;
        if (QString agent = json::textAt(*attrs, "user_agent"); !agent.isEmpty())
            origin.userAgent = agent;
    }
    origin.userId = json::textAt(item, "did");
    const qint64 started = secondsToMs(secondsOf(json::member(item, "started")));
    const qint64 updated = secondsToMs(secondsOf(json::member(item, "timestamp")));
    auto session = base<Session>(origin, started > 0 ? started : updated, QString());
    session.sessionId = derivedSession(m_envelope, origin, session.time);
    session.lastSeen = std::max(updated, session.time);
    session.userId = origin.userId;
    m_records.push_back(std::move(session));
    return std::nullopt;
}

std::optional<Error> Parser::readEvent(json::object event)
{
    const Origin origin = itemOrigin(m_envelope, event);
    QString viewId = m_envelope.traceId;
    if (const std::optional<json::object> contexts = json::objectAt(event, "contexts")) {
        if (const std::optional<json::object> trace = json::objectAt(*contexts, "trace")) {
            if (QString id = json::textAt(*trace, "trace_id"); !id.isEmpty())
                viewId = id;
        }
    }
    qint64 time = secondsToMs(secondsOf(json::member(event, "timestamp")));
    if (time == 0)
        time = m_envelope.sentAt;
    auto error = base<ErrorEvent>(origin, time, viewId);
    error.sessionId = derivedSession(m_envelope, origin, time);
    const QString logger = json::textAt(event, "logger");

    // LinkedErrors lists the causes first; the error thrown is the last value.
    std::optional<json::object> exception;
    if (const std::optional<json::object> container = json::objectAt(event, "exception")) {
        if (const std::optional<json::array> values = json::arrayAt(*container, "values")) {
            for (const json::element value : *values) {
                if (const std::optional<json::object> object = json::objectOf(value))
                    exception = object;
            }
        }
    }
    if (!exception) {
        // A captured message: an error report only when logged as one.
        const QString level = json::textAt(event, "level");
        QString message = json::textAt(event, "message");
        for (const char *key : {"logentry", "message"}) {
            if (const std::optional<json::object> entry = json::objectAt(event, key)) {
                message = json::textAt(*entry, "formatted");
                if (message.isEmpty())
                    message = json::textAt(*entry, "message");
            }
        }
        if (message.isEmpty() || (logger != u"console" && level != u"error" && level != u"fatal"))
            return std::nullopt;
        error.kind = logger == u"console" ? QStringLiteral("console") : QStringLiteral("exception");
        error.message = message;
        m_records.push_back(std::move(error));
        return std::nullopt;
    }
    error.type = json::textAt(*exception, "type");
    error.message = json::textAt(*exception, "value");
    QString mechanism;
    if (const std::optional<json::object> object = json::objectAt(*exception, "mechanism"))
        mechanism = json::textAt(*object, "type");
    if (mechanism.contains(QLatin1StringView("onunhandledrejection")))
        error.kind = QStringLiteral("unhandled-rejection");
    else if (mechanism == u"console" || logger == u"console")
        error.kind = QStringLiteral("console");
    else
        error.kind = QStringLiteral("exception");
    if (const std::optional<json::object> stacktrace = json::objectAt(*exception, "stacktrace")) {
        if (const std::optional<json::array> frames = json::arrayAt(*stacktrace, "frames")) {
            for (const json::element entry : *frames) {
                const std::optional<json::object> object = json::objectOf(entry);
                if (!object)
                    continue;
                StackFrame frame;
                frame.file = json::textAt(*object, "abs_path");
                if (frame.file.isEmpty())
                    frame.file = json::textAt(*object, "filename");
                frame.function = json::textAt(*object, "function");
                if (frame.function == u"?") // Sentry's "anonymous"
                    frame.function.clear();
                const double line = json::numberOr(*object, "lineno");
                const double column = json::numberOr(*object, "colno");
                frame.line = line >= 0 && line < 1e9 ? int(line) : 0;
                frame.column = column >= 0 && column < 1e9 ? int(column) : 0;
                // Sentry lists the outermost frame first; the model wants the innermost.
                error.frames.prepend(frame);
            }
        }
    }
    m_records.push_back(std::move(error));
    return std::nullopt;
}

std::optional<Error> Parser::readTransaction(json::object transaction)
{
    // The transaction stands for its root span; its spans[] are v1 spans.
    const Origin origin = itemOrigin(m_envelope, transaction);
    std::vector<Span> spans;
    Span root;
    root.name = json::viewAt(transaction, "transaction");
    root.start = secondsOf(json::member(transaction, "start_timestamp"));
    root.end = secondsOf(json::member(transaction, "timestamp"));
    root.measurements = json::objectAt(transaction, "measurements");
    root.origin = origin;
    if (const std::optional<json::object> contexts = json::objectAt(transaction, "contexts")) {
        if (const std::optional<json::object> trace = json::objectAt(*contexts, "trace")) {
            root.traceId = json::viewAt(*trace, "trace_id");
            root.spanId = json::viewAt(*trace, "span_id");
            root.status = json::viewAt(*trace, "status");
            setOp(root, json::textAt(*trace, "op"));
            root.data = json::objectAt(*trace, "data");
        }
    }
    if (const std::optional<json::object> request = json::objectAt(transaction, "request"))
        root.url = json::textAt(*request, "url");
    spans.push_back(root);
    if (const std::optional<json::array> children = json::arrayAt(transaction, "spans")) {
        for (const json::element entry : *children) {
            if (const std::optional<json::object> object = json::objectOf(entry)) {
                Span child = v1Span(*object, origin);
                if (child.traceId.empty())
                    child.traceId = root.traceId;
                spans.push_back(child);
                if (spans.size() > limits::kMaxRecordsPerPayload)
                    return Error{Tr::tr("a Sentry transaction holds more than %1 spans")
                                     .arg(limits::kMaxRecordsPerPayload),
                                 1};
            }
        }
    }
    SpanMapper(std::move(spans), m_envelope, m_records).map();
    return std::nullopt;
}

std::optional<Error> Parser::readSpans(json::object payload)
{
    const Origin origin = envelopeOrigin(m_envelope);
    std::vector<Span> spans;
    if (const std::optional<json::array> items = json::arrayAt(payload, "items")) {
        for (const json::element entry : *items) {
            if (const std::optional<json::object> object = json::objectOf(entry))
                spans.push_back(v2Span(*object, origin));
            if (spans.size() > limits::kMaxRecordsPerPayload)
                return Error{Tr::tr("a Sentry span item holds more than %1 spans")
                                 .arg(limits::kMaxRecordsPerPayload),
                             1};
        }
    } else {
        spans.push_back(v1Span(payload, origin)); // one standalone span (SDK 8–10)
    }
    SpanMapper(std::move(spans), m_envelope, m_records).map();
    return std::nullopt;
}

std::optional<Error> Parser::readItem(std::string_view type, QByteArrayView payload)
{
    const bool known =
        type == "event" || type == "transaction" || type == "session" || type == "span";
    if (!known)
        return std::nullopt;
    Result<json::element> root = m_input.json.parse(payload);
    if (!root)
        return root.error();
    const std::optional<json::object> object = json::objectOf(root.value());
    if (!object)
        return Error{Tr::tr("the payload is not a JSON object"), 1};
    if (type == "event")
        return readEvent(*object);
    if (type == "transaction")
        return readTransaction(*object);
    if (type == "session")
        return readSession(*object);
    return readSpans(*object);
}

Output Parser::parse()
{
    const QByteArrayView body(m_input.payload.body);
    auto lineEnd = [&](qsizetype from) {
        const qsizetype newline = body.indexOf('\n', from);
        return newline < 0 ? body.size() : newline;
    };
    auto line = [&](qsizetype from, qsizetype to) {
        QByteArrayView text = body.sliced(from, to - from);
        if (text.endsWith('\r'))
            text.chop(1);
        return text;
    };

    qsizetype position = 0;
    {
        const qsizetype end = lineEnd(0);
        const QByteArrayView header = line(0, end);
        position = end + 1;
        Result<json::element> root = m_input.json.parse(header);
        if (!root)
            return Error{Tr::tr("the envelope header: %1").arg(root.error().message), 1};
        const std::optional<json::object> object = json::objectOf(root.value());
        if (!object)
            return Error{Tr::tr("the envelope header is not a JSON object"), 1};
        if (const std::optional<json::object> trace = json::objectAt(*object, "trace")) {
            m_envelope.traceId = json::textAt(*trace, "trace_id");
            m_envelope.release = json::textAt(*trace, "release");
            m_envelope.env = json::textAt(*trace, "environment");
        }
        const std::string_view sentAt = json::viewAt(*object, "sent_at");
        m_envelope.sentAt =
            isoTimeToEpochMs(QByteArrayView(sentAt.data(), qsizetype(sentAt.size()))).value_or(0);
    }
    if (m_envelope.sentAt == 0)
        m_envelope.sentAt = m_input.payload.receivedAt;
    m_envelope.userAgent = QString::fromUtf8(m_input.payload.header("user-agent"));
    m_envelope.address = saltedAddress(m_input, m_envelope.sentAt);

    int itemNumber = 0;
    while (position < body.size()) {
        const qsizetype headerEnd = lineEnd(position);
        const QByteArrayView headerText = line(position, headerEnd);
        position = headerEnd + 1;
        if (headerText.trimmed().isEmpty())
            continue; // a trailing newline, or blank lines between items
        ++itemNumber;
        Result<json::element> root = m_input.json.parse(headerText);
        if (!root)
            return Error{Tr::tr("item %1 header: %2").arg(itemNumber).arg(root.error().message), 1};
        const std::optional<json::object> itemHeader = json::objectOf(root.value());
        if (!itemHeader)
            return Error{Tr::tr("item %1 header is not a JSON object").arg(itemNumber), 1};
        const std::string type(json::viewAt(*itemHeader, "type"));
        if (type.empty())
            return Error{Tr::tr("item %1 has no type").arg(itemNumber), 1};
        QByteArrayView payload;
        if (const std::optional<json::element> length = json::member(*itemHeader, "length")) {
            const std::optional<double> bytes = json::number(*length);
            const qsizetype available = std::max<qsizetype>(body.size() - position, 0);
            if (!bytes || *bytes < 0 || *bytes != std::floor(*bytes))
                return Error{Tr::tr("item %1 has an invalid length").arg(itemNumber), 1};
            if (*bytes > double(available))
                return Error{Tr::tr("item %1 claims %2 bytes, but only %3 follow")
                                 .arg(itemNumber)
                                 .arg(QString::number(*bytes, 'g', 15))
                                 .arg(available),
                             1};
            payload = body.sliced(std::min(position, body.size()), qsizetype(*bytes));
            position += qsizetype(*bytes);
            if (position < body.size() && body.at(position) == '\n')
                ++position;
        } else if (position < body.size()) {
            const qsizetype end = lineEnd(position);
            payload = line(position, end);
            position = end + 1;
        }
        if (std::optional<Error> error = readItem(type, payload))
            return Error{Tr::tr("item %1 (%2): %3")
                             .arg(itemNumber)
                             .arg(QString::fromStdString(type), error->message),
                         1};
        if (m_records.size() > limits::kMaxRecordsPerPayload)
            return Error{Tr::tr("the envelope holds more than %1 records")
                             .arg(limits::kMaxRecordsPerPayload),
                         1};
    }
    return std::move(m_records);
}

} // namespace

Output parseSentry(const Input &input)
{
    return Parser(input).parse();
}

} // namespace rumscope::formats
