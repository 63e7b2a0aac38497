#pragma once
// User-Agent Client Hints (the Sec-CH-UA* request headers of Chromium browsers). They carry
// what Chromium's reduced user-agent string no longer does — the real Windows and Android
// versions, the phone model — so, for the fields they carry, they win over the string.

#include "useragent.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace rumscope {

struct Payload;

struct ClientHints
{
    QString browser;            ///< rumscope's name of the brand, e.g. "Chrome", "Edge"
    bool genericBrand = false;  ///< the only brand was "Chromium"
    QString browserMajor;       ///< from Sec-CH-UA
    QString browserFullVersion; ///< from Sec-CH-UA-Full-Version-List, when sent
    std::optional<bool> mobile; ///< Sec-CH-UA-Mobile
    QString platform;           ///< rumscope's OS name: "Windows", "macOS", "ChromeOS"…
    QString platformVersion;    ///< "11" for Windows 11, "14" for Android 14, "14.4.1"…
    QString model;              ///< Sec-CH-UA-Model; empty on desktops

    bool isEmpty() const
    {
        return browser.isEmpty() && !mobile && platform.isEmpty() && model.isEmpty();
    }
};

/// The hints of one request (header names lower-case, as Payload keeps them).
ClientHints clientHintsFrom(const Payload &payload);

/// Overrides the fields of a user-agent parse that the hints carry.
void applyClientHints(DeviceInfo &info, const ClientHints &hints);

/// A GREASE brand ("Not?A_Brand", " Not;A Brand"…): Chromium adds one to keep servers from
/// relying on the list's order; it names no browser.
bool isGreaseBrand(QStringView brand);

} // namespace rumscope
