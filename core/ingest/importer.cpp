#include "importer.h"

#include "beaconparser.h"
#include "canonicalcodec.h"
#include "capturedrequest.h"
#include "enrich/enricher.h"
#include "limits.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
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

/// How a file's lines become payloads.
enum class Layout
{
    CanonicalLines,   ///< one canonical record per line: the fast path
    CapturedRequests, ///< one captured HTTP request per line
    BeaconLines,      ///< one beacon body per line
    Segments,         ///< Elastic NDJSON: a payload per metadata line and the lines after it
    WholeFile,        ///< one payload: a Sentry envelope, a pretty-printed JSON document
};

class FileImport
{
public:
    /// format: the file's, once detected or given; unset, each payload is routed by its path
    /// and content (a file of captured requests may mix SDKs).
    FileImport(const QString &origin, StoreWriter &writer, ImportSummary &summary, Layout layout,
               std::optional<WireFormat> format, Enricher *enricher)
        : m_origin(origin)
        , m_writer(writer)
        , m_summary(summary)
        , m_layout(layout)
        , m_format(format)
        , m_enricher(enricher)
    {}

    void addLine(QByteArrayView line)
    {
        ++m_lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (m_layout == Layout::WholeFile || m_layout == Layout::Segments)
                appendToPayload(line);
            return;
        }
        switch (m_layout) {
        case Layout::CanonicalLines:
            addCanonicalLine(line);
            break;
        case Layout::CapturedRequests:
            addCapturedRequest(line);
            break;
        case Layout::BeaconLines:
            addPayload(payloadOf(line.toByteArray(), m_lineNumber), line);
            break;
        case Layout::Segments:
            if (isElasticMetadataLine(line))
                finishPayload();
            appendToPayload(line);
            break;
        case Layout::WholeFile:
            appendToPayload(line);
            break;
        }
        if (m_batch.size() >= kBatchRecords)
            submit();
    }

    /// The payload that spans lines, once the file (or its segment) ends.
    void finishPayload()
    {
        if (m_payloadTooLarge) {
            ++m_lineNumber; // quarantine notes count from the payload's first line
            quarantineAt(
                m_payloadLine,
                QByteArrayView(m_payload).first(std::min<qsizetype>(m_payload.size(), 4096)),
                Tr::tr("the payload is larger than %1 MiB").arg(limits::kMaxDecodedBytes >> 20));
        } else if (!m_payload.trimmed().isEmpty()) {
            addPayload(payloadOf(m_payload, m_payloadLine), m_payload, m_payloadLine);
        }
        m_payload.clear();
        m_payloadTooLarge = false;
        m_payloadLine = 0;
    }

    void quarantine(QByteArrayView raw, const QString &reason)
    {
        quarantineAt(m_lineNumber, raw, reason);
    }

    void quarantineAt(qint64 line, QByteArrayView raw, const QString &reason)
    {
        ++m_quarantined;
        if (m_summary.notes.size() < ImportSummary::kMaxNotes)
            m_summary.notes.append({m_origin, line, reason});
        m_batch.quarantined.push_back(
            {m_origin, line, QDateTime::currentMSecsSinceEpoch(), reason, raw.toByteArray()});
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

private:
    static bool isElasticMetadataLine(QByteArrayView line)
    {
        const QByteArrayView text = line.trimmed();
        return text.startsWith("{\"metadata\"") || text.startsWith("{\"m\"");
    }

    void addCanonicalLine(QByteArrayView line)
    {
        Result<Record> record = m_parser.parseLine(line);
        if (record) {
            m_batch.records.push_back(std::move(record).value());
            ++m_accepted;
        } else {
            quarantine(line, record.error().message);
        }
    }

    void addCapturedRequest(QByteArrayView line)
    {
        Result<Payload> payload = payloadFromCapturedRequest(line, m_json);
        if (!payload) {
            quarantine(line, payload.error().message);
            return;
        }
        if (payload->method == "OPTIONS" || (payload->method == "GET" && payload->body.isEmpty() &&
                                             !payload->path.startsWith("/beacon"))) {
            return; // CORS preflights and config requests carry no beacon
        }
        payload->origin = m_origin.toUtf8();
        payload->originLine = m_lineNumber;
        addPayload(std::move(payload).value(), line);
    }

    Payload payloadOf(QByteArray body, qint64 line) const
    {
        Payload payload;
        payload.body = std::move(body);
        payload.origin = m_origin.toUtf8();
        payload.originLine = line;
        payload.receivedAt = QDateTime::currentMSecsSinceEpoch();
        return payload;
    }

    void appendToPayload(QByteArrayView line)
    {
        if (m_payloadLine == 0)
            m_payloadLine = m_lineNumber;
        if (m_payloadTooLarge)
            return;
        if (m_payload.size() + line.size() + 1 > limits::kMaxDecodedBytes) {
            m_payloadTooLarge = true;
            return;
        }
        m_payload.append(line);
        m_payload.append('\n');
    }

    void addPayload(const Payload &payload, QByteArrayView raw, qint64 line = 0)
    {
        std::optional<WireFormat> format = m_format;
        if (!format)
            format = formatOfPath(payload.path);
        if (!format) // boomerang's GET beacons live in the query
            format = detectFormat(payload.body.isEmpty() ? payload.query : payload.body);
        if (!format) {
            quarantineAt(line ? line : m_lineNumber, raw,
                         Tr::tr("not a format rumscope reads (%1)").arg(formatIdList()));
            return;
        }
        Result<ParsedBeacon> parsed = m_beacons.parse(*format, payload);
        if (!parsed) {
            quarantineAt(
                line ? line : m_lineNumber, raw,
                Tr::tr("%1: %2").arg(QLatin1StringView(formatId(*format)), parsed.error().message));
            return;
        }
        if (m_enricher && *format != WireFormat::Canonical)
            m_enricher->enrich(parsed->records, payload);
        for (Record &record : parsed->records)
            m_batch.records.push_back(std::move(record));
        m_accepted += qint64(parsed->records.size());
        for (const QString &note : std::as_const(parsed->notes)) {
            ++m_summary.droppedValues;
            if (m_summary.droppedNotes.size() < ImportSummary::kMaxNotes)
                m_summary.droppedNotes.append({m_origin, line ? line : m_lineNumber, note});
        }
    }

public:
    qint64 accepted() const { return m_accepted; }
    qint64 quarantined() const { return m_quarantined; }

private:
    QString m_origin;
    StoreWriter &m_writer;
    ImportSummary &m_summary;
    Layout m_layout;
    std::optional<WireFormat> m_format;
    Enricher *m_enricher;
    CanonicalParser m_parser;
    BeaconParser m_beacons;
    JsonDocument m_json;
    QByteArray m_payload; ///< the lines of a payload that spans lines
    qint64 m_payloadLine = 0;
    bool m_payloadTooLarge = false;
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

struct FileLayout
{
    Layout layout;
    std::optional<WireFormat> format; ///< unset for captured requests routed one by one
};

/// The layout of a file from its first chunk: captured requests, or the format given or
/// detected, and whether its payloads are lines or span them. Detected once, here: the
/// payloads of the file are not examined again.
std::optional<FileLayout> layoutOf(QByteArrayView head, std::optional<WireFormat> format)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    QByteArrayView firstLine = head.trimmed();
    if (const qsizetype newline = firstLine.indexOf('\n'); newline >= 0)
        firstLine = firstLine.first(newline);
    if (isCapturedRequest(firstLine))
        return FileLayout{Layout::CapturedRequests, format};
    if (!format)
        format = detectFormat(head);
    if (!format)
        return std::nullopt;
    switch (*format) {
    case WireFormat::Canonical:
        return FileLayout{Layout::CanonicalLines, format};
    case WireFormat::Boomerang:
        return FileLayout{Layout::BeaconLines, format};
    case WireFormat::Elastic:
        return FileLayout{Layout::Segments, format};
    case WireFormat::Sentry:
        return FileLayout{Layout::WholeFile, format};
    case WireFormat::WebVitals:
    case WireFormat::Faro:
    case WireFormat::Otlp: {
        // One payload per line when the first line is a whole JSON document; otherwise the
        // file is one document spread over lines.
        JsonDocument json;
        return FileLayout{
            json.parse(firstLine.trimmed()).ok() ? Layout::BeaconLines : Layout::WholeFile, format};
    }
    }
    return std::nullopt;
}

