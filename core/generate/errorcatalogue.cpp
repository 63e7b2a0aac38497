#include "errorcatalogue.h"

#include <algorithm>

namespace rumscope {

struct ErrorCatalogue::Entry
{
    enum class Variable
    {
        None,
        Http,
        ProductImage
    };

    QString kind;
    QString type;
    std::array<QString, 3> message;  ///< as V8, Gecko and WebKit word it
    QString function;                ///< innermost frame; empty for errors without a stack
    int asset = Releases::AppScript; ///< the bundle the innermost frame is in
    Variable variable = Variable::None;
    QString head; ///< Http: method and path up to the id; ProductImage: message prefix
    QString tail; ///< Http: path after the id
    bool idInPath = false;
    int statusMix = 0;
    QString resourceUrl;
    bool network = false; ///< more likely on a slow connection
    bool pinned = false;  ///< keeps its place at the top of the popularity ranking
    quint64 shape = 0;    ///< seeds line, column and framework frames
};

namespace {

using Engine = ErrorCatalogue::Engine;
using Variable = ErrorCatalogue::Entry::Variable;

// Components of the shop's front end and the bundle each lives in ("" = the main bundle).
struct Component
{
    const char *name;
    const char *chunk;
};
constexpr Component kComponents[] = {
    {"ProductCard", ""},
    {"ProductGallery", "product"},
    {"PriceTag", ""},
    {"CartDrawer", ""},
    {"CartLineItem", "cart"},
    {"CheckoutForm", "checkout"},
    {"PaymentStep", "checkout"},
    {"AddressForm", "checkout"},
    {"SearchBox", ""},
    {"SearchResults", "search"},
    {"FilterPanel", "category"},
    {"ReviewList", "reviews"},
    {"RatingStars", "product"},
    {"Recommendations", ""},
    {"MiniCart", ""},
    {"HeaderNav", ""},
    {"MegaMenu", ""},
    {"AccountMenu", "account"},
    {"OrderHistory", "account"},
    {"OrderDetail", "account"},
    {"WishlistButton", "product"},
    {"SizePicker", "product"},
    {"ColorSwatch", "product"},
    {"StockBadge", "product"},
    {"PromoBanner", "home"},
    {"CookieBanner", ""},
    {"NewsletterForm", "blog"},
    {"StoreLocator", "stores"},
    {"StoreMap", "stores"},
    {"BlogArticle", "blog"},
    {"ShareButtons", "blog"},
    {"VideoPlayer", "home"},
    {"ImageZoom", "product"},
    {"QuantityStepper", "cart"},
    {"CouponField", "cart"},
    {"ShippingEstimate", "cart"},
    {"CurrencySwitcher", ""},
    {"LoginForm", "account"},
    {"RegisterForm", "account"},
    {"CompareTable", "product"},
};
constexpr const char *kVerbs[][2] = {
    {"render", ""},   {"handle", "Click"}, {"update", ""}, {"use", "State"}, {"init", ""},
    {"on", "Change"}, {"load", "Data"},    {"format", ""}, {"validate", ""}, {"mount", ""},
};
constexpr const char *kProperties[] = {
    "price", "name",     "id",    "sku",   "images",   "length", "quantity", "currency",
    "url",   "rating",   "items", "total", "address",  "email",  "stock",    "slug",
    "title", "discount", "src",   "width", "color",    "size",   "label",    "value",
    "data",  "product",  "user",  "cart",  "variants", "options"};
constexpr const char *kDomProperties[] = {
    "addEventListener",      "classList",    "style",      "offsetHeight",
    "getBoundingClientRect", "focus",        "value",      "parentNode",
    "querySelector",         "textContent",  "dataset",    "scrollIntoView",
    "appendChild",           "setAttribute", "clientWidth"};
constexpr const char *kReceivers[] = {"e.items",   "t.variants", "n.reviews", "r.data",
                                      "o.results", "a.options",  "i.lines",   "s.filters"};
constexpr const char *kMethods[] = {"map",    "find",     "filter", "forEach",
                                    "reduce", "includes", "slice",  "some"};
constexpr const char *kUndefinedGlobals[] = {
    "gtag", "dataLayer", "fbq",        "Intercom",        "hj",
    "ttq",  "klaviyo",   "_satellite", "structuredClone", "ResizeObserver",
    "$",    "jQuery",    "google",     "Stripe",          "Cookiebot"};
constexpr const char *kLazyModules[] = {
    "ProductGallery", "ReviewList",  "StoreMap",     "VideoPlayer",     "PaymentStep",
    "SizeGuide",      "ImageZoom",   "CompareTable", "OrderHistory",    "BlogArticle",
    "FilterPanel",    "AddressForm", "CouponField",  "ShareSheet",      "GiftCardForm",
    "ReturnsWizard",  "LiveChat",    "ArPreview",    "Recommendations", "SearchOverlay"};
constexpr const char *kMinified[] = {"Ui", "Ks", "Ya", "qo", "Zt", "hl", "xs", "Rc",
                                     "Lo", "ec", "Hi", "Bo", "ka", "Wn", "fu", "Ao"};

struct HttpEndpoint
{
    const char *method;
    const char *head;
    const char *tail; ///< nullptr: the path has no id
    int statusMix;
};
constexpr HttpEndpoint kEndpoints[] = {
    {"GET", "/api/products/", "", 1},
    {"GET", "/api/products/", "/stock", 0},
    {"GET", "/api/products/", "/reviews", 0},
    {"POST", "/api/products/", "/reviews", 3},
    {"GET", "/api/search", nullptr, 0},
    {"GET", "/api/search/facets", nullptr, 0},
    {"GET", "/api/search/suggest", nullptr, 0},
    {"GET", "/api/recommendations", nullptr, 0},
    {"GET", "/api/banners", nullptr, 0},
    {"GET", "/api/deals", nullptr, 0},
    {"GET", "/api/cart", nullptr, 0},
    {"POST", "/api/cart/items", nullptr, 3},
    {"PATCH", "/api/cart/items/", "", 3},
    {"DELETE", "/api/cart/items/", "", 1},
    {"POST", "/api/cart/coupon", nullptr, 3},
    {"GET", "/api/cart/shipping-estimate", nullptr, 0},
    {"POST", "/api/checkout/session", nullptr, 0},
    {"GET", "/api/checkout/shipping-methods", nullptr, 0},
    {"PUT", "/api/checkout/address", nullptr, 3},
    {"GET", "/api/checkout/payment-methods", nullptr, 0},
    {"POST", "/api/payments/intent", nullptr, 0},
    {"POST", "/api/payments/confirm", nullptr, 3},
    {"POST", "/api/orders", nullptr, 0},
    {"GET", "/api/orders/latest", nullptr, 1},
    {"POST", "/api/auth/login", nullptr, 2},
    {"POST", "/api/auth/register", nullptr, 3},
    {"POST", "/api/auth/refresh", nullptr, 2},
    {"GET", "/api/auth/session", nullptr, 2},
    {"GET", "/api/account/profile", nullptr, 2},
    {"PUT", "/api/account/profile", nullptr, 3},
    {"GET", "/api/account/orders", nullptr, 2},
    {"GET", "/api/account/orders/", "", 1},
    {"GET", "/api/wishlist", nullptr, 2},
    {"POST", "/api/wishlist/items", nullptr, 3},
    {"GET", "/api/stores", nullptr, 0},
    {"GET", "/api/stores/", "", 1},
    {"GET", "/api/blog/posts", nullptr, 0},
    {"POST", "/api/newsletter/subscribe", nullptr, 3},
    {"GET", "/api/inventory/availability", nullptr, 0},
    {"POST", "/api/events", nullptr, 0},
    {"GET", "/api/currency/rates", nullptr, 0},
    {"GET", "/api/feature-flags", nullptr, 0},
};
// Status codes of failed calls: server trouble, missing things, expired logins, bad input.
constexpr double kStatusMixes[4][8][2] = {
    {{500, 40}, {502, 15}, {503, 20}, {504, 20}, {429, 5}},
    {{404, 70}, {500, 15}, {503, 10}, {410, 5}},
    {{401, 60}, {403, 20}, {500, 10}, {503, 10}},
    {{422, 40}, {409, 30}, {400, 20}, {500, 10}},
};

struct ResourceFailure
{
    const char *what; ///< image, script, stylesheet, font, video
    const char *url;  ///< nullptr: a product image
};
constexpr ResourceFailure kResources[] = {
    {"image", nullptr},
    {"image", "https://cdn.shop.example.com/ugc/reviews/photo-placeholder.jpg"},
    {"image", "https://cdn.shop.example.com/img/hero/spring-sale-1200w.webp"},
    {"image", "https://cdn.shop.example.com/img/brands/logo-sprite.svg"},
    {"script", "https://www.googletagmanager.com/gtm.js?id=GTM-5XK2ZP"},
    {"script", "https://connect.facebook.net/en_US/fbevents.js"},
    {"script", "https://static.hotjar.com/c/hotjar-3418512.js?sv=6"},
    {"script", "https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js"},
    {"script", "https://js.stripe.com/v3/"},
    {"script", "https://maps.googleapis.com/maps/api/js?libraries=places&callback=initMap"},
    {"script", "https://www.clarity.ms/tag/jx7mqw"},
    {"script", "https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"},
    {"script", "https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=XyZ123"},
    {"script", "https://js.intercomcdn.com/frame-modern.e1a1f5b2.js"},
    {"script", "https://www.google-analytics.com/analytics.js"},
    {"script", "https://cdn.shop.example.com/assets/polyfills.legacy.js"},
    {"stylesheet", "https://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap"},
    {"stylesheet", "https://cdn.shop.example.com/assets/print.css"},
    {"font", "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2"},
    {"font", "https://cdn.shop.example.com/fonts/brand-display.woff2"},
    {"video", "https://cdn.shop.example.com/video/spring-campaign-720p.mp4"},
    {"image", "https://cdn.shop.example.com/img/stores/map-fallback.png"},
};

// Errors whose wording differs between engines: V8, Gecko, WebKit.
struct Worded
{
    const char *kind;
    const char *type;
    const char *v8;
    const char *gecko; ///< nullptr: as V8
    const char *webkit;
    bool hasStack;
    bool network;
};
constexpr Worded kOtherErrors[] = {
    {"exception", "RangeError", "Maximum call stack size exceeded", "too much recursion",
     "Maximum call stack size exceeded.", true, false},
    {"exception", "RangeError", "Invalid time value", "invalid date", "Invalid Date", true, false},
    {"exception", "RangeError", "Invalid array length", nullptr,
     "Array size is not a small enough positive integer.", true, false},
    {"exception", "RangeError", "toFixed() digits argument must be between 0 and 100",
     "precision -1 out of range", "toFixed() argument must be between 0 and 100", true, false},
    {"exception", "SyntaxError", "Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
     "JSON.parse: unexpected character at line 1 column 1 of the JSON data",
     "JSON Parse error: Unrecognized token '<'", true, true},
    {"exception", "SyntaxError", "Unexpected end of JSON input",
     "JSON.parse: unexpected end of data at line 1 column 1 of the JSON data",
     "JSON Parse error: Unexpected EOF", true, true},
    {"exception", "Error", "ResizeObserver loop completed with undelivered notifications.", nullptr,
     nullptr, false, false},
    {"exception", "Error", "Script error.", nullptr, nullptr, false, false},
    {"exception", "Error",
     "Minified React error #418; visit https://react.dev/errors/418?args[]=text&args[]= for "
     "the full message or use the non-minified dev environment for full errors and additional "
     "helpful warnings.",
     nullptr, nullptr, true, false},
    {"exception", "Error",
     "Minified React error #423; visit https://react.dev/errors/423 for the full message or "
     "use the non-minified dev environment for full errors and additional helpful warnings.",
     nullptr, nullptr, true, false},
    {"exception", "QuotaExceededError",
     "Failed to execute 'setItem' on 'Storage': Setting the value of 'cart' exceeded the quota.",
     "The quota has been exceeded.", "The quota has been exceeded.", true, false},
    {"exception", "SecurityError",
     "Failed to read the 'localStorage' property from 'Window': Access is denied for this "
     "document.",
     "The operation is insecure.", "The operation is insecure.", true, false},
    {"exception", "InvalidStateError",
     "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.",
     "A mutation operation was attempted on a database that did not allow mutations.",
     "Database is closing.", true, false},
    {"exception", "TypeError", "Illegal invocation",
     "'get size' called on an object that does not implement interface Blob.",
     "Can only call Blob.size on instances of Blob", true, false},
    {"exception", "TypeError", "Failed to construct 'URL': Invalid URL",
     "URL constructor: /checkout?step= is not a valid URL.", "Type error", true, false},
    {"exception", "TypeError", "Assignment to constant variable.",
     "invalid assignment to const 'total'", "Attempted to assign to readonly property.", true,
     false},
    {"exception", "URIError", "URI malformed", "malformed URI sequence", "URI error", true, false},
    {"exception", "Error", "Cart not found", nullptr, nullptr, true, false},
    {"exception", "Error", "Invalid payment state: requires_action", nullptr, nullptr, true, false},
    {"exception", "Error", "Unknown shipping method: express_intl", nullptr, nullptr, true, false},
    {"exception", "AbortError", "The play() request was interrupted by a call to pause().",
     "The fetching process for the media resource was aborted by the user agent at the user's "
     "request.",
     "The operation was aborted.", true, false},
    {"exception", "Error",
     "Hydration failed because the initial UI does not match what was "
     "rendered on the server.",
     nullptr, nullptr, true, false},
    // Unhandled rejections
    {"unhandled-rejection", "AbortError", "signal is aborted without reason",
     "The operation was aborted. ", "Fetch is aborted", true, false},
    {"unhandled-rejection", "AbortError", "The user aborted a request.",
     "The operation was aborted. ", "The operation was aborted.", true, false},
    {"unhandled-rejection", "Error", "Request timed out after 10000ms", nullptr, nullptr, true,
     true},
    {"unhandled-rejection", "Error", "Request timed out after 30000ms", nullptr, nullptr, true,
     true},
    {"unhandled-rejection", "NotAllowedError",
     "play() failed because the user didn't interact with the document first. "
     "https://goo.gl/xX8pDD",
     "The play method is not allowed by the user agent or the platform in the current context, "
     "possibly because the user denied permission.",
     "The request is not allowed by the user agent or the platform in the current context, "
     "possibly because the user denied permission.",
     true, false},
    {"unhandled-rejection", "Error", "Stripe: payment_intent_unexpected_state", nullptr, nullptr,
     true, false},
    {"unhandled-rejection", "Error", "Cart session expired", nullptr, nullptr, true, false},
    {"unhandled-rejection", "Error", "Feature flags unavailable", nullptr, nullptr, true, true},
    {"unhandled-rejection", "Error", "Recommendations service returned an empty response", nullptr,
     nullptr, true, false},
    {"unhandled-rejection", "Error", "Payment method declined", nullptr, nullptr, true, false},
    {"unhandled-rejection", "Error", "Address validation service unavailable", nullptr, nullptr,
     true, true},
    {"unhandled-rejection", "Error", "Session refresh failed", nullptr, nullptr, true, false},
    {"unhandled-rejection", "SyntaxError",
     "Unexpected token 'u', \"upstream c\"... is not valid JSON",
     "JSON.parse: unexpected character at line 1 column 1 of the JSON data",
     "JSON Parse error: Unexpected identifier \"upstream\"", true, true},
    // Console errors (no stack)
    {"console", "console.error", "Warning: Each child in a list should have a unique \"key\" prop.",
     nullptr, nullptr, false, false},
    {"console", "console.error",
     "Warning: Can't perform a React state update on an unmounted component.", nullptr, nullptr,
     false, false},
    {"console", "console.error", "Failed to load recommendations, falling back to bestsellers",
     nullptr, nullptr, false, true},
    {"console", "console.error", "[Stripe] Element not mounted", nullptr, nullptr, false, false},
    {"console", "console.error", "[GTM] dataLayer push failed", nullptr, nullptr, false, false},
    {"console", "console.error", "Cart sync failed, retrying", nullptr, nullptr, false, true},
    {"console", "console.error", "Image failed to decode", nullptr, nullptr, false, false},
    {"console", "console.error", "Feature flag service unavailable, using defaults", nullptr,
     nullptr, false, true},
    {"console", "console.error", "Price mismatch between cart and checkout", nullptr, nullptr,
     false, false},
    {"console", "console.error", "[Intercom] boot timed out", nullptr, nullptr, false, true},
    {"console", "console.error", "Missing translation for key checkout.shipping.eta", nullptr,
     nullptr, false, false},
    {"console", "console.error", "Search suggestion request cancelled", nullptr, nullptr, false,
     false},
    {"console", "console.error", "Consent state unknown, analytics disabled", nullptr, nullptr,
     false, false},
    {"console", "console.error", "[Klaviyo] form failed to render", nullptr, nullptr, false, false},
    {"console", "console.error", "Service worker registration failed", nullptr, nullptr, false,
     false},
};

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}
QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

std::array<QString, 3> sameWords(const QString &message)
{
    return {message, message, message};
}

} // namespace

