// rumscope-cli follow: copies what a remote collector receives into a local store, as the
// GUI's Connect to Collector does — for a mirror on a laptop, or a script. Resumes where the
// store left off; Ctrl+C or SIGTERM stops it after committing what it received.

#include "cli.h"
#include "clicommands.h"
#include "commandline.h"
#include "stopsignals.h"

#include "remote/feedfollower.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

int followCommand(const QStringList &arguments)
{
    CommandLine cl(u"follow"_s,
                   Cli::tr("Copies the beacons a remote collector (rumscope-cli serve "
                           "--read-token) receives into a local store as they arrive, resuming "
                           "where the store left off. Stops on Ctrl+C or SIGTERM."),
                   u"--store STORE --url URL [--token TOKEN]"_s);
    const QCommandLineOption storeOption(
        u"store"_s, Cli::tr("The store to copy into (created when missing)."), Cli::tr("STORE"));
    const QCommandLineOption urlOption(
        u"url"_s, Cli::tr("The collector, e.g. http://rum.example.com:8787."), Cli::tr("URL"));
    const QCommandLineOption tokenOption(
        u"token"_s,
        Cli::tr("Its read token (default: the RUMSCOPE_READ_TOKEN environment variable, which "
                "other users of this machine cannot see)."),
        Cli::tr("TOKEN"));
    const QCommandLineOption idleOption(
        u"until-idle"_s,
        Cli::tr("Stop once nothing new has arrived for this many seconds (default: never)."),
        Cli::tr("SECONDS"));
    for (const QCommandLineOption &option : {storeOption, urlOption, tokenOption, idleOption})
        cl.addOption(option);
    if (const auto done = cl.parse(arguments))
        return *done;
    if (!cl.isSet(storeOption))
        return cl.usageError(Cli::tr("Missing --store STORE."));
    if (!cl.isSet(urlOption))
        return cl.usageError(Cli::tr("Missing --url URL."));
    const QByteArray token =
        cl.isSet(tokenOption) ? cl.value(tokenOption).toUtf8() : qgetenv("RUMSCOPE_READ_TOKEN");
    if (token.isEmpty())
        return cl.usageError(
            Cli::tr("Missing the read token: --token TOKEN or RUMSCOPE_READ_TOKEN."));
    int idleSeconds = 0;
    if (cl.isSet(idleOption)) {
        bool ok = false;
        idleSeconds = cl.value(idleOption).toInt(&ok);
        if (!ok || idleSeconds < 1 || idleSeconds > 86400)
            return cl.usageError(
                Cli::tr("--until-idle wants a whole number of seconds from 1 to 86400, not "
                        "\"%1\".")
                    .arg(cl.value(idleOption)));
    }

    const QString storePath = cl.value(storeOption);
    if (Result<Store> store = Store::open(storePath); !store)
        return cl.failure(store.error().message, store.error().exitCode);
    FeedFollower::Options options;
    options.url = QUrl::fromUserInput(cl.value(urlOption));
    options.token = token;
    if (idleSeconds > 0)
        options.waitSeconds = std::min(idleSeconds, 25);
    Result<std::unique_ptr<FeedFollower>> created = FeedFollower::create(storePath, options);
    if (!created)
        return cl.usageError(created.error().message);
    const StopSignals stopSignals;
    if (!stopSignals.isValid())
        return cl.failure(Cli::tr("Cannot set up signal handling."), ExitFailure);

    QTextStream err(stderr);
    int exitCode = ExitSuccess;
    QString failure;
    {
        std::unique_ptr<FeedFollower> follower = std::move(created).value();
        QTimer idle;
        idle.setSingleShot(true);
        idle.setInterval(idleSeconds * 1000);
        QObject::connect(&idle, &QTimer::timeout, QCoreApplication::instance(),
                         [] { QCoreApplication::quit(); });
        QObject::connect(follower.get(), &FeedFollower::received, &idle,
                         [&idle, idleSeconds](qint64 records) {
                             if (idleSeconds > 0 && records > 0)
                                 idle.start();
                         });
        QObject::connect(follower.get(), &FeedFollower::stateChanged, QCoreApplication::instance(),
                         [&](FeedFollower::State state, const QString &detail) {
                             switch (state) {
                             case FeedFollower::State::Live:
                                 err << Cli::tr("Following %1 into %2. Ctrl+C stops.")
                                            .arg(options.url.toString(), storePath)
                                     << Qt::endl;
                                 if (idleSeconds > 0 && !idle.isActive())
                                     idle.start();
                                 break;
                             case FeedFollower::State::Reconnecting:
                                 err << Cli::tr("Connection lost: %1").arg(detail) << Qt::endl;
                                 break;
                             case FeedFollower::State::Failed:
                                 failure = detail;
                                 QCoreApplication::quit();
                                 break;
                             case FeedFollower::State::Connecting:
                             case FeedFollower::State::Stopped:
                                 break;
                             }
                         });
        follower->start();
        QCoreApplication::exec();
        const qint64 records = follower->recordsReceived();
        const qint64 cursor = follower->cursor();
        follower->stop();
        follower.reset(); // commits what it received
        if (!failure.isEmpty()) {
            exitCode = cl.failure(failure, ExitFailure);
        } else {
            err << Cli::tr("Stopped: %1 records copied; the store resumes after cursor %2.")
                       .arg(records)
                       .arg(cursor)
                << Qt::endl;
        }
    }
    return exitCode;
}

} // namespace rumscope::cli
