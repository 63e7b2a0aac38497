#include "filterstate.h"

namespace rumscope {
namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;

qint64 spanOf(FilterState::TimeRange range)
{
    switch (range) {
    case FilterState::TimeRange::Last24Hours:
        return 24 * kHourMs;
    case FilterState::TimeRange::Last7Days:
        return 7 * 24 * kHourMs;
    case FilterState::TimeRange::Last30Days:
        return 30 * 24 * kHourMs;
    case FilterState::TimeRange::AllTime:
        break;
    }
    return 0;
}
} // namespace

FilterState::FilterState(QObject *parent)
    : QObject(parent)
{}

void FilterState::setTimeRange(TimeRange range)
{
    if (range == m_timeRange)
        return;
    m_timeRange = range;
    Q_EMIT changed();
}

void FilterState::setPercentile(double percentile)
{
    if (qFuzzyCompare(percentile, m_percentile) || percentile <= 0 || percentile >= 1)
        return;
    m_percentile = percentile;
    Q_EMIT changed();
}

Filter FilterState::filter(qint64 firstTime, qint64 lastTime) const
{
    Filter filter;
    if (lastTime <= 0)
        return filter; // no data: nothing to anchor a range to
    // An explicit range even for "all time", so every view can say which span it shows.
    filter.to = lastTime + 1;
    const qint64 span = spanOf(m_timeRange);
    filter.from = span > 0 ? std::max(firstTime, filter.to - span) : firstTime;
    return filter;
}

QList<FilterState::TimeRange> FilterState::timeRanges()
{
    return {TimeRange::Last24Hours, TimeRange::Last7Days, TimeRange::Last30Days,
            TimeRange::AllTime};
}

QString FilterState::timeRangeName(TimeRange range)
{
    switch (range) {
    case TimeRange::Last24Hours:
        return tr("Last 24 hours");
    case TimeRange::Last7Days:
        return tr("Last 7 days");
    case TimeRange::Last30Days:
        return tr("Last 30 days");
    case TimeRange::AllTime:
        return tr("All time");
    }
    return {};
}

QList<double> FilterState::percentiles()
{
    return {0.5, 0.75, 0.9, 0.95, 0.99};
}

} // namespace rumscope
