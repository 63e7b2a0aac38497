#pragma once
// Generated traffic as each SDK would send it: one session's canonical records → the HTTP
// requests that SDK makes for such a visit (formats.md), so demos, benchmarks and tests run
// the real parsers end to end. What the SDK cannot express (a field it has no key for) is left
// out, as it would be in real traffic.

#include "ingest/payload.h"
#include "ingest/wireformat.h"
#include "model/record.h"

#include <span>
#include <vector>

namespace rumscope {

/// The requests for one session, in the order the browser would send them. `session` is what
/// TrafficGenerator::nextSession produces: the Session record first, then each page view
/// followed by its events. Canonical gives one POST /ingest of canonical NDJSON.
std::vector<Payload> encodeSession(WireFormat format, std::span<const Record> session);

namespace encoders {
std::vector<Payload> webVitals(std::span<const Record> session);
std::vector<Payload> boomerang(std::span<const Record> session);
std::vector<Payload> faro(std::span<const Record> session);
std::vector<Payload> elastic(std::span<const Record> session);
std::vector<Payload> otlp(std::span<const Record> session);
std::vector<Payload> sentry(std::span<const Record> session);
} // namespace encoders

} // namespace rumscope
