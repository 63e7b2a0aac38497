// boomerang (../shared/formats.md §2) → canonical records.
//
// A boomerang page reports itself in several beacons that share its page id (pid): the load
// beacon, error beacons, one beacon per SPA route change and an unload beacon. Every beacon
// names its views itself: the hard page load is (session, pid) and starts at the page's
// navigation start, a route change is (session, pid, route start). Each beacon emits only the
// fields it knows; the store merges the parts of one view id. Only the INP interactions need
// what earlier beacons of the page said (parserstate.h, BoomerangPages).
#include "beaconsupport.h"
#include "boomerangrestiming.h"
#include "formatparsers.h"
#include "ingest/limits.h"
#include "jsurl.h"
#include "parserstate.h"

#include <QHash>
#include <QUrl>

#include <array>
#include <charconv>
#include <cmath>

namespace rumscope::formats {
namespace {

constexpr double kEarliestTime = 946684800000.0; // 2000-01-01: what BeaconParser accepts
constexpr double kLatestTime = 4102444800000.0;  // 2100-01-01
constexpr qsizetype kMaxParameters = 4096;       // real beacons send about 150
constexpr qsizetype kMaxIdLength = 128;
constexpr size_t kMaxErrors = 1000;
constexpr int kMaxRepeats = 100; // copies of one error the browser counted several times
constexpr qsizetype kMaxFrames = 256;
constexpr size_t kMaxLongTasks = 1000;

bool plausibleTime(double time)
{
    return time >= kEarliestTime && time <= kLatestTime;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// application/x-www-form-urlencoded: '+' is a space and %XX a byte; a broken escape is kept
/// as it is rather than guessed at.
QByteArray formDecode(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
                   hexValue(text[i + 2]) >= 0) {
            out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

/// The name/value pairs of one beacon, decoded; a repeated name keeps its last value.
class Parameters
{
public:
    void add(QByteArrayView query)
    {
        qsizetype start = 0;
        while (start < query.size() && m_values.size() < kMaxParameters) {
            qsizetype end = query.indexOf('&', start);
            if (end < 0)
                end = query.size();
            const QByteArrayView pair = query.sliced(start, end - start);
            start = end + 1;
            if (pair.isEmpty())
                continue;
            const qsizetype equals = pair.indexOf('=');
            const QByteArray key = formDecode(equals < 0 ? pair : pair.first(equals));
            if (!key.isEmpty())
                m_values.insert(key,
                                equals < 0 ? QByteArray() : formDecode(pair.sliced(equals + 1)));
        }
    }

    bool has(const char *key) const { return m_values.contains(QByteArray(key)); }
    QByteArray raw(const char *key) const { return m_values.value(QByteArray(key)); }
    QString text(const char *key) const { return QString::fromUtf8(raw(key)); }

    /// A finite decimal number; nullopt when absent or not a number as a whole.
    std::optional<double> number(const char *key) const
    {
        const QByteArray value = raw(key).trimmed();
        if (value.isEmpty() || value.size() > 64)
            return std::nullopt;
        double result = 0;
        const auto [end, error] =
            std::from_chars(value.constData(), value.constData() + value.size(), result);
        if (error != std::errc() || end != value.constData() + value.size() ||
            !std::isfinite(result))
            return std::nullopt;
        return result;
    }

    double numberOr(const char *key) const { return number(key).value_or(kUnset); }

    /// An epoch-ms time; nullopt when absent or outside the years a beacon can come from.
    std::optional<double> time(const char *key) const
    {
        const std::optional<double> value = number(key);
        return value && plausibleTime(*value) ? value : std::nullopt;
    }

    /// end - start of two parameters, unset unless both are numbers.
    double difference(const char *end, const char *start) const
    {
        const std::optional<double> a = number(end);
        const std::optional<double> b = number(start);
        return a && b ? *a - *b : kUnset;
    }

private:
    QHash<QByteArray, QByteArray> m_values;
};

enum class Kind
{
    PageLoad,    ///< no http.initiator (or spa_hard), not unloading
    Unload,      ///< rt.quit
    RouteChange, ///< http.initiator=spa
    Restore,     ///< http.initiator=bfcache
    Error,       ///< http.initiator=error: errors sent on their own
    Xhr,         ///< http.initiator=xhr
    Other        ///< interaction, api_custom_*, …
};

Kind kindOf(const Parameters &p)
{
    const QByteArray initiator = p.raw("http.initiator");
    if (initiator.isEmpty() || initiator == "spa_hard")
        return p.has("rt.quit") ? Kind::Unload : Kind::PageLoad;
    if (initiator == "spa")
        return Kind::RouteChange;
    if (initiator == "bfcache")
        return Kind::Restore;
    if (initiator == "error")
        return Kind::Error;
    if (initiator == "xhr")
        return Kind::Xhr;
    return Kind::Other;
}

struct View
{
    QString id;
    double start = kUnset; ///< epoch ms
};

/// Boomerang's Errors plugin "via" codes (formats.md §2.8) → canonical error kinds.
QString errorKindOf(int via)
{
    switch (via) {
    case 3:
        return QStringLiteral("http");
    case 4:
        return QStringLiteral("console");
    case 7:
        return QStringLiteral("unhandled-rejection");
    default:
        return QStringLiteral("exception");
    }
}

/// Continuity's long-task attribution codes, in code order.
constexpr std::array<const char *, 9> kLongTaskNames = {
    "unknown",
    "self",
    "same-origin-ancestor",
    "same-origin-descendant",
    "same-origin",
    "cross-origin-ancestor",
    "cross-origin-descendant",
    "cross-origin-unreachable",
    "multiple-contexts",
};

/// A base-36 number (as boomerang writes timestamps inside JSURL values) or a plain number.
std::optional<double> base36Value(const jsurl::Value *value)
{
    if (!value)
        return std::nullopt;
    if (value->type == jsurl::Value::Type::Number)
        return value->number;
    if (value->type == jsurl::Value::Type::String)
        return restiming::base36(value->string.toLatin1());
    return std::nullopt;
}

/// EventTiming's event type codes (et.e's n), in code order; empty: no code of the plugin.
constexpr std::array<const char *, 42> kEventTypes = {
    "click",
    "dblclick",
    "mousedown",
    "mouseup",
    "mousemove",
    "touchstart",
    "touchend",
    "touchmove",
    "keydown",
    "keyup",
    "keypress",
    "wheel",
    "pointerdown",
    "pointerup",
    "pointermove",
    "",
    "",
    "compositionstart",
    "compositionupdate",
    "compositionend",
    "contextmenu",
    "pointerover",
    "mouseover",
    "pointerenter",
    "auxclick",
    "beforeinput",
    "dragend",
    "dragenter",
    "dragleave",
    "dragover",
    "dragstart",
    "drop",
    "gotpointercapture",
    "input",
    "lostpointercapture",
    "mouseenter",
    "mouseleave",
    "mouseout",
    "pointercancel",
    "pointerleave",
    "pointerout",
    "touchcancel",
};

/// An et.e entry's event type: a code of the plugin's, or the name of a type it has no code for.
QString eventTypeOf(const jsurl::Value *code)
{
    if (!code)
        return {};
    if (code->type == jsurl::Value::Type::Number)
        return code->number >= 0 && code->number < double(kEventTypes.size())
                   ? QString::fromLatin1(kEventTypes[size_t(code->number)])
                   : QString();
    return code->toText().left(64);
}

int positionOf(const jsurl::Value *value)
{
    const std::optional<double> number = value ? value->toNumber() : std::nullopt;
    return number && *number >= 1 && *number <= 1e9 ? int(*number) : 0;
}

class Beacon
{
public:
    Beacon(const Parameters &parameters, const Input &input, BoomerangPages &pages,
           std::vector<Record> &out)
        : m_p(parameters)
        , m_input(input)
        , m_pages(pages)
        , m_out(out)
        , m_kind(kindOf(parameters))
    {}

    QString read();

private:
    const Parameters &m_p;
    const Input &m_input;
    BoomerangPages &m_pages;
    std::vector<Record> &m_out;
    Kind m_kind;
    QString m_sessionId;
    QString m_pageUrl;
    QString m_userAgent;
    std::optional<double> m_timeOrigin; ///< the hard load's navigation start
    std::optional<double> m_sentAt;
    View m_hardView;
    View m_ownView; ///< the route change or bfcache restore this beacon reports, if any

    const View &attachView() const { return m_ownView.id.isEmpty() ? m_hardView : m_ownView; }
    PageView pageView(const View &view) const;
    void addHardView();
    void addOwnView();
    void addSession(double time);
    void addResources();
    void addXhrResource();
    void addErrors();
    void addLongTasks();
    void addInteractions();
    QString interactionType(const QString &target, double start, double duration) const;
    template<class R> R event(double time) const;
};

template<class R> R Beacon::event(double time) const
{
    R record;
    record.time = qint64(std::llround(time));
    record.sessionId = m_sessionId;
    record.viewId = attachView().id;
    return record;
}

QString Beacon::read()
{
    if (!m_p.has("v") && !m_p.has("u"))
        return Tr::tr("not a boomerang beacon: it has neither a v= nor a u= parameter");

    m_userAgent = QString::fromUtf8(m_input.payload.header("user-agent"));
    // XHR beacons report the request's URL in u and the page's in pgu.
    m_pageUrl = m_p.has("pgu") ? m_p.text("pgu") : m_p.text("u");
    const QByteArray pid = m_p.raw("pid").left(kMaxIdLength);

    // An unload beacon replays the page-load timer, so its rt.end is when the load ended.
    if (m_kind != Kind::Unload) {
        m_sentAt = m_p.time("rt.end");
        if (!m_sentAt)
            m_sentAt = m_p.time("rt.tstart");
    }
    if (!m_sentAt && plausibleTime(double(m_input.payload.receivedAt)))
        m_sentAt = double(m_input.payload.receivedAt);

    // pt.*, restiming and long tasks count from the page's time origin. The page's own nt_*
    // come with its load (and a bfcache restore); XHR beacons reuse the names for the
    // request. Later beacons repeat the origin as rt.nstart, and an unload beacon replays
    // the page-load timer, which starts there.
    if (m_kind == Kind::PageLoad || m_kind == Kind::Unload || m_kind == Kind::Restore)
        m_timeOrigin = m_p.time("nt_nav_st");
    if (!m_timeOrigin)
        m_timeOrigin = m_p.time("rt.nstart");
    if (!m_timeOrigin && (m_kind == Kind::PageLoad || m_kind == Kind::Unload))
        m_timeOrigin = m_p.time("rt.tstart");

    const QByteArray sessionId = m_p.raw("rt.si").trimmed();
    if (!sessionId.isEmpty() && sessionId.size() <= kMaxIdLength)
        m_sessionId = QString::fromUtf8(sessionId);
    else if (!pid.isEmpty())
        m_sessionId = derivedId(QLatin1StringView("bmr-session-"),
                                {pid, m_input.payload.header("user-agent")});
    else if (m_timeOrigin || m_sentAt)
        m_sessionId =
            derivedId(QLatin1StringView("bmr-session-"),
                      {m_input.payload.header("user-agent"), m_p.raw("u"),
                       QByteArray::number(qint64(m_timeOrigin ? *m_timeOrigin : *m_sentAt))});

    const QByteArray session = m_sessionId.toUtf8();
    if (!pid.isEmpty())
        m_hardView.id = derivedId(QLatin1StringView("bmr-view-"), {session, pid});
    else if (m_timeOrigin)
        m_hardView.id = derivedId(QLatin1StringView("bmr-view-"),
                                  {session, QByteArray::number(qint64(*m_timeOrigin))});
    m_hardView.start = m_timeOrigin.value_or(kUnset);

    if (m_kind == Kind::RouteChange || m_kind == Kind::Restore) {
        if (const std::optional<double> start = m_p.time("rt.tstart")) {
            const QByteArray kind = m_kind == Kind::RouteChange ? "spa" : "bfcache";
            m_ownView.id = derivedId(QLatin1StringView("bmr-view-"),
                                     {session, pid, kind, QByteArray::number(qint64(*start))});
            m_ownView.start = *start;
        }
    }

    double sessionTime = m_p.time("rt.ss").value_or(kUnset);
    for (const double candidate :
         {m_timeOrigin.value_or(kUnset), m_ownView.start, m_sentAt.value_or(kUnset)}) {
        if (!isSet(sessionTime))
            sessionTime = candidate;
    }
    if (!isSet(sessionTime))
        return Tr::tr("the boomerang beacon carries no plausible time");

    addSession(sessionTime);
    addHardView();
    addOwnView();
    addResources();
    addXhrResource();
    addErrors();
    addLongTasks();
    addInteractions();
    return {};
}

void Beacon::addSession(double time)
{
    Session session;
    session.sessionId = m_sessionId;
    session.time = qint64(std::llround(time));
    if (m_sentAt && *m_sentAt >= time)
        session.lastSeen = qint64(std::llround(*m_sentAt));
    const std::optional<double> pages = m_p.number("rt.sl");
    session.pageViews = pages.value_or(kUnset);
    if (m_kind == Kind::PageLoad && pages == 1.0)
        session.entryUrl = m_pageUrl;
    // Later beacons overwrite it, so the last page seen stays.
    if (m_kind != Kind::Xhr)
        session.exitUrl = m_pageUrl;
    m_out.push_back(std::move(session));
}

/// A page view with what every beacon knows about the browser and its network.
PageView Beacon::pageView(const View &view) const
{
    PageView pv;
    pv.time = qint64(std::llround(view.start));
    pv.sessionId = m_sessionId;
    pv.viewId = view.id;
    pv.userAgent = m_userAgent;
    pv.effectiveType = m_p.text("mob.etype").left(16);
    pv.rtt = m_p.numberOr("mob.rtt");
    pv.downlink = m_p.numberOr("mob.dl");
    const QByteArray saveData = m_p.has("mob.sd") ? m_p.raw("mob.sd") : m_p.raw("net.sd");
    if (saveData == "1" || saveData == "true")
        pv.saveData = true;
    else if (saveData == "0" || saveData == "false")
        pv.saveData = false;
    const QByteArray screen = m_p.raw("scr.xy");
    if (const qsizetype x = screen.indexOf('x'); x > 0) {
        bool widthOk = false;
        bool heightOk = false;
        const double width = screen.first(x).toDouble(&widthOk);
        const double height = screen.sliced(x + 1).toDouble(&heightOk);
        if (widthOk && heightOk && std::isfinite(width) && std::isfinite(height)) {
            pv.screenWidth = width;
            pv.screenHeight = height;
        }
    }
    pv.devicePixelRatio = m_p.numberOr("scr.dpx");
    pv.deviceMemory = m_p.numberOr("dev.mem");
    pv.hardwareConcurrency = m_p.numberOr("cpu.cnc");
    return pv;
}

void Beacon::addHardView()
{
    if (m_hardView.id.isEmpty() || !isSet(m_hardView.start))
        return;
    PageView pv = pageView(m_hardView);
    pv.fid = m_p.has("et.fid") ? m_p.numberOr("et.fid") : m_p.numberOr("c.fid");
    pv.inp = m_p.numberOr("et.inp");
    if (isSet(pv.inp))
        pv.inpTarget = m_p.text("et.inp.e");
    if (m_kind != Kind::PageLoad) {
        // Other beacons add only what belongs to the whole page: its first input and its
        // INP, which the unload beacon reports. Their u, t_done and c.cls (counted since the
        // previous beacon) describe something else.
        if (isSet(pv.fid) || isSet(pv.inp))
            m_out.push_back(std::move(pv));
        return;
    }
    pv.url = m_pageUrl;
    pv.referrer = m_p.text("r");
    const std::optional<double> activation = m_p.time("nt_act_st");
    if (m_p.raw("vis.pre") == "1" || (activation && *activation > m_hardView.start)) {
        pv.navigationType = QStringLiteral("prerender");
    } else {
        const std::optional<double> type = m_p.number("nt_nav_type");
        pv.navigationType = type == 1.0   ? QStringLiteral("reload")
                            : type == 2.0 ? QStringLiteral("back-forward")
                                          : QStringLiteral("navigate");
    }
    // Navigation timing is epoch ms; the canonical timings count from navigation start.
    if (m_p.time("nt_nav_st")) {
        pv.ttfb = m_p.difference("nt_res_st", "nt_nav_st");
        pv.dns = m_p.difference("nt_dns_end", "nt_dns_st");
        pv.connect = m_p.difference("nt_con_end", "nt_con_st");
        if (m_p.has("nt_ssl_st"))
            pv.tls = m_p.difference("nt_con_end", "nt_ssl_st");
        pv.domInteractive = m_p.difference("nt_domint", "nt_nav_st");
        pv.domContentLoaded = m_p.has("nt_domcontloaded_end")
                                  ? m_p.difference("nt_domcontloaded_end", "nt_nav_st")
                                  : m_p.difference("nt_domcontloaded_st", "nt_nav_st");
        pv.load = m_p.has("nt_load_end") ? m_p.difference("nt_load_end", "nt_nav_st")
                                         : m_p.difference("nt_load_st", "nt_nav_st");
    }
    if (!isSet(pv.ttfb))
        pv.ttfb = m_p.numberOr("t_resp");
    if (!isSet(pv.load))
        pv.load = m_p.numberOr("t_done");
    pv.fcp = m_p.numberOr("pt.fcp");
    pv.lcp = m_p.numberOr("pt.lcp");
    if (isSet(pv.lcp)) {
        pv.lcpElement = m_p.has("pt.lcp.e") ? m_p.text("pt.lcp.e") : m_p.text("pt.lcp.el");
        pv.lcpResourceUrl = m_p.text("pt.lcp.src");
    }
    pv.cls = m_p.numberOr("c.cls");
    if (isSet(pv.cls))
        pv.clsTarget = m_p.text("c.cls.topid");
    m_out.push_back(std::move(pv));
}

void Beacon::addOwnView()
{
    if (m_ownView.id.isEmpty())
        return;
    PageView pv = pageView(m_ownView);
    pv.url = m_p.text("u");
    pv.navigationType = m_kind == Kind::RouteChange ? QStringLiteral("route-change")
                                                    : QStringLiteral("back-forward");
    // For a route change t_done runs from the route change to its last critical resource.
    pv.load = m_p.numberOr("t_done");
    pv.cls = m_p.numberOr("c.cls");
    if (isSet(pv.cls))
        pv.clsTarget = m_p.text("c.cls.topid");
    if (m_kind == Kind::Restore) {
        // The BFCache plugin: nothing fetched (t_resp 0), FCP and LCP counted from the restore.
        pv.ttfb = m_p.numberOr("t_resp");
        pv.fcp = m_p.numberOr("pt.fcp");
        pv.lcp = m_p.numberOr("pt.lcp");
    } else if (m_timeOrigin) {
        // Under Chrome's soft navigation heuristics PaintTiming reports a route's LCP too,
        // counted like every paint from the page's time origin.
        const double before = m_ownView.start - *m_timeOrigin;
        const auto sinceRoute = [&](const char *key) {
            const double value = m_p.numberOr(key) - before;
            return value >= 0 ? value : kUnset;
        };
        pv.fcp = sinceRoute("pt.fcp");
        pv.lcp = sinceRoute("pt.lcp");
    }
    if (isSet(pv.lcp)) {
        pv.lcpElement = m_p.has("pt.lcp.e") ? m_p.text("pt.lcp.e") : m_p.text("pt.lcp.el");
        pv.lcpResourceUrl = m_p.text("pt.lcp.src");
    }
    // EventTiming's incremental INP covers the interactions since the previous beacon; its
    // documentation gives it "for the Page Load and each SPA Soft nav".
    pv.inp = m_p.numberOr("et.inp.inc");
    if (isSet(pv.inp))
        pv.inpTarget = m_p.text("et.inp.inc.e");
    m_out.push_back(std::move(pv));
}

void Beacon::addResources()
{
    if (!m_timeOrigin || !m_p.has("restiming"))
        return;
    const std::optional<std::vector<restiming::Entry>> entries =
        restiming::decode(m_p.raw("restiming"), m_input.json);
    if (!entries)
        return;
    const View &view = attachView();
    for (const restiming::Entry &entry : *entries) {
        const double time = *m_timeOrigin + entry.startTime;
        if (!plausibleTime(time))
            continue;
        auto resource = event<Resource>(time);
        resource.url = entry.url;
        resource.initiatorType = entry.initiatorType;
        // Restiming counts from the page's time origin; a route change's resources count
        // from the route change.
        const double sinceView = time - view.start;
        resource.startTime = sinceView >= 0 ? sinceView : kUnset;
        resource.duration = entry.duration;
        resource.transferSize = entry.transferSize;
        resource.encodedSize = entry.encodedSize;
        resource.protocol = entry.protocol;
        m_out.push_back(std::move(resource));
    }
}

void Beacon::addXhrResource()
{
    const std::optional<double> start = m_p.time("rt.tstart");
    if (m_kind != Kind::Xhr || !start || m_p.raw("u").isEmpty())
        return;
    auto resource = event<Resource>(*start);
    resource.url = m_p.text("u");
    resource.initiatorType =
        m_p.raw("http.type") == "f" ? QStringLiteral("fetch") : QStringLiteral("xmlhttprequest");
    if (m_timeOrigin && *start >= *m_timeOrigin)
        resource.startTime = *start - *m_timeOrigin;
    resource.duration = m_p.numberOr("t_done");
    // http.errno is sent only when the status is not 200.
    resource.httpStatus = m_p.has("http.errno") ? m_p.numberOr("http.errno") : 200;
    m_out.push_back(std::move(resource));
}

void Beacon::addErrors()
{
    if (!m_p.has("err"))
        return;
    std::optional<jsurl::Value> list = jsurl::parseJsurlOrJson(m_p.raw("err"), m_input.json);
    if (!list)
        return;
    if (list->isObject()) {
        jsurl::Value single = std::move(*list);
        list = jsurl::Value{};
        list->type = jsurl::Value::Type::Array;
        list->children.push_back(std::move(single));
    }
    if (!list->isArray())
        return;
    // "wo" frames name a path on the page's own origin.
    const QUrl page(m_pageUrl);
    const QString origin = page.isValid() && !page.host().isEmpty()
                               ? page.scheme() + QLatin1StringView("://") + page.authority()
                               : QString();
    size_t emitted = 0;
    for (const jsurl::Value &item : list->children) {
        if (!item.isObject())
            continue;
        double time = base36Value(item.member(u"d")).value_or(kUnset);
        if (!plausibleTime(time))
            time = m_sentAt.value_or(kUnset);
        if (!plausibleTime(time))
            continue;
        auto error = event<ErrorEvent>(time);
        const jsurl::Value *via = item.member(u"v");
        const std::optional<double> viaCode = via ? via->toNumber() : std::nullopt;
        error.kind = errorKindOf(viaCode && *viaCode >= 0 && *viaCode < 100 ? int(*viaCode) : 1);
        error.message = item.member(u"m") ? item.member(u"m")->toText() : QString();
        const jsurl::Value *type = item.member(u"t");
        if (type)
            error.type = type->toText();
        else if (error.kind != QLatin1StringView("http"))
            error.type = QStringLiteral("Error"); // the plugin leaves out the default type
        if (error.kind == QLatin1StringView("http")) {
            error.resourceUrl = error.message;
            const jsurl::Value *code = item.member(u"c");
            const std::optional<double> status = code ? code->toNumber() : std::nullopt;
            if (status && *status > 0)
                error.httpStatus = *status;
        }
        if (const jsurl::Value *frames = item.member(u"f"); frames && frames->isArray()) {
            for (const jsurl::Value &frame : frames->children) {
                if (!frame.isObject() || error.frames.size() >= kMaxFrames)
                    continue;
                StackFrame stackFrame;
                if (const jsurl::Value *function = frame.member(u"f"))
                    stackFrame.function = function->toText();
                if (const jsurl::Value *file = frame.member(u"w")) {
                    stackFrame.file = file->toText();
                } else if (const jsurl::Value *path = frame.member(u"wo")) {
                    const QString text = path->toText();
                    stackFrame.file = text.startsWith(u'/') ? origin + text : text;
                }
                stackFrame.line = positionOf(frame.member(u"l"));
                stackFrame.column = positionOf(frame.member(u"c"));
                error.frames.append(stackFrame);
            }
        }
        const jsurl::Value *count = item.member(u"n");
        const std::optional<double> repeats = count ? count->toNumber() : std::nullopt;
        const int copies =
            repeats && *repeats > 1 ? int(std::min<double>(*repeats, kMaxRepeats)) : 1;
        for (int i = 0; i < copies && emitted < kMaxErrors; ++i, ++emitted)
            m_out.push_back(error);
        if (emitted >= kMaxErrors)
            break;
    }
}

void Beacon::addLongTasks()
{
    if (!m_timeOrigin || !m_p.has("c.lt"))
        return;
    const std::optional<jsurl::Value> list = jsurl::parseJsurlOrJson(m_p.raw("c.lt"), m_input.json);
    if (!list || !list->isArray())
        return;
    size_t emitted = 0;
    for (const jsurl::Value &item : list->children) {
        if (emitted >= kMaxLongTasks)
            break;
        const std::optional<double> start = base36Value(item.member(u"s"));
        const std::optional<double> duration = base36Value(item.member(u"d"));
        if (!start || !duration || !plausibleTime(*m_timeOrigin + *start))
            continue;
        auto task = event<LongTask>(*m_timeOrigin + *start);
        task.duration = *duration;
        const jsurl::Value *attribution = item.member(u"n");
        const std::optional<double> code = attribution ? attribution->toNumber() : std::nullopt;
        const size_t index =
            code && *code >= 0 && *code < double(kLongTaskNames.size()) ? size_t(*code) : 0;
        task.name = QString::fromLatin1(kLongTaskNames[index]);
        m_out.push_back(std::move(task));
        ++emitted;
    }
}

/// The INP reports of the beacon as interactions: et.inp.inc (the slowest since the previous
/// beacon, on any beacon) and et.inp (the page's slowest, on the unload beacon), which repeats
/// one that an et.inp.inc reported before. Each is stored once, keyed by its page, start and
/// target.
void Beacon::addInteractions()
{
    if (m_hardView.id.isEmpty())
        return;
    const QByteArray pageId = m_hardView.id.toUtf8();
    BoomerangPages::Page &page = m_pages.pageOrNew(partsHash({pageId}));
    if (m_timeOrigin)
        page.timeOrigin = *m_timeOrigin;
    if (!m_ownView.id.isEmpty())
        BoomerangPages::addRoute(page, {m_ownView.start, m_ownView.id});
    // The start counts from the time origin, which error beacons do not repeat.
    const double origin = m_timeOrigin.value_or(page.timeOrigin);
    if (!plausibleTime(origin))
        return;

    struct Report
    {
        const char *duration, *target, *start;
    };
    for (const Report &report : {Report{"et.inp.inc", "et.inp.inc.e", "et.inp.inc.t"},
                                 Report{"et.inp", "et.inp.e", "et.inp.t"}}) {
        const std::optional<double> duration = m_p.number(report.duration);
        const std::optional<double> start = m_p.number(report.start);
        if (!duration || !start || *start < 0 || !plausibleTime(origin + *start))
            continue;
        const QByteArray target = m_p.raw(report.target);
        if (!m_pages.interactions.firstReport(
                partsHash({pageId, QByteArray::number(qint64(*start)), target})))
            continue;
        const double time = origin + *start;
        // It happened in the view that had begun by then: often the route before the one
        // whose beacon reports it, as the click that changed the route did.
        QString viewId = m_hardView.id;
        double viewStart = -1;
        for (const BoomerangPages::Route &route : page.routes) {
            if (route.start <= time && route.start > viewStart) {
                viewId = route.viewId;
                viewStart = route.start;
            }
        }
        auto interaction = event<Interaction>(time);
        interaction.viewId = viewId;
        interaction.target = QString::fromUtf8(target);
        interaction.type = interactionType(interaction.target, *start, *duration);
        interaction.duration = *duration;
        m_out.push_back(std::move(interaction));
    }
}

/// The event type of an INP interaction: the beacon's EventTiming entry (et.e) of its longest
/// event, which has the INP's target, start and duration. The plugin floors the INP's start and
/// rounds the entry's, so they may differ by one. Empty when the entries went with an earlier
/// beacon.
QString Beacon::interactionType(const QString &target, double start, double duration) const
{
    if (!m_p.has("et.e"))
        return {};
    const std::optional<jsurl::Value> entries =
        jsurl::parseJsurlOrJson(m_p.raw("et.e"), m_input.json);
    if (!entries || !entries->isArray())
        return {};
    const jsurl::Value *found = nullptr;
    for (const jsurl::Value &entry : entries->children) {
        const jsurl::Value *entryTarget = entry.member(u"t");
        const std::optional<double> entryStart = base36Value(entry.member(u"s"));
        const std::optional<double> entryDuration = base36Value(entry.member(u"d"));
        if (!entryTarget || entryTarget->toText() != target || !entryStart || !entryDuration ||
            std::abs(*entryStart - start) > 1 || std::abs(*entryDuration - duration) > 1)
            continue;
        // Events of an interaction carry its id; the mouse events of a click do not.
        if (!found || (!found->member(u"i") && entry.member(u"i")))
            found = &entry;
    }
    return found ? eventTypeOf(found->member(u"n")) : QString();
}

/// One line of a file: a bare query string, or a logged request ("GET /beacon?… HTTP/1.1",
/// "https://host/beacon?…") whose query is the beacon.
QByteArrayView queryOfLine(QByteArrayView line)
{
    const qsizetype question = line.indexOf('?');
    const qsizetype equals = line.indexOf('=');
    if (question < 0 || (equals >= 0 && equals < question))
        return line;
    QByteArrayView query = line.sliced(question + 1);
    // An encoded query holds no raw space: one ends the URL of a logged request line.
    if (const qsizetype space = query.indexOf(' '); space >= 0)
        query = query.first(space);
    return query;
}

} // namespace

Output parseBoomerang(const Input &input)
{
    const Payload &payload = input.payload;
    // GET beacons are all query; a POST may have some parameters in its beacon_url's query.
    Parameters fromQuery;
    fromQuery.add(payload.query);

    QList<std::pair<qsizetype, QByteArrayView>> lines; // with the line number, for messages
    const QByteArrayView body(payload.body);
    qsizetype start = 0;
    for (qsizetype number = 1; start < body.size(); ++number) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView line = body.sliced(start, end - start).trimmed();
        if (!line.isEmpty())
            lines.append({number, line});
        start = end + 1;
    }

    // Without a parser's state (a caller of its own) the beacons of one payload still share it.
    BoomerangPages local;
    BoomerangPages &pages = input.state ? input.state->boomerang : local;
    std::vector<Record> records;
    if (lines.isEmpty()) {
        const QString problem = Beacon(fromQuery, input, pages, records).read();
        if (!problem.isEmpty())
            return Error{problem, 1};
        return records;
    }
    // A file holds one beacon per line; a POST body is a single line.
    for (const auto &[number, line] : lines) {
        Parameters parameters = fromQuery;
        parameters.add(queryOfLine(line));
        const QString problem = Beacon(parameters, input, pages, records).read();
        if (records.size() > limits::kMaxRecordsPerPayload)
            return Error{Tr::tr("the boomerang payload turns into more than %1 records")
                             .arg(limits::kMaxRecordsPerPayload),
                         1};
        if (problem.isEmpty())
            continue;
        if (lines.size() == 1)
            return Error{problem, 1};
        return Error{Tr::tr("line %1: %2").arg(number).arg(problem), 1};
    }
    return records;
}

} // namespace rumscope::formats
