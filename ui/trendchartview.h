#pragma once
// The trend chart: a metric's percentile per time bucket as a line in front of translucent
// good / needs-improvement / poor bands. Drawn from a TrendModel, rebuilt on every reset.

#include <QChartView>

#include <array>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace rumscope {

class TrendModel;

class TrendChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChartView(QWidget *parent = nullptr);

    void setModel(TrendModel *model);
    QString title() const;
    /// The points the line shows (buckets with samples), in display units — for tests.
    QList<QPointF> linePoints() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void showPointToolTip(const QPointF &point, bool hovered);
    double displayScale() const;

    TrendModel *m_model = nullptr;
    QChart *m_chart;
    QLineSeries *m_line;
    std::array<QAreaSeries *, 3> m_bands{};
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
};

} // namespace rumscope
