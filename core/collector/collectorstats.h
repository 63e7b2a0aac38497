#pragma once
// A collector's counters, as /metrics reports them in Prometheus' text format.

#include <QByteArray>
#include <QMap>

namespace rumscope {

struct CollectorStats
{
    qint64 received = 0;               ///< requests to a beacon endpoint
    qint64 accepted = 0;               ///< journaled and answered 2xx
    qint64 quarantined = 0;            ///< accepted payloads that did not parse
    qint64 records = 0;                ///< records handed to the store writer
    QMap<QByteArray, qint64> rejected; ///< by reason: "too_large", "bad_encoding", …
    qint64 queueDepth = 0;             ///< journaled payloads waiting to be parsed
    double journalSecondsSum = 0;      ///< time spent journaling, for the average latency
    double journalSecondsMax = 0;
    qint64 storeCommits = 0;         ///< store transactions committed
    double storeWriteSecondsSum = 0; ///< writing and committing them
    double storeWriteSecondsMax = 0;
    qint64 feedRequests = 0; ///< feed pages answered
    qint64 feedRecords = 0;  ///< records sent to feed readers

    /// The Prometheus text exposition of these counters.
    QByteArray prometheusText() const;
};

} // namespace rumscope
