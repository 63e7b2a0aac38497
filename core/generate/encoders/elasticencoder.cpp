// The Elastic APM RUM agent (5.x) as it sends a visit (formats.md §4): intake v2, long keys,
// uncompressed NDJSON to POST /intake/v2/rum/events, a metadata line first in every request.
// Per view a page-load (hard navigation) or route-change (SPA) transaction with its resource,
// fetch and long task spans; clicks as user-interaction transactions; JavaScript errors; failed
// fetches as http-request transactions; INP as a page-exit transaction.
//
// The agent truncates its marks and durations to whole ms (parseInt in navigation/marks.js and
// metrics.js; the captured fixtures show it), so LCP, FCP and TTFB come back up to 0.9 ms lower.
//
// Where rumscope's model holds more than the agent reports, the encoder still sends it, in the
// agent's own keys, so that an import counts the same views with the same vitals:
//  - soft navigations get FCP and LCP marks and experience.cls (the agent measures vitals on
//    hard navigations only);
//  - every view with INP gets a page-exit under its own URL and referrer (the agent reports one
//    INP per document, under the hard navigation's URL, and one below 40 ms as 0);
//  - back/forward cache restores are sent as page-loads (the agent sends nothing for them);
//  - clicks are sent without spans (the agent drops a transaction that has none).
// What Elastic has no place for is left out, as in real traffic: geography and device details
// (the server derives them from the request), resource load failures and console errors (not
// captured), key presses and pointer-downs (only clicks are), custom measurements.
#include "generate/sdkencoder.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace rumscope::encoders {
namespace {

constexpr QLatin1StringView kAgentVersion("5.17.5");

/// A whole number of ms as the agent writes it: parseInt, i.e. truncated.
double whole(double ms)
{
    return std::trunc(ms);
}

void putWhole(QJsonObject &object, const char *key, double ms)
{
    if (isSet(ms))
        object.insert(QLatin1StringView(key), whole(ms));
}

/// The agent's random ids (16 hex digits for transactions and spans, 32 for traces): here a
/// digest of what the id stands for, so that the same visit encodes to the same bytes.
QString hexId(const QString &seed, qsizetype digits)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex().left(digits));
}

// ---- Request headers --------------------------------------------------------------------------

struct CountryLanguage
{
    const char *country;
    const char *tag;
};

/// The language a browser sold in each country asks for first.
constexpr CountryLanguage kLanguages[] = {
    {"AE", "ar-AE"}, {"AR", "es-AR"}, {"AT", "de-AT"}, {"AU", "en-AU"}, {"BD", "bn-BD"},
    {"BE", "nl-BE"}, {"BR", "pt-BR"}, {"CA", "en-CA"}, {"CH", "de-CH"}, {"CL", "es-CL"},
    {"CN", "zh-CN"}, {"CO", "es-CO"}, {"CZ", "cs-CZ"}, {"DE", "de-DE"}, {"DK", "da-DK"},
    {"EC", "es-EC"}, {"EG", "ar-EG"}, {"ES", "es-ES"}, {"FI", "fi-FI"}, {"FR", "fr-FR"},
    {"GB", "en-GB"}, {"GH", "en-GH"}, {"GR", "el-GR"}, {"HK", "zh-HK"}, {"HU", "hu-HU"},
    {"ID", "id-ID"}, {"IE", "en-IE"}, {"IL", "he-IL"}, {"IN", "en-IN"}, {"IT", "it-IT"},
    {"JP", "ja-JP"}, {"KE", "en-KE"}, {"KR", "ko-KR"}, {"LK", "si-LK"}, {"MA", "fr-MA"},
    {"MX", "es-MX"}, {"MY", "ms-MY"}, {"NG", "en-NG"}, {"NL", "nl-NL"}, {"NO", "nb-NO"},
    {"NP", "ne-NP"}, {"NZ", "en-NZ"}, {"PE", "es-PE"}, {"PH", "en-PH"}, {"PK", "en-PK"},
    {"PL", "pl-PL"}, {"PT", "pt-PT"}, {"RO", "ro-RO"}, {"RU", "ru-RU"}, {"SA", "ar-SA"},
    {"SE", "sv-SE"}, {"SG", "en-SG"}, {"TH", "th-TH"}, {"TR", "tr-TR"}, {"TW", "zh-TW"},
    {"UA", "uk-UA"}, {"US", "en-US"}, {"VE", "es-VE"}, {"VN", "vi-VN"}, {"ZA", "en-ZA"},
};

