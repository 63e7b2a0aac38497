#include "timeseriespainter.h"

#include "chartstyle.h"
#include "displayformat.h"
#include "timeserieslayout.h"
#include "trendsmodel.h"

#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace rumscope {
namespace {
constexpr std::array kRatings{Rating::Good, Rating::NeedsImprovement, Rating::Poor};
constexpr int kMaxDots = 90; ///< more buckets than this: a line without dots
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

bool hasValue(double value)
{
    return !std::isnan(value);
}
} // namespace

TimeSeriesPainter::TimeSeriesPainter(QPainter &painter, const QPalette &palette,
                                     const TrendsModel *model, const TimeSeriesLayout &layout)
    : m_painter(painter)
    , m_palette(palette)
    , m_model(model)
    , m_layout(layout)
{}

void TimeSeriesPainter::paint(const State &state)
{
    const QFont font = m_painter.font();
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.fillRect(m_layout.bounds, m_palette.color(QPalette::Base));
    m_painter.setFont(smallFont(font));
    paintLegend();
    if (!m_model || m_model->rowCount() == 0 || !m_layout.time.isValid()) {
        m_painter.setFont(font);
        m_painter.setPen(textColor(m_palette, 0.6));
        m_painter.drawText(m_layout.plot.united(m_layout.bars), Qt::AlignCenter | Qt::TextWordWrap,
                           state.emptyText);
        return;
    }
    paintBands();
    paintGrid();
    paintBars(state.highlight);
    paintReleases();
    paintLines();
    if (state.selection)
        paintSelection(state.selection->first, state.selection->second);
    paintHighlight(state.highlight);
    if (state.focused) {
        QPen focus(m_palette.color(QPalette::Highlight), 1);
        focus.setStyle(Qt::DotLine);
        m_painter.setPen(focus);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(m_layout.plot.united(m_layout.bars).adjusted(-3, -3, 3, 3));
    }
}

void TimeSeriesPainter::paintLegend()
{
    const Metric metric = m_model ? m_model->metric() : Metric::Lcp;
    const MetricInfo &info = metricInfo(metric);
    const QString series = tr("%1 %2").arg(percentileLabel(m_model ? m_model->percentile() : 0.75),
                                           QString::fromLatin1(info.shortName));
    const QRectF &legend = m_layout.legend;
    const double baseline = legend.top() + m_painter.fontMetrics().ascent() + 2;

    QFont title = m_painter.font();
    title.setBold(true);
    m_painter.save();
    m_painter.setFont(title);
    m_painter.setPen(m_palette.color(QPalette::WindowText));
    const QString heading = tr("%1 over time").arg(series);
    m_painter.drawText(QPointF(legend.left(), baseline), heading);
    const double titleRight = legend.left() + m_painter.fontMetrics().horizontalAdvance(heading);
    m_painter.restore();

    struct Entry
    {
        LegendSwatch swatch;
        QColor color;
        QString text;
    };
    bool previousData = false;
    for (int row = 0; m_model && row < m_model->rowCount() && !previousData; ++row)
        previousData = hasValue(m_model->row(row).previousValue);
    // Said outright, so a missing dashed line does not read as a drawing fault.
    const QString previousText = previousData || !m_model || m_model->rowCount() == 0
                                     ? tr("Previous period")
                                     : tr("Previous period (no data)");
    QList<Entry> entries{{LegendSwatch::Line, seriesColor(m_palette), series},
                         {LegendSwatch::DashedLine, textColor(m_palette, 0.55), previousText},
                         {LegendSwatch::Bar, textColor(m_palette, 0.28), tr("Samples")}};
    if (m_model && !m_model->releaseMarkers().isEmpty())
        entries.append({LegendSwatch::Marker, releaseColor(m_palette), tr("New release")});
    const std::array<QString, 3> bandTexts{
        tr("Good ≤ %1").arg(formatTickValue(metric, info.goodUpTo)),
        ratingName(Rating::NeedsImprovement),
        tr("Poor > %1").arg(formatTickValue(metric, info.poorAbove))};
    for (size_t i = 0; i < kRatings.size(); ++i) {
        QColor band = ratingColor(kRatings[i]);
        band.setAlphaF(0.45f);
        entries.append({LegendSwatch::Band, band, bandTexts[i]});
    }
    // Right-aligned after the title; entries that do not fit are left out from the end.
    constexpr double gap = 16;
    double width = 0;
    qsizetype shown = 0;
    for (const Entry &entry : entries) {
        const double next = width + (shown ? gap : 0) + legendEntryWidth(m_painter, entry.text);
        if (legend.right() - next < titleRight + 24)
            break;
        width = next;
        ++shown;
    }
    double x = legend.right() - width;
    for (qsizetype i = 0; i < shown; ++i) {
        x += drawLegendEntry(m_painter, x, baseline, entries[i].swatch, entries[i].color,
                             entries[i].text, textColor(m_palette, 0.8)) +
             gap;
    }
}

