// web-vitals as a site using the attribution build sends it (formats.md §1, the fixtures'
// web-vitals-attribution): one beacon per metric, {metric, context}, to POST /beacon/web-vitals.
// SPA route changes are v6 soft navigations.
#include "generate/sdkencoder.h"
#include "model/metric.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <xxhash.h>

namespace rumscope::encoders {
namespace {

QString metricId(const PageView &view, const char *name)
{
    // "v5-" + Date.now() at setup + "-" + 13 random digits: here a digest of view and metric.
    // XXH3, not qHash: qHash is seeded per process, and generated files must be reproducible.
    const QByteArray key = view.viewId.toUtf8() + name;
    const quint64 digest = XXH3_64bits(key.constData(), size_t(key.size()));
    const bool soft = view.navigationType == u"route-change";
    return QStringLiteral("%1-%2-%3")
        .arg(soft ? QStringLiteral("v6") : QStringLiteral("v5"))
        .arg(view.time)
        .arg(QString::number(1'000'000'000'000ULL + digest % 9'000'000'000'000ULL));
}

QString webVitalsNavigationType(const QString &type)
{
    if (type == u"route-change")
        return QStringLiteral("soft-navigation");
    if (type == u"restore")
        return QStringLiteral("back-forward-cache");
    return type.isEmpty() ? QStringLiteral("navigate") : type;
}

void putNumber(QJsonObject &object, const char *key, double value)
{
    if (isSet(value))
        object.insert(QLatin1StringView(key), value);
}

void putText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1StringView(key), value);
}

QJsonObject contextOf(const PageView &view)
{
    QJsonObject context{{QStringLiteral("page"), view.url},
                        {QStringLiteral("sessionId"), view.sessionId},
                        {QStringLiteral("pageViewId"), view.viewId},
                        {QStringLiteral("referrer"), view.referrer},
                        {QStringLiteral("visibilityState"), QStringLiteral("visible")}};
    putText(context, "userAgent", view.userAgent);
    QJsonObject viewport;
    putNumber(viewport, "dpr", view.devicePixelRatio);
    context.insert(QStringLiteral("viewport"), viewport);
    QJsonObject connection;
    putText(connection, "effectiveType", view.effectiveType);
    putNumber(connection, "rtt", view.rtt);
    putNumber(connection, "downlink", view.downlink);
    if (view.saveData)
        connection.insert(QStringLiteral("saveData"), *view.saveData);
    context.insert(QStringLiteral("connection"), connection);
    putNumber(context, "deviceMemory", view.deviceMemory);
    putNumber(context, "hardwareConcurrency", view.hardwareConcurrency);
    return context;
}

QJsonObject navigationEntryOf(const PageView &view)
{
    // Navigation Timing 2, from the view's phases laid end to end.
    const double dns = isSet(view.dns) ? view.dns : 0;
    const double connect = isSet(view.connect) ? view.connect : 0;
    QJsonObject entry{{QStringLiteral("entryType"), QStringLiteral("navigation")},
                      {QStringLiteral("name"), view.url},
                      {QStringLiteral("startTime"), 0},
                      {QStringLiteral("domainLookupStart"), 0},
                      {QStringLiteral("domainLookupEnd"), dns},
                      {QStringLiteral("connectStart"), dns},
                      {QStringLiteral("connectEnd"), dns + connect},
                      {QStringLiteral("secureConnectionStart"),
                       isSet(view.tls) && view.tls > 0 ? dns + connect - view.tls : 0}};
    putNumber(entry, "responseStart", view.ttfb);
    putNumber(entry, "domInteractive", view.domInteractive);
    putNumber(entry, "domContentLoadedEventEnd", view.domContentLoaded);
    putNumber(entry, "loadEventEnd", view.load);
    return entry;
}

QJsonObject attributionOf(const PageView &view, const QString &name)
{
    QJsonObject attribution;
    if (name == u"LCP") {
        putText(attribution, "target", view.lcpElement);
        putText(attribution, "url", view.lcpResourceUrl);
        putNumber(attribution, "timeToFirstByte", view.lcpTtfb);
        putNumber(attribution, "resourceLoadDelay", view.lcpResourceLoadDelay);
        putNumber(attribution, "resourceLoadDuration", view.lcpResourceLoadDuration);
        putNumber(attribution, "elementRenderDelay", view.lcpElementRenderDelay);
    } else if (name == u"INP") {
        putText(attribution, "interactionTarget", view.inpTarget);
        putText(attribution, "interactionType", view.inpEventType);
        putNumber(attribution, "inputDelay", view.inpInputDelay);
        putNumber(attribution, "processingDuration", view.inpProcessingDuration);
        putNumber(attribution, "presentationDelay", view.inpPresentationDelay);
    } else if (name == u"CLS") {
        putText(attribution, "largestShiftTarget", view.clsTarget);
    } else if (name == u"TTFB" && view.navigationType != u"route-change") {
        attribution.insert(QStringLiteral("navigationEntry"), navigationEntryOf(view));
    }
    return attribution;
}

} // namespace

std::vector<Payload> webVitals(std::span<const Record> session)
{
    std::vector<Payload> beacons;
    for (const Record &record : session) {
        const auto *view = std::get_if<PageView>(&record);
        if (!view)
            continue;
        const QJsonObject context = contextOf(*view);
        // In the order the library reports them: TTFB and FCP early, LCP at the first input,
        // CLS and INP when the page is hidden.
        const std::pair<const char *, double> metrics[] = {{"TTFB", view->ttfb},
                                                           {"FCP", view->fcp},
                                                           {"LCP", view->lcp},
                                                           {"CLS", view->cls},
                                                           {"INP", view->inp}};
        for (const auto &[name, value] : metrics) {
            if (!isSet(value))
                continue;
            const QString metricName = QLatin1StringView(name);
            QJsonObject metric{
                {QStringLiteral("name"), metricName},
                {QStringLiteral("value"), value},
                {QStringLiteral("delta"), value},
                {QStringLiteral("id"), metricId(*view, name)},
                {QStringLiteral("navigationType"), webVitalsNavigationType(view->navigationType)},
                {QStringLiteral("attribution"), attributionOf(*view, metricName)}};
            if (view->navigationType == u"route-change")
                metric.insert(QStringLiteral("navigationURL"), view->url);
            Payload beacon;
            beacon.method = "POST";
            beacon.path = "/beacon/web-vitals";
            beacon.headers = {{QByteArray("content-type"), QByteArray("application/json")},
                              {QByteArray("user-agent"), view->userAgent.toUtf8()}};
            beacon.body = QJsonDocument(QJsonObject{{QStringLiteral("metric"), metric},
                                                    {QStringLiteral("context"), context}})
                              .toJson(QJsonDocument::Compact);
            beacon.receivedAt =
                view->time +
                qint64(std::max(0.0, name[0] == 'C' || name[0] == 'I' ? view->visibleTime : value));
            beacons.push_back(std::move(beacon));
        }
    }
    return beacons;
}

} // namespace rumscope::encoders
