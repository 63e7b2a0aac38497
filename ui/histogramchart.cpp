#include "histogramchart.h"

#include "chartexport.h"
#include "chartstyle.h"
#include "displayformat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace rumscope {
namespace {
constexpr int kMargin = 10;
constexpr double kZeroGap = 10; ///< between the zeros' bar and the bins
} // namespace

struct HistogramChart::Geometry
{
    QRectF legend;
    double marksBaseline = 0; ///< the line of percentile values under the title
    QRectF markLabels;        ///< the strip above the bars where each mark is named
    QRectF plot;
    QRectF zeros; ///< the zeros' bar slot; empty without zeros
    LogAxis values;
    ValueAxis counts;
    double labelBaseline = 0;
};

HistogramChart::HistogramChart(QWidget *parent)
    : QWidget(parent)
    , m_emptyText(tr("No data"))
    , m_exportAction(createExportAction(this, QStringLiteral("rumscope-distribution")))
{
    setObjectName(QStringLiteral("histogramChart"));
    setAccessibleName(tr("Distribution chart"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HistogramChart::setResult(Metric metric, double chosen, const QList<double> &percentiles,
                               const HistogramResult &histogram)
{
    m_metric = metric;
    m_chosen = chosen;
    m_percentiles = percentiles;
    m_histogram = histogram;
    m_highlight = -1;
    m_emptyText = tr("No page view in this span reported %1.")
                      .arg(QString::fromLatin1(metricInfo(metric).shortName));
    setAccessibleDescription({});
    update();
}

void HistogramChart::clear(const QString &text)
{
    m_histogram = HistogramResult();
    m_highlight = -1;
    m_emptyText = text;
    update();
}

int HistogramChart::barCount() const
{
    return int(m_histogram.bins.size()) + (showsZeros() ? 1 : 0);
}

std::tuple<double, double, qint64> HistogramChart::bar(int index) const
{
    if (showsZeros()) {
        if (index == 0)
            return {0.0, 0.0, m_histogram.zeros};
        --index;
    }
    const HistogramBin &bin = m_histogram.bins.at(index);
    return {bin.from, bin.to, bin.count};
}

QSize HistogramChart::sizeHint() const
{
    return {640, 260};
}

QSize HistogramChart::minimumSizeHint() const
{
    return {320, 180};
}

HistogramChart::Geometry HistogramChart::geometry() const
{
    Geometry g;
    const QFontMetricsF metrics(smallFont(font()));
    const double line = metrics.height();
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    g.legend = QRectF(area.left(), area.top(), area.width(), line + 4);
    g.marksBaseline = g.legend.bottom() + 2 + metrics.ascent();
    g.markLabels = QRectF(area.left(), g.legend.bottom() + line + 10, area.width(), line + 2);
    const double plotTop = g.markLabels.bottom() + 4;
    const double plotBottom = area.bottom() - line - 8;
    qint64 maxCount = m_histogram.zeros;
    for (const HistogramBin &bin : m_histogram.bins)
        maxCount = std::max(maxCount, bin.count);
    const int countTicks = std::clamp(int((plotBottom - plotTop) / (line * 2.2)), 2, 6);
    g.counts =
        ValueAxis::fromZero(double(std::max<qint64>(maxCount, 1)), countTicks, plotBottom, plotTop);
    double labelWidth = 0;
    for (const double tick : g.counts.ticks())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(compactCount(qint64(tick))));
    const double left = area.left() + std::ceil(labelWidth) + 8;
    const double right = area.right() - std::ceil(metrics.horizontalAdvance(u"100 ms"_qs) / 2);
    g.plot = QRectF(QPointF(left, plotTop), QPointF(right, plotBottom));
    g.markLabels.setLeft(left);
    g.markLabels.setRight(right);
    g.labelBaseline = plotBottom + 6 + metrics.ascent();
    double binsLeft = left;
    const qsizetype bins = m_histogram.bins.size();
    if (showsZeros()) {
        const double width =
            std::clamp(g.plot.width() / double(std::max<qsizetype>(bins, 1) + 1), 10.0, 28.0);
        g.zeros = QRectF(left, plotTop, bins > 0 ? width : g.plot.width(), g.plot.height());
        binsLeft = g.zeros.right() + kZeroGap;
    }
    if (bins > 0)
        g.values =
            LogAxis(m_histogram.bins.front().from, m_histogram.bins.back().to, binsLeft, right);
    return g;
}

QRectF HistogramChart::barRect(const Geometry &g, int index) const
{
    const auto [from, to, count] = bar(index);
    double left = 0;
    double right = 0;
    if (showsZeros() && index == 0) {
        left = g.zeros.left();
        right = g.zeros.right();
    } else {
        left = g.values.toPixel(from);
        right = g.values.toPixel(to);
    }
    const double gap = right - left > 5 ? 1 : 0;
    const double top = g.counts.toPixel(double(count));
    return QRectF(QPointF(left + gap / 2, top), QPointF(right - gap / 2, g.plot.bottom()));
}

void HistogramChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.setFont(smallFont(font()));
    const Geometry g = geometry();
    paintLegend(painter, g);
    if (barCount() == 0) {
        painter.setFont(font());
        painter.setPen(textColor(pal, 0.6));
        painter.drawText(g.plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    paintAxes(painter, g);
    paintBars(painter, g);
    paintMarks(painter, g);
    if (hasFocus()) {
        QPen focus(pal.color(QPalette::Highlight), 1);
        focus.setStyle(Qt::DotLine);
        painter.setPen(focus);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(g.plot.adjusted(-3, -3, 3, 3));
    }
}

void HistogramChart::paintLegend(QPainter &painter, const Geometry &g) const
{
    const QPalette pal = palette();
    const double baseline = g.legend.top() + painter.fontMetrics().ascent() + 2;
    QFont title = painter.font();
    title.setBold(true);
    painter.save();
    painter.setFont(title);
    painter.setPen(pal.color(QPalette::WindowText));
    const QString heading =
        tr("Distribution of %1").arg(QString::fromLatin1(metricInfo(m_metric).shortName));
    painter.drawText(QPointF(g.legend.left(), baseline), heading);
    const double titleRight = g.legend.left() + painter.fontMetrics().horizontalAdvance(heading);
    painter.restore();
    if (barCount() == 0)
        return;

    const MetricSummary &summary = m_histogram.summary;
    const std::array<std::pair<Rating, qint64>, 3> shares{
        {{Rating::Good, summary.good},
         {Rating::NeedsImprovement, summary.needsImprovement},
         {Rating::Poor, summary.poor}}};
    QStringList texts;
    for (const auto &[rating, count] : shares)
        texts.append(tr("%1 %2").arg(ratingName(rating), formatShare(summary.share(count))));
    constexpr double gap = 14;
    double width = 0;
    for (const QString &text : texts)
        width += legendEntryWidth(painter, text) + gap;
    width -= gap;
    if (g.legend.right() - width < titleRight + 16)
        return; // too narrow: the bars' colours and the tooltips still tell
    double x = g.legend.right() - width;
    for (size_t i = 0; i < shares.size(); ++i) {
        x += drawLegendEntry(painter, x, baseline, LegendSwatch::Band, ratingColor(shares[i].first),
                             texts[qsizetype(i)], textColor(pal, 0.8)) +
             gap;
    }
}

void HistogramChart::paintAxes(QPainter &painter, const Geometry &g) const
{
    const QPalette pal = palette();
    const QFontMetricsF metrics(painter.font());
    painter.save();
    for (const double tick : g.counts.ticks()) {
        const double y = g.counts.toPixel(tick);
        painter.setPen(QPen(textColor(pal, tick == 0 ? 0.35 : 0.10), 1));
        painter.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        painter.setPen(textColor(pal, 0.7));
        painter.drawText(QRectF(0, y - metrics.height() / 2, g.plot.left() - 8, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, compactCount(qint64(tick)));
    }
    const auto label = [&](double x, const QString &text, double *lastRight) {
        const double width = metrics.horizontalAdvance(text);
        const double left = x - width / 2;
        if (left < *lastRight + 8)
            return;
        painter.setPen(textColor(pal, 0.7));
        painter.drawText(QPointF(left, g.labelBaseline), text);
        *lastRight = left + width;
    };
    double lastRight = -1e9;
    if (showsZeros())
        label(g.zeros.center().x(), u"0"_qs, &lastRight);
    if (g.values.isValid()) {
        const int maxTicks = std::max(
            2, int(g.values.toPixel(g.values.max()) - g.values.toPixel(g.values.min())) / 70);
        for (const double tick : g.values.ticks(maxTicks)) {
            const double x = g.values.toPixel(tick);
            painter.setPen(QPen(textColor(pal, 0.07), 1));
            painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
            label(x, formatTickValue(m_metric, tick), &lastRight);
        }
    }
    painter.restore();
}

void HistogramChart::paintBars(QPainter &painter, const Geometry &g) const
{
    const QPalette pal = palette();
    painter.save();
    painter.setPen(Qt::NoPen);
    const bool dark = isDarkPalette(pal);
    for (int index = 0; index < barCount(); ++index) {
        const auto [from, to, count] = bar(index);
        if (count == 0)
            continue;
        // A bin straddling a threshold takes the rating of most of its values.
        const double middle = from > 0 ? std::sqrt(from * to) : 0.0;
        QColor color = ratingColor(rate(m_metric, middle));
        if (index != m_highlight)
            color.setAlphaF(dark ? 0.75f : 0.85f);
        else
            color = dark ? color.lighter(120) : color.darker(115);
        painter.setBrush(color);
        const QRectF rect = barRect(g, index);
        painter.drawRect(rect.intersected(g.plot.adjusted(0, -1, 0, 0)));
    }
    painter.restore();
}

void HistogramChart::paintMarks(QPainter &painter, const Geometry &g) const
{
    const QPalette pal = palette();
    const QFontMetricsF metrics(painter.font());
    const QList<double> &values = m_histogram.summary.values;
    painter.save();
    // The values in a line under the title ("p50 964 ms · p75 1.62 s · …"); over the bars
    // each mark only carries its name, so close percentiles do not bury each other's labels.
    double textX = g.legend.left();
    QList<double> rowRight;
    for (qsizetype i = 0; i < std::min(values.size(), m_percentiles.size()); ++i) {
        const double value = values[i];
        if (std::isnan(value))
            continue;
        const bool chosen = std::abs(m_percentiles[i] - m_chosen) < 1e-9;
        QFont font = painter.font();
        font.setBold(chosen);
        painter.setFont(font);
        const QFontMetricsF fontMetrics(font);
        const QString name = percentileLabel(m_percentiles[i]);
        const QColor color = chosen ? seriesColor(pal) : textColor(pal, 0.75);

        const QString text = tr("%1 %2").arg(name, formatMetricValue(m_metric, value));
        if (textX > g.legend.left()) {
            painter.setPen(textColor(pal, 0.4));
            painter.drawText(QPointF(textX, g.marksBaseline), u" · "_qs);
            textX += fontMetrics.horizontalAdvance(u" · "_qs);
        }
        painter.setPen(color);
        painter.drawText(QPointF(textX, g.marksBaseline), text);
        textX += fontMetrics.horizontalAdvance(text);

        double x = value > 0 && g.values.isValid() ? g.values.toPixel(value) : g.zeros.center().x();
        x = std::clamp(x, g.plot.left(), g.plot.right());
        QPen pen(color, chosen ? 2 : 1.2);
        if (!chosen)
            pen.setDashPattern({4, 3});
        painter.setPen(pen);
        painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
        // The name centred over the line, in the first row where it fits; further rows go
        // down into the plot on a backing that keeps them readable over the bars.
        const double width = fontMetrics.horizontalAdvance(name) + 6;
        const double left = std::clamp(x - width / 2, g.markLabels.left(), g.plot.right() - width);
        qsizetype row = 0;
        while (row < rowRight.size() && left <= rowRight[row] + 2)
            ++row;
        if (row == rowRight.size())
            rowRight.append(0);
        rowRight[row] = left + width;
        const QRectF box(left, g.markLabels.top() + double(row) * (metrics.height() + 2), width,
                         metrics.height());
        if (row > 0) {
            QColor fill = pal.color(QPalette::Base);
            fill.setAlphaF(0.85f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(box, 3, 3);
        }
        painter.setPen(color);
        painter.drawText(box, Qt::AlignCenter, name);
    }
    painter.restore();
}

int HistogramChart::barAt(const QPointF &position) const
{
    const Geometry g = geometry();
    if (!g.plot.adjusted(0, 0, 0, 1).contains(position))
        return -1;
    for (int index = 0; index < barCount(); ++index) {
        const QRectF rect = barRect(g, index);
        if (position.x() >= rect.left() - 0.5 && position.x() < rect.right() + 0.5)
            return index;
    }
    return -1;
}

QString HistogramChart::describeBar(int index) const
{
    if (index < 0 || index >= barCount())
        return {};
    const auto [from, to, count] = bar(index);
    const qint64 samples = m_histogram.summary.samples;
    const QString share = formatShare(samples > 0 ? double(count) / double(samples) : 0.0);
    const QString range =
        showsZeros() && index == 0
            ? tr("0 or less")
            : tr("%1 – %2").arg(formatMetricValue(m_metric, from), formatMetricValue(m_metric, to));
    const double middle = from > 0 ? std::sqrt(from * to) : 0.0;
    return tr("%1\n%2 page views (%3)\n%4")
        .arg(range, formatCount(count), share, ratingName(rate(m_metric, middle)));
}

void HistogramChart::moveHighlight(int index)
{
    if (barCount() == 0)
        return;
    m_highlight = std::clamp(index, 0, barCount() - 1);
    update();
    const Geometry g = geometry();
    const QRectF rect = barRect(g, m_highlight);
    const QString text = describeBar(m_highlight);
    setAccessibleDescription(text);
    QToolTip::showText(mapToGlobal(QPointF(rect.center().x(), rect.top()).toPoint()), text, this);
}

void HistogramChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = barAt(event->position());
    if (index == m_highlight)
        return;
    m_highlight = index;
    update();
    const QString text = describeBar(index);
    setAccessibleDescription(text);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void HistogramChart::leaveEvent(QEvent *event)
{
    if (!hasFocus() && m_highlight >= 0) {
        m_highlight = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void HistogramChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveHighlight(m_highlight < 0 ? barCount() - 1 : m_highlight - 1);
        break;
    case Qt::Key_Right:
        moveHighlight(m_highlight < 0 ? 0 : m_highlight + 1);
        break;
    case Qt::Key_Home:
        moveHighlight(0);
        break;
    case Qt::Key_End:
        moveHighlight(barCount() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HistogramChart::contextMenuEvent(QContextMenuEvent *event)
{
    QToolTip::hideText();
    m_highlight = -1;
    update();
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy Data"), this, [this] {
        // Tab-separated, one bin a line: pastes into a spreadsheet as columns.
        QStringList lines{tr("From\tTo\tPage views")};
        const QLocale locale;
        for (int index = 0; index < barCount(); ++index) {
            const auto [from, to, count] = bar(index);
            lines.append(
                QStringList{locale.toString(from), locale.toString(to), QString::number(count)}
                    .join(u'\t'));
        }
        QApplication::clipboard()->setText(lines.join(u'\n'));
    });
    copy->setEnabled(barCount() > 0);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(event->globalPos());
}

void HistogramChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void HistogramChart::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void HistogramChart::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace rumscope
