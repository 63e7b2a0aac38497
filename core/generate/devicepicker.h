#pragma once
// The device, operating system and browser of a synthetic visitor, drawn from a country's
// mix (phone share, iPhone share, low-end Android share), with the browser versions current
// at the visit and the user-agent string that combination sends.

#include "geography.h"

#include <QString>

#include <array>
#include <vector>

namespace rumscope {

struct DeviceProfile
{
    QString userAgent;
    QString browser;
    QString browserVersion;
    QString os;
    QString osVersion;
    QString deviceType; ///< desktop, mobile, tablet
    QString deviceModel;
    double screenWidth = 0;
    double screenHeight = 0;
    double devicePixelRatio = 1;
    double deviceMemory = 0; ///< NaN where the browser does not expose it
    double hardwareConcurrency = 0;
    double cpu = 1;      ///< main-thread slowness relative to a mid-range laptop
    bool mobile = false; ///< phone (tablets are not)
    bool touch = false;  ///< phone or tablet
    bool blink = false;  ///< Chromium engine outside iOS: Network Information API, V8 stacks
    bool safari = false; ///< Safari itself (WebKit on macOS and iOS)
};

class DevicePicker
{
public:
    explicit DevicePicker(const Geography &geography);

    DeviceProfile pick(Random &random, int country, qint64 time) const;

    enum class DeviceClass
    {
        Windows,
        Mac,
        Linux,
        ChromeOs,
        AndroidPhone,
        IPhone,
        AndroidTablet,
        IPad
    };
    static constexpr int kClassCount = 8;
    enum class Browser
    {
        Chrome,
        Safari,
        Edge,
        Firefox,
        SamsungInternet,
        Opera
    };
    static constexpr int kBrowserCount = 6;

private:
    QString userAgent(Browser browser, DeviceClass deviceClass, int hardware, int chromeMajor,
                      const QString &version, const QString &osVersion) const;

    const Geography &m_geography;
    std::vector<WeightedTable> m_classByCountry;
    /// [device tier][class] → hardware indices and their weights
    std::array<std::array<std::vector<int>, kClassCount>, 3> m_hardwareIndex;
    std::array<std::array<WeightedTable, kClassCount>, 3> m_hardwareTable;
    std::array<WeightedTable, kClassCount> m_browserByClass;
    std::array<QString, kBrowserCount> m_browserNames;
    std::array<QString, kClassCount> m_osNames;
    std::array<QString, kClassCount> m_deviceTypes;
    std::vector<QString> m_models;
};

} // namespace rumscope
