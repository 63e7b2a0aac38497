#pragma once
// Errors grouped by fingerprint: what the Errors view lists.

#include "filter.h"

#include <QList>
#include <QString>

namespace rumscope {

struct ErrorGroupQuery
{
    /// Errors in the time range, on page views the conditions select (an error whose page
    /// view is not in the store has no dimension values).
    Filter filter;
    int limit = 50; ///< the groups with most errors (0 = all)

    bool operator==(const ErrorGroupQuery &) const = default;
};

struct ErrorGroup
{
    QString fingerprint;
    QString message; ///< as the first of them stored says it
    QString type;
    QString kind;
    qint64 count = 0;
    qint64 sessions = 0;  ///< distinct sessions it happened in
    qint64 firstSeen = 0; ///< epoch ms
    qint64 lastSeen = 0;
};

struct ErrorGroupResult
{
    qint64 errors = 0;        ///< matching, in every group
    qint64 groupCount = 0;    ///< before the limit
    QList<ErrorGroup> groups; ///< most errors first, then by message
};

} // namespace rumscope
