#include "dashboardcontroller.h"

#include "filterstate.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rumscope {

DashboardController::DashboardController(FilterState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    connect(m_state, &FilterState::changed, this, &DashboardController::refresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DashboardController::finished);
}

// A running query holds its own reference to the engine; nothing to wait for.
DashboardController::~DashboardController() = default;

void DashboardController::setEngine(std::shared_ptr<const LocalEngine> engine)
{
    m_engine = std::move(engine);
    if (!m_engine) {
        ++m_generation; // whatever is still running answers for the old store
        Q_EMIT cleared();
        return;
    }
    refresh();
}

OverviewQuery DashboardController::overviewQuery() const
{
    OverviewQuery query;
    query.percentile = m_state->percentile();
    if (m_engine)
        query.filter = m_state->filter(m_engine->firstTime(), m_engine->lastTime());
    return query;
}

void DashboardController::refresh()
{
    if (!m_engine)
        return;
    ++m_generation;
    // One query at a time: while one runs, changes only mark the need for another, so
    // scrolling through the combo boxes never queues a pile of scans nobody will see.
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void DashboardController::start()
{
    m_pending = false;
    setRunning(true);
    m_runningGeneration = m_generation;
    m_runningQuery = overviewQuery();
    m_watcher.setFuture(QtConcurrent::run(
        [engine = m_engine, query = m_runningQuery] { return engine->overview(query); }));
}

void DashboardController::finished()
{
    if (m_pending && m_engine) {
        start();
        return;
    }
    setRunning(false);
    if (m_runningGeneration == m_generation && m_watcher.future().resultCount() > 0)
        Q_EMIT overviewReady(m_runningQuery, m_watcher.result());
}

void DashboardController::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT busyChanged(running);
}

} // namespace rumscope
