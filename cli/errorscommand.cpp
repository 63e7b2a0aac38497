// rumscope-cli errors: the store's errors grouped by fingerprint (else by message), most
// frequent first, on the page views the filter options choose — the GUI's Errors view.

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "filteroptions.h"
#include "texttable.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

/// "2024-05-01T13:45:00Z"
QString isoSeconds(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

void printTable(const ErrorGroupResult &result)
{
    if (result.groups.isEmpty()) {
        printOut(Cli::tr("No errors."));
        return;
    }
    TextTable table({Cli::tr("Message"), Cli::tr("Type"), Cli::tr("Kind"), Cli::tr("Errors"),
                     Cli::tr("Sessions"), Cli::tr("First seen (UTC)"), Cli::tr("Last seen (UTC)")});
    table.setAlign(3, TextTable::Align::Right);
    table.setAlign(4, TextTable::Align::Right);
    for (const ErrorGroup &group : result.groups)
        table.addRow(
            {group.message.isEmpty() ? Cli::tr("(no message)") : shortened(group.message, 70),
             orDash(group.type), orDash(group.kind), formatCount(group.count),
             formatCount(group.sessions), isoSeconds(group.firstSeen), isoSeconds(group.lastSeen)});
    table.addSeparator();
    table.addRow({Cli::tr("All errors"), QString(), QString(), formatCount(result.errors),
                  QString(), QString(), QString()});
    printOut(table.toString());
    printOut(Cli::tr("Groups: %1").arg(shownOf(result.groups.size(), result.groupCount)));
}

} // namespace

int errorsCommand(const QStringList &arguments)
{
    CommandLine cl(
        u"errors"_s,
        Cli::tr("Lists the store's errors grouped by fingerprint (or by message when "
                "they have none), most errors first: message, type, kind, how many, "
                "in how many sessions, first and last seen. The filter options choose "
                "page views; errors count when their page view is chosen, and --from and --to "
                "apply to the errors' own times."),
        u"--store STORE [--limit N] "_s + FilterOptions::syntax());
    EngineOptions options(cl, Cli::tr("Only the N groups with most errors (default 50; 0 = all)."),
                          u"50"_s);
    options.addFilterOptions();
    if (const auto done = cl.parse(arguments))
        return *done;
    ErrorGroupQuery query;
    if (const auto done = options.load(query.filter, query.limit))
        return *done;
    const ErrorGroupResult result = options.engine().errorGroups(query);

    if (cl.json()) {
        QJsonArray groups;
        for (const ErrorGroup &group : result.groups)
            groups.append(QJsonObject{
                {u"fingerprint"_s, group.fingerprint},
                {u"message"_s, group.message},
                {u"type"_s, group.type},
                {u"kind"_s, group.kind},
                {u"count"_s, group.count},
                {u"sessions"_s, group.sessions},
                {u"firstSeen"_s, group.firstSeen},
                {u"lastSeen"_s, group.lastSeen},
            });
        printJson(QJsonObject{
            {u"store"_s, options.storePath()},
            {u"filter"_s, filterJson(query.filter)},
            {u"errors"_s, result.errors},
            {u"groupCount"_s, result.groupCount},
            {u"groups"_s, groups},
        });
        return ExitSuccess;
    }
    printTable(result);
    return ExitSuccess;
}

} // namespace rumscope::cli