ErrorCatalogue::ErrorCatalogue(const Releases &releases, const SiteModel &site)
    : m_releases(releases)
    , m_site(site)
{
    addEntries();
    buildStacks();
}

ErrorCatalogue::~ErrorCatalogue() = default;

int ErrorCatalogue::size() const
{
    return int(m_entries.size());
}

void ErrorCatalogue::addEntries()
{
    // A fixed seed: the catalogue is the shop's, the same whatever seed the traffic has.
    Random random(0x5eedca7a1095e11dULL);
    const QString exception = QStringLiteral("exception");
    const QString rejection = QStringLiteral("unhandled-rejection");
    const QString typeError = QStringLiteral("TypeError");

    // Every error with a stack gets its own innermost function, so no two share a group.
    std::vector<std::pair<int, int>> pairs;
    for (int c = 0; c < int(std::size(kComponents)); ++c) {
        for (int v = 0; v < int(std::size(kVerbs)); ++v)
            pairs.emplace_back(c, v);
    }
    for (int i = int(pairs.size()) - 1; i > 0; --i)
        std::swap(pairs[i], pairs[random.below(i + 1)]);
    std::size_t nextPair = 0;
    auto withFunction = [&](Entry entry) {
        const auto [c, v] = pairs[nextPair++ % pairs.size()];
        entry.function = latin1(kVerbs[v][0]) + latin1(kComponents[c].name) + latin1(kVerbs[v][1]);
        const QString chunk = latin1(kComponents[c].chunk);
        entry.asset = Releases::AppScript;
        for (int k = 0; k < m_site.chunkCount(); ++k) {
            if (m_site.chunkName(k) == chunk)
                entry.asset = Releases::FirstChunk + k;
        }
        entry.shape = random.next();
        m_entries.push_back(std::move(entry));
    };
    auto exceptionEntry = [&](const QString &type, const QString &message) {
        Entry entry;
        entry.kind = exception;
        entry.type = type;
        entry.message = sameWords(message);
        return entry;
    };

    // The bug 4.2.0 shipped: not in the popularity ranking, added on product pages.
    {
        Entry entry = exceptionEntry(
            typeError, QStringLiteral("Cannot read properties of undefined (reading 'variantId')"));
        entry.function = QStringLiteral("selectGalleryVariant");
        entry.asset = Releases::FirstChunk + m_site.chunkIndex(int(RouteId::Product));
        entry.shape = random.next();
        m_regression = int(m_entries.size());
        m_entries.push_back(std::move(entry));
    }

    // The classics at the top of every RUM error list.
    {
        Entry entry;
        entry.kind = rejection;
        entry.type = typeError;
        entry.message = {QStringLiteral("Failed to fetch"),
                         QStringLiteral("NetworkError when attempting to fetch resource."),
                         QStringLiteral("Load failed")};
        entry.network = true;
        entry.pinned = true;
        withFunction(entry);
    }
    for (const Worded &worded : kOtherErrors) {
        Entry entry;
        entry.kind = latin1(worded.kind);
        entry.type = latin1(worded.type);
        const QString v8 = utf8(worded.v8);
        entry.message = {v8, worded.gecko ? utf8(worded.gecko) : v8,
                         worded.webkit ? utf8(worded.webkit) : v8};
        entry.network = worded.network;
        entry.pinned =
            entry.message[0].startsWith(u"ResizeObserver") || entry.message[0] == u"Script error.";
        if (worded.hasStack) {
            withFunction(entry);
        } else {
            entry.shape = random.next();
            m_entries.push_back(std::move(entry));
        }
    }

    for (int i = 0; i < 90; ++i) {
        const QString property = latin1(kProperties[random.below(int(std::size(kProperties)))]);
        withFunction(exceptionEntry(typeError, u"Cannot read properties of undefined (reading '" +
                                                   property + u"')"));
    }
    for (int i = 0; i < 35; ++i) {
        const QString property =
            latin1(kDomProperties[random.below(int(std::size(kDomProperties)))]);
        withFunction(exceptionEntry(typeError, u"Cannot read properties of null (reading '" +
                                                   property + u"')"));
    }
    for (int i = 0; i < 25; ++i) {
        const int receiver = i % int(std::size(kReceivers));
        const int method = (i * 3 + i / 8) % int(std::size(kMethods));
        withFunction(exceptionEntry(typeError, latin1(kReceivers[receiver]) + u'.' +
                                                   latin1(kMethods[method]) +
                                                   u" is not a function"));
    }
    for (const char *global : kUndefinedGlobals) {
        Entry entry =
            exceptionEntry(QStringLiteral("ReferenceError"), latin1(global) + u" is not defined");
        entry.message[2] = u"Can't find variable: " + latin1(global);
        entry.pinned = QLatin1StringView(global) == "gtag";
        withFunction(entry);
    }
    for (const char *module : kLazyModules) {
        // Lazy chunks carry an 8-digit hash the fingerprint masks, so a failing chunk groups
        // across releases.
        quint64 seed = 1469598103934665603ULL; // FNV-1a: qHash differs between machines
        for (const char *c = module; *c; ++c)
            seed = (seed ^ quint8(*c)) * 1099511628211ULL;
        const QString url =
            m_site.origin() + u"/assets/" + latin1(module) + u'-' +
            QString::number(Random::splitMix64(seed) & 0xffffffff, 16).rightJustified(8, u'0') +
            u".js";
        Entry entry;
        entry.kind = exception;
        entry.type = typeError;
        entry.message = {u"Failed to fetch dynamically imported module: " + url,
                         u"error loading dynamically imported module: " + url,
                         QStringLiteral("Importing a module script failed.")};
        entry.network = true;
        entry.pinned = QLatin1StringView(module) == "ProductGallery";
        withFunction(entry);
    }
    for (int i = 0; i < 12; ++i) {
        Entry entry;
        entry.kind = rejection;
        entry.type = typeError;
        entry.message = {QStringLiteral("Failed to fetch"),
                         QStringLiteral("NetworkError when attempting to fetch resource."),
                         QStringLiteral("Load failed")};
        entry.network = true;
        withFunction(entry);
    }
    for (const HttpEndpoint &endpoint : kEndpoints) {
        Entry entry;
        entry.kind = QStringLiteral("http");
        entry.type = QStringLiteral("HttpError");
        entry.variable = Variable::Http;
        entry.head = latin1(endpoint.method) + u' ' + latin1(endpoint.head);
        entry.idInPath = endpoint.tail != nullptr;
        entry.tail = endpoint.tail ? latin1(endpoint.tail) : QString();
        entry.statusMix = endpoint.statusMix;
        entry.network = endpoint.statusMix == 0 && random.chance(0.3);
        entry.pinned = QLatin1StringView(endpoint.head) == "/api/recommendations";
        entry.shape = random.next();
        m_entries.push_back(std::move(entry));
    }
    for (const ResourceFailure &resource : kResources) {
        Entry entry;
        entry.kind = QStringLiteral("resource");
        entry.type = QStringLiteral("ResourceError");
        const QString prefix = u"Failed to load " + latin1(resource.what) + u' ';
        if (resource.url) {
            entry.resourceUrl = latin1(resource.url);
            entry.message = sameWords(prefix + entry.resourceUrl);
        } else {
            entry.variable = Variable::ProductImage;
            entry.head = prefix;
        }
        entry.network = true;
        entry.shape = random.next();
        m_entries.push_back(std::move(entry));
    }

    // Popularity: pinned entries first in the order added, the rest in a fixed shuffle.
    std::vector<int> order;
    std::vector<int> rest;
    for (int e = 0; e < int(m_entries.size()); ++e) {
        if (e == m_regression)
            continue;
        (m_entries[e].pinned ? order : rest).push_back(e);
    }
    for (int i = int(rest.size()) - 1; i > 0; --i)
        std::swap(rest[i], rest[random.below(i + 1)]);
    order.insert(order.end(), rest.begin(), rest.end());
    std::vector<double> weights(m_entries.size(), 0.0);
    for (int rank = 0; rank < int(order.size()); ++rank)
        weights[order[rank]] = 1.0 / (rank + 1);
    m_popularity = WeightedTable(weights);
    for (int e = 0; e < int(m_entries.size()); ++e) {
        if (m_entries[e].network) {
            m_networkEntries.push_back(e);
            m_networkPopularity.add(weights[e]);
        }
    }
}

