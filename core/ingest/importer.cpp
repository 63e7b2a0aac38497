#include "importer.h"

#include "canonicalcodec.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <xxhash.h>

namespace rumscope {
namespace {

constexpr qint64 kChunkBytes = 4 << 20;
constexpr qint64 kMaxLineBytes = 16 << 20; // longer lines are quarantined, not parsed
constexpr size_t kBatchRecords = 8192;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Importer)
};

class FileImport
{
public:
    FileImport(const QString &origin, StoreWriter &writer, ImportSummary &summary)
        : m_origin(origin)
        , m_writer(writer)
        , m_summary(summary)
    {}

    void addLine(QByteArrayView line)
    {
        ++m_lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            return;
        Result<Record> record = m_parser.parseLine(line);
        if (record) {
            m_batch.records.push_back(std::move(record).value());
            ++m_accepted;
        } else {
            quarantine(line, record.error().message);
        }
        if (m_batch.size() >= kBatchRecords)
            submit();
    }

    void quarantine(QByteArrayView raw, const QString &reason)
    {
        ++m_quarantined;
        if (m_summary.notes.size() < ImportSummary::kMaxNotes)
            m_summary.notes.append({m_origin, m_lineNumber, reason});
        m_batch.quarantined.push_back({m_origin, m_lineNumber, QDateTime::currentMSecsSinceEpoch(),
                                       reason, raw.toByteArray()});
    }

    void skipOverlongLine(QByteArrayView head)
    {
        ++m_lineNumber;
        quarantine(head, Tr::tr("the line is longer than %1 MiB").arg(kMaxLineBytes >> 20));
    }

    bool submit()
    {
        if (m_batch.empty())
            return true;
        return m_writer.submit(std::exchange(m_batch, m_writer.takeEmptyBatch()));
    }

    qint64 accepted() const { return m_accepted; }
    qint64 quarantined() const { return m_quarantined; }

private:
    QString m_origin;
    StoreWriter &m_writer;
    ImportSummary &m_summary;
    CanonicalParser m_parser;
    WriteBatch m_batch;
    qint64 m_lineNumber = 0;
    qint64 m_accepted = 0;
    qint64 m_quarantined = 0;
};

QByteArray contentHash(XXH3_state_t *state)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(state));
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest)
        .toHex();
}

struct FileOutcome
{
    bool readable = true;
    QString failure;
};

FileOutcome importOne(const QString &path, StoreWriter &writer, ImportSummary &summary,
                      const Progress &progress, qint64 bytesBefore, qint64 bytesTotal)
{
    const bool isStdin = path == QLatin1StringView("-");
    const QString origin = isStdin ? QStringLiteral("stdin") : QFileInfo(path).absoluteFilePath();
    QFile file;
    if (isStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return {false, Tr::tr("standard input cannot be read")};
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return {false, Tr::tr("%1: no such file").arg(QDir::toNativeSeparators(path))};
        if (info.isDir())
            return {false,
                    Tr::tr("%1: is a folder, not a file").arg(QDir::toNativeSeparators(path))};
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return {false,
                    Tr::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }

    Result<qint64> importId = writer.beginImport(origin, isStdin ? 0 : file.size());
    if (!importId)
        return {false, importId.error().message};

    FileImport import(origin, writer, summary);
    // XXH3: a file fingerprint for the journal at memory speed (SHA-256 would halve the rate).
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> hash(XXH3_createState(),
                                                                  &XXH3_freeState);
    XXH3_128bits_reset(hash.get());
    QByteArray pending; // the unfinished last line of the previous chunk
    bool skippingLongLine = false;
    qint64 bytesRead = 0;
    bool writerFailed = false;
    // One buffer for all chunks: a fresh 4 MiB allocation per chunk costs page faults.
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    while (!progress.cancelled() && !writerFailed) {
        const qint64 got = file.read(buffer.data(), kChunkBytes);
        if (got <= 0)
            break;
        QByteArrayView chunk(buffer.constData(), got);
        bytesRead += got;
        XXH3_128bits_update(hash.get(), chunk.data(), size_t(chunk.size()));
        if (bytesRead == got && chunk.startsWith("\xEF\xBB\xBF"))
            chunk = chunk.sliced(3); // a UTF-8 byte order mark is not part of line 1
        QByteArrayView rest(chunk);
        while (!rest.isEmpty()) {
            const qsizetype newline = rest.indexOf('\n');
            if (newline < 0) {
                if (!skippingLongLine)
                    pending.append(rest);
                break;
            }
            if (skippingLongLine) {
                skippingLongLine = false;
            } else if (pending.isEmpty()) {
                import.addLine(rest.first(newline));
            } else {
                pending.append(rest.first(newline));
                import.addLine(pending);
                pending.clear();
            }
            rest = rest.sliced(newline + 1);
        }
        if (pending.size() > kMaxLineBytes) {
            import.skipOverlongLine(QByteArrayView(pending).first(4096));
            pending.clear();
            skippingLongLine = true;
        }
        writerFailed = !import.submit();
        progress.report(bytesBefore + bytesRead, bytesTotal);
    }
    if (!pending.isEmpty() && !progress.cancelled())
        import.addLine(pending); // a last line without its newline
    writerFailed = writerFailed || !import.submit();
    summary.bytesRead += bytesRead;
    summary.accepted += import.accepted();
    summary.quarantined += import.quarantined();
    writer.finishImport(importId.value(), import.accepted(), import.quarantined(),
                        progress.cancelled(), contentHash(hash.get()));
    if (file.error() != QFileDevice::NoError)
        return {true, Tr::tr("%1: reading stopped: %2").arg(origin, file.errorString())};
    if (writerFailed)
        return {true, writer.stats().lastError};
    return {};
}

} // namespace

ImportSummary importFiles(const QStringList &paths, StoreWriter &writer, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    qint64 bytesTotal = 0;
    for (const QString &path : paths) {
        if (path != QLatin1StringView("-"))
            bytesTotal += QFileInfo(path).size();
    }
    for (const QString &path : paths) {
        if (progress.cancelled() || !writer.stats().lastError.isEmpty())
            break;
        const FileOutcome outcome =
            importOne(path, writer, summary, progress, summary.bytesRead, bytesTotal);
        if (!outcome.failure.isEmpty())
            summary.failedFiles.append(outcome.failure);
    }
    writer.flush();
    summary.cancelled = progress.cancelled();
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace rumscope
