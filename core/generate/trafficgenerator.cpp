#include "trafficgenerator.h"

#include "devicepicker.h"
#include "errorcatalogue.h"
#include "geography.h"
#include "releases.h"
#include "sessionstate.h"
#include "sitemodel.h"
#include "viewsimulator.h"

#include <algorithm>
#include <cmath>

namespace rumscope {
namespace {

constexpr qint64 kQuarterHour = 15 * 60 * 1000;
constexpr qint64 kDefaultEnd = 1748736000000; // 2025-06-01T00:00:00Z: no clock, no surprises
constexpr qint64 kMaxDwellMs = 30 * 60 * 1000;

/// 36-character UUID (version 4 layout) from two random words, built without QString::arg.
QString uuid(Random &random)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    quint64 high = random.next();
    quint64 low = random.next();
    high = (high & ~0xf000ULL) | 0x4000ULL;
    low = (low & ~(0xcULL << 60)) | (0x8ULL << 60);
    QString id(36, Qt::Uninitialized);
    QChar *out = id.data();
    int nibble = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            out[i] = u'-';
            continue;
        }
        const quint64 word = nibble < 16 ? high : low;
        const int shift = 60 - 4 * (nibble % 16);
        out[i] = QChar(kHex[(word >> shift) & 0xf]);
        ++nibble;
    }
    return id;
}

/// A user id as a site stores it: a SHA-256-looking hash of the account, stable per user.
QString userHash(quint64 user)
{
    QString hash;
    hash.reserve(64);
    quint64 state = user * 0x9e3779b97f4a7c15ULL + 0x75736572ULL;
    for (int i = 0; i < 4; ++i)
        hash += QString::number(Random::splitMix64(state), 16).rightJustified(16, u'0');
    return hash;
}

} // namespace

struct TrafficGenerator::Private
{
    explicit Private(const GeneratorOptions &o);

    qint64 nextArrival();
    void startSession(SessionState &session, qint64 start);
    Navigation pickNavigation(bool first);

    GeneratorOptions options;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    Random random;
    Random arrivals; ///< a stream of its own: arrival times do not depend on session content
    double arrivalTotal = 0;
    double arrivalSum = 0;
    qint64 done = 0;

    // Arrival rate per quarter hour over the window, as a cumulative table.
    std::vector<double> bucketMass;
    std::size_t bucket = 0;

    Geography geography;
    SiteModel site;
    DevicePicker devices;
    Releases releases;
    ErrorCatalogue errors;
    ViewSimulator simulator;

    QString app = QStringLiteral("shop-web");
    QString env = QStringLiteral("production");
    QString source = QStringLiteral("canonical");
    std::vector<QString> releaseNames;
    QString h2 = QStringLiteral("h2");
    QString h3 = QStringLiteral("h3");
    QString http11 = QStringLiteral("http/1.1");
    std::vector<QString> entryReferrers;
    int searchReferrer = 0;
    WeightedTable entryReferrerTable;
};

namespace {
QStringList chunkNames(const SiteModel &site)
{
    QStringList names;
    for (int c = 0; c < site.chunkCount(); ++c)
        names.append(site.chunkName(c));
    return names;
}
} // namespace

