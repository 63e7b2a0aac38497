#include "trendchartview.h"

#include "chartexport.h"
#include "displayformat.h"
#include "trendmodel.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace rumscope {
namespace {
constexpr std::array kBandRatings{Rating::Good, Rating::NeedsImprovement, Rating::Poor};
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
} // namespace

TrendChartView::TrendChartView(QWidget *parent)
    // Not setChart() later: that would orphan the default chart QChartView(parent) makes.
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_line(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(200);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(createExportAction(this, QStringLiteral("rumscope-trend")));
    m_chart->setMargins(QMargins(4, 4, 16, 4));        // room for the last date label
    m_chart->layout()->setContentsMargins(0, 0, 0, 0); // align with the cards above
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    // Bands first, so the line is drawn on top of them.
    for (size_t i = 0; i < m_bands.size(); ++i) {
        auto *band = new QAreaSeries;
        // QAreaSeries leaves its boundary lines to the caller; tie them to the band.
        auto *upper = new QLineSeries(band);
        auto *lower = new QLineSeries(band);
        band->setUpperSeries(upper);
        band->setLowerSeries(lower);
        band->setName(ratingName(kBandRatings[i]));
        m_chart->addSeries(band);
        band->attachAxis(m_timeAxis);
        band->attachAxis(m_valueAxis);
        m_bands[i] = band;
    }
    m_chart->addSeries(m_line);
    m_line->attachAxis(m_timeAxis);
    m_line->attachAxis(m_valueAxis);
    connect(m_line, &QLineSeries::hovered, this, &TrendChartView::showPointToolTip);

    applyPalette();
    rebuild();
}

void TrendChartView::setModel(TrendModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TrendChartView::rebuild);
        connect(m_model, &QObject::destroyed, this, [this] { m_model = nullptr; });
    }
    rebuild();
}

QString TrendChartView::title() const
{
    return m_chart->title();
}

QList<QPointF> TrendChartView::linePoints() const
{
    return m_line->points();
}

double TrendChartView::displayScale() const
{
    // Second-scale metrics (LCP, FCP) read better in seconds on the axis, the rest in ms.
    const MetricInfo &info = metricInfo(m_model ? m_model->metric() : Metric::Lcp);
    return !info.unitless && info.goodUpTo >= 1000 ? 1000.0 : 1.0;
}

