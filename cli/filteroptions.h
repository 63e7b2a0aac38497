#pragma once
// What the commands that ask the query engine share: the options that choose page views
// (--filter, --exclude, --has-error, --from, --to), --store and --limit, and loading the engine
// with a progress line on a terminal.

#include "query/filter.h"
#include "query/localengine.h"

#include <QCommandLineOption>
#include <QJsonObject>

#include <optional>

namespace rumscope::cli {

class CommandLine;

struct FilterOptions
{
    FilterOptions();

    /// "[--filter DIM=VALUE]... [--exclude DIM=VALUE]... [--has-error yes|no] [--from TIME]
    /// [--to TIME]", for a command's usage line.
    static QString syntax();

    void addTo(CommandLine &commandLine) const;
    /// Reads the options into filter. Returns the message of a usage error when one is wrong:
    /// an unknown dimension, a DIM=VALUE without '=', a bad time, --from not before --to.
    std::optional<QString> read(const CommandLine &commandLine, Filter &filter) const;

    QCommandLineOption include;
    QCommandLineOption exclude;
    QCommandLineOption hasError;
    QCommandLineOption from;
    QCommandLineOption to;
};

/// {"from", "to", "include", "exclude", "hasError"}: the filter as --json prints it.
QJsonObject filterJson(const Filter &filter);

/// --store STORE, --limit N and the filter options of a command that asks the engine, and the
/// engine once loaded. The methods that return an exit code have printed why.
class EngineOptions
{
public:
    /// Adds --store to commandLine (addFilterOptions() adds the rest, where the help should
    /// list them).
    EngineOptions(CommandLine &commandLine, const QString &limitHelp, const QString &limitDefault);

    /// Adds --limit and the filter options.
    void addFilterOptions();

    /// After CommandLine::parse: the usage exit code when --store is missing.
    std::optional<int> checkStore() const;
    /// Checks --store, reads --limit (a whole number, 0 or more) and the filter options, and
    /// loads the store's engine. Returns the exit code when that failed: usage for a wrong
    /// option, the store's own code when it cannot be loaded.
    std::optional<int> load(Filter &filter, int &limit);

    QString storePath() const;
    const LocalEngine &engine() const { return *m_engine; }

private:
    CommandLine &m_commandLine;
    FilterOptions m_filter;
    QCommandLineOption m_store;
    QCommandLineOption m_limit;
    std::optional<LocalEngine> m_engine;
};

} // namespace rumscope::cli
