#pragma once
// Files of captured HTTP requests, one JSON object per line, as ../shared/fixtures holds them
// (method, path, query, headers, body as UTF-8 text or base64, receivedAt): each line becomes
// the Payload the collector would have built from that request.

#include "common/result.h"
#include "jsondocument.h"
#include "payload.h"

namespace rumscope {

/// Whether a line looks like a captured request (an object with method, path and body keys).
bool isCapturedRequest(QByteArrayView line);

/// One captured request → its payload, body decoded (base64, then gzip/deflate as its
/// Content-Encoding says). Fails on a line that is not such a request or a body that cannot
/// be decoded.
Result<Payload> payloadFromCapturedRequest(QByteArrayView line, JsonDocument &json);

/// The inverse, for `generate --format` and `simulate`: one request as one line (with its
/// newline), the body as UTF-8 text, or base64 when it is binary or compressed.
void appendCapturedRequestLine(const Payload &payload, QByteArray &out);

} // namespace rumscope
