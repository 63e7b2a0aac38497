// web-vitals v4, v5 and v6 (formats.md §1): Metric objects as sites send them, one object or an
// array, bare or wrapped as {metric, context}, standard or attribution build → page view parts.
#include "beaconsupport.h"
#include "formatparsers.h"

#include <QHash>

namespace rumscope::formats {
namespace {

using json::object;

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
        if (std::optional<PageView> view = viewPart(metric, context, input))
            records.emplace_back(std::move(*view));
    }
    if (records.empty())
        return Error{Tr::tr("no web-vitals metric (a name of LCP, INP, CLS, FCP, TTFB or FID and a "
                            "numeric value) in the payload"),
                     1};
    return records;
}

} // namespace rumscope::formats
