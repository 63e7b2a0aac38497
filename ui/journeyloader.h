#pragma once
// Reads one session's journey from the store off the GUI thread. A newer load() supersedes an
// older one, whose result is then dropped: the journey shown is always the one asked last.

#include "query/sessionjourney.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace rumscope {

class JourneyLoader : public QObject
{
    Q_OBJECT
public:
    explicit JourneyLoader(QObject *parent = nullptr);
    ~JourneyLoader() override; ///< waits for a read still running

    void load(const QString &storePath, const QString &sessionId);
    /// Drops the answer to the load running, if any.
    void cancel();
    bool isBusy() const { return m_busy; }
    const QString &sessionId() const { return m_sessionId; }

Q_SIGNALS:
    void loaded(const rumscope::SessionJourney &journey);
    void failed(const QString &sessionId, const QString &message);

private:
    struct Outcome
    {
        quint64 generation = 0;
        SessionJourney journey;
        QString error;
    };
    static Outcome run(quint64 generation, const QString &storePath, const QString &sessionId);
    void finish();

    quint64 m_generation = 0;
    bool m_busy = false;
    QString m_sessionId;
    QFutureWatcher<Outcome> m_watcher;
    // Its own pool, so the destructor can wait for reads already superseded too.
    QThreadPool m_pool;
};

} // namespace rumscope

Q_DECLARE_METATYPE(rumscope::SessionJourney)
