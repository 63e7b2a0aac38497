#pragma once
// How long work reports progress and learns that it should stop.

#include <QString>

#include <atomic>
#include <functional>

namespace rumscope {

class Progress
{
public:
    using Callback = std::function<void(qint64 done, qint64 total)>;

    Progress() = default;
    Progress(Callback callback, const std::atomic_bool *cancel)
        : m_callback(std::move(callback))
        , m_cancel(cancel)
    {}

    /// Reports done of total units; cheap to call often (callers throttle on their side too).
    void report(qint64 done, qint64 total) const
    {
        if (m_callback)
            m_callback(done, total);
    }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

private:
    Callback m_callback;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rumscope
