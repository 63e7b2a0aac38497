#include "metriccard.h"

#include "cardpaint.h"
#include "chartstyle.h"
#include "displayformat.h"
#include "vitalsparkline.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <array>
#include <cmath>

namespace rumscope {
namespace {
constexpr int kPadding = 14;
constexpr int kAccentHeight = 4;
constexpr int kBarHeight = 10;
constexpr int kSparklineHeight = 30;
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
constexpr std::array kRatings{Rating::Good, Rating::NeedsImprovement, Rating::Poor};

using cardpaint::mutedText;
using cardpaint::scaledFont;

QList<double> valuesOf(const QList<MetricSummary> &buckets)
{
    QList<double> values;
    values.reserve(buckets.size());
    for (const MetricSummary &bucket : buckets)
        values << (bucket.samples > 0 ? bucket.value : MetricSummary::kUnsetValue);
    return values;
}
} // namespace

MetricCard::MetricCard(Metric metric, QWidget *parent)
    : QWidget(parent)
    , m_metric(metric)
    , m_copyValue(new QAction(tr("&Copy Value"), this))
    , m_copyDescription(new QAction(tr("Copy &Summary"), this))
{
    setObjectName(QStringLiteral("metricCard_%1").arg(QLatin1StringView(metricInfo(metric).id)));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    // Tab reaches every card; the Menu key opens its context menu.
    setFocusPolicy(Qt::StrongFocus);
    m_copyValue->setObjectName(QStringLiteral("copyValue"));
    connect(m_copyValue, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(valueText()); });
    connect(m_copyDescription, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(toolTip()); });
    updateDescription();
}

void MetricCard::setSummary(double percentile, const MetricSummary &summary)
{
    m_percentile = percentile;
    m_summary = summary;
    m_previous = {};
    m_change = {};
    m_periods = {};
    m_hasComparison = false;
    m_sparkline.clear();
    updateDescription();
    update();
}

void MetricCard::setComparison(const MetricSummary &previous, const PeriodChange &change,
                               const ComparedPeriods &periods)
{
    m_previous = previous;
    m_change = change;
    m_periods = periods;
    m_hasComparison = true;
    updateDescription();
    update();
}

void MetricCard::setSparkline(const QList<MetricSummary> &buckets)
{
    m_sparkline = buckets;
    update();
}

void MetricCard::clear()
{
    setSummary(m_percentile, MetricSummary{});
}

bool MetricCard::hasData() const
{
    return m_summary.samples > 0 && !std::isnan(m_summary.value);
}

QString MetricCard::valueText() const
{
    return formatMetricValue(m_metric, m_summary.value);
}

QString MetricCard::samplesText() const
{
    // Not %n: without an English .qm it would read "sample(s)".
    if (m_summary.samples == 1)
        return tr("1 sample");
    return tr("%1 samples").arg(formatCount(m_summary.samples));
}

QString MetricCard::changeText() const
{
    if (!m_hasComparison || !hasData())
        return {};
    return formatChangeAgainst(m_change, m_periods.previousName());
}

qint64 MetricCard::count(Rating rating) const
{
    switch (rating) {
    case Rating::Good:
        return m_summary.good;
    case Rating::NeedsImprovement:
        return m_summary.needsImprovement;
    case Rating::Poor:
        return m_summary.poor;
    }
    return 0;
}

QString MetricCard::shareText(Rating rating) const
{
    return formatShare(m_summary.share(count(rating)));
}

