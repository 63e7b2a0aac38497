#include "clicommands.h"

#include "cli.h"
#include "clioutput.h"

#include <array>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

struct CommandEntry
{
    const char *name;
    const char *summary; ///< untranslated source text, translated when shown
    int (*run)(const QStringList &arguments);
};

constexpr std::array kCommands{
    CommandEntry{
        "generate",
        QT_TRANSLATE_NOOP("rumscope::cli", "Writes synthetic RUM traffic as canonical NDJSON."),
        &generateCommand},
    CommandEntry{"import",
                 QT_TRANSLATE_NOOP("rumscope::cli", "Imports canonical NDJSON files into a store."),
                 &importCommand},
    CommandEntry{"stats", QT_TRANSLATE_NOOP("rumscope::cli", "Shows what a store holds."),
                 &statsCommand},
    CommandEntry{"query",
                 QT_TRANSLATE_NOOP("rumscope::cli",
                                   "Computes a metric's percentile and ratings, overall, per "
                                   "group or per time bucket."),
                 &queryCommand},
    CommandEntry{"session",
                 QT_TRANSLATE_NOOP("rumscope::cli",
                                   "Shows one session's page views, errors, interactions and "
                                   "resources in time order."),
                 &sessionCommand},
    CommandEntry{"errors",
                 QT_TRANSLATE_NOOP("rumscope::cli",
                                   "Lists the errors grouped by fingerprint, most frequent first."),
                 &errorsCommand},
    CommandEntry{"sessions",
                 QT_TRANSLATE_NOOP("rumscope::cli",
                                   "Lists the sessions whose page views match, most recently "
                                   "active first."),
                 &sessionsCommand},
    CommandEntry{"serve",
                 QT_TRANSLATE_NOOP("rumscope::cli",
                                   "Runs the collector that SDKs in browsers send beacons to."),
                 &serveCommand},
    CommandEntry{"follow",
                 QT_TRANSLATE_NOOP("rumscope::cli",
                                   "Copies what a remote collector receives into a local store."),
                 &followCommand},
    CommandEntry{"simulate",
                 QT_TRANSLATE_NOOP("rumscope::cli",
                                   "Posts generated traffic to a collector as the SDKs would."),
                 &simulateCommand},
};

QString translated(const char *sourceText)
{
    return Cli::tr(sourceText);
}

QString helpText()
{
    QStringList lines;
    lines << Cli::tr("Usage: rumscope-cli <command> [options]") << QString()
          << Cli::tr("Works with rumscope stores from the command line: generates demo traffic, "
                     "imports canonical NDJSON and answers questions about the stored RUM data.")
          << QString() << Cli::tr("Commands:");
    for (const CommandEntry &command : kCommands)
        lines << u"  %1  %2"_s.arg(QString::fromLatin1(command.name).leftJustified(9),
                                   translated(command.summary));
    lines << QString()
          << Cli::tr("Every command takes --help, and --json for machine-readable output (one JSON "
                     "document on standard output). Messages and errors go to standard error.")
          << QString() << Cli::tr("Exit codes:") << Cli::tr("  0  success")
          << Cli::tr("  1  runtime failure (e.g. the store cannot be opened)")
          << Cli::tr("  2  usage error (unknown command or option, bad value)")
          << Cli::tr("  3  nothing could be read (import)")
          << Cli::tr("  4  not found (session id)") << QString()
          << Cli::tr("Run 'rumscope-cli <command> --help' for a command's "
                     "options.");
    return lines.join(u'\n');
}

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &command : kCommands) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

int usageError(const QString &message)
{
    printError(Cli::tr("rumscope-cli: %1").arg(message));
    printError(Cli::tr("Run 'rumscope-cli --help' for the list of commands."));
    return ExitUsage;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usageError(Cli::tr("No command given."));

    const QString &first = arguments.at(1);
    if (first == u"-h"_s || first == u"--help"_s || first == u"-?"_s) {
        printOut(helpText());
        return ExitSuccess;
    }
    if (first == u"help"_s) {
        if (arguments.size() == 2) {
            printOut(helpText());
            return ExitSuccess;
        }
        // "help import" is "import --help".
        if (const CommandEntry *command = findCommand(arguments.at(2)))
            return command->run({arguments.at(2), u"--help"_s});
        return usageError(Cli::tr("Unknown command '%1'.").arg(arguments.at(2)));
    }
    if (first == u"-v"_s || first == u"--version"_s) {
        printOut(QStringLiteral("rumscope-cli " RUMSCOPE_VERSION));
        return ExitSuccess;
    }
    if (first.startsWith(u'-'))
        return usageError(Cli::tr("Unknown option '%1'.").arg(first));

    const CommandEntry *command = findCommand(first);
    if (!command)
        return usageError(Cli::tr("Unknown command '%1'.").arg(first));
    return command->run(arguments.mid(1));
}

} // namespace rumscope::cli
