#include "devicepicker.h"

#include <cmath>
#include <limits>

namespace rumscope {
namespace {

using DeviceClass = DevicePicker::DeviceClass;
using Browser = DevicePicker::Browser;

struct Hardware
{
    DeviceClass deviceClass;
    const char *model; ///< "" where browsers do not tell
    int width;         ///< CSS pixels
    int height;
    double dpr;
    double memory; ///< navigator.deviceMemory: GiB rounded down to a power of two, at most 8
    double cores;
    double cpu; ///< main-thread slowness, 1 = mid-range laptop
    double weight;
    int androidVersion;
};

constexpr Hardware kHardware[] = {
    // Windows PCs: the common screen sizes of laptops and monitors.
    {DeviceClass::Windows, "", 1920, 1080, 1, 8, 8, 1.0, 30, 0},
    {DeviceClass::Windows, "", 1536, 864, 1.25, 8, 8, 1.1, 18, 0},
    {DeviceClass::Windows, "", 1366, 768, 1, 4, 4, 1.8, 12, 0},
    {DeviceClass::Windows, "", 2560, 1440, 1, 8, 16, 0.75, 8, 0},
    {DeviceClass::Windows, "", 1280, 720, 1.5, 8, 8, 1.2, 6, 0},
    {DeviceClass::Windows, "", 1440, 900, 1, 8, 4, 1.4, 6, 0},
    {DeviceClass::Windows, "", 1920, 1200, 1, 8, 12, 0.9, 5, 0},
    {DeviceClass::Windows, "", 1280, 800, 1.5, 4, 4, 1.9, 4, 0},
    // Macs
    {DeviceClass::Mac, "Mac", 1440, 900, 2, 8, 8, 0.7, 30, 0},
    {DeviceClass::Mac, "Mac", 1512, 982, 2, 8, 10, 0.6, 25, 0},
    {DeviceClass::Mac, "Mac", 1728, 1117, 2, 8, 12, 0.55, 12, 0},
    {DeviceClass::Mac, "Mac", 1920, 1080, 1, 8, 8, 0.7, 12, 0},
    {DeviceClass::Mac, "Mac", 2560, 1440, 1, 8, 10, 0.6, 10, 0},
    {DeviceClass::Mac, "Mac", 1280, 800, 2, 8, 4, 1.1, 6, 0},
    // Linux desktops and Chromebooks
    {DeviceClass::Linux, "", 1920, 1080, 1, 8, 8, 1.0, 50, 0},
    {DeviceClass::Linux, "", 2560, 1440, 1, 8, 16, 0.7, 25, 0},
    {DeviceClass::Linux, "", 1366, 768, 1, 4, 4, 1.7, 15, 0},
    {DeviceClass::ChromeOs, "", 1366, 768, 1, 4, 4, 2.0, 45, 0},
    {DeviceClass::ChromeOs, "", 1536, 864, 1.25, 4, 8, 1.6, 35, 0},
    {DeviceClass::ChromeOs, "", 1920, 1080, 1, 8, 8, 1.2, 20, 0},
    // Android phones: Samsung, Xiaomi, Google, Motorola, OPPO, vivo, Transsion.
    {DeviceClass::AndroidPhone, "SM-S918B", 384, 824, 3.75, 8, 8, 1.2, 3, 14},
    {DeviceClass::AndroidPhone, "SM-S921B", 360, 780, 3, 8, 8, 1.1, 3, 14},
    {DeviceClass::AndroidPhone, "SM-G991B", 360, 800, 3, 8, 8, 1.5, 3, 14},
    {DeviceClass::AndroidPhone, "SM-A546B", 384, 854, 2.8125, 4, 8, 2.2, 6, 14},
    {DeviceClass::AndroidPhone, "SM-A346E", 384, 854, 2.8125, 4, 8, 2.4, 4, 14},
    {DeviceClass::AndroidPhone, "SM-A145F", 412, 915, 2.625, 4, 8, 3.2, 7, 13},
    {DeviceClass::AndroidPhone, "SM-A057F", 412, 915, 2.625, 4, 8, 3.3, 5, 14},
    {DeviceClass::AndroidPhone, "Pixel 8", 412, 915, 2.625, 8, 9, 1.2, 2, 15},
    {DeviceClass::AndroidPhone, "Pixel 7a", 412, 915, 2.625, 8, 8, 1.4, 2, 14},
    {DeviceClass::AndroidPhone, "23129RAA4G", 393, 873, 2.75, 8, 8, 2.3, 6, 14},
    {DeviceClass::AndroidPhone, "22120RN86G", 393, 900, 1.8333, 4, 8, 3.6, 6, 13},
    {DeviceClass::AndroidPhone, "M2101K6G", 393, 873, 2.75, 4, 8, 2.6, 3, 13},
    {DeviceClass::AndroidPhone, "moto g54 5G", 412, 915, 2.625, 8, 8, 2.4, 3, 14},
    {DeviceClass::AndroidPhone, "CPH2269", 360, 800, 2, 4, 8, 3.8, 4, 12},
    {DeviceClass::AndroidPhone, "V2120", 385, 854, 1.875, 4, 8, 3.6, 4, 12},
    {DeviceClass::AndroidPhone, "Infinix X6833B", 412, 915, 1.75, 4, 8, 3.5, 3, 13},
    {DeviceClass::AndroidPhone, "TECNO KI5k", 360, 800, 2, 2, 8, 4.2, 2, 13},
    // iPhones (Safari does not say which): 12–14, 15–16, Pro Max, SE, 11, mini, older Max.
    {DeviceClass::IPhone, "iPhone", 390, 844, 3, 4, 6, 0.9, 30, 0},
    {DeviceClass::IPhone, "iPhone", 393, 852, 3, 8, 6, 0.7, 25, 0},
    {DeviceClass::IPhone, "iPhone", 430, 932, 3, 8, 6, 0.7, 15, 0},
    {DeviceClass::IPhone, "iPhone", 375, 667, 2, 4, 6, 1.4, 8, 0},
    {DeviceClass::IPhone, "iPhone", 414, 896, 2, 4, 6, 1.2, 12, 0},
    {DeviceClass::IPhone, "iPhone", 375, 812, 3, 4, 6, 1.2, 6, 0},
    {DeviceClass::IPhone, "iPhone", 428, 926, 3, 4, 6, 0.9, 4, 0},
    // Tablets
    {DeviceClass::AndroidTablet, "SM-X200", 800, 1280, 1.5, 4, 8, 3.0, 5, 14},
    {DeviceClass::AndroidTablet, "SM-X710", 800, 1280, 2, 8, 8, 1.2, 3, 14},
    {DeviceClass::AndroidTablet, "Lenovo TB-X606F", 600, 960, 2, 4, 8, 3.4, 2, 11},
    {DeviceClass::IPad, "iPad", 810, 1080, 2, 4, 6, 1.0, 10, 0},
    {DeviceClass::IPad, "iPad", 820, 1180, 2, 8, 8, 0.8, 8, 0},
    {DeviceClass::IPad, "iPad", 1024, 1366, 2, 8, 8, 0.6, 4, 0},
};

// Browser shares per device class, in the order of Browser.
constexpr double kBrowserShares[DevicePicker::kClassCount][DevicePicker::kBrowserCount] = {
    {66, 0, 22, 7, 0, 5}, // Windows
    {50, 40, 4, 5, 0, 1}, // Mac
    {65, 0, 0, 33, 0, 2}, // Linux
    {100, 0, 0, 0, 0, 0}, // ChromeOS
    {72, 0, 2, 2, 20, 4}, // Android phone; Samsung Internet only on Samsung phones
    {10, 88, 0, 2, 0, 0}, // iPhone
    {75, 0, 0, 0, 25, 0}, // Android tablet
    {12, 88, 0, 0, 0, 0}, // iPad
};

constexpr qint64 kDay = 86400000;
// Release anchors: Chrome 131 on 2024-11-12, Firefox 133 on 2024-11-26 (both every four
// weeks), Samsung Internet 27 on 2024-11-15 (quarterly), Safari 18.0 on 2024-09-16 (yearly,
// with a point release about every seven weeks).
constexpr qint64 kChrome131 = 1731369600000;
constexpr qint64 kFirefox133 = 1732579200000;
constexpr qint64 kSamsung27 = 1731628800000;
constexpr qint64 kSafari18 = 1726444800000;

int releasesSince(qint64 time, qint64 anchor, double cadenceDays)
{
    return int(std::floor(double(time - anchor) / (cadenceDays * kDay)));
}
int chromeMajorAt(qint64 time)
{
    return std::max(90, 131 + releasesSince(time, kChrome131, 28));
}
int firefoxMajorAt(qint64 time)
{
    return std::max(90, 133 + releasesSince(time, kFirefox133, 28));
}
int samsungMajorAt(qint64 time)
{
    return std::max(15, 27 + releasesSince(time, kSamsung27, 91));
}
struct SafariVersion
{
    int major;
    int minor;
};
SafariVersion safariAt(qint64 time)
{
    const double days = double(time - kSafari18) / kDay;
    const double years = std::floor(days / 365.25);
    const int minor = std::min(6, int((days - years * 365.25) / 50));
    return {std::max(13, 18 + int(years)), minor};
}

// How far behind the newest release a visitor's browser is, in days: Chromium and Firefox
// update themselves within weeks; iOS and Samsung devices lag by months, some by years.
constexpr double kEvergreenLag[][2] = {{0, 60}, {28, 25}, {56, 8}, {84, 4}, {200, 3}};
constexpr double kSlowLag[][2] = {{0, 45}, {60, 25}, {150, 12}, {365, 12}, {730, 6}};

template<std::size_t N> qint64 lagDays(Random &random, const double (&table)[N][2])
{
    double total = 0;
    for (const auto &row : table)
        total += row[1];
    double mass = random.uniform() * total;
    for (const auto &row : table) {
        if (mass < row[1])
            return qint64(row[0]);
        mass -= row[1];
    }
    return qint64(table[N - 1][0]);
}

QString number(int value)
{
    return QString::number(value);
}

} // namespace

DevicePicker::DevicePicker(const Geography &geography)
    : m_geography(geography)
{
    for (int c = 0; c < geography.countryCount(); ++c) {
        const CountryInfo &info = geography.country(c);
        const double tablet = info.network == 0 ? 0.045 : 0.03;
        const double desktop = std::max(0.0, 1 - info.mobileShare - tablet);
        const double mac = 0.04 + 0.35 * info.iosShare;
        const double chromeOs = info.network == 0 ? 0.025 : 0.01;
        const double linux = 0.03;
        const double windows = std::max(0.0, 1 - mac - chromeOs - linux);
        const double iPad = std::min(0.85, info.iosShare + 0.25);
        const double weights[kClassCount] = {desktop * windows,
                                             desktop * mac,
                                             desktop * linux,
                                             desktop * chromeOs,
                                             info.mobileShare * (1 - info.iosShare),
                                             info.mobileShare * info.iosShare,
                                             tablet * (1 - iPad),
                                             tablet * iPad};
        m_classByCountry.emplace_back(weights);
    }

    // Rich countries buy more flagship phones, others more entry-level ones.
    constexpr double kLowEndFactor[3] = {0.5, 1.0, 2.5};
    constexpr double kHighEndFactor[3] = {1.6, 1.0, 0.35};
    for (int tier = 0; tier < 3; ++tier) {
        for (int h = 0; h < int(std::size(kHardware)); ++h) {
            const Hardware &hw = kHardware[h];
            double weight = hw.weight;
            if (hw.deviceClass == DeviceClass::AndroidPhone ||
                hw.deviceClass == DeviceClass::AndroidTablet) {
                if (hw.cpu >= 3)
                    weight *= kLowEndFactor[tier];
                else if (hw.cpu <= 1.5)
                    weight *= kHighEndFactor[tier];
            }
            const int cls = int(hw.deviceClass);
            m_hardwareIndex[tier][cls].push_back(h);
            m_hardwareTable[tier][cls].add(weight);
        }
    }
    for (int cls = 0; cls < kClassCount; ++cls)
        m_browserByClass[cls] = WeightedTable(kBrowserShares[cls]);

    m_browserNames = {
        QStringLiteral("Chrome"),  QStringLiteral("Safari"),           QStringLiteral("Edge"),
        QStringLiteral("Firefox"), QStringLiteral("Samsung Internet"), QStringLiteral("Opera")};
    m_osNames = {QStringLiteral("Windows"),  QStringLiteral("macOS"),   QStringLiteral("Linux"),
                 QStringLiteral("ChromeOS"), QStringLiteral("Android"), QStringLiteral("iOS"),
                 QStringLiteral("Android"),  QStringLiteral("iOS")};
    const QString desktop = QStringLiteral("desktop");
    const QString mobile = QStringLiteral("mobile");
    const QString tablet = QStringLiteral("tablet");
    m_deviceTypes = {desktop, desktop, desktop, desktop, mobile, mobile, tablet, tablet};
    for (const Hardware &hw : kHardware)
        m_models.push_back(QString::fromLatin1(hw.model));
}

DeviceProfile DevicePicker::pick(Random &random, int country, qint64 time) const
{
    const CountryInfo &info = m_geography.country(country);
    const int cls = m_classByCountry[country].pick(random);
    const auto deviceClass = DeviceClass(cls);
    const int tier = std::clamp(info.deviceTier, 0, 2);
    const int hardwareIndex = m_hardwareIndex[tier][cls][m_hardwareTable[tier][cls].pick(random)];
    const Hardware &hw = kHardware[hardwareIndex];

    auto browser = Browser(m_browserByClass[cls].pick(random));
    if (browser == Browser::SamsungInternet && !m_models[hardwareIndex].startsWith(u"SM-"))
        browser = Browser::Chrome;

    const bool iOS = deviceClass == DeviceClass::IPhone || deviceClass == DeviceClass::IPad;
    const bool slowUpdates =
        iOS || browser == Browser::SamsungInternet || deviceClass == DeviceClass::AndroidTablet;
    const qint64 seenAt =
        time - (slowUpdates ? lagDays(random, kSlowLag) : lagDays(random, kEvergreenLag)) * kDay;

    DeviceProfile p;
    p.browser = m_browserNames[int(browser)];
    p.os = m_osNames[cls];
    p.deviceType = m_deviceTypes[cls];
    p.deviceModel = m_models[hardwareIndex];
    p.mobile = deviceClass == DeviceClass::AndroidPhone || deviceClass == DeviceClass::IPhone;
    p.touch =
        p.mobile || deviceClass == DeviceClass::AndroidTablet || deviceClass == DeviceClass::IPad;
    p.blink = !iOS && browser != Browser::Firefox && browser != Browser::Safari;
    p.safari = browser == Browser::Safari;
    p.screenWidth = hw.width;
    p.screenHeight = hw.height;
    p.devicePixelRatio = hw.dpr;
    p.deviceMemory = p.blink ? hw.memory : std::numeric_limits<double>::quiet_NaN();
    // WebKit reports at most eight logical cores, whatever the machine has.
    p.hardwareConcurrency = (iOS || p.safari) ? std::min(hw.cores, 8.0) : hw.cores;
    // A visitor on an old browser is also likely on an older, slower machine.
    p.cpu = hw.cpu * (seenAt < time - 300 * kDay ? 1.25 : 1.0);

    const int chromeMajor = chromeMajorAt(seenAt);
    const SafariVersion safari = safariAt(seenAt);
    const QString safariVersion = number(safari.major) + u'.' + number(safari.minor);
    switch (browser) {
    case Browser::Chrome:
    case Browser::Edge:
        p.browserVersion =
            number(chromeMajor) + (iOS ? QStringLiteral(".0.6778.73") : QStringLiteral(".0.0.0"));
        break;
    case Browser::Opera:
        p.browserVersion = number(chromeMajor - 16) + QStringLiteral(".0.0.0");
        break;
    case Browser::Firefox:
        p.browserVersion = number(firefoxMajorAt(seenAt)) + QStringLiteral(".0");
        break;
    case Browser::SamsungInternet:
        p.browserVersion = number(samsungMajorAt(seenAt)) + QStringLiteral(".0");
        break;
    case Browser::Safari:
        p.browserVersion = safariVersion;
        break;
    }

    switch (deviceClass) {
    case DeviceClass::Windows:
        p.osVersion = random.chance(0.5) ? QStringLiteral("11") : QStringLiteral("10");
        break;
    case DeviceClass::Mac:
        p.osVersion = number(std::max(11, safari.major - 3));
        break;
    case DeviceClass::ChromeOs:
        p.osVersion = number(chromeMajor);
        break;
    case DeviceClass::AndroidPhone:
    case DeviceClass::AndroidTablet:
        p.osVersion = number(hw.androidVersion + (hw.androidVersion < 15 && random.chance(0.3)));
        break;
    case DeviceClass::IPhone:
    case DeviceClass::IPad:
        p.osVersion = safariVersion;
        break;
    case DeviceClass::Linux:
        break;
    }
    p.userAgent =
        userAgent(browser, deviceClass, hardwareIndex, chromeMajor, p.browserVersion, p.osVersion);
    return p;
}

QString DevicePicker::userAgent(Browser browser, DeviceClass deviceClass, int hardware,
                                int chromeMajor, const QString &version,
                                const QString &osVersion) const
{
    const QString chrome = number(chromeMajor) + QStringLiteral(".0.0.0");
    const QString blinkTail = QStringLiteral(") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/");
    switch (deviceClass) {
    case DeviceClass::Windows:
    case DeviceClass::Mac:
    case DeviceClass::Linux:
    case DeviceClass::ChromeOs: {
        QString platform;
        if (deviceClass == DeviceClass::Windows)
            platform = QStringLiteral("Windows NT 10.0; Win64; x64");
        else if (deviceClass == DeviceClass::Mac)
            platform = browser == Browser::Firefox
                           ? QStringLiteral("Macintosh; Intel Mac OS X 10.15")
                           : QStringLiteral("Macintosh; Intel Mac OS X 10_15_7");
        else if (deviceClass == DeviceClass::Linux)
            platform = QStringLiteral("X11; Linux x86_64");
        else
            platform = QStringLiteral("X11; CrOS x86_64 14541.0.0");
        if (browser == Browser::Firefox)
            return QStringLiteral("Mozilla/5.0 (") + platform + QStringLiteral("; rv:") + version +
                   QStringLiteral(") Gecko/20100101 Firefox/") + version;
        if (browser == Browser::Safari)
            return QStringLiteral("Mozilla/5.0 (") + platform +
                   QStringLiteral(") AppleWebKit/605.1.15 (KHTML, like Gecko) Version/") + version +
                   QStringLiteral(" Safari/605.1.15");
        QString ua = QStringLiteral("Mozilla/5.0 (") + platform + blinkTail + chrome +
                     QStringLiteral(" Safari/537.36");
        if (browser == Browser::Edge)
            ua += QStringLiteral(" Edg/") + version;
        else if (browser == Browser::Opera)
            ua += QStringLiteral(" OPR/") + version;
        return ua;
    }
    case DeviceClass::AndroidPhone:
    case DeviceClass::AndroidTablet: {
        const bool phone = deviceClass == DeviceClass::AndroidPhone;
        if (browser == Browser::Firefox)
            return QStringLiteral("Mozilla/5.0 (Android ") + osVersion +
                   (phone ? QStringLiteral("; Mobile; rv:") : QStringLiteral("; Tablet; rv:")) +
                   version + QStringLiteral(") Gecko/") + version + QStringLiteral(" Firefox/") +
                   version;
        const QString mobileSafari =
            phone ? QStringLiteral(" Mobile Safari/537.36") : QStringLiteral(" Safari/537.36");
        if (browser == Browser::SamsungInternet)
            return QStringLiteral("Mozilla/5.0 (Linux; Android ") + osVersion +
                   QStringLiteral("; ") + m_models[hardware] +
                   QStringLiteral(") AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/") +
                   version + QStringLiteral(" Chrome/") + number(chromeMajor - 6) +
                   QStringLiteral(".0.0.0") + mobileSafari;
        // Chromium's reduced user agent hides the model and the Android version.
        QString ua =
            QStringLiteral("Mozilla/5.0 (Linux; Android 10; K") + blinkTail + chrome + mobileSafari;
        if (browser == Browser::Edge)
            ua += QStringLiteral(" EdgA/") + version;
        else if (browser == Browser::Opera)
            ua += QStringLiteral(" OPR/") + version;
        return ua;
    }
    case DeviceClass::IPhone:
    case DeviceClass::IPad: {
        QString iosUnderscored = osVersion;
        iosUnderscored.replace(u'.', u'_');
        const QString platform = deviceClass == DeviceClass::IPhone
                                     ? QStringLiteral("iPhone; CPU iPhone OS ")
                                     : QStringLiteral("iPad; CPU OS ");
        const QString head =
            QStringLiteral("Mozilla/5.0 (") + platform + iosUnderscored +
            QStringLiteral(" like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ");
        if (browser == Browser::Chrome)
            return head + QStringLiteral("CriOS/") + version +
                   QStringLiteral(" Mobile/15E148 Safari/604.1");
        if (browser == Browser::Firefox)
            return head + QStringLiteral("FxiOS/") + version +
                   QStringLiteral(" Mobile/15E148 Safari/605.1.15");
        return head + QStringLiteral("Version/") + version +
               QStringLiteral(" Mobile/15E148 Safari/604.1");
    }
    }
    return {};
}

} // namespace rumscope
