#pragma once
// Makes the demo store a first start opens: synthetic traffic from TrafficGenerator, written
// through a StoreWriter off the GUI thread. It is built under a temporary name and renamed when
// complete, so a cancelled or crashed build never leaves a half-made demo behind.

#include "generate/trafficgenerator.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace rumscope {

class DemoStoreBuilder : public QObject
{
    Q_OBJECT
public:
    explicit DemoStoreBuilder(QObject *parent = nullptr);
    ~DemoStoreBuilder() override; ///< cancels a running build and waits for it to clean up

    /// AppDataLocation/demo.rumscope
    static QString defaultPath();
    /// ~285,000 sessions (≈1M page views) over the 30 days up to the current hour, fixed seed.
    static GeneratorOptions defaultOptions();
    static constexpr size_t kBatchRecords = 20000;

    bool build(const QString &path, const GeneratorOptions &options = defaultOptions());
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progress(qint64 sessionsDone, qint64 sessions);
    void finished(const QString &path);
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome
    {
        QString error;
        bool cancelled = false;
    };
    Outcome run(const QString &path, const GeneratorOptions &options,
                const std::atomic_bool &cancel);

    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool;
};

} // namespace rumscope
