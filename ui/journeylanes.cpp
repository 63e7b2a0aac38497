#include "journeylanes.h"

#include "displayformat.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace rumscope {
namespace {
template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

JourneyLane laneOf(RecordType type)
{
    switch (type) {
    case RecordType::Interaction:
        return JourneyLane::Interactions;
    case RecordType::Error:
        return JourneyLane::Errors;
    case RecordType::LongTask:
        return JourneyLane::LongTasks;
    case RecordType::Resource:
        return JourneyLane::Resources;
    case RecordType::Measurement:
        return JourneyLane::Measurements;
    case RecordType::Session:
    case RecordType::PageView:
        break;
    }
    return JourneyLane::PageViews;
}

double durationOf(const Record &record)
{
    const double duration =
        std::visit(Overloaded{
                       [](const Interaction &interaction) { return interaction.duration; },
                       [](const Resource &resource) { return resource.duration; },
                       [](const LongTask &task) { return task.duration; },
                       [](const auto &) { return 0.0; },
                   },
                   record);
    return isSet(duration) && duration > 0 ? duration : 0.0;
}

/// ms since the page view's navigation start: as the browser reported it, else from the clocks.
double resourceStart(const Resource &resource, const PageView *view)
{
    if (isSet(resource.startTime))
        return resource.startTime;
    return view ? double(resource.time - view->time) : 0.0;
}

QString sizeText(double bytes)
{
    return formatBytes(qint64(bytes));
}
} // namespace

JourneyLanes::JourneyLanes(SessionJourney journey)
    : m_journey(std::move(journey))
{
    const std::vector<Record> &events = m_journey.events;
    m_origin = m_journey.session.time;
    for (const Record &event : events) {
        if (recordType(event) == RecordType::Session)
            continue;
        const qint64 time = eventBase(event).time;
        if (m_origin <= 0 || time < m_origin)
            m_origin = time;
        break; // events come in time order: the first one is the earliest
    }

    QHash<QString, int> pageViewOfViewId;
    m_items.reserve(events.size());
    for (size_t index = 0; index < events.size(); ++index) {
        const Record &event = events[index];
        const RecordType type = recordType(event);
        if (type == RecordType::Session)
            continue;
        JourneyItem item;
        item.lane = laneOf(type);
        item.event = index;
        item.start = double(eventBase(event).time - m_origin);
        item.duration = durationOf(event);
        const int itemIndex = int(m_items.size());
        if (const auto *view = std::get_if<PageView>(&event)) {
            item.rating = worstCoreVital(*view);
            JourneyPageView span;
            span.item = itemIndex;
            span.start = item.start;
            span.routeChange = view->navigationType == u"route-change";
            if (!view->viewId.isEmpty())
                pageViewOfViewId.insert(view->viewId, int(m_pageViews.size()));
            m_pageViews.push_back(span);
            item.pageView = int(m_pageViews.size()) - 1;
        } else {
            // Its page view by id; without one, the page view it happened on by time. An id
            // of a page view the store does not hold belongs to none.
            const QString &viewId = eventBase(event).viewId;
            item.pageView =
                viewId.isEmpty() ? int(m_pageViews.size()) - 1 : pageViewOfViewId.value(viewId, -1);
        }
        if (const auto *interaction = std::get_if<Interaction>(&event);
            interaction && isSet(interaction->duration))
            item.rating = rate(Metric::Inp, interaction->duration);
        else if (type == RecordType::Error)
            item.rating = Rating::Poor;
        else if (const auto *resource = std::get_if<Resource>(&event);
                 resource && isSet(resource->httpStatus) && resource->httpStatus >= 400)
            item.rating = Rating::Poor;
        m_span = std::max(m_span, item.end());
        m_lanes[size_t(item.lane)].push_back(itemIndex);
        m_items.push_back(item);
    }
    if (m_journey.session.lastSeen > 0)
        m_span = std::max(m_span, double(m_journey.session.lastSeen - m_origin));

    for (size_t view = 0; view < m_pageViews.size(); ++view)
        m_pageViews[view].end =
            view + 1 < m_pageViews.size() ? m_pageViews[view + 1].start : m_span;
    for (size_t index = 0; index < m_items.size(); ++index) {
        const JourneyItem &item = m_items[index];
        if (item.pageView < 0 || item.lane == JourneyLane::PageViews)
            continue;
        JourneyPageView &view = m_pageViews[size_t(item.pageView)];
        switch (item.lane) {
        case JourneyLane::Resources:
            view.resources.push_back(int(index));
            break;
        case JourneyLane::Interactions:
            ++view.interactions;
            break;
        case JourneyLane::Errors:
            ++view.errors;
            break;
        case JourneyLane::LongTasks:
            ++view.longTasks;
            break;
        default:
            break;
        }
    }
    for (size_t view = 0; view < m_pageViews.size(); ++view) {
        const PageView &page = pageView(int(view));
        std::vector<int> &resources = m_pageViews[view].resources;
        std::stable_sort(resources.begin(), resources.end(), [&](int a, int b) {
            return resourceStart(std::get<Resource>(record(a)), &page) <
                   resourceStart(std::get<Resource>(record(b)), &page);
        });
    }
}

