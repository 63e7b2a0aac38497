#include "viewsimulator.h"

#include <algorithm>
#include <cmath>

namespace rumscope {
namespace {

// Timings are kept in tenths of a millisecond, as integers, until they are written: SDKs
// report 0.1 ms precision, and parts computed as integers add up exactly to their whole.
using Tenths = qint64;
constexpr Tenths kAbsent = -1;
constexpr double kLongest = 300000; // ms; beyond this a browser would have given up

Tenths tenths(double ms)
{
    return Tenths(std::llround(std::clamp(ms, 0.0, kLongest) * 10));
}
double millis(Tenths t)
{
    return t < 0 ? kUnset : double(t) / 10.0;
}
qint64 wholeMs(Tenths t)
{
    return std::max<Tenths>(t, 0) / 10;
}

constexpr double kKb = 1024;

} // namespace

struct ViewSimulator::Timings
{
    Tenths ttfb = kAbsent;
    Tenths dns = kAbsent;
    Tenths connect = kAbsent;
    Tenths tls = kAbsent;
    Tenths fcp = kAbsent;
    Tenths lcp = kAbsent;
    Tenths lcpTtfb = kAbsent;
    Tenths lcpDelay = kAbsent;
    Tenths lcpDuration = kAbsent;
    Tenths lcpRender = kAbsent;
    Tenths domInteractive = kAbsent;
    Tenths domContentLoaded = kAbsent;
    Tenths load = kAbsent;
    Tenths tbt = kAbsent;
    Tenths fid = kAbsent;

    // Inputs of this view
    double rtt = 0; ///< ms
    double bytesPerMs = 0;
    double cpu = 1;
    double backhaul = 0;    ///< ms from the CDN to the origin and back
    bool pageLoad = true;   ///< a document was fetched (not a soft navigation or restore)
    bool fromCache = false; ///< restored or prerendered: nothing was fetched now
    bool assetsCached = false;
    bool chunkFetched = false;
    bool imageLcp = false;
    QString lcpUrl;

