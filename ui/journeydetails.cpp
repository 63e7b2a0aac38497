#include "journeydetails.h"

#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace rumscope {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::JourneyDetails)
};

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

/// Builds the panel's HTML: a heading, then sections of label–value rows.
class Html
{
public:
    explicit Html(const QPalette &palette)
        : m_palette(palette)
    {
        QColor muted = palette.color(QPalette::Text);
        muted.setAlphaF(0.62f);
        m_muted = muted.name(QColor::HexArgb);
    }

    void heading(const QString &title, const QString &subtitle = {})
    {
        m_text += u"<p style='margin-bottom:2px'><b style='font-size:large'>"_qs +
                  title.toHtmlEscaped() + u"</b></p>"_qs;
        if (!subtitle.isEmpty())
            m_text += u"<p style='margin-top:0'>"_qs + subtitle.toHtmlEscaped() + u"</p>"_qs;
    }
    /// A heading for the rows that follow; none when no row follows.
    void section(const QString &title)
    {
        closeTable();
        m_section = title;
    }
    void row(const QString &label, const QString &value, const QColor &color = {})
    {
        if (value.isEmpty())
            return;
        flushSection();
        openTable();
        const QString style =
            color.isValid() ? u" style='color:%1'"_qs.arg(color.name()) : QString();
        m_text += u"<tr><td style='color:%1;padding-right:12px'>%2</td><td%3>%4</td></tr>"_qs.arg(
            m_muted, label.toHtmlEscaped(), style, value.toHtmlEscaped());
    }
    void number(const QString &label, double value, const QString &text)
    {
        if (isSet(value))
            row(label, text);
    }
    void duration(const QString &label, double value)
    {
        number(label, value, JourneyLanes::formatDuration(value));
    }
    void vital(Metric metric, double value)
    {
        if (!isSet(value))
            return;
        const Rating rating = rate(metric, value);
        row(metricLongName(metric),
            Tr::tr("%1 — %2").arg(formatMetricValue(metric, value), ratingName(rating)),
            ratingTextColor(rating, m_palette));
    }
    void preformatted(const QString &text)
    {
        closeTable();
        flushSection();
        m_text += u"<pre style='white-space:pre-wrap'>"_qs + text.toHtmlEscaped() + u"</pre>"_qs;
    }
    const QPalette &palette() const { return m_palette; }
    void note(const QString &text)
    {
        closeTable();
        m_text += u"<p style='margin-top:14px;color:%1'>"_qs.arg(m_muted) + text.toHtmlEscaped() +
                  u"</p>"_qs;
    }
    QString finish()
    {
        closeTable();
        return m_text;
    }

private:
    void flushSection()
    {
        if (m_section.isEmpty())
            return;
        m_text += u"<p style='margin-top:10px;margin-bottom:2px'><b>"_qs +
                  m_section.toHtmlEscaped() + u"</b></p>"_qs;
        m_section.clear();
    }
    void openTable()
    {
        if (!m_inTable)
            m_text += u"<table cellspacing='0' cellpadding='1'>"_qs;
        m_inTable = true;
    }
    void closeTable()
    {
        if (m_inTable)
            m_text += u"</table>"_qs;
        m_inTable = false;
    }

    const QPalette &m_palette;
    QString m_muted;
    QString m_text;
    QString m_section;
    bool m_inTable = false;
};

QString when(const JourneyLanes &lanes, double offset)
{
    return Tr::tr("%1 (%2)").arg(JourneyLanes::formatOffset(offset), lanes.clockTime(offset));
}

QString bytes(double value)
{
    return formatBytes(qint64(value));
}

QString joined(const QStringList &parts)
{
    QStringList set;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            set << part;
    }
    return set.join(Tr::tr(" · "));
}

