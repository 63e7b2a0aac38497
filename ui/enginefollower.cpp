#include "enginefollower.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rumscope {

EngineFollower::EngineFollower(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &EngineFollower::start);
    connect(&m_watcher, &QFutureWatcher<Result<qint64>>::finished, this, &EngineFollower::finished);
}

EngineFollower::~EngineFollower()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void EngineFollower::setEngine(std::shared_ptr<const LocalEngine> engine)
{
    m_engine = std::move(engine);
    m_pending = false;
    m_timer.stop();
    if (m_cancel)
        m_cancel->store(true); // it catches up an engine no one shows any more
}

void EngineFollower::poke()
{
    if (!m_engine)
        return;
    if (m_watcher.isRunning())
        m_pending = true;
    else if (!m_timer.isActive())
        m_timer.start();
}

void EngineFollower::start()
{
    if (!m_engine || m_watcher.isRunning())
        return;
    m_pending = false;
    m_running = m_engine;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [engine = m_running] { return engine->refresh(); }));
}

void EngineFollower::finished()
{
    const Result<qint64> result = m_watcher.result();
    const bool current = m_running == m_engine; // not replaced meanwhile
    m_running.reset();
    if (current) {
        if (!result)
            Q_EMIT failed(result.error().message);
        else if (result.value() > 0)
            Q_EMIT refreshed(result.value());
    }
    if (m_pending)
        m_timer.start();
}

} // namespace rumscope
