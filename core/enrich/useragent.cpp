#include "useragent.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <span>

namespace rumscope {
namespace {

using namespace std::string_view_literals;

// uap-core names a browser differently on phones; rumscope keeps one name per browser so a
// breakdown by browser does not split Chrome in two (the device type tells phones apart). The
// names are those Chromium's client hints use, so both sources agree.
constexpr std::pair<std::string_view, std::string_view> kBrowserNames[] = {
    {"Chrome Mobile"sv, "Chrome"sv},
    {"Chrome Mobile iOS"sv, "Chrome"sv},
    {"Chrome Mobile WebView"sv, "Android WebView"sv},
    {"Mobile Safari"sv, "Safari"sv},
    {"Firefox Mobile"sv, "Firefox"sv},
    {"Firefox iOS"sv, "Firefox"sv},
    {"Edge Mobile"sv, "Edge"sv},
    {"Opera Mobile"sv, "Opera"sv},
};

constexpr std::pair<std::string_view, std::string_view> kOsNames[] = {
    {"Mac OS X"sv, "macOS"sv},
    {"Chrome OS"sv, "ChromeOS"sv},
};

// Operating systems that only run on phones (tablets of these are told apart by their
// device family first).
constexpr std::string_view kPhoneSystems[] = {
    "iOS"sv,        "Windows Phone"sv, "BlackBerry OS"sv, "KaiOS"sv,
    "Symbian OS"sv, "Firefox OS"sv,    "Sailfish"sv,      "webOS"sv,
};

// Platform tokens of desktop browsers: Windows, macOS, X11 (Linux, BSD), ChromeOS.
constexpr std::string_view kDesktopTokens[] = {"Windows NT"sv, "Macintosh"sv, "X11"sv, "CrOS"sv};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString renamed(std::string_view name,
                std::span<const std::pair<std::string_view, std::string_view>> table)
{
    for (const auto &[from, to] : table) {
        if (name == from)
            return fromUtf8(to);
    }
    return fromUtf8(name);
}

/// major.minor.patch.patchMinor, up to the first part uap did not find.
QString version(std::initializer_list<const std::string *> parts)
{
    QString out;
    for (const std::string *part : parts) {
        if (part->empty())
            break;
        if (!out.isEmpty())
            out += u'.';
        out += fromUtf8(*part);
    }
    return out;
}

bool contains(std::string_view text, std::string_view token)
{
    return text.find(token) != std::string_view::npos;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

QString deviceType(const UapResult &uap, std::string_view ua)
{
    // uap-core marks crawlers with the device brand "Spider" and says which form factor they
    // render as in the model.
    if (uap.deviceBrand == "Spider") {
        if (uap.deviceModel == "Smartphone")
            return QStringLiteral("mobile");
        if (uap.deviceModel == "Desktop")
            return QStringLiteral("desktop");
        return {};
    }
    if (uap.deviceFamily == "iPad" || uap.deviceFamily == "Kindle" ||
        uap.deviceFamily == "Generic Tablet" || uap.deviceBrand == "Generic_Android_Tablet")
        return QStringLiteral("tablet");
    if (contains(ua, "Tablet") && !contains(ua, "Tablet PC"))
        return QStringLiteral("tablet");
    // Android phones say "Mobile"; Android tablets (and Chrome's reduced tablet UA) do not.
    if (uap.osFamily == "Android")
        return contains(ua, "Mobile") ? QStringLiteral("mobile") : QStringLiteral("tablet");
    if (uap.deviceFamily == "iPhone" || uap.deviceFamily == "iPod" ||
        startsWith(uap.deviceFamily, "Generic Smartphone") ||
        startsWith(uap.deviceFamily, "Generic Feature Phone") ||
        std::find(std::begin(kPhoneSystems), std::end(kPhoneSystems), uap.osFamily) !=
            std::end(kPhoneSystems) ||
        contains(ua, "Mobi"))
        return QStringLiteral("mobile");
    if (std::any_of(std::begin(kDesktopTokens), std::end(kDesktopTokens),
                    [&](std::string_view token) { return contains(ua, token); }))
        return QStringLiteral("desktop");
    return {};
}

/// The model, unless uap only knows a placeholder: "Generic Smartphone", a crawler's form
/// factor, or the "K" of Chrome's reduced Android user agent.
QString deviceModel(const UapResult &uap, bool reducedAndroid)
{
    if (reducedAndroid || uap.deviceBrand == "Spider" || startsWith(uap.deviceFamily, "Generic"))
        return {};
    return fromUtf8(uap.deviceModel.empty() ? uap.deviceFamily : uap.deviceModel);
}

} // namespace

DeviceInfo deviceInfoFromUap(const UapResult &uap, std::string_view userAgent)
{
    DeviceInfo info;
    info.browser = renamed(uap.family, kBrowserNames);
    if (!info.browser.isEmpty())
        info.browserVersion = version({&uap.major, &uap.minor, &uap.patch, &uap.patchMinor});
    info.os = renamed(uap.osFamily, kOsNames);

    // Chromium's reduced user agent on Android always says "Android 10; K": neither the
    // version nor the model is the device's, so rumscope reports neither (client hints carry
    // the real ones when the beacon has them).
    const bool reducedAndroid = uap.osFamily == "Android" && uap.deviceModel == "K";
    if (!info.os.isEmpty() && !reducedAndroid)
        info.osVersion = version({&uap.osMajor, &uap.osMinor, &uap.osPatch, &uap.osPatchMinor});
    info.deviceType = deviceType(uap, userAgent);
    info.deviceModel = deviceModel(uap, reducedAndroid);
    return info;
}

} // namespace rumscope
