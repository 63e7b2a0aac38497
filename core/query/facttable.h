#pragma once
// The page-view facts in columns, chunk by chunk in the order of their ids, every dimension
// dictionary-encoded. A table is a value: copies share their chunks, and an editor copies only
// the chunks it changes, so a newer version (rows appended, a page view completed by a later
// beacon) costs what changed while queries go on reading the older one.

#include "common/progress.h"
#include "common/result.h"
#include "factchunk.h"
#include "valuebins.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace rumscope {

/// How a metric's values fall into bins for percentiles (metricscan.h): fixed per metric, so
/// that rows appended later bin like the rest.
const ValueBins &metricBins(Metric metric);

class FactTable
{
public:
    using Code = DimensionCode;
    static constexpr std::uint16_t kNoSample = FactChunk::kNoSample;
    static constexpr int kRatingShift = FactChunk::kRatingShift;

    FactTable();

    /// Reads every page view of the store. `errorViews` are the view keys (ErrorTable::viewKey)
    /// errors happened on: those page views are marked as having an error, and their rows
    /// reported in `rowOfView`. `maxId` is the largest page-view id to read (the snapshot the
    /// caller reads the rest of the store in).
    static Result<FactTable> load(const QString &storePath, qint64 maxId, const Progress &progress,
                                  const std::unordered_set<quint64> &errorViews = {},
                                  std::unordered_map<quint64, RowRef> *rowOfView = nullptr);

    qint64 rows() const { return m_rows; }
    size_t chunkCount() const { return m_chunks.size(); }
    const FactChunk &chunk(size_t index) const { return *m_chunks[index]; }

    /// code → value; entry 0 is the empty string. Column dimensions only (not ErrorGroup).
    const QStringList &dictionary(Dimension dimension) const
    {
        return m_dictionaries[size_t(dimension)];
    }
    /// The code of a dimension's value; none when no page view has it. "" is code 0.
    std::optional<Code> codeOf(Dimension dimension, const QString &value) const
    {
        if (!isColumnDimension(dimension))
            return std::nullopt;
        if (value.isEmpty())
            return Code(0);
        const auto found = m_codeOf[size_t(dimension)].constFind(value);
        return found == m_codeOf[size_t(dimension)].cend() ? std::nullopt
                                                           : std::optional<Code>(*found);
    }
    std::uint32_t maxSession() const { return m_maxSession; }
    qint64 minTime() const { return m_minTime; } ///< of all rows; 0 when empty
    qint64 maxTime() const { return m_maxTime; }
    qint64 maxId() const; ///< the largest page-view id held; 0 when empty
    /// Where the page view with this id is.
    std::optional<RowRef> find(qint64 id) const;

    qint64 time(RowRef ref) const { return chunk(chunkOf(ref)).time[rowInChunk(ref)]; }
    std::uint32_t session(RowRef ref) const { return chunk(chunkOf(ref)).session[rowInChunk(ref)]; }
    Code code(Dimension dimension, RowRef ref) const
    {
        return chunk(chunkOf(ref)).code(dimension, rowInChunk(ref));
    }
    float metric(Metric metric, RowRef ref) const
    {
        return chunk(chunkOf(ref)).metrics[size_t(metric)][rowInChunk(ref)];
    }
    std::uint16_t binned(Metric metric, RowRef ref) const
    {
        return chunk(chunkOf(ref)).binned[size_t(metric)][rowInChunk(ref)];
    }

private:
    friend class FactTableEditor;
    std::vector<std::shared_ptr<const FactChunk>> m_chunks;
    std::array<QStringList, kColumnDimensionCount> m_dictionaries;
    std::array<QHash<QString, Code>, kColumnDimensionCount> m_codeOf;
    qint64 m_rows = 0;
    std::uint32_t m_maxSession = 0;
    qint64 m_minTime = 0;
    qint64 m_maxTime = 0;
};

/// Makes a new version of a table: appends page views, replaces those a later beacon
/// completed, marks those an error happened on. Chunks it changes are copied first.
class FactTableEditor
{
public:
    explicit FactTableEditor(FactTable base = {});

    /// The code of a dimension's value, added to the dictionary when new.
    FactTable::Code code(Dimension dimension, const QString &value);
    /// Appends whole chunks (a loader's); their codes must be this table's.
    void appendChunk(std::shared_ptr<FactChunk> chunk);
    /// Appends a page view; its id must be larger than every id in the table.
    RowRef append(const FactRow &row);
    void replace(RowRef ref, const FactRow &row);
    void markError(RowRef ref);
    /// Sets a dimension's dictionary (a loader's, whose codes the chunks already hold).
    void setDictionary(Dimension dimension, QStringList values);

    const FactTable &table() const { return m_table; }
    FactTable finish();

private:
    FactChunk &writable(size_t chunk);
    FactTable m_table;
    std::unordered_map<size_t, FactChunk *> m_owned;
};

} // namespace rumscope
