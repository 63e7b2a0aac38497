#pragma once
// A filter's conditions on column dimensions as masks over dictionary codes: a page view
// passes when each mask passes its code.

#include "facttable.h"
#include "filter.h"

#include <vector>

namespace rumscope {

/// Which codes of a dimension pass its conditions: one entry per dictionary code, and a last
/// one for the values past the dictionary's limit (whose text is not known: they pass only
/// exclusions).
struct CodeMask
{
    Dimension dimension = Dimension::Country;
    std::vector<bool> passes;

    bool test(DimensionCode code) const
    {
        return passes[std::min<size_t>(code, passes.size() - 1)];
    }
};
using CodeMasks = std::vector<CodeMask>;

/// One mask per column dimension the filter has conditions on (ErrorGroup conditions are
/// ErrorViewMask's).
CodeMasks codeMasks(const FactTable &facts, const Filter &filter);

} // namespace rumscope
