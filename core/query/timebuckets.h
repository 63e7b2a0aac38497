#pragma once
// UTC-aligned time buckets over a span, worked out without overflow wherever in the 64-bit
// range a filter puts the span's ends.

#include <QtGlobal>

#include <optional>

namespace rumscope {

struct BucketLayout
{
    qint64 first = 0; ///< epoch ms: the start of the bucket holding `from`
    qint64 width = 0;
    qint64 count = 0; ///< buckets up to the one holding to − 1
};

/// Buckets of `width` ms over [from, to); none for an empty span, a width of 0 or less, or
/// when a step would overflow.
inline std::optional<BucketLayout> bucketLayout(qint64 from, qint64 to, qint64 width)
{
    if (width <= 0 || from >= to)
        return std::nullopt;
    qint64 quotient = from / width;
    if (from % width < 0)
        --quotient;
    qint64 first = 0;
    qint64 span = 0;
    if (__builtin_mul_overflow(quotient, width, &first) ||
        __builtin_sub_overflow(to - 1, first, &span))
        return std::nullopt;
    const qint64 count = span / width + 1;
    if (count <= 0)
        return std::nullopt;
    return BucketLayout{first, width, count};
}

} // namespace rumscope
