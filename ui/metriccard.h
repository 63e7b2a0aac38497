#pragma once
// One metric on the Overview: its percentile value in the rating's colour, the change against
// the period before, the number of page views that reported it, its percentile over time as a
// sparkline and the good / needs-improvement / poor shares as a stacked bar.

#include "periodchange.h"
#include "query/metricquery.h"

#include <QList>
#include <QWidget>

class QAction;

namespace rumscope {

class MetricCard : public QWidget
{
    Q_OBJECT
public:
    explicit MetricCard(Metric metric, QWidget *parent = nullptr);

    /// Shows summary as the given percentile of this card's metric; forgets the comparison and
    /// the sparkline until they are set again.
    void setSummary(double percentile, const MetricSummary &summary);
    /// The same figures for the period before, the change they make and the periods' names.
    void setComparison(const MetricSummary &previous, const PeriodChange &change,
                       const ComparedPeriods &periods);
    /// The percentile per time bucket, oldest first (value NaN where a bucket has no samples).
    void setSparkline(const QList<MetricSummary> &buckets);
    /// Back to "no data".
    void clear();

    Metric metric() const { return m_metric; }
    double percentile() const { return m_percentile; }
    const MetricSummary &summary() const { return m_summary; }
    const QList<MetricSummary> &sparkline() const { return m_sparkline; }
    bool hasData() const;
    bool hasComparison() const { return m_hasComparison; }
    const PeriodChange &change() const { return m_change; }

    // What the card shows, as text — for accessibility, tooltips and tests.
    QString valueText() const;
    QString samplesText() const;
    QString shareText(Rating rating) const;
    QString changeText() const; ///< "▲ 12% vs previous 7 days"; empty before the comparison

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Layout
    {
        QRect content;
        int titleTop = 0;
        int nameTop = 0;
        int valueTop = 0;
        int changeTop = 0;
        int samplesTop = 0;
        QRect sparkline;
        QRect bar;
        QRect legend;
    };
    Layout layout() const;
    void updateDescription();
    qint64 count(Rating rating) const;
    void paintSparkline(QPainter &painter, const QRect &area) const;
    void paintShareBar(QPainter &painter, const QRect &bar) const;
    void paintLegend(QPainter &painter, const QRect &row) const;
    QString bucketToolTip(int bucket) const;

    Metric m_metric;
    double m_percentile = 0.75;
    MetricSummary m_summary;
    MetricSummary m_previous;
    PeriodChange m_change;
    ComparedPeriods m_periods;
    bool m_hasComparison = false;
    QList<MetricSummary> m_sparkline;
    QAction *m_copyValue;
    QAction *m_copyDescription;
};

} // namespace rumscope
