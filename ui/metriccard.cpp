#include "metriccard.h"

#include "displayformat.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace rumscope {
namespace {
constexpr int kPadding = 14;
constexpr int kRadius = 8;
constexpr int kAccentHeight = 4;
constexpr int kBarHeight = 10;
constexpr std::array kRatings{Rating::Good, Rating::NeedsImprovement, Rating::Poor};

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QColor mutedText(const QPalette &palette)
{
    QColor color = palette.color(QPalette::WindowText);
    color.setAlphaF(0.65f);
    return color;
}
} // namespace

MetricCard::MetricCard(Metric metric, QWidget *parent)
    : QWidget(parent)
    , m_metric(metric)
{
    setObjectName(QStringLiteral("metricCard_%1").arg(QLatin1StringView(metricInfo(metric).id)));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    updateDescription();
}

void MetricCard::setSummary(double percentile, const MetricSummary &summary)
{
    m_percentile = percentile;
    m_summary = summary;
    updateDescription();
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
    QString description;
    if (hasData()) {
        description =
            tr("%1 %2 (%3): %4, %5. %6 good, %7 needs improvement, %8 poor; %9.")
                .arg(percentileLabel(m_percentile), name, metricLongName(m_metric), valueText(),
                     ratingName(rate(m_metric, m_summary.value)), shareText(Rating::Good),
                     shareText(Rating::NeedsImprovement), shareText(Rating::Poor), samplesText());
    } else {
        description = tr("%1 (%2): no page view in the current range reported it.")
                          .arg(name, metricLongName(m_metric));
    }
    setAccessibleDescription(description);
    const MetricInfo &info = metricInfo(m_metric);
    setToolTip(description + QLatin1Char('\n') +
               tr("Good up to %1, poor above %2 (web.dev thresholds).")
                   .arg(formatMetricValue(m_metric, info.goodUpTo),
                        formatMetricValue(m_metric, info.poorAbove)));
}

QSize MetricCard::sizeHint() const
{
    const QFontMetrics title(scaledFont(font(), 1.25, true));
    const QFontMetrics value(scaledFont(font(), 2.2, true));
    const QFontMetrics small(scaledFont(font(), 0.9, false));
    const int height = kAccentHeight + kPadding + title.height() + small.height() + 6 +
                       value.height() + small.height() + 10 + kBarHeight + 6 + small.height() +
                       kPadding;
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

void MetricCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool data = hasData();
    const Rating rating = data ? rate(m_metric, m_summary.value) : Rating::Good;
    const QColor accent = data ? ratingColor(rating) : pal.color(QPalette::Mid);

    // The card: a rounded panel on the base colour with the rating as a stripe along the top.
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath panel;
    panel.addRoundedRect(frame, kRadius, kRadius);
    painter.fillPath(panel, pal.color(QPalette::Base));
    painter.save();
    painter.setClipPath(panel);
    painter.fillRect(QRectF(frame.left(), frame.top(), frame.width(), kAccentHeight), accent);
    painter.restore();
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawPath(panel);

    const QRect content = rect().adjusted(kPadding, kAccentHeight + kPadding, -kPadding, -kPadding);
    const QFont titleFont = scaledFont(font(), 1.25, true);
    const QFont valueFont = scaledFont(font(), 2.2, true);
    const QFont smallFont = scaledFont(font(), 0.9, false);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics valueMetrics(valueFont);
    const QFontMetrics smallMetrics(smallFont);
    int y = content.top();

    // Title row: short name on the left, the rating as a pill on the right.
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::WindowText));
    const QString shortName = QString::fromLatin1(metricInfo(m_metric).shortName);
    painter.drawText(QRect(content.left(), y, content.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, shortName);
    if (data) {
        painter.setFont(smallFont);
        // Narrow cards: the pill gives way to the metric's name, never the other way round.
        const int room = content.width() - titleMetrics.horizontalAdvance(shortName) - 8 - 14;
        const QString badge = smallMetrics.elidedText(ratingName(rating), Qt::ElideRight, room);
        const int badgeWidth = smallMetrics.horizontalAdvance(badge) + 14;
        const int badgeHeight = smallMetrics.height() + 4;
        const QRect badgeRect(content.right() - badgeWidth + 1,
                              y + (titleMetrics.height() - badgeHeight) / 2, badgeWidth,
                              badgeHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawRoundedRect(badgeRect, badgeHeight / 2.0, badgeHeight / 2.0);
        // Near-black reads on all three web.dev colours, on light and dark themes alike.
        painter.setPen(QColor(0x20, 0x21, 0x24));
        painter.drawText(badgeRect, Qt::AlignCenter, badge);
    }
    y += titleMetrics.height();

    painter.setFont(smallFont);
    painter.setPen(mutedText(pal));
    painter.drawText(
        QRect(content.left(), y, content.width(), smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(metricLongName(m_metric), Qt::ElideRight, content.width()));
    y += smallMetrics.height() + 6;

    // The value, then which percentile it is, on the value's baseline.
    painter.setFont(valueFont);
    painter.setPen(data ? ratingTextColor(rating, pal) : mutedText(pal));
    const QString value = valueText();
    painter.drawText(QPoint(content.left(), y + valueMetrics.ascent()), value);
    painter.setFont(smallFont);
    painter.setPen(mutedText(pal));
    painter.drawText(QPoint(content.left() + valueMetrics.horizontalAdvance(value) + 8,
                            y + valueMetrics.ascent()),
                     percentileLabel(m_percentile));
    y += valueMetrics.height();

    painter.drawText(QRect(content.left(), y, content.width(), smallMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, data ? samplesText() : tr("No samples"));
    y += smallMetrics.height() + 10;

    paintShareBar(painter, QRect(content.left(), y, content.width(), kBarHeight));
    y += kBarHeight + 6;
    paintLegend(painter, QRect(content.left(), y, content.width(), smallMetrics.height()));
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
