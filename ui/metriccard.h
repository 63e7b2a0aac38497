#pragma once
// One metric on the Overview: its percentile value in the rating's colour, the number of page
// views that reported it, and the good / needs-improvement / poor shares as a stacked bar.

#include "query/metricquery.h"

#include <QWidget>

namespace rumscope {

class MetricCard : public QWidget
{
    Q_OBJECT
public:
    explicit MetricCard(Metric metric, QWidget *parent = nullptr);

    /// Shows summary as the given percentile of this card's metric.
    void setSummary(double percentile, const MetricSummary &summary);
    /// Back to "no data".
    void clear();

    Metric metric() const { return m_metric; }
    double percentile() const { return m_percentile; }
    const MetricSummary &summary() const { return m_summary; }
    bool hasData() const;

    // What the card shows, as text — for accessibility, tooltips and tests.
    QString valueText() const;
    QString samplesText() const;
    QString shareText(Rating rating) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();
    qint64 count(Rating rating) const;
    void paintShareBar(QPainter &painter, const QRect &bar) const;
    void paintLegend(QPainter &painter, const QRect &row) const;

    Metric m_metric;
    double m_percentile = 0.75;
    MetricSummary m_summary;
};

} // namespace rumscope
