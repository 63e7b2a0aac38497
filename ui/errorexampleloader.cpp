#include "errorexampleloader.h"

#include "store/store.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rumscope {

ErrorExampleLoader::ErrorExampleLoader(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<ErrorExample>();
    m_pool.setObjectName(QStringLiteral("rumscope.errorexample"));
    m_pool.setMaxThreadCount(1);
}

ErrorExampleLoader::~ErrorExampleLoader()
{
    cancel();
    m_pool.waitForDone();
}

void ErrorExampleLoader::setStorePath(const QString &path)
{
    cancel();
    m_path = path;
}

void ErrorExampleLoader::cancel()
{
    ++*m_latest;
    m_busy = false;
}

void ErrorExampleLoader::load(const QString &fingerprint)
{
    const quint64 generation = ++*m_latest;
    if (m_path.isEmpty()) {
        finish(generation, fingerprint, Outcome{false, {}, tr("No store is open.")});
        return;
    }
    m_busy = true;
    QtConcurrent::run(&m_pool, [path = m_path, fingerprint, generation, latest = m_latest] {
        if (latest->load() != generation)
            return Outcome{true, {}, {}};
        return read(path, fingerprint);
    }).then(this, [this, generation, fingerprint](const Outcome &outcome) {
        finish(generation, fingerprint, outcome);
    });
}

ErrorExampleLoader::Outcome ErrorExampleLoader::read(const QString &path,
                                                     const QString &fingerprint)
{
    // A connection of its own: the store's connections are not shared between threads.
    Result<Store> store = Store::open(path, Store::Mode::ReadOnly);
    if (!store)
        return Outcome{false, {}, store.error().message};
    Result<ErrorExample> example = loadErrorExample(store.value(), fingerprint);
    if (!example)
        return Outcome{false, {}, example.error().message};
    return Outcome{false, std::move(example).value(), {}};
}

void ErrorExampleLoader::finish(quint64 generation, const QString &fingerprint,
                                const Outcome &outcome)
{
    if (outcome.skipped || generation != m_latest->load())
        return; // superseded by a newer request
    m_busy = false;
    if (!outcome.error.isEmpty())
        Q_EMIT failed(fingerprint, outcome.error);
    else
        Q_EMIT loaded(fingerprint, outcome.example);
}

} // namespace rumscope
