#pragma once
// The page views a filter's ErrorGroup conditions select: those with an error of one of the
// fingerprints (or, excluded, with none). No page-view column holds this; it comes from the
// error table's links to page views, worked out again for each filter, so errors appended
// by a refresh count at once.

#include "errortable.h"
#include "facttable.h"
#include "filter.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace rumscope {

class ErrorViewMask
{
public:
    /// The mask of the filter's ErrorGroup conditions; none when it has no such condition.
    static std::optional<ErrorViewMask> of(const FactTable &facts, const ErrorTable &errors,
                                           const Filter &filter);

    /// Whether the page view passes every ErrorGroup condition.
    bool passes(RowRef row) const { return m_bits[row >> 6] >> (row & 63) & 1; }
    /// False when no row of the chunk passes: a scan can skip it.
    bool anyIn(size_t chunk) const { return m_chunkAny[chunk]; }
    /// Whether an error's page view passes. An error whose page view is not in the store is
    /// on a page view known only by its errors (those of its view key).
    bool errorPasses(const ErrorTable &errors, std::uint32_t error) const
    {
        const RowRef row = errors.viewRow()[error];
        return row != ErrorTable::kNoView ? passes(row) : m_unresolvedPasses[error] != 0;
    }

private:
    std::vector<std::uint64_t> m_bits; ///< by RowRef: 1 where the page view passes
    std::vector<bool> m_chunkAny;
    std::vector<std::uint8_t> m_unresolvedPasses; ///< by error, for those without a page view
};

} // namespace rumscope
