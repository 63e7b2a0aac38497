#pragma once
// The newest page views, errors and interactions of a store, newest first: what the Live page
// lists while beacons arrive.

#include "common/result.h"

#include <QString>

#include <vector>

struct sqlite3;

namespace rumscope {

struct RecentEvent
{
    enum class Kind
    {
        PageView,
        Error,
        Interaction
    };
    Kind kind = Kind::PageView;
    qint64 time = 0; ///< epoch ms, as the beacon says
    QString sessionId;
    QString subject;  ///< the page's URL, the error's message, the interaction's target
    QString detail;   ///< the error's kind, the interaction's type
    double value = 0; ///< LCP of a page view (NaN: none yet), an interaction's duration
    QString browser;  ///< page views only
    QString country;  ///< page views only
    QString source;   ///< the SDK's format id
};

/// Where each table ends: what "since" means for recentEvents().
struct EventMarks
{
    qint64 pageView = 0;
    qint64 error = 0;
    qint64 interaction = 0;
};

Result<EventMarks> eventMarks(sqlite3 *storeDb);

/// At most `limit` of each kind, of those stored after `since` (the newest stored), merged
/// newest first by time.
Result<std::vector<RecentEvent>> recentEvents(sqlite3 *storeDb, int limit,
                                              const EventMarks &since = {});

} // namespace rumscope
