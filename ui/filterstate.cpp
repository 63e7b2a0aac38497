#include "filterstate.h"

#include <algorithm>

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

void FilterState::apply(Values next)
{
    if (next == m_values)
        return;
    m_back.append(std::exchange(m_values, std::move(next)));
    if (m_back.size() > kMaxHistory)
        m_back.removeFirst();
    m_forward.clear();
    Q_EMIT changed();
    Q_EMIT historyChanged();
}

void FilterState::reset(const Values &values)
{
    const bool same = values == m_values;
    m_values = values;
    m_back.clear();
    m_forward.clear();
    if (!same)
        Q_EMIT changed();
    Q_EMIT historyChanged();
}

void FilterState::setTimeRange(TimeRange range)
{
    Values next = m_values;
    next.timeRange = range;
    next.brush.reset();
    apply(std::move(next));
}

void FilterState::setBrush(qint64 from, qint64 to)
{
    if (from >= to)
        return;
    Values next = m_values;
    next.brush = std::make_pair(from, to);
    apply(std::move(next));
}

void FilterState::clearBrush()
{
    Values next = m_values;
    next.brush.reset();
    apply(std::move(next));
}

void FilterState::setPercentile(double percentile)
{
    if (!(percentile > 0 && percentile < 1))
        return;
    Values next = m_values;
    next.percentile = percentile;
    apply(std::move(next));
}

void FilterState::setMetric(Metric metric)
{
    Values next = m_values;
    next.metric = metric;
    apply(std::move(next));
}

void FilterState::include(Dimension dimension, const QString &value)
{
    addCondition(dimension, value, false);
}

void FilterState::exclude(Dimension dimension, const QString &value)
{
    addCondition(dimension, value, true);
}

void FilterState::addCondition(Dimension dimension, const QString &value, bool excluded)
{
    Values next = m_values;
    // Filtering to a value ends excluding it, and the other way round.
    for (DimensionFilter &condition : next.conditions) {
        if (condition.dimension == dimension && condition.exclude != excluded)
            condition.values.removeAll(value);
    }
    next.conditions.removeIf([](const DimensionFilter &c) { return c.values.isEmpty(); });
    auto found =
        std::find_if(next.conditions.begin(), next.conditions.end(), [&](const DimensionFilter &c) {
            return c.dimension == dimension && c.exclude == excluded;
        });
    if (found == next.conditions.end())
        next.conditions.append({dimension, {value}, excluded});
    else if (!found->values.contains(value))
        found->values.append(value);
    apply(std::move(next));
}

void FilterState::removeCondition(Dimension dimension, const QString &value, bool excluded)
{
    Values next = m_values;
    for (DimensionFilter &condition : next.conditions) {
        if (condition.dimension == dimension && condition.exclude == excluded)
            condition.values.removeAll(value);
    }
    next.conditions.removeIf([](const DimensionFilter &c) { return c.values.isEmpty(); });
    apply(std::move(next));
}

void FilterState::setHasError(std::optional<bool> hasError)
{
    Values next = m_values;
    next.hasError = hasError;
    apply(std::move(next));
}

void FilterState::setValueLabel(Dimension dimension, const QString &value, const QString &label)
{
    if (label.isEmpty())
        m_labels.remove({int(dimension), value});
    else
        m_labels.insert({int(dimension), value}, label);
}

QString FilterState::valueLabel(Dimension dimension, const QString &value) const
{
    return m_labels.value({int(dimension), value});
}

void FilterState::clearFilters()
{
    Values next = m_values;
    next.brush.reset();
    next.conditions.clear();
    next.hasError.reset();
    apply(std::move(next));
}

void FilterState::goBack()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(std::exchange(m_values, m_back.takeLast()));
    Q_EMIT changed();
    Q_EMIT historyChanged();
}

void FilterState::goForward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(std::exchange(m_values, m_forward.takeLast()));
    Q_EMIT changed();
    Q_EMIT historyChanged();
}

std::pair<qint64, qint64> FilterState::span(qint64 firstTime, qint64 lastTime) const
{
    if (m_values.brush)
        return *m_values.brush;
    const qint64 to = lastTime + 1;
    const qint64 range = spanOf(m_values.timeRange);
    return {range > 0 ? std::max(firstTime, to - range) : firstTime, to};
}

Filter FilterState::filter(qint64 firstTime, qint64 lastTime) const
{
    Filter filter;
    filter.dimensions = m_values.conditions;
    filter.hasError = m_values.hasError;
    if (lastTime <= 0 && !m_values.brush)
        return filter; // no data: nothing to anchor a range to
    // An explicit range even for "all time", so every view can say which span it shows.
    std::tie(filter.from, filter.to) = span(firstTime, lastTime);
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
