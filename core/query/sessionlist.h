#pragma once
// The sessions whose page views a filter selects, most recently active first: the Sessions
// view's list. The engine finds them; their recorded details come from the store's indexes.

#include "filter.h"
#include "model/metric.h"

#include <QList>
#include <QString>

#include <optional>

namespace rumscope {

struct SessionQuery
{
    Filter filter;
    /// Only sessions whose id starts with this, or whose (stored) user id is this; empty: all.
    QString search;
    int limit = 100;

    bool operator==(const SessionQuery &) const = default;
};

struct SessionRow
{
    QString sessionId;
    QString userId;
    qint64 start = 0;    ///< epoch ms, as the store recorded the session
    qint64 lastSeen = 0; ///< epoch ms
    QString country;     ///< of its latest matching page view
    QString deviceType;
    QString browser;
    qint64 pageViews = 0; ///< matching the filter
    qint64 errors = 0;    ///< on those page views
    /// The worst-rated Core Web Vital among those page views (LCP, INP, CLS), if any.
    std::optional<Metric> worstMetric;
    double worstValue = 0;
    Rating worstRating = Rating::Good;
};

struct SessionListResult
{
    QString error;          ///< why the store could not be read; the rest is empty then
    qint64 sessions = 0;    ///< matching, before the limit
    QList<SessionRow> rows; ///< most recently active first
};

} // namespace rumscope
