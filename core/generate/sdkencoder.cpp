#include "sdkencoder.h"

#include "ingest/canonicalcodec.h"

namespace rumscope {

std::vector<Payload> encodeSession(WireFormat format, std::span<const Record> session)
{
    switch (format) {
    case WireFormat::Canonical: {
        Payload payload;
        payload.method = "POST";
        payload.path = "/ingest";
        payload.headers.append({QByteArray("content-type"), QByteArray("application/x-ndjson")});
        for (const Record &record : session)
            appendCanonicalLine(record, payload.body);
        if (!session.empty())
            payload.receivedAt = eventBase(session.back()).time;
        return {payload};
    }
    case WireFormat::WebVitals:
        return encoders::webVitals(session);
    case WireFormat::Boomerang:
        return encoders::boomerang(session);
    case WireFormat::Faro:
        return encoders::faro(session);
    case WireFormat::Elastic:
        return encoders::elastic(session);
    case WireFormat::Otlp:
        return encoders::otlp(session);
    case WireFormat::Sentry:
        return encoders::sentry(session);
    }
    return {};
}

} // namespace rumscope
