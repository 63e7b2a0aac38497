#include "enricher.h"

#include "clienthints.h"
#include "geolocator.h"
#include "routetemplate.h"
#include "uapparser.h"
#include "urlscrubber.h"
#include "useragent.h"

#include <QCache>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <mutex>

namespace rumscope {
namespace {

/// An id this enricher hashed already (re-importing its own output must not hash again).
bool isHashedUserId(const QString &id)
{
    if (id.size() != 34 || !id.startsWith(u"h-"))
        return false;
    for (qsizetype i = 2; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Debug messages (the rules' compile time) only when asked for: QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcEnrich, "rumscope.enrich", QtInfoMsg)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Enrich)
};

// uap's regexes run in time linear in the text; real user agents are 100–300 bytes, and what
// decides a parse sits in their first few hundred. Longer ones are cut, so a hostile header
// costs no more than a real one (and cannot fill the cache with megabytes).
constexpr qsizetype kMaxUserAgentLength = 512;
// A header longer than this is not copied into PageView::userAgent: it is not a browser's.
constexpr qsizetype kMaxStoredUserAgentLength = 1024;
// Distinct user agents kept parsed; a busy site sees a few thousand a day.
constexpr int kUserAgentCacheSize = 4096;

/// The user-agent rules, compiled once, when the first user agent needs them (compiling
/// ~1200 regexes takes a quarter of a second) and shared by an Enricher and its clones.
class UserAgentRules
{
public:
    explicit UserAgentRules(std::shared_ptr<const UapRules> preloaded = {})
        : m_rules(std::move(preloaded))
    {}

    /// Null when the rules could not be loaded (said once, in the log).
    const UapRules *get()
    {
        std::call_once(m_once, [this] {
            if (!m_rules) {
                QElapsedTimer timer;
                timer.start();
                Result<std::shared_ptr<const UapRules>> rules = UapRules::builtIn();
                if (!rules) {
                    qCWarning(lcEnrich).noquote() << rules.error().message;
                    return;
                }
                m_rules = std::move(rules.value());
                qCDebug(lcEnrich, "compiled %d user-agent rules in %lld ms", m_rules->ruleCount(),
                        qint64(timer.elapsed()));
            }
            if (m_rules->skippedCount() > 0)
                qCInfo(lcEnrich,
                       "%d uap-core regexes use features RE2 does not have; they are skipped",
                       m_rules->skippedCount());
        });
        return m_rules.get();
    }

private:
    std::once_flag m_once;
    std::shared_ptr<const UapRules> m_rules;
};

/// What enrichment reads from the request itself, worked out once per payload and only when
/// a record needs it.
class RequestFacts
{
public:
    RequestFacts(const Payload &payload, const EnrichOptions &options, const Geolocator *geo)
        : m_payload(payload)
        , m_options(options)
        , m_geo(geo)
    {}

    const QByteArray &userAgent()
    {
        if (!m_userAgent)
            m_userAgent = m_payload.header("user-agent");
        return *m_userAgent;
    }

    const ClientHints &clientHints()
    {
        if (!m_hints)
            m_hints = clientHintsFrom(m_payload);
        return *m_hints;
    }

    bool hasClientPlace() const { return !m_payload.clientPlace.isEmpty(); }

    /// The client's place: a trusted CDN's country first (the CDN saw the client's own
    /// address; behind a CDN the collector only sees the CDN's), then the database; the
    /// database's region, city and position only where it agrees on the country.
    const Place &place()
    {
        if (m_place)
            return *m_place;
        Place place;
        const QString cdn = m_options.trustCdnCountryHeaders ? cdnCountry(m_payload) : QString();
        std::optional<Place> found;
        if (!m_payload.clientPlace.isEmpty())
            found = decodePlace(m_payload.clientPlace);
        else if (m_geo && !m_payload.clientAddress.isEmpty())
            found = m_geo->lookup(m_payload.clientAddress);
        if (!cdn.isEmpty()) {
            if (found && found->country == cdn)
                place = *found;
            place.country = cdn;
        } else if (found) {
            place = *found;
        }
        m_place = place;
        return *m_place;
    }

private:
    const Payload &m_payload;
    const EnrichOptions &m_options;
    const Geolocator *m_geo;
    std::optional<QByteArray> m_userAgent;
    std::optional<ClientHints> m_hints;
    std::optional<Place> m_place;
};

void fill(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value;
}

void scrub(QString &url)
{
    if (!url.isEmpty())
        url = scrubUrl(url);
}

} // namespace

QString hashedUserId(const QString &userId)
{
    const QByteArray digest = QCryptographicHash::hash(userId.toUtf8(), QCryptographicHash::Sha256);
    return QLatin1StringView("h-") + QString::fromLatin1(digest.first(16).toHex());
}

struct Enricher::Private
{
    EnrichOptions options;
    std::shared_ptr<UserAgentRules> userAgentRules;
    std::shared_ptr<const Geolocator> geolocator;
    RouteTemplater routes;
    QCache<QByteArray, DeviceInfo> devices{kUserAgentCacheSize};

    DeviceInfo parseUserAgent(QByteArray userAgent);
    void enrichDevice(PageView &view, RequestFacts &request);
    void enrichPlace(PageView &view, RequestFacts &request);
    void enrich(PageView &view, RequestFacts &request);
    void enrich(Session &session);
    void enrich(ErrorEvent &error);
    void enrich(Resource &resource);
};

DeviceInfo Enricher::Private::parseUserAgent(QByteArray userAgent)
{
    userAgent.truncate(kMaxUserAgentLength);
    if (const DeviceInfo *cached = devices.object(userAgent))
        return *cached;
    DeviceInfo info;
    if (const UapRules *rules = userAgentRules->get()) {
        const std::string_view text(userAgent.constData(), size_t(userAgent.size()));
        info = deviceInfoFromUap(rules->parse(text), text);
    }
    devices.insert(userAgent, new DeviceInfo(info));
    return info;
}

void Enricher::Private::enrichDevice(PageView &view, RequestFacts &request)
{
    // Client hints describe the browser that sent this request. When the SDK reported a
    // user agent of its own and it is not the one this request came with, the request came
    // from somewhere else (a relay, a forwarding collector), and so did its hints.
    const QByteArray &headerUserAgent = request.userAgent();
    bool sameBrowser = true;
    QByteArray userAgent;
    if (!view.userAgent.isEmpty()) {
        userAgent = view.userAgent.toUtf8();
        sameBrowser = headerUserAgent.isEmpty() || userAgent == headerUserAgent;
    } else {
        userAgent = headerUserAgent;
        if (userAgent.size() <= kMaxStoredUserAgentLength)
            view.userAgent = QString::fromUtf8(userAgent);
    }
    if (!view.browser.isEmpty() && !view.browserVersion.isEmpty() && !view.os.isEmpty() &&
        !view.osVersion.isEmpty() && !view.deviceType.isEmpty() && !view.deviceModel.isEmpty())
        return;

    DeviceInfo info;
    if (!userAgent.isEmpty())
        info = parseUserAgent(userAgent);
    if (sameBrowser)
        applyClientHints(info, request.clientHints());

    fill(view.browser, info.browser);
    // A version belongs to its browser (or system): never pair the SDK's name with another's.
    if (view.browser == info.browser)
        fill(view.browserVersion, info.browserVersion);
    fill(view.os, info.os);
    if (view.os == info.os)
        fill(view.osVersion, info.osVersion);
    fill(view.deviceType, info.deviceType);
    fill(view.deviceModel, info.deviceModel);
}

void Enricher::Private::enrichPlace(PageView &view, RequestFacts &request)
{
    if (!view.country.isEmpty() && !view.region.isEmpty() && !view.city.isEmpty() &&
        isSet(view.latitude) && isSet(view.longitude))
        return;
    if (!geolocator && !options.trustCdnCountryHeaders && !request.hasClientPlace())
        return;
    const Place &place = request.place();
    fill(view.country, place.country);
    // A region, city or position from elsewhere than the beacon's own country or city would
    // put the view in two places at once.
    if (!place.country.isEmpty() && view.country.compare(place.country, Qt::CaseInsensitive) != 0)
        return;
    if (!view.city.isEmpty() && view.city != place.city)
        return;
    fill(view.region, place.region);
    fill(view.city, place.city);
    if (!isSet(view.latitude) && !isSet(view.longitude) && isSet(place.latitude)) {
        view.latitude = place.latitude;
        view.longitude = place.longitude;
    }
}

void Enricher::Private::enrich(PageView &view, RequestFacts &request)
{
    enrichDevice(view, request);
    enrichPlace(view, request);
    if (view.route.isEmpty() && !view.url.isEmpty())
        view.route = routes.route(view.url);
    if (options.scrubPersonalQueryParameters) {
        scrub(view.url);
        scrub(view.referrer);
        scrub(view.lcpResourceUrl);
    }
}

void Enricher::Private::enrich(Session &session)
{
    if (options.hashUserIds && !session.userId.isEmpty() && !isHashedUserId(session.userId))
        session.userId = hashedUserId(session.userId);
    if (options.scrubPersonalQueryParameters) {
        scrub(session.entryUrl);
        scrub(session.exitUrl);
    }
}

void Enricher::Private::enrich(ErrorEvent &error)
{
    if (options.scrubPersonalQueryParameters)
        scrub(error.resourceUrl);
}

void Enricher::Private::enrich(Resource &resource)
{
    if (options.scrubPersonalQueryParameters)
        scrub(resource.url);
}

Enricher::Enricher()
    : d(std::make_unique<Private>())
{}

Enricher::~Enricher() = default;

Result<std::unique_ptr<Enricher>> Enricher::create(const EnrichOptions &options)
{
    std::unique_ptr<Enricher> enricher(new Enricher);
    Private &p = *enricher->d;
    p.options = options;

    Result<RouteTemplater> routes = RouteTemplater::create(options.routeRules);
    if (!routes)
        return routes.error();
    p.routes = std::move(routes.value());

    if (!options.geoipDatabase.isEmpty()) {
        Result<std::shared_ptr<const Geolocator>> geolocator =
            Geolocator::open(options.geoipDatabase);
        if (!geolocator)
            return geolocator.error();
        p.geolocator = std::move(geolocator.value());
    }

    if (options.userAgentRegexes.isEmpty()) {
        p.userAgentRules = std::make_shared<UserAgentRules>();
    } else {
        const QString shown = QDir::toNativeSeparators(options.userAgentRegexes);
        QFile file(options.userAgentRegexes);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Tr::tr("The user-agent rules %1 cannot be read: %2.")
                             .arg(shown, file.errorString())};
        Result<std::shared_ptr<const UapRules>> rules = UapRules::fromYaml(file.readAll());
        if (!rules)
            return Error{Tr::tr("The user-agent rules %1 cannot be used. %2")
                             .arg(shown, rules.error().message)};
        p.userAgentRules = std::make_shared<UserAgentRules>(std::move(rules.value()));
    }
    return enricher;
}

const Geolocator *Enricher::geolocator() const
{
    return d->geolocator.get();
}

std::unique_ptr<Enricher> Enricher::clone() const
{
    std::unique_ptr<Enricher> copy(new Enricher);
    copy->d->options = d->options;
    copy->d->userAgentRules = d->userAgentRules;
    copy->d->geolocator = d->geolocator;
    // Compiled afresh: a QRegularExpression copy would share its state with this thread's.
    // They compiled in create(), so they compile again.
    copy->d->routes = RouteTemplater::create(d->options.routeRules).value();
    return copy;
}

void Enricher::enrich(std::vector<Record> &records, const Payload &payload)
{
    RequestFacts request(payload, d->options, d->geolocator.get());
    for (Record &record : records) {
        if (auto *view = std::get_if<PageView>(&record))
            d->enrich(*view, request);
        else if (auto *session = std::get_if<Session>(&record))
            d->enrich(*session);
        else if (auto *error = std::get_if<ErrorEvent>(&record))
            d->enrich(*error);
        else if (auto *resource = std::get_if<Resource>(&record))
            d->enrich(*resource);
    }
}

} // namespace rumscope
