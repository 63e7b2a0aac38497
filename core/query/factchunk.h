#pragma once
// Up to kChunkRows page views in columns, in the order of their ids: the unit the fact table
// shares between its versions, scans hand to a worker, and the column snapshot writes.

#include "column.h"
#include "dimension.h"
#include "model/metric.h"
#include "rowset.h"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace rumscope {

/// A dimension value's code in its dictionary: 0 is "no value", and overflowCode() stands for
/// every value past the dictionary's limit. Label dimensions keep theirs in 16 bits, URLs
/// (thousands of products, articles, searches) in 32.
using DimensionCode = std::uint32_t;
using LabelCode = std::uint16_t;
using UrlCode = std::uint32_t;
inline constexpr DimensionCode kLabelOverflowCode = 0xFFFF;
inline constexpr DimensionCode kUrlOverflowCode = 0xFFFFFFFF;
/// How many distinct URLs the engine tells apart; the rest count as one, "(other)".
inline constexpr size_t kMaxUrls = 1'000'000;
inline constexpr DimensionCode overflowCode(Dimension dimension)
{
    return dimension == Dimension::Url ? kUrlOverflowCode : kLabelOverflowCode;
}
inline constexpr size_t dictionaryLimit(Dimension dimension)
{
    return dimension == Dimension::Url ? kMaxUrls : size_t(kLabelOverflowCode);
}
inline constexpr size_t kMetricCount = kAllMetrics.size();

/// One page view's facts, as they go into a chunk.
struct FactRow
{
    qint64 id = 0; ///< pageviews.id
    qint64 time = 0;
    std::uint32_t session = 0;                 ///< sessions.id; 0 for none
    std::array<float, kMetricCount> metrics{}; ///< NaN where the page view has no value
    std::array<DimensionCode, kColumnDimensionCount> codes{}; ///< by Dimension
    bool hasError = false;
};

struct FactChunk
{
    Column<qint64> id;
    Column<qint64> time;
    Column<std::uint32_t> session;
    std::array<Column<float>, kMetricCount> metrics;
    /// Each row's bin and rating of the metric: bin | rating << kRatingShift, or kNoSample.
    std::array<Column<std::uint16_t>, kMetricCount> binned;
    std::array<Column<LabelCode>, kLabelDimensionCount> codes; ///< the label dimensions
    Column<UrlCode> urls;
    Column<std::uint8_t> hasError; ///< 1 where an error happened on the page view
    qint64 minTime = std::numeric_limits<qint64>::max();
    qint64 maxTime = std::numeric_limits<qint64>::min();
    std::uint32_t maxSession = 0;

    static constexpr std::uint16_t kNoSample = 0xFFFF;
    static constexpr int kRatingShift = 10;

    size_t size() const { return id.size(); }
    DimensionCode code(Dimension dimension, size_t row) const
    {
        return dimension == Dimension::Url ? urls[row] : codes[size_t(dimension)][row];
    }
    /// Calls fn(codes) with the dimension's column: LabelCode or UrlCode values.
    template<class Fn> decltype(auto) withCodes(Dimension dimension, Fn &&fn) const
    {
        return dimension == Dimension::Url ? fn(urls.data()) : fn(codes[size_t(dimension)].data());
    }
    void reserve(size_t rows);
    void append(const FactRow &row);
    void replace(size_t row, const FactRow &facts);
    /// Works out minTime, maxTime and maxSession again (after replace).
    void summarize();
};

/// The bin | rating code of a value (NaN: kNoSample).
std::uint16_t binnedValue(Metric metric, float value);

} // namespace rumscope
