#pragma once
// Turns the window's FilterState and the open store's engine into query results for the
// views: one batch of queries per change, run off the GUI thread, the latest request winning.
// Views never query; they get their results from here.

#include "query/localengine.h"
#include "query/overview.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace rumscope {

class FilterState;

class DashboardController : public QObject
{
    Q_OBJECT
public:
    explicit DashboardController(FilterState *state, QObject *parent = nullptr);
    ~DashboardController() override;

    /// Replaces the engine (nullptr: no store open) and re-queries.
    void setEngine(std::shared_ptr<const LocalEngine> engine);
    const std::shared_ptr<const LocalEngine> &engine() const { return m_engine; }

    /// The query the current FilterState asks of the current engine.
    OverviewQuery overviewQuery() const;
    bool isBusy() const { return m_running; }
    /// Incremented for every request; results of older requests are dropped.
    quint64 generation() const { return m_generation; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// The answer to the latest request, with the query it answers.
    void overviewReady(const rumscope::OverviewQuery &query,
                       const rumscope::OverviewResult &result);
    /// No engine: views show their empty state.
    void cleared();
    void busyChanged(bool busy);

private:
    void start();
    void finished();
    void setRunning(bool running);

    FilterState *m_state;
    std::shared_ptr<const LocalEngine> m_engine;
    // A watcher rather than .then(this, …): it detaches from a query still running when the
    // controller goes, where Qt 6.4's continuation would assert on the dead context.
    QFutureWatcher<OverviewResult> m_watcher;
    OverviewQuery m_runningQuery;
    quint64 m_runningGeneration = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace rumscope
