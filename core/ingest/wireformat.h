#pragma once
// The wire formats rumscope reads, and how to tell them apart (formats.md §0.1 and §0.2).

#include "payload.h"

#include <QString>

#include <optional>

namespace rumscope {

enum class WireFormat
{
    Canonical,
    WebVitals,
    Boomerang,
    Faro,
    Elastic,
    Otlp,
    Sentry,
};
inline constexpr int kWireFormatCount = 7;

/// "canonical", "web-vitals", "boomerang", "faro", "elastic", "otlp", "sentry": the ids of
/// --format and of the `source` every record carries.
const char *formatId(WireFormat format);
std::optional<WireFormat> formatFromId(QStringView id);
/// Every format id, comma-separated, for help texts and error messages.
QString formatIdList();

/// The format of a request to the collector, by its path (and method): Faro /collect,
/// Elastic /intake/v2|v3/rum/events, OTLP /v1/traces, Sentry /api/N/envelope/, boomerang
/// /beacon, web-vitals /vitals, canonical /ingest. Content decides for unknown paths.
std::optional<WireFormat> formatOfPath(QByteArrayView path);

/// The format of a payload by its content alone (a file, or a request to an unknown path).
std::optional<WireFormat> detectFormat(QByteArrayView content);

} // namespace rumscope
