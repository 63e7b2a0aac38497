#pragma once
// Drops progress reports that would not move a bar by a visible amount, so a worker calling
// back for every record does not flood the GUI thread's event queue.

#include <QtGlobal>

#include <algorithm>
#include <atomic>

namespace rumscope {

class ProgressThrottle
{
public:
    /// True when done/total advanced by at least 0.1 % since the last report that passed (safe
    /// to call from several threads at once; exactly one caller wins each step).
    bool pass(qint64 done, qint64 total)
    {
        const int permille = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
        int last = m_last.load(std::memory_order_relaxed);
        while (permille > last) {
            if (m_last.compare_exchange_weak(last, permille, std::memory_order_relaxed))
                return true;
        }
        return false;
    }
    void reset() { m_last.store(-1, std::memory_order_relaxed); }

private:
    std::atomic_int m_last{-1};
};

} // namespace rumscope
