#pragma once
// One resource the page fetched (Resource Timing).

#include "eventbase.h"

#include <optional>

namespace rumscope {

struct Resource : EventBase
{
    QString url;
    QString initiatorType;     ///< script, link, img, fetch, xmlhttprequest, …
    double startTime = kUnset; ///< ms since the view's navigation start
    double duration = kUnset;
    double transferSize = kUnset; ///< bytes
    double encodedSize = kUnset;
    double httpStatus = kUnset;
    QString protocol; ///< h2, http/1.1, h3
    std::optional<bool> renderBlocking;

    bool operator==(const Resource &o) const;
};

} // namespace rumscope
