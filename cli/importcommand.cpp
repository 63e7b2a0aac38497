// rumscope-cli import: files and folders of any format rumscope reads into a store, with a
// progress line on a terminal, quarantined lines reported by line number, and Ctrl+C keeping
// what was committed.

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "terminalprogress.h"

#include "enrich/enricher.h"
#include "ingest/importer.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

// How many quarantined lines the text summary lists; --json lists all the importer kept.
constexpr int kNotesShown = 20;

std::atomic_bool s_interrupted{false};
static_assert(std::atomic_bool::is_always_lock_free, "set from a signal handler");

extern "C" void onInterrupt(int)
{
    s_interrupted.store(true);
    // A second Ctrl+C ends the process at once, for an import stuck on a slow pipe.
    std::signal(SIGINT, SIG_DFL);
}

/// Cancels the import on SIGINT for as long as it lives.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        s_interrupted.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

QString progressText(qint64 done, qint64 total, double seconds)
{
    // The writer commits every few hundred thousand records, too seldom for a live record rate;
    // bytes read is what moves smoothly.
    const QString rate =
        seconds > 0.2 ? Cli::tr("%1/s").arg(formatBytes(qint64(done / seconds))) : QString();
    if (total > 0) {
        return Cli::tr("Importing: %1 (%2 of %3) %4")
            .arg(formatPercent(double(done) / double(total)), formatBytes(done), formatBytes(total),
                 rate);
    }
    return Cli::tr("Importing: %1 read %2").arg(formatBytes(done), rate);
}

} // namespace

