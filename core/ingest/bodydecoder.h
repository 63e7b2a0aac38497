#pragma once
// Content-Encoding: gzip and deflate bodies, inflated with a hard limit on the result.

#include "common/result.h"

#include <QByteArray>

namespace rumscope {

/// The Error::exitCode of decodeBody's failures for a body past its limit, as against one
/// that is damaged or in an encoding rumscope does not read (1).
inline constexpr int kBodyTooLarge = 3;

/// Inflates body as `encoding` says ("gzip", "deflate" — zlib or raw — or "identity"/empty:
/// returned as is). Fails with a reason on corrupt or truncated data, on an encoding rumscope
/// does not read (br, zstd), and when the result would pass maxBytes (a zip bomb).
Result<QByteArray> decodeBody(const QByteArray &body, QByteArrayView encoding, qsizetype maxBytes);

} // namespace rumscope
