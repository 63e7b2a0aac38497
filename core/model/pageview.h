#pragma once
// One page load or SPA route change, with its vitals, timings, network, device and geography.

#include "eventbase.h"

#include <optional>

namespace rumscope {

struct PageView : EventBase
{
    // EventBase::time is the navigation start; EventBase::viewId identifies this view.
    QString url;   ///< scrubbed of personal query parameters
    QString route; ///< URL template, e.g. /product/:id
    QString referrer;
    QString navigationType; ///< see navigationTypes()

    // Core Web Vitals and other timings, milliseconds (CLS unitless).
    double ttfb = kUnset;
    double fcp = kUnset;
    double lcp = kUnset;
    double cls = kUnset;
    double inp = kUnset;
    double fid = kUnset;
    double tbt = kUnset;
    double dns = kUnset;
    double connect = kUnset;
    double tls = kUnset;
    double domInteractive = kUnset;
    double domContentLoaded = kUnset;
    double load = kUnset;
    double visibleTime = kUnset;

    // LCP parts
    double lcpTtfb = kUnset;
    double lcpResourceLoadDelay = kUnset;
    double lcpResourceLoadDuration = kUnset;
    double lcpElementRenderDelay = kUnset;
    QString lcpElement;
    QString lcpResourceUrl;

    // INP parts
    double inpInputDelay = kUnset;
    double inpProcessingDuration = kUnset;
    double inpPresentationDelay = kUnset;
    QString inpEventType;
    QString inpTarget;

    QString clsTarget; ///< element of the largest layout shift

    // Network
    QString effectiveType; ///< slow-2g, 2g, 3g, 4g (Network Information API)
    double rtt = kUnset;
    double downlink = kUnset; ///< Mbit/s
    std::optional<bool> saveData;

    // Device
    QString userAgent;
    QString browser;
    QString browserVersion;
    QString os;
    QString osVersion;
    QString deviceType; ///< desktop, mobile, tablet
    QString deviceModel;
    double screenWidth = kUnset;
    double screenHeight = kUnset;
    double devicePixelRatio = kUnset;
    double deviceMemory = kUnset; ///< GiB
    double hardwareConcurrency = kUnset;

    // Geography
    QString country; ///< ISO 3166-1 alpha-2
    QString region;
    QString city;
    double latitude = kUnset;
    double longitude = kUnset;

    bool operator==(const PageView &o) const;
};

/// The navigation types a page view may have, in canonical spelling.
const QStringList &navigationTypes();

} // namespace rumscope
