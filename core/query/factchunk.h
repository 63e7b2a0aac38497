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

using DimensionCode = std::uint16_t; ///< 0 is "no value"; kOverflowCode collects the rest
inline constexpr DimensionCode kOverflowCode = 0xFFFF;
inline constexpr size_t kMetricCount = kAllMetrics.size();

/// One page view's facts, as they go into a chunk.
struct FactRow
{
    qint64 id = 0; ///< pageviews.id
    qint64 time = 0;
    std::uint32_t session = 0;                 ///< sessions.id; 0 for none
    std::array<float, kMetricCount> metrics{}; ///< NaN where the page view has no value
    std::array<DimensionCode, kDimensionCount> codes{};
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
    std::array<Column<DimensionCode>, kDimensionCount> codes;
    Column<std::uint8_t> hasError; ///< 1 where an error happened on the page view
    qint64 minTime = std::numeric_limits<qint64>::max();
    qint64 maxTime = std::numeric_limits<qint64>::min();
    std::uint32_t maxSession = 0;

    static constexpr std::uint16_t kNoSample = 0xFFFF;
    static constexpr int kRatingShift = 10;

    size_t size() const { return id.size(); }
    void reserve(size_t rows);
    void append(const FactRow &row);
    void replace(size_t row, const FactRow &facts);
    /// Works out minTime, maxTime and maxSession again (after replace).
    void summarize();
};

/// The bin | rating code of a value (NaN: kNoSample).
std::uint16_t binnedValue(Metric metric, float value);

} // namespace rumscope
