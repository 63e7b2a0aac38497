#include "journeypaint.h"

#include "displayformat.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QUrl>

#include <array>

namespace rumscope::journeypaint {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::JourneyPaint)
};

struct Marker
{
    QString name;
    double value = 0;
    std::optional<Metric> metric; ///< rated, when a vital
};

std::vector<Marker> markersOf(const PageView &view)
{
    std::vector<Marker> markers;
    for (const auto &[metric, value] :
         {std::pair{Metric::Ttfb, view.ttfb}, std::pair{Metric::Fcp, view.fcp},
          std::pair{Metric::Lcp, view.lcp}}) {
        if (isSet(value))
            markers.push_back({QString::fromLatin1(metricInfo(metric).shortName), value, metric});
    }
    if (isSet(view.load))
        markers.push_back({Tr::tr("Load"), view.load, std::nullopt});
    return markers;
}

QColor markerColor(const Marker &marker, const QPalette &palette)
{
    return marker.metric ? ratingTextColor(rate(*marker.metric, marker.value), palette)
                         : mutedText(palette);
}

QColor outlineOf(QColor fill)
{
    return fill.darker(140);
}

/// A URL as a waterfall row names it: path and query on the page's own host, else host too.
QString shortUrl(const QString &url, const QString &pageUrl)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url;
    QString path = parsed.path();
    if (parsed.hasQuery())
        path += u'?' + parsed.query();
    return parsed.host() == QUrl(pageUrl).host() ? path : parsed.host() + path;
}
} // namespace

QColor mutedText(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.62f);
    return color;
}

QColor resourceColor(const Resource &resource)
{
    if (isSet(resource.httpStatus) && resource.httpStatus >= 400)
        return ratingColor(Rating::Poor);
    const QString &type = resource.initiatorType;
    if (type == u"script")
        return QColor(0xE3, 0xB3, 0x41);
    if (type == u"link" || type == u"css")
        return QColor(0xA0, 0x7C, 0xD8);
    if (type == u"img" || type == u"image")
        return QColor(0x3F, 0xB0, 0xA9);
    if (type == u"fetch" || type == u"xmlhttprequest")
        return QColor(0x4C, 0x8B, 0xF5);
    if (type == u"navigation" || type == u"document")
        return QColor(0x2F, 0x6F, 0xD6);
    if (type == u"font" || type == u"css-font")
        return QColor(0xD9, 0x6C, 0xA4);
    return QColor(0x9A, 0xA0, 0xA6);
}

