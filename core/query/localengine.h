#pragma once
// The local query engine: an in-memory columnar copy of the page-view facts, loaded from the
// store, answering MetricQuery and OverviewQuery by parallel scans.

#include "common/progress.h"
#include "common/result.h"
#include "metricquery.h"
#include "overview.h"

#include <memory>

namespace rumscope {

class FactTable;

class LocalEngine
{
public:
    /// Reads the page-view facts of the store at path (off the GUI thread: this takes a while
    /// on large stores). Cancelled loads return an error.
    static Result<LocalEngine> load(const QString &storePath, const Progress &progress = {});

    LocalEngine();
    ~LocalEngine();
    LocalEngine(LocalEngine &&) noexcept;
    LocalEngine &operator=(LocalEngine &&) noexcept;

    MetricQueryResult run(const MetricQuery &query) const;
    OverviewResult overview(const OverviewQuery &query) const;

    qint64 pageViews() const;
    qint64 firstTime() const; ///< epoch ms of the earliest page view; 0 when empty
    qint64 lastTime() const;
    /// The distinct values of a dimension, most frequent first.
    QStringList values(Dimension dimension) const;

private:
    std::shared_ptr<const FactTable> m_facts;
};

} // namespace rumscope
