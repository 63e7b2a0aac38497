#include "terminalprogress.h"

#include "clioutput.h"

#include <cstdio>

namespace rumscope::cli {

TerminalProgress::TerminalProgress()
    : m_enabled(stderrIsTerminal())
{}

TerminalProgress::~TerminalProgress()
{
    clear();
}

void TerminalProgress::update(const QString &text)
{
    if (!m_enabled)
        return;
    QMutexLocker locker(&m_mutex);
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() < 100)
        return;
    m_sinceLast.start();
    // Pad over the rest of a longer previous line instead of relying on terminal escapes.
    const QString line = text.leftJustified(m_lastWidth);
    m_lastWidth = text.size();
    const QByteArray bytes = '\r' + line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void TerminalProgress::clear()
{
    if (!m_enabled)
        return;
    QMutexLocker locker(&m_mutex);
    if (m_lastWidth == 0)
        return;
    const QByteArray blank = '\r' + QByteArray(m_lastWidth, ' ') + '\r';
    std::fwrite(blank.constData(), 1, size_t(blank.size()), stderr);
    std::fflush(stderr);
    m_lastWidth = 0;
    m_sinceLast.invalidate();
}

} // namespace rumscope::cli