void TimeSeriesPainter::paintBands()
{
    const TimeSeriesLayout &g = m_layout;
    const MetricInfo &info = metricInfo(m_model->metric());
    const bool dark = isDarkPalette(m_palette);
    const std::array<std::pair<double, double>, 3> spans{
        {{0, info.goodUpTo}, {info.goodUpTo, info.poorAbove}, {info.poorAbove, g.value.max()}}};
    m_painter.save();
    m_painter.setClipRect(g.plot);
    for (size_t i = 0; i < kRatings.size(); ++i) {
        const auto [low, high] = spans[i];
        if (low >= g.value.max())
            continue;
        const double top = g.value.toPixel(std::min(high, g.value.max()));
        const double bottom = g.value.toPixel(low);
        QColor fill = ratingColor(kRatings[i]);
        fill.setAlphaF(dark ? 0.07f : 0.065f);
        m_painter.fillRect(QRectF(g.plot.left(), top, g.plot.width(), bottom - top), fill);
    }
    // The thresholds themselves, labelled at the right edge (the second only where it does
    // not run into the first).
    double lastLabel = 1e9;
    for (const auto &[threshold, rating] : {std::pair{info.goodUpTo, Rating::NeedsImprovement},
                                            std::pair{info.poorAbove, Rating::Poor}}) {
        if (threshold >= g.value.max())
            continue;
        const double y = g.value.toPixel(threshold);
        QColor color = ratingTextColor(rating, m_palette);
        color.setAlphaF(0.55f);
        QPen pen(color, 1);
        pen.setDashPattern({4, 3});
        m_painter.setPen(pen);
        m_painter.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        if (lastLabel - y <= m_painter.fontMetrics().height())
            continue;
        const QString label = formatTickValue(m_model->metric(), threshold);
        const double width = m_painter.fontMetrics().horizontalAdvance(label);
        m_painter.setPen(ratingTextColor(rating, m_palette));
        m_painter.drawText(QPointF(g.plot.right() - width - 4, y - 4), label);
        lastLabel = y;
    }
    m_painter.restore();
}

void TimeSeriesPainter::paintGrid()
{
    const TimeSeriesLayout &g = m_layout;
    const QFontMetricsF metrics(m_painter.font());
    m_painter.save();
    // Values: horizontal lines across the plot, labels right-aligned to its left.
    for (const double tick : g.value.ticks()) {
        const double y = g.value.toPixel(tick);
        m_painter.setPen(QPen(textColor(m_palette, tick == 0 ? 0.35 : 0.10), 1));
        m_painter.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        m_painter.setPen(textColor(m_palette, 0.7));
        m_painter.drawText(QRectF(g.bounds.left(), y - metrics.height() / 2,
                                  g.plot.left() - 8 - g.bounds.left(), metrics.height()),
                           Qt::AlignRight | Qt::AlignVCenter, g.format.format(tick));
    }
    // Time: vertical lines through plot and bars, labels centred beneath.
    const double labelWidth = std::max(metrics.horizontalAdvance(u"00:00 PM"_qs),
                                       metrics.horizontalAdvance(u"Sep 30"_qs));
    const int maxTicks = std::max(2, int(g.plot.width() / (labelWidth + 28)));
    double lastRight = -1e9;
    for (const TimeAxis::Tick &tick : g.time.ticks(maxTicks, m_model->timeZone())) {
        const double x = g.time.toPixel(tick.time);
        m_painter.setPen(QPen(textColor(m_palette, tick.dayStart ? 0.13 : 0.07), 1));
        m_painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.bars.bottom()));
        const double width = metrics.horizontalAdvance(tick.label);
        const double left =
            std::clamp(x - width / 2, g.plot.left() - 6, g.bounds.right() - width - 2);
        if (left < lastRight + 8)
            continue;
        // Under sub-day buckets the dates stand out among the times of day.
        QFont font = m_painter.font();
        font.setBold(tick.dayStart && m_model->bucketMs() < kDayMs);
        m_painter.setFont(font);
        m_painter.setPen(textColor(m_palette, 0.7));
        m_painter.drawText(QPointF(left, g.timeLabelBaseline), tick.label);
        lastRight = left + width;
    }
    m_painter.restore();
}

