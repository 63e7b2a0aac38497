#pragma once
// A metric's percentile over time as a table: one row per time bucket, columns for the bucket
// start, the percentile value and the sample count. The trend chart is drawn from it.

#include "query/metricquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace rumscope {

class TrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ValueColumn,
        SamplesColumn,
        ColumnCount
    };
    /// Epoch ms of the bucket start, the percentile (NaN without samples), the sample count.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit TrendModel(QObject *parent = nullptr);

    void setTrend(Metric metric, double percentile, qint64 bucketMs,
                  const QList<MetricSummary> &buckets);
    void clear();

    Metric metric() const { return m_metric; }
    double percentile() const { return m_percentile; }
    qint64 bucketMs() const { return m_bucketMs; }
    const MetricSummary &bucket(int row) const { return m_buckets.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Metric m_metric = Metric::Lcp;
    double m_percentile = 0.75;
    qint64 m_bucketMs = 0;
    QList<MetricSummary> m_buckets;
};

} // namespace rumscope
