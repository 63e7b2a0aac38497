#include "timeserieslayout.h"

#include "chartstyle.h"
#include "trendsmodel.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace rumscope {
namespace {
constexpr int kMargin = 10;

bool hasValue(double value)
{
    return !std::isnan(value);
}
} // namespace

/// The largest value, unless a few buckets stand far above the rest: a bucket of two slow
/// page views at night must not flatten every other day into the bottom line. Those few are
/// then drawn clipped, with a mark at the top edge; their readout tells the value.
double scaleMaximum(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto largest = *std::max_element(values.begin(), values.end());
    if (values.size() < 12)
        return largest;
    const auto rank = values.begin() + qsizetype(double(values.size() - 1) * 0.95);
    std::nth_element(values.begin(), rank, values.end());
    return largest > *rank * 2 ? *rank * 1.5 : largest;
}

TimeSeriesLayout TimeSeriesLayout::compute(const TrendsModel *model, const QRectF &bounds,
                                           const QFont &labelFont)
{
    TimeSeriesLayout g;
    g.bounds = bounds;
    const QFontMetricsF metrics(labelFont);
    const double line = metrics.height();
    const QRectF area = bounds.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    g.legend = QRectF(area.left(), area.top(), area.width(), line + 4);
    const double barsHeight = std::clamp(area.height() * 0.14, 28.0, 64.0);
    const double timeLabels = line + 8;
    const double plotTop = g.legend.bottom() + 12;
    const double barsBottom = area.bottom() - timeLabels;
    const double barsTop = barsBottom - barsHeight;
    const double plotBottom = barsTop - 12;

    std::vector<double> values;
    const int rows = model ? model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const TrendsModel::Row &r = model->row(row);
        for (const double value : {r.value, r.previousValue}) {
            if (hasValue(value))
                values.push_back(value);
        }
        g.maxSamples = std::max(g.maxSamples, r.samples);
    }
    const Metric metric = model ? model->metric() : Metric::Lcp;
    // Scaled to the data, yet always showing where "good" ends: a line in the good band reads
    // as good at a glance only when the band's edge is in view.
    const double top = std::max(scaleMaximum(values) * 1.08, metricInfo(metric).goodUpTo * 1.15);
    const int valueTicks = std::clamp(int((plotBottom - plotTop) / (line * 2.4)), 2, 8);
    g.value = ValueAxis::fromZero(top, valueTicks, plotBottom, plotTop);
    g.format = AxisFormat::forAxis(metric, g.value.max(), g.value.step());
    double labelWidth = metrics.horizontalAdvance(compactCount(g.maxSamples));
    for (const double tick : g.value.ticks())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(g.format.format(tick)));
    const double left = area.left() + std::ceil(labelWidth) + 8;
    // Room for half a date label past the last tick.
    const double right = area.right() - std::ceil(metrics.horizontalAdvance(u"00:00"_qs) / 2);
    g.plot = QRectF(QPointF(left, plotTop), QPointF(right, plotBottom));
    g.bars = QRectF(QPointF(left, barsTop), QPointF(right, barsBottom));
    g.timeLabelBaseline = barsBottom + 6 + metrics.ascent();
    const auto [from, to] = model ? model->domain() : std::pair<qint64, qint64>{};
    g.time = TimeAxis(from, std::max(to, from + 1), left, right);
    if (model && model->bucketMs() > 0 && rows > 0) {
        g.grid = BucketGrid{model->row(0).bucketStart, model->bucketMs()};
        g.bucketWidth = g.time.toPixel(from + model->bucketMs()) - g.time.toPixel(from);
    }
    return g;
}

double TimeSeriesLayout::centerOf(const TrendsModel &model, int row) const
{
    return time.toPixel(model.row(row).bucketStart + model.bucketMs() / 2);
}

int TimeSeriesLayout::rowAt(const TrendsModel &model, double x) const
{
    if (x < plot.left() || x > plot.right())
        return -1;
    return model.rowAt(time.toTime(x));
}

bool TimeSeriesLayout::brushes(const QPointF &position) const
{
    return position.x() >= plot.left() && position.x() <= plot.right() &&
           position.y() >= plot.top() && position.y() <= bars.bottom();
}

} // namespace rumscope