double JourneyLanes::sessionDuration() const
{
    const Session &session = m_journey.session;
    if (session.time > 0 && session.lastSeen >= session.time)
        return double(session.lastSeen - session.time);
    return m_span;
}

const Record &JourneyLanes::record(int item) const
{
    return m_journey.events.at(m_items.at(size_t(item)).event);
}

const PageView &JourneyLanes::pageView(int index) const
{
    return std::get<PageView>(record(m_pageViews.at(size_t(index)).item));
}

QString JourneyLanes::laneName(JourneyLane lane)
{
    switch (lane) {
    case JourneyLane::PageViews:
        return tr("Page views");
    case JourneyLane::Interactions:
        return tr("Interactions");
    case JourneyLane::Errors:
        return tr("Errors");
    case JourneyLane::LongTasks:
        return tr("Long tasks");
    case JourneyLane::Resources:
        return tr("Resources");
    case JourneyLane::Measurements:
        return tr("Measurements");
    }
    return {};
}

QString JourneyLanes::title(int item) const
{
    return std::visit(
        Overloaded{
            [](const Session &) { return tr("Session"); },
            [](const PageView &view) {
                if (!view.route.isEmpty())
                    return view.route;
                const QUrl url(view.url);
                return url.path().isEmpty() ? view.url : url.path();
            },
            [](const ErrorEvent &error) {
                if (!error.type.isEmpty() && !error.message.isEmpty())
                    return tr("%1: %2").arg(error.type, error.message);
                if (!error.message.isEmpty())
                    return error.message;
                return error.type.isEmpty() ? tr("%1 error").arg(error.kind) : error.type;
            },
            [](const Interaction &interaction) {
                return interaction.target.isEmpty()
                           ? interaction.type
                           : tr("%1 on %2").arg(interaction.type, interaction.target);
            },
            [](const Resource &resource) {
                const QUrl url(resource.url);
                const QString path = url.path();
                return path.isEmpty() || path == u"/" ? resource.url
                                                      : path.section(u'/', -1, -1, {});
            },
            [](const LongTask &task) {
                return task.name.isEmpty() ? tr("Long task") : tr("Long task (%1)").arg(task.name);
            },
            [](const Measurement &measurement) {
                return isSet(measurement.value)
                           ? tr("%1 = %2").arg(measurement.name,
                                               QLocale().toString(measurement.value, 'g', 6))
                           : measurement.name;
            },
        },
        record(item));
}

QString JourneyLanes::clockTime(double offset) const
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(m_origin + qint64(std::llround(offset)));
    return QLocale().toString(time, u"yyyy-MM-dd HH:mm:ss.zzz");
}

QString JourneyLanes::toolTip(int index) const
{
    const JourneyItem &item = m_items.at(size_t(index));
    const QString when = tr("At %1 (%2)").arg(formatOffset(item.start), clockTime(item.start));
    QStringList lines;
    std::visit(
        Overloaded{
            [](const Session &) {},
            [&](const PageView &view) {
                const JourneyPageView &span = m_pageViews.at(size_t(item.pageView));
                lines << (span.routeChange ? tr("Route change: %1") : tr("Page view: %1"))
                             .arg(title(index));
                lines << view.url;
                lines << tr("%1 · shown for %2").arg(when, formatDuration(span.end - span.start));
                QStringList vitals;
                for (const auto &[metric, value] : vitalsOf(view))
                    vitals << tr("%1 (%2)").arg(formatVital(metric, value),
                                                ratingName(rate(metric, value)));
                if (!vitals.isEmpty())
                    lines << vitals.join(tr(" · "));
                // Not %n: without an English .qm it would read "resource(s)".
                const auto counted = [](qsizetype n, const QString &one, const QString &many) {
                    return n == 1 ? one : many.arg(formatCount(n));
                };
                lines << QStringList{counted(qsizetype(span.resources.size()), tr("1 resource"),
                                             tr("%1 resources")),
                                     counted(span.interactions, tr("1 interaction"),
                                             tr("%1 interactions")),
                                     counted(span.errors, tr("1 error"), tr("%1 errors")),
                                     counted(span.longTasks, tr("1 long task"),
                                             tr("%1 long tasks"))}
                             .join(tr(" · "));
            },
            [&](const ErrorEvent &error) {
                lines << tr("Error (%1): %2").arg(error.kind, title(index));
                lines << when;
                if (!error.resourceUrl.isEmpty())
                    lines << error.resourceUrl;
                if (isSet(error.httpStatus))
                    lines << tr("HTTP %1").arg(qint64(error.httpStatus));
                if (!error.frames.isEmpty()) {
                    const StackFrame &top = error.frames.front();
                    lines << tr("at %1 (%2:%3:%4)")
                                 .arg(top.function.isEmpty() ? tr("<anonymous>") : top.function,
                                      top.file, QString::number(top.line),
                                      QString::number(top.column));
                }
            },
            [&](const Interaction &interaction) {
                lines << tr("Interaction: %1").arg(title(index));
                lines << (isSet(interaction.duration)
                              ? tr("%1 · %2 (%3)")
                                    .arg(when, formatDuration(interaction.duration),
                                         ratingName(rate(Metric::Inp, interaction.duration)))
                              : when);
                QStringList parts;
                if (isSet(interaction.inputDelay))
                    parts << tr("Input delay %1").arg(formatDuration(interaction.inputDelay));
                if (isSet(interaction.processingDuration))
                    parts
                        << tr("Processing %1").arg(formatDuration(interaction.processingDuration));
                if (isSet(interaction.presentationDelay))
                    parts
                        << tr("Presentation %1").arg(formatDuration(interaction.presentationDelay));
                if (!parts.isEmpty())
                    lines << parts.join(tr(" · "));
            },
            [&](const Resource &resource) {
                lines << (resource.initiatorType.isEmpty()
                              ? tr("Resource")
                              : tr("Resource (%1)").arg(resource.initiatorType));
                lines << resource.url;
                QString timing = when;
                if (isSet(resource.startTime))
                    timing = tr("%1, %2 after the page view began")
                                 .arg(when, formatDuration(resource.startTime));
                if (isSet(resource.duration))
                    timing = tr("%1 · took %2").arg(timing, formatDuration(resource.duration));
                lines << timing;
                QStringList facts;
                if (isSet(resource.transferSize))
                    facts << (resource.transferSize > 0
                                  ? tr("%1 transferred").arg(sizeText(resource.transferSize))
                                  : tr("from cache"));
                if (isSet(resource.encodedSize))
                    facts << tr("%1 encoded").arg(sizeText(resource.encodedSize));
                if (isSet(resource.httpStatus))
                    facts << tr("HTTP %1").arg(qint64(resource.httpStatus));
                if (!resource.protocol.isEmpty())
                    facts << resource.protocol;
                if (resource.renderBlocking.value_or(false))
                    facts << tr("render-blocking");
                if (!facts.isEmpty())
                    lines << facts.join(tr(" · "));
            },
            [&](const LongTask &task) {
                lines << title(index);
                lines << (isSet(task.duration) ? tr("%1 · blocked the main thread for %2")
                                                     .arg(when, formatDuration(task.duration))
                                               : when);
            },
            [&](const Measurement &measurement) {
                lines << tr("Measurement: %1").arg(title(index));
                lines << when;
                if (!measurement.attributes.isEmpty())
                    lines << measurement.attributes;
            },
        },
        record(index));
    return lines.join(u'\n');
}

