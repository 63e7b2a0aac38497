#include "sitemodel.h"

#include <QStringView>

namespace rumscope {
namespace {

using R = RouteId;

// route, template, chunk, entry, popularity, server ms, api ms, image LCP share, image KB,
// dwell s, interactions, error factor, LCP image, image element, text element, targets, APIs.
const RouteInfo kRoutes[] = {
    {R::Home,
     "/",
     "home",
     30,
     6,
     90,
     110,
     0.85,
     180,
     20,
     1.0,
     1.0,
     "/img/hero/spring-sale",
     "img.hero__image",
     "h1.hero__title",
     {"a.hero__cta", "nav.main-nav > ul > li:nth-child(2) > a", "button.search-toggle",
      "a.product-card"},
     {"/api/recommendations?placement=home", "/api/banners"}},
    {R::Search,
     "/search",
     "search",
     4,
     8,
     260,
     240,
     0.6,
     60,
     25,
     1.8,
     1.0,
     "*",
     "div.results > a:nth-child(1) img",
     "p.results__count",
     {"input#search-input", "button.filter-toggle", "a.product-card", "select#sort"},
     {"/api/search?q={}", "/api/search/facets?q={}"}},
    {R::Product,
     "/product/:id",
     "product",
     28,
     26,
     180,
     150,
     0.9,
     140,
     45,
     1.6,
     1.2,
     "/img/products/{}",
     "div.gallery > img.gallery__main",
     "h1.product-title",
     {"button.add-to-cart", "div.size-picker > button", "div.gallery > img", "button.color-swatch"},
     {"/api/products/{}", "/api/products/{}/stock"}},
    {R::ProductReviews,
     "/product/:id/reviews",
     "reviews",
     0.5,
     3,
     200,
     180,
     0.2,
     40,
     40,
     1.0,
     1.0,
     "/img/products/{}",
     "img.product-thumb",
     "div.review-summary",
     {"button.helpful", "select#review-sort", "a.pagination__next", "button.write-review"},
     {"/api/products/{}/reviews?page=1", "/api/products/{}"}},
    {R::Category,
     "/category/:slug",
     "category",
     14,
     12,
     200,
     170,
     0.75,
     150,
     30,
     1.4,
     1.0,
     "/img/categories/{}-banner",
     "img.category-banner",
     "h1.category-title",
     {"a.product-card", "button.filter-toggle", "input[type=\"checkbox\"].filter", "select#sort"},
     {"/api/categories/{}/products?page=1", "/api/categories/{}/filters"}},
    {R::Brand,
     "/brand/:slug",
     "category",
     3,
     3,
     190,
     170,
     0.8,
     160,
     30,
     1.2,
     1.0,
     "/img/brands/{}-banner",
     "img.brand-banner",
     "h1.brand-title",
     {"a.product-card", "button.filter-toggle", "button.follow-brand", "select#sort"},
     {"/api/brands/{}/products?page=1", "/api/brands/{}"}},
    {R::Deals,
     "/deals",
     "category",
     4,
     3,
     150,
     160,
     0.85,
     170,
     30,
     1.2,
     1.0,
     "/img/hero/deals",
     "img.deals-hero",
     "h1.deals-title",
     {"a.product-card", "button.deal-countdown", "a.deal-banner", "select#sort"},
     {"/api/deals", "/api/recommendations?placement=deals"}},
    {R::Cart,
     "/cart",
     "cart",
     1,
     6,
     150,
     130,
     0.3,
     30,
     35,
     1.8,
     1.3,
     "*",
     "img.cart-item__image",
     "div.order-summary",
     {"button.quantity-stepper__plus", "button.remove-item", "a.checkout-button",
      "input#coupon-code"},
     {"/api/cart", "/api/cart/shipping-estimate"}},
    {R::Checkout,
     "/checkout",
     "checkout",
     0,
     1,
     250,
     220,
     0.05,
     20,
     60,
     2.6,
     1.4,
     "*",
     "img.summary-item__image",
     "h2.checkout-step__title",
     {"input#email", "input#address-line1", "button.continue", "select#country"},
     {"/api/checkout/session", "/api/cart"}},
    {R::CheckoutShipping,
     "/checkout/shipping",
     "checkout",
     0,
     0,
     230,
     200,
     0.0,
     0,
     50,
     2.0,
     1.3,
     nullptr,
     "",
     "fieldset.shipping-methods",
     {"label.shipping-option", "button.continue", "input#delivery-notes", "a.edit-address"},
     {"/api/checkout/shipping-methods", "/api/checkout/session"}},
    {R::CheckoutPayment,
     "/checkout/payment",
     "checkout",
     0,
     0,
     260,
     320,
     0.0,
     0,
     70,
     2.8,
     1.6,
     nullptr,
     "",
     "form.payment-form",
     {"input#card-number", "button#place-order", "label.payment-method", "input#card-expiry"},
     {"/api/checkout/payment-methods", "/api/payments/intent"}},
    {R::CheckoutConfirmation,
     "/checkout/confirmation",
     "checkout",
     0,
     0,
     280,
     240,
     0.0,
     0,
     30,
     0.8,
     1.0,
     nullptr,
     "",
     "h1.confirmation__title",
     {"a.continue-shopping", "button.create-account", "a.order-details", "button.share-order"},
     {"/api/orders/latest", "/api/recommendations?placement=confirmation"}},
    {R::Login,
     "/login",
     "account",
     1.5,
     2,
     120,
     260,
     0.0,
     0,
     25,
     2.2,
     1.0,
     nullptr,
     "",
     "h1.login-title",
     {"input#email", "input#password", "button[type=\"submit\"]", "a.forgot-password"},
     {"/api/auth/session", "/api/auth/providers"}},
    {R::Register,
     "/register",
     "account",
     0.3,
     0.5,
     120,
     280,
     0.0,
     0,
     60,
     2.8,
     1.0,
     nullptr,
     "",
     "h1.register-title",
     {"input#email", "input#new-password", "button[type=\"submit\"]", "input#accept-terms"},
     {"/api/auth/session", "/api/auth/providers"}},
    {R::Account,
     "/account",
     "account",
     1,
     1.5,
     180,
     160,
     0.0,
     0,
     20,
     1.2,
     1.0,
     nullptr,
     "",
     "h1.account-greeting",
     {"a.orders-link", "button.edit-profile", "a.wishlist-link", "button.logout"},
     {"/api/account/profile", "/api/account/orders?page=1"}},
    {R::Orders,
     "/account/orders",
     "account",
     0.3,
     1,
     220,
     240,
     0.1,
     20,
     25,
     1.0,
     1.0,
     "*",
     "img.order-item__image",
     "table.orders",
     {"a.order-row", "button.track-order", "a.pagination__next", "button.reorder"},
     {"/api/account/orders?page=1", "/api/account/profile"}},
    {R::OrderDetail,
     "/account/orders/:id",
     "account",
     0.3,
     0,
     200,
     220,
     0.2,
     20,
     30,
     1.0,
     1.0,
     "*",
     "img.order-item__image",
     "div.order-status",
     {"button.track-order", "button.return-item", "a.invoice-download", "button.reorder"},
     {"/api/account/orders/{}", "/api/account/orders/{}/tracking"}},
    {R::Wishlist,
     "/wishlist",
     "account",
     0.3,
     1.5,
     170,
     150,
     0.6,
     30,
     25,
     1.4,
     1.0,
     "*",
     "img.wishlist-item__image",
     "h1.wishlist-title",
     {"button.move-to-cart", "button.remove-item", "a.product-card", "button.share-wishlist"},
     {"/api/wishlist", "/api/recommendations?placement=wishlist"}},
    {R::Blog,
     "/blog",
     "blog",
     2,
     0.5,
     110,
     120,
     0.8,
     120,
     60,
     0.6,
     0.8,
     "/img/blog/featured",
     "img.featured-post__image",
     "h1.blog-title",
     {"a.post-card", "button.load-more", "a.category-pill", "input#newsletter-email"},
     {"/api/blog/posts?page=1", "/api/blog/categories"}},
    {R::BlogPost,
     "/blog/:slug",
     "blog",
     6,
     0.8,
     110,
     120,
     0.7,
     160,
     120,
     0.6,
     0.8,
     "/img/blog/{}-cover",
     "img.article__cover",
     "p.article__lead",
     {"a.inline-product", "button.share", "a.related-post", "input#newsletter-email"},
     {"/api/blog/posts/{}", "/api/recommendations?placement=blog"}},
    {R::Help,
     "/help",
     "help",
     1.5,
     0.8,
     100,
     110,
     0.0,
     0,
     20,
     0.8,
     0.8,
     nullptr,
     "",
     "h1.help-title",
     {"a.help-topic", "input#help-search", "button.contact-us", "a.faq-question"},
     {"/api/help/topics", "/api/help/search?q="}},
    {R::HelpTopic,
     "/help/:topic",
     "help",
     2,
     0.5,
     100,
     110,
     0.0,
     0,
     60,
     0.8,
     0.8,
     nullptr,
     "",
     "div.help-article",
     {"button.faq-toggle", "a.related-topic", "button.was-helpful", "button.contact-us"},
     {"/api/help/topics/{}", "/api/help/topics"}},
    {R::Stores,
     "/stores",
     "stores",
     1,
     0.5,
     160,
     300,
     0.0,
     0,
     30,
     1.4,
     1.0,
     nullptr,
     "",
     "h1.stores-title",
     {"input#store-search", "button.use-my-location", "a.store-card", "div.map-canvas"},
     {"/api/stores?near=auto", "/api/stores/regions"}},
    {R::Store,
     "/stores/:id",
     "stores",
     1,
     0,
     150,
     180,
     0.6,
     110,
     40,
     0.8,
     1.0,
     "/img/stores/{}-front",
     "img.store-photo",
     "h1.store-name",
     {"button.get-directions", "a.store-phone", "button.opening-hours", "a.store-events"},
     {"/api/stores/{}", "/api/stores/{}/stock"}},
    {R::Compare,
     "/compare",
     "product",
     0,
     0.8,
     220,
     200,
     0.4,
     50,
     50,
     1.2,
     1.0,
     "*",
     "img.compare__image",
     "table.compare-table",
     {"button.remove-from-compare", "button.add-to-cart", "a.product-link",
      "input#highlight-differences"},
     {"/api/products?ids={}", "/api/products/attributes"}},
    {R::About,
     "/about",
     "help",
     0.5,
     0.3,
     90,
     100,
     0.7,
     150,
     40,
     0.4,
     0.8,
     "/img/about/team",
     "img.about-hero",
     "h1.about-title",
     {"a.careers-link", "a.press-link", "button.play-video", "a.sustainability-link"},
     {"/api/cms/about", "/api/stores/regions"}},
};

// Where visitors tend to go next from a page, on top of every page's own popularity.
struct Boost
{
    RouteId from;
    RouteId to;
    double weight;
};
constexpr Boost kBoosts[] = {
    {R::Home, R::Category, 10},
    {R::Home, R::Deals, 4},
    {R::Home, R::Product, 8},
    {R::Home, R::Search, 4},
    {R::Search, R::Product, 30},
    {R::Search, R::Search, 6},
    {R::Product, R::Cart, 14},
    {R::Product, R::ProductReviews, 5},
    {R::Product, R::Product, 12},
    {R::Product, R::Compare, 2},
    {R::Product, R::Wishlist, 2},
    {R::ProductReviews, R::Product, 15},
    {R::Category, R::Product, 30},
    {R::Category, R::Category, 5},
    {R::Brand, R::Product, 25},
    {R::Deals, R::Product, 25},
    {R::Cart, R::Checkout, 30},
    {R::Cart, R::Product, 5},
    {R::Checkout, R::CheckoutShipping, 45},
    {R::Checkout, R::Login, 6},
    {R::CheckoutShipping, R::CheckoutPayment, 45},
    {R::CheckoutPayment, R::CheckoutConfirmation, 45},
    {R::CheckoutConfirmation, R::Account, 5},
    {R::CheckoutConfirmation, R::Orders, 5},
    {R::CheckoutConfirmation, R::Home, 5},
    {R::Login, R::Account, 20},
    {R::Login, R::Checkout, 10},
    {R::Register, R::Account, 20},
    {R::Account, R::Orders, 20},
    {R::Account, R::Wishlist, 5},
    {R::Orders, R::OrderDetail, 25},
    {R::OrderDetail, R::HelpTopic, 5},
    {R::OrderDetail, R::Orders, 5},
    {R::Wishlist, R::Product, 15},
    {R::Wishlist, R::Cart, 5},
    {R::Blog, R::BlogPost, 30},
    {R::BlogPost, R::Product, 12},
    {R::BlogPost, R::Blog, 5},
    {R::BlogPost, R::BlogPost, 4},
    {R::Help, R::HelpTopic, 25},
    {R::HelpTopic, R::Help, 5},
    {R::HelpTopic, R::HelpTopic, 6},
    {R::Stores, R::Store, 25},
    {R::Store, R::Stores, 5},
    {R::Compare, R::Product, 15},
    {R::About, R::Stores, 3},
};

constexpr const char *kCategories[] = {
    "womens-shoes", "mens-shoes", "running", "outdoor",      "kids",
    "accessories",  "bags",       "jackets", "t-shirts",     "jeans",
    "dresses",      "sportswear", "watches", "sunglasses",   "socks",
    "hiking-boots", "sneakers",   "sale",    "new-arrivals", "home-fitness"};
constexpr const char *kBrands[] = {"nike",           "adidas",    "puma",  "new-balance", "asics",
                                   "the-north-face", "patagonia", "levis", "columbia",    "vans",
                                   "converse",       "salomon",   "hoka",  "on-running"};
constexpr const char *kPosts[] = {
    "how-to-choose-running-shoes", "spring-hiking-checklist", "sneaker-care-guide",
    "marathon-training-plan",      "best-rain-jackets",       "sustainable-materials",
    "size-guide-explained",        "trail-vs-road-shoes",     "packing-for-a-weekend-hike",
    "winter-layering-basics",      "gift-ideas-for-runners",  "behind-the-scenes-warehouse"};
constexpr const char *kHelpTopics[] = {"shipping",       "returns",    "payment-methods",
                                       "order-tracking", "size-guide", "warranty",
                                       "contact",        "gift-cards"};
constexpr const char *kQueries[] = {
    "running+shoes", "rain+jacket",   "nike+air+max",  "hiking+boots", "backpack", "yoga+mat",
    "socks",         "trail+running", "kids+sneakers", "sale",         "gore-tex", "winter+coat",
    "sports+bra",    "water+bottle",  "sunglasses",    "leggings",     "slides",   "gift+card"};

constexpr int kProductCount = 4000;

template<std::size_t N> QString pickName(Random &random, const char *const (&names)[N])
{
    return QString::fromLatin1(names[random.below(int(N))]);
}

} // namespace

SiteModel::SiteModel()
    : m_routes(std::begin(kRoutes), std::end(kRoutes))
    , m_products(WeightedTable::zipf(kProductCount, 0.9))
    , m_origin(QStringLiteral("https://shop.example.com"))
    , m_cdn(QStringLiteral("https://cdn.shop.example.com"))
{
    const int count = routeCount();
    for (int r = 0; r < count; ++r) {
        const RouteInfo &info = m_routes[r];
        Q_ASSERT(int(info.id) == r);
        m_templates.push_back(QString::fromLatin1(info.route));
        const QString chunk = QString::fromLatin1(info.chunk);
        int chunkIndex =
            int(std::find(m_chunkNames.begin(), m_chunkNames.end(), chunk) - m_chunkNames.begin());
        if (chunkIndex == chunkCount())
            m_chunkNames.push_back(chunk);
        m_chunks.push_back(chunk);
        m_chunkIndex.push_back(chunkIndex);
        std::array<QString, 4> targets;
        for (int t = 0; t < 4; ++t)
            targets[t] = QString::fromLatin1(info.targets[t]);
        m_targets.push_back(targets);
        std::array<int, 4> flags{};
        for (int t = 0; t < 4; ++t) {
            const QString &target = targets[t];
            if (target.startsWith(u"input") && !target.contains(u"checkbox"))
                flags[t] |= 1;
            if (target.contains(u"add-to-cart") || target.contains(u"place-order") ||
                target.contains(u"filter") || target.contains(u"sort"))
                flags[t] |= 2;
        }
        m_targetFlags.push_back(flags);
        m_lcpImageElements.push_back(QString::fromLatin1(info.lcpImageElement));
        m_lcpTextElements.push_back(QString::fromLatin1(info.lcpTextElement));
        std::array<QString, 2> heads;
        std::array<QString, 2> tails;
        std::array<bool, 2> hasParam{};
        for (int a = 0; a < 2; ++a) {
            const QString api = QString::fromLatin1(info.apis[a]);
            const qsizetype hole = api.indexOf(u"{}");
            hasParam[a] = hole >= 0;
            heads[a] = m_origin + (hasParam[a] ? api.left(hole) : api);
            tails[a] = hasParam[a] ? api.mid(hole + 2) : QString();
        }
        m_apiHeads.push_back(heads);
        m_apiTails.push_back(tails);
        m_apiHasParam.push_back(hasParam);
        m_entry.add(info.entryWeight);
    }
    for (int from = 0; from < count; ++from) {
        std::vector<double> weights;
        for (int to = 0; to < count; ++to) {
            double weight = m_routes[to].popularity;
            for (const Boost &boost : kBoosts) {
                if (int(boost.from) == from && int(boost.to) == to)
                    weight += boost.weight;
            }
            weights.push_back(weight);
        }
        m_next.emplace_back(weights);
    }
}

QString SiteModel::productId(Random &random) const
{
    // Popular products (low ranks) get scattered five-digit ids, as a real catalogue has.
    const int rank = m_products.pick(random);
    return QString::number(10000 + (qint64(rank) * 7919 + 3571) % 89990);
}

SiteModel::Page SiteModel::page(Random &random, int route) const
{
    Page page;
    page.route = route;
    switch (m_routes[route].id) {
    case R::Search:
        page.param = pickName(random, kQueries);
        page.url = m_origin + u"/search?q=" + page.param;
        return page;
    case R::Product:
        page.param = productId(random);
        page.url = m_origin + u"/product/" + page.param;
        return page;
    case R::ProductReviews:
        page.param = productId(random);
        page.url = m_origin + u"/product/" + page.param + u"/reviews";
        return page;
    case R::Category:
        page.param = pickName(random, kCategories);
        page.url = m_origin + u"/category/" + page.param;
        return page;
    case R::Brand:
        page.param = pickName(random, kBrands);
        page.url = m_origin + u"/brand/" + page.param;
        return page;
    case R::OrderDetail:
        page.param = QString::number(random.between(40000000, 49999999));
        page.url = m_origin + u"/account/orders/" + page.param;
        return page;
    case R::BlogPost:
        page.param = pickName(random, kPosts);
        page.url = m_origin + u"/blog/" + page.param;
        return page;
    case R::HelpTopic:
        page.param = pickName(random, kHelpTopics);
        page.url = m_origin + u"/help/" + page.param;
        return page;
    case R::Store:
        page.param = QString::number(random.between(1, 40));
        page.url = m_origin + u"/stores/" + page.param;
        return page;
    case R::Compare:
        page.param = productId(random) + u',' + productId(random);
        page.url = m_origin + u"/compare?ids=" + page.param;
        return page;
    default:
        page.url = m_origin + m_templates[route];
        return page;
    }
}

QString SiteModel::apiUrl(int route, int which, const QString &param) const
{
    if (!m_apiHasParam[route][which])
        return m_apiHeads[route][which];
    return m_apiHeads[route][which] + param + m_apiTails[route][which];
}

QString SiteModel::productImageUrl(const QString &productId, bool phoneSized) const
{
    return m_cdn + u"/img/products/" + productId +
           (phoneSized ? QStringView(u"-600w.webp") : QStringView(u"-1200w.webp"));
}

QString SiteModel::lcpImageUrl(Random &random, int route, const QString &param,
                               bool phoneSized) const
{
    const char *image = m_routes[route].lcpImage;
    if (!image)
        return {};
    const QString path = QString::fromLatin1(image);
    if (path == u"*")
        return productImageUrl(productId(random), phoneSized);
    QString url = m_cdn + path;
    url.replace(QStringLiteral("{}"), param);
    return url + (phoneSized ? QStringView(u"-600w.webp") : QStringView(u"-1200w.webp"));
}

} // namespace rumscope