void TrendChartView::rebuild()
{
    const Metric metric = m_model ? m_model->metric() : Metric::Lcp;
    const double percentile = m_model ? m_model->percentile() : 0.75;
    const MetricInfo &info = metricInfo(metric);
    const double scale = displayScale();
    const QString name =
        tr("%1 %2").arg(percentileLabel(percentile), QString::fromLatin1(info.shortName));
    m_line->setName(name);
    m_chart->setTitle(name);

    QList<QPointF> points;
    qint64 first = 0;
    qint64 last = 0;
    double maxValue = 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    points.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const MetricSummary &bucket = m_model->bucket(row);
        if (row == 0)
            first = bucket.bucketStart;
        last = bucket.bucketStart;
        if (bucket.samples == 0 || std::isnan(bucket.value))
            continue; // a gap: no page view reported the metric in this bucket
        points.append(QPointF(double(bucket.bucketStart), bucket.value / scale));
        maxValue = std::max(maxValue, bucket.value / scale);
    }
    m_line->replace(points); // one bulk update, not a signal per point
    m_line->setPointsVisible(points.size() <= 48);

    if (rows == 0) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        first = now - kDayMs;
        last = now;
        m_chart->setTitle(tr("%1 — no data").arg(name));
    }
    const qint64 bucketMs = m_model && m_model->bucketMs() > 0 ? m_model->bucketMs() : kDayMs;
    if (last <= first)
        last = first + bucketMs;
    m_timeAxis->setLabelsVisible(rows > 0); // made-up dates for no data would mislead
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first),
                         QDateTime::fromMSecsSinceEpoch(last));
    m_timeAxis->setFormat(bucketMs < kDayMs ? QStringLiteral("MMM d hh:mm")
                                            : QStringLiteral("MMM d"));
    m_timeAxis->setTickCount(std::clamp(int((last - first) / bucketMs) + 1, 2, 9));

    // Show the poor band even when every value is good, so the line reads against all three.
    const double goodTop = info.goodUpTo / scale;
    const double poorFrom = info.poorAbove / scale;
    const double top = std::max(maxValue * 1.1, poorFrom * 1.25);
    m_valueAxis->setRange(0, top);
    m_valueAxis->applyNiceNumbers();
    const double axisTop = m_valueAxis->max();
    const std::array<std::pair<double, double>, 3> spans{
        {{0, goodTop}, {goodTop, poorFrom}, {poorFrom, axisTop}}};
    for (size_t i = 0; i < m_bands.size(); ++i) {
        const QList<QPointF> lower{{double(first), spans[i].first}, {double(last), spans[i].first}};
        const QList<QPointF> upper{{double(first), spans[i].second},
                                   {double(last), spans[i].second}};
        m_bands[i]->lowerSeries()->replace(lower);
        m_bands[i]->upperSeries()->replace(upper);
    }
    // The unit on every label ("2.5 s") reads better than a rotated axis title.
    if (info.unitless)
        m_valueAxis->setLabelFormat(QStringLiteral("%.2g"));
    else if (scale > 1)
        m_valueAxis->setLabelFormat(tr("%.2g s", "printf format of the chart's value axis"));
    else
        m_valueAxis->setLabelFormat(tr("%.0f ms", "printf format of the chart's value axis"));
}

void TrendChartView::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDarkPalette(pal);
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme resets colours: set ours after it, from the widget palette.
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setBackgroundRoundness(0);
    m_chart->setTitleBrush(pal.color(QPalette::WindowText));
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.15);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.12f);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setTitleBrush(pal.color(QPalette::WindowText));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    for (size_t i = 0; i < m_bands.size(); ++i) {
        QColor fill = ratingColor(kBandRatings[i]);
        fill.setAlphaF(dark ? 0.22f : 0.16f);
        m_bands[i]->setBrush(fill);
        m_bands[i]->setPen(Qt::NoPen);
        // The band's own fill is too faint for a legend swatch.
        for (QLegendMarker *marker : m_chart->legend()->markers(m_bands[i]))
            marker->setBrush(ratingColor(kBandRatings[i]));
    }
    QPen line(dark ? QColor(0x8A, 0xB4, 0xF8) : QColor(0x1A, 0x56, 0xDB), 2.5);
    line.setCapStyle(Qt::RoundCap);
    line.setJoinStyle(Qt::RoundJoin);
    m_line->setPen(line);
    m_line->setColor(line.color());
}

void TrendChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void TrendChartView::showPointToolTip(const QPointF &point, bool hovered)
{
    if (!hovered || !m_model || m_model->rowCount() == 0) {
        QToolTip::hideText();
        return;
    }
    // The hovered position lies anywhere on the line: report the nearest bucket.
    int nearest = 0;
    double distance = std::numeric_limits<double>::max();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double d = std::abs(double(m_model->bucket(row).bucketStart) - point.x());
        if (d < distance && m_model->bucket(row).samples > 0) {
            distance = d;
            nearest = row;
        }
    }
    const MetricSummary &bucket = m_model->bucket(nearest);
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(bucket.bucketStart),
                                            QLocale::ShortFormat);
    QToolTip::showText(QCursor::pos(),
                       tr("%1\n%2 %3: %4\n%5 samples")
                           .arg(when, percentileLabel(m_model->percentile()),
                                QString::fromLatin1(metricInfo(m_model->metric()).shortName),
                                formatMetricValue(m_model->metric(), bucket.value),
                                formatCount(bucket.samples)),
                       this);
}

} // namespace rumscope
