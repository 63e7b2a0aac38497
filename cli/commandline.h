#pragma once
// The command line of one rumscope-cli command: a QCommandLineParser with the --help and --json
// every command has, a help text that names the command, and usage errors that exit with 2.

#include <QCommandLineParser>

#include <optional>

namespace rumscope::cli {

class CommandLine
{
public:
    /// syntax follows the command name in the usage line, e.g. "--store STORE FILE...".
    CommandLine(const QString &command, const QString &description, const QString &syntax);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    /// maxCount: how many values parse() accepts for it (-1: any number).
    void addPositionalArgument(const QString &name, const QString &description,
                               const QString &syntax, int maxCount)
    {
        m_parser.addPositionalArgument(name, description, syntax);
        m_maxPositional = maxCount;
    }

    /// Parses arguments (the command name first). Returns an exit code when the command is
    /// already done: its help was printed (0) or the arguments were wrong (2, with a message),
    /// such as more positional arguments than the command takes.
    std::optional<int> parse(const QStringList &arguments);

    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    bool json() const { return m_parser.isSet(m_jsonOption); }
    /// The option's value as a whole number from minimum to maximum; nullopt when it is none.
    std::optional<int> intValue(const QCommandLineOption &option, int minimum, int maximum) const;

    /// Prints message and a pointer to --help on stderr; returns the usage exit code (2).
    int usageError(const QString &message) const;
    /// Prints message on stderr; returns exitCode.
    int failure(const QString &message, int exitCode) const;

    QString helpText() const;

    /// Epoch milliseconds from ISO 8601 (UTC unless it has an offset; a date alone is its
    /// midnight) or from an integer that already is epoch milliseconds.
    static std::optional<qint64> parseTime(const QString &text);

private:
    QString m_command;
    QString m_syntax;
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_jsonOption;
    int m_maxPositional = 0;
};

} // namespace rumscope::cli
