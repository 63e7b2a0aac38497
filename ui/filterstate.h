#pragma once
// The one filter state of a window: the time range (or a brushed span), the conditions on
// dimensions, the metric and the percentile every view shows. Views and the filter bar edit
// it; the dashboard controller turns each change into one batch of queries. Every edit is a
// step in its history, which Back and Forward walk.

#include "model/metric.h"
#include "query/filter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

#include <optional>

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

    /// Everything the state holds: one step of its history.
    struct Values
    {
        TimeRange timeRange = kDefaultTimeRange;
        std::optional<std::pair<qint64, qint64>>
            brush;                         ///< [from, to) epoch ms, overrides the range
        QList<DimensionFilter> conditions; ///< one per (dimension, exclude)
        std::optional<bool> hasError;
        Metric metric = Metric::Lcp;
        double percentile = kDefaultPercentile;

        bool operator==(const Values &) const = default;
    };

    explicit FilterState(QObject *parent = nullptr);

    const Values &values() const { return m_values; }
    TimeRange timeRange() const { return m_values.timeRange; }
    void setTimeRange(TimeRange range); ///< also ends a brush
    const std::optional<std::pair<qint64, qint64>> &brush() const { return m_values.brush; }
    void setBrush(qint64 from, qint64 to);
    void clearBrush();
    double percentile() const { return m_values.percentile; }
    void setPercentile(double percentile);
    Metric metric() const { return m_values.metric; }
    void setMetric(Metric metric);

    const QList<DimensionFilter> &conditions() const { return m_values.conditions; }
    /// Only page views whose dimension has this value (several: any of them).
    void include(Dimension dimension, const QString &value);
    /// Leave out page views whose dimension has this value.
    void exclude(Dimension dimension, const QString &value);
    /// Drops one value of a condition (the whole condition when it was the last).
    void removeCondition(Dimension dimension, const QString &value, bool excluded);
    void setHasError(std::optional<bool> hasError);
    /// What the filter bar shows for a value instead of the value itself (an error group's
    /// message for its fingerprint). Not a step of the history: labels outlive Back/Forward.
    void setValueLabel(Dimension dimension, const QString &value, const QString &label);
    /// The label set for the value; empty when none was.
    QString valueLabel(Dimension dimension, const QString &value) const;
    /// No brush and no conditions; the time range, metric and percentile stay.
    void clearFilters();
    /// Starts over from values, with an empty history (e.g. the choices saved last time).
    void reset(const Values &values);

    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void goBack();
    void goForward();

    /// The filter for data spanning [firstTime, lastTime] (epoch ms, as LocalEngine reports).
    Filter filter(qint64 firstTime, qint64 lastTime) const;
    /// The span the filter covers for such data: [from, to).
    std::pair<qint64, qint64> span(qint64 firstTime, qint64 lastTime) const;

    static QList<TimeRange> timeRanges();
    static QString timeRangeName(TimeRange range); ///< translated, for the combo box
    static QList<double> percentiles();            ///< p50, p75, p90, p95, p99
    static constexpr double kDefaultPercentile = 0.75;
    static constexpr TimeRange kDefaultTimeRange = TimeRange::Last30Days;
    static constexpr int kMaxHistory = 100;

Q_SIGNALS:
    void changed();
    void historyChanged();

private:
    void apply(Values next);
    void addCondition(Dimension dimension, const QString &value, bool excluded);

    Values m_values;
    QList<Values> m_back;
    QList<Values> m_forward;
    QHash<QPair<int, QString>, QString> m_labels;
};

} // namespace rumscope
