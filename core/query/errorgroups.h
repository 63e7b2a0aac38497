#pragma once
// Errors grouped by fingerprint: what the Errors view lists.

#include "filter.h"

#include <QList>
#include <QPair>
#include <QString>

namespace rumscope {

struct ErrorGroupQuery
{
    /// Errors in the time range, on page views the conditions select (an error whose page
    /// view is not in the store has no dimension values).
    Filter filter;
    int limit = 50; ///< the groups with most errors (0 = all)
    /// When > 0, each group's errors are also counted per time bucket of this width
    /// (UTC-aligned, over the filter's time range): ErrorGroup::trend. An end the filter
    /// leaves open is the matching errors' own; a span of more than kMaxErrorTrendBuckets
    /// (errorgroupscan.h) gets wider buckets, a multiple of this: ErrorGroupResult::bucketMs.
    qint64 bucketMs = 0;

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
    /// Errors per time bucket from ErrorGroupResult::bucketStart (when the query asked).
    QList<qint64> trend;
    /// The browsers it happened in most, with their error counts, most first (at most 3; ties
    /// by name). The browser is its page view's; "" where that has none or is not in the store.
    QList<QPair<QString, qint64>> browsers;
};

struct ErrorGroupResult
{
    qint64 errors = 0;        ///< matching, in every group
    qint64 groupCount = 0;    ///< before the limit
    QList<ErrorGroup> groups; ///< most errors first, then by message
    qint64 bucketStart = 0;   ///< epoch ms of the first trend bucket
    qint64 bucketMs = 0;      ///< the trend buckets' width; 0 without trends
};

} // namespace rumscope
