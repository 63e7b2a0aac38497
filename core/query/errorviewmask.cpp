#include "errorviewmask.h"

#include <unordered_set>

namespace rumscope {
namespace {

constexpr size_t kWordsPerChunk = kChunkRows / 64;

} // namespace

std::optional<ErrorViewMask> ErrorViewMask::of(const FactTable &facts, const ErrorTable &errors,
                                               const Filter &filter)
{
    std::vector<const DimensionFilter *> conditions;
    for (const DimensionFilter &condition : filter.dimensions) {
        if (condition.dimension == Dimension::ErrorGroup)
            conditions.push_back(&condition);
    }
    if (conditions.empty())
        return std::nullopt;

    const std::vector<ErrorTable::Group> &groups = errors.groups();
    const std::vector<std::uint32_t> &groupOf = errors.group();
    const std::vector<RowRef> &viewRow = errors.viewRow();
    const std::vector<quint64> &viewKey = errors.viewKey();
    const size_t words = facts.chunkCount() * kWordsPerChunk;
    const auto errorCount = size_t(errors.rows());

    ErrorViewMask mask;
    mask.m_bits.assign(words, ~std::uint64_t(0));
    mask.m_unresolvedPasses.assign(errorCount, 1);
    std::vector<std::uint64_t> marked;
    std::vector<bool> wanted;
    for (const DimensionFilter *condition : conditions) {
        wanted.assign(groups.size(), false);
        for (size_t g = 0; g < groups.size(); ++g)
            wanted[g] = condition->values.contains(groups[g].fingerprint);
        // The page views with a wanted error: rows of the table, and view keys of those
        // not in it yet.
        marked.assign(words, 0);
        std::unordered_set<quint64> markedKeys;
        for (size_t e = 0; e < errorCount; ++e) {
            if (!wanted[groupOf[e]])
                continue;
            if (viewRow[e] != ErrorTable::kNoView)
                marked[viewRow[e] >> 6] |= std::uint64_t(1) << (viewRow[e] & 63);
            else if (viewKey[e] != 0)
                markedKeys.insert(viewKey[e]);
        }
        for (size_t w = 0; w < words; ++w)
            mask.m_bits[w] &= condition->exclude ? ~marked[w] : marked[w];
        for (size_t e = 0; e < errorCount; ++e) {
            if (viewRow[e] != ErrorTable::kNoView)
                continue;
            const bool has =
                viewKey[e] != 0 ? markedKeys.count(viewKey[e]) > 0 : bool(wanted[groupOf[e]]);
            if (has == condition->exclude)
                mask.m_unresolvedPasses[e] = 0;
        }
    }
    mask.m_chunkAny.assign(facts.chunkCount(), false);
    for (size_t c = 0; c < facts.chunkCount(); ++c) {
        for (size_t w = c * kWordsPerChunk; w < (c + 1) * kWordsPerChunk; ++w) {
            if (mask.m_bits[w]) {
                mask.m_chunkAny[c] = true;
                break;
            }
        }
    }
    return mask;
}

} // namespace rumscope
