#pragma once
// Scans units of work (the chunks of a selection) on the calling thread and the engine's
// thread pool: one worker per thread, each with a state of its own (histograms, counters) that the
// caller merges afterwards, taking units in increasing order as it is free, so that a cancelled
// scan stops within one unit.

#include "cancellation.h"
#include "rowset.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

namespace rumscope {

/// How many workers a scan of `rows` rows is worth: one per thread, but a small scan is not
/// worth waking threads for.
inline int scanWorkers(size_t rows)
{
    const int threads = std::max(1, QThread::idealThreadCount());
    return int(std::clamp<size_t>(rows / (4 * kChunkRows) + 1, 1, size_t(threads)));
}

/// Runs fn(state, unit) for each unit of [0, units); worker w uses states[w], so
/// states.size() is the worker count. False when cancelled.
template<class State, class Fn>
bool parallelScan(size_t units, std::vector<State> &states, const Cancellation &cancellation, Fn fn)
{
    const size_t workers = std::max<size_t>(states.size(), 1);
    // Units are handed out as workers ask, in order: a worker that starts late or is
    // interrupted takes fewer, rather than the scan waiting for it.
    std::atomic<size_t> next = 0;
    auto work = [&](size_t worker) {
        for (size_t unit = next++; unit < units; unit = next++) {
            if (cancellation.requested())
                return;
            fn(states[worker], unit);
        }
    };
    if (workers == 1 || !cancellation.pool()) {
        for (size_t worker = 0; worker < workers; ++worker)
            work(worker);
        return !cancellation.requested();
    }
    // The calling thread is the first worker, the pool's threads the others. (blockingMap
    // over the workers let one thread take two of them, one after the other, when the
    // second thread was slow to start: a whole scan on one core.)
    std::vector<QFuture<void>> others;
    for (size_t worker = 1; worker < workers; ++worker)
        others.push_back(QtConcurrent::run(cancellation.pool(), [&work, worker] { work(worker); }));
    work(0);
    for (QFuture<void> &other : others)
        other.waitForFinished();
    return !cancellation.requested();
}

} // namespace rumscope
