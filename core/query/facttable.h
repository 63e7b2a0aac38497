#pragma once
// The page-view facts in columns: times, session, the rated metrics as floats and every
// dimension dictionary-encoded. Rows are sorted by time.

#include "common/progress.h"
#include "common/result.h"
#include "dimension.h"
#include "model/metric.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace rumscope {

class FactTable
{
public:
    using Code = std::uint16_t; ///< 0 is "no value"; kOverflowCode collects values past 65,534
    static constexpr Code kOverflowCode = 0xFFFF;

    static Result<FactTable> load(const QString &storePath, const Progress &progress);

    qint64 rows() const { return qint64(m_time.size()); }
    const std::vector<qint64> &time() const { return m_time; }
    const std::vector<std::uint32_t> &session() const { return m_session; }
    const std::vector<float> &metric(Metric metric) const { return m_metrics[size_t(metric)]; }
    const std::vector<Code> &codes(Dimension dimension) const { return m_codes[size_t(dimension)]; }
    /// code → value; entry 0 is the empty string.
    const QStringList &dictionary(Dimension dimension) const
    {
        return m_dictionaries[size_t(dimension)];
    }
    std::uint32_t maxSession() const { return m_maxSession; }

private:
    friend class FactTableBuilder;
    std::vector<qint64> m_time;
    std::vector<std::uint32_t> m_session;
    std::array<std::vector<float>, kAllMetrics.size()> m_metrics;
    std::array<std::vector<Code>, kDimensionCount> m_codes;
    std::array<QStringList, kDimensionCount> m_dictionaries;
    std::uint32_t m_maxSession = 0;
};

} // namespace rumscope
