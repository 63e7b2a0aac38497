#pragma once
// simdjson's DOM for untrusted beacons: nesting and size limits, translated errors, and small
// typed accessors that treat a missing or mistyped member as absent.

#include "common/result.h"

#include <QString>

#include <optional>
#include <simdjson.h>
#include <string_view>

namespace rumscope {

/// Parses one JSON document at a time; the element returned lives until the next parse.
class JsonDocument
{
public:
    JsonDocument();
    Result<simdjson::dom::element> parse(QByteArrayView text);

private:
    simdjson::dom::parser m_parser;
    bool m_ready = false; ///< the depth limit is set
};

namespace json {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

std::optional<object> objectOf(element value);
std::optional<array> arrayOf(element value);
std::optional<element> member(object parent, std::string_view key);
std::optional<object> objectAt(object parent, std::string_view key);
std::optional<array> arrayAt(object parent, std::string_view key);

/// A finite number; also a string holding one ("1718000123456789000", as OTLP sends).
std::optional<double> number(element value);
std::optional<double> numberAt(object parent, std::string_view key);
/// A number as a double, NaN when absent (the canonical model's "unset").
double numberOr(object parent, std::string_view key);
/// Integers beyond 2^53 (nanosecond times) keep their precision here.
std::optional<qint64> integerAt(object parent, std::string_view key);
std::optional<bool> booleanAt(object parent, std::string_view key);

/// A string member; empty when absent or not a string. Numbers are not converted.
QString textAt(object parent, std::string_view key);
std::string_view viewAt(object parent, std::string_view key);
QString text(element value);
/// Any value as compact JSON text (objects kept as text, e.g. attributes).
QString minified(element value);

} // namespace json
} // namespace rumscope