void sessionSummary(Html &html, const JourneyLanes &lanes)
{
    const Session &session = lanes.session();
    html.heading(Tr::tr("Session"), session.sessionId);
    html.row(Tr::tr("User"), session.userId.isEmpty() ? Tr::tr("not identified") : session.userId);
    html.row(Tr::tr("Started"), lanes.clockTime(0));
    html.row(Tr::tr("Duration"), JourneyLanes::formatDuration(lanes.sessionDuration()));
    html.row(Tr::tr("Entry page"), session.entryUrl);
    html.row(Tr::tr("Exit page"), session.exitUrl);
    html.row(Tr::tr("App"), joined({session.app, session.env, session.release}));
    int errors = 0;
    int interactions = 0;
    for (const JourneyItem &item : lanes.items()) {
        errors += item.lane == JourneyLane::Errors ? 1 : 0;
        interactions += item.lane == JourneyLane::Interactions ? 1 : 0;
    }
    html.row(Tr::tr("Page views"), formatCount(qint64(lanes.pageViews().size())));
    html.row(Tr::tr("Interactions"), formatCount(interactions));
    html.row(Tr::tr("Errors"), formatCount(errors),
             errors > 0 ? ratingTextColor(Rating::Poor, html.palette()) : QColor());
    html.row(Tr::tr("Events"), formatCount(qint64(lanes.items().size())));
    if (!lanes.pageViews().empty()) {
        const PageView &first = lanes.pageView(0);
        html.section(Tr::tr("Device"));
        html.row(Tr::tr("Browser"), joined({first.browser, first.browserVersion}));
        html.row(Tr::tr("Operating system"), joined({first.os, first.osVersion}));
        html.row(Tr::tr("Device"), joined({first.deviceType, first.deviceModel}));
        html.row(Tr::tr("Connection"), first.effectiveType);
        html.row(Tr::tr("Place"), joined({first.city, first.region, first.country}));
    }
    html.note(
        Tr::tr("Click an event on the timeline, or step through them with Up and Down, to see "
               "it here. Zoom with + and − or Ctrl+wheel, pan with Left and Right or by "
               "dragging; 0 shows the whole session. Right-click to copy or export."));
}

void pageViewDetails(Html &html, const JourneyLanes &lanes, int index)
{
    const JourneyItem &item = lanes.item(index);
    const JourneyPageView &span = lanes.pageViews().at(size_t(item.pageView));
    const PageView &view = lanes.pageView(item.pageView);
    html.heading(Tr::tr("%1 %2 of %3")
                     .arg(span.routeChange ? Tr::tr("Route change") : Tr::tr("Page view"))
                     .arg(item.pageView + 1)
                     .arg(lanes.pageViews().size()),
                 view.url);
    html.row(Tr::tr("Route"), view.route);
    html.row(Tr::tr("Began"), when(lanes, item.start));
    html.row(Tr::tr("Shown for"), JourneyLanes::formatDuration(span.end - span.start));
    html.row(Tr::tr("Navigation"), view.navigationType);
    html.row(Tr::tr("Referrer"), view.referrer);
    // Not %n: without an English .qm it would read "error(s)".
    const auto counted = [](qsizetype n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(formatCount(n));
    };
    html.row(
        Tr::tr("On this page"),
        QStringList{
            counted(qsizetype(span.resources.size()), Tr::tr("1 resource"), Tr::tr("%1 resources")),
            counted(span.interactions, Tr::tr("1 interaction"), Tr::tr("%1 interactions")),
            counted(span.errors, Tr::tr("1 error"), Tr::tr("%1 errors")),
            counted(span.longTasks, Tr::tr("1 long task"), Tr::tr("%1 long tasks"))}
            .join(Tr::tr(" · ")),
        span.errors > 0 ? ratingTextColor(Rating::Poor, html.palette()) : QColor());
    html.section(Tr::tr("Vitals"));
    for (const auto &[metric, value] : JourneyLanes::vitalsOf(view))
        html.vital(metric, value);
    html.section(Tr::tr("LCP parts"));
    html.row(Tr::tr("Element"), view.lcpElement);
    html.row(Tr::tr("Resource"), view.lcpResourceUrl);
    html.duration(Tr::tr("Time to first byte"), view.lcpTtfb);
    html.duration(Tr::tr("Resource load delay"), view.lcpResourceLoadDelay);
    html.duration(Tr::tr("Resource load duration"), view.lcpResourceLoadDuration);
    html.duration(Tr::tr("Element render delay"), view.lcpElementRenderDelay);
    if (isSet(view.inp)) {
        html.section(Tr::tr("INP parts"));
        html.row(Tr::tr("Interaction"), joined({view.inpEventType, view.inpTarget}));
        html.duration(Tr::tr("Input delay"), view.inpInputDelay);
        html.duration(Tr::tr("Processing"), view.inpProcessingDuration);
        html.duration(Tr::tr("Presentation delay"), view.inpPresentationDelay);
    }
    html.row(Tr::tr("Largest shift"), view.clsTarget);
    html.section(Tr::tr("Loading"));
    html.duration(Tr::tr("DNS"), view.dns);
    html.duration(Tr::tr("Connect"), view.connect);
    html.duration(Tr::tr("TLS"), view.tls);
    html.duration(Tr::tr("DOM interactive"), view.domInteractive);
    html.duration(Tr::tr("DOM content loaded"), view.domContentLoaded);
    html.duration(Tr::tr("Load"), view.load);
    html.duration(Tr::tr("Total blocking time"), view.tbt);
    html.section(Tr::tr("Device and network"));
    html.row(Tr::tr("Browser"), joined({view.browser, view.browserVersion}));
    html.row(Tr::tr("Operating system"), joined({view.os, view.osVersion}));
    html.row(Tr::tr("Device"), joined({view.deviceType, view.deviceModel}));
    if (isSet(view.screenWidth) && isSet(view.screenHeight))
        html.row(Tr::tr("Screen"),
                 Tr::tr("%1 × %2").arg(qint64(view.screenWidth)).arg(qint64(view.screenHeight)));
    html.row(Tr::tr("Connection"), view.effectiveType);
    html.duration(Tr::tr("Round trip"), view.rtt);
    html.number(Tr::tr("Downlink"), view.downlink,
                Tr::tr("%1 Mbit/s").arg(QLocale().toString(view.downlink, 'g', 3)));
    html.row(Tr::tr("Place"), joined({view.city, view.region, view.country}));
}

} // namespace

