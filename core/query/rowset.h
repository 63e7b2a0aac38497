#pragma once
// The page views a filter selects, chunk by chunk (facttable.h): in each chunk either a range
// of its rows (a chunk the filter takes whole, or cuts only by time) or the list of matching
// rows.

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace rumscope {

/// Page views live in chunks of this many rows; a chunk is shared between versions of the
/// table until one of its rows changes.
inline constexpr int kChunkShift = 16;
inline constexpr size_t kChunkRows = size_t(1) << kChunkShift;

/// A page view's place: chunk << kChunkShift | row in the chunk.
using RowRef = std::uint32_t;
inline constexpr RowRef rowRef(size_t chunk, size_t row)
{
    return RowRef(chunk << kChunkShift | row);
}
inline constexpr size_t chunkOf(RowRef ref)
{
    return ref >> kChunkShift;
}
inline constexpr size_t rowInChunk(RowRef ref)
{
    return ref & (kChunkRows - 1);
}

/// The selected rows of one chunk.
struct ChunkRows
{
    std::uint32_t chunk = 0;
    std::uint32_t first = 0; ///< the range, when not listed
    std::uint32_t last = 0;
    bool listed = false;
    std::vector<std::uint16_t> rows; ///< ascending, when listed

    size_t size() const { return listed ? rows.size() : size_t(last - first); }

    /// Calls fn(row in chunk) for each row, in order.
    template<class Fn> void visit(Fn &&fn) const
    {
        if (listed) {
            for (const std::uint16_t row : rows)
                fn(std::uint32_t(row));
        } else {
            for (std::uint32_t row = first; row < last; ++row)
                fn(row);
        }
    }

    bool contains(std::uint32_t row) const
    {
        if (!listed)
            return row >= first && row < last;
        return std::binary_search(rows.begin(), rows.end(), std::uint16_t(row));
    }
};

struct RowSet
{
    std::vector<ChunkRows> parts;                        ///< ascending by chunk, none empty
    size_t count = 0;                                    ///< rows in all parts
    qint64 minTime = std::numeric_limits<qint64>::max(); ///< of the selected rows
    qint64 maxTime = std::numeric_limits<qint64>::min();

    size_t size() const { return count; }
    bool empty() const { return count == 0; }

    /// Calls fn(RowRef) for each row, chunk by chunk.
    template<class Fn> void visit(Fn &&fn) const
    {
        for (const ChunkRows &part : parts) {
            const RowRef base = rowRef(part.chunk, 0);
            part.visit([&](std::uint32_t row) { fn(base | row); });
        }
    }

    bool contains(RowRef ref) const
    {
        const auto chunk = std::uint32_t(chunkOf(ref));
        const auto part = std::lower_bound(
            parts.begin(), parts.end(), chunk,
            [](const ChunkRows &p, std::uint32_t wanted) { return p.chunk < wanted; });
        return part != parts.end() && part->chunk == chunk &&
               part->contains(std::uint32_t(rowInChunk(ref)));
    }
};

} // namespace rumscope
