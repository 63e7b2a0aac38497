#pragma once
// Ordered bins of one metric's values, by their float bits: the first step of an exact
// percentile. A scan counts each group's values per bin, the rank a percentile asks for is
// found in those counts, and only the values of that one bin are then collected and sorted.
//
// The mapping only has to be monotonic — a larger value never lands in a lower bin. For
// positive floats the bit pattern is ordered like the value, so the top bits give bins of
// equal relative width (about 1 % with 7 mantissa bits) across the range the metric spans.
// Values outside the range the bins were made for (appended later) clamp to the end bins:
// still monotonic, so still exact, only those bins hold more.

#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <cstdint>

namespace rumscope {

class ValueBins
{
public:
    static constexpr int kCount = 1024;

    ValueBins() = default;

    /// Bins for positive values from `smallest` to `largest` (zero and below get bin 0).
    static ValueBins forRange(float smallest, float largest)
    {
        ValueBins bins;
        if (!(smallest > 0) || !(largest >= smallest))
            return bins;
        for (int shift = 8; shift < 32; ++shift) {
            const std::uint32_t low = std::bit_cast<std::uint32_t>(smallest) >> shift;
            const std::uint32_t high = std::bit_cast<std::uint32_t>(largest) >> shift;
            if (high - low <= std::uint32_t(kCount - 2)) {
                bins.m_shift = shift;
                bins.m_base = low;
                return bins;
            }
        }
        return bins;
    }

    /// 0 for zero and below, 1 … kCount − 1 for positive values, in value order. Not for NaN.
    int bin(float value) const
    {
        if (!(value > 0))
            return 0;
        const std::uint32_t key = std::bit_cast<std::uint32_t>(value) >> m_shift;
        const std::uint32_t offset = key > m_base ? key - m_base : 0;
        return 1 + int(std::min(offset, std::uint32_t(kCount - 2)));
    }

    /// The smallest value of bin `bin` (1 … kCount − 1); bin 1 also holds everything smaller
    /// than it and the last bin everything larger.
    float lowerEdge(int bin) const
    {
        if (bin <= 1)
            return 0;
        return std::bit_cast<float>(std::uint32_t(m_base + std::uint32_t(bin - 1)) << m_shift);
    }

private:
    int m_shift = 31; ///< every positive value in one bin until a range is known
    std::uint32_t m_base = 0;
};

} // namespace rumscope