FileOutcome importOne(const QString &path, StoreWriter &writer, ImportSummary &summary,
                      const Progress &progress, qint64 bytesBefore, qint64 bytesTotal,
                      const ImportOptions &options)
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
    qint64 got = file.read(buffer.data(), kChunkBytes);
    const std::optional<FileLayout> layout =
        got > 0 ? layoutOf(QByteArrayView(buffer.constData(), got), options.format)
                : FileLayout{Layout::CanonicalLines, WireFormat::Canonical};
    if (!layout) {
        writer.finishImport(importId.value(), 0, 0, false, {});
        return {false, Tr::tr("%1: not a format rumscope reads; name one with --format (%2)")
                           .arg(QDir::toNativeSeparators(origin), formatIdList())};
    }
    FileImport import(origin, writer, summary, layout->layout, layout->format, options.enricher);
    for (; got > 0 && !progress.cancelled() && !writerFailed;
         got = file.read(buffer.data(), kChunkBytes)) {
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
    if (!progress.cancelled())
        import.finishPayload();
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

/// The files to read: paths as given, folders replaced by the files in them (recursively,
/// sorted, hidden ones skipped), so a folder of mixed captures imports in a stable order. An
/// empty folder is reported in failures.
QStringList expandFolders(const QStringList &paths, QStringList &failures)
{
    QStringList files;
    for (const QString &path : paths) {
        if (path == QLatin1StringView("-") || !QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList inFolder;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            inFolder.append(it.next());
        if (inFolder.isEmpty())
            failures.append(Tr::tr("%1: the folder holds no files to read")
                                .arg(QDir::toNativeSeparators(path)));
        inFolder.sort();
        files += inFolder;
    }
    return files;
}

} // namespace

ImportSummary importFiles(const QStringList &paths, StoreWriter &writer, const Progress &progress,
                          const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    const QStringList files = expandFolders(paths, summary.failedFiles);
    qint64 bytesTotal = 0;
    for (const QString &path : files) {
        if (path != QLatin1StringView("-"))
            bytesTotal += QFileInfo(path).size();
    }
    for (const QString &path : files) {
        if (progress.cancelled() || !writer.stats().lastError.isEmpty())
            break;
        const FileOutcome outcome =
            importOne(path, writer, summary, progress, summary.bytesRead, bytesTotal, options);
        if (!outcome.failure.isEmpty())
            summary.failedFiles.append(outcome.failure);
    }
    writer.flush();
    summary.cancelled = progress.cancelled();
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace rumscope
