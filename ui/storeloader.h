#pragma once
// Opens a store off the GUI thread: checks and migrates it, reads its statistics and loads the
// query engine, reporting progress. Publishes the result as one immutable LoadedStore; a newer
// load() supersedes an older one, whose result is then dropped.

#include "query/localengine.h"
#include "store/store.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace rumscope {

struct LoadedStore
{
    QString path;
    StoreStats stats;
    std::shared_ptr<const LocalEngine> engine;
};

class StoreLoader : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        OpenExisting,
        CreateIfMissing
    };

    explicit StoreLoader(QObject *parent = nullptr);
    ~StoreLoader() override; ///< cancels a running load and waits for it to stop

    void load(const QString &path, Mode mode = Mode::OpenExisting);
    void cancel();
    bool isBusy() const { return m_busy; }
    const QString &loadingPath() const { return m_path; }

Q_SIGNALS:
    void started(const QString &path);
    void progress(qint64 done, qint64 total);
    void loaded(const rumscope::LoadedStore &store);
    void failed(const QString &path, const QString &message);
    void cancelled(const QString &path);

private:
    struct Outcome
    {
        LoadedStore store;
        QString error;
        bool cancelled = false;
    };
    static Outcome run(const QString &path, Mode mode, const Progress &progress);
    void finish(quint64 generation, const Outcome &outcome);

    quint64 m_generation = 0;
    bool m_busy = false;
    QString m_path;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Its own pool, so the destructor can wait for superseded loads too, and loads never
    // starve the global pool that dashboard queries run on.
    QThreadPool m_pool;
};

} // namespace rumscope

Q_DECLARE_METATYPE(rumscope::LoadedStore)
