#pragma once
// Keeps the open store's engine up to date while something writes to the store (an import, a
// collector): poke() it after a commit, and at most every interval it has the engine read what
// was committed since, off the GUI thread, and says how many rows changed.

#include "query/localengine.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace rumscope {

class EngineFollower : public QObject
{
    Q_OBJECT
public:
    explicit EngineFollower(QObject *parent = nullptr);
    ~EngineFollower() override; ///< stops a running catch-up and waits for it

    /// The engine to keep up to date (nullptr: none).
    void setEngine(std::shared_ptr<const LocalEngine> engine);
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isBusy() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    /// Something was committed: catch up within the interval.
    void poke();

Q_SIGNALS:
    /// The engine now answers with `changed` more or changed rows (never emitted for 0).
    void refreshed(qint64 changed);
    void failed(const QString &message);

private:
    void start();
    void finished();

    std::shared_ptr<const LocalEngine> m_engine;
    QTimer m_timer;
    bool m_pending = false;
    QFutureWatcher<Result<qint64>> m_watcher;
    std::shared_ptr<const LocalEngine> m_running; ///< the engine the running catch-up updates
    /// Set to stop the running catch-up (a reload after a deletion can take long).
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Its own thread: a catch-up never waits behind, or holds up, the queries of the pool.
    QThreadPool m_pool;
};

} // namespace rumscope
