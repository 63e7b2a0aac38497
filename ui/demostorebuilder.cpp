#include "demostorebuilder.h"

#include "progressthrottle.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace rumscope {
namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;

void removeStoreFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}
} // namespace

DemoStoreBuilder::DemoStoreBuilder(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

DemoStoreBuilder::~DemoStoreBuilder()
{
    cancel();
    m_pool.waitForDone(); // the worker posts progress here and must finish deleting its file
}

QString DemoStoreBuilder::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.rumscope");
}

GeneratorOptions DemoStoreBuilder::defaultOptions()
{
    GeneratorOptions options;
    options.sessions = 285000;
    options.seed = 20240312; // INP became a Core Web Vital that day
    // Twice the default time range, so "Last 30 days" has a previous period to compare with.
    options.days = 60;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    options.endTime = now - now % kHourMs;
    return options;
}

bool DemoStoreBuilder::build(const QString &path, const GeneratorOptions &options)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QtConcurrent::run(&m_pool, [this, path, options, flag = m_cancel] {
        return run(path, options, *flag);
    }).then(this, [this, path](const Outcome &outcome) {
        m_busy = false;
        m_cancel.reset();
        if (outcome.cancelled)
            Q_EMIT cancelled();
        else if (!outcome.error.isEmpty())
            Q_EMIT failed(outcome.error);
        else
            Q_EMIT finished(path);
    });
    return true;
}

void DemoStoreBuilder::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

DemoStoreBuilder::Outcome DemoStoreBuilder::run(const QString &path,
                                                const GeneratorOptions &options,
                                                const std::atomic_bool &cancel)
{
    Outcome outcome;
    const QString partial = path + QStringLiteral(".part");
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        outcome.error = tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath());
        return outcome;
    }
    removeStoreFiles(partial); // left over from a build that crashed
    {
        Result<Store> store = Store::open(partial, Store::Mode::ReadWrite);
        if (!store) {
            outcome.error = store.error().message;
            return outcome;
        }
    }
    {
        Result<std::unique_ptr<StoreWriter>> writer = StoreWriter::open(partial);
        if (!writer) {
            outcome.error = writer.error().message;
            removeStoreFiles(partial);
            return outcome;
        }
        TrafficGenerator generator(options);
        ProgressThrottle throttle;
        WriteBatch batch;
        batch.records.reserve(kBatchRecords + 256);
        bool more = true;
        while (more && !cancel.load(std::memory_order_relaxed)) {
            more = generator.nextSession(batch.records);
            if (batch.records.size() >= kBatchRecords || (!more && !batch.empty())) {
                if (!writer.value()->submit(std::move(batch)))
                    break;                                // the writer failed; its stats say why
                batch = writer.value()->takeEmptyBatch(); // reuses a committed batch's memory
            }
            const qint64 done = generator.sessionsDone();
            if (throttle.pass(done, options.sessions)) {
                QMetaObject::invokeMethod(
                    this, [this, done, total = options.sessions] { Q_EMIT progress(done, total); },
                    Qt::QueuedConnection);
            }
        }
        const WriterStats stats = writer.value()->flush();
        outcome.cancelled = cancel.load();
        if (!outcome.cancelled && !stats.lastError.isEmpty())
            outcome.error = tr("Writing the demo store failed: %1").arg(stats.lastError);
    } // closes the writer's connection, so nothing holds the file when it is moved or removed
    if (outcome.cancelled || !outcome.error.isEmpty()) {
        removeStoreFiles(partial);
        return outcome;
    }
    removeStoreFiles(path);
    if (!QFile::rename(partial, path)) {
        outcome.error = tr("Cannot move the demo store to %1.").arg(path);
        removeStoreFiles(partial);
    }
    return outcome;
}

} // namespace rumscope
