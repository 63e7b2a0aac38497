#pragma once
// Where a client is: a MaxMind-format database (GeoLite2/GeoIP2 City or Country, DB-IP's
// compatible files) looked up by the client's address, or the country a trusted CDN put in a
// request header. The address is only looked up, never kept.

#include "common/result.h"
#include "model/eventbase.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace rumscope {

struct Payload;

struct Place
{
    QString country; ///< ISO 3166-1 alpha-2, upper case
    QString region;  ///< English name of the largest subdivision (state, Land, region)
    QString city;    ///< English name
    double latitude = kUnset;
    double longitude = kUnset;
};

class Geolocator
{
public:
    /// Opens the database; fails with a translated message naming the file when it is
    /// missing, unreadable or not a MaxMind DB.
    static Result<std::shared_ptr<const Geolocator>> open(const QString &path);
    ~Geolocator();
    Geolocator(const Geolocator &) = delete;
    Geolocator &operator=(const Geolocator &) = delete;

    /// Thread-safe. address: IPv4 or IPv6 text, as a socket reports it ("::ffff:a.b.c.d",
    /// "[v6]" and a ":port" on IPv4 are accepted). nullopt: not in the database, or not an
    /// address.
    std::optional<Place> lookup(QByteArrayView address) const;

private:
    Geolocator();
    class Database;
    std::unique_ptr<Database> m_database;
};

/// A place as one line of text ("country\tregion\tcity\tlatitude\tlongitude"), and back;
/// decodePlace() gives nullopt for text that is not such a line.
QByteArray encodePlace(const Place &place);
std::optional<Place> decodePlace(QByteArrayView text);

/// The country code a CDN put in CF-IPCountry, CloudFront-Viewer-Country or X-Country-Code;
/// empty when none is there or it is a placeholder (XX: unknown, T1: Tor).
QString cdnCountry(const Payload &payload);

} // namespace rumscope
