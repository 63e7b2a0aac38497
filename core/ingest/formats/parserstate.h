#pragma once
// What format parsers remember between payloads. Some SDKs send the parts of one page view in
// beacons that do not name each other (Elastic's page-exit names no page-load), so a parser
// that sees one payload at a time cannot join them. BeaconParser owns one ParserState, keeps
// it for as long as it lives and hands it to every parse; the parsers stay pure with respect
// to the store, which they never read. Whatever is kept here is bounded: a collector runs for
// weeks, and a payload can name as many keys as it likes.

#include <QByteArray>
#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <iterator>
#include <list>
#include <utility>
#include <vector>

namespace rumscope::formats {

/// A map of at most `capacity` entries that forgets the one used least recently to make room:
/// what a parser remembers about a visit matters while the visit goes on, and an old entry is
/// one whose visit most likely ended.
template<class Value> class BoundedMap
{
public:
    explicit BoundedMap(qsizetype capacity)
        : m_capacity(std::max<qsizetype>(capacity, 1))
    {}

    /// The entry of `key`, now the most recently used; nullptr when there is none.
    Value *find(quint64 key)
    {
        const auto found = m_index.constFind(key);
        if (found == m_index.cend())
            return nullptr;
        m_entries.splice(m_entries.end(), m_entries, *found); // moves no element
        return &m_entries.back().second;
    }

    /// Sets the entry of `key` (the most recently used now), forgetting the least recently
    /// used one when the map is full.
    Value &insert(quint64 key, Value value)
    {
        if (Value *existing = find(key)) {
            *existing = std::move(value);
            return *existing;
        }
        if (m_index.size() >= m_capacity) {
            m_index.remove(m_entries.front().first);
            m_entries.pop_front();
        }
        m_entries.emplace_back(key, std::move(value));
        m_index.insert(key, std::prev(m_entries.end()));
        return m_entries.back().second;
    }

    qsizetype size() const { return m_index.size(); }

private:
    using Entry = std::pair<quint64, Value>;
    std::list<Entry> m_entries; ///< least recently used first
    QHash<quint64, typename std::list<Entry>::iterator> m_index;
    qsizetype m_capacity;
};

/// Elastic APM RUM: the latest view of each page of a visit, and the agent's session ids.
///
/// Keys are 64-bit hashes (elastic.cpp says what goes into them). Each map holds at most
/// kCapacity entries; full, the views take about 23 MB (list node, hash slot and id text: 230
/// bytes an entry) and the sessions 15 MB. A page's later beacons (errors, clicks, INP at its
/// exit) come within minutes of its load, and 100,000 pages are more than two hours of a site
/// with a million page views a day; what is forgotten falls back to the ids derived from the
/// page.
class ElasticViews
{
public:
    static constexpr qsizetype kCapacity = 100'000;

    struct View
    {
        QString viewId;
        QString sessionId; ///< the session its records carry
        quint64 load = 0;  ///< the page-load or route-change that named it, hashed
        /// The view's start. For a stand-in: the time of the earliest record put on it.
        qint64 start = 0;
        /// No page-load or route-change named this view yet: its records arrived first (the
        /// agent sends a page-load once the page has loaded, errors and fetches as they come),
        /// or with nothing remembered at all. The load they belong to takes its id over.
        bool standIn = false;
        /// Its page-exit came: the document was left, and a load of the page after that is
        /// another one.
        bool left = false;
        /// A nonzero INP was reported for the view: a later 0 is the agent's report after it
        /// reset, not a measurement.
        bool inpReported = false;
    };

    explicit ElasticViews(qsizetype capacity = kCapacity)
        : m_views(capacity)
        , m_sessions(capacity)
    {}

    /// The latest view of a page (visit, URL without fragment, referrer).
    View *view(quint64 page) { return m_views.find(page); }
    View &setView(quint64 page, View view) { return m_views.insert(page, std::move(view)); }

    /// The agent's session id a visit (its derived session key) sent last; nullptr if none.
    const QString *session(quint64 visit) { return m_sessions.find(visit); }
    void setSession(quint64 visit, const QString &sessionId)
    {
        m_sessions.insert(visit, sessionId);
    }

    qsizetype viewCount() const { return m_views.size(); }

private:
    BoundedMap<View> m_views;
    BoundedMap<QString> m_sessions;
};

/// OpenTelemetry: the views each session began lately (documentLoads and route changes). A
/// click or fetch is a trace of its own and often leaves in a later export than its page's
/// documentLoad (the batch processor sends every 5 s); it joins the latest view of its session
/// that began before it, on the page URL it was stamped with.
///
/// Sessions and URLs are kept as 64-bit hashes. At most kCapacity sessions and
/// kViewsPerSession views each (about 100 bytes a view): 40 MB when full.
class OtlpViews
{
public:
    static constexpr qsizetype kCapacity = 50'000;
    static constexpr qsizetype kViewsPerSession = 8;