/// Accept-Language as each browser family writes it for its user's languages. Elastic sends no
/// session id the parser trusts: it tells visitors apart by User-Agent and Accept-Language, so
/// the header must vary between visitors as it does in real traffic (country, browser and, for
/// one visitor in five, a browser set to English).
QByteArray acceptLanguage(const PageView &view, const QString &visitor)
{
    QByteArray tag = "en-US";
    for (const CountryLanguage &entry : kLanguages) {
        if (view.country == QLatin1StringView(entry.country)) {
            tag = entry.tag;
            break;
        }
    }
    if (uchar(QCryptographicHash::hash(visitor.toUtf8(), QCryptographicHash::Sha1).at(0)) % 5 == 0)
        tag = "en-US";
    const QByteArray language = tag.left(tag.indexOf('-'));
    const bool english = language == "en";
    if (view.browser == u"Firefox")
        return english ? QByteArray(tag + ",en;q=0.5")
                       : QByteArray(language + ",en-US;q=0.7,en;q=0.3");
    if (view.browser == u"Safari")
        return tag + ',' + language + ";q=0.9";
    // Chromium: the tag, its language, then English unless that is the first already.
    return english ? QByteArray(tag + ",en;q=0.9")
                   : QByteArray(tag + ',' + language + ";q=0.9,en-US;q=0.8,en;q=0.7");
}

// ---- Lines ------------------------------------------------------------------------------------

/// One view's records: the view, then its events up to the next view.
struct ViewEvents
{
    const PageView *view = nullptr;
    std::vector<const Resource *> resources;
    std::vector<const LongTask *> longTasks;
    std::vector<const ErrorEvent *> errors;
    std::vector<const Interaction *> interactions;
    qint64 lastEvent = 0;
};

QJsonObject pageOf(const PageView &view)
{
    return QJsonObject{{QStringLiteral("url"), view.url},
                       {QStringLiteral("referer"), view.referrer}};
}

/// The site's origin and path of a URL, without its query: how the agent names spans.
QString withoutQuery(const QString &url)
{
    const qsizetype end = url.indexOf(u'?');
    return end < 0 ? url : url.left(end);
}

/// A v2 span line's object; its start counts from its transaction's.
QJsonObject span(const QString &transactionId, const QString &traceId, int index,
                 const QString &name, const QString &type, double start, double duration)
{
    return QJsonObject{
        {QStringLiteral("id"), hexId(transactionId + u'/' + QString::number(index), 16)},
        {QStringLiteral("transaction_id"), transactionId},
        {QStringLiteral("parent_id"), transactionId},
        {QStringLiteral("trace_id"), traceId},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), type},
        {QStringLiteral("start"), whole(start)},
        {QStringLiteral("duration"), whole(duration)}};
}

class SessionEncoder
{
public:
    explicit SessionEncoder(std::span<const Record> session);
    std::vector<Payload> encode();

private:
    struct Request
    {
        qint64 sendAt;
        QByteArray body;
    };

    QJsonObject context(const PageView &view) const;
    QJsonObject transaction(const QString &id, const QString &traceId, const QString &name,
                            const QString &type, double duration, qint64 start,
                            const PageView &view) const;
    QByteArray metadataLine(const PageView &view) const;
    void send(qint64 sendAt, const PageView &view, const QList<QJsonObject> &lines);

    void viewTransaction(const ViewEvents &events);
    void error(const PageView &view, const ErrorEvent &error);
    void failedFetch(const PageView &view, const ErrorEvent &error);
    void click(const PageView &view, const Interaction &interaction, int index);
    void pageExit(const PageView &view, qint64 exitAt);

    std::vector<ViewEvents> m_views;
    QString m_userId;
    QByteArray m_userAgent;
    QByteArray m_acceptLanguage;
    std::vector<Request> m_requests;
};

SessionEncoder::SessionEncoder(std::span<const Record> session)
{
    for (const Record &record : session) {
        if (const auto *start = std::get_if<Session>(&record)) {
            m_userId = start->userId;
        } else if (const auto *view = std::get_if<PageView>(&record)) {
            m_views.push_back({});
            m_views.back().view = view;
            m_views.back().lastEvent = view->time;
        } else if (!m_views.empty()) {
            ViewEvents &events = m_views.back();
            events.lastEvent = std::max(events.lastEvent, eventBase(record).time);
            if (const auto *resource = std::get_if<Resource>(&record))
                events.resources.push_back(resource);
            else if (const auto *task = std::get_if<LongTask>(&record))
                events.longTasks.push_back(task);
            else if (const auto *error = std::get_if<ErrorEvent>(&record))
                events.errors.push_back(error);
            else if (const auto *interaction = std::get_if<Interaction>(&record))
                events.interactions.push_back(interaction);
        }
    }
    if (!m_views.empty()) {
        const PageView &first = *m_views.front().view;
        m_userAgent = first.userAgent.toUtf8();
        m_acceptLanguage = acceptLanguage(first, first.sessionId);
    }
}

