#pragma once
// A visit: the page views, errors and interactions that share one session id.

#include "eventbase.h"

namespace rumscope {

struct Session : EventBase
{
    // EventBase::time is the first time the session was seen.
    qint64 lastSeen = 0;
    QString userId; ///< already hashed unless the user turned hashing off
    QString entryUrl;
    QString exitUrl;
    double pageViews = kUnset;
    double errorCount = kUnset;

    bool operator==(const Session &o) const;
};

} // namespace rumscope