    struct View
    {
        qint64 startNs = 0;
        quint64 url = 0; ///< hashed
        QString viewId;
    };

    explicit OtlpViews(qsizetype capacity = kCapacity)
        : m_sessions(capacity)
    {}

    /// Remembers a view of a session; one already known (an export sent twice) is kept once.
    void add(quint64 session, View view)
    {
        std::vector<View> *views = m_sessions.find(session);
        if (!views)
            views = &m_sessions.insert(session, {});
        for (const View &known : *views) {
            if (known.viewId == view.viewId)
                return;
        }
        if (qsizetype(views->size()) >= kViewsPerSession)
            views->erase(std::min_element(views->begin(), views->end(), startsEarlier));
        views->push_back(std::move(view));
    }

    /// The latest view of the session that began at or before `startNs` on the page `url`
    /// (hashed; 0: any page); nullptr when none is remembered.
    const View *find(quint64 session, qint64 startNs, quint64 url)
    {
        const std::vector<View> *views = m_sessions.find(session);
        if (!views)
            return nullptr;
        const View *latest = nullptr;
        for (const View &view : *views) {
            if (view.startNs <= startNs && (url == 0 || view.url == url) &&
                (!latest || view.startNs >= latest->startNs))
                latest = &view;
        }
        return latest;
    }

    qsizetype sessionCount() const { return m_sessions.size(); }

private:
    static bool startsEarlier(const View &a, const View &b) { return a.startNs < b.startNs; }

    BoundedMap<std::vector<View>> m_sessions;
};

/// Grafana Faro: the fetch and XHR requests of each session that one signal reported and the
/// other not yet. With tracing on, Faro reports every request twice: a
/// faro.performance.resource event (Resource Timing: sizes, protocol) and a fetch/XHR span (the
/// call, a few ms longer). Both name the URL, and the entry lies within the span; each pair is
/// one request. They mostly come in one batch; this remembers the rest until their other half.
///
/// At most kCapacity sessions and kRequestsPerSession requests each (32 bytes a request): 20
/// MB when full.
class FaroRequests
{
public:
    static constexpr qsizetype kCapacity = 20'000;
    static constexpr qsizetype kRequestsPerSession = 32;

    struct Request
    {
        quint64 url = 0;  ///< hashed
        double start = 0; ///< epoch ms
        double end = 0;
        bool fromSpan = false;
    };

    /// An event's entry [entryStart, entryEnd] and a span [spanStart, spanEnd] are one request
    /// when the span covers the entry; both are rounded to the ms by one side or the other.
    static bool sameRequest(double spanStart, double spanEnd, double entryStart, double entryEnd)
    {
        constexpr double kSlackMs = 2;
        return entryStart >= spanStart - kSlackMs && entryEnd <= spanEnd + kSlackMs;
    }

    explicit FaroRequests(qsizetype capacity = kCapacity)
        : m_sessions(capacity)
    {}

    /// Takes the remembered other half of `request` (a span's event, an event's span) away;
    /// false when there is none.
    bool takeOtherHalf(quint64 session, const Request &request)
    {
        std::vector<Request> *requests = m_sessions.find(session);
        if (!requests)
            return false;
        for (auto it = requests->begin(); it != requests->end(); ++it) {
            if (it->url != request.url || it->fromSpan == request.fromSpan)
                continue;
            const Request &span = request.fromSpan ? request : *it;
            const Request &entry = request.fromSpan ? *it : request;
            if (sameRequest(span.start, span.end, entry.start, entry.end)) {
                requests->erase(it);
                return true;
            }
        }
        return false;
    }

    /// Remembers a request whose other half has not come yet.
    void add(quint64 session, const Request &request)
    {
        std::vector<Request> *requests = m_sessions.find(session);
        if (!requests)
            requests = &m_sessions.insert(session, {});
        if (qsizetype(requests->size()) >= kRequestsPerSession)
            requests->erase(requests->begin()); // the oldest
        requests->push_back(request);
    }

private:
    BoundedMap<std::vector<Request>> m_sessions;
};

/// web-vitals, boomerang and Grafana Faro: the INP interactions stored already. These SDKs
/// report a page's slowest interaction with its INP, and report the same one again: web-vitals
/// (also inside Faro) whenever the value changes with reportAllChanges and when the page is
/// hidden, Faro's transport sometimes twice, boomerang as the incremental INP of the next beacon
/// and again as the page's INP on unload. Each parser keys an interaction by what identifies it
/// in its SDK (formats say which), hashed.
///
/// At most kCapacity keys (about 100 bytes each): 5 MB when full. The repeats of a page's INP
/// come while the page is open, or at its unload; 50,000 pages are most of an hour of a site
/// with a million page views a day.
class ReportedInteractions
{
public:
    static constexpr qsizetype kCapacity = 50'000;