QJsonObject SessionEncoder::context(const PageView &view) const
{
    QJsonObject context{{QStringLiteral("page"), pageOf(view)}};
    if (!m_userId.isEmpty())
        context.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), m_userId}});
    return context;
}

QJsonObject SessionEncoder::transaction(const QString &id, const QString &traceId,
                                        const QString &name, const QString &type, double duration,
                                        qint64 start, const PageView &view) const
{
    // RUM agents leave `timestamp` out and the server stamps the receipt; it is sent here (µs,
    // as the intake schema has it; errors too) so that an import keeps each event's own time
    // rather than the request's.
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("trace_id"), traceId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("duration"), duration},
                       {QStringLiteral("timestamp"), start * 1000},
                       {QStringLiteral("context"), context(view)},
                       {QStringLiteral("sampled"), true},
                       {QStringLiteral("sample_rate"), 1}};
}

QByteArray SessionEncoder::metadataLine(const PageView &view) const
{
    QJsonObject service{
        {QStringLiteral("name"), view.app},
        {QStringLiteral("agent"), QJsonObject{{QStringLiteral("name"), QStringLiteral("rum-js")},
                                              {QStringLiteral("version"), kAgentVersion}}},
        {QStringLiteral("language"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("javascript")}}}};
    if (!view.release.isEmpty())
        service.insert(QStringLiteral("version"), view.release);
    if (!view.env.isEmpty())
        service.insert(QStringLiteral("environment"), view.env);
    QJsonObject metadata{{QStringLiteral("service"), service}};
    // navigator.connection.effectiveType, where the browser has it (Chromium).
    if (!view.effectiveType.isEmpty()) {
        metadata.insert(QStringLiteral("network"),
                        QJsonObject{{QStringLiteral("connection"),
                                     QJsonObject{{QStringLiteral("type"), view.effectiveType}}}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("metadata"), metadata}})
        .toJson(QJsonDocument::Compact);
}

void SessionEncoder::send(qint64 sendAt, const PageView &view, const QList<QJsonObject> &lines)
{
    QByteArray body = metadataLine(view) + '\n';
    for (const QJsonObject &line : lines)
        body += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    m_requests.push_back({sendAt, std::move(body)});
}