int importCommand(const QStringList &arguments)
{
    CommandLine cl(u"import"_s,
                   Cli::tr("Imports files and folders into a store, creating the store if it does "
                           "not exist: canonical NDJSON, the beacons of web-vitals, boomerang, "
                           "Grafana Faro, Elastic APM RUM, OpenTelemetry and Sentry, and files of "
                           "captured HTTP requests. Each file's format is detected unless --format "
                           "names it. Lines that cannot be read are kept in the store's quarantine "
                           "with their line number and reason; the rest is imported. Exits with 3 "
                           "when nothing at all could be read."),
                   u"--store STORE FILE..."_s);
    const QCommandLineOption storeOption(
        u"store"_s, Cli::tr("The store file to import into (created when missing)."),
        Cli::tr("STORE"));
    cl.addOption(storeOption);
    const QCommandLineOption formatOption(
        u"format"_s,
        Cli::tr("Read every file as FORMAT instead of detecting it: %1.").arg(formatIdList()),
        Cli::tr("FORMAT"));
    cl.addOption(formatOption);
    const QCommandLineOption geoipOption(
        u"geoip"_s,
        Cli::tr("A MaxMind-format database (GeoLite2 or GeoIP2 City or Country, .mmdb) to find "
                "the country, region and city of each beacon's client address; the address "
                "itself is never stored."),
        Cli::tr("FILE"));
    cl.addOption(geoipOption);
    const QCommandLineOption trustCdnOption(
        u"trust-cdn-country"_s,
        Cli::tr("Take the country from a CDN's header (CF-IPCountry, CloudFront-Viewer-Country, "
                "X-Country-Code) in captured requests."));
    cl.addOption(trustCdnOption);
    cl.addPositionalArgument(u"files"_s,
                             Cli::tr("Files or folders (read recursively); '-' reads standard "
                                     "input."),
                             u"FILE..."_s, -1);
    if (const auto done = cl.parse(arguments))
        return *done;
    if (!cl.isSet(storeOption))
        return cl.usageError(Cli::tr("Missing --store STORE."));
    const QStringList files = cl.positionalArguments();
    if (files.isEmpty())
        return cl.usageError(Cli::tr("No file to import given."));
    const QString storePath = cl.value(storeOption);
    ImportOptions options;
    if (cl.isSet(formatOption)) {
        options.format = formatFromId(cl.value(formatOption));
        if (!options.format)
            return cl.usageError(Cli::tr("Unknown format \"%1\"; use one of %2.")
                                     .arg(cl.value(formatOption), formatIdList()));
    }

    EnrichOptions enrichOptions;
    enrichOptions.geoipDatabase = cl.value(geoipOption);
    enrichOptions.trustCdnCountryHeaders = cl.isSet(trustCdnOption);
    Result<std::unique_ptr<Enricher>> enricher = Enricher::create(enrichOptions);
    if (!enricher)
        return cl.usageError(enricher.error().message);
    options.enricher = enricher.value().get();

    {
        // Creates or migrates the store; the writer needs it to exist.
        const Result<Store> store = Store::open(storePath, Store::Mode::ReadWrite);
        if (!store)
            return cl.failure(store.error().message, store.error().exitCode);
    }
    Result<std::unique_ptr<StoreWriter>> opened = StoreWriter::open(storePath);
    if (!opened)
        return cl.failure(opened.error().message, opened.error().exitCode);
    std::unique_ptr<StoreWriter> writer = std::move(opened).value();

    ImportSummary summary;
    {
        InterruptGuard interruptGuard;
        TerminalProgress line;
        QElapsedTimer timer;
        timer.start();
        const Progress progress(
            [&](qint64 done, qint64 total) {
                if (!line.enabled())
                    return;
                line.update(progressText(done, total, double(timer.elapsed()) / 1000.0));
            },
            &s_interrupted);
        summary = importFiles(files, *writer, progress, options);
        line.clear();
    }
    const WriterStats writerStats = writer->flush();
    writer.reset();
    if (!writerStats.lastError.isEmpty())
        return cl.failure(Cli::tr("Writing to the store failed: %1").arg(writerStats.lastError),
                          ExitFailure);

    for (const QString &failed : std::as_const(summary.failedFiles))
        printError(failed);

    if (cl.json()) {
        QJsonArray notes;
        for (const QuarantineNote &note : std::as_const(summary.notes))
            notes.append(QJsonObject{
                {u"file"_s, note.file}, {u"line"_s, note.line}, {u"reason"_s, note.reason}});
        QJsonArray dropped;
        for (const QuarantineNote &note : std::as_const(summary.droppedNotes))
            dropped.append(QJsonObject{
                {u"file"_s, note.file}, {u"line"_s, note.line}, {u"reason"_s, note.reason}});
        printJson(QJsonObject{
            {u"store"_s, storePath},
            {u"files"_s, QJsonArray::fromStringList(files)},
            {u"accepted"_s, summary.accepted},
            {u"quarantined"_s, summary.quarantined},
            {u"bytesRead"_s, summary.bytesRead},
            {u"seconds"_s, summary.seconds},
            {u"cancelled"_s, summary.cancelled},
            {u"failedFiles"_s, QJsonArray::fromStringList(summary.failedFiles)},
            {u"notes"_s, notes},
            {u"droppedValues"_s, summary.droppedValues},
            {u"droppedNotes"_s, dropped},
        });
    } else if (!summary.nothingRead()) {
        const double rate = summary.seconds > 0 ? double(summary.accepted) / summary.seconds : 0;
        printOut(Cli::tr("Imported %1 records (%2 read) into %3 in %4, %5 records/s.")
                     .arg(formatCount(summary.accepted), formatBytes(summary.bytesRead), storePath,
                          formatSeconds(summary.seconds), formatCount(qint64(rate))));
        if (summary.quarantined > 0) {
            printOut(Cli::tr("Lines quarantined: %1").arg(formatCount(summary.quarantined)));
            const qsizetype shown = qMin<qsizetype>(summary.notes.size(), kNotesShown);
            for (qsizetype i = 0; i < shown; ++i) {
                const QuarantineNote &note = summary.notes.at(i);
                printOut(u"  %1:%2: %3"_s.arg(note.file, QString::number(note.line), note.reason));
            }
            if (summary.quarantined > shown)
                printOut(Cli::tr("  … and %1 more, kept in the store's quarantine.")
                             .arg(formatCount(summary.quarantined - shown)));
        }
        if (summary.droppedValues > 0) {
            printOut(
                Cli::tr("Implausible values left out: %1").arg(formatCount(summary.droppedValues)));
            const qsizetype shown = qMin<qsizetype>(summary.droppedNotes.size(), kNotesShown);
            for (qsizetype i = 0; i < shown; ++i) {
                const QuarantineNote &note = summary.droppedNotes.at(i);
                printOut(u"  %1:%2: %3"_s.arg(note.file, QString::number(note.line), note.reason));
            }
        }
    }

    if (summary.cancelled)
        return cl.failure(Cli::tr("Import interrupted; the %1 records committed before are kept.")
                              .arg(formatCount(summary.accepted)),
                          ExitFailure);
    if (summary.nothingRead())
        return cl.failure(Cli::tr("Nothing could be read from %1.").arg(files.join(u", "_s)),
                          ExitNothingRead);
    return ExitSuccess;
}

} // namespace rumscope::cli
