#pragma once
// From uap-core's raw answer to the names rumscope shows: one name per browser whatever the
// device ("Chrome", not "Chrome Mobile" — the device type says mobile), "macOS", "ChromeOS",
// a device type, and no values the browser only pretends to send (Chrome's reduced
// "Android 10; K").

#include "uapparser.h"

#include <QString>

#include <string_view>

namespace rumscope {

/// The device fields of a page view, as enrichment derives them.
struct DeviceInfo
{
    QString browser;
    QString browserVersion;
    QString os;
    QString osVersion;
    QString deviceType; ///< desktop, mobile, tablet; empty when the user agent does not tell
    QString deviceModel;

    bool operator==(const DeviceInfo &) const = default;
};

/// userAgent is the string uap parsed: its "Mobile"/"Tablet" tokens decide the device type
/// where uap's device family does not.
DeviceInfo deviceInfoFromUap(const UapResult &uap, std::string_view userAgent);

} // namespace rumscope
