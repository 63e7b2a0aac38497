#pragma once
// Trends: the chosen metric's percentile over time against the period before, with release
// markers and sample counts, its distribution, and the series as a table. Passive: it shows
// what the dashboard controller hands it; brushing the time chart asks to narrow the span.

#include "dashboardcontroller.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rumscope {

class HistogramChart;
class TimeSeriesChart;
class TrendsModel;

class TrendsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrendsPage(QWidget *parent = nullptr);

    void showResult(const TrendsResult &result);
    void clear();
    /// Whether a brush narrows the span now: shows "Reset zoom".
    void setZoomed(bool zoomed);

    TrendsModel *model() const { return m_model; }
    TimeSeriesChart *chart() const { return m_chart; }
    HistogramChart *histogram() const { return m_histogram; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    int resultsShown() const { return m_resultsShown; }

Q_SIGNALS:
    /// Narrow the span to [from, to) epoch ms.
    void brushRequested(qint64 from, qint64 to);
    void resetZoomRequested();

private:
    void brushRow(int row);

    TrendsModel *m_model;
    TimeSeriesChart *m_chart;
    HistogramChart *m_histogram;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_resetZoom;
    int m_resultsShown = 0;
};

} // namespace rumscope
