#pragma once
// Pages: one row per route with its page views, each vital's percentile (in its rating's
// colour) and the share of its page views that had an error.

#include "query/metricquery.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace rumscope {

class PagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Route, Page views, then one column per vital (kOverviewMetrics order), then Errors.
    static constexpr int kRouteColumn = 0;
    static constexpr int kPageViewsColumn = 1;
    static constexpr int kFirstMetricColumn = 2;
    static constexpr int kErrorRateColumn = kFirstMetricColumn + int(kOverviewMetrics.size());
    static constexpr int kColumnCount = kErrorRateColumn + 1;
    /// The unformatted value: the route, a count, a percentile (NaN-free: absent), a share.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int RatingRole = Qt::UserRole + 2;

    struct Row
    {
        QString route;
        qint64 pageViews = 0;
        std::array<MetricSummary, kOverviewMetrics.size()> metrics;
        qint64 withErrors = 0;
    };

    explicit PagesModel(QObject *parent = nullptr);

    /// byMetric: each vital's breakdown by route (kOverviewMetrics order); withErrors: page
    /// views with an error, by route.
    void setResult(double percentile, const QList<QList<MetricSummary>> &byMetric,
                   const QList<MetricSummary> &withErrors);
    void clear();

    const Row &row(int index) const { return m_rows.at(index); }
    double percentile() const { return m_percentile; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    double m_percentile = 0.75;
    QList<Row> m_rows;
};

} // namespace rumscope
