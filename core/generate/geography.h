#pragma once
// Where the synthetic visitors are: ~60 countries with their share of a global shop's
// traffic, time zone, device and network mix, and a few cities each; and when they visit, as
// the sum of every country's local day and week.

#include "weightedtable.h"

#include <QString>

#include <span>
#include <vector>

namespace rumscope {

struct CityInfo
{
    const char *name;
    const char *region;
    double latitude;
    double longitude;
    double weight;
};

struct CountryInfo
{
    const char *code;       ///< ISO 3166-1 alpha-2
    double weight;          ///< share of the shop's visitors, percent
    double utcOffset;       ///< hours, a multiple of 0.25
    double mobileShare;     ///< phones among all devices
    double iosShare;        ///< iPhones among phones
    int network;            ///< 0 (fast fixed and mobile networks) … 3 (much slow mobile data)
    double originLatency;   ///< ms a request to the shop's origin adds beyond the access network
    int deviceTier;         ///< 0 (mostly high-end phones) … 2 (mostly low-end phones)
    const char *searchHost; ///< the search engine most visitors come from
    const char *currency;   ///< ISO 4217, for the order value measurement
    std::span<const CityInfo> cities;
};

class Geography
{
public:
    Geography();

    int countryCount() const { return int(m_countries.size()); }
    const CountryInfo &country(int index) const { return m_countries[index]; }

    /// Relative arrival rate at a UTC time (a step function over quarter hours of the week).
    double trafficAt(qint64 time) const { return m_byQuarter[quarterOfWeek(time)].total(); }
    /// A country, weighted by its traffic share and its local time of day and week at time.
    int pickCountry(Random &random, qint64 time) const
    {
        return m_byQuarter[quarterOfWeek(time)].pick(random);
    }
    int pickCity(Random &random, int country) const { return m_cityTables[country].pick(random); }

    // Shared strings, so every page view of a city points at the same text.
    const QString &countryCode(int country) const { return m_codes[country]; }
    const QString &cityName(int country, int city) const { return m_cityNames[country][city]; }
    const QString &regionName(int country, int city) const { return m_regionNames[country][city]; }
    const QString &searchReferrer(int country) const { return m_searchReferrers[country]; }
    const QString &currency(int country) const { return m_currencies[country]; }

    static int quarterOfWeek(qint64 time);
    static constexpr int kQuartersPerWeek = 7 * 96;

private:
    std::span<const CountryInfo> m_countries;
    std::vector<WeightedTable>
        m_byQuarter; ///< per UTC quarter hour of the week (Monday 00:00 first)
    std::vector<WeightedTable> m_cityTables;
    std::vector<QString> m_codes;
    std::vector<std::vector<QString>> m_cityNames;
    std::vector<std::vector<QString>> m_regionNames;
    std::vector<QString> m_searchReferrers;
    std::vector<QString> m_currencies;
};

} // namespace rumscope