TrafficGenerator::Private::Private(const GeneratorOptions &o)
    : options(o)
    , windowEnd(o.endTime > 0 ? o.endTime : kDefaultEnd)
    , random(Random::mix(o.seed ^ 0x7261666669632121ULL))
    , arrivals(Random::mix(o.seed ^ 0x6172726976616c73ULL))
    , devices(geography)
    , releases(windowEnd - qint64(std::max(o.days, 1)) * 86400000, windowEnd, site.origin(),
               chunkNames(site))
    , errors(releases, site)
    , simulator(site, geography, releases, errors)
{
    options.days = std::max(options.days, 1);
    options.endTime = windowEnd;
    options.sessions = std::max<qint64>(options.sessions, 0);
    windowStart = windowEnd - qint64(options.days) * 86400000;

    // Session starts are the order statistics of the arrival density: the running sum of
    // n + 1 exponential gaps, divided by their total, gives n sorted uniform quantiles.
    {
        Random pass = arrivals;
        for (qint64 i = 0; i <= options.sessions; ++i)
            arrivalTotal += pass.exponential(1.0);
    }
    // The density: every country's local day and week, plus a tenth more traffic by the end.
    double mass = 0;
    for (qint64 t = windowStart; t < windowEnd; t += kQuarterHour) {
        const double length = double(std::min(kQuarterHour, windowEnd - t)) / kQuarterHour;
        const double growth = 1.0 + 0.1 * double(t - windowStart) / double(windowEnd - windowStart);
        mass += geography.trafficAt(t) * growth * length;
        bucketMass.push_back(mass);
    }

    for (int r = 0; r < releases.count(); ++r)
        releaseNames.push_back(releases.version(r));

    // Where a visit comes from; the country's own search engine is added per session.
    const std::pair<const char *, double> referrers[] = {
        {"", 28},
        {"https://www.bing.com/", 4},
        {"https://duckduckgo.com/", 2},
        {"https://www.facebook.com/", 3},
        {"https://m.facebook.com/", 2},
        {"https://www.instagram.com/", 3},
        {"https://t.co/", 1},
        {"https://www.pinterest.com/", 2},
        {"https://www.youtube.com/", 1.5},
        {"https://www.reddit.com/", 1.5},
        {"https://mail.google.com/", 3},
        {"https://outlook.live.com/", 1},
        {"https://www.tiktok.com/", 1.5},
        {"https://news.google.com/", 0.5},
    };
    for (const auto &[url, weight] : referrers) {
        entryReferrers.push_back(QString::fromLatin1(url));
        entryReferrerTable.add(weight);
    }
    searchReferrer = int(entryReferrers.size()); // the country's own, filled in per session
    entryReferrers.push_back(QString());
    entryReferrerTable.add(45);
}

qint64 TrafficGenerator::Private::nextArrival()
{
    arrivalSum += arrivals.exponential(1.0);
    const double quantile = std::min(arrivalSum / arrivalTotal, 1.0 - 1e-12);
    const double target = quantile * bucketMass.back();
    while (bucket + 1 < bucketMass.size() && bucketMass[bucket] <= target)
        ++bucket;
    const double before = bucket == 0 ? 0 : bucketMass[bucket - 1];
    const double inBucket = bucketMass[bucket] - before;
    const double fraction = inBucket > 0 ? (target - before) / inBucket : 0;
    const qint64 bucketStart = windowStart + qint64(bucket) * kQuarterHour;
    const qint64 length = std::min(kQuarterHour, windowEnd - bucketStart);
    return std::min(bucketStart + qint64(fraction * double(length)), windowEnd - 1);
}

