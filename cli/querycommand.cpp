// rumscope-cli query: one metric's percentile and rating shares over the page views of a store,
// overall, per dimension value or per time bucket, through the same engine the GUI uses.

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "terminalprogress.h"
#include "texttable.h"

#include "query/localengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

/// "75", "p75", "99.9" and "0.75" all mean a fraction; a bare number below 1 already is one.
std::optional<double> parsePercentile(const QString &text)
{
    QString number = text.trimmed();
    const bool percentSyntax = number.startsWith(u'p', Qt::CaseInsensitive);
    if (percentSyntax)
        number.remove(0, 1);
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    const double fraction = (percentSyntax || value >= 1) ? value / 100.0 : value;
    if (fraction > 1)
        return std::nullopt;
    return fraction;
}

/// "p75", "p99.9" for column headers.
QString percentileLabel(double fraction)
{
    return u"p"_s + QString::number(fraction * 100.0, 'g', 6);
}

/// Merges DIM=VALUE arguments: several values of one dimension are alternatives.
bool addDimensionFilters(const QStringList &arguments, bool exclude, Filter &filter, QString &error)
{
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0) {
            error = Cli::tr("'%1' is not DIMENSION=VALUE.").arg(argument);
            return false;
        }
        const QString id = argument.left(equals).trimmed();
        const auto dimension = dimensionFromId(id);
        if (!dimension) {
            error = Cli::tr("Unknown dimension '%1'; use one of: %2.").arg(id, dimensionIdList());
            return false;
        }
        const QString value = argument.mid(equals + 1);
        auto existing = std::find_if(filter.dimensions.begin(), filter.dimensions.end(),
                                     [&](const DimensionFilter &f) {
                                         return f.dimension == *dimension && f.exclude == exclude;
                                     });
        if (existing == filter.dimensions.end())
            filter.dimensions.append(DimensionFilter{*dimension, {value}, exclude});
        else if (!existing->values.contains(value))
            existing->values.append(value);
    }
    return true;
}

QJsonObject summaryJson(const MetricSummary &summary, Metric metric,
                        const QList<double> &percentiles)
{
    const bool hasValue = summary.samples > 0 && std::isfinite(summary.value);
    QJsonObject values;
    for (qsizetype i = 0; i < percentiles.size() && i < summary.values.size(); ++i)
        values.insert(percentileLabel(percentiles[i]), std::isfinite(summary.values[i])
                                                           ? jsonNumber(summary.values[i])
                                                           : QJsonValue(QJsonValue::Null));
    return QJsonObject{
        {u"pageViews"_s, summary.pageViews},
        {u"values"_s, values},
        {u"samples"_s, summary.samples},
        {u"value"_s, hasValue ? jsonNumber(summary.value) : QJsonValue(QJsonValue::Null)},
        {u"rating"_s, hasValue
                          ? QJsonValue(QLatin1StringView(ratingId(rate(metric, summary.value))))
                          : QJsonValue(QJsonValue::Null)},
        {u"good"_s, summary.good},
        {u"needsImprovement"_s, summary.needsImprovement},
        {u"poor"_s, summary.poor},
        {u"goodShare"_s, summary.share(summary.good)},
        {u"needsImprovementShare"_s, summary.share(summary.needsImprovement)},
        {u"poorShare"_s, summary.share(summary.poor)},
    };
}

QStringList summaryCells(const QString &label, const MetricSummary &summary, Metric metric)
{
    QStringList cells{label, formatCount(summary.pageViews), formatCount(summary.samples)};
    for (const double value : summary.values)
        cells.append(summary.samples > 0 && std::isfinite(value) ? formatMetricValue(metric, value)
                                                                 : u"–"_s);
    cells += {summary.samples ? formatPercent(summary.share(summary.good)) : u"–"_s,
              summary.samples ? formatPercent(summary.share(summary.needsImprovement)) : u"–"_s,
              summary.samples ? formatPercent(summary.share(summary.poor)) : u"–"_s};
    return cells;
}

