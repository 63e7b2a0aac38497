#pragma once
// Boomerang serialises object-valued beacon parameters (err, c.lt, et.e…) as JSURL when its
// Compression plugin is present and as JSON otherwise (../shared/formats.md §2.1). Both decode
// into the same small tree, so the code reading the values does not care which one came.

#include "ingest/jsondocument.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rumscope::formats::jsurl {

struct Value
{
    enum class Type
    {
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object
    };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QString string;
    QStringList keys;            ///< objects only, one per child
    std::vector<Value> children; ///< array elements, or object member values

    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }
    /// An object's member; nullptr when absent or this is no object.
    const Value *member(QStringView key) const;
    /// A number, or a string holding a decimal one (hand-written beacons quote numbers).
    std::optional<double> toNumber() const;
    /// A string, or a number written as text; empty otherwise.
    QString toText() const;
};

/// Untrusted input: nesting and the number of values are bounded so that a hostile beacon
/// costs bounded time and memory.
inline constexpr int kMaxDepth = 32;
inline constexpr qsizetype kMaxValues = 200000;

/// Strict JSURL (starts with '~'); nullopt on any syntax error or when a limit is exceeded.
std::optional<Value> parse(QStringView text);

/// JSURL or JSON, told apart by the first character; nullopt when it is neither.
std::optional<Value> parseJsurlOrJson(QByteArrayView text, JsonDocument &json);

} // namespace rumscope::formats::jsurl