QString JourneyLanes::formatOffset(double ms)
{
    const bool negative = ms < 0;
    const qint64 total = std::llround(std::abs(ms));
    const qint64 hours = total / 3600000;
    const qint64 minutes = total / 60000 % 60;
    const qint64 seconds = total / 1000 % 60;
    const qint64 millis = total % 1000;
    const auto two = [](qint64 value) {
        return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
    };
    const QString fraction = QStringLiteral("%1").arg(millis, 3, 10, QLatin1Char('0'));
    const QString clock =
        hours > 0 ? tr("%1:%2:%3.%4").arg(hours).arg(two(minutes), two(seconds), fraction)
                  : tr("%1:%2.%3").arg(minutes).arg(two(seconds), fraction);
    return negative ? tr("−%1").arg(clock) : tr("+%1").arg(clock);
}

QString JourneyLanes::formatDuration(double ms)
{
    const QLocale locale;
    if (!std::isfinite(ms))
        return tr("–");
    if (ms < 10)
        return tr("%1 ms").arg(locale.toString(ms, 'f', ms == std::floor(ms) ? 0 : 1));
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms, 'f', 0));
    if (ms < 10000)
        return tr("%1 s").arg(locale.toString(ms / 1000, 'f', 2));
    if (ms < 60000)
        return tr("%1 s").arg(locale.toString(ms / 1000, 'f', 1));
    const qint64 seconds = std::llround(ms / 1000);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

QString JourneyLanes::formatVital(Metric metric, double value)
{
    return tr("%1 %2").arg(QLatin1StringView(metricInfo(metric).shortName),
                           formatMetricValue(metric, value));
}

std::vector<std::pair<Metric, double>> JourneyLanes::vitalsOf(const PageView &view)
{
    std::vector<std::pair<Metric, double>> vitals;
    for (const auto &[metric, value] :
         {std::pair{Metric::Lcp, view.lcp}, std::pair{Metric::Inp, view.inp},
          std::pair{Metric::Cls, view.cls}, std::pair{Metric::Fcp, view.fcp},
          std::pair{Metric::Ttfb, view.ttfb}}) {
        if (isSet(value))
            vitals.emplace_back(metric, value);
    }
    return vitals;
}

std::optional<Rating> JourneyLanes::worstCoreVital(const PageView &view)
{
    std::optional<Rating> worst;
    for (const auto &[metric, value] : vitalsOf(view)) {
        if (std::find(kCoreWebVitals.begin(), kCoreWebVitals.end(), metric) == kCoreWebVitals.end())
            continue;
        const Rating rating = rate(metric, value);
        if (!worst || int(rating) > int(*worst))
            worst = rating;
    }
    return worst;
}

} // namespace rumscope
