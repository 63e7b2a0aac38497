#pragma once
// One breakdown of the chosen metric by a dimension (browsers, countries, routes…): a row per
// value with its percentile, samples and rating shares. Views draw bars from it and turn a
// clicked row into a filter on its value.

#include "query/dimension.h"
#include "query/metricquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace rumscope {

class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        SamplesColumn,
        PageViewsColumn,
        GoodColumn,
        NeedsImprovementColumn,
        PoorColumn,
        ColumnCount
    };
    /// The unformatted value: the dimension value, the percentile, a count, a share 0…1.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The row's Rating (an int), absent without samples.
    static constexpr int RatingRole = Qt::UserRole + 2;

    explicit BreakdownModel(Dimension dimension, QObject *parent = nullptr);

    Dimension dimension() const { return m_dimension; }
    /// Shows another dimension's breakdown (a drill-down); empties the rows.
    void setDimension(Dimension dimension);
    void setResult(Metric metric, double percentile, const QList<MetricSummary> &rows);
    void clear();

    Metric metric() const { return m_metric; }
    double percentile() const { return m_percentile; }
    /// The dimension value of a row, as a filter names it ("" for page views without one).
    QString value(int row) const { return m_rows.at(row).group; }
    const MetricSummary &summary(int row) const { return m_rows.at(row); }
    double largestValue() const { return m_largest; } ///< for bar lengths; 0 when none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Dimension m_dimension;
    Metric m_metric = Metric::Lcp;
    double m_percentile = 0.75;
    QList<MetricSummary> m_rows;
    double m_largest = 0;
};

} // namespace rumscope
