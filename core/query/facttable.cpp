#include "facttable.h"

#include <algorithm>
#include <cmath>

namespace rumscope {

const ValueBins &metricBins(Metric metric)
{
    // Wide enough for any value a browser reports (below 0.01 ms or above 17 minutes, values
    // share the end bins: still exact, only slower to refine); about 3 % per bin.
    static const std::array<ValueBins, kMetricCount> bins = [] {
        std::array<ValueBins, kMetricCount> all;
        for (size_t m = 0; m < kMetricCount; ++m) {
            all[m] = metricInfo(kAllMetrics[m]).unitless ? ValueBins::forRange(1e-5f, 100.0f)
                                                         : ValueBins::forRange(0.01f, 1e6f);
        }
        return all;
    }();
    return bins[size_t(metric)];
}

std::uint16_t binnedValue(Metric metric, float value)
{
    if (std::isnan(value))
        return FactChunk::kNoSample;
    const MetricInfo &info = metricInfo(metric);
    const int rating = int(value > float(info.goodUpTo)) + int(value > float(info.poorAbove));
    return std::uint16_t(metricBins(metric).bin(value) | rating << FactChunk::kRatingShift);
}

void FactChunk::reserve(size_t rows)
{
    id.reserve(rows);
    time.reserve(rows);
    session.reserve(rows);
    for (auto &column : metrics)
        column.reserve(rows);
    for (auto &column : binned)
        column.reserve(rows);
    for (auto &column : codes)
        column.reserve(rows);
    hasError.reserve(rows);
}

void FactChunk::append(const FactRow &row)
{
    id.push_back(row.id);
    time.push_back(row.time);
    session.push_back(row.session);
    for (size_t m = 0; m < kMetricCount; ++m) {
        // A value beyond float's range (only a damaged or hostile store has one) would stretch
        // every bin: it counts as no value, like NULL.
        const float value = std::isfinite(row.metrics[m]) ? row.metrics[m]
                                                          : std::numeric_limits<float>::quiet_NaN();
        metrics[m].push_back(value);
        binned[m].push_back(binnedValue(kAllMetrics[m], value));
    }
    for (size_t d = 0; d < size_t(kLabelDimensionCount); ++d)
        codes[d].push_back(LabelCode(row.codes[d]));
    urls.push_back(row.codes[size_t(Dimension::Url)]);
    hasError.push_back(row.hasError ? 1 : 0);
    minTime = std::min(minTime, row.time);
    maxTime = std::max(maxTime, row.time);
    maxSession = std::max(maxSession, row.session);
}

void FactChunk::replace(size_t row, const FactRow &facts)
{
    id.mutableData()[row] = facts.id;
    time.mutableData()[row] = facts.time;
    session.mutableData()[row] = facts.session;
    for (size_t m = 0; m < kMetricCount; ++m) {
        const float value = std::isfinite(facts.metrics[m])
                                ? facts.metrics[m]
                                : std::numeric_limits<float>::quiet_NaN();
        metrics[m].mutableData()[row] = value;
        binned[m].mutableData()[row] = binnedValue(kAllMetrics[m], value);
    }
    for (size_t d = 0; d < size_t(kLabelDimensionCount); ++d)
        codes[d].mutableData()[row] = LabelCode(facts.codes[d]);
    urls.mutableData()[row] = facts.codes[size_t(Dimension::Url)];
    if (facts.hasError)
        hasError.mutableData()[row] = 1;
}

void FactChunk::summarize()
{
    minTime = std::numeric_limits<qint64>::max();
    maxTime = std::numeric_limits<qint64>::min();
    for (const qint64 t : time) {
        minTime = std::min(minTime, t);
        maxTime = std::max(maxTime, t);
    }
    maxSession = session.empty() ? 0 : *std::max_element(session.begin(), session.end());
}

FactTable::FactTable()
{
    for (QStringList &dictionary : m_dictionaries)
        dictionary.append(QString());
}

qint64 FactTable::maxId() const
{
    return m_chunks.empty() ? 0 : m_chunks.back()->id.back();
}

std::optional<RowRef> FactTable::find(qint64 id) const
{
    // Chunks hold ascending ids: the last chunk starting at or before the id.
    const auto after = std::upper_bound(
        m_chunks.begin(), m_chunks.end(), id,
        [](qint64 wanted, const std::shared_ptr<const FactChunk> &c) { return wanted < c->id[0]; });
    if (after == m_chunks.begin())
        return std::nullopt;
    const size_t index = size_t(after - m_chunks.begin()) - 1;
    const Column<qint64> &ids = m_chunks[index]->id;
    const auto found = std::lower_bound(ids.begin(), ids.end(), id);
    if (found == ids.end() || *found != id)
        return std::nullopt;
    return rowRef(index, size_t(found - ids.begin()));
}

FactTableEditor::FactTableEditor(FactTable base)
    : m_table(std::move(base))
{}

FactTable::Code FactTableEditor::code(Dimension dimension, const QString &value)
{
    if (value.isEmpty())
        return 0;
    QHash<QString, FactTable::Code> &codeOf = m_table.m_codeOf[size_t(dimension)];
    if (const auto found = codeOf.constFind(value); found != codeOf.cend())
        return *found;
    QStringList &dictionary = m_table.m_dictionaries[size_t(dimension)];
    if (size_t(dictionary.size()) >= dictionaryLimit(dimension))
        return overflowCode(dimension);
    const auto code = FactTable::Code(dictionary.size());
    dictionary.append(value);
    codeOf.insert(value, code);
    return code;
}

void FactTableEditor::setDictionary(Dimension dimension, QStringList values)
{
    QHash<QString, FactTable::Code> codeOf;
    codeOf.reserve(values.size());
    for (qsizetype code = 1; code < values.size(); ++code)
        codeOf.insert(values[code], FactTable::Code(code));
    m_table.m_dictionaries[size_t(dimension)] = std::move(values);
    m_table.m_codeOf[size_t(dimension)] = std::move(codeOf);
}

void FactTableEditor::appendChunk(std::shared_ptr<FactChunk> chunk)
{
    if (chunk->size() == 0)
        return;
    m_owned[m_table.m_chunks.size()] = chunk.get();
    m_table.m_chunks.push_back(std::move(chunk));
}

FactChunk &FactTableEditor::writable(size_t chunk)
{
    if (const auto owned = m_owned.find(chunk); owned != m_owned.end())
        return *owned->second;
    auto copy = std::make_shared<FactChunk>(*m_table.m_chunks[chunk]);
    FactChunk &result = *copy;
    m_owned[chunk] = copy.get();
    m_table.m_chunks[chunk] = std::move(copy);
    return result;
}

RowRef FactTableEditor::append(const FactRow &row)
{
    auto &chunks = m_table.m_chunks;
    if (chunks.empty() || chunks.back()->size() >= kChunkRows) {
        auto chunk = std::make_shared<FactChunk>();
        chunk->reserve(kChunkRows);
        m_owned[chunks.size()] = chunk.get();
        chunks.push_back(std::move(chunk));
    }
    FactChunk &last = writable(chunks.size() - 1);
    last.append(row);
    return rowRef(chunks.size() - 1, last.size() - 1);
}

void FactTableEditor::replace(RowRef ref, const FactRow &row)
{
    writable(chunkOf(ref)).replace(rowInChunk(ref), row);
}

void FactTableEditor::markError(RowRef ref)
{
    if (m_table.chunk(chunkOf(ref)).hasError[rowInChunk(ref)])
        return;
    writable(chunkOf(ref)).hasError.mutableData()[rowInChunk(ref)] = 1;
}

FactTable FactTableEditor::finish()
{
    for (auto &[index, chunk] : m_owned)
        chunk->summarize();
    m_owned.clear();
    FactTable &table = m_table;
    table.m_rows = 0;
    table.m_maxSession = 0;
    table.m_minTime = std::numeric_limits<qint64>::max();
    table.m_maxTime = std::numeric_limits<qint64>::min();
    for (const auto &chunk : table.m_chunks) {
        table.m_rows += qint64(chunk->size());
        table.m_maxSession = std::max(table.m_maxSession, chunk->maxSession);
        table.m_minTime = std::min(table.m_minTime, chunk->minTime);
        table.m_maxTime = std::max(table.m_maxTime, chunk->maxTime);
    }
    if (table.m_rows == 0)
        table.m_minTime = table.m_maxTime = 0;
    return std::move(m_table);
}

} // namespace rumscope