QJsonObject filterJson(const Filter &filter)
{
    QJsonObject include;
    QJsonObject exclude;
    for (const DimensionFilter &f : filter.dimensions)
        (f.exclude ? exclude : include)
            .insert(QLatin1StringView(dimensionId(f.dimension)),
                    QJsonArray::fromStringList(f.values));
    const bool hasFrom = filter.from != std::numeric_limits<qint64>::min();
    const bool hasTo = filter.to != std::numeric_limits<qint64>::max();
    return QJsonObject{
        {u"from"_s, hasFrom ? QJsonValue(filter.from) : QJsonValue(QJsonValue::Null)},
        {u"to"_s, hasTo ? QJsonValue(filter.to) : QJsonValue(QJsonValue::Null)},
        {u"include"_s, include},
        {u"exclude"_s, exclude},
        {u"hasError"_s,
         filter.hasError ? QJsonValue(*filter.hasError) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace

int queryCommand(const QStringList &arguments)
{
    CommandLine cl(
        u"query"_s,
        Cli::tr("Computes a metric's percentile (exactly: the value at rank ceil(n*p)-1 of the "
                "sorted values) and the shares of good, needs-improvement and poor values over "
                "the store's page views, overall, per value of a dimension or per time bucket."),
        u"--store STORE --metric M [--percentile P[,P...]] [--by DIM | --bucket hour|day] "
        "[--order views|value|name] [--ascending] [--limit N] [--filter DIM=VALUE]... "
        "[--exclude DIM=VALUE]... [--has-error yes|no] [--from TIME] [--to TIME]"_s);
    const QCommandLineOption storeOption(u"store"_s, Cli::tr("The store file to query."),
                                         Cli::tr("STORE"));
    const QCommandLineOption metricOption(
        u"metric"_s, Cli::tr("The metric: lcp, inp, cls, fcp, ttfb or fid."), Cli::tr("M"));
    const QCommandLineOption percentileOption(
        u"percentile"_s,
        Cli::tr("The percentile: 75, p75 and 0.75 all mean the 75th (default 75). Several, "
                "comma-separated, give a column each; rows are ordered by the first."),
        Cli::tr("P"), u"75"_s);
    const QCommandLineOption byOption(
        u"by"_s, Cli::tr("One row per value of this dimension: %1.").arg(dimensionIdList()),
        Cli::tr("DIM"));
    const QCommandLineOption bucketOption(
        u"bucket"_s, Cli::tr("One row per hour or per day (UTC) instead of per group."),
        Cli::tr("hour|day"));
    const QCommandLineOption filterOption(
        u"filter"_s,
        Cli::tr("Only page views whose dimension has this value; repeat it to allow several "
                "values (of one dimension: any of them; of several: all must hold)."),
        Cli::tr("DIM=VALUE"));
    const QCommandLineOption excludeOption(
        u"exclude"_s, Cli::tr("Leave out page views whose dimension has this value; repeatable."),
        Cli::tr("DIM=VALUE"));
    const QCommandLineOption fromOption(
        u"from"_s,
        Cli::tr("Only page views at or after this time: ISO 8601 (UTC unless it has an offset) or "
                "epoch milliseconds."),
        Cli::tr("TIME"));
    const QCommandLineOption toOption(
        u"to"_s, Cli::tr("Only page views before this time: ISO 8601 or epoch milliseconds."),
        Cli::tr("TIME"));
    const QCommandLineOption limitOption(
        u"limit"_s, Cli::tr("With --by: only the first N groups in the order (0 = all)."),
        Cli::tr("N"), u"0"_s);
    const QCommandLineOption orderOption(
        u"order"_s,
        Cli::tr("With --by: order the groups by page views (the default), by the percentile's "
                "value, or by name."),
        Cli::tr("views|value|name"), u"views"_s);
    const QCommandLineOption ascendingOption(
        u"ascending"_s, Cli::tr("With --by: smallest (or A) first instead of largest (or Z)."));
    const QCommandLineOption hasErrorOption(
        u"has-error"_s, Cli::tr("Only page views with an error (yes) or without one (no)."),
        Cli::tr("yes|no"));
    for (const QCommandLineOption *option :
         {&storeOption, &metricOption, &percentileOption, &byOption, &bucketOption, &filterOption,
          &excludeOption, &fromOption, &toOption, &limitOption, &orderOption, &ascendingOption,
          &hasErrorOption})
        cl.addOption(*option);
    if (const auto done = cl.parse(arguments))
        return *done;
    if (!cl.isSet(storeOption))
        return cl.usageError(Cli::tr("Missing --store STORE."));
    if (!cl.isSet(metricOption))
        return cl.usageError(Cli::tr("Missing --metric M."));

    MetricQuery query;
    const auto metric = metricFromId(cl.value(metricOption).trimmed().toLower());
    if (!metric)
        return cl.usageError(Cli::tr("Unknown metric '%1'; use one of: lcp, inp, cls, fcp, ttfb, "
                                     "fid.")
                                 .arg(cl.value(metricOption)));
    query.metric = *metric;
    query.percentiles.clear();
    for (const QString &text : cl.value(percentileOption).split(u',')) {
        const auto percentile = parsePercentile(text);
        if (!percentile)
            return cl.usageError(
                Cli::tr("--percentile must be between 0 and 100 (e.g. 75, p75 or 0.75), not '%1'.")
                    .arg(text));
        query.percentiles.append(*percentile);
    }
    if (query.percentiles.size() > 20)
        return cl.usageError(Cli::tr("--percentile takes at most 20 values."));
    const QString order = cl.value(orderOption).trimmed();
    if (order == u"views"_s)
        query.order = GroupOrder::PageViews;
    else if (order == u"value"_s)
        query.order = GroupOrder::Value;
    else if (order == u"name"_s)
        query.order = GroupOrder::Name;
    else
        return cl.usageError(Cli::tr("--order must be views, value or name, not '%1'.").arg(order));
    query.ascending = cl.isSet(ascendingOption);
    if (cl.isSet(hasErrorOption)) {
        const QString hasError = cl.value(hasErrorOption).trimmed();
        if (hasError != u"yes"_s && hasError != u"no"_s)
            return cl.usageError(Cli::tr("--has-error must be yes or no, not '%1'.").arg(hasError));
        query.filter.hasError = hasError == u"yes"_s;
    }

    if (cl.isSet(byOption) && cl.isSet(bucketOption))
        return cl.usageError(Cli::tr("Use either --by or --bucket, not both."));
    if (cl.isSet(byOption)) {
        query.groupBy = dimensionFromId(cl.value(byOption).trimmed());
        if (!query.groupBy)
            return cl.usageError(Cli::tr("Unknown dimension '%1'; use one of: %2.")
                                     .arg(cl.value(byOption), dimensionIdList()));
    }
    if (cl.isSet(bucketOption)) {
        const QString bucket = cl.value(bucketOption).trimmed();
        if (bucket == u"hour"_s)
            query.bucketMs = kHourMs;
        else if (bucket == u"day"_s)
            query.bucketMs = kDayMs;
        else
            return cl.usageError(Cli::tr("--bucket must be hour or day, not '%1'.").arg(bucket));
    }
    bool ok = false;
    query.limit = cl.value(limitOption).toInt(&ok);
    if (!ok || query.limit < 0)
        return cl.usageError(Cli::tr("--limit must be a whole number of at least 0, not '%1'.")
                                 .arg(cl.value(limitOption)));

    QString filterError;
    if (!addDimensionFilters(cl.values(filterOption), false, query.filter, filterError) ||
        !addDimensionFilters(cl.values(excludeOption), true, query.filter, filterError))
        return cl.usageError(filterError);
    if (cl.isSet(fromOption)) {
        const auto from = CommandLine::parseTime(cl.value(fromOption));
        if (!from)
            return cl.usageError(Cli::tr("--from must be an ISO 8601 time or epoch milliseconds, "
                                         "not '%1'.")
                                     .arg(cl.value(fromOption)));
        query.filter.from = *from;
    }
    if (cl.isSet(toOption)) {
        const auto to = CommandLine::parseTime(cl.value(toOption));
        if (!to)
            return cl.usageError(Cli::tr("--to must be an ISO 8601 time or epoch milliseconds, "
                                         "not '%1'.")
                                     .arg(cl.value(toOption)));
        query.filter.to = *to;
    }
    if (query.filter.from >= query.filter.to)
        return cl.usageError(Cli::tr("--from must be before --to."));

    const QString storePath = cl.value(storeOption);
    Result<LocalEngine> engine = [&] {
        TerminalProgress line;
        return LocalEngine::load(
            storePath,
            Progress(
                [&](qint64 done, qint64 total) {
                    if (line.enabled() && total > 0)
                        line.update(Cli::tr("Loading: %1")
                                        .arg(formatPercent(double(done) / double(total))));
                },
                nullptr));
    }();
    if (!engine)
        return cl.failure(engine.error().message, engine.error().exitCode);
    const MetricQueryResult result = engine->run(query);

    const MetricInfo &info = metricInfo(query.metric);
    if (cl.json()) {
        QJsonArray rows;
        for (const MetricSummary &row : result.rows) {
            QJsonObject object = summaryJson(row, query.metric, query.percentiles);
            if (query.bucketMs > 0) {
                object.insert(u"group"_s, isoTime(row.bucketStart));
                object.insert(u"bucketStart"_s, row.bucketStart);
            } else {
                object.insert(u"group"_s, row.group);
            }
            rows.append(object);
        }
        printJson(QJsonObject{
            {u"store"_s, storePath},
            {u"metric"_s, QLatin1StringView(info.id)},
            {u"unit"_s, info.unitless ? QJsonValue(QJsonValue::Null) : QJsonValue(u"ms"_s)},
            {u"percentile"_s, query.percentiles.front()},
            {u"by"_s, query.groupBy ? QJsonValue(QLatin1StringView(dimensionId(*query.groupBy)))
                                    : QJsonValue(QJsonValue::Null)},
            {u"bucketMs"_s,
             query.bucketMs > 0 ? QJsonValue(query.bucketMs) : QJsonValue(QJsonValue::Null)},
            {u"filter"_s, filterJson(query.filter)},
            {u"percentiles"_s,
             [&] {
                 QJsonArray list;
                 for (const double p : query.percentiles)
                     list.append(p);
                 return list;
             }()},
            {u"total"_s, summaryJson(result.total, query.metric, query.percentiles)},
            {u"rows"_s, rows},
        });
        return ExitSuccess;
    }

    QString groupHeader;
    if (query.groupBy)
        groupHeader = dimensionName(*query.groupBy);
    else if (query.bucketMs > 0)
        groupHeader = Cli::tr("Time (UTC)");
    QStringList headers{groupHeader, Cli::tr("Page views"), Cli::tr("Samples")};
    for (const double p : query.percentiles)
        headers.append(u"%1 %2"_s.arg(percentileLabel(p), QLatin1StringView(info.shortName)));
    headers += {Cli::tr("Good"), Cli::tr("Needs improvement"), Cli::tr("Poor")};
    TextTable table(headers);
    for (int column = 1; column < int(headers.size()); ++column)
        table.setAlign(column, TextTable::Align::Right);
    for (const MetricSummary &row : result.rows) {
        QString label = row.group;
        if (query.bucketMs > 0)
            label =
                QDateTime::fromMSecsSinceEpoch(row.bucketStart, Qt::UTC)
                    .toString(query.bucketMs < kDayMs ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd"_s);
        else if (label.isEmpty())
            label = Cli::tr("(not set)");
        table.addRow(summaryCells(label, row, query.metric));
    }
    if (!result.rows.isEmpty())
        table.addSeparator();
    table.addRow(summaryCells(Cli::tr("All page views"), result.total, query.metric));
    printOut(table.toString());
    return ExitSuccess;
}

} // namespace rumscope::cli
