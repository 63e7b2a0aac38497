#pragma once
// Boomerang's `restiming` parameter: Resource Timing entries compressed into a URL trie
// (../shared/formats.md §2.7), decoded back into one entry per fetch.

#include "ingest/jsondocument.h"
#include "model/eventbase.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace rumscope::formats::restiming {

struct Entry
{
    QString url;
    QString initiatorType;
    double startTime = 0; ///< ms since the page's time origin (its hard navigation start)
    double duration = kUnset;
    double transferSize = kUnset;
    double encodedSize = kUnset;
    QString protocol; ///< nextHopProtocol: h2, h3, http/1.1
};

/// Real pages stay in the hundreds; beyond this the rest of a trie is not read.
inline constexpr size_t kMaxEntries = 5000;
/// Longer URLs are a hostile trie (boomerang itself cuts URLs at 500 characters).
inline constexpr qsizetype kMaxUrlBytes = 8192;

/// The fetches of one restiming value; nullopt when it is not a trie (not JSON, nested too
/// deep, not an object). Element-dimension records and unreadable records are left out.
std::optional<std::vector<Entry>> decode(QByteArrayView text, JsonDocument &json);

/// A base-36 integer as boomerang writes it (Number.toString(36)), optionally negative;
/// nullopt when it is not one or has more digits than a timestamp needs.
std::optional<double> base36(QByteArrayView text);

/// One leaf record, e.g. "3c0,3k,2q,2p*1a1k,4c,1t2*7h2"; nullopt for dimension records
/// ("*0…") and records that do not parse.
std::optional<Entry> decodeRecord(QByteArrayView record);

} // namespace rumscope::formats::restiming
