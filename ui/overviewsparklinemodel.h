#pragma once
// The Overview cards' sparklines as a table: one row per time bucket, a column for the bucket's
// start and one per card metric (kOverviewMetrics) holding its percentile in that bucket.

#include "query/metricquery.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace rumscope {

class OverviewSparklineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int TimeColumn = 0;
    /// Epoch ms of the bucket start; the percentile (NaN without samples).
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The bucket's sample count of the column's metric.
    static constexpr int SamplesRole = Qt::UserRole + 2;

    explicit OverviewSparklineModel(QObject *parent = nullptr);

    /// results: one per kOverviewMetrics metric, bucketed by time alike.
    void setSparklines(double percentile, qint64 bucketMs,
                       const std::vector<MetricQueryResult> &results);
    void clear();

    double percentile() const { return m_percentile; }
    qint64 bucketMs() const { return m_bucketMs; }
    static int columnOf(Metric metric);
    static Metric metricOf(int column); ///< column > TimeColumn
    qint64 bucketStart(int row) const { return m_starts.at(row); }
    /// The metric's bucket at row; an empty summary (no samples) when its query had none.
    const MetricSummary &bucket(int row, Metric metric) const;
    /// The metric's percentile per bucket, oldest first; NaN where a bucket has no samples.
    QList<double> series(Metric metric) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    double m_percentile = 0.75;
    qint64 m_bucketMs = 0;
    QList<qint64> m_starts;
    /// [metric column − 1][row]
    QList<QList<MetricSummary>> m_buckets;
};

} // namespace rumscope
