#include "geolocator.h"

#include "ingest/payload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <maxminddb.h>

#include <array>
#include <cmath>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Enrich)
};

// The longest textual IPv6 address with an embedded IPv4 part is 45 characters.
constexpr qsizetype kMaxAddressLength = 64;

/// The address part of what a socket or proxy reports, or empty when it is not an address.
QByteArray plainAddress(QByteArrayView text)
{
    text = text.trimmed();
    if (text.size() > kMaxAddressLength)
        return {};
    if (text.startsWith('[')) { // [v6] or [v6]:port
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return {};
        text = text.sliced(1, close - 1);
    } else if (text.count(':') == 1) { // a.b.c.d:port
        text = text.first(text.indexOf(':'));
    }
    if (const qsizetype zone = text.indexOf('%'); zone >= 0) // fe80::1%eth0
        text = text.first(zone);
    // An IPv4 client on a dual-stack socket; the database files IPv4 under its own tree.
    if (text.size() > 7 && text.first(7).compare("::ffff:", Qt::CaseInsensitive) == 0 &&
        text.contains('.'))
        text = text.sliced(7);
    for (const char c : text) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex && c != '.' && c != ':')
            return {};
    }
    return text.toByteArray();
}

QString utf8Value(MMDB_entry_s &entry, std::initializer_list<const char *> path)
{
    std::array<const char *, 8> keys{};
    size_t i = 0;
    for (const char *key : path)
        keys[i++] = key;
    MMDB_entry_data_s data;
    if (MMDB_aget_value(&entry, &data, keys.data()) != MMDB_SUCCESS || !data.has_data ||
        data.type != MMDB_DATA_TYPE_UTF8_STRING)
        return {};
    return QString::fromUtf8(data.utf8_string, qsizetype(data.data_size));
}

double doubleValue(MMDB_entry_s &entry, std::initializer_list<const char *> path)
{
    std::array<const char *, 8> keys{};
    size_t i = 0;
    for (const char *key : path)
        keys[i++] = key;
    MMDB_entry_data_s data;
    if (MMDB_aget_value(&entry, &data, keys.data()) != MMDB_SUCCESS || !data.has_data)
        return kUnset;
    if (data.type == MMDB_DATA_TYPE_DOUBLE)
        return data.double_value;
    if (data.type == MMDB_DATA_TYPE_FLOAT)
        return double(data.float_value);
    return kUnset;
}

/// The English name of a place ("city" → city.names.en); the databases always carry one.
QString nameValue(MMDB_entry_s &entry, const char *first, const char *second = nullptr)
{
    if (second == nullptr)
        return utf8Value(entry, {first, "names", "en", nullptr});
    return utf8Value(entry, {first, second, "names", "en", nullptr});
}

bool isCountryCode(QByteArrayView code)
{
    if (code.size() != 2)
        return false;
    for (const char c : code) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

} // namespace

/// libmaxminddb's handle: closed however the Geolocator ends. It never moves once opened —
/// the library keeps pointers into the mapped file in it.
class Geolocator::Database
{
public:
    Database() = default;
    ~Database()
    {
        if (m_open)
            MMDB_close(&m_mmdb);
    }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    int open(const QByteArray &fileName)
    {
        const int status = MMDB_open(fileName.constData(), MMDB_MODE_MMAP, &m_mmdb);
        m_open = status == MMDB_SUCCESS;
        return status;
    }
    const MMDB_s *get() const { return &m_mmdb; }

private:
    MMDB_s m_mmdb{};
    bool m_open = false;
};

Geolocator::Geolocator() = default;
Geolocator::~Geolocator() = default;

