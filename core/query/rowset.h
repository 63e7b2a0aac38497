#pragma once
// The page views (or errors) a filter selects: a contiguous range of rows when only the time
// range narrows them (rows are kept in time order), else the list of matching rows.

#include <cstdint>
#include <vector>

namespace rumscope {

struct RowSet
{
    std::uint32_t first = 0; ///< the range, when `listed` is false
    std::uint32_t last = 0;
    bool listed = false;
    std::vector<std::uint32_t> rows; ///< ascending, when `listed`

    static RowSet range(std::uint32_t first, std::uint32_t last)
    {
        return {first, last, false, {}};
    }

    size_t size() const { return listed ? rows.size() : size_t(last - first); }
    bool empty() const { return size() == 0; }
    std::uint32_t front() const { return listed ? rows.front() : first; }
    std::uint32_t back() const { return listed ? rows.back() : last - 1; }

    /// Calls fn(row) for the rows at positions [from, to) of the set, in order.
    template<class Fn> void visit(size_t from, size_t to, Fn &&fn) const
    {
        if (listed) {
            for (size_t i = from; i < to; ++i)
                fn(rows[i]);
        } else {
            for (std::uint32_t row = first + std::uint32_t(from); row < first + std::uint32_t(to);
                 ++row)
                fn(row);
        }
    }
};

} // namespace rumscope
