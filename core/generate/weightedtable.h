#pragma once
// Picks an index with probability proportional to its weight (cumulative sums and a binary
// search), the generator's way to draw countries, browsers, routes and errors.

#include "random.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace rumscope {

class WeightedTable
{
public:
    WeightedTable() = default;
    template<class Range> explicit WeightedTable(const Range &weights)
    {
        for (double weight : weights)
            add(weight);
    }

    void add(double weight)
    {
        m_total += std::max(weight, 0.0);
        m_cumulative.push_back(m_total);
    }
    /// Zipf weights 1/rank^exponent for ranks 1…count.
    static WeightedTable zipf(int count, double exponent)
    {
        WeightedTable table;
        for (int rank = 1; rank <= count; ++rank)
            table.add(1.0 / std::pow(double(rank), exponent));
        return table;
    }

    int size() const { return int(m_cumulative.size()); }
    double total() const { return m_total; }

    int pick(Random &random) const { return pickAt(random.uniform() * m_total); }
    /// The index whose cumulative range holds mass, 0 ≤ mass < total().
    int pickAt(double mass) const
    {
        // upper_bound skips zero-weight entries: their cumulative sum equals their predecessor's.
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), mass);
        return std::min(int(it - m_cumulative.begin()), size() - 1);
    }

private:
    std::vector<double> m_cumulative;
    double m_total = 0;
};

} // namespace rumscope