    explicit ReportedInteractions(qsizetype capacity = kCapacity)
        : m_keys(capacity)
    {}

    /// True the first time `key` is reported, and then remembers it.
    bool firstReport(quint64 key)
    {
        if (m_keys.find(key))
            return false;
        m_keys.insert(key, true);
        return true;
    }

private:
    BoundedMap<bool> m_keys;
};

/// boomerang: what a page's later beacons do not repeat. An error beacon (http.initiator=error)
/// carries no navigation start, yet its incremental INP counts from it; and the interactions a
/// route-change beacon reports happened mostly on the route before, which an earlier beacon
/// named. Pages are keyed by (session, pid), hashed.
///
/// At most kCapacity pages (about 100 bytes each) with at most kRoutesPerPage later views (route
/// changes and back/forward-cache restores, about 100 bytes each): 5 MB when full of pages
/// without any, 45 MB if every page had eight.
class BoomerangPages
{
public:
    static constexpr qsizetype kCapacity = 50'000;
    static constexpr qsizetype kRoutesPerPage = 8;

    struct Route
    {
        double start = 0; ///< epoch ms
        QString viewId;
    };
    struct Page
    {
        double timeOrigin = 0;     ///< the navigation start, epoch ms; 0: not known
        std::vector<Route> routes; ///< route changes and restores
    };

    explicit BoomerangPages(qsizetype capacity = kCapacity)
        : m_pages(capacity)
    {}

    /// The page of `key`, a new one if none is remembered.
    Page &pageOrNew(quint64 key)
    {
        if (Page *known = m_pages.find(key))
            return *known;
        return m_pages.insert(key, {});
    }

    /// Remembers a view that began after the page loaded; one already known (a beacon sent
    /// twice) is kept once.
    static void addRoute(Page &page, Route route)
    {
        for (const Route &known : page.routes) {
            if (known.viewId == route.viewId)
                return;
        }
        if (qsizetype(page.routes.size()) >= kRoutesPerPage)
            page.routes.erase(
                std::min_element(page.routes.begin(), page.routes.end(),
                                 [](const Route &a, const Route &b) { return a.start < b.start; }));
        page.routes.push_back(std::move(route));
    }

    ReportedInteractions interactions;

private:
    BoundedMap<Page> m_pages;
};

/// Salts for client addresses. An address tells apart visitors whose SDK sends no session id,
/// but no stored id may give it away: hashed as it is, the 2^32 IPv4 addresses are searched in
/// seconds. So an address only goes into a derived id together with a random salt that lives
/// in this process's memory alone, a new one for each UTC day, as cookieless analytics do
/// (Plausible's daily salt). Ids derived from it change at midnight, and when the process
/// restarts: a visit then continues under a new session id.
class AddressSalts
{
public:
    static constexpr qint64 kMsPerDay = 86'400'000;

    /// The salt of the UTC day of `epochMs`: the same all day, forgotten two days later.
    QByteArray saltFor(qint64 epochMs)
    {
        const qint64 day = epochMs / kMsPerDay - (epochMs % kMsPerDay < 0 ? 1 : 0);
        for (const auto &[known, salt] : m_salts) {
            if (known == day)
                return salt;
        }
        QByteArray salt(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                              salt.size() / qsizetype(sizeof(quint32)));
        // Beacons of yesterday still arrive around midnight; older days are done.
        if (m_salts.size() >= 2)
            m_salts.erase(std::min_element(m_salts.begin(), m_salts.end()));
        m_salts.emplace_back(day, salt);
        return salt;
    }

private:
    std::vector<std::pair<qint64, QByteArray>> m_salts;
};

/// Every format's memory; a format that needs none has no member here.
struct ParserState
{
    ElasticViews elastic;
    OtlpViews otlp;
    FaroRequests faro;
    ReportedInteractions faroInteractions;
    ReportedInteractions webVitalsInteractions;
    BoomerangPages boomerang;
    AddressSalts addresses;
};

} // namespace rumscope::formats
