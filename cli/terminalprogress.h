#pragma once
// A progress line on stderr that rewrites itself ("\r") at most ten times a second, and only
// when stderr is a terminal: piped or logged output stays free of it.

#include <QElapsedTimer>
#include <QMutex>
#include <QString>

namespace rumscope::cli {

class TerminalProgress
{
public:
    TerminalProgress();
    ~TerminalProgress(); ///< clears the line

    bool enabled() const { return m_enabled; }
    /// Shows text unless the last update was less than 100 ms ago. Safe from any thread.
    void update(const QString &text);
    /// Removes the line so that the next message starts on a clean line.
    void clear();

private:
    bool m_enabled = false;
    QMutex m_mutex;
    QElapsedTimer m_sinceLast;
    qsizetype m_lastWidth = 0;
};

} // namespace rumscope::cli
