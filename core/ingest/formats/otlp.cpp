// OpenTelemetry OTLP/HTTP JSON traces (../shared/formats.md §5) → canonical records. The span
// mapping lives in otlpspans.h; this is the body around it.
#include "beaconsupport.h"
#include "formatparsers.h"
#include "otlpspans.h"
#include "parserstate.h"

namespace rumscope::formats {

Output parseOtlp(const Input &input)
{
    const Payload &payload = input.payload;
    // The protobuf exporter sends the same request as binary; rumscope reads the JSON one only
    // (the collector answers protobuf with 415).
    const QByteArrayView body = QByteArrayView(payload.body).trimmed();
    if (payload.header("content-type").contains("protobuf") ||
        (!body.isEmpty() && !body.startsWith('{') && !body.startsWith('[')))
        return Error{Tr::tr("the OTLP body is not JSON: protobuf exports are not supported, "
                            "configure the exporter for JSON (OTLP/HTTP JSON)"),
                     1};
    Result<json::element> root = input.json.parse(body);
    if (!root)
        return root.error();
    const std::optional<json::object> request = json::objectOf(root.value());
    const std::optional<json::element> resourceSpans =
        request ? json::member(*request, "resourceSpans") : std::nullopt;
    if (!resourceSpans)
        return Error{Tr::tr("not an OTLP trace export: there is no resourceSpans array"), 1};
    const std::optional<json::array> list = json::arrayOf(*resourceSpans);
    if (!list)
        return Error{Tr::tr("not an OTLP trace export: resourceSpans is not an array"), 1};
    otlp::SpanDefaults defaults;
    defaults.userAgent = QString::fromUtf8(payload.header("user-agent"));
    defaults.receivedAt = payload.receivedAt;
    // Without a parser's state (a caller of its own) the export still joins its own parts.
    OtlpViews local;
    return otlp::readResourceSpans(*list, defaults, input.state ? input.state->otlp : local);
}

} // namespace rumscope::formats
