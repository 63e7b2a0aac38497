#pragma once
// What a running query learns from the engine: whether its answer is still wanted (the engine
// counts the batches it was asked for, and a batch whose number is no longer the latest stops),
// and the engine's own threads to scan on. Not QtConcurrent's global pool: Qt's raster paint
// engine fills large areas on that pool, so a scan holding it would stall the GUI's painting.

#include <QtGlobal>

#include <atomic>

class QThreadPool;

namespace rumscope {

class Cancellation
{
public:
    Cancellation() = default; ///< never cancelled; scans run in the calling thread
    explicit Cancellation(QThreadPool *pool)
        : m_pool(pool)
    {}
    Cancellation(const std::atomic<quint64> *latest, quint64 mine, QThreadPool *pool)
        : m_latest(latest)
        , m_mine(mine)
        , m_pool(pool)
    {}

    /// The threads a scan may spread over; nullptr: the calling thread alone.
    QThreadPool *pool() const { return m_pool; }

    bool requested() const
    {
        return m_latest && m_latest->load(std::memory_order_relaxed) != m_mine;
    }

private:
    const std::atomic<quint64> *m_latest = nullptr;
    quint64 m_mine = 0;
    QThreadPool *m_pool = nullptr;
};

} // namespace rumscope
