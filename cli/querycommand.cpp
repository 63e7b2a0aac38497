// rumscope-cli query: one metric's percentile and rating shares over the page views of a store,
// overall, per dimension value or per time bucket, or its distribution in bins, through the same
// engine the GUI uses.

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "filteroptions.h"
#include "texttable.h"

#include "query/localengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kMaxHistogramBins = 200;
constexpr int kBarWidth = 40; ///< '#'s of the histogram's largest bin

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
        {u"firstSeen"_s,
         summary.pageViews > 0 ? QJsonValue(summary.firstSeen) : QJsonValue(QJsonValue::Null)},
        {u"lastSeen"_s,
         summary.pageViews > 0 ? QJsonValue(summary.lastSeen) : QJsonValue(QJsonValue::Null)},
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

/// The document --json prints, without its rows.
QJsonObject documentJson(const QString &storePath, const MetricQuery &query,
                         const MetricSummary &total)
{
    const MetricInfo &info = metricInfo(query.metric);
    QJsonArray percentiles;
    for (const double p : query.percentiles)
        percentiles.append(p);
    return QJsonObject{
        {u"store"_s, storePath},
        {u"metric"_s, QLatin1StringView(info.id)},
        {u"unit"_s, info.unitless ? QJsonValue(QJsonValue::Null) : QJsonValue(u"ms"_s)},
        {u"percentile"_s, query.percentiles.front()},
        {u"by"_s, query.groupBy ? QJsonValue(QLatin1StringView(dimensionId(*query.groupBy)))
                                : QJsonValue(QJsonValue::Null)},
        {u"bucketMs"_s,
         query.bucketMs > 0 ? QJsonValue(query.bucketMs) : QJsonValue(QJsonValue::Null)},
        {u"filter"_s, filterJson(query.filter)},
        {u"percentiles"_s, percentiles},
        {u"total"_s, summaryJson(total, query.metric, query.percentiles)},
        {u"rows"_s, QJsonArray()},
    };
}

/// The table of groups, with the header its rows need.
TextTable summaryTable(const MetricQuery &query)
{
    const MetricInfo &info = metricInfo(query.metric);
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
    return table;
}

QJsonObject histogramJson(const HistogramResult &histogram)
{
    QJsonArray bins;
    for (const HistogramBin &bin : histogram.bins)
        bins.append(QJsonObject{
            {u"from"_s, jsonNumber(bin.from)},
            {u"to"_s, jsonNumber(bin.to)},
            {u"count"_s, bin.count},
        });
    return QJsonObject{{u"zeros"_s, histogram.zeros}, {u"bins"_s, bins}};
}

/// One row per bin (and one for the zeros, when any) with a bar scaled to the largest count.
QString histogramText(const HistogramResult &histogram, Metric metric)
{
    qint64 largest = histogram.zeros;
    for (const HistogramBin &bin : histogram.bins)
        largest = std::max(largest, bin.count);
    const auto bar = [&](qint64 count) {
        if (count <= 0 || largest <= 0)
            return QString();
        const auto width = std::max<qsizetype>(
            1, qsizetype(std::llround(double(kBarWidth) * double(count) / double(largest))));
        return QString(width, u'#');
    };
    TextTable table({Cli::tr("From"), Cli::tr("To"), Cli::tr("Samples"), QString()});
    for (const int column : {0, 1, 2})
        table.setAlign(column, TextTable::Align::Right);
    if (histogram.zeros > 0)
        table.addRow(
            {Cli::tr("0 or less"), QString(), formatCount(histogram.zeros), bar(histogram.zeros)});
    for (const HistogramBin &bin : histogram.bins)
        table.addRow({formatMetricValue(metric, bin.from), formatMetricValue(metric, bin.to),
                      formatCount(bin.count), bar(bin.count)});
    if (table.isEmpty())
        return Cli::tr("No samples.");
    return table.toString();
}

/// query --histogram: the total, then the distribution.
int printHistogram(const LocalEngine &engine, const QString &storePath, const MetricQuery &query,
                   int bins, bool json)
{
    HistogramQuery histogramQuery;
    histogramQuery.filter = query.filter;
    histogramQuery.metric = query.metric;
    histogramQuery.bins = bins;
    histogramQuery.percentiles = query.percentiles;
    const HistogramResult result = engine.histogram(histogramQuery);
    if (json) {
        QJsonObject document = documentJson(storePath, query, result.summary);
        document.insert(u"histogram"_s, histogramJson(result));
        printJson(document);
        return ExitSuccess;
    }
    TextTable table = summaryTable(query);
    table.addRow(summaryCells(Cli::tr("All page views"), result.summary, query.metric));
    printOut(table.toString());
    printOut(QString());
    printOut(histogramText(result, query.metric));
    return ExitSuccess;
}

} // namespace