QString journeyDetailsHtml(const JourneyLanes &lanes, int index, const QPalette &palette)
{
    Html html(palette);
    if (index < 0 || index >= int(lanes.items().size())) {
        sessionSummary(html, lanes);
        return html.finish();
    }
    const JourneyItem &item = lanes.item(index);
    std::visit(Overloaded{
                   [](const Session &) {},
                   [&](const PageView &) { pageViewDetails(html, lanes, index); },
                   [&](const ErrorEvent &error) {
                       html.heading(Tr::tr("Error"), lanes.title(index));
                       html.row(Tr::tr("Kind"), error.kind);
                       html.row(Tr::tr("When"), when(lanes, item.start));
                       html.row(Tr::tr("Resource"), error.resourceUrl);
                       html.number(Tr::tr("HTTP status"), error.httpStatus,
                                   QString::number(qint64(error.httpStatus)));
                       html.row(Tr::tr("Fingerprint"), error.fingerprint);
                       if (!error.stack.isEmpty()) {
                           html.section(Tr::tr("Stack"));
                           html.preformatted(error.stack);
                       }
                   },
                   [&](const Interaction &interaction) {
                       html.heading(Tr::tr("Interaction"), lanes.title(index));
                       html.row(Tr::tr("When"), when(lanes, item.start));
                       if (isSet(interaction.duration))
                           html.vital(Metric::Inp, interaction.duration);
                       html.section(Tr::tr("Where the time went"));
                       html.duration(Tr::tr("Input delay"), interaction.inputDelay);
                       html.duration(Tr::tr("Processing"), interaction.processingDuration);
                       html.duration(Tr::tr("Presentation delay"), interaction.presentationDelay);
                   },
                   [&](const Resource &resource) {
                       html.heading(resource.initiatorType.isEmpty()
                                        ? Tr::tr("Resource")
                                        : Tr::tr("Resource (%1)").arg(resource.initiatorType),
                                    resource.url);
                       html.row(Tr::tr("When"), when(lanes, item.start));
                       html.duration(Tr::tr("After the page view began"), resource.startTime);
                       html.duration(Tr::tr("Duration"), resource.duration);
                       html.number(Tr::tr("Transferred"), resource.transferSize,
                                   resource.transferSize > 0 ? bytes(resource.transferSize)
                                                             : Tr::tr("nothing (from cache)"));
                       html.number(Tr::tr("Encoded size"), resource.encodedSize,
                                   bytes(resource.encodedSize));
                       if (isSet(resource.httpStatus))
                           html.row(
                               Tr::tr("HTTP status"), QString::number(qint64(resource.httpStatus)),
                               resource.httpStatus >= 400 ? ratingTextColor(Rating::Poor, palette)
                                                          : QColor());
                       html.row(Tr::tr("Protocol"), resource.protocol);
                       if (resource.renderBlocking)
                           html.row(Tr::tr("Render-blocking"),
                                    *resource.renderBlocking ? Tr::tr("yes") : Tr::tr("no"));
                   },
                   [&](const LongTask &task) {
                       html.heading(Tr::tr("Long task"), task.name);
                       html.row(Tr::tr("When"), when(lanes, item.start));
                       html.duration(Tr::tr("Duration"), task.duration);
                   },
                   [&](const Measurement &measurement) {
                       html.heading(Tr::tr("Measurement"), measurement.name);
                       html.row(Tr::tr("When"), when(lanes, item.start));
                       html.number(Tr::tr("Value"), measurement.value,
                                   QLocale().toString(measurement.value, 'g', 6));
                       html.row(Tr::tr("Attributes"), measurement.attributes);
                   },
               },
               lanes.record(index));
    return html.finish();
}

} // namespace rumscope
