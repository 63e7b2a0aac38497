#pragma once
// Whether each device type passes the Core Web Vitals, as a table: one row per device type,
// its verdict and its LCP, INP and CLS at the chosen percentile. A device type passes when all
// three are good (CrUX's assessment, at p75); without samples of one it cannot be judged.

#include "query/metricquery.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>
#include <vector>

namespace rumscope {

enum class VitalsVerdict
{
    Passes,
    Fails,
    NotEnoughData,
};

class DeviceVitalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DeviceColumn,
        VerdictColumn,
        LcpColumn,
        InpColumn,
        ClsColumn,
        PageViewsColumn,
        ColumnCount
    };
    /// Device: the device type as filters name it; verdict: VitalsVerdict as int; vitals: the
    /// percentile (NaN without samples); page views: the count.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The vital columns' sample counts.
    static constexpr int SamplesRole = Qt::UserRole + 2;

    explicit DeviceVitalsModel(QObject *parent = nullptr);

    /// byMetric: LCP, INP and CLS (kCoreWebVitals order), each grouped by device type.
    void setResult(double percentile, const std::vector<MetricQueryResult> &byMetric);
    void clear();

    double percentile() const { return m_percentile; }
    static Metric metricOf(int column); ///< LcpColumn … ClsColumn
    QString deviceType(int row) const { return m_rows.at(row).device; }
    /// "Desktop"; "(not set)" for page views without one.
    QString deviceLabel(int row) const;
    VitalsVerdict verdict(int row) const;
    const MetricSummary &vital(int row, Metric metric) const;
    qint64 pageViews(int row) const { return m_rows.at(row).pageViews; }

    static QString verdictName(VitalsVerdict verdict);
    QString vitalText(int row, Metric metric) const; ///< "1.97 s", or "–" without samples
    QString rowText(int row) const;                  ///< the row as one line, to copy
    QString toolTip(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString device;
        qint64 pageViews = 0;
        std::array<MetricSummary, 3> vitals; ///< kCoreWebVitals order
    };

    double m_percentile = 0.75;
    QList<Row> m_rows;
};

} // namespace rumscope
