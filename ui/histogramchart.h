#pragma once
// The distribution of the chosen metric: how many page views fall in each bin of values, the
// bars coloured good / needs improvement / poor, on a logarithmic value axis (the engine's bins
// each span the same ratio of values), with a mark at each percentile. Samples of 0 (a CLS of
// a page that never shifted) stand in a bar of their own at the left.

#include "chartaxis.h"
#include "query/histogram.h"

#include <QWidget>

class QAction;

namespace rumscope {

class HistogramChart : public QWidget
{
    Q_OBJECT
public:
    explicit HistogramChart(QWidget *parent = nullptr);

    /// percentiles: the marks asked for (their values are histogram.summary.values, in that
    /// order); chosen: the one the rest of the page shows, drawn strongest.
    void setResult(Metric metric, double chosen, const QList<double> &percentiles,
                   const HistogramResult &histogram);
    /// No distribution; the chart says text instead.
    void clear(const QString &text);

    Metric metric() const { return m_metric; }
    const HistogramResult &histogram() const { return m_histogram; }
    const QList<double> &percentiles() const { return m_percentiles; }

    /// The bar read out by the pointer or the keyboard: -1 none, 0 the zeros (when shown),
    /// then the bins in order.
    int highlightedBar() const { return m_highlight; }
    int barCount() const;
    QString describeBar(int bar) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Geometry;
    Geometry geometry() const;
    bool showsZeros() const { return m_histogram.zeros > 0; }
    /// The bar's values and count: the zeros' bar spans [0, 0].
    std::tuple<double, double, qint64> bar(int index) const;
    QRectF barRect(const Geometry &g, int index) const;
    int barAt(const QPointF &position) const;
    void moveHighlight(int bar);

    void paintLegend(QPainter &painter, const Geometry &g) const;
    void paintAxes(QPainter &painter, const Geometry &g) const;
    void paintBars(QPainter &painter, const Geometry &g) const;
    void paintMarks(QPainter &painter, const Geometry &g) const;

    Metric m_metric = Metric::Lcp;
    double m_chosen = 0.75;
    QList<double> m_percentiles;
    HistogramResult m_histogram;
    QString m_emptyText;
    QAction *m_exportAction;
    int m_highlight = -1;
};

} // namespace rumscope
