// boomerang 1.815 as a single-page shop sends it with the RT, NavigationTiming, PaintTiming,
// EventTiming, Continuity, ResourceTiming, Errors, SPA/History, BFCache, Memory and Mobile
// plugins (formats.md §2): sendBeacon POSTs of form pairs to /beacon/boomerang.
//
// A hard load starts a document with its own page id (pid) and sends a spa_hard beacon at
// onload; each route change sends a spa beacon and each back/forward-cache restore a bfcache
// beacon for the document it shows; leaving a document sends its unload beacon (rt.quit).
// Every view's numbers go on the beacon the parser reads them from, which is where boomerang
// puts them with three exceptions the encoder cannot avoid and says so where it writes them:
// the unload beacon's et.inp, a route's pt.fcp, and a view's whole restiming, err and c.lt.
#include "boomerangwire.h"
#include "generate/sdkencoder.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

namespace rumscope::encoders {
namespace {

using namespace boomerangwire;

constexpr const char *kVersion = "1.815.1";

/// One page view and the events the generator gave it.
struct ViewParts
{
    const PageView *view = nullptr;
    std::vector<const Resource *> resources;
    std::vector<const ErrorEvent *> errors;
    std::vector<const LongTask *> longTasks;
    std::vector<const Interaction *> interactions;
};

/// One document (hard load) and the boomerang instance that lives in it.
struct Document
{
    QByteArray pid;
    int hardView = 0;
    qint64 start = 0;    ///< navigation start, the time origin of everything in it
    qint64 loadDone = 0; ///< t_done of its page-load beacon
    QString url;         ///< what it shows now
};

enum class Kind
{
    PageLoad,
    RouteChange,
    Restore,
    Unload
};

struct Planned
{
    Kind kind;
    int view; ///< the view it reports; for Unload the document's hard view
    int document;
    qint64 sentAt;
    qint64 sessionLength; ///< rt.sl: pages the session had when it left
    int sequence = 0;     ///< n
    bool firstInput = false;
};

/// Whole milliseconds as boomerang writes navigation and paint timings: floored.
qint64 floored(double ms)
{
    return qint64(std::floor(ms));
}

double orZero(double value)
{
    return isSet(value) ? value : 0;
}

QByteArray pageId(const PageView &hardView)
{
    // 8 random base-36 characters in boomerang; here a digest of the view, so runs repeat.
    // FNV-1a rather than qHash, whose string hash differs from one process to the next.
    quint64 digest = 0xcbf29ce484222325ULL;
    for (const QChar c : hardView.viewId) {
        digest ^= c.unicode();
        digest *= 0x100000001b3ULL;
    }
    QByteArray pid(8, '0');
    for (char &c : pid) {
        const int digit = int(digest % 36);
        c = char(digit < 10 ? '0' + digit : 'a' + digit - 10);
        digest /= 36;
    }
    return pid;
}

/// PaintTiming's pt.lcp.el: the element's tag name, upper case. The element is the last
/// compound of the selector ("div.gallery > img.main" is an IMG).
QString tagOf(const QString &selector)
{
    qsizetype start = selector.size();
    while (start > 0 && selector[start - 1] != u' ' && selector[start - 1] != u'>')
        --start;
    qsizetype end = start;
    while (end < selector.size() && selector[end].isLetterOrNumber())
        ++end;
    return selector.sliced(start, end - start).toUpper();
}

/// Continuity's long-task attribution codes, in the order its table has them.
int longTaskCode(const QString &name)
{
    static const QStringList kNames = {
        QStringLiteral("unknown"),
        QStringLiteral("self"),
        QStringLiteral("same-origin-ancestor"),
        QStringLiteral("same-origin-descendant"),
        QStringLiteral("same-origin"),
        QStringLiteral("cross-origin-ancestor"),
        QStringLiteral("cross-origin-descendant"),
        QStringLiteral("cross-origin-unreachable"),
        QStringLiteral("multiple-contexts"),
    };
    return int(std::max<qsizetype>(kNames.indexOf(name), 0));
}

/// ResourceTiming's initiator codes: 0-9, then a-m.
char initiatorCode(const QString &type)
{
    static const QStringList kTypes = {
        QStringLiteral("other"),       QStringLiteral("img"),
        QStringLiteral("link"),        QStringLiteral("script"),
        QStringLiteral("css"),         QStringLiteral("xmlhttprequest"),
        QStringLiteral("navigation"),  QStringLiteral("image"),
        QStringLiteral("beacon"),      QStringLiteral("fetch"),
        QStringLiteral("iframe"),      QStringLiteral("body"),
        QStringLiteral("input"),       QStringLiteral("object"),
        QStringLiteral("video"),       QStringLiteral("audio"),
        QStringLiteral("source"),      QStringLiteral("track"),
        QStringLiteral("embed"),       QStringLiteral("eventsource"),
        QStringLiteral("early-hints"), QStringLiteral("ping"),
        QStringLiteral("font"),
    };
    const int index = int(std::max<qsizetype>(kTypes.indexOf(type), 0));
    return char(index < 10 ? '0' + index : 'a' + index - 10);
}

/// A base-36 field of a restiming record: 0 is written as nothing.
QByteArray restimingField(qint64 value)
{
    return value == 0 ? QByteArray() : base36(value);
}

/// One restiming record: initiator, start since the time origin and responseEnd after it,
/// then sizes and (unless served from cache) the protocol.
QString restimingRecord(const Resource &resource, double viewOffset)
{
    const qint64 start = std::llround(viewOffset + orZero(resource.startTime));
    const qint64 end =
        std::llround(viewOffset + orZero(resource.startTime) + orZero(resource.duration));
    QByteArray record(1, initiatorCode(resource.initiatorType));
    record += restimingField(start);
    if (end - start != 0)
        record += ',' + restimingField(end - start);
    if (isSet(resource.encodedSize)) {
        const qint64 encoded = std::llround(resource.encodedSize);
        record += "*1" + base36(encoded);
        if (isSet(resource.transferSize)) {
            const qint64 transfer = std::llround(resource.transferSize);
            record += ',' + (transfer == 0 ? QByteArray("_") : base36(transfer - encoded));
        }
    }
    const bool cacheHit = isSet(resource.transferSize) && resource.transferSize == 0;
    if (!resource.protocol.isEmpty() && !cacheHit) {
        QByteArray protocol = resource.protocol.toLatin1();
        if (protocol.startsWith("http/"))
            protocol = 'h' + protocol.sliced(5);
        record += "*7" + protocol;
    }
    return QString::fromLatin1(record);
}

QByteArray restimingOf(const ViewParts &parts, double viewOffset)
{
    std::vector<std::pair<QString, QString>> entries;
    for (const Resource *resource : parts.resources) {
        if (!resource->url.isEmpty())
            entries.emplace_back(resource->url, restimingRecord(*resource, viewOffset));
    }
    return entries.empty() ? QByteArray() : restimingTrie(entries);
}

/// The Errors plugin's "via" codes.
int viaOf(const QString &kind)
{
    if (kind == u"http")
        return 3;
    if (kind == u"console")
        return 4;
    if (kind == u"unhandled-rejection")
        return 7;
    return 2; // window.onerror
}

QString errorItem(const ErrorEvent &error, const QString &pageOrigin, int count)
{
    const bool http = error.kind == u"http";
    std::vector<std::pair<QString, QString>> item{
        {QStringLiteral("d"), jsurl::string(QString::fromLatin1(base36(error.time)))},
        {QStringLiteral("v"), jsurl::number(viaOf(error.kind))},
    };
    // A failed request is reported by its URL and status, without an error type.
    item.emplace_back(
        QStringLiteral("m"),
        jsurl::string(http && !error.resourceUrl.isEmpty() ? error.resourceUrl : error.message));
    if (http && isSet(error.httpStatus))
        item.emplace_back(QStringLiteral("c"), jsurl::number(error.httpStatus));
    if (!http && !error.type.isEmpty() && error.type != u"Error")
        item.emplace_back(QStringLiteral("t"), jsurl::string(error.type));
    if (count > 1)
        item.emplace_back(QStringLiteral("n"), jsurl::number(count));
    if (!error.frames.isEmpty()) {
        QStringList frames;
        for (const StackFrame &frame : error.frames) {
            std::vector<std::pair<QString, QString>> members;
            if (!frame.function.isEmpty())
                members.emplace_back(QStringLiteral("f"), jsurl::string(frame.function));
            if (frame.line > 0)
                members.emplace_back(QStringLiteral("l"), jsurl::number(frame.line));
            if (frame.column > 0)
                members.emplace_back(QStringLiteral("c"), jsurl::number(frame.column));
            // Files on the page's own origin are sent as their path.
            if (!pageOrigin.isEmpty() && frame.file.startsWith(pageOrigin + u'/'))
                members.emplace_back(QStringLiteral("wo"),
                                     jsurl::string(frame.file.sliced(pageOrigin.size())));
            else if (!frame.file.isEmpty())
                members.emplace_back(QStringLiteral("w"), jsurl::string(frame.file));
            frames.append(jsurl::object(std::move(members)));
        }
        item.emplace_back(QStringLiteral("f"), jsurl::array(frames));
    }
    return jsurl::object(std::move(item));
}

bool sameError(const ErrorEvent &a, const ErrorEvent &b)
{
    return a.kind == b.kind && a.type == b.type && a.message == b.message && a.frames == b.frames &&
           a.resourceUrl == b.resourceUrl &&
           (a.httpStatus == b.httpStatus || (!isSet(a.httpStatus) && !isSet(b.httpStatus)));
}

QString errorsOf(const ViewParts &parts)
{
    const QUrl page(parts.view->url);
    const QString origin = page.isValid() && !page.host().isEmpty()
                               ? page.scheme() + QStringLiteral("://") + page.authority()
                               : QString();
    // The plugin counts a repeated error (n) rather than sending it again; it cannot see an
    // element that failed to load, which fires no window error.
    std::vector<std::pair<const ErrorEvent *, int>> distinct;
    for (const ErrorEvent *error : parts.errors) {
        if (error->kind == u"resource")
            continue;
        auto same = std::find_if(distinct.begin(), distinct.end(),
                                 [&](const auto &seen) { return sameError(*seen.first, *error); });
        if (same != distinct.end())
            ++same->second;
        else
            distinct.emplace_back(error, 1);
    }
    if (distinct.empty())
        return {};
    QStringList items;
    for (const auto &[error, count] : distinct)
        items.append(errorItem(*error, origin, count));
    return jsurl::array(items);
}

QString longTasksOf(const ViewParts &parts, qint64 origin)
{
    QStringList tasks;
    for (const LongTask *task : parts.longTasks) {
        tasks.append(jsurl::object({
            {QStringLiteral("d"),
             jsurl::string(QString::fromLatin1(base36(std::llround(orZero(task->duration)))))},
            {QStringLiteral("n"), jsurl::number(longTaskCode(task->name))},
            {QStringLiteral("s"), jsurl::string(QString::fromLatin1(base36(task->time - origin)))},
        }));
    }
    return tasks.isEmpty() ? QString() : jsurl::array(tasks);
}

/// The interaction that set the view's INP, for the et.inp*.t timestamp.
const Interaction *inpInteraction(const ViewParts &parts)
{
    for (const Interaction *interaction : parts.interactions) {
        if (interaction->duration == parts.view->inp &&
            interaction->target == parts.view->inpTarget)
            return interaction;
    }
    return nullptr;
}

/// EventTiming's INP: et.inp (the whole page) or, `incremental`, et.inp.inc (since the last
/// beacon).
void addInp(FormBody &form, const ViewParts &parts, qint64 origin, bool incremental)
{
    const PageView &view = *parts.view;
    if (!isSet(view.inp))
        return;
    form.add(incremental ? "et.inp.inc" : "et.inp", qint64(std::ceil(view.inp)));
    form.addText(incremental ? "et.inp.inc.e" : "et.inp.e", view.inpTarget);
    if (const Interaction *interaction = inpInteraction(parts))
        form.add(incremental ? "et.inp.inc.t" : "et.inp.t", interaction->time - origin);
}

/// What Memory, Mobile and the screen parts of the page add to every beacon but unload.
void addDevice(FormBody &form, const PageView &view)
{
    form.addText("mob.etype", view.effectiveType);
    form.addNumber("mob.dl", view.downlink);
    form.addNumber("mob.rtt", view.rtt);
    if (view.saveData)
        form.add("mob.sd", qint64(*view.saveData ? 1 : 0));
    if (isSet(view.screenWidth) && isSet(view.screenHeight))
        form.add("scr.xy", QByteArrayView(QByteArray(jsNumber(view.screenWidth) + 'x' +
                                                     jsNumber(view.screenHeight))));
    form.addNumber("scr.dpx", view.devicePixelRatio);
    form.addNumber("cpu.cnc", view.hardwareConcurrency);
    form.addNumber("dev.mem", view.deviceMemory);
}

/// PaintTiming's pt.*; `offset` moves them onto the time origin they are counted from.
void addPaints(FormBody &form, const PageView &view, qint64 offset)
{
    if (isSet(view.fcp)) {
        form.add("pt.fp", offset + floored(view.fcp));
        form.add("pt.fcp", offset + floored(view.fcp));
    }
    if (isSet(view.lcp)) {
        form.add("pt.lcp", offset + floored(view.lcp));
        form.addText("pt.lcp.src", view.lcpResourceUrl);
        form.addText("pt.lcp.el", tagOf(view.lcpElement));
        form.addText("pt.lcp.e", view.lcpElement);
    }
}

/// Continuity: layout shift since the last beacon (three decimals) and its long tasks.
void addContinuity(FormBody &form, const ViewParts &parts, qint64 origin)
{
    const PageView &view = *parts.view;
    if (isSet(view.cls)) {
        form.addNumber("c.cls", std::round(view.cls * 1000) / 1000);
        if (view.cls > 0)
            form.addText("c.cls.topid", view.clsTarget);
    }
    if (const QString tasks = longTasksOf(parts, origin); !tasks.isEmpty())
        form.add("c.lt", tasks);
}

/// Resources, errors: the view's whole lists ride on its beacon. Boomerang sends what
/// happened after it on later beacons (error beacons, the unload beacon) that the parser
/// attributes to the hard load, so a route's later errors would move to the wrong view.
void addEvents(FormBody &form, const ViewParts &parts, qint64 origin)
{
    const QByteArray restiming = restimingOf(parts, double(parts.view->time - origin));
    if (!restiming.isEmpty())
        form.add("restiming", QByteArrayView(restiming));
    if (const QString errors = errorsOf(parts); !errors.isEmpty())
        form.add("err", errors);
}

qint64 pageLoadDone(const PageView &view)
{
    // A prerendered page (no load event of its own here) is ready when it has painted.
    for (const double value : {view.load, view.lcp, view.fcp}) {
        if (isSet(value))
            return floored(value);
    }
    return 0;
}

qint64 routeDone(const PageView &view)
{
    // The SPA plugin's t_done ends with the route's last resource; the largest paint
    // follows it.
    return isSet(view.lcp) ? floored(view.lcp) : 0;
}

void addPageLoad(FormBody &form, const ViewParts &parts, const Document &document)
{
    const PageView &view = *parts.view;
    const qint64 t0 = view.time;
    const qint64 done = document.loadDone;
    form.add("http.initiator", QByteArrayView("spa_hard"));
    form.add("rt.start", QByteArrayView("navigation"));
    form.add("rt.tstart", t0);
    form.add("rt.end", t0 + done);
    const qint64 response = isSet(view.ttfb) ? floored(view.ttfb) : 0;
    form.add("t_resp", response);
    form.add("t_page", done - response);
    form.add("t_done", done);

    // Navigation Timing laid end to end, as absolute epoch milliseconds.
    const double dns = orZero(view.dns);
    const double connect = orZero(view.connect);
    form.add("nt_nav_st", t0);
    form.add("nt_fet_st", t0);
    form.add("nt_dns_st", t0);
    form.add("nt_dns_end", t0 + floored(dns));
    form.add("nt_con_st", t0 + floored(dns));
    form.add("nt_con_end", t0 + floored(dns + connect));
    if (isSet(view.tls))
        form.add("nt_ssl_st", t0 + floored(dns + connect - view.tls));
    form.add("nt_req_st", t0 + floored(dns + connect));
    if (isSet(view.ttfb))
        form.add("nt_res_st", t0 + floored(view.ttfb));
    if (isSet(view.domInteractive))
        form.add("nt_domint", t0 + floored(view.domInteractive));
    if (isSet(view.domContentLoaded)) {
        form.add("nt_domcontloaded_st", t0 + floored(view.domContentLoaded));
        form.add("nt_domcontloaded_end", t0 + floored(view.domContentLoaded));
    }
    if (isSet(view.load)) {
        form.add("nt_load_st", t0 + floored(view.load));
        form.add("nt_load_end", t0 + floored(view.load));
    }
    form.add("nt_red_cnt", qint64(0));
    const qint64 type = view.navigationType == u"reload"         ? 1
                        : view.navigationType == u"back-forward" ? 2
                                                                 : 0;
    form.add("nt_nav_type", type);
    // Prerendered: the paints count from activation, which is where the view starts.
    if (view.navigationType == u"prerender")
        form.add("vis.pre", qint64(1));

    addPaints(form, view, 0);
    addContinuity(form, parts, t0);
    addEvents(form, parts, t0);
    form.addText("u", view.url);
    form.addText("r", view.referrer);
    addDevice(form, view);
}

void addRouteChange(FormBody &form, const ViewParts &parts, const Document &document)
{
    const PageView &view = *parts.view;
    const qint64 done = routeDone(view);
    form.add("http.initiator", QByteArrayView("spa"));
    form.add("rt.start", QByteArrayView("manual"));
    form.add("rt.tstart", view.time);
    form.add("rt.nstart", document.start);
    form.add("rt.end", view.time + done);
    form.add("t_done", done);
    // With Chrome's soft navigation heuristics PaintTiming reports the route's LCP, from the
    // page's time origin like every paint. boomerang itself sends no FCP for a route; pt.fcp
    // is the soft navigation's first contentful paint, sent so that the route's FCP survives.
    const qint64 offset = view.time - document.start;
    if (isSet(view.fcp) || isSet(view.lcp)) {
        form.add("spa.snh.s", view.time);
        form.add("spa.snh.n", qint64(1));
    }
    addPaints(form, view, offset);
    addContinuity(form, parts, document.start);
    // EventTiming's incremental INP "for the Page Load and each SPA Soft nav".
    addInp(form, parts, document.start, true);
    addEvents(form, parts, document.start);
    form.addText("u", view.url);
    addDevice(form, view);
}

void addRestore(FormBody &form, const ViewParts &parts, const Document &document)
{
    const PageView &view = *parts.view;
    // The BFCache plugin: no back-end time, a pageshow that takes no measurable time here,
    // FCP and LCP counted from the restore.
    form.add("http.initiator", QByteArrayView("bfcache"));
    form.add("rt.start", QByteArrayView("manual"));
    form.add("rt.tstart", view.time);
    form.add("rt.nstart", document.start);
    form.add("rt.end", view.time);
    form.add("t_resp", qint64(0));
    form.add("t_page", qint64(0));
    form.add("t_done", qint64(0));
    form.add("nt_nav_type", qint64(2));
    addPaints(form, view, 0);
    addContinuity(form, parts, document.start);
    addInp(form, parts, document.start, true);
    addEvents(form, parts, document.start);
    form.addText("u", view.url);
    addDevice(form, view);
}

void addUnload(FormBody &form, const ViewParts &hard, const Document &document)
{
    // The unload beacon replays the page-load timer. Its et.inp is, in boomerang, the worst
    // interaction of the whole document, route changes included; rumscope reads it as the
    // hard load's INP, so the hard load's own is sent (the routes send theirs themselves).
    form.add("rt.tstart", document.start);
    form.add("rt.end", document.start + document.loadDone);
    form.add("t_done", document.loadDone);
    form.add("rt.quit", QByteArrayView());
    addInp(form, hard, document.start, false);
    form.addText("u", document.url);
}

} // namespace

std::vector<Payload> boomerang(std::span<const Record> session)
{
    const Session *visit = nullptr;
    std::vector<ViewParts> views;
    for (const Record &record : session) {
        if (const auto *s = std::get_if<Session>(&record)) {
            visit = s;
            continue;
        }
        if (const auto *view = std::get_if<PageView>(&record)) {
            views.push_back({view, {}, {}, {}, {}});
            continue;
        }
        const EventBase &event = eventBase(record);
        auto owner = std::find_if(views.rbegin(), views.rend(), [&](const ViewParts &parts) {
            return parts.view->viewId == event.viewId;
        });
        if (owner == views.rend())
            continue;
        if (const auto *resource = std::get_if<Resource>(&record))
            owner->resources.push_back(resource);
        else if (const auto *error = std::get_if<ErrorEvent>(&record))
            owner->errors.push_back(error);
        else if (const auto *task = std::get_if<LongTask>(&record))
            owner->longTasks.push_back(task);
        else if (const auto *interaction = std::get_if<Interaction>(&record))
            owner->interactions.push_back(interaction);
    }
    if (views.empty())
        return {};

    const qint64 sessionStart = visit ? visit->time : views.front().view->time;
    const QString sessionId = visit ? visit->sessionId : views.front().view->sessionId;
    // The RT cookie's session id: a UUID, then the session start in base-36 seconds.
    const QByteArray sessionParameter = sessionId.toUtf8() + '-' + base36(sessionStart / 1000);

    // Which document each view belongs to, and when each beacon leaves.
    std::vector<Document> documents;
    std::vector<int> documentOf(views.size(), 0);
    std::vector<Planned> plan;
    int current = -1;
    qint64 lastSent = 0;
    const auto leave = [&](int document, qint64 at, qint64 pages) {
        plan.push_back({Kind::Unload, documents[size_t(document)].hardView, document, at, pages});
    };
    for (size_t v = 0; v < views.size(); ++v) {
        const PageView &view = *views[v].view;
        Kind kind = Kind::PageLoad;
        int document = current;
        if (view.navigationType == u"route-change" && current >= 0) {
            kind = Kind::RouteChange;
        } else if (view.navigationType == u"restore" && current >= 0) {
            // Back to the page two views ago, kept alive in the back/forward cache.
            kind = Kind::Restore;
            document = v >= 2 ? documentOf[v - 2] : current;
        }
        if (kind == Kind::PageLoad) {
            documents.push_back({pageId(view), int(v), view.time, pageLoadDone(view), {}});
            document = int(documents.size()) - 1;
        }
        if (current >= 0 && document != current)
            leave(current, view.time, qint64(v));
        documentOf[v] = document;
        const qint64 done = kind == Kind::PageLoad      ? documents[size_t(document)].loadDone
                            : kind == Kind::RouteChange ? routeDone(view)
                                                        : 0;
        plan.push_back({kind, int(v), document, view.time + done, qint64(v) + 1});
        lastSent = std::max(lastSent, view.time + done);
        current = document;
    }
    const qint64 end = std::max(visit ? visit->lastSeen : 0, lastSent);
    leave(current, end, qint64(views.size()));
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Planned &a, const Planned &b) { return a.sentAt < b.sentAt; });

    // n counts each document's beacons; FID goes out once, on the first beacon after the
    // first input.
    std::vector<int> sent(documents.size(), 0);
    for (Planned &beacon : plan)
        beacon.sequence = ++sent[size_t(beacon.document)];
    for (size_t d = 0; d < documents.size(); ++d) {
        const ViewParts &hard = views[size_t(documents[d].hardView)];
        if (!isSet(hard.view->fid) || hard.interactions.empty())
            continue;
        const qint64 input = hard.interactions.front()->time;
        Planned *carrier = nullptr;
        for (Planned &beacon : plan) {
            if (beacon.document != int(d))
                continue;
            carrier = &beacon;
            if (beacon.sentAt >= input)
                break;
        }
        if (carrier)
            carrier->firstInput = true;
    }

    std::vector<Payload> beacons;
    beacons.reserve(plan.size());
    for (const Planned &beacon : plan) {
        Document &document = documents[size_t(beacon.document)];
        const ViewParts &parts = views[size_t(beacon.view)];
        FormBody form;
        switch (beacon.kind) {
        case Kind::PageLoad:
            addPageLoad(form, parts, document);
            break;
        case Kind::RouteChange:
            addRouteChange(form, parts, document);
            break;
        case Kind::Restore:
            addRestore(form, parts, document);
            break;
        case Kind::Unload:
            addUnload(form, parts, document);
            break;
        }
        // A document's URL changes with its routes; its unload reports the one it left.
        if (beacon.kind != Kind::Unload)
            document.url = parts.view->url;
        const ViewParts &hard = views[size_t(document.hardView)];
        if (beacon.firstInput)
            form.add("et.fid", qint64(std::ceil(hard.view->fid)));
        form.add("v", QByteArrayView(kVersion));
        form.add("pid", QByteArrayView(document.pid));
        form.add("n", qint64(beacon.sequence));
        form.add("rt.si", QByteArrayView(sessionParameter));
        form.add("rt.ss", sessionStart);
        form.add("rt.sl", beacon.sessionLength);
        form.add("vis.st", QByteArrayView("visible"));
        form.add("sb", qint64(1));

        Payload payload;
        payload.method = "POST";
        payload.path = "/beacon/boomerang";
        payload.headers = {
            {QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")},
            {QByteArray("user-agent"), parts.view->userAgent.toUtf8()}};
        payload.body = form.body();
        payload.receivedAt = beacon.sentAt;
        beacons.push_back(std::move(payload));
    }
    return beacons;
}

} // namespace rumscope::encoders
