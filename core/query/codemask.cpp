#include "codemask.h"

#include <algorithm>

namespace rumscope {

CodeMasks codeMasks(const FactTable &facts, const Filter &filter)
{
    CodeMasks result;
    for (const DimensionFilter &condition : filter.dimensions) {
        if (!isColumnDimension(condition.dimension))
            continue;
        const auto size = size_t(facts.dictionary(condition.dimension).size());
        std::vector<bool> mask(size + 1, condition.exclude);
        for (const QString &value : condition.values) {
            // "" is the code of page views without a value: a filter may ask for those too.
            if (const std::optional<DimensionCode> code = facts.codeOf(condition.dimension, value))
                mask[*code] = !condition.exclude;
        }
        // Conditions on one dimension narrow each other, like every other condition.
        auto same = std::find_if(result.begin(), result.end(), [&](const CodeMask &m) {
            return m.dimension == condition.dimension;
        });
        if (same == result.end()) {
            result.push_back({condition.dimension, std::move(mask)});
        } else {
            for (size_t i = 0; i < mask.size(); ++i)
                same->passes[i] = same->passes[i] && mask[i];
        }
    }
    return result;
}

} // namespace rumscope
