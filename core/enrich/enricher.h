#pragma once
// Enrichment (DESIGN.md data flow step 3): what a beacon does not say outright, derived from
// what it does — browser, OS and device from the user agent (uap-core regexes via RE2, User-
// Agent Client Hints where present), geography from a MaxMind database or a trusted CDN
// header, the route template of each URL, and personal data scrubbed from stored URLs.
// The client's IP address is used for the lookup and then forgotten.

#include "common/result.h"
#include "ingest/payload.h"
#include "model/record.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace rumscope {

class Geolocator;

struct RouteRule
{
    QString pattern; ///< a regular expression matched against the URL path
    QString route;   ///< the template used for every path it matches, e.g. /docs/:page
};

struct EnrichOptions
{
    QString geoipDatabase; ///< a .mmdb file (GeoLite2/GeoIP2 City or Country); empty: none
    bool trustCdnCountryHeaders =
        false;                   ///< CF-IPCountry, CloudFront-Viewer-Country, X-Country-Code
    QList<RouteRule> routeRules; ///< tried before the built-in id masking
    bool scrubPersonalQueryParameters = true;
    /// Store a user id as "h-" and the first 128 bits of its SHA-256, so sessions of one user
    /// still group but the id itself is not kept. (Unsalted: it hides ids, it does not make a
    /// guessable id such as an e-mail address unguessable.)
    bool hashUserIds = true;
    /// A uap-core regexes.yaml to use instead of the copy built into rumscope (a newer one,
    /// say), read by create(). Empty: the built-in copy, compiled when the first user agent
    /// needs it.
    QString userAgentRegexes;
};

/// One per thread (it caches per user agent; clone() makes the others). Cheap to call for
/// every beacon.
/// How a user id is stored when hashUserIds is on: "h-" and 32 hex digits of its SHA-256.
QString hashedUserId(const QString &userId);

class Enricher
{
public:
    /// Fails with a clear reason when the GeoIP database or the userAgentRegexes file cannot
    /// be opened or read, or a route rule's pattern is not a valid regular expression.
    static Result<std::unique_ptr<Enricher>> create(const EnrichOptions &options);
    ~Enricher();

    /// Another Enricher with the same options, for another thread: it shares the compiled
    /// user-agent rules and the open GeoIP database (both immutable), not the caches.
    std::unique_ptr<Enricher> clone() const;
    /// The open GeoIP database (thread-safe), null when there is none.
    const Geolocator *geolocator() const;

    /// Fills in what the records leave empty: a value the SDK sent is never overwritten.
    void enrich(std::vector<Record> &records, const Payload &payload);

private:
    Enricher();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rumscope
