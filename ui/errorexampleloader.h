#pragma once
// Reads one occurrence of an error group (its stack, URL and where it happened) from the store
// for the Errors view's detail pane, off the GUI thread. The latest request wins: older ones
// still queued are skipped, and their answers dropped.

#include "query/errorexample.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace rumscope {

class ErrorExampleLoader : public QObject
{
    Q_OBJECT
public:
    explicit ErrorExampleLoader(QObject *parent = nullptr);
    ~ErrorExampleLoader() override; ///< waits for a read still running

    /// The store to read from; drops any answer still coming from the one before.
    void setStorePath(const QString &path);
    const QString &storePath() const { return m_path; }
    /// Reads the group's latest occurrence; answers with loaded() or failed().
    void load(const QString &fingerprint);
    /// Drops the request running, if any.
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void loaded(const QString &fingerprint, const rumscope::ErrorExample &example);
    void failed(const QString &fingerprint, const QString &message);

private:
    struct Outcome
    {
        bool skipped = false;
        ErrorExample example;
        QString error;
    };
    static Outcome read(const QString &path, const QString &fingerprint);
    void finish(quint64 generation, const QString &fingerprint, const Outcome &outcome);

    QString m_path;
    bool m_busy = false;
    /// Shared with the workers: a queued read whose generation is no longer the latest skips
    /// opening the store at all.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    // Its own pool: the destructor waits only for its own reads, and they never hold up the
    // dashboard's queries on the global pool.
    QThreadPool m_pool;
};

} // namespace rumscope

Q_DECLARE_METATYPE(rumscope::ErrorExample)
