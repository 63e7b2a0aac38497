#pragma once
// The limits every untrusted payload is held to, wherever it comes from. The collector adds
// its own (request rate, connections, timeouts) on top.

#include <QtGlobal>

#include <cstddef>

namespace rumscope::limits {

/// A beacon body as sent (possibly compressed). The largest real one seen is Sentry's span
/// batch at 57 KB; SDKs switch transport above 64 KB.
inline constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;
/// A body after gzip or deflate: a bomb stops here.
inline constexpr qsizetype kMaxDecodedBytes = 32 * 1024 * 1024;
/// JSON nesting: real beacons stay below 20 levels.
inline constexpr size_t kMaxJsonDepth = 64;
/// Records one payload may turn into.
inline constexpr size_t kMaxRecordsPerPayload = 100000;

} // namespace rumscope::limits