void ErrorCatalogue::buildStacks()
{
    m_stacks.resize(m_entries.size());
    for (int e = 0; e < int(m_entries.size()); ++e) {
        const Entry &entry = m_entries[e];
        m_stacks[e].resize(m_releases.count());
        if (entry.function.isEmpty())
            continue;
        for (int release = 0; release < m_releases.count(); ++release) {
            // Each build moves the code around: new columns, same functions.
            quint64 seed = entry.shape ^ (quint64(release + 1) * 0x2545f4914f6cdd1dULL);
            QList<StackFrame> frames;
            frames.append({m_releases.assetUrl(release, entry.asset), entry.function, 1,
                           int(1000 + Random::splitMix64(seed) % 180000)});
            if (Random::splitMix64(seed) % 2 == 0) {
                frames.append({m_releases.assetUrl(release, Releases::AppScript),
                               latin1(kMinified[Random::splitMix64(seed) % std::size(kMinified)]),
                               1, int(1000 + Random::splitMix64(seed) % 240000)});
            }
            const int framework = 2 + int(Random::splitMix64(seed) % 3);
            for (int f = 0; f < framework; ++f) {
                frames.append({m_releases.assetUrl(release, Releases::VendorScript),
                               latin1(kMinified[Random::splitMix64(seed) % std::size(kMinified)]),
                               2, int(1000 + Random::splitMix64(seed) % 140000)});
            }
            for (int engine = 0; engine < 3; ++engine) {
                QString stack;
                if (engine == int(Engine::V8))
                    stack = entry.type + u": " + entry.message[engine];
                for (const StackFrame &frame : frames) {
                    const QString place = frame.file + u':' + QString::number(frame.line) + u':' +
                                          QString::number(frame.column);
                    if (engine == int(Engine::V8)) {
                        stack += u"\n    at " + frame.function + u" (" + place + u')';
                    } else {
                        if (!stack.isEmpty())
                            stack += u'\n';
                        stack += frame.function + u'@' + place;
                    }
                }
                m_stacks[e][release][engine] = {stack, frames};
            }
        }
    }
}

