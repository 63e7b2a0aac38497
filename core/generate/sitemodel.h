#pragma once
// The synthetic shop: its ~25 routes with their URLs (real-looking ids and slugs), how
// visitors move between them, what each page loads and what users click on it.

#include "random.h"
#include "weightedtable.h"

#include <QString>

#include <array>
#include <vector>

namespace rumscope {

enum class RouteId
{
    Home,
    Search,
    Product,
    ProductReviews,
    Category,
    Brand,
    Deals,
    Cart,
    Checkout,
    CheckoutShipping,
    CheckoutPayment,
    CheckoutConfirmation,
    Login,
    Register,
    Account,
    Orders,
    OrderDetail,
    Wishlist,
    Blog,
    BlogPost,
    Help,
    HelpTopic,
    Stores,
    Store,
    Compare,
    About,
};

struct RouteInfo
{
    RouteId id;
    const char *route;    ///< template, as in PageView::route
    const char *chunk;    ///< the code-split bundle the page's code lives in
    double entryWeight;   ///< share of sessions that land here
    double popularity;    ///< share as the next page from anywhere
    double serverMs;      ///< median time the origin needs for the HTML
    double apiMs;         ///< median time of the page's main API call
    double imageLcpShare; ///< views whose largest paint is an image
    double imageKb;       ///< that image on a desktop screen, compressed
    double dwellSeconds;  ///< median time on the page
    double interactions;  ///< mean interactions per view
    double errorFactor;   ///< errors here relative to an average page
    const char
        *lcpImage; ///< LCP image path under the CDN before "-<width>w.webp"; "*": a product's
    const char *lcpImageElement;
    const char *lcpTextElement;
    std::array<const char *, 4> targets; ///< elements users interact with
    std::array<const char *, 2> apis;    ///< API paths; "{}" stands for the page's id or slug
};

class SiteModel
{
public:
    SiteModel();

    struct Page
    {
        int route = 0;
        QString url;
        QString param; ///< product id, slug or query the URL carries
    };

    int routeCount() const { return int(m_routes.size()); }
    const RouteInfo &route(int index) const { return m_routes[index]; }
    RouteId routeId(int index) const { return m_routes[index].id; }
    const QString &routeTemplate(int index) const { return m_templates[index]; }
    const QString &chunk(int index) const { return m_chunks[index]; }
    int chunkIndex(int route) const { return m_chunkIndex[route]; }
    int chunkCount() const { return int(m_chunkNames.size()); }
    const QString &chunkName(int chunk) const { return m_chunkNames[chunk]; }
    const QString &target(int route, int which) const { return m_targets[route][which]; }
    /// A text field (users type into it) / a control that does real work when used.
    bool isTextField(int route, int which) const { return m_targetFlags[route][which] & 1; }
    bool isHeavyTarget(int route, int which) const { return m_targetFlags[route][which] & 2; }
    const QString &lcpImageElement(int route) const { return m_lcpImageElements[route]; }
    const QString &lcpTextElement(int route) const { return m_lcpTextElements[route]; }

    int pickEntry(Random &random) const { return m_entry.pick(random); }
    int pickNext(Random &random, int from) const { return m_next[from].pick(random); }
    Page page(Random &random, int route) const;

    /// Absolute URL of one of the route's API calls, with the page's id filled in.
    QString apiUrl(int route, int which, const QString &param) const;
    /// The page's LCP image: the large rendition, or the one sized for phones. Pages that
    /// show a grid of products paint one product's image largest.
    QString lcpImageUrl(Random &random, int route, const QString &param, bool phoneSized) const;
    QString productImageUrl(const QString &productId, bool phoneSized) const;
    QString productId(Random &random) const;

    const QString &origin() const { return m_origin; }
    const QString &cdn() const { return m_cdn; }

private:
    std::vector<RouteInfo> m_routes;
    std::vector<QString> m_templates;
    std::vector<QString> m_chunks;
    std::vector<int> m_chunkIndex;
    std::vector<QString> m_chunkNames;
    std::vector<std::array<QString, 4>> m_targets;
    std::vector<std::array<int, 4>> m_targetFlags;
    std::vector<QString> m_lcpImageElements;
    std::vector<QString> m_lcpTextElements;
    std::vector<std::array<QString, 2>> m_apiHeads; ///< URL up to "{}"
    std::vector<std::array<QString, 2>> m_apiTails; ///< after "{}", empty when there is none
    std::vector<std::array<bool, 2>> m_apiHasParam;
    WeightedTable m_entry;
    std::vector<WeightedTable> m_next;
    WeightedTable m_products;
    QString m_origin;
    QString m_cdn;
};

} // namespace rumscope