void TimeSeriesPainter::paintBars(int highlight)
{
    const TimeSeriesLayout &g = m_layout;
    m_painter.save();
    m_painter.setPen(QPen(textColor(m_palette, 0.25), 1));
    m_painter.drawLine(g.bars.bottomLeft(), g.bars.bottomRight());
    m_painter.setPen(textColor(m_palette, 0.6));
    m_painter.drawText(QRectF(g.bounds.left(), g.bars.top() - 2,
                              g.bars.left() - 8 - g.bounds.left(),
                              m_painter.fontMetrics().height()),
                       Qt::AlignRight | Qt::AlignTop, compactCount(g.maxSamples));
    if (g.maxSamples > 0) {
        m_painter.setPen(Qt::NoPen);
        const double gap = g.bucketWidth > 4 ? std::min(2.0, g.bucketWidth * 0.2) : 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const TrendsModel::Row &r = m_model->row(row);
            if (r.samples == 0)
                continue;
            const double left = g.time.toPixel(r.bucketStart) + gap / 2;
            const double width = std::max(1.0, g.bucketWidth - gap);
            const double height =
                std::max(1.0, double(r.samples) / double(g.maxSamples) * (g.bars.height() - 2));
            m_painter.setBrush(row == highlight ? seriesColor(m_palette)
                                                : textColor(m_palette, 0.22));
            m_painter.drawRect(QRectF(left, g.bars.bottom() - height, width, height));
        }
    }
    m_painter.restore();
}

void TimeSeriesPainter::paintLines()
{
    const TimeSeriesLayout &g = m_layout;
    const int rows = m_model->rowCount();
    const auto pathOf = [&](bool previous, QList<QPointF> *lonely) {
        QPainterPath path;
        bool open = false;
        for (int row = 0; row < rows; ++row) {
            const TrendsModel::Row &r = m_model->row(row);
            const double value = previous ? r.previousValue : r.value;
            if (!hasValue(value)) {
                open = false;
                continue;
            }
            const QPointF point(g.centerOf(*m_model, row), g.value.toPixel(value));
            const bool nextHasValue =
                row + 1 < rows && hasValue(previous ? m_model->row(row + 1).previousValue
                                                    : m_model->row(row + 1).value);
            if (open) {
                path.lineTo(point);
            } else {
                path.moveTo(point);
                if (!nextHasValue)
                    lonely->append(point); // a single bucket between gaps: a dot, not nothing
            }
            open = true;
        }
        return path;
    };
    m_painter.save();
    m_painter.setClipRect(g.plot.adjusted(-4, -4, 4, 0));
    m_painter.setBrush(Qt::NoBrush);
    QList<QPointF> lonely;
    QPen previous(textColor(m_palette, 0.5), 1.6);
    previous.setDashPattern({4, 3});
    m_painter.setPen(previous);
    m_painter.drawPath(pathOf(true, &lonely));
    lonely.clear();
    const QColor accent = seriesColor(m_palette);
    QPen current(accent, 2.2);
    current.setJoinStyle(Qt::RoundJoin);
    current.setCapStyle(Qt::RoundCap);
    m_painter.setPen(current);
    m_painter.drawPath(pathOf(false, &lonely));
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(accent);
    if (rows <= kMaxDots) {
        for (int row = 0; row < rows; ++row) {
            const double value = m_model->row(row).value;
            if (hasValue(value))
                m_painter.drawEllipse(QPointF(g.centerOf(*m_model, row), g.value.toPixel(value)),
                                      2.6, 2.6);
        }
    } else {
        for (const QPointF &point : std::as_const(lonely))
            m_painter.drawEllipse(point, 2.2, 2.2);
    }
    // Buckets above the axis: a small arrow at the top edge says "more than this".
    for (int row = 0; row < rows; ++row) {
        const double value = m_model->row(row).value;
        if (!hasValue(value) || value <= g.value.max())
            continue;
        const double x = g.centerOf(*m_model, row);
        const double y = g.plot.top();
        m_painter.drawPolygon(QPolygonF{{x - 4, y + 6}, {x + 4, y + 6}, {x, y}});
    }
    m_painter.restore();
}

