#include "journeyloader.h"

#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace rumscope {

JourneyLoader::JourneyLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SessionJourney>();
    m_pool.setObjectName(QStringLiteral("rumscope.journeyloader"));
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &JourneyLoader::finish);
}

JourneyLoader::~JourneyLoader()
{
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void JourneyLoader::load(const QString &storePath, const QString &sessionId)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    m_sessionId = sessionId;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [generation, storePath, sessionId] {
        return run(generation, storePath, sessionId);
    }));
}

void JourneyLoader::cancel()
{
    ++m_generation;
    m_busy = false;
}

JourneyLoader::Outcome JourneyLoader::run(quint64 generation, const QString &storePath,
                                          const QString &sessionId)
{
    Outcome outcome;
    outcome.generation = generation;
    // Store::open creates missing files; a store deleted meanwhile must not come back empty.
    if (!QFileInfo::exists(storePath)) {
        outcome.error = tr("Cannot read the session: the store %1 does not exist any more.")
                            .arg(QDir::toNativeSeparators(storePath));
        return outcome;
    }
    Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store) {
        outcome.error = store.error().message;
        return outcome;
    }
    Result<SessionJourney> journey = loadSessionJourney(store.value(), sessionId);
    if (!journey)
        outcome.error = journey.error().message;
    else
        outcome.journey = std::move(journey).value();
    return outcome;
}

void JourneyLoader::finish()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.generation != m_generation)
        return; // superseded by a newer load(), or cancelled
    m_busy = false;
    if (outcome.error.isEmpty())
        Q_EMIT loaded(outcome.journey);
    else
        Q_EMIT failed(m_sessionId, outcome.error);
}

} // namespace rumscope
