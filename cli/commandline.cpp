#include "commandline.h"

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

CommandLine::CommandLine(const QString &command, const QString &description, const QString &syntax)
    : m_command(command)
    , m_syntax(syntax)
    , m_helpOption(QStringList{u"h"_s, u"help"_s}, Cli::tr("Shows this help."))
    , m_jsonOption(u"json"_s,
                   Cli::tr("Prints machine-readable output: one JSON document on standard "
                           "output."))
{
    m_parser.setApplicationDescription(description);
    // Options after positional arguments are still options ("import FILE --json").
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_jsonOption);
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        // A wrong option should not hide the help the user asked for.
        if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
            printOut(helpText());
            return ExitSuccess;
        }
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(m_helpOption)) {
        printOut(helpText());
        return ExitSuccess;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (m_maxPositional >= 0 && positional.size() > m_maxPositional)
        return usageError(Cli::tr("Unexpected argument '%1'.").arg(positional.at(m_maxPositional)));
    return std::nullopt;
}

std::optional<int> CommandLine::intValue(const QCommandLineOption &option, int minimum,
                                         int maximum) const
{
    bool ok = false;
    const int value = m_parser.value(option).trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

int CommandLine::usageError(const QString &message) const
{
    printError(Cli::tr("rumscope-cli %1: %2").arg(m_command, message));
    printError(Cli::tr("Run 'rumscope-cli %1 --help' for its options.").arg(m_command));
    return ExitUsage;
}

int CommandLine::failure(const QString &message, int exitCode) const
{
    printError(Cli::tr("rumscope-cli %1: %2").arg(m_command, message));
    return exitCode;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser's own usage line names the executable's path and not the command.
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    text.remove(0, firstLineEnd + 1);
    return Cli::tr("Usage: rumscope-cli %1 %2").arg(m_command, m_syntax) + u'\n' + text;
}

std::optional<qint64> CommandLine::parseTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 epochMs = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return epochMs;
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // Stores and beacons are in UTC; the machine's time zone must not change what a time means.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

} // namespace rumscope::cli
