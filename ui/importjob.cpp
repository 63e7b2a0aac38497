#include "importjob.h"

#include "displayformat.h"
#include "enrich/enricher.h"
#include "progressthrottle.h"
#include "store/storewriter.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace rumscope {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportSummary>();
    m_pool.setMaxThreadCount(1);
}

ImportJob::~ImportJob()
{
    cancel();
    m_pool.waitForDone(); // the worker posts progress to this object
}

bool ImportJob::start(const QString &storePath, const QStringList &files,
                      const EnrichOptions &enrichOptions)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    QtConcurrent::run(&m_pool, [this, storePath, files, enrichOptions, flag = m_cancel] {
        Outcome outcome;
        Result<std::unique_ptr<Enricher>> enricher = Enricher::create(enrichOptions);
        if (!enricher) {
            outcome.error = enricher.error().message;
            return outcome;
        }
        Result<std::unique_ptr<StoreWriter>> writer = StoreWriter::open(storePath);
        if (!writer) {
            outcome.error = writer.error().message;
            return outcome;
        }
        // Records are counted as the writer commits them, on its thread.
        auto records = std::make_shared<std::atomic<qint64>>(0);
        connect(
            writer.value().get(), &StoreWriter::committed, writer.value().get(),
            [records](qint64 committed, qint64) { *records += committed; }, Qt::DirectConnection);
        ProgressThrottle throttle;
        Progress progress(
            [this, &throttle, records](qint64 done, qint64 total) {
                if (!throttle.pass(done, total))
                    return;
                const qint64 count = records->load();
                QMetaObject::invokeMethod(
                    this, [this, done, total, count] { Q_EMIT this->progress(done, total, count); },
                    Qt::QueuedConnection);
            },
            flag.get());
        ImportOptions options;
        options.enricher = enricher.value().get();
        outcome.summary = importFiles(files, *writer.value(), progress, options);
        const WriterStats stats = writer.value()->flush();
        if (!stats.lastError.isEmpty())
            outcome.error = tr("Writing to the store failed: %1").arg(stats.lastError);
        return outcome;
    }).then(this, [this](const Outcome &outcome) {
        m_busy = false;
        m_cancel.reset();
        if (!outcome.error.isEmpty())
            Q_EMIT failed(outcome.error);
        else
            Q_EMIT finished(outcome.summary);
    });
    return true;
}

QString ImportJob::describe(const ImportSummary &summary)
{
    QStringList parts;
    if (summary.cancelled)
        parts << tr("Import cancelled; the %1 records read before were kept.")
                     .arg(formatCount(summary.accepted));
    else
        parts << tr("Imported %1 records (%2).")
                     .arg(formatCount(summary.accepted), formatBytes(summary.bytesRead));
    if (summary.quarantined > 0) {
        constexpr qsizetype kShown = 3;
        QStringList notes;
        for (const QuarantineNote &note :
             summary.notes.first(std::min(kShown, summary.notes.size())))
            notes << tr("%1 line %2: %3")
                         .arg(QFileInfo(note.file).fileName(), QString::number(note.line),
                              note.reason);
        parts << tr("%1 lines were quarantined — %2%3")
                     .arg(formatCount(summary.quarantined), notes.join(QStringLiteral("; ")),
                          summary.quarantined > notes.size() ? tr("; …") : QString());
    }
    if (summary.droppedValues > 0)
        parts << tr("%1 implausible values were left out (first: %2).")
                     .arg(formatCount(summary.droppedValues),
                          summary.droppedNotes.isEmpty() ? QString()
                                                         : summary.droppedNotes.first().reason);
    if (!summary.failedFiles.isEmpty())
        parts << tr("Could not read: %1").arg(summary.failedFiles.join(QStringLiteral("; ")));
    return parts.join(QLatin1Char(' '));
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace rumscope
