#pragma once
// The Overview's traffic tiles as a table: page views, sessions and error rate (page views with
// an error / page views), each against the period of equal length before.

#include "periodchange.h"

#include <QAbstractTableModel>

namespace rumscope {

/// The counts behind the tiles for one period.
struct OverviewTotals
{
    qint64 pageViews = 0;
    qint64 sessions = 0;
    qint64 pageViewsWithErrors = 0;

    /// Page views with an error per page view; NaN without page views.
    double errorRate() const;
};

class OverviewTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row
    {
        PageViewsRow,
        SessionsRow,
        ErrorRateRow,
        RowCount
    };
    enum Column
    {
        NameColumn,
        ValueColumn,
        PreviousColumn,
        ChangeColumn,
        ColumnCount
    };
    /// Value and previous: the count (qint64) or the rate (double, 0…1); change: the relative
    /// change (double), invalid without data before.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit OverviewTotalsModel(QObject *parent = nullptr);

    void setTotals(const OverviewTotals &current, const OverviewTotals &previous,
                   const ComparedPeriods &periods);
    void clear();

    bool hasTotals() const { return m_valid; }
    const OverviewTotals &current() const { return m_current; }
    const OverviewTotals &previous() const { return m_previous; }
    const ComparedPeriods &periods() const { return m_periods; }
    PeriodChange change(int row) const;

    // What a tile shows, as text.
    static QString name(int row);
    QString valueText(int row) const;
    QString changeText(int row) const; ///< "▲ 12% vs previous 7 days" or "no data before"
    QString detailText(int row) const; ///< a line of context under the change
    QString toolTip(int row) const;    ///< what the figure is, for which periods, from what

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    double figure(int row, const OverviewTotals &totals) const;
    QString formatFigure(int row, const OverviewTotals &totals) const;
    bool hasPrevious() const { return m_previous.pageViews > 0; }

    bool m_valid = false;
    OverviewTotals m_current;
    OverviewTotals m_previous;
    ComparedPeriods m_periods;
};

} // namespace rumscope
