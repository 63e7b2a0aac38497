#pragma once
// Ctrl+C and SIGTERM for the long-running commands (serve, follow): while a StopSignals lives,
// either one quits the event loop, so the command can commit what it holds and exit cleanly.
// A signal handler may only write(2); the event loop reads the other end of a socket pair.

#include <QSocketNotifier>

#include <memory>

namespace rumscope::cli {

class StopSignals
{
public:
    StopSignals();
    ~StopSignals(); ///< restores the default handlers
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    /// False when the socket pair could not be made: the command cannot stop cleanly.
    bool isValid() const { return m_notifier != nullptr; }

private:
    int m_fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace rumscope::cli