void TimeSeriesPainter::paintReleases()
{
    const TimeSeriesLayout &g = m_layout;
    const QFontMetricsF metrics(m_painter.font());
    m_painter.save();
    // Labels stand in two rows at the plot's top; a label that fits neither is left out (its
    // line stays, and the bucket's readout names it).
    std::array<double, 2> rowRight{-1e9, -1e9};
    const QColor color = releaseColor(m_palette);
    QColor line = color;
    line.setAlphaF(0.7f);
    for (const TrendsModel::ReleaseMarker &marker : m_model->releaseMarkers()) {
        const double x = g.time.toPixel(marker.time);
        m_painter.setPen(QPen(line, 1.2));
        m_painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.bars.bottom()));
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(color);
        m_painter.drawPolygon(
            QPolygonF{{x - 4, g.plot.top()}, {x + 4, g.plot.top()}, {x, g.plot.top() + 5}});
        const double width = metrics.horizontalAdvance(marker.release) + 8;
        const double left = std::min(x + 5, g.plot.right() - width);
        for (size_t row = 0; row < rowRight.size(); ++row) {
            if (left <= rowRight[row] + 4)
                continue;
            const QRectF box(left, g.plot.top() + 2 + double(row) * (metrics.height() + 4), width,
                             metrics.height() + 2);
            QColor fill = m_palette.color(QPalette::Base);
            fill.setAlphaF(0.9f);
            m_painter.setPen(QPen(line, 1));
            m_painter.setBrush(fill);
            m_painter.drawRoundedRect(box, 3, 3);
            m_painter.setPen(color);
            m_painter.drawText(box, Qt::AlignCenter, marker.release);
            rowRight[row] = box.right();
            break;
        }
    }
    m_painter.restore();
}

void TimeSeriesPainter::paintSelection(double left, double right)
{
    const TimeSeriesLayout &g = m_layout;
    left = std::max(left, g.plot.left());
    right = std::min(right, g.plot.right());
    QColor fill = m_palette.color(QPalette::Highlight);
    fill.setAlphaF(0.18f);
    QColor edge = m_palette.color(QPalette::Highlight);
    edge.setAlphaF(0.8f);
    m_painter.save();
    const QRectF area(QPointF(left, g.plot.top()), QPointF(right, g.bars.bottom()));
    m_painter.fillRect(area, fill);
    m_painter.setPen(QPen(edge, 1));
    m_painter.drawLine(area.topLeft(), area.bottomLeft());
    m_painter.drawLine(area.topRight(), area.bottomRight());
    m_painter.restore();
}

void TimeSeriesPainter::paintHighlight(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const TimeSeriesLayout &g = m_layout;
    const TrendsModel::Row &r = m_model->row(row);
    const double x = g.centerOf(*m_model, row);
    m_painter.save();
    m_painter.setPen(QPen(textColor(m_palette, 0.4), 1));
    m_painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.bars.bottom()));
    m_painter.setBrush(m_palette.color(QPalette::Base));
    if (hasValue(r.previousValue) && r.previousValue <= g.value.max()) {
        m_painter.setPen(QPen(textColor(m_palette, 0.6), 1.5));
        m_painter.drawEllipse(QPointF(x, g.value.toPixel(r.previousValue)), 3.5, 3.5);
    }
    if (hasValue(r.value) && r.value <= g.value.max()) {
        m_painter.setPen(QPen(seriesColor(m_palette), 2.5));
        m_painter.drawEllipse(QPointF(x, g.value.toPixel(r.value)), 5, 5);
    }
    m_painter.restore();
}

} // namespace rumscope
