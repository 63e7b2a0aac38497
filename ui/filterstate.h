#pragma once
// The one filter state of a window: which time range and which percentile every view shows.
// Views and the filter bar edit it; the dashboard controller turns each change into queries.

#include "query/filter.h"

#include <QList>
#include <QObject>

namespace rumscope {

class FilterState : public QObject
{
    Q_OBJECT
public:
    /// Ranges end at the data's last page view, not at "now": an old store still shows data.
    enum class TimeRange
    {
        Last24Hours,
        Last7Days,
        Last30Days,
        AllTime
    };
    Q_ENUM(TimeRange)

    explicit FilterState(QObject *parent = nullptr);

    TimeRange timeRange() const { return m_timeRange; }
    void setTimeRange(TimeRange range);
    double percentile() const { return m_percentile; }
    void setPercentile(double percentile);

    /// The filter for data spanning [firstTime, lastTime] (epoch ms, as LocalEngine reports).
    Filter filter(qint64 firstTime, qint64 lastTime) const;

    static QList<TimeRange> timeRanges();
    static QString timeRangeName(TimeRange range); ///< translated, for the combo box
    static QList<double> percentiles();            ///< p50, p75, p90, p95, p99
    static constexpr double kDefaultPercentile = 0.75;
    static constexpr TimeRange kDefaultTimeRange = TimeRange::Last30Days;

Q_SIGNALS:
    void changed();

private:
    TimeRange m_timeRange = kDefaultTimeRange;
    double m_percentile = kDefaultPercentile;
};

} // namespace rumscope
