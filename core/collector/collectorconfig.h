#pragma once
// What a collector listens on and what it accepts: the value the GUI's settings and
// `rumscope-cli serve` fill in.

#include "ingest/limits.h"

#include <QHostAddress>
#include <QStringList>

namespace rumscope {

struct CollectorConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0: a free port the system picks
    /// Origins (scheme://host[:port]) whose pages may send; empty: any origin.
    QStringList allowedOrigins;
    /// When not empty, every beacon must carry one of them: Faro's /collect/{key} or
    /// x-api-key, or ?key= on the other endpoints.
    QStringList appKeys;
    qsizetype maxBodyBytes = limits::kMaxBodyBytes;
    qsizetype maxDecodedBytes = limits::kMaxDecodedBytes;
    int requestsPerSecondPerClient = 500;
    /// Payloads journaled but not yet parsed and handed to the writer; past this the collector
    /// answers 503 with Retry-After instead of taking more.
    int maxQueuedPayloads = 20000;
    /// Bearer tokens that may read the feed (GET /api/v1/feed); empty: there is no feed.
    QStringList readTokens;
    /// Journaled payloads and feed batches older than this are pruned (hourly); 0: kept.
    int retentionDays = 7;
    int maxConnections = 1024;
    int headerTimeoutMs = 10000; ///< from a request's first byte to the end of its header
    int idleTimeoutMs = 60000;   ///< a keep-alive connection with no request in progress
};

} // namespace rumscope