Result<std::shared_ptr<const Geolocator>> Geolocator::open(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Tr::tr("The GeoIP database %1 does not exist.").arg(shown)};
    if (!info.isFile() || !info.isReadable())
        return Error{Tr::tr("The GeoIP database %1 cannot be read.").arg(shown)};

    std::shared_ptr<Geolocator> geolocator(new Geolocator);
    geolocator->m_database = std::make_unique<Database>();
    const int status = geolocator->m_database->open(QFile::encodeName(path));
    if (status == MMDB_INVALID_METADATA_ERROR || status == MMDB_UNKNOWN_DATABASE_FORMAT_ERROR ||
        status == MMDB_CORRUPT_SEARCH_TREE_ERROR || status == MMDB_INVALID_DATA_ERROR)
        return Error{Tr::tr("%1 is not a MaxMind GeoIP database, or it is damaged (%2).")
                         .arg(shown, QString::fromUtf8(MMDB_strerror(status)))};
    if (status != MMDB_SUCCESS)
        return Error{Tr::tr("The GeoIP database %1 cannot be opened: %2.")
                         .arg(shown, QString::fromUtf8(MMDB_strerror(status)))};
    return std::shared_ptr<const Geolocator>(std::move(geolocator));
}

std::optional<Place> Geolocator::lookup(QByteArrayView address) const
{
    const QByteArray ip = plainAddress(address);
    if (ip.isEmpty())
        return std::nullopt;
    int addressError = 0;
    int mmdbError = MMDB_SUCCESS;
    MMDB_lookup_result_s result =
        MMDB_lookup_string(m_database->get(), ip.constData(), &addressError, &mmdbError);
    if (addressError != 0 || mmdbError != MMDB_SUCCESS || !result.found_entry)
        return std::nullopt;

    Place place;
    place.country = utf8Value(result.entry, {"country", "iso_code", nullptr}).toUpper();
    place.region = nameValue(result.entry, "subdivisions", "0");
    place.city = nameValue(result.entry, "city");
    const double latitude = doubleValue(result.entry, {"location", "latitude", nullptr});
    const double longitude = doubleValue(result.entry, {"location", "longitude", nullptr});
    if (isSet(latitude) && isSet(longitude)) {
        place.latitude = latitude;
        place.longitude = longitude;
    }
    if (place.country.isEmpty() && place.city.isEmpty() && !isSet(place.latitude))
        return std::nullopt;
    return place;
}

QByteArray encodePlace(const Place &place)
{
    const auto number = [](double value) {
        return std::isnan(value) ? QByteArray() : QByteArray::number(value, 'g', 9);
    };
    // Names never hold a tab or a line break worth keeping.
    const auto name = [](const QString &text) {
        QByteArray bytes = text.toUtf8();
        bytes.replace('\t', ' ').replace('\n', ' ');
        return bytes;
    };
    QByteArray text = name(place.country);
    text.append('\t').append(name(place.region)).append('\t').append(name(place.city));
    text.append('\t').append(number(place.latitude)).append('\t').append(number(place.longitude));
    return text;
}

std::optional<Place> decodePlace(QByteArrayView text)
{
    const QList<QByteArray> parts = text.toByteArray().split('\t');
    if (parts.size() != 5)
        return std::nullopt;
    const auto number = [](const QByteArray &part) {
        bool ok = false;
        const double value = part.toDouble(&ok);
        return ok && std::isfinite(value) ? value : kUnset;
    };
    Place place;
    place.country = QString::fromUtf8(parts[0]);
    place.region = QString::fromUtf8(parts[1]);
    place.city = QString::fromUtf8(parts[2]);
    place.latitude = number(parts[3]);
    place.longitude = number(parts[4]);
    return place;
}

QString cdnCountry(const Payload &payload)
{
    for (const char *name : {"cf-ipcountry", "cloudfront-viewer-country", "x-country-code"}) {
        const QByteArray value = payload.header(name).trimmed().toUpper();
        // XX and ZZ are the "unknown" codes CDNs use; T1 (Tor) fails the letter test.
        if (isCountryCode(value) && value != "XX" && value != "ZZ")
            return QString::fromLatin1(value);
    }
    return {};
}

} // namespace rumscope