void paintItem(QPainter &painter, const QPalette &palette, const JourneyLanes &lanes, int index,
               const QRectF &rect, bool selected)
{
    const JourneyItem &item = lanes.item(index);
    QColor fill;
    switch (item.lane) {
    case JourneyLane::Interactions:
        fill = item.rating ? ratingColor(*item.rating) : palette.color(QPalette::Highlight);
        painter.setPen(QPen(outlineOf(fill), 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(rect, 3, 3);
        break;
    case JourneyLane::Errors: {
        fill = ratingColor(Rating::Poor);
        QPainterPath diamond;
        const QPointF c = rect.center();
        const double r = rect.width() / 2 + 1;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        painter.setPen(QPen(outlineOf(fill), 1));
        painter.setBrush(fill);
        painter.drawPath(diamond);
        break;
    }
    case JourneyLane::LongTasks:
        fill = mutedText(palette);
        fill.setAlphaF(0.55f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRect(rect);
        break;
    case JourneyLane::Resources:
        fill = resourceColor(std::get<Resource>(lanes.record(index)));
        fill.setAlphaF(0.85f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRect(rect);
        break;
    case JourneyLane::Measurements:
        fill = palette.color(QPalette::Highlight);
        painter.setPen(QPen(outlineOf(fill), 1));
        painter.setBrush(fill);
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1));
        break;
    case JourneyLane::PageViews:
        break;
    }
    if (selected) {
        painter.setPen(QPen(palette.color(QPalette::Text), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 3, 3);
    }
}

void paintPageViewBox(QPainter &painter, const QPalette &palette, const QRectF &rect,
                      bool routeChange, std::optional<Rating> rating, bool current, bool selected)
{
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlphaF(routeChange ? 0.10f : current ? 0.30f : 0.20f);
    if (routeChange && current)
        fill.setAlphaF(0.20f);
    QColor edge = palette.color(QPalette::Highlight);
    edge.setAlphaF(0.6f);
    QPen pen(edge, 1, routeChange ? Qt::DashLine : Qt::SolidLine);
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    const QColor accent = rating ? ratingColor(*rating) : palette.color(QPalette::Mid);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawRoundedRect(
        QRectF(rect.left(), rect.top(), std::min(4.0, rect.width()), rect.height()), 2, 2);
    if (selected) {
        painter.setPen(QPen(palette.color(QPalette::Text), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3);
    }
}

namespace {
struct LegendEntry
{
    QColor fill;
    bool dashed = false;
    QString label;
    bool groupStart = false; ///< a little more space before it
};

std::vector<LegendEntry> legendEntries(const QPalette &palette)
{
    std::vector<LegendEntry> entries;
    QColor page = palette.color(QPalette::Highlight);
    page.setAlphaF(0.25f);
    entries.push_back({page, false, Tr::tr("Page load"), false});
    page.setAlphaF(0.10f);
    entries.push_back({page, true, Tr::tr("Route change"), false});
    for (const Rating rating : {Rating::Good, Rating::NeedsImprovement, Rating::Poor})
        entries.push_back({ratingColor(rating), false, ratingName(rating), rating == Rating::Good});
    Resource sample;
    for (const auto &[type, label] :
         {std::pair{u"script", Tr::tr("Script")}, std::pair{u"link", Tr::tr("Stylesheet")},
          std::pair{u"img", Tr::tr("Image")}, std::pair{u"fetch", Tr::tr("Fetch/XHR")},
          std::pair{u"other", Tr::tr("Other resource")}}) {
        sample.initiatorType = QString::fromUtf16(type);
        entries.push_back(
            {resourceColor(sample), false, label, type == std::u16string_view(u"script")});
    }
    return entries;
}

/// Lays the legend out in rect's width, wrapping to more lines as needed; paints it when given
/// a painter. Returns the height it takes.
double layoutLegend(QPainter *painter, const QFontMetrics &metrics, const QPalette &palette,
                    const QRectF &rect)
{
    constexpr double kSwatch = 16;
    const double lineHeight = metrics.height() + 4;
    double x = rect.left();
    double y = rect.top();
    for (const LegendEntry &entry : legendEntries(palette)) {
        const double gap = entry.groupStart && x > rect.left() ? 12 : 0;
        const double width = kSwatch + 5 + metrics.horizontalAdvance(entry.label);
        if (x + gap + width > rect.right() && x > rect.left()) {
            x = rect.left();
            y += lineHeight;
        } else {
            x += gap;
        }
        if (painter) {
            QColor edge = entry.fill;
            edge.setAlphaF(1);
            painter->setPen(QPen(outlineOf(edge), 1, entry.dashed ? Qt::DashLine : Qt::SolidLine));
            painter->setBrush(entry.fill);
            painter->drawRoundedRect(QRectF(x, y + lineHeight / 2 - 5, kSwatch, 10), 2, 2);
            painter->setPen(mutedText(palette));
            painter->drawText(QRectF(x + kSwatch + 5, y, width, lineHeight),
                              Qt::AlignLeft | Qt::AlignVCenter, entry.label);
        }
        x += width + 14;
    }
    return y + lineHeight - rect.top();
}
} // namespace

void paintLegend(QPainter &painter, const QPalette &palette, const QRectF &rect)
{
    layoutLegend(&painter, painter.fontMetrics(), palette, rect);
}

double legendHeight(const QFontMetrics &metrics, const QPalette &palette, double width)
{
    return layoutLegend(nullptr, metrics, palette, QRectF(0, 0, width, 0));
}

void paintWaterfallAxis(QPainter &painter, const QPalette &palette, const TimelineScale &scale,
                        const QRectF &axis, const QRectF &rows, const PageView &view)
{
    const double half = axis.height() / 2;
    const double step = scale.tickStep(80);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlphaF(0.4f);
    const QFontMetrics metrics = painter.fontMetrics();
    for (const double tick : scale.ticks(80)) {
        const double x = axis.left() + scale.toPixel(tick);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, axis.top() + half - 2), QPointF(x, rows.bottom()));
        const QString label = TimelineScale::formatTick(tick, step);
        const double width = metrics.horizontalAdvance(label);
        painter.setPen(mutedText(palette));
        painter.drawText(QRectF(x - width / 2, axis.top(), width + 2, half), Qt::AlignCenter,
                         label);
    }
    // The vitals as dashed lines through the rows, each tagged under the axis; tags that would
    // overlap share one.
    struct Tag
    {
        double x = 0;
        double right = 0;
        QString text;
        QColor color;
    };
    std::vector<Tag> tags;
    for (const Marker &marker : markersOf(view)) {
        const double x = axis.left() + scale.toPixel(marker.value);
        const QColor color = markerColor(marker, palette);
        painter.setPen(QPen(color, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x, axis.top() + half), QPointF(x, rows.bottom()));
        const double width = metrics.horizontalAdvance(marker.name);
        if (!tags.empty() && x - width / 2 < tags.back().right + 4) {
            tags.back().text += Tr::tr(" · ") + marker.name;
            tags.back().right = tags.back().x + metrics.horizontalAdvance(tags.back().text);
            continue;
        }
        tags.push_back({x - width / 2, x + width / 2, marker.name, color});
    }
    QFont bold = painter.font();
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    for (const Tag &tag : tags) {
        painter.setPen(tag.color);
        painter.drawText(QRectF(tag.x, axis.top() + half, tag.right - tag.x + 40, half),
                         Qt::AlignLeft | Qt::AlignVCenter, tag.text);
    }
    painter.restore();
}

void paintWaterfallRow(QPainter &painter, const QPalette &palette, const JourneyLanes &lanes,
                       int item, const QRectF &line, int labelWidth, double barsLeft, double x,
                       double width, bool alternate, bool selected)
{
    const auto &resource = std::get<Resource>(lanes.record(item));
    const int pageView = lanes.item(item).pageView;
    const bool failed = isSet(resource.httpStatus) && resource.httpStatus >= 400;
    if (selected) {
        QColor highlight = palette.color(QPalette::Highlight);
        highlight.setAlphaF(0.28f);
        painter.fillRect(line, highlight);
    } else if (alternate) {
        QColor stripe = palette.color(QPalette::AlternateBase);
        stripe.setAlphaF(0.7f);
        painter.fillRect(line, stripe);
    }
    const QColor color = resourceColor(resource);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(line.left() + 4, line.center().y() - 4, 8, 8), 2, 2);
    const QString label =
        shortUrl(resource.url, pageView >= 0 ? lanes.pageView(pageView).url : QString());
    const QRectF labelRect(line.left() + 18, line.top(), labelWidth - 22, line.height());
    painter.setPen(failed ? ratingTextColor(Rating::Poor, palette) : palette.color(QPalette::Text));
    painter.drawText(
        labelRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(label, Qt::ElideMiddle, int(labelRect.width())));

    const QRectF bar(barsLeft + x, line.center().y() - 5, std::max(width, 2.0), 10);
    painter.setPen(QPen(outlineOf(color), 1));
    painter.setBrush(color);
    painter.drawRect(bar);
    QString after = JourneyLanes::formatDuration(lanes.item(item).duration);
    if (failed)
        after = Tr::tr("%1 · HTTP %2").arg(after).arg(qint64(resource.httpStatus));
    painter.setPen(failed ? ratingTextColor(Rating::Poor, palette) : mutedText(palette));
    painter.drawText(QRectF(bar.right() + 5, line.top(), line.right() - bar.right(), line.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, after);
}

QString markerToolTip(const PageView &view, const TimelineScale &scale, double x)
{
    QStringList near;
    for (const Marker &marker : markersOf(view)) {
        if (std::abs(scale.toPixel(marker.value) - x) > 6)
            continue;
        QString text =
            Tr::tr("%1 at %2").arg(marker.name, JourneyLanes::formatDuration(marker.value));
        if (marker.metric)
            text = Tr::tr("%1 %2 (%3)")
                       .arg(marker.name, formatMetricValue(*marker.metric, marker.value),
                            ratingName(rate(*marker.metric, marker.value)));
        near << text;
    }
    return near.join(u'\n');
}

QString laneDescription(JourneyLane lane)
{
    switch (lane) {
    case JourneyLane::PageViews:
        return Tr::tr("Each page view from its start to the next one, with its LCP, INP and CLS in "
                      "their ratings' colours; route changes are dashed. Click one to see its "
                      "resources below.");
    case JourneyLane::Interactions:
        return Tr::tr("Clicks, taps and key presses, coloured by how fast the page answered (the "
                      "INP thresholds).");
    case JourneyLane::Errors:
        return Tr::tr("JavaScript errors, unhandled rejections and failed requests.");
    case JourneyLane::LongTasks:
        return Tr::tr("Tasks that kept the main thread busy for 50 ms or more.");
    case JourneyLane::Resources:
        return Tr::tr(
            "Every resource the pages fetched, coloured by type; failed requests in red.");
    case JourneyLane::Measurements:
        return Tr::tr("Custom measurements and events the site reported.");
    }
    return {};
}

} // namespace rumscope::journeypaint
