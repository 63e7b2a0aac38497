#pragma once
// The Trends page's series as a table: one row per time bucket with its start, the metric's
// percentile, the sample count and the percentile of the matching bucket of the period before.
// The time chart draws from it, the page's table shows it, tests read it; it also holds what
// the chart marks (release changes) and how it is scaled (span, bucket, metric).

#include "dashboardcontroller.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace rumscope {

class TrendsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ValueColumn,
        SamplesColumn,
        PreviousColumn,
        ColumnCount
    };
    /// The unformatted value: epoch ms, the percentile (NaN without samples), a count.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    struct Row
    {
        qint64 bucketStart = 0;
        double value = MetricSummary::kUnsetValue;
        qint64 samples = 0;
        double previousValue = MetricSummary::kUnsetValue;
        qint64 previousSamples = 0;
    };
    /// Where a release first appears inside the span, after another.
    struct ReleaseMarker
    {
        qint64 time = 0;
        QString release;
    };

    explicit TrendsModel(QObject *parent = nullptr);

    void setResult(const TrendsResult &result);
    void clear();
    /// Labels in this zone's local time (the system's unless a test says otherwise).
    void setTimeZone(const QTimeZone &zone);
    const QTimeZone &timeZone() const { return m_zone; }

    Metric metric() const { return m_metric; }
    double percentile() const { return m_percentile; }
    qint64 bucketMs() const { return m_bucketMs; }
    /// The span the filter covers: [from, to) epoch ms.
    std::pair<qint64, qint64> span() const { return m_span; }
    /// What the chart's time axis covers: the first bucket's start to the last one's end.
    std::pair<qint64, qint64> domain() const;
    const Row &row(int row) const { return m_rows.at(row); }
    /// The row of the bucket holding time; -1 outside.
    int rowAt(qint64 time) const;
    qint64 pageViews() const { return m_pageViews; }
    qint64 samples() const { return m_samples; }
    const QList<ReleaseMarker> &releaseMarkers() const { return m_markers; }
    /// The bucket a row stands for, clipped to the span: what a brush on it selects.
    std::pair<qint64, qint64> bucketSpan(int row) const;
    /// A row read out (the chart's tooltip and accessible description): its bucket, value
    /// and rating, samples, the period before and the change since, and any new release.
    QString readout(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Metric m_metric = Metric::Lcp;
    double m_percentile = 0.75;
    qint64 m_bucketMs = 0;
    std::pair<qint64, qint64> m_span;
    qint64 m_pageViews = 0;
    qint64 m_samples = 0;
    QList<Row> m_rows;
    QList<ReleaseMarker> m_markers;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace rumscope
