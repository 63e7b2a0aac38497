#pragma once
// The Overview's metric cards as a table: one row per metric, columns for the percentile value,
// the sample count and the rating shares. The cards paint from it; tests and future exports
// read it.

#include "query/metricquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace rumscope {

class MetricCardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        ValueColumn,
        SamplesColumn,
        GoodColumn,
        NeedsImprovementColumn,
        PoorColumn,
        RatingColumn,
        ColumnCount
    };
    /// The unformatted value: metric id, percentile value, sample count, share 0…1, Rating.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit MetricCardModel(QObject *parent = nullptr);

    void setCards(double percentile, const QList<Metric> &metrics,
                  const QList<MetricSummary> &cards);
    void clear();

    double percentile() const { return m_percentile; }
    Metric metric(int row) const { return m_metrics.at(row); }
    const MetricSummary &summary(int row) const { return m_cards.at(row); }
    int rowOf(Metric metric) const { return int(m_metrics.indexOf(metric)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QVariant raw(int row, int column) const;

    double m_percentile = 0.75;
    QList<Metric> m_metrics;
    QList<MetricSummary> m_cards;
};

} // namespace rumscope