void TrafficGenerator::Private::startSession(SessionState &s, qint64 start)
{
    s.base.sessionId = uuid(random);
    s.base.app = app;
    s.base.env = env;
    s.base.source = source;
    s.release = releases.releaseAt(random, start);
    s.base.release = releaseNames[s.release];
    s.country = geography.pickCountry(random, start);
    s.city = geography.pickCity(random, s.country);
    s.device = devices.pick(random, s.country, start);
    s.engine = s.device.blink ? ErrorCatalogue::Engine::V8
               : s.device.browser == u"Firefox" && s.device.os != u"iOS"
                   ? ErrorCatalogue::Engine::Gecko
                   : ErrorCatalogue::Engine::WebKit;

    // The connection class by country and device (tablets and computers mostly on Wi-Fi),
    // then the true round trip and throughput that class stands for.
    const CountryInfo &country = geography.country(s.country);
    static constexpr double kMobileMix[4][4] = {{0.93, 0.06, 0.008, 0.002},
                                                {0.86, 0.12, 0.015, 0.005},
                                                {0.72, 0.23, 0.04, 0.01},
                                                {0.60, 0.31, 0.07, 0.02}};
    static constexpr double kFixedMix[4][4] = {{0.985, 0.013, 0.002, 0},
                                               {0.97, 0.027, 0.003, 0},
                                               {0.93, 0.06, 0.01, 0},
                                               {0.88, 0.10, 0.02, 0}};
    const int network = std::clamp(country.network, 0, 3);
    const double *mix = s.device.mobile ? kMobileMix[network] : kFixedMix[network];
    double mass = random.uniform();
    s.connection = 3;
    for (int c = 0; c < 4; ++c) {
        if (mass < mix[c]) {
            s.connection = c;
            break;
        }
        mass -= mix[c];
    }
    const double edge = country.originLatency * 0.15; // farther from a CDN edge, too
    switch (s.connection) {
    case 0:
        s.rtt = std::clamp(random.logNormal(s.device.mobile ? 75 : 35, 0.45), 8.0, 260.0) + edge;
        s.downlink = std::clamp(random.logNormal(s.device.mobile ? 9 : 40, 0.7), 0.8, 500.0);
        break;
    case 1:
        s.rtt = std::clamp(random.logNormal(380, 0.25), 270.0, 1350.0) + edge;
        s.downlink = std::clamp(random.logNormal(0.9, 0.35), 0.1, 2.0);
        break;
    case 2:
        s.rtt = std::clamp(random.logNormal(1600, 0.12), 1400.0, 1990.0) + edge;
        s.downlink = std::clamp(random.logNormal(0.22, 0.3), 0.04, 0.5);
        break;
    default:
        s.rtt = std::clamp(random.logNormal(2300, 0.15), 2000.0, 3500.0) + edge;
        s.downlink = std::clamp(random.logNormal(0.05, 0.3), 0.02, 0.08);
        break;
    }
    if (s.device.blink)
        s.saveData = random.chance(network >= 2 ? 0.06 : 0.015);
    const double protocol = random.uniform();
    s.protocol = protocol < 0.02 ? http11 : protocol < (s.device.safari ? 0.17 : 0.32) ? h3 : h2;
    s.warmCache = random.chance(0.3); // returning visitors within the release's lifetime
    s.chunksLoaded.assign(site.chunkCount(), s.warmCache);
}

Navigation TrafficGenerator::Private::pickNavigation(bool first)
{
    const double p = random.uniform();
    if (first) {
        return p < 0.90    ? Navigation::Navigate
               : p < 0.945 ? Navigation::Reload
               : p < 0.975 ? Navigation::BackForward
                           : Navigation::Prerender;
    }
    return p < 0.55   ? Navigation::RouteChange
           : p < 0.88 ? Navigation::Navigate
           : p < 0.93 ? Navigation::BackForward
           : p < 0.95 ? Navigation::Restore
                      : Navigation::Reload;
}

TrafficGenerator::TrafficGenerator(const GeneratorOptions &options)
    : d(std::make_unique<Private>(options))
{}

TrafficGenerator::~TrafficGenerator() = default;

qint64 TrafficGenerator::sessionsDone() const
{
    return d->done;
}
const GeneratorOptions &TrafficGenerator::options() const
{
    return d->options;
}

