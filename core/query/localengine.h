#pragma once
// The local query engine: in-memory columnar copies of the page-view and error facts, loaded
// from the store, answering batches of questions by parallel scans (metricscan.h).

#include "common/progress.h"
#include "common/result.h"
#include "errorgroups.h"
#include "histogram.h"
#include "metricquery.h"
#include "overview.h"
#include "sessionlist.h"

#include <atomic>
#include <functional>
#include <memory>
#include <variant>
#include <vector>

namespace rumscope {

struct EngineData;

using BatchQuery =
    std::variant<MetricQuery, OverviewQuery, ErrorGroupQuery, HistogramQuery, SessionQuery>;
using BatchAnswer = std::variant<MetricQueryResult, OverviewResult, ErrorGroupResult,
                                 HistogramResult, SessionListResult>;

struct BatchResult
{
    bool cancelled = false;           ///< a newer batch came first; answers is empty then
    std::vector<BatchAnswer> answers; ///< one per query, in order
};

class LocalEngine
{
public:
    /// Reads the page-view and error facts of the store at path (off the GUI thread: this
    /// takes a while on large stores). They come from the column snapshot beside the store
    /// (columnsnapshot.h) where one is, with what changed since read from the store; else
    /// from the store, and the snapshot is saved for the next time. Cancelled loads return an
    /// error.
    static Result<LocalEngine> load(const QString &storePath, const Progress &progress = {});

    LocalEngine();
    ~LocalEngine();
    LocalEngine(LocalEngine &&) noexcept;
    LocalEngine &operator=(LocalEngine &&) noexcept;

    /// Answers every query of a dashboard in one call: queries with the same filter share the
    /// work of selecting their page views, and a query asked twice is answered once. Starting
    /// a batch cancels the one running before it (from any thread): its result comes back
    /// cancelled. `answered(n)` is called after each of the n first answers (progress).
    BatchResult run(const std::vector<BatchQuery> &queries,
                    const std::function<void(size_t answered)> &answered = {}) const;

    MetricQueryResult run(const MetricQuery &query) const;
    OverviewResult overview(const OverviewQuery &query) const;
    ErrorGroupResult errorGroups(const ErrorGroupQuery &query) const;
    HistogramResult histogram(const HistogramQuery &query) const;
    /// Reads the sessions' details from the store: fails when it cannot be read.
    Result<SessionListResult> sessions(const SessionQuery &query) const;

    qint64 pageViews() const;
    qint64 errors() const;
    qint64 firstTime() const; ///< epoch ms of the earliest page view; 0 when empty
    qint64 lastTime() const;
    /// The distinct values of a dimension, most frequent first (ErrorGroup: the fingerprints,
    /// most errors first).
    QStringList values(Dimension dimension) const;

    /// Reads what was committed to the store since: appended page views and errors, page
    /// views a later beacon completed. Const: the engine is a view of its store, and this
    /// brings the view up to date (from any thread). Batches running meanwhile answer from
    /// what they started with; the next one sees the new rows. Returns how many rows changed.
    Result<qint64> refresh(const Progress &progress = {}) const;

private:
    struct Shared;
    EngineData data() const;
    template<class Answer, class Query> Answer answerOne(const Query &query) const;
    std::shared_ptr<Shared> m_shared;
};

} // namespace rumscope
