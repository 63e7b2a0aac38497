// rumscope-cli sessions: the sessions whose page views the filter options choose, most recently
// active first, with what they did and their worst Core Web Vital — the GUI's Sessions view.

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "filteroptions.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

QJsonObject rowJson(const SessionRow &row)
{
    const bool hasVital = row.worstMetric.has_value();
    return QJsonObject{
        {u"sessionId"_s, row.sessionId},
        {u"userId"_s, row.userId},
        {u"start"_s, row.start},
        {u"lastSeen"_s, row.lastSeen},
        {u"country"_s, row.country},
        {u"deviceType"_s, row.deviceType},
        {u"browser"_s, row.browser},
        {u"pageViews"_s, row.pageViews},
        {u"errors"_s, row.errors},
        {u"worstMetric"_s, hasVital ? QJsonValue(QLatin1StringView(metricInfo(*row.worstMetric).id))
                                    : QJsonValue(QJsonValue::Null)},
        {u"worstValue"_s, hasVital ? jsonNumber(row.worstValue) : QJsonValue(QJsonValue::Null)},
        {u"worstRating"_s, hasVital ? QJsonValue(QLatin1StringView(ratingId(row.worstRating)))
                                    : QJsonValue(QJsonValue::Null)},
    };
}

/// "LCP 4.12 s (Poor)"
QString worstVital(const SessionRow &row)
{
    if (!row.worstMetric)
        return u"–"_s;
    return Cli::tr("%1 %2 (%3)")
        .arg(QLatin1StringView(metricInfo(*row.worstMetric).shortName),
             formatMetricValue(*row.worstMetric, row.worstValue), ratingName(row.worstRating));
}

void printTable(const SessionListResult &result)
{
    if (result.rows.isEmpty()) {
        printOut(Cli::tr("No sessions."));
        return;
    }
    const QStringList headers{Cli::tr("Session"),    Cli::tr("User"),    Cli::tr("Start"),
                              Cli::tr("Duration"),   Cli::tr("Country"), Cli::tr("Device"),
                              Cli::tr("Browser"),    Cli::tr("Pages"),   Cli::tr("Errors"),
                              Cli::tr("Worst vital")};
    TextTable table(headers);
    for (const int column : {3, 7, 8})
        table.setAlign(column, TextTable::Align::Right);
    for (const SessionRow &row : result.rows)
        table.addRow({row.sessionId, orDash(shortened(row.userId, 40)), formatTime(row.start),
                      formatSeconds(double(std::max<qint64>(0, row.lastSeen - row.start)) / 1000.0),
                      orDash(row.country), orDash(row.deviceType), orDash(row.browser),
                      formatCount(row.pageViews), formatCount(row.errors), worstVital(row)});
    printOut(table.toString());
    printOut(Cli::tr("Sessions: %1").arg(shownOf(result.rows.size(), result.sessions)));
}

} // namespace

int sessionsCommand(const QStringList &arguments)
{
    CommandLine cl(u"sessions"_s,
                   Cli::tr("Lists the sessions whose page views the filter options choose, most "
                           "recently active first: id, user, start, duration, country, device, "
                           "browser, page views and errors (of the chosen page views) and the "
                           "worst-rated Core Web Vital among them."),
                   u"--store STORE [--search TEXT] [--limit N] "_s + FilterOptions::syntax());
    EngineOptions options(
        cl, Cli::tr("Only the N most recently active sessions (default 100; 0 = all)."), u"100"_s);
    const QCommandLineOption searchOption(
        u"search"_s, Cli::tr("Only sessions whose id starts with this, or whose user id is this."),
        Cli::tr("TEXT"));
    cl.addOption(searchOption);
    options.addFilterOptions();
    if (const auto done = cl.parse(arguments))
        return *done;
    SessionQuery query;
    query.search = cl.value(searchOption).trimmed();
    if (const auto done = options.load(query.filter, query.limit))
        return *done;
    const Result<SessionListResult> result = options.engine().sessions(query);
    if (!result)
        return cl.failure(result.error().message, result.error().exitCode);
    if (!result->error.isEmpty())
        return cl.failure(result->error, ExitFailure);

    if (cl.json()) {
        QJsonArray rows;
        for (const SessionRow &row : result->rows)
            rows.append(rowJson(row));
        printJson(QJsonObject{
            {u"store"_s, options.storePath()},
            {u"filter"_s, filterJson(query.filter)},
            {u"sessions"_s, result->sessions},
            {u"rows"_s, rows},
        });
        return ExitSuccess;
    }
    printTable(result.value());
    return ExitSuccess;
}

} // namespace rumscope::cli