void SessionEncoder::viewTransaction(const ViewEvents &events)
{
    const PageView &view = *events.view;
    const bool soft = view.navigationType == u"route-change";
    const QString id = hexId(view.viewId + u"/view", 16);
    const QString traceId = hexId(view.viewId + u"/trace", 32);
    QList<QJsonObject> spans;
    double end = 0; // ms after the view's start that the transaction covers
    const auto add = [&](QJsonObject span, double start, double duration) {
        end = std::max(end, whole(start) + whole(duration));
        spans.append(std::move(span));
    };

    QJsonObject marks;
    QJsonObject agent;
    putWhole(agent, "firstContentfulPaint", view.fcp);
    putWhole(agent, "largestContentfulPaint", view.lcp);
    if (!soft) {
        putWhole(agent, "timeToFirstByte", view.ttfb);
        putWhole(agent, "domInteractive", view.domInteractive);
        // Navigation Timing from fetchStart, the phases laid end to end, each mark truncated
        // on its own as the agent does.
        const double dns = isSet(view.dns) ? view.dns : 0;
        const double connected = dns + (isSet(view.connect) ? view.connect : 0);
        QJsonObject timing{{QStringLiteral("fetchStart"), 0},
                           {QStringLiteral("domainLookupStart"), 0},
                           {QStringLiteral("domainLookupEnd"), whole(dns)},
                           {QStringLiteral("connectStart"), whole(dns)},
                           {QStringLiteral("connectEnd"), whole(connected)},
                           {QStringLiteral("requestStart"), whole(connected)}};
        putWhole(timing, "responseStart", view.ttfb);
        putWhole(timing, "domInteractive", view.domInteractive);
        putWhole(timing, "domContentLoadedEventStart", view.domContentLoaded);
        putWhole(timing, "domContentLoadedEventEnd", view.domContentLoaded);
        putWhole(timing, "loadEventStart", view.load);
        putWhole(timing, "loadEventEnd", view.load);
        marks.insert(QStringLiteral("navigationTiming"), timing);
        // The browser-timing spans of the navigation phases that took time.
        if (whole(dns) > 0) {
            QJsonObject lookup =
                span(id, traceId, int(spans.size()), QStringLiteral("Domain lookup"),
                     QStringLiteral("hard-navigation"), 0, whole(dns));
            lookup.insert(QStringLiteral("subtype"), QStringLiteral("browser-timing"));
            add(std::move(lookup), 0, whole(dns));
        }
        if (whole(connected) > whole(dns)) {
            QJsonObject connect = span(
                id, traceId, int(spans.size()), QStringLiteral("Making a connection to the server"),
                QStringLiteral("hard-navigation"), whole(dns), whole(connected) - whole(dns));
            connect.insert(QStringLiteral("subtype"), QStringLiteral("browser-timing"));
            add(std::move(connect), whole(dns), whole(connected) - whole(dns));
        }
    }
    marks.insert(QStringLiteral("agent"), agent);
    for (const double mark :
         {view.ttfb, view.fcp, view.lcp, view.domInteractive, view.domContentLoaded, view.load}) {
        if (isSet(mark))
            end = std::max(end, whole(mark));
    }

    const QString origin = QUrl(view.url)
                               .adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                         QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                               .toString();
    for (const Resource *resource : events.resources) {
        const double start =
            isSet(resource->startTime) ? resource->startTime : double(resource->time - view.time);
        const double duration = isSet(resource->duration) ? resource->duration : 0;
        QJsonObject response;
        if (isSet(resource->transferSize))
            response.insert(QStringLiteral("transfer_size"), resource->transferSize);
        if (isSet(resource->encodedSize))
            response.insert(QStringLiteral("encoded_body_size"), resource->encodedSize);
        QJsonObject http{{QStringLiteral("url"), resource->url},
                         {QStringLiteral("response"), response}};
        const bool request =
            resource->initiatorType == u"fetch" || resource->initiatorType == u"xmlhttprequest";
        if (request) {
            // The agent patches fetch and XMLHttpRequest and leaves their timing entries out:
            // such a request is an external span named by method and (same-origin) path.
            QString target = withoutQuery(resource->url);
            if (!origin.isEmpty() && target.startsWith(origin + u'/'))
                target.remove(0, origin.size());
            QJsonObject fetch = span(id, traceId, int(spans.size()), u"GET " + target,
                                     QStringLiteral("external"), start, duration);
            fetch.insert(QStringLiteral("subtype"), QStringLiteral("http"));
            http.insert(QStringLiteral("method"), QStringLiteral("GET"));
            if (isSet(resource->httpStatus))
                http.insert(QStringLiteral("status_code"), resource->httpStatus);
            const bool failed = isSet(resource->httpStatus) && resource->httpStatus >= 400;
            fetch.insert(QStringLiteral("outcome"),
                         failed ? QStringLiteral("failure") : QStringLiteral("success"));
            fetch.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("http"), http}});
            add(std::move(fetch), start, duration);
        } else {
            QJsonObject timing = span(id, traceId, int(spans.size()), withoutQuery(resource->url),
                                      QStringLiteral("resource"), start, duration);
            timing.insert(QStringLiteral("subtype"), resource->initiatorType);
            timing.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("http"), http}});
            add(std::move(timing), start, duration);
        }
    }

    double longTaskSum = 0;
    double longTaskMax = 0;
    for (const LongTask *task : events.longTasks) {
        const double start = double(task->time - view.time);
        const double duration = isSet(task->duration) ? whole(task->duration) : 0;
        longTaskSum += duration;
        longTaskMax = std::max(longTaskMax, duration);
        add(span(id, traceId, int(spans.size()), u"Longtask(" + task->name + u')',
                 QStringLiteral("longtask"), start, duration),
            start, duration);
    }

    QJsonObject experience;
    if (isSet(view.cls))
        experience.insert(QStringLiteral("cls"), view.cls);
    if (!soft) {
        putWhole(experience, "tbt", view.tbt);
        if (isSet(view.fid) && whole(view.fid) > 0) // the agent sends FID only when above 0
            putWhole(experience, "fid", view.fid);
    }
    if (!events.longTasks.empty()) {
        experience.insert(QStringLiteral("longtask"),
                          QJsonObject{{QStringLiteral("count"), int(events.longTasks.size())},
                                      {QStringLiteral("sum"), longTaskSum},
                                      {QStringLiteral("max"), longTaskMax}});
    }

    // The transaction ends when the last of its marks and spans does (at least 1 ms).
    const double duration = std::max(end, 1.0);
    QJsonObject line =
        transaction(id, traceId, view.route.isEmpty() ? view.url : view.route,
                    soft ? QStringLiteral("route-change") : QStringLiteral("page-load"), duration,
                    view.time, view);
    line.insert(QStringLiteral("marks"), marks);
    if (!experience.isEmpty())
        line.insert(QStringLiteral("experience"), experience);
    line.insert(QStringLiteral("span_count"),
                QJsonObject{{QStringLiteral("started"), int(spans.size())}});
    QList<QJsonObject> lines{QJsonObject{{QStringLiteral("transaction"), line}}};
    for (QJsonObject &spanLine : spans)
        lines.append(QJsonObject{{QStringLiteral("span"), std::move(spanLine)}});
    send(view.time + qint64(duration), view, lines);
}