int queryCommand(const QStringList &arguments)
{
    CommandLine cl(
        u"query"_s,
        Cli::tr("Computes a metric's percentile (exactly: the value at rank ceil(n*p)-1 of the "
                "sorted values) and the shares of good, needs-improvement and poor values over "
                "the store's page views, overall, per value of a dimension or per time bucket, "
                "or the distribution of its values in bins."),
        u"--store STORE --metric M [--percentile P[,P...]] "
        "[--by DIM | --bucket hour|day | --histogram N] [--order views|value|name] [--ascending] "
        "[--limit N] "_s +
            FilterOptions::syntax());
    EngineOptions options(cl, Cli::tr("With --by: only the first N groups in the order (0 = all)."),
                          u"0"_s);
    const QCommandLineOption metricOption(
        u"metric"_s, Cli::tr("The metric: lcp, inp, cls, fcp, ttfb or fid."), Cli::tr("M"));
    const QCommandLineOption percentileOption(
        u"percentile"_s,
        Cli::tr("The percentile: 75, p75 and 0.75 all mean the 75th (default 75). Several, "
                "comma-separated, give a column each; rows are ordered by the first."),
        Cli::tr("P"), u"75"_s);
    const QCommandLineOption byOption(
        u"by"_s, Cli::tr("One row per value of this dimension: %1.").arg(groupingDimensionIdList()),
        Cli::tr("DIM"));
    const QCommandLineOption bucketOption(
        u"bucket"_s, Cli::tr("One row per hour or per day (UTC) instead of per group."),
        Cli::tr("hour|day"));
    const QCommandLineOption histogramOption(
        u"histogram"_s,
        Cli::tr("Instead of groups: how many samples lie in each of at most N bins (1 to %1) "
                "whose bounds grow by the same ratio, and how many are 0 or less.")
            .arg(kMaxHistogramBins),
        Cli::tr("N"));
    const QCommandLineOption orderOption(
        u"order"_s,
        Cli::tr("With --by: order the groups by page views (the default), by the percentile's "
                "value, or by name."),
        Cli::tr("views|value|name"), u"views"_s);
    const QCommandLineOption ascendingOption(
        u"ascending"_s, Cli::tr("With --by: smallest (or A) first instead of largest (or Z)."));
    for (const QCommandLineOption *option :
         {&metricOption, &percentileOption, &byOption, &bucketOption, &histogramOption})
        cl.addOption(*option);
    options.addFilterOptions();
    cl.addOption(orderOption);
    cl.addOption(ascendingOption);
    if (const auto done = cl.parse(arguments))
        return *done;
    if (const auto done = options.checkStore())
        return *done;
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

    if (cl.isSet(byOption) && cl.isSet(bucketOption))
        return cl.usageError(Cli::tr("Use either --by or --bucket, not both."));
    if (cl.isSet(histogramOption) && (cl.isSet(byOption) || cl.isSet(bucketOption)))
        return cl.usageError(Cli::tr("--histogram cannot be combined with --by or --bucket."));
    if (cl.isSet(byOption)) {
        query.groupBy = dimensionFromId(cl.value(byOption).trimmed());
        if (!query.groupBy)
            return cl.usageError(Cli::tr("Unknown dimension '%1'; use one of: %2.")
                                     .arg(cl.value(byOption), groupingDimensionIdList()));
        if (!isColumnDimension(*query.groupBy))
            return cl.usageError(
                Cli::tr("--by %1 is not possible: a page view can have several errors, so errors "
                        "only filter (--filter %1=FINGERPRINT); use the errors command to list "
                        "them. Group by one of: %2.")
                    .arg(QLatin1StringView(dimensionId(*query.groupBy)),
                         groupingDimensionIdList()));
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
    std::optional<int> bins;
    if (cl.isSet(histogramOption)) {
        bins = cl.intValue(histogramOption, 1, kMaxHistogramBins);
        if (!bins)
            return cl.usageError(
                Cli::tr("--histogram must be a whole number from 1 to %1, not "
                        "'%2'.")
                    .arg(QString::number(kMaxHistogramBins), cl.value(histogramOption)));
    }
    if (const auto done = options.load(query.filter, query.limit))
        return *done;
    const QString storePath = options.storePath();
    if (bins)
        return printHistogram(options.engine(), storePath, query, *bins, cl.json());
    const MetricQueryResult result = options.engine().run(query);

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
        QJsonObject document = documentJson(storePath, query, result.total);
        document.insert(u"rows"_s, rows);
        printJson(document);
        return ExitSuccess;
    }

    TextTable table = summaryTable(query);
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
