#pragma once
// Scans positions [0, size) on QtConcurrent's pool: one worker per thread, each with a state of
// its own (histograms, counters) that the caller merges afterwards, working blocks in turn so
// that a cancelled scan stops within one block.

#include "cancellation.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QThread>

#include <algorithm>
#include <numeric>
#include <vector>

namespace rumscope {

inline constexpr size_t kScanBlock = 1 << 16;

/// How many workers a scan of `size` positions is worth: one per thread, but a small scan is
/// not worth waking threads for.
inline int scanWorkers(size_t size)
{
    const int threads = std::max(1, QThread::idealThreadCount());
    return int(std::clamp<size_t>(size / (4 * kScanBlock) + 1, 1, size_t(threads)));
}

/// Runs fn(state, from, to) over the blocks of [0, size); worker w uses states[w], so
/// states.size() is the worker count. False when cancelled.
template<class State, class Fn>
bool parallelScan(size_t size, std::vector<State> &states, const Cancellation &cancellation, Fn fn)
{
    const size_t workers = std::max<size_t>(states.size(), 1);
    const size_t blocks = (size + kScanBlock - 1) / kScanBlock;
    std::vector<int> ids(workers);
    std::iota(ids.begin(), ids.end(), 0);
    auto work = [&](const int &id) {
        for (size_t block = size_t(id); block < blocks; block += workers) {
            if (cancellation.requested())
                return;
            const size_t from = block * kScanBlock;
            fn(states[size_t(id)], from, std::min(size, from + kScanBlock));
        }
    };
    if (workers == 1)
        work(ids.front());
    else
        QtConcurrent::blockingMap(ids, work);
    return !cancellation.requested();
}

} // namespace rumscope