void SessionEncoder::error(const PageView &view, const ErrorEvent &error)
{
    // What window.onerror and unhandledrejection hand the agent: Chromium prefixes uncaught
    // errors with "Uncaught ", and the agent prefixes rejections and adds the error's name.
    const QString named = error.type.isEmpty() ? error.message : error.type + u": " + error.message;
    QString message;
    if (error.kind == u"unhandled-rejection")
        message = u"Unhandled promise rejection: " + named;
    else if (view.userAgent.contains(u"Chrome/"))
        message = u"Uncaught " + named;
    else
        message = named;
    QJsonArray stack;
    for (const StackFrame &frame : error.frames) {
        // abs_path is the script's URL; filename the part after its origin, as the agent has it.
        const QUrl url(frame.file);
        QString filename = url.isValid() && !url.host().isEmpty() ? url.path() : frame.file;
        if (filename.startsWith(u'/'))
            filename.remove(0, 1);
        QJsonObject entry{{QStringLiteral("abs_path"), frame.file},
                          {QStringLiteral("filename"), filename},
                          {QStringLiteral("function"), frame.function}};
        if (frame.line > 0)
            entry.insert(QStringLiteral("lineno"), frame.line);
        if (frame.column > 0)
            entry.insert(QStringLiteral("colno"), frame.column);
        stack.append(entry);
    }
    QJsonObject exception{{QStringLiteral("message"), message}};
    if (!stack.isEmpty())
        exception.insert(QStringLiteral("stacktrace"), stack);
    if (!error.type.isEmpty())
        exception.insert(QStringLiteral("type"), error.type);
    // The culprit is the outermost frame's file, "(inline script)" without one.
    const QString culprit = stack.isEmpty() ? QStringLiteral("(inline script)")
                                            : stack.last().toObject().value(u"filename").toString();
    const QString seed = view.viewId + u"/error/" + QString::number(error.time) + error.message;
    const QJsonObject line{{QStringLiteral("id"), hexId(seed, 32)},
                           {QStringLiteral("culprit"), culprit},
                           {QStringLiteral("exception"), exception},
                           {QStringLiteral("timestamp"), error.time * 1000},
                           {QStringLiteral("context"), context(view)}};
    send(error.time, view, {QJsonObject{{QStringLiteral("error"), line}}});
}

void SessionEncoder::failedFetch(const PageView &view, const ErrorEvent &error)
{
    // "GET /api/cart failed with status 500": the request line is what the message starts with.
    const qsizetype space = error.message.indexOf(u' ');
    const QString method = space > 0 ? error.message.left(space) : QStringLiteral("GET");
    const QString url = error.resourceUrl;
    const QString path = QUrl(url).path();
    // The canonical error marks when the request failed, not how long it took: a digest of the
    // request stands in for its duration (40–440 ms), and the span ends at the error's time.
    const QString seed = view.viewId + u"/fetch/" + QString::number(error.time) + url;
    const qint64 duration =
        40 +
        qint64(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).at(1) & 0xff) *
            400 / 255;
    const qint64 start = error.time - duration;
    const QString id = hexId(seed, 16);
    const QString traceId = hexId(seed + u"/trace", 32);
    QJsonObject http{{QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
    if (isSet(error.httpStatus) && error.httpStatus > 0)
        http.insert(QStringLiteral("status_code"), error.httpStatus);
    QJsonObject fetch = span(id, traceId, 0, method + u' ' + (path.isEmpty() ? url : path),
                             QStringLiteral("external"), 0, double(duration));
    fetch.insert(QStringLiteral("subtype"), QStringLiteral("http"));
    fetch.insert(QStringLiteral("outcome"), QStringLiteral("failure"));
    fetch.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("http"), http}});
    // A fetch outside any other transaction gets one of its own, named after it.
    QJsonObject line = transaction(id, traceId, method + u' ' + path,
                                   QStringLiteral("http-request"), double(duration), start, view);
    line.insert(QStringLiteral("outcome"), QStringLiteral("failure"));
    line.insert(QStringLiteral("span_count"), QJsonObject{{QStringLiteral("started"), 1}});
    send(error.time, view,
         {QJsonObject{{QStringLiteral("transaction"), line}},
          QJsonObject{{QStringLiteral("span"), fetch}}});
}

