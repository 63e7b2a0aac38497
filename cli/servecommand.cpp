// rumscope-cli serve: the collector without the GUI, for a team server. SIGINT and SIGTERM
// stop it: it stops listening, commits everything it accepted, then exits.

#include "cli.h"
#include "clicommands.h"
#include "commandline.h"
#include "stopsignals.h"

#include "collector/collector.h"
#include "enrich/enricher.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace rumscope::cli {
namespace {

/// HOST:PORT, [IPv6]:PORT or PORT (loopback); nothing when it cannot be read.
std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    QString host = u"127.0.0.1"_s;
    QString port = text;
    if (const qsizetype colon = text.lastIndexOf(u':'); colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    QHostAddress address;
    if (!ok || number > 65535 || !address.setAddress(host))
        return std::nullopt;
    return std::pair{address, quint16(number)};
}

} // namespace

int serveCommand(const QStringList &arguments)
{
    CommandLine cl(u"serve"_s,
                   Cli::tr("Runs the collector: real SDKs send their beacons to it, and it "
                           "journals each before answering, then stores its records. Stops on "
                           "Ctrl+C or SIGTERM once everything it accepted is committed."),
                   u"--store STORE [--listen HOST:PORT]"_s);
    const QCommandLineOption storeOption(
        u"store"_s, Cli::tr("The store to write to (created when missing)."), Cli::tr("STORE"));
    const QCommandLineOption listenOption(
        u"listen"_s,
        Cli::tr("Where to listen (default 127.0.0.1:8787; port 0 picks a free one). Any address "
                "but loopback needs --app-key and --read-token."),
        Cli::tr("HOST:PORT"), u"127.0.0.1:8787"_s);
    const QCommandLineOption originOption(
        u"allow-origin"_s,
        Cli::tr("Accept beacons from pages of this origin only (repeat for more; default: any)."),
        Cli::tr("ORIGIN"));
    const QCommandLineOption keyOption(
        u"app-key"_s, Cli::tr("Accept only beacons carrying this app key (repeat for more)."),
        Cli::tr("KEY"));
    const QCommandLineOption tokenOption(
        u"read-token"_s,
        Cli::tr("A bearer token that may read the feed, GET /api/v1/feed, which remote rumscope "
                "windows follow (repeat for more; without one there is no feed)."),
        Cli::tr("TOKEN"));
    const QCommandLineOption retentionOption(
        u"retention-days"_s,
        Cli::tr("Prune journaled payloads and feed batches older than this many days (default "
                "7; 0 keeps them)."),
        Cli::tr("DAYS"), u"7"_s);
    const QCommandLineOption rateOption(
        u"rate"_s, Cli::tr("Requests per second one client may send (default 500)."), Cli::tr("N"),
        u"500"_s);
    const QCommandLineOption geoipOption(
        u"geoip"_s, Cli::tr("A MaxMind GeoIP2/GeoLite2 City or Country database (.mmdb)."),
        Cli::tr("FILE"));
    for (const QCommandLineOption &option : {storeOption, listenOption, originOption, keyOption,
                                             tokenOption, rateOption, retentionOption, geoipOption})
        cl.addOption(option);
    if (const auto done = cl.parse(arguments))
        return *done;
    if (!cl.isSet(storeOption))
        return cl.usageError(Cli::tr("Missing --store STORE."));
    const auto listen = parseListen(cl.value(listenOption));
    if (!listen)
        return cl.usageError(Cli::tr("--listen wants HOST:PORT, e.g. 127.0.0.1:8787, not \"%1\".")
                                 .arg(cl.value(listenOption)));
    bool rateOk = false;
    const int rate = cl.value(rateOption).toInt(&rateOk);
    if (!rateOk || rate < 1)
        return cl.usageError(Cli::tr("--rate wants a whole number of at least 1, not \"%1\".")
                                 .arg(cl.value(rateOption)));

    bool retentionOk = false;
    const int retentionDays = cl.value(retentionOption).toInt(&retentionOk);
    if (!retentionOk || retentionDays < 0 || retentionDays > 36500)
        return cl.usageError(
            Cli::tr("--retention-days wants a whole number of days from 0 to 36500, not \"%1\".")
                .arg(cl.value(retentionOption)));

    CollectorConfig config;
    config.address = listen->first;
    config.port = listen->second;
    config.allowedOrigins = cl.values(originOption);
    config.appKeys = cl.values(keyOption);
    config.requestsPerSecondPerClient = rate;
    config.readTokens = cl.values(tokenOption);
    config.retentionDays = retentionDays;
    if (!config.address.isLoopback() && (config.appKeys.isEmpty() || config.readTokens.isEmpty()))
        return cl.usageError(Cli::tr("Listening on %1 lets anyone on the network send and read: "
                                     "give at least one --app-key and one --read-token.")
                                 .arg(config.address.toString()));

    const QString storePath = cl.value(storeOption);
    if (Result<Store> store = Store::open(storePath); !store)
        return cl.failure(store.error().message, store.error().exitCode);
    EnrichOptions enrichOptions;
    enrichOptions.geoipDatabase = cl.value(geoipOption);
    Result<std::unique_ptr<Enricher>> enricher = Enricher::create(enrichOptions);
    if (!enricher)
        return cl.usageError(enricher.error().message);

    const StopSignals stopSignals;
    if (!stopSignals.isValid())
        return cl.failure(Cli::tr("Cannot set up signal handling."), ExitFailure);

    int exitCode = ExitSuccess;
    {
        Result<std::unique_ptr<Collector>> collector =
            Collector::start(storePath, config, enricher.value().get());
        if (!collector)
            return cl.failure(collector.error().message, collector.error().exitCode);
        QTextStream err(stderr);
        err << Cli::tr("Listening on http://%1:%2/ for %3. Ctrl+C stops.")
                   .arg(config.address.protocol() == QAbstractSocket::IPv6Protocol
                            ? u"[%1]"_s.arg(config.address.toString())
                            : config.address.toString())
                   .arg(collector.value()->port())
                   .arg(storePath)
            << Qt::endl;
        QCoreApplication::exec();
        collector.value()->drain();
        const CollectorStats stats = collector.value()->stats();
        qint64 rejected = 0;
        for (const qint64 count : stats.rejected)
            rejected += count;
        err << Cli::tr("Stopped: %1 beacons accepted (%2 records, %3 quarantined), %4 refused.")
                   .arg(stats.accepted)
                   .arg(stats.records)
                   .arg(stats.quarantined)
                   .arg(rejected)
            << Qt::endl;
    }
    return exitCode;
}

} // namespace rumscope::cli
