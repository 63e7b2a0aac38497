#pragma once
// What the traffic generator knows about the visit it is producing (who, where, on what,
// over which network) and the plan of the view it simulates next.

#include "devicepicker.h"
#include "errorcatalogue.h"
#include "sitemodel.h"

#include "model/eventbase.h"

#include <optional>
#include <vector>

namespace rumscope {

enum class Navigation
{
    Navigate,
    Reload,
    BackForward,
    Prerender,
    Restore,
    RouteChange
};

struct SessionState
{
    EventBase base; ///< session id, app, env, release and source every record carries
    int release = 0;
    int country = 0;
    int city = 0;
    DeviceProfile device;
    ErrorCatalogue::Engine engine = ErrorCatalogue::Engine::V8;

    // Network: the true conditions drive the timings; Chromium reports rounded estimates.
    int connection = 0;  ///< 0 4g, 1 3g, 2 2g, 3 slow-2g
    double rtt = 0;      ///< ms to the CDN edge
    double downlink = 0; ///< Mbit/s
    std::optional<bool> saveData;
    QString protocol; ///< of the shop's own origin

    bool warmCache = false;         ///< the release's main bundles are in the HTTP cache
    std::vector<bool> chunksLoaded; ///< per SiteModel chunk, during this visit
    int errors = 0;
};

struct ViewPlan
{
    EventBase base; ///< the session's, with this view's id
    SiteModel::Page page;
    Navigation navigation = Navigation::Navigate;
    QString referrer;
    qint64 start = 0;
    bool firstView = false; ///< the visit's first: no connection to the shop is open yet
    qint64 dwell = 0;       ///< ms the visitor would like to stay
    qint64 maxDwell = 0;    ///< ms until the generated period ends
};

} // namespace rumscope
