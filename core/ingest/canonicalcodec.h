#pragma once
// Canonical NDJSON: one JSON object per line, one record per object, with a `type` field.
// See docs/canonical-format.md for every field.

#include "common/result.h"
#include "model/record.h"

#include <QByteArray>

#include <memory>

namespace rumscope {

/// Appends one record as one line of canonical NDJSON (with the trailing newline).
void appendCanonicalLine(const Record &record, QByteArray &out);
QByteArray toCanonicalLine(const Record &record);

/// Parses lines of canonical NDJSON. Keeps its parser buffers between calls, so use one per
/// thread.
class CanonicalParser
{
public:
    CanonicalParser();
    ~CanonicalParser();
    CanonicalParser(const CanonicalParser &) = delete;
    CanonicalParser &operator=(const CanonicalParser &) = delete;

    /// One line (without its newline) → one record, or the reason it is not one.
    Result<Record> parseLine(QByteArrayView line);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rumscope
