#pragma once
// One session's journey laid out for the timeline: every event as an item on its lane (page
// views, interactions, errors, long tasks, resources, measurements) with its offset from the
// session's start and its duration, each page view's span and resources (its waterfall), and
// the words its tooltip says. A value, built once per journey, tested without widgets.

#include "model/metric.h"
#include "query/sessionjourney.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace rumscope {

enum class JourneyLane
{
    PageViews,
    Interactions,
    Errors,
    LongTasks,
    Resources,
    Measurements,
};
inline constexpr int kJourneyLaneCount = 6;

struct JourneyItem
{
    JourneyLane lane = JourneyLane::PageViews;
    size_t event = 0;             ///< index into SessionJourney::events
    double start = 0;             ///< ms since the session's start
    double duration = 0;          ///< ms; 0 for an instant (an error, a measurement)
    int pageView = -1;            ///< index into JourneyLanes::pageViews(); -1 before the first
    std::optional<Rating> rating; ///< how it rates, where that means something
    double end() const { return start + duration; }
};

struct JourneyPageView
{
    int item = -1;              ///< its own item
    double start = 0;           ///< ms since the session's start
    double end = 0;             ///< when the next page view began, or the session ended
    bool routeChange = false;   ///< a single-page app's route change, not a document load
    std::vector<int> resources; ///< its resources' items, by start: the waterfall's rows
    int interactions = 0;
    int errors = 0;
    int longTasks = 0;
};

class JourneyLanes
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::JourneyLanes)
public:
    JourneyLanes() = default;
    explicit JourneyLanes(SessionJourney journey);

    const SessionJourney &journey() const { return m_journey; }
    const Session &session() const { return m_journey.session; }
    bool isEmpty() const { return m_items.empty(); }
    /// The epoch ms the timeline's zero stands for: the session's start, or its first event
    /// when that came earlier.
    qint64 origin() const { return m_origin; }
    /// ms from origin() to the end of the last thing the session did.
    double span() const { return m_span; }
    /// From the session's first to its last event as the store recorded it (as the session list
    /// reads it); span() when the store has no such record. The span can be longer: it includes
    /// how long the last resources and tasks took.
    double sessionDuration() const;

    /// One item per event, in the journey's (time) order.
    const std::vector<JourneyItem> &items() const { return m_items; }
    const JourneyItem &item(int index) const { return m_items.at(size_t(index)); }
    const Record &record(int item) const;
    /// The items of one lane, in time order.
    const std::vector<int> &lane(JourneyLane lane) const { return m_lanes.at(size_t(lane)); }
    const std::vector<JourneyPageView> &pageViews() const { return m_pageViews; }
    const PageView &pageView(int index) const;

    static QString laneName(JourneyLane lane);
    /// "click on button.add-to-cart", "/product/:id", "TypeError: x is undefined", …
    QString title(int item) const;
    /// What it was, when (after the session's start, and the local time), how long, and the
    /// details that matter for its kind: INP parts, a resource's URL, initiator, size, status.
    QString toolTip(int item) const;
    /// The local wall-clock time of an offset, with milliseconds.
    QString clockTime(double offset) const;

    /// "+1:02.345": an offset from the session's start, as the timeline reads it.
    static QString formatOffset(double ms);
    /// "256 ms", "1.71 s", "2 min 5 s".
    static QString formatDuration(double ms);
    /// "LCP 1.71 s"
    static QString formatVital(Metric metric, double value);
    /// The vitals a page view has, LCP, INP, CLS first, then FCP and TTFB.
    static std::vector<std::pair<Metric, double>> vitalsOf(const PageView &view);
    /// The worst rating among its Core Web Vitals, if it has any.
    static std::optional<Rating> worstCoreVital(const PageView &view);

private:
    SessionJourney m_journey;
    qint64 m_origin = 0;
    double m_span = 0;
    std::vector<JourneyItem> m_items;
    std::array<std::vector<int>, kJourneyLaneCount> m_lanes;
    std::vector<JourneyPageView> m_pageViews;
};

} // namespace rumscope
