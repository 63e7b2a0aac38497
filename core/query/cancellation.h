#pragma once
// How a running query learns that its answer is no longer wanted: the engine counts the
// batches it was asked for, and a batch whose number is no longer the latest stops.

#include <QtGlobal>

#include <atomic>

namespace rumscope {

class Cancellation
{
public:
    Cancellation() = default; ///< never cancelled
    Cancellation(const std::atomic<quint64> *latest, quint64 mine)
        : m_latest(latest)
        , m_mine(mine)
    {}

    bool requested() const
    {
        return m_latest && m_latest->load(std::memory_order_relaxed) != m_mine;
    }

private:
    const std::atomic<quint64> *m_latest = nullptr;
    quint64 m_mine = 0;
};

} // namespace rumscope