bool TrafficGenerator::nextSession(std::vector<Record> &out)
{
    if (d->done >= d->options.sessions)
        return false;
    ++d->done;
    Random &random = d->random;
    const qint64 start = d->nextArrival();

    SessionState session;
    d->startSession(session, start);
    Session record;
    static_cast<EventBase &>(record) = session.base;
    record.time = start;
    if (random.chance(0.3)) {
        // Signed-in visitors; some come back often.
        const double u = random.uniform();
        record.userId = userHash(quint64(u * u * 200000));
    }

    // Page views per visit: four in ten bounce, the rest browse a geometric number more;
    // 3.5 on average.
    int views = 1;
    if (!random.chance(0.4)) {
        const double more = std::floor(std::log1p(-random.uniform()) / std::log(1 - 0.24));
        views = 2 + int(std::min(more, 78.0));
    }

    const std::size_t sessionIndex = out.size();
    out.emplace_back(Session{});
    std::vector<Record> events;
    std::vector<std::pair<qint64, std::size_t>> order;
    std::vector<SiteModel::Page> history;
    qint64 time = start;
    qint64 lastSeen = start;
    int produced = 0;
    int route = d->site.pickEntry(random);
    for (int v = 0; v < views && time < d->windowEnd; ++v) {
        ViewPlan plan;
        plan.navigation = d->pickNavigation(v == 0);
        if (plan.navigation == Navigation::Reload && !history.empty()) {
            plan.page = history.back();
        } else if ((plan.navigation == Navigation::BackForward ||
                    plan.navigation == Navigation::Restore) &&
                   history.size() >= 2) {
            plan.page = history[history.size() - 2];
        } else {
            if (plan.navigation == Navigation::Restore)
                plan.navigation = Navigation::Navigate;
            plan.page = d->site.page(random, route);
            // Following a link to the page one is on is rare; pick again.
            for (int retry = 0;
                 retry < 3 && !history.empty() && plan.page.url == history.back().url; ++retry)
                plan.page = d->site.page(random, d->site.pickNext(random, history.back().route));
        }
        if (v == 0) {
            const int r = d->entryReferrerTable.pick(random);
            plan.referrer = r == d->searchReferrer ? d->geography.searchReferrer(session.country)
                                                   : d->entryReferrers[r];
        } else {
            plan.referrer = history.back().url;
        }
        plan.base = session.base;
        plan.base.viewId = uuid(random);
        plan.base.time = time;
        plan.start = time;
        plan.firstView = v == 0;
        const RouteInfo &info = d->site.route(plan.page.route);
        plan.dwell = std::min<qint64>(qint64(info.dwellSeconds * 1000 * random.logNormal(1, 0.9)),
                                      kMaxDwellMs);
        plan.maxDwell = d->windowEnd - 1 - time;

        PageView view;
        static_cast<EventBase &>(view) = plan.base;
        view.url = plan.page.url;
        view.route = d->site.routeTemplate(plan.page.route);
        view.referrer = plan.referrer;
        view.navigationType = d->simulator.navigationName(plan.navigation);
        const DeviceProfile &device = session.device;
        view.userAgent = device.userAgent;
        view.browser = device.browser;
        view.browserVersion = device.browserVersion;
        view.os = device.os;
        view.osVersion = device.osVersion;
        view.deviceType = device.deviceType;
        view.deviceModel = device.deviceModel;
        view.screenWidth = device.screenWidth;
        view.screenHeight = device.screenHeight;
        view.devicePixelRatio = device.devicePixelRatio;
        view.deviceMemory = device.deviceMemory;
        view.hardwareConcurrency = device.hardwareConcurrency;
        const CityInfo &city = d->geography.country(session.country).cities[session.city];
        view.country = d->geography.countryCode(session.country);
        view.region = d->geography.regionName(session.country, session.city);
        view.city = d->geography.cityName(session.country, session.city);
        view.latitude = city.latitude;
        view.longitude = city.longitude;

        events.clear();
        const qint64 dwell = d->simulator.simulate(random, session, plan, view, events);
        out.emplace_back(std::move(view));
        // In time order; sorting indices spares moving the (large) records around.
        order.clear();
        for (std::size_t i = 0; i < events.size(); ++i)
            order.emplace_back(eventBase(events[i]).time, i);
        std::sort(order.begin(), order.end());
        for (const auto &[eventTime, i] : order) {
            lastSeen = std::max(lastSeen, eventTime);
            out.push_back(std::move(events[i]));
        }
        lastSeen = std::max(lastSeen, time);
        ++produced;
        history.push_back(plan.page);
        route = d->site.pickNext(random, plan.page.route);
        // A full navigation takes a moment to start; a route change starts with the click.
        time += dwell + (plan.navigation == Navigation::RouteChange ? 0 : random.between(1, 40));
    }

    record.lastSeen = lastSeen;
    record.entryUrl = history.front().url;
    record.exitUrl = history.back().url;
    record.pageViews = produced;
    record.errorCount = session.errors;
    out[sessionIndex] = std::move(record);
    return true;
}

} // namespace rumscope