    // Resource timing of what the view fetched, ms since its start
    double htmlBytes = 0;
    double cssStart = 0, cssDuration = 0;
    double scriptStart = 0, appDuration = 0, vendorDuration = 0, chunkDuration = 0;
    double apiStart = 0, apiDuration = 0, apiBytes = 0;
    qint64 dwell = 0;
};

ViewSimulator::ViewSimulator(const SiteModel &site, const Geography &geography,
                             const Releases &releases, const ErrorCatalogue &errors)
    : m_site(site)
    , m_geography(geography)
    , m_releases(releases)
    , m_errors(errors)
{
    m_navigationNames = {QStringLiteral("navigate"),     QStringLiteral("reload"),
                         QStringLiteral("back-forward"), QStringLiteral("prerender"),
                         QStringLiteral("restore"),      QStringLiteral("route-change")};
    m_effectiveTypes = {QStringLiteral("4g"), QStringLiteral("3g"), QStringLiteral("2g"),
                        QStringLiteral("slow-2g")};
    m_longTaskNames = {QStringLiteral("self"), QStringLiteral("same-origin-descendant"),
                       QStringLiteral("cross-origin-descendant"), QStringLiteral("unknown")};
    for (const char *target :
         {"img.hero__image", "div.promo-banner", "div.cookie-banner", "section.recommendations",
          "div.product-grid > a:nth-child(1)", "footer.site-footer", "iframe#trustpilot-widget",
          "div.ad-slot", "nav.main-nav", "div.size-picker"})
        m_clsTargets.push_back(QString::fromLatin1(target));
    m_click = QStringLiteral("click");
    m_keydown = QStringLiteral("keydown");
    m_pointerdown = QStringLiteral("pointerdown");
    m_link = QStringLiteral("link");
    m_script = QStringLiteral("script");
    m_img = QStringLiteral("img");
    m_fetch = QStringLiteral("fetch");
    m_xhr = QStringLiteral("xmlhttprequest");
    m_css = QStringLiteral("css");
    m_beacon = QStringLiteral("beacon");
    m_h3 = QStringLiteral("h3");
    m_fontUrl = m_site.cdn() + u"/fonts/inter-var-latin.woff2";
    m_tagManagerUrl = QStringLiteral("https://www.googletagmanager.com/gtm.js?id=GTM-5XK2ZP");
    m_analyticsUrl =
        QStringLiteral("https://region1.google-analytics.com/g/collect?v=2&tid=G-8QZ1X5TQ7C");
}

qint64 ViewSimulator::simulate(Random &random, SessionState &session, const ViewPlan &plan,
                               PageView &view, std::vector<Record> &events) const
{
    const RouteInfo &route = m_site.route(plan.page.route);
    const DeviceProfile &device = session.device;
    Timings t;
    t.cpu = device.cpu * random.logNormal(1, 0.15);
    t.rtt = std::max(5.0, session.rtt * random.logNormal(1, 0.2));
    t.bytesPerMs = std::max(0.01, session.downlink * random.logNormal(1, 0.25)) * 125.0;
    t.backhaul = m_geography.country(session.country).originLatency * random.logNormal(1, 0.2);

    // The LCP image, in the size the page asks for. 4.2.0 shipped a carousel that asked for
    // the desktop rendition on phones too, and renders it later.
    const bool regression = session.release == Releases::kLcpRegression && device.mobile;
    t.imageLcp = route.lcpImage && random.chance(route.imageLcpShare);
    if (t.imageLcp)
        t.lcpUrl = m_site.lcpImageUrl(random, plan.page.route, plan.page.param,
                                      device.mobile && !regression);

    if (plan.navigation == Navigation::RouteChange)
        softLoad(random, session, plan, t);
    else
        pageLoad(random, session, plan, t);

    // Time on the page: at least until the page showed its content, at most until the
    // generated period ends.
    const qint64 settled = wholeMs(std::max(t.lcp, t.load)) + 300;
    t.dwell = std::min(std::max(plan.dwell, settled), plan.maxDwell);
    t.dwell = std::max<qint64>(t.dwell, 1);

    // Layout shifts: most views have none, a few a lot; phones and soft navigations differ.
    const double noShift = plan.navigation == Navigation::RouteChange ? 0.65
                           : device.mobile                            ? 0.35
                                                                      : 0.45;
    double cls = 0;
    if (t.pageLoad && !random.chance(noShift))
        cls = std::min(3.0, random.logNormal(device.mobile ? 0.07 : 0.045, 1.1));
    else if (!t.pageLoad && !t.fromCache && random.chance(1 - noShift))
        cls = std::min(3.0, random.logNormal(0.02, 1.0));
    cls = std::round(cls * 10000) / 10000;
    view.cls = cls;
    if (cls > 0)
        view.clsTarget = m_clsTargets[random.below(int(m_clsTargets.size()))];

    addInteractions(random, plan, t, view, events);

    view.ttfb = millis(t.ttfb);
    view.fcp = millis(t.fcp);
    view.lcp = millis(t.lcp);
    view.fid = millis(t.fid);
    view.tbt = millis(t.tbt);
    view.dns = millis(t.dns);
    view.connect = millis(t.connect);
    view.tls = millis(t.tls);
    view.domInteractive = millis(t.domInteractive);
    view.domContentLoaded = millis(t.domContentLoaded);
    view.load = millis(t.load);
    view.lcpTtfb = millis(t.lcpTtfb);
    view.lcpResourceLoadDelay = millis(t.lcpDelay);
    view.lcpResourceLoadDuration = millis(t.lcpDuration);
    view.lcpElementRenderDelay = millis(t.lcpRender);
    view.lcpElement = t.imageLcp ? m_site.lcpImageElement(plan.page.route)
                                 : m_site.lcpTextElement(plan.page.route);
    view.lcpResourceUrl = t.lcpUrl;
    // The visitor switched tabs for part of some views.
    view.visibleTime =
        double(random.chance(0.7) ? t.dwell : qint64(double(t.dwell) * random.uniform(0.3, 1)));

    if (device.blink) {
        // Chromium's estimates: rtt rounded to 25 ms, downlink to 25 kbit/s and capped at 10.
        view.effectiveType = m_effectiveTypes[session.connection];
        view.rtt = std::round(std::min(t.rtt, 3000.0) / 25) * 25;
        view.downlink = std::min(10.0, std::round(t.bytesPerMs / 125.0 * 40) / 40);
        view.saveData = session.saveData;
    }

    addResources(random, session, plan, t, events);
    addLongTasks(random, plan, t, events);
    addErrors(random, session, plan, t, events);
    addMeasurements(random, session, plan, t, events);
    return t.dwell;
}

void ViewSimulator::pageLoad(Random &random, SessionState &session, const ViewPlan &plan,
                             Timings &t) const
{
    const RouteInfo &route = m_site.route(plan.page.route);
    const bool regression = session.release == Releases::kLcpRegression && session.device.mobile;
    const double cpu = t.cpu;

    if (plan.navigation == Navigation::Prerender || plan.navigation == Navigation::Restore) {
        // Prerendered or restored from the back/forward cache: timings count from activation,
        // and the page is already there.
        t.pageLoad = false;
        t.fromCache = true;
        t.ttfb = t.dns = t.connect = t.tls = 0;
        t.fcp = tenths(random.logNormal(14 * cpu, 0.4) + 4);
        t.lcpTtfb = t.lcpDelay = t.lcpDuration = 0;
        t.lcpRender = t.fcp + (t.imageLcp ? tenths(random.logNormal(6, 0.6)) : 0);
        t.lcp = t.lcpRender;
        if (plan.navigation == Navigation::Prerender)
            t.tbt = 0;
        t.assetsCached = true;
        return;
    }

    // Connections stay open between the views of a visit; the first one opens its own
    // (and looks the name up unless the resolver still has it).
    const bool first = plan.firstView;
    const bool newConnection = random.chance(first ? 0.92 : 0.2);
    const bool h3 = session.protocol == m_h3;
    const double dns = newConnection && random.chance(first ? 0.55 : 0.15)
                           ? random.logNormal(std::max(4.0, t.rtt * 0.5), 0.6)
                           : 0;
    const double tls = newConnection ? t.rtt * random.logNormal(1.05, 0.15) : 0;
    // QUIC sets up transport and TLS in one round trip; TCP needs its own first.
    const double tcp = newConnection && !h3 ? t.rtt * random.logNormal(1, 0.15) : 0;
    const double server =
        route.serverMs * 2.6 * random.logNormal(1, 0.55) * (random.chance(0.02) ? 4 : 1);
    const bool htmlCached = plan.navigation == Navigation::BackForward && random.chance(0.5);
    const double ttfb =
        htmlCached ? random.logNormal(12, 0.5)
                   : dns + tcp + tls + t.rtt + t.backhaul + server + random.logNormal(8, 0.5);
    t.dns = tenths(htmlCached ? 0 : dns);
    t.tls = tenths(htmlCached ? 0 : tls);
    t.connect = t.tls + tenths(htmlCached ? 0 : tcp); // connectStart→connectEnd includes TLS
    t.ttfb = std::max(tenths(ttfb), t.dns + t.connect);

    const double ttfbMs = millis(t.ttfb);
    t.htmlBytes = 38 * kKb * random.logNormal(1, 0.2);
    const double htmlDone = ttfbMs + (htmlCached ? 3 : t.htmlBytes / t.bytesPerMs);
    t.assetsCached =
        session.warmCache || (plan.navigation != Navigation::Navigate && random.chance(0.8));
    const int chunk = m_site.chunkIndex(plan.page.route);
    const bool chunkCached = t.assetsCached && session.chunksLoaded[chunk];
    t.chunkFetched = true;

    // Stylesheet and scripts start as soon as the head of the document arrives and share
    // the bandwidth.
    const double headArrives = ttfbMs + t.htmlBytes * 0.15 / t.bytesPerMs + 1;
    t.cssStart = headArrives;
    t.scriptStart = headArrives + 0.6;
    t.cssDuration =
        t.assetsCached ? random.logNormal(4, 0.5) + 0.5 : t.rtt + 42 * kKb * 1.3 / t.bytesPerMs;
    t.appDuration =
        t.assetsCached ? random.logNormal(6, 0.5) + 0.5 : t.rtt + (42 + 98) * kKb / t.bytesPerMs;
    t.vendorDuration = t.assetsCached ? random.logNormal(6, 0.5) + 0.5
                                      : t.rtt + (42 + 98 + 145) * kKb / t.bytesPerMs;
    t.chunkDuration = chunkCached ? random.logNormal(5, 0.5) + 0.5
                                  : t.rtt + 40 * kKb / t.bytesPerMs + (t.assetsCached ? 0 : 60);
    const double scriptsDone =
        t.scriptStart + std::max({t.appDuration, t.vendorDuration, t.chunkDuration});

    const double render = random.logNormal(180 * cpu, 0.4);
    const double fcp =
        std::max(t.cssStart + t.cssDuration, ttfbMs + t.htmlBytes * 0.3 / t.bytesPerMs) + render;
    t.fcp = std::max(tenths(fcp), t.ttfb + 1);

    const double scriptRun = random.logNormal(220 * cpu, 0.45);
    t.domInteractive = std::max(tenths(htmlDone + random.logNormal(25 * cpu, 0.4)), t.ttfb);
    t.domContentLoaded =
        std::max(tenths(std::max(millis(t.domInteractive), scriptsDone) + scriptRun * 0.7),
                 t.domInteractive);

    // LCP: the document's first byte, then the image's discovery, download and paint.
    t.lcpTtfb = t.ttfb;
    double imageEnd = 0;
    if (t.imageLcp) {
        // A third of pages only find their hero image once the scripts rendered it.
        const bool lateDiscovery = random.chance(0.35);
        const double delay = lateDiscovery
                                 ? scriptsDone - ttfbMs + scriptRun * 0.5
                                 : t.htmlBytes * 0.25 / t.bytesPerMs + random.logNormal(15, 0.5);
        double kb = route.imageKb * (session.device.mobile && !regression ? 0.55
                                     : session.device.touch               ? 0.8
                                                                          : 1.0);
        const bool imageCached = t.assetsCached && random.chance(0.25);
        const double duration = imageCached ? random.logNormal(6, 0.5) + 0.5
                                            : t.rtt * 0.5 + kb * kKb * 1.2 / t.bytesPerMs;
        t.lcpDelay = tenths(delay);
        t.lcpDuration = tenths(duration);
        imageEnd = millis(t.lcpTtfb + t.lcpDelay + t.lcpDuration);
    } else {
        t.lcpDelay = t.lcpDuration = 0;
    }
    double renderAfter = random.logNormal((t.imageLcp ? 120 : 150) * cpu, 0.7);
    if (!t.imageLcp && random.chance(0.45))
        renderAfter = 0; // the first text painted is the largest
    if (regression)
        renderAfter += random.logNormal(120 * cpu, 0.4);
    const Tenths partsBefore = t.lcpTtfb + t.lcpDelay + t.lcpDuration;
    const Tenths lcp = std::max(std::max(t.fcp, partsBefore) + tenths(renderAfter), t.fcp);
    t.lcp = lcp;
    t.lcpRender = lcp - partsBefore;

    t.load = std::max(
        tenths(std::max(millis(t.domContentLoaded), imageEnd) + random.logNormal(120, 0.6)),
        t.domContentLoaded);

    // Total blocking time: fast desktops often have none, slow phones a lot.
    t.tbt = cpu < 1.2 && random.chance(0.35)
                ? 0
                : tenths(random.logNormal(60 * std::pow(cpu, 1.5), 0.9));

    t.apiStart = millis(t.domContentLoaded) + random.logNormal(10, 0.5);
    t.apiBytes = 6 * kKb * random.logNormal(1, 0.7);
    t.apiDuration =
        t.rtt + t.backhaul + route.apiMs * random.logNormal(1, 0.5) + t.apiBytes / t.bytesPerMs;

    session.warmCache = true;
    session.chunksLoaded[chunk] = true;
}

void ViewSimulator::softLoad(Random &random, SessionState &session, const ViewPlan &plan,
                             Timings &t) const
{
    // A route change: no document, no connection set-up; the new route's code (if this
    // visit has not loaded it yet) and its data are fetched, then rendered.
    const RouteInfo &route = m_site.route(plan.page.route);
    const bool regression = session.release == Releases::kLcpRegression && session.device.mobile;
    const double cpu = t.cpu;
    t.pageLoad = false;
    t.assetsCached = true;

    const int chunk = m_site.chunkIndex(plan.page.route);
    t.chunkFetched = !session.chunksLoaded[chunk];
    session.chunksLoaded[chunk] = true;
    const double chunkTime = t.chunkFetched ? t.rtt + 40 * kKb / t.bytesPerMs : 0;
    t.scriptStart = random.logNormal(3, 0.5);
    t.chunkDuration = chunkTime;

    t.apiStart = random.logNormal(6, 0.5);
    t.apiBytes = 8 * kKb * random.logNormal(1, 0.6);
    t.apiDuration =
        t.rtt + t.backhaul + route.apiMs * random.logNormal(1, 0.5) + t.apiBytes / t.bytesPerMs;
    const double dataReady = std::max(t.scriptStart + chunkTime, t.apiStart + t.apiDuration);
    const double render = random.logNormal(40 * cpu, 0.4);

    t.fcp = tenths(t.scriptStart + chunkTime + render * 0.5 + random.logNormal(16, 0.5));
    t.lcpTtfb = 0;
    if (t.imageLcp) {
        double kb = route.imageKb * (session.device.mobile && !regression ? 0.55
                                     : session.device.touch               ? 0.8
                                                                          : 1.0);
        const bool imageCached = random.chance(0.3);
        t.lcpDelay = tenths(dataReady + render * 0.3);
        t.lcpDuration = tenths(imageCached ? random.logNormal(6, 0.5) + 0.5
                                           : t.rtt * 0.5 + kb * kKb * 1.2 / t.bytesPerMs);
    } else {
        t.lcpDelay = t.lcpDuration = 0;
    }
    double renderAfter = t.imageLcp ? random.logNormal(20 * cpu, 0.6) : dataReady + render;
    if (regression)
        renderAfter += random.logNormal(120 * cpu, 0.4);
    const Tenths partsBefore = t.lcpDelay + t.lcpDuration;
    t.lcp = std::max(partsBefore + tenths(renderAfter), t.fcp);
    t.lcpRender = t.lcp - partsBefore;
}

void ViewSimulator::addInteractions(Random &random, const ViewPlan &plan, Timings &t,
                                    PageView &view, std::vector<Record> &events) const
{
    const RouteInfo &route = m_site.route(plan.page.route);
    const double mean = route.interactions * (t.pageLoad ? 1.0 : 0.8);
    // Poisson count, at most three per view (the SDK keeps the slowest few).
    int count = 0;
    for (double p = std::exp(-mean), mass = random.uniform(), cumulative = p;
         mass > cumulative && count < 3; cumulative += p) {
        ++count;
        p *= mean / count;
    }
    const double earliest = millis(std::max(t.fcp, Tenths(0))) + 200;
    if (double(t.dwell) <= earliest)
        count = 0;

    Tenths worst = -1;
    bool firstInput = true;
    const double busy = t.tbt > 0 ? 0.3 : 0.08; // chance the input waits for a long task
    for (int i = 0; i < count; ++i) {
        const double offset = earliest + random.exponential(double(t.dwell) * 0.3);
        if (offset >= double(t.dwell))
            continue;
        const int which = random.below(4);
        const QString &target = m_site.target(plan.page.route, which);
        const bool textField = m_site.isTextField(plan.page.route, which);
        const QString &type = textField && random.chance(0.7) ? m_keydown
                              : random.chance(0.75)           ? m_click
                                                              : m_pointerdown;
        // Adding to the cart, placing the order and filtering do real work.
        const bool heavy = m_site.isHeavyTarget(plan.page.route, which);
        const double cpu = t.cpu;
        const Tenths inputDelay =
            tenths(random.chance(busy) ? random.logNormal(40 * cpu, 0.8)
                                       : random.logNormal(2.5 * cpu, 0.7) + 0.5);
        const Tenths processing = tenths(random.logNormal(16 * cpu * (heavy ? 2.5 : 1), 0.7));
        const Tenths presentation = tenths(random.logNormal(12 * cpu, 0.5) + 4);
        // Event Timing reports durations rounded to 8 ms; the presentation delay is what
        // remains after input delay and processing.
        const Tenths eight = 80;
        const Tenths duration = std::max<Tenths>(
            eight * 2, (inputDelay + processing + presentation + eight - 1) / eight * eight);

        Interaction interaction;
        static_cast<EventBase &>(interaction) = plan.base;
        interaction.time = plan.start + qint64(offset);
        interaction.type = type;
        interaction.target = target;
        interaction.duration = millis(duration);
        interaction.inputDelay = millis(inputDelay);
        interaction.processingDuration = millis(processing);
        interaction.presentationDelay = millis(duration - inputDelay - processing);
        if (duration > worst) {
            worst = duration;
            view.inp = interaction.duration;
            view.inpInputDelay = interaction.inputDelay;
            view.inpProcessingDuration = interaction.processingDuration;
            view.inpPresentationDelay = interaction.presentationDelay;
            view.inpEventType = type;
            view.inpTarget = target;
        }
        // First Input Delay belongs to the document; soft navigations do not have one.
        if (firstInput && (t.pageLoad || plan.navigation == Navigation::Prerender))
            t.fid = inputDelay;
        firstInput = false;
        events.emplace_back(std::move(interaction));
    }
}

void ViewSimulator::addResources(Random &random, const SessionState &session, const ViewPlan &plan,
                                 const Timings &t, std::vector<Record> &events) const
{
    const DeviceProfile &device = session.device;
    const int release = session.release;
    const int chunk = m_site.chunkIndex(plan.page.route);
    int wanted = random.between(2, 6);

    auto add = [&](const QString &url, const QString &initiator, double start, double duration,
                   double bytes, bool cached, bool blocking, const QString &protocol,
                   double status) {
        if (wanted <= 0 || start >= double(t.dwell))
            return;
        --wanted;
        Resource resource;
        static_cast<EventBase &>(resource) = plan.base;
        resource.time = plan.start + qint64(start);
        resource.url = url;
        resource.initiatorType = initiator;
        resource.startTime = millis(tenths(start));
        resource.duration = millis(std::max<Tenths>(tenths(duration), 1));
        resource.encodedSize = std::round(bytes);
        resource.transferSize = cached ? 0 : std::round(bytes) + 300;
        // Only Chromium reports the status and whether a resource blocked rendering.
        if (device.blink) {
            resource.httpStatus = status;
            resource.renderBlocking = blocking;
        }
        resource.protocol = protocol;
        events.emplace_back(std::move(resource));
    };
    const QString &own = session.protocol;
    const double apiBytes = std::round(t.apiBytes);
    const QString api0 = m_site.apiUrl(plan.page.route, 0, plan.page.param);

    if (t.fromCache) {
        add(api0, m_fetch, t.apiStart + 20, t.rtt + t.backhaul + 80, apiBytes, false, false, own,
            200);
        add(m_analyticsUrl, m_beacon, 30, t.rtt + 20, 0, false, false, m_h3, 204);
    } else if (t.pageLoad) {
        add(m_releases.assetUrl(release, Releases::AppStyles), m_link, t.cssStart, t.cssDuration,
            42 * kKb * random.logNormal(1, 0.05), t.assetsCached, true, own, 200);
        add(m_releases.assetUrl(release, Releases::AppScript), m_script, t.scriptStart,
            t.appDuration, 98 * kKb * random.logNormal(1, 0.05), t.assetsCached, false, own, 200);
        if (t.imageLcp) {
            add(t.lcpUrl, m_img, millis(t.lcpTtfb + t.lcpDelay), millis(t.lcpDuration),
                m_site.route(plan.page.route).imageKb * kKb * random.logNormal(0.7, 0.2),
                t.lcpDuration < 200, false, own, 200);
        }
        add(api0, m_fetch, t.apiStart, t.apiDuration, apiBytes, false, false, own, 200);
        add(m_releases.assetUrl(release, Releases::VendorScript), m_script, t.scriptStart + 0.3,
            t.vendorDuration, 145 * kKb, t.assetsCached, false, own, 200);
        add(m_releases.chunkUrl(release, chunk), m_script, t.scriptStart + 0.5, t.chunkDuration,
            40 * kKb * random.logNormal(1, 0.1), t.assetsCached, false, own, 200);
        add(m_fontUrl, m_css, t.cssStart + t.cssDuration + 2,
            t.assetsCached ? 3 : t.rtt + 48 * kKb / t.bytesPerMs, 48 * kKb, t.assetsCached, false,
            own, 200);
        add(m_tagManagerUrl, m_script, millis(t.load) + 5, t.rtt + 95 * kKb / t.bytesPerMs,
            95 * kKb, false, false, m_h3, 200);
    } else {
        add(api0, m_fetch, t.apiStart, t.apiDuration, apiBytes, false, false, own, 200);
        if (t.imageLcp) {
            add(t.lcpUrl, m_img, millis(t.lcpDelay), millis(t.lcpDuration),
                m_site.route(plan.page.route).imageKb * kKb * random.logNormal(0.7, 0.2),
                t.lcpDuration < 200, false, own, 200);
        }
        if (t.chunkFetched) {
            add(m_releases.chunkUrl(release, chunk), m_script, t.scriptStart, t.chunkDuration,
                40 * kKb * random.logNormal(1, 0.1), false, false, own, 200);
        }
        add(m_site.apiUrl(plan.page.route, 1, plan.page.param), m_xhr, t.apiStart + 1,
            t.apiDuration * random.logNormal(0.8, 0.3), apiBytes * 0.5, false, false, own, 200);
        add(m_analyticsUrl, m_beacon, millis(t.lcp) + 50, t.rtt + 20, 0, false, false, m_h3, 204);
    }
}

void ViewSimulator::addLongTasks(Random &random, const ViewPlan &plan, const Timings &t,
                                 std::vector<Record> &events) const
{
    // The few longest tasks (the SDK keeps three): during a load they are what makes up the
    // total blocking time, each blocking for its duration less 50 ms.
    std::vector<std::pair<double, Tenths>> tasks; // start ms, duration
    if (t.pageLoad && t.tbt > 0) {
        const int count = std::min(3, 1 + int(millis(t.tbt) / 150));
        Tenths blocking = Tenths(double(t.tbt) * random.uniform(0.6, 1.0));
        const double from = millis(t.fcp);
        const double span = std::max(millis(t.load) - from, 100.0);
        for (int i = 0; i < count; ++i) {
            const Tenths share =
                i == count - 1 ? blocking : Tenths(double(blocking) * random.uniform(0.3, 0.7));
            blocking -= share;
            tasks.emplace_back(from + random.uniform() * span, 500 + share);
        }
    } else if (!t.fromCache && random.chance(std::min(0.8, 0.12 * t.cpu))) {
        tasks.emplace_back(t.apiStart + t.apiDuration + random.uniform(0, 30),
                           500 + tenths(random.logNormal(30 * t.cpu, 0.7)));
    }
    for (const auto &[start, duration] : tasks) {
        if (start >= double(t.dwell))
            continue;
        LongTask task;
        static_cast<EventBase &>(task) = plan.base;
        task.time = plan.start + qint64(start);
        const double which = random.uniform();
        task.name = m_longTaskNames[which < 0.85 ? 0 : which < 0.9 ? 1 : which < 0.97 ? 2 : 3];
        task.duration = millis(duration);
        events.emplace_back(std::move(task));
    }
}

void ViewSimulator::addErrors(Random &random, SessionState &session, const ViewPlan &plan,
                              const Timings &t, std::vector<Record> &events) const
{
    const RouteInfo &route = m_site.route(plan.page.route);
    // Slow networks fail more (chunks, images, timeouts); Safari is the odd one out more.
    constexpr double kByConnection[4] = {1.0, 1.4, 2.2, 3.0};
    double chance = 0.023 * route.errorFactor * kByConnection[session.connection];
    if (session.device.safari)
        chance *= 1.15;
    int count = 0;
    if (random.chance(chance))
        count = random.chance(0.8) ? 1 : random.chance(0.75) ? 2 : 3;
    std::vector<int> entries;
    if (session.release == Releases::kLcpRegression && route.id == RouteId::Product &&
        random.chance(0.05))
        entries.push_back(m_errors.regression());
    for (int i = 0; i < count; ++i) {
        // A failing page often repeats itself.
        if (!entries.empty() && random.chance(0.6))
            entries.push_back(entries.back());
        else
            entries.push_back(m_errors.pick(random, session.connection > 0));
    }
    const double window = std::min(double(t.dwell) / 3, 4000.0);
    for (int entry : entries) {
        ErrorEvent error;
        static_cast<EventBase &>(error) = plan.base;
        const double offset = std::min(random.exponential(window), double(t.dwell - 1));
        error.time = plan.start + qint64(offset);
        m_errors.fill(error, entry, session.release, session.engine, random);
        events.emplace_back(std::move(error));
        ++session.errors;
    }
}

void ViewSimulator::addMeasurements(Random &random, const SessionState &session,
                                    const ViewPlan &plan, const Timings &t,
                                    std::vector<Record> &events) const
{
    Measurement m;
    switch (m_site.routeId(plan.page.route)) {
    case RouteId::CheckoutConfirmation: {
        m.name = QStringLiteral("order_value");
        m.value = std::round(random.logNormal(85, 0.6) * 100) / 100; // EUR
        m.attributes = QStringLiteral("{\"currency\":\"EUR\",\"localCurrency\":\"") +
                       m_geography.currency(session.country) + QStringLiteral("\",\"items\":") +
                       QString::number(1 + int(random.exponential(1.5))) + u'}';
        break;
    }
    case RouteId::Search: {
        m.name = QStringLiteral("search_results");
        m.value = random.chance(0.08) ? 0 : random.between(1, 240);
        QString query = plan.page.param;
        query.replace(u'+', u' ');
        m.attributes = QStringLiteral("{\"query\":\"") + query + QStringLiteral("\"}");
        break;
    }
    case RouteId::Home:
        if (!t.pageLoad || !random.chance(0.25))
            return;
        m.name = QStringLiteral("experiment_exposure");
        m.value = 1;
        m.attributes = QStringLiteral("{\"experiment\":\"hero-carousel\",\"variant\":\"") +
                       (random.chance(0.5) ? u'A' : u'B') + QStringLiteral("\"}");
        break;
    case RouteId::Product:
        if (!random.chance(0.05))
            return;
        m.name = QStringLiteral("gallery_swipes");
        m.value = random.between(1, 12);
        break;
    default:
        return;
    }
    const double offset = millis(t.lcp) + random.logNormal(1500, 0.8);
    if (offset >= double(t.dwell))
        return;
    static_cast<EventBase &>(m) = plan.base;
    m.time = plan.start + qint64(offset);
    events.emplace_back(std::move(m));
}

} // namespace rumscope