int ErrorCatalogue::pick(Random &random, bool slowNetwork) const
{
    if (slowNetwork && random.chance(0.4))
        return m_networkEntries[m_networkPopularity.pick(random)];
    return m_popularity.pick(random);
}

void ErrorCatalogue::fill(ErrorEvent &error, int index, int release, Engine engine,
                          Random &random) const
{
    const Entry &entry = m_entries[index];
    error.kind = entry.kind;
    error.type = entry.type;
    error.message = entry.message[int(engine)];
    if (!entry.function.isEmpty()) {
        const auto &[stack, frames] = m_stacks[index][release][int(engine)];
        error.stack = stack;
        error.frames = frames;
    }
    error.resourceUrl = entry.resourceUrl;
    switch (entry.variable) {
    case Variable::None:
        break;
    case Variable::Http: {
        const auto &mix = kStatusMixes[entry.statusMix];
        double total = 0;
        for (const auto &row : mix)
            total += row[1];
        double mass = random.uniform() * total;
        int status = int(mix[0][0]);
        for (const auto &row : mix) {
            if (mass < row[1]) {
                status = int(row[0]);
                break;
            }
            mass -= row[1];
        }
        QString request = entry.head;
        if (entry.idInPath)
            request += m_site.productId(random) + entry.tail;
        const qsizetype space = request.indexOf(u' ');
        error.resourceUrl = m_site.origin() + QStringView(request).mid(space + 1);
        error.message = request + u" failed with status " + QString::number(status);
        error.httpStatus = status;
        break;
    }
    case Variable::ProductImage:
        error.resourceUrl = m_site.productImageUrl(m_site.productId(random), false);
        error.message = entry.head + error.resourceUrl;
        break;
    }
    error.fingerprint = errorFingerprint(error);
}

} // namespace rumscope
