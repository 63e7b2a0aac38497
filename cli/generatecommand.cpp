// rumscope-cli generate: synthetic traffic as canonical NDJSON, or as the HTTP requests an
// SDK would send for it, byte-identical for the same arguments.

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "terminalprogress.h"

#include "generate/sdkencoder.h"
#include "generate/trafficgenerator.h"
#include "ingest/canonicalcodec.h"
#include "ingest/capturedrequest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

// Large enough that writing costs nothing next to generating, small enough to stay in cache.
constexpr qsizetype kChunkBytes = 1 << 20;

} // namespace

int generateCommand(const QStringList &arguments)
{
    CommandLine cl(
        u"generate"_s,
        Cli::tr("Writes synthetic but realistic RUM traffic as canonical NDJSON: sessions of "
                "page views with web vitals, interactions, resources, long tasks and "
                "errors. With --format, the same traffic as the HTTP requests that SDK would "
                "send, one captured request per line (rumscope-cli import reads them). The same "
                "arguments (including --end) give byte-identical output."),
        u"--sessions N [--seed S] [--days D] [--end TIME] [--format F] -o FILE"_s);
    const QCommandLineOption sessionsOption(
        u"sessions"_s, Cli::tr("Number of sessions to generate (at least 1)."), Cli::tr("N"));
    const QCommandLineOption seedOption(
        u"seed"_s, Cli::tr("Seed of the random generator (default 1)."), Cli::tr("S"), u"1"_s);
    const QCommandLineOption daysOption(
        u"days"_s, Cli::tr("Days of traffic before the end time, 1 to 3650 (default 30)."),
        Cli::tr("D"), u"30"_s);
    const QCommandLineOption endOption(
        u"end"_s,
        Cli::tr("When the traffic ends, as ISO 8601 (UTC unless it has an offset) or epoch "
                "milliseconds. Default: now, so pass it for reproducible output."),
        Cli::tr("TIME"));
    const QCommandLineOption outputOption(
        QStringList{u"o"_s, u"output"_s},
        Cli::tr("The file to write; '-' writes to standard output (the "
                "summary then goes to standard error)."),
        Cli::tr("FILE"));
    cl.addOption(sessionsOption);
    cl.addOption(seedOption);
    cl.addOption(daysOption);
    cl.addOption(endOption);
    const QCommandLineOption formatOption(
        u"format"_s,
        Cli::tr("Encode the traffic as this SDK sends it: %1 (default canonical).")
            .arg(formatIdList()),
        Cli::tr("F"), u"canonical"_s);
    cl.addOption(outputOption);
    cl.addOption(formatOption);
    if (const auto done = cl.parse(arguments))
        return *done;

    if (!cl.isSet(sessionsOption))
        return cl.usageError(Cli::tr("Missing --sessions N."));
    if (!cl.isSet(outputOption))
        return cl.usageError(Cli::tr("Missing -o FILE (use '-o -' for standard output)."));

    const std::optional<WireFormat> format = formatFromId(cl.value(formatOption));
    if (!format)
        return cl.usageError(Cli::tr("Unknown format \"%1\"; use one of %2.")
                                 .arg(cl.value(formatOption), formatIdList()));

    GeneratorOptions options;
    bool ok = false;
    options.sessions = cl.value(sessionsOption).toLongLong(&ok);
    if (!ok || options.sessions < 1)
        return cl.usageError(Cli::tr("--sessions must be a whole number of at least 1, not '%1'.")
                                 .arg(cl.value(sessionsOption)));
    options.seed = cl.value(seedOption).toULongLong(&ok);
    if (!ok)
        return cl.usageError(
            Cli::tr("--seed must be a whole number from 0 to 18446744073709551615, not '%1'.")
                .arg(cl.value(seedOption)));
    options.days = cl.value(daysOption).toInt(&ok);
    if (!ok || options.days < 1 || options.days > 3650)
        return cl.usageError(Cli::tr("--days must be a whole number from 1 to 3650, not '%1'.")
                                 .arg(cl.value(daysOption)));
    if (cl.isSet(endOption)) {
        const auto end = CommandLine::parseTime(cl.value(endOption));
        if (!end)
            return cl.usageError(
                Cli::tr("--end must be an ISO 8601 time such as 2024-05-01T00:00:00Z or epoch "
                        "milliseconds, not '%1'.")
                    .arg(cl.value(endOption)));
        options.endTime = *end;
    } else {
        options.endTime = QDateTime::currentMSecsSinceEpoch();
    }

    const QString path = cl.value(outputOption);
    const bool toStdout = path == u"-"_s;
    std::unique_ptr<QFileDevice> out;
    if (toStdout) {
        auto file = std::make_unique<QFile>();
        if (!file->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            return cl.failure(
                Cli::tr("Cannot write to standard output: %1").arg(file->errorString()),
                ExitFailure);
        out = std::move(file);
    } else {
        // A partly written file must never look like a complete one.
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly))
            return cl.failure(Cli::tr("Cannot create '%1': %2").arg(path, file->errorString()),
                              ExitFailure);
        out = std::move(file);
    }

    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress;
    TrafficGenerator generator(options);
    std::vector<Record> records;
    QByteArray buffer;
    buffer.reserve(kChunkBytes + kChunkBytes / 4);
    qint64 recordCount = 0;
    qint64 bytes = 0;
    const auto flushBuffer = [&] {
        if (buffer.isEmpty())
            return true;
        if (out->write(buffer) != buffer.size())
            return false;
        bytes += buffer.size();
        buffer.clear();
        return true;
    };
    qint64 requestCount = 0;
    while (generator.nextSession(records)) {
        if (*format == WireFormat::Canonical) {
            for (const Record &record : records)
                appendCanonicalLine(record, buffer);
        } else {
            for (const Payload &request : encodeSession(*format, records)) {
                appendCapturedRequestLine(request, buffer);
                ++requestCount;
            }
        }
        recordCount += qint64(records.size());
        records.clear();
        if (buffer.size() >= kChunkBytes) {
            if (!flushBuffer())
                return cl.failure(Cli::tr("Cannot write to '%1': %2").arg(path, out->errorString()),
                                  ExitFailure);
            progress.update(
                Cli::tr("Generating: %1 of %2 sessions")
                    .arg(formatCount(generator.sessionsDone()), formatCount(options.sessions)));
        }
    }
    if (!flushBuffer() || !out->flush())
        return cl.failure(Cli::tr("Cannot write to '%1': %2").arg(path, out->errorString()),
                          ExitFailure);
    if (auto *saveFile = dynamic_cast<QSaveFile *>(out.get()); saveFile && !saveFile->commit())
        return cl.failure(Cli::tr("Cannot write to '%1': %2").arg(path, saveFile->errorString()),
                          ExitFailure);
    progress.clear();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    if (cl.json()) {
        const QJsonObject summary{
            {u"output"_s, path},
            {u"sessions"_s, generator.sessionsDone()},
            {u"records"_s, recordCount},
            {u"bytes"_s, bytes},
            {u"seconds"_s, seconds},
            {u"seed"_s, QString::number(options.seed)},
            {u"days"_s, options.days},
            {u"end"_s, isoTime(options.endTime)},
            {u"format"_s, QLatin1StringView(formatId(*format))},
            {u"requests"_s, requestCount},
        };
        if (toStdout)
            printError(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
        else
            printJson(summary);
        return ExitSuccess;
    }
    const QString destination = toStdout ? Cli::tr("standard output") : path;
    const QString text =
        *format == WireFormat::Canonical
            ? Cli::tr("Wrote %1 sessions, %2 records (%3) to %4 in %5 (traffic ending %6).")
                  .arg(formatCount(generator.sessionsDone()), formatCount(recordCount),
                       formatBytes(bytes), destination, formatSeconds(seconds),
                       formatTime(options.endTime))
            : Cli::tr("Wrote %1 sessions as %2 %3 requests (%4) to %5 in %6 (traffic ending %7).")
                  .arg(formatCount(generator.sessionsDone()), formatCount(requestCount),
                       QLatin1StringView(formatId(*format)), formatBytes(bytes), destination,
                       formatSeconds(seconds), formatTime(options.endTime));
    if (toStdout)
        printError(text);
    else
        printOut(text);
    return ExitSuccess;
}

} // namespace rumscope::cli
