#include "storeloader.h"

#include "progressthrottle.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace rumscope {

StoreLoader::StoreLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LoadedStore>();
    m_pool.setObjectName(QStringLiteral("rumscope.storeloader"));
}

StoreLoader::~StoreLoader()
{
    cancel();
    // Workers post progress to this object; all of them must be done before it goes.
    m_pool.waitForDone();
}

void StoreLoader::load(const QString &path, Mode mode)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_busy = true;
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT started(path);

    auto throttle = std::make_shared<ProgressThrottle>();
    Progress progress(
        [this, generation, throttle](qint64 done, qint64 total) {
            if (!throttle->pass(done, total))
                return;
            QMetaObject::invokeMethod(
                this,
                [this, generation, done, total] {
                    if (generation == m_generation)
                        Q_EMIT this->progress(done, total);
                },
                Qt::QueuedConnection);
        },
        m_cancel.get());
    // The lambda owns a reference to the flag, so it outlives this object's next load().
    QtConcurrent::run(&m_pool, [path, mode, progress, flag = m_cancel] {
        return run(path, mode, progress);
    }).then(this, [this, generation](const Outcome &outcome) { finish(generation, outcome); });
}

void StoreLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

StoreLoader::Outcome StoreLoader::run(const QString &path, Mode mode, const Progress &progress)
{
    Outcome outcome;
    // Store::open creates missing files; opening must not leave a new store behind a typo.
    if (mode == Mode::OpenExisting && !QFileInfo::exists(path)) {
        outcome.error = tr("Cannot open the store %1: the file does not exist.")
                            .arg(QDir::toNativeSeparators(path));
        return outcome;
    }
    Result<Store> store = Store::open(path, Store::Mode::ReadWrite);
    if (!store) {
        outcome.error = store.error().message;
        return outcome;
    }
    // Counting a large store's rows for the status bar takes a while: overlap it with the
    // engine load on the other core instead of adding it to the time until the Overview shows.
    struct Counted
    {
        StoreStats stats;
        QString error;
    };
    QFuture<Counted> counted =
        QtConcurrent::run([store = std::make_shared<Store>(std::move(store).value())] {
            Result<StoreStats> stats = store->stats();
            return stats ? Counted{stats.value(), {}} : Counted{{}, stats.error().message};
        });
    Result<LocalEngine> engine = LocalEngine::load(path, progress);
    const Counted stats = counted.result();
    if (progress.cancelled()) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!engine || !stats.error.isEmpty()) {
        outcome.error = engine ? stats.error : engine.error().message;
        return outcome;
    }
    outcome.store.stats = stats.stats;
    outcome.store.path = QFileInfo(path).absoluteFilePath();
    outcome.store.engine = std::make_shared<const LocalEngine>(std::move(engine).value());
    return outcome;
}

void StoreLoader::finish(quint64 generation, const Outcome &outcome)
{
    if (generation != m_generation)
        return; // superseded by a newer load()
    m_busy = false;
    const QString path = m_path;
    m_cancel.reset();
    if (outcome.cancelled)
        Q_EMIT cancelled(path);
    else if (!outcome.error.isEmpty())
        Q_EMIT failed(path, outcome.error);
    else
        Q_EMIT loaded(outcome.store);
}

} // namespace rumscope