void MetricCard::updateDescription()
{
    const QString name = QString::fromLatin1(metricInfo(m_metric).shortName);
    setAccessibleName(tr("%1 card").arg(name));
    QStringList lines;
    if (hasData()) {
        lines << tr("%1 %2 (%3): %4, %5. %6 good, %7 needs improvement, %8 poor; %9.")
                     .arg(percentileLabel(m_percentile), name, metricLongName(m_metric),
                          valueText(), ratingName(rate(m_metric, m_summary.value)),
                          shareText(Rating::Good), shareText(Rating::NeedsImprovement),
                          shareText(Rating::Poor), samplesText());
        if (m_periods.isValid())
            lines << tr("Period: %1.").arg(m_periods.currentText());
        if (m_hasComparison && m_change.hasPrevious()) {
            const QString before = m_previous.samples == 1
                                       ? tr("1 sample")
                                       : tr("%1 samples").arg(formatCount(m_previous.samples));
            lines << tr("%1 against the %2 (%3): %4 from %5. Lower is better.")
                         .arg(formatChange(m_change), m_periods.previousName(),
                              m_periods.previousText(),
                              formatMetricValue(m_metric, m_previous.value), before);
        } else if (m_hasComparison && m_periods.isValid()) {
            lines << tr("No samples in the %1 (%2) to compare with.")
                         .arg(m_periods.previousName(), m_periods.previousText());
        }
    } else {
        lines << tr("%1 (%2): no page view in the current range reported it.")
                     .arg(name, metricLongName(m_metric));
    }
    setAccessibleDescription(lines.join(QLatin1Char(' ')));
    const MetricInfo &info = metricInfo(m_metric);
    lines << tr("Good up to %1, poor above %2 (web.dev thresholds).")
                 .arg(formatMetricValue(m_metric, info.goodUpTo),
                      formatMetricValue(m_metric, info.poorAbove));
    setToolTip(lines.join(QLatin1Char('\n')));
    m_copyValue->setEnabled(hasData());
}

MetricCard::Layout MetricCard::layout() const
{
    const QFontMetrics title(scaledFont(font(), 1.25, true));
    const QFontMetrics value(scaledFont(font(), 2.2, true));
    const QFontMetrics small(scaledFont(font(), 0.9, false));
    Layout at;
    at.content = rect().adjusted(kPadding, kAccentHeight + kPadding, -kPadding, -kPadding);
    const int left = at.content.left();
    const int width = at.content.width();
    int y = at.content.top();
    at.titleTop = y;
    y += title.height();
    at.nameTop = y;
    y += small.height() + 6;
    at.valueTop = y;
    y += value.height();
    at.changeTop = y;
    y += small.height();
    at.samplesTop = y;
    y += small.height() + 8;
    at.sparkline = QRect(left, y, width, kSparklineHeight);
    y += kSparklineHeight + 8;
    at.bar = QRect(left, y, width, kBarHeight);
    y += kBarHeight + 6;
    at.legend = QRect(left, y, width, small.height());
    return at;
}

QSize MetricCard::sizeHint() const
{
    const QFontMetrics title(scaledFont(font(), 1.25, true));
    const QFontMetrics value(scaledFont(font(), 2.2, true));
    const QFontMetrics small(scaledFont(font(), 0.9, false));
    const int height = kAccentHeight + kPadding + title.height() + small.height() + 6 +
                       value.height() + 2 * small.height() + 8 + kSparklineHeight + 8 + kBarHeight +
                       6 + small.height() + kPadding;
    return {small.horizontalAdvance(QLatin1Char('x')) * 36, height};
}

QSize MetricCard::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    const QFontMetrics small(scaledFont(font(), 0.9, false));
    return {small.horizontalAdvance(QLatin1Char('x')) * 26, hint.height()};
}

void MetricCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

bool MetricCard::event(QEvent *event)
{
    // Over the sparkline the tooltip is the bucket's; elsewhere the card's own.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QRect area = layout().sparkline;
        if (area.contains(help->pos()) && !m_sparkline.isEmpty()) {
            const VitalSparkline line(valuesOf(m_sparkline), QRectF(area).adjusted(3, 3, -3, -3));
            const int bucket = line.bucketAt(help->pos().x());
            if (bucket >= 0) {
                QToolTip::showText(help->globalPos(), bucketToolTip(bucket), this, area);
                return true;
            }
        }
    }
    return QWidget::event(event);
}

