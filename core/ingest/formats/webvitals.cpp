// web-vitals v4, v5 and v6 (formats.md §1): Metric objects as sites send them, one object or an
// array, bare or wrapped as {metric, context}, standard or attribution build → page view parts,
// and for INP the interaction it names.
#include "beaconsupport.h"
#include "formatparsers.h"
#include "parserstate.h"

#include <QHash>

#include <cmath>

namespace rumscope::formats {
namespace {

using json::object;

constexpr double kEarliestTime = 946684800000.0; // 2000-01-01: what BeaconParser accepts
constexpr double kLatestTime = 4102444800000.0;  // 2100-01-01

/// "v5-1795803853430-2298185207541" → 1795803853430: Date.now() when the metric was set up,
/// a few ms after the navigation started, the same for every metric of one page visit.
std::optional<qint64> metricIdTime(std::string_view id)
{
    const size_t first = id.find('-');
    if (first == std::string_view::npos || id.size() < first + 14)
        return std::nullopt;
    qint64 time = 0;
    for (size_t i = first + 1; i < first + 14; ++i) {
        if (id[i] < '0' || id[i] > '9')
            return std::nullopt;
        time = time * 10 + (id[i] - '0');
    }
    return time;
}

QString canonicalNavigationType(std::string_view type)
{
    if (type == "navigate" || type == "reload" || type == "back-forward" || type == "prerender" ||
        type == "restore")
        return QString::fromLatin1(type.data(), qsizetype(type.size()));
    if (type == "back_forward")
        return QStringLiteral("back-forward");
    if (type == "back-forward-cache")
        return QStringLiteral("restore");
    if (type == "soft-navigation")
        return QStringLiteral("route-change");
    return {};
}

/// Navigation Timing 2 as the TTFB metric's entry or an attribution's navigationEntry has it.
void readNavigationEntry(object entry, PageView &view)
{
    auto at = [&](std::string_view key) { return json::numberOr(entry, key); };
    const double dnsStart = at("domainLookupStart"), dnsEnd = at("domainLookupEnd");
    const double connectStart = at("connectStart"), connectEnd = at("connectEnd");
    const double tlsStart = at("secureConnectionStart");
    if (isSet(dnsStart) && isSet(dnsEnd))
        view.dns = dnsEnd - dnsStart;
    if (isSet(connectStart) && isSet(connectEnd))
        view.connect = connectEnd - connectStart;
    if (isSet(tlsStart) && tlsStart > 0 && isSet(connectEnd))
        view.tls = connectEnd - tlsStart;
    // Zero means "not reached yet" in Navigation Timing, not "instantly".
    auto positive = [](double value) { return value > 0 ? value : kUnset; };
    view.domInteractive = positive(at("domInteractive"));
    view.domContentLoaded = positive(at("domContentLoadedEventEnd"));
    view.load = positive(at("loadEventEnd"));
}

std::optional<object> navigationEntryOf(object metric, std::optional<object> attribution)
{
    if (attribution) {
        if (auto entry = json::objectAt(*attribution, "navigationEntry"))
            return entry;
    }
    if (auto entries = json::arrayAt(metric, "entries")) {
        for (json::element element : *entries) {
            auto entry = json::objectOf(element);
            if (entry && json::viewAt(*entry, "entryType") == "navigation")
                return entry;
        }
    }
    return std::nullopt;
}

void readAttribution(std::string_view name, object attribution, PageView &view)
{
    auto text = [&](std::initializer_list<std::string_view> keys) {
        for (const std::string_view key : keys) {
            if (QString value = json::textAt(attribution, key); !value.isEmpty())
                return value;
        }
        return QString();
    };
    auto number = [&](std::initializer_list<std::string_view> keys) {
        for (const std::string_view key : keys) {
            if (const std::optional<double> value = json::numberAt(attribution, key))
                return *value;
        }
        return kUnset;
    };
    if (name == "LCP") {
        view.lcpElement = text({"target", "element"});
        view.lcpResourceUrl = text({"url"});
        view.lcpTtfb = number({"timeToFirstByte"});
        view.lcpResourceLoadDelay = number({"resourceLoadDelay"});
        view.lcpResourceLoadDuration = number({"resourceLoadDuration", "resourceLoadTime"});
        view.lcpElementRenderDelay = number({"elementRenderDelay"});
    } else if (name == "INP") {
        view.inpTarget = text({"interactionTarget", "eventTarget"});
        view.inpEventType = text({"interactionType", "eventType"});
        view.inpInputDelay = number({"inputDelay"});
        view.inpProcessingDuration = number({"processingDuration"});
        view.inpPresentationDelay = number({"presentationDelay"});
    } else if (name == "CLS") {
        view.clsTarget = text({"largestShiftTarget"});
    }
}

/// One metric report → the part of its page view it describes.
std::optional<PageView> viewPart(object metric, object context, const Input &input)
{
    const Payload &payload = input.payload;
    const std::string_view name = json::viewAt(metric, "name");
    const std::optional<double> value = json::numberAt(metric, "value");
    if (name.empty() || !value)
        return std::nullopt;

    PageView view;
    if (name == "LCP")
        view.lcp = *value;
    else if (name == "INP")
        view.inp = *value;
    else if (name == "CLS")
        view.cls = *value;
    else if (name == "FCP")
        view.fcp = *value;
    else if (name == "TTFB")
        view.ttfb = *value;
    else if (name == "FID")
        view.fid = *value;
    else
        return std::nullopt; // a metric web-vitals does not define

    const std::string_view id = json::viewAt(metric, "id");
    view.time = metricIdTime(id).value_or(0);
    if (view.time == 0)
        view.time = json::integerAt(context, "ts").value_or(payload.receivedAt);
    view.navigationType = canonicalNavigationType(json::viewAt(metric, "navigationType"));

    view.url = json::textAt(metric, "navigationURL");
    if (view.url.isEmpty())
        view.url = json::textAt(context, "page");
    if (view.url.isEmpty())
        view.url = json::textAt(context, "url");
    view.referrer = json::textAt(context, "referrer");
    view.userAgent = json::textAt(context, "userAgent");
    if (view.userAgent.isEmpty())
        view.userAgent = QString::fromUtf8(payload.header("user-agent"));
    if (auto viewport = json::objectAt(context, "viewport"))
        view.devicePixelRatio = json::numberOr(*viewport, "dpr");
    if (auto connection = json::objectAt(context, "connection")) {
        view.effectiveType = json::textAt(*connection, "effectiveType");
        view.rtt = json::numberOr(*connection, "rtt");
        view.downlink = json::numberOr(*connection, "downlink");
        view.saveData = json::booleanAt(*connection, "saveData");
    }
    view.deviceMemory = json::numberOr(context, "deviceMemory");
    view.hardwareConcurrency = json::numberOr(context, "hardwareConcurrency");

    const std::optional<object> attribution = json::objectAt(metric, "attribution");
    if (attribution)
        readAttribution(name, *attribution, view);
    if (name == "TTFB") {
        if (const std::optional<object> entry = navigationEntryOf(metric, attribution))
            readNavigationEntry(*entry, view);
    }

    // The library knows no sessions or page views; sites that send them are trusted, the rest
    // are grouped by the browser and the time the metrics were set up.
    view.sessionId = json::textAt(context, "sessionId");
    if (view.sessionId.isEmpty())
        view.sessionId = derivedId(QLatin1StringView("wv-"),
                                   {payload.header("user-agent"), saltedAddress(input, view.time),
                                    QByteArray::number(view.time / 1800000)});
    view.viewId = json::textAt(context, "pageViewId");
    if (view.viewId.isEmpty()) {
        if (const std::optional<qint64> navigationId = json::integerAt(metric, "navigationId"))
            view.viewId = derivedId(
                QLatin1StringView("wv-"),
                {view.sessionId.toUtf8(), QByteArray::number(*navigationId), view.url.toUtf8()});
        else
            view.viewId =
                derivedId(QLatin1StringView("wv-"), {view.sessionId.toUtf8(), view.url.toUtf8(),
                                                     QByteArray::number(view.time / 1000)});
    }
    return view;
}

/// A time in ms since the time origin, or unset: a page is not open for years.
double offsetOr(object parent, std::string_view key)
{
    const double value = json::numberOr(parent, key);
    return value >= 0 && value < 1e10 ? value : kUnset;
}

/// The interaction an INP report is about, as an Interaction: the attribution build names its
/// target, type, start and parts; both builds send its event entries. Nothing for another
/// metric, a bare value, or an interaction this parser stored already.
std::optional<Interaction> inpInteraction(object metric, object context, const PageView &view,
                                          const Input &input, ReportedInteractions &reported)
{
    if (json::viewAt(metric, "name") != "INP")
        return std::nullopt;
    const std::optional<object> attribution = json::objectAt(metric, "attribution");
    // The entries are the events of the slowest interaction that took its whole duration.
    std::optional<object> entry;
    bool firstInputOnly = false;
    if (const std::optional<json::array> entries = json::arrayAt(metric, "entries")) {
        for (json::element element : *entries) {
            const std::optional<object> candidate = json::objectOf(element);
            if (!candidate || json::viewAt(*candidate, "name").empty())
                continue;
            if (!entry) {
                entry = candidate;
                firstInputOnly = true;
            }
            firstInputOnly =
                firstInputOnly && json::viewAt(*candidate, "entryType") == "first-input";
        }
    }
    if (!attribution && !entry)
        return std::nullopt;
    // web-vitals observes events from 40 ms on, and the page's first input whatever it took. A
    // report resting on the first-input entry alone is of an interaction below 40 ms so far;
    // with reportAllChanges the same interaction's slower events (the click after its
    // pointerdown) mostly follow in another report, and a record made now would keep these few
    // ms, as an interaction is stored once. So such a report makes none: an interaction that
    // stays this fast has no record, its page view still has the INP.
    if (firstInputOnly)
        return std::nullopt;

    Interaction interaction;
    interaction.sessionId = view.sessionId;
    interaction.viewId = view.viewId;
    interaction.app = view.app;
    interaction.env = view.env;
    interaction.release = view.release;
    // The entry names the event (click, keydown…); the attribution only its kind (pointer…).
    interaction.type = entry ? json::textAt(*entry, "name") : QString();
    if (interaction.type.isEmpty())
        interaction.type = view.inpEventType;
    interaction.target = view.inpTarget;
    interaction.duration = view.inp;
    interaction.inputDelay = view.inpInputDelay;
    interaction.processingDuration = view.inpProcessingDuration;
    interaction.presentationDelay = view.inpPresentationDelay;

    // Its start and next paint count from the page's time origin. The metric was set up after
    // that and sent after the paint: two upper bounds of the origin, of which the lower is the
    // nearer. On a slow device the script sets the metric up long after the navigation began.
    double start = kUnset;
    double nextPaint = kUnset;
    if (attribution) {
        start = offsetOr(*attribution, "interactionTime");
        if (!isSet(start))
            start = offsetOr(*attribution, "eventTime"); // v3
        nextPaint = offsetOr(*attribution, "nextPaintTime");
    }
    if (entry) {
        const double entryStart = offsetOr(*entry, "startTime");
        if (!isSet(start))
            start = entryStart;
        if (!isSet(nextPaint))
            nextPaint = entryStart + offsetOr(*entry, "duration");
    }
    // The arrival is by the collector's clock, the others by the browser's: it stands in only
    // where the page view's time does too.
    const std::string_view id = json::viewAt(metric, "id");
    const std::optional<qint64> setUp = metricIdTime(id);
    std::optional<qint64> sent = json::integerAt(context, "ts");
    if (!sent && !setUp)
        sent = input.payload.receivedAt;
    std::optional<double> origin;
    if (setUp)
        origin = double(*setUp);
    if (sent && isSet(nextPaint))
        origin = std::min(origin.value_or(double(*sent)), double(*sent) - nextPaint);
    const double time = origin && isSet(start) ? *origin + start : kUnset;
    interaction.time =
        time >= kEarliestTime && time <= kLatestTime ? qint64(std::llround(time)) : view.time;

    // With reportAllChanges web-vitals reports the INP whenever it grows, and reports it again
    // when the page is hidden. A report naming an interaction stored already is a repeat:
    // the entries' interactionId tells; the attribution build without entries has its target
    // and start. The first report's values stay (interactions are stored once).
    const QByteArray idText(id.data(), qsizetype(id.size()));
    const std::optional<qint64> interactionId =
        entry ? json::integerAt(*entry, "interactionId") : std::nullopt;
    const quint64 key =
        interactionId && *interactionId > 0
            ? partsHash({view.viewId.toUtf8(), idText, QByteArray::number(*interactionId)})
            : partsHash({view.viewId.toUtf8(), idText, interaction.target.toUtf8(),
                         QByteArray::number(start, 'f', 1)});
    if (!reported.firstReport(key))
        return std::nullopt;
    return interaction;
}

} // namespace

Output parseWebVitals(const Input &input)
{
    Result<json::element> root = input.json.parse(input.payload.body);
    if (!root)
        return root.error();
    std::vector<json::element> items;
    if (const std::optional<json::array> batch = json::arrayOf(root.value())) {
        for (json::element item : *batch)
            items.push_back(item);
    } else {
        items.push_back(root.value());
    }
    // Without a parser's state (a caller of its own) the metrics of one payload still share it.
    ReportedInteractions local;
    ReportedInteractions &reported = input.state ? input.state->webVitalsInteractions : local;
    std::vector<Record> records;
    for (json::element item : items) {
        const std::optional<object> report = json::objectOf(item);
        if (!report)
            return Error{Tr::tr("a web-vitals report must be a JSON object"), 1};
        // Attribution-style sites wrap the metric: {metric: {...}, context: {...}}; others put
        // their own fields beside the metric's.
        const std::optional<object> wrapped = json::objectAt(*report, "metric");
        const object metric = wrapped.value_or(*report);
        const object context = json::objectAt(*report, "context").value_or(*report);
        if (std::optional<PageView> view = viewPart(metric, context, input)) {
            std::optional<Interaction> interaction =
                inpInteraction(metric, context, *view, input, reported);
            records.emplace_back(std::move(*view));
            if (interaction)
                records.emplace_back(std::move(*interaction));
        }
    }
    if (records.empty())
        return Error{Tr::tr("no web-vitals metric (a name of LCP, INP, CLS, FCP, TTFB or FID and a "
                            "numeric value) in the payload"),
                     1};
    return records;
}

} // namespace rumscope::formats
