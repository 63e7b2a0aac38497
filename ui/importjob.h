#pragma once
// Imports files into a store off the GUI thread, with throttled progress (bytes read, records
// committed) and a stop button's worth of cancellation. One import at a time.

#include "enrich/enricher.h"
#include "ingest/importer.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace rumscope {

class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override; ///< cancels a running import and waits for what was read to commit

    /// Starts importing files into the existing store at storePath; false while one runs.
    bool start(const QString &storePath, const QStringList &files,
               const EnrichOptions &enrichOptions = {});
    void cancel();
    bool isBusy() const { return m_busy; }

    /// What an import did, in a sentence or three: records, quarantined lines with the first
    /// line numbers and reasons, unreadable files.
    static QString describe(const ImportSummary &summary);

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal, qint64 records);
    /// Also for cancelled imports (summary.cancelled): what was read before stays stored.
    void finished(const rumscope::ImportSummary &summary);
    /// The store could not be written at all.
    void failed(const QString &message);

private:
    struct Outcome
    {
        ImportSummary summary;
        QString error;
    };

    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool;
};

} // namespace rumscope

Q_DECLARE_METATYPE(rumscope::ImportSummary)