QString MetricCard::bucketToolTip(int bucket) const
{
    const MetricSummary &at = m_sparkline.at(bucket);
    // Day buckets read as dates; shorter ones need the time too.
    const bool days = m_sparkline.size() < 2 ||
                      m_sparkline.at(1).bucketStart - m_sparkline.at(0).bucketStart >= kDayMs;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(at.bucketStart);
    const QString when = days ? QLocale().toString(start.date(), QLocale::ShortFormat)
                              : QLocale().toString(start, QLocale::ShortFormat);
    const QString what = tr("%1 %2").arg(percentileLabel(m_percentile),
                                         QString::fromLatin1(metricInfo(m_metric).shortName));
    if (at.samples <= 0 || !std::isfinite(at.value))
        return tr("%1\n%2: no samples").arg(when, what);
    const QString samples =
        at.samples == 1 ? tr("1 sample") : tr("%1 samples").arg(formatCount(at.samples));
    return tr("%1\n%2: %3 (%4)\n%5")
        .arg(when, what, formatMetricValue(m_metric, at.value),
             ratingName(rate(m_metric, at.value)), samples);
}

void MetricCard::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_copyValue);
    menu.addAction(m_copyDescription);
    menu.exec(event->globalPos());
}

void MetricCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool data = hasData();
    const Rating rating = data ? rate(m_metric, m_summary.value) : Rating::Good;
    const QColor accent = data ? ratingColor(rating) : pal.color(QPalette::Mid);
    const Layout at = layout();

    // The card: a rounded panel on the base colour with the rating as a stripe along the top.
    cardpaint::paintPanel(painter, *this, accent, kAccentHeight);

    const QRect &content = at.content;
    const QFont titleFont = scaledFont(font(), 1.25, true);
    const QFont valueFont = scaledFont(font(), 2.2, true);
    const QFont smallFont = scaledFont(font(), 0.9, false);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics valueMetrics(valueFont);
    const QFontMetrics smallMetrics(smallFont);

    // Title row: short name on the left, the rating as a pill on the right.
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::WindowText));
    const QString shortName = QString::fromLatin1(metricInfo(m_metric).shortName);
    painter.drawText(QRect(content.left(), at.titleTop, content.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, shortName);
    if (data) {
        painter.setFont(smallFont);
        // Narrow cards: the pill gives way to the metric's name, never the other way round.
        const int room = content.width() - titleMetrics.horizontalAdvance(shortName) - 8 - 14;
        const QString badge = smallMetrics.elidedText(ratingName(rating), Qt::ElideRight, room);
        const int badgeWidth = smallMetrics.horizontalAdvance(badge) + 14;
        const int badgeHeight = smallMetrics.height() + 4;
        const QRect badgeRect(content.right() - badgeWidth + 1,
                              at.titleTop + (titleMetrics.height() - badgeHeight) / 2, badgeWidth,
                              badgeHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawRoundedRect(badgeRect, badgeHeight / 2.0, badgeHeight / 2.0);
        // Near-black reads on all three web.dev colours, on light and dark themes alike.
        painter.setPen(QColor(0x20, 0x21, 0x24));
        painter.drawText(badgeRect, Qt::AlignCenter, badge);
    }

    painter.setFont(smallFont);
    painter.setPen(mutedText(pal));
    painter.drawText(
        QRect(content.left(), at.nameTop, content.width(), smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(metricLongName(m_metric), Qt::ElideRight, content.width()));

    // The value, then which percentile it is, on the value's baseline; the sample count
    // right-aligned on the same baseline when there is room for it.
    painter.setFont(valueFont);
    painter.setPen(data ? ratingTextColor(rating, pal) : mutedText(pal));
    const QString value = valueText();
    const int baseline = at.valueTop + valueMetrics.ascent();
    painter.drawText(QPoint(content.left(), baseline), value);
    painter.setFont(smallFont);
    painter.setPen(mutedText(pal));
    const QString percentile = percentileLabel(m_percentile);
    const int percentileLeft = content.left() + valueMetrics.horizontalAdvance(value) + 6;
    painter.drawText(QPoint(percentileLeft, baseline), percentile);

    // The change against the period before (the period itself too, where it fits), then the
    // sample count.
    QString change = changeText();
    if (smallMetrics.horizontalAdvance(change) > content.width())
        change = formatChange(m_change);
    if (!change.isEmpty()) {
        painter.setPen(changeColor(m_change, pal));
        painter.drawText(
            QRect(content.left(), at.changeTop, content.width(), smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, change);
    }
    painter.setPen(mutedText(pal));
    painter.drawText(QRect(content.left(), at.samplesTop, content.width(), smallMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, data ? samplesText() : tr("No samples"));

    paintSparkline(painter, at.sparkline);
    paintShareBar(painter, at.bar);
    paintLegend(painter, at.legend);
}

void MetricCard::paintSparkline(QPainter &painter, const QRect &area) const
{
    const QPalette pal = palette();
    // A faint baseline so an empty or flat sparkline still shows where it would be.
    painter.setPen(QPen(textColor(pal, 0.15), 1));
    painter.drawLine(QPointF(area.left(), area.bottom() + 0.5),
                     QPointF(area.right() + 1, area.bottom() + 0.5));
    if (m_sparkline.isEmpty())
        return;
    const VitalSparkline line(valuesOf(m_sparkline), QRectF(area).adjusted(3, 3, -3, -3));
    const QColor color = seriesColor(pal);
    QColor fill = color;
    fill.setAlphaF(0.12f);
    painter.save();
    for (const QPolygonF &run : line.segments()) {
        if (run.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(run.front(), 1.5, 1.5);
            continue;
        }
        QPainterPath under;
        under.moveTo(run.front().x(), area.bottom());
        for (const QPointF &point : run)
            under.lineTo(point);
        under.lineTo(run.back().x(), area.bottom());
        under.closeSubpath();
        painter.fillPath(under, fill);
        painter.setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(run);
    }
    // The latest bucket in its rating's colour: is it still good right now?
    for (int bucket = int(m_sparkline.size()) - 1; bucket >= 0; --bucket) {
        if (const auto last = line.point(bucket)) {
            painter.setPen(QPen(pal.color(QPalette::Base), 1.5));
            painter.setBrush(ratingColor(rate(m_metric, m_sparkline.at(bucket).value)));
            painter.drawEllipse(*last, 3.0, 3.0);
            break;
        }
    }
    painter.restore();
}

void MetricCard::paintShareBar(QPainter &painter, const QRect &bar) const
{
    QPainterPath track;
    track.addRoundedRect(bar, kBarHeight / 2.0, kBarHeight / 2.0);
    if (m_summary.samples <= 0) {
        painter.fillPath(track, palette().color(QPalette::Midlight));
        return;
    }
    painter.save();
    painter.setClipPath(track);
    double x = bar.left();
    for (Rating rating : kRatings) {
        const double width = m_summary.share(count(rating)) * bar.width();
        painter.fillRect(QRectF(x, bar.top(), width, bar.height()), ratingColor(rating));
        x += width;
    }
    painter.restore();
}

void MetricCard::paintLegend(QPainter &painter, const QRect &row) const
{
    if (m_summary.samples <= 0)
        return;
    const QFontMetrics metrics(painter.font());
    const int swatch = metrics.height() / 2;
    // Good on the left, needs improvement centred, poor on the right: under their bar segments.
    const std::array alignments{Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight};
    for (size_t i = 0; i < kRatings.size(); ++i) {
        const QString text = shareText(kRatings[i]);
        const int width = swatch + 4 + metrics.horizontalAdvance(text);
        int left = row.left();
        if (alignments[i] == Qt::AlignHCenter)
            left = row.left() + (row.width() - width) / 2;
        else if (alignments[i] == Qt::AlignRight)
            left = row.right() + 1 - width;
        painter.setPen(Qt::NoPen);
        painter.setBrush(ratingColor(kRatings[i]));
        painter.drawRoundedRect(
            QRect(left, row.top() + (row.height() - swatch) / 2, swatch, swatch), 2, 2);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(left + swatch + 4, row.top(), width - swatch - 4, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

} // namespace rumscope
