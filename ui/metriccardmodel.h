#pragma once
// The Overview's metric cards as a table: one row per metric, columns for the percentile value,
// the sample count, the rating shares and the change against the period before. The cards
// paint from it; tests and future exports read it.

#include "periodchange.h"
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
        PreviousValueColumn, ///< the percentile in the period of equal length before
        ChangeColumn,        ///< relative change against it
        ColumnCount
    };
    /// The unformatted value: metric id, percentile value, sample count, share 0…1, Rating,
    /// previous percentile (NaN without samples then), relative change (invalid without one).
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit MetricCardModel(QObject *parent = nullptr);

    void setCards(double percentile, const QList<Metric> &metrics,
                  const QList<MetricSummary> &cards);
    void clear();
    /// The same metrics' figures for the period before (matched by metric; missing ones have
    /// no data before). setCards() forgets them.
    void setPrevious(const QList<Metric> &metrics, const QList<MetricSummary> &previous,
                     const ComparedPeriods &periods);

    double percentile() const { return m_percentile; }
    Metric metric(int row) const { return m_metrics.at(row); }
    const MetricSummary &summary(int row) const { return m_cards.at(row); }
    int rowOf(Metric metric) const { return int(m_metrics.indexOf(metric)); }
    /// The figures of the period before; no samples when it had none (or is not known yet).
    const MetricSummary &previous(int row) const { return m_previous.at(row); }
    const ComparedPeriods &periods() const { return m_periods; }
    PeriodChange change(int row) const;
    /// "▲ 12% vs previous 7 days", "no data before"; empty until the period before is known.
    QString changeText(int row) const;

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
    QList<MetricSummary> m_previous; ///< as many as m_cards
    ComparedPeriods m_periods;
    bool m_hasPrevious = false; ///< setPrevious() was called since setCards()
};

} // namespace rumscope
