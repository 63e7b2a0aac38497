// rumscope-cli errors: the store's errors grouped by fingerprint (else by message), most
// frequent first, on the page views the filter options choose — the GUI's Errors view.

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "filteroptions.h"
#include "texttable.h"

#include "query/errorgroupscan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

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
                "apply to the errors' own times. With --json, each group also has its top "
                "browsers and, with --bucket, its errors per hour or day."),
        u"--store STORE [--limit N] [--bucket hour|day] "_s + FilterOptions::syntax());
    EngineOptions options(cl, Cli::tr("Only the N groups with most errors (default 50; 0 = all)."),
                          u"50"_s);
    options.addFilterOptions();
    const QCommandLineOption bucketOption(
        u"bucket"_s,
        Cli::tr("Count each group's errors per hour or per day (UTC) over the time range, in "
                "the JSON output's \"trend\" (at most %1 buckets: a longer range gets wider "
                "ones).")
            .arg(kMaxErrorTrendBuckets),
        Cli::tr("hour|day"));
    cl.addOption(bucketOption);
    if (const auto done = cl.parse(arguments))
        return *done;
    if (const auto done = options.checkStore())
        return *done;
    ErrorGroupQuery query;
    if (cl.isSet(bucketOption)) {
        const QString bucket = cl.value(bucketOption).trimmed();
        if (bucket == u"hour"_s)
            query.bucketMs = kHourMs;
        else if (bucket == u"day"_s)
            query.bucketMs = kDayMs;
        else
            return cl.usageError(Cli::tr("--bucket must be hour or day, not '%1'.").arg(bucket));
    }
    if (const auto done = options.load(query.filter, query.limit))
        return *done;
    const ErrorGroupResult result = options.engine().errorGroups(query);

    if (cl.json()) {
        QJsonArray groups;
        for (const ErrorGroup &group : result.groups) {
            QJsonArray browsers;
            for (const auto &[browser, count] : group.browsers)
                browsers.append(QJsonObject{{u"browser"_s, browser}, {u"count"_s, count}});
            QJsonObject object{
                {u"fingerprint"_s, group.fingerprint},
                {u"message"_s, group.message},
                {u"type"_s, group.type},
                {u"kind"_s, group.kind},
                {u"count"_s, group.count},
                {u"sessions"_s, group.sessions},
                {u"firstSeen"_s, group.firstSeen},
                {u"lastSeen"_s, group.lastSeen},
                {u"browsers"_s, browsers},
            };
            if (result.bucketMs > 0) {
                QJsonArray trend;
                for (const qint64 count : group.trend)
                    trend.append(count);
                object.insert(u"trend"_s, trend);
            }
            groups.append(object);
        }
        QJsonObject document{
            {u"store"_s, options.storePath()},
            {u"filter"_s, filterJson(query.filter)},
            {u"errors"_s, result.errors},
            {u"groupCount"_s, result.groupCount},
            {u"groups"_s, groups},
        };
        if (query.bucketMs > 0) {
            const bool trends = result.bucketMs > 0;
            document.insert(u"bucketStart"_s,
                            trends ? QJsonValue(result.bucketStart) : QJsonValue(QJsonValue::Null));
            document.insert(u"bucketMs"_s,
                            trends ? QJsonValue(result.bucketMs) : QJsonValue(QJsonValue::Null));
        }
        printJson(document);
        return ExitSuccess;
    }
    printTable(result);
    return ExitSuccess;
}

} // namespace rumscope::cli
