#pragma once
// Draws the Trends time chart from its layout: the legend, the good / needs-improvement /
// poor bands, the grid and axis labels, the sample bars, release markers, the period before
// as a dashed line and the series in front, then what the user highlights or selects. The
// same code paints the screen and the PNG and SVG exports.

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>
#include <utility>

class QPainter;

namespace rumscope {

class TrendsModel;
struct TimeSeriesLayout;

class TimeSeriesPainter
{
    Q_DECLARE_TR_FUNCTIONS(TimeSeriesPainter)
public:
    /// What the user is doing with the chart.
    struct State
    {
        int highlight = -1; ///< the bucket read out
        /// Pixels from, to: a brush being dragged or a keyboard selection.
        std::optional<std::pair<double, double>> selection;
        bool focused = false;
        QString emptyText; ///< said instead when there are no buckets
    };

    /// model may be null: the chart then shows its legend and state.emptyText.
    TimeSeriesPainter(QPainter &painter, const QPalette &palette, const TrendsModel *model,
                      const TimeSeriesLayout &layout);
    void paint(const State &state);

private:
    void paintLegend();
    void paintBands();
    void paintGrid();
    void paintBars(int highlight);
    void paintLines();
    void paintReleases();
    void paintSelection(double left, double right);
    void paintHighlight(int row);

    QPainter &m_painter;
    QPalette m_palette;
    const TrendsModel *m_model;
    const TimeSeriesLayout &m_layout;
};

} // namespace rumscope
