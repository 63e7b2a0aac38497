#pragma once
// Where the Trends time chart puts everything for a widget's size and font: the legend row,
// the plot with its bands, the sample bars beneath, the time labels, and the axes that map
// buckets and values onto them. Computed afresh for each paint and each pointer event.

#include "chartaxis.h"

#include <QRectF>

#include <vector>

class QFont;

namespace rumscope {

class TrendsModel;

struct TimeSeriesLayout
{
    QRectF bounds; ///< the whole widget
    QRectF legend;
    QRectF plot; ///< the percentile lines and bands
    QRectF bars; ///< the sample counts beneath
    double timeLabelBaseline = 0;
    TimeAxis time;
    ValueAxis value;
    AxisFormat format;
    qint64 maxSamples = 0;
    BucketGrid grid;
    double bucketWidth = 0;

    /// model may be null (nothing to show yet); labelFont is the axes' font.
    static TimeSeriesLayout compute(const TrendsModel *model, const QRectF &bounds,
                                    const QFont &labelFont);
    /// The x of a bucket's middle, where its point stands.
    double centerOf(const TrendsModel &model, int row) const;
    /// The row of the bucket under x; -1 left or right of the plot.
    int rowAt(const TrendsModel &model, double x) const;
    /// Whether a press here starts a brush: on the plot or the bars.
    bool brushes(const QPointF &position) const;
};

/// The value the axis must reach: the largest, unless a few buckets stand far above the rest.
double scaleMaximum(std::vector<double> values);

} // namespace rumscope
