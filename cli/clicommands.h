#pragma once
// The commands of rumscope-cli. app/rumscope_cli_main.cpp hands the whole command line to run();
// each command gets the arguments from its own name on and returns the process exit code.

#include <QStringList>

namespace rumscope::cli {

/// The exit codes rumscope-cli documents in its --help and in README.md.
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitFailure = 1,     ///< the work could not be done, e.g. the store cannot be opened
    ExitUsage = 2,       ///< unknown command or option, missing or bad value
    ExitNothingRead = 3, ///< import: not one line could be read
    ExitNotFound = 4,    ///< session: no session with that id
};

/// Dispatches to a command. arguments are the full command line, the program name first.
int run(const QStringList &arguments);

// arguments start with the command name, as a QCommandLineParser expects the program name.
int generateCommand(const QStringList &arguments);
int importCommand(const QStringList &arguments);
int statsCommand(const QStringList &arguments);
int queryCommand(const QStringList &arguments);
int sessionCommand(const QStringList &arguments);
int errorsCommand(const QStringList &arguments);
int sessionsCommand(const QStringList &arguments);
int serveCommand(const QStringList &arguments);
int simulateCommand(const QStringList &arguments);
int followCommand(const QStringList &arguments);

} // namespace rumscope::cli
