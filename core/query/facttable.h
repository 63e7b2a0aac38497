#pragma once
// The page-view facts in columns: times, session, the rated metrics as floats and every
// dimension dictionary-encoded. Rows are sorted by time.

#include "common/progress.h"
#include "common/result.h"
#include "dimension.h"
#include "model/metric.h"
#include "valuebins.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rumscope {

class FactTable
{
public:
    using Code = std::uint16_t; ///< 0 is "no value"; kOverflowCode collects values past 65,534
    static constexpr Code kOverflowCode = 0xFFFF;

    /// Reads the page views of the store. `errorViews` are the view keys (ErrorTable::viewKey)
    /// errors happened on: those page views are marked as having an error, and their rows
    /// reported in `rowOfView`.
    static Result<FactTable> load(const QString &storePath, const Progress &progress,
                                  const std::unordered_set<quint64> &errorViews = {},
                                  std::unordered_map<quint64, std::uint32_t> *rowOfView = nullptr);

    qint64 rows() const { return qint64(m_time.size()); }
    const std::vector<qint64> &time() const { return m_time; }
    const std::vector<std::uint32_t> &session() const { return m_session; }
    const std::vector<float> &metric(Metric metric) const { return m_metrics[size_t(metric)]; }
    const std::vector<Code> &codes(Dimension dimension) const { return m_codes[size_t(dimension)]; }
    /// 1 where an error happened on the page view.
    const std::vector<std::uint8_t> &hasError() const { return m_hasError; }
    /// code → value; entry 0 is the empty string.
    const QStringList &dictionary(Dimension dimension) const
    {
        return m_dictionaries[size_t(dimension)];
    }
    std::uint32_t maxSession() const { return m_maxSession; }
    /// How the metric's values fall into bins for percentiles (metricscan.h).
    const ValueBins &bins(Metric metric) const { return m_bins[size_t(metric)]; }
    /// Each row's bin and rating of the metric, worked out once: bin | rating << 10, or
    /// kNoSample where the page view has no value.
    const std::vector<std::uint16_t> &binned(Metric metric) const
    {
        return m_binned[size_t(metric)];
    }
    static constexpr std::uint16_t kNoSample = 0xFFFF;
    static constexpr int kRatingShift = 10;

private:
    friend class FactTableBuilder;
    std::vector<qint64> m_time;
    std::vector<std::uint32_t> m_session;
    std::array<std::vector<float>, kAllMetrics.size()> m_metrics;
    std::array<std::vector<Code>, kDimensionCount> m_codes;
    std::vector<std::uint8_t> m_hasError;
    std::array<QStringList, kDimensionCount> m_dictionaries;
    std::array<ValueBins, kAllMetrics.size()> m_bins;
    std::array<std::vector<std::uint16_t>, kAllMetrics.size()> m_binned;
    std::uint32_t m_maxSession = 0;
};

} // namespace rumscope