void SessionEncoder::click(const PageView &view, const Interaction &interaction, int index)
{
    // The agent listens for clicks only and names the transaction "Click - <element>".
    const QString seed = view.viewId + u"/click/" + QString::number(index);
    const double duration = isSet(interaction.duration) ? whole(interaction.duration) : 0;
    const QJsonObject line =
        transaction(hexId(seed, 16), hexId(seed + u"/trace", 32), u"Click - " + interaction.target,
                    QStringLiteral("user-interaction"), duration, interaction.time, view);
    send(interaction.time + qint64(duration), view,
         {QJsonObject{{QStringLiteral("transaction"), line}}});
}

void SessionEncoder::pageExit(const PageView &view, qint64 exitAt)
{
    // reportInp: a page-exit transaction lasting INP + 1 ms, INP as the inp_value label.
    const double inp = whole(view.inp);
    const QString seed = view.viewId + u"/exit";
    QJsonObject line =
        transaction(hexId(seed, 16), hexId(seed + u"/trace", 32), QStringLiteral("page-exit"),
                    QStringLiteral("page-exit"), inp + 1, exitAt, view);
    QJsonObject context = line.value(u"context").toObject();
    context.insert(QStringLiteral("tags"), QJsonObject{{QStringLiteral("inp_value"), inp}});
    line.insert(QStringLiteral("context"), context);
    send(exitAt + qint64(inp) + 1, view, {QJsonObject{{QStringLiteral("transaction"), line}}});
}

std::vector<Payload> SessionEncoder::encode()
{
    for (size_t v = 0; v < m_views.size(); ++v) {
        const ViewEvents &events = m_views[v];
        const PageView &view = *events.view;
        viewTransaction(events);
        for (const ErrorEvent *error : events.errors) {
            if (error->kind == u"exception" || error->kind == u"unhandled-rejection")
                this->error(view, *error);
            else if (error->kind == u"http")
                failedFetch(view, *error);
        }
        int clicks = 0;
        for (const Interaction *interaction : events.interactions) {
            if (interaction->type == u"click")
                click(view, *interaction, clicks++);
        }
        if (isSet(view.inp) && view.inp > 0) {
            // The page is left when the next view starts; the last one when it was last seen.
            const qint64 exitAt =
                v + 1 < m_views.size()
                    ? std::max(view.time, m_views[v + 1].view->time - 1)
                    : std::max(events.lastEvent,
                               view.time + qint64(isSet(view.visibleTime) ? view.visibleTime : 0));
            pageExit(view, exitAt);
        }
    }
    // In the order the browser sends them; what is due at one moment keeps the order above.
    std::stable_sort(m_requests.begin(), m_requests.end(),
                     [](const Request &a, const Request &b) { return a.sendAt < b.sendAt; });
    std::vector<Payload> payloads;
    payloads.reserve(m_requests.size());
    for (Request &request : m_requests) {
        Payload payload;
        payload.method = "POST";
        payload.path = "/intake/v2/rum/events";
        payload.headers = {{QByteArray("content-type"), QByteArray("application/x-ndjson")},
                           {QByteArray("user-agent"), m_userAgent},
                           {QByteArray("accept-language"), m_acceptLanguage}};
        payload.body = std::move(request.body);
        payload.receivedAt = request.sendAt;
        payloads.push_back(std::move(payload));
    }
    return payloads;
}

} // namespace

std::vector<Payload> elastic(std::span<const Record> session)
{
    return SessionEncoder(session).encode();
}

} // namespace rumscope::encoders
