// bench/queries, rumscope's side: QUERIES.md's Q1–Q8 answered by the local engine (Q7 by the
// store's session indexes, as the GUI does), warm, with the results in the JSON shape that
// run.sh compares with SQLite's and DuckDB's. The dashboard refresh (Q1+Q2+Q3+Q4+Q6+Q8) and
// the filter change (Q5) are also timed as the one batch each the GUI sends.
//
// Opening is timed too, with the resident memory after it: `--open-only` stops there, and
// `--fresh` first removes the column snapshot, so that the store alone is read (a first open).
//
// Usage: bench_queries STORE --runs N --session SESSION_ID --country C --from MS --to MS
//        bench_queries STORE --open-only [--fresh]
#include "query/columnsnapshot.h"
#include "query/localengine.h"
#include "query/sessionjourney.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>

using namespace rumscope;

namespace {

constexpr qint64 kDayMs = 86'400'000;

/// A figure of /proc/self/status in MB: VmRSS (resident now) or VmHWM (the peak).
double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field))).trimmed().split(' ').first().toDouble() /
                   1024.0;
    }
    return 0;
}

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

MetricQuery lcpBy(std::optional<Dimension> dimension, const Filter &filter)
{
    MetricQuery query;
    query.metric = Metric::Lcp;
    query.filter = filter;
    query.groupBy = dimension;
    query.order = GroupOrder::Name;
    query.ascending = true;
    return query;
}

MetricQuery lcpPerDay(const Filter &filter)
{
    MetricQuery query;
    query.metric = Metric::Lcp;
    query.filter = filter;
    query.bucketMs = kDayMs;
    return query;
}

/// [[group, views, p75], …] sorted by the group's UTF-8 bytes, as SQL's ORDER BY does.
QJsonArray groupRows(const MetricQueryResult &result)
{
    std::vector<std::pair<QByteArray, const MetricSummary *>> rows;
    for (const MetricSummary &row : result.rows)
        rows.emplace_back(row.group.toUtf8(), &row);
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray out;
    for (const auto &[group, row] : rows)
        out.append(QJsonArray{row->group, row->pageViews, number(row->value)});
    return out;
}

/// [[dayStart, views, p75], …] for the days with page views.
QJsonArray dayRows(const MetricQueryResult &result)
{
    QJsonArray out;
    for (const MetricSummary &row : result.rows) {
        if (row.pageViews > 0)
            out.append(QJsonArray{row.bucketStart, row.pageViews, number(row.value)});
    }
    return out;
}

const MetricQueryResult &metricAt(const BatchResult &result, size_t index)
{
    return std::get<MetricQueryResult>(result.answers.at(index));
}

struct Timed
{
    QJsonArray ms;
    QJsonValue result;
};

/// One untimed run, then `runs` timed ones; the result of the last.
Timed timed(int runs, const std::function<QJsonValue()> &query)
{
    Timed timed;
    query();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        timed.result = query();
        timed.ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return timed;
}

QJsonObject entry(const Timed &timed)
{
    return {{QStringLiteral("ms"), timed.ms}, {QStringLiteral("result"), timed.result}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString storePath, session, country;
    int runs = 5;
    bool openOnly = false, fresh = false;
    qint64 from = 0, to = 0;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (arg == u"--runs")
            runs = std::max(1, value.toInt()), ++i;
        else if (arg == u"--session")
            session = value, ++i;
        else if (arg == u"--country")
            country = value, ++i;
        else if (arg == u"--from")
            from = value.toLongLong(), ++i;
        else if (arg == u"--to")
            to = value.toLongLong(), ++i;
        else if (arg == u"--open-only")
            openOnly = true;
        else if (arg == u"--fresh")
            fresh = true;
        else if (storePath.isEmpty())
            storePath = arg;
    }
    if (storePath.isEmpty() ||
        (!openOnly && (session.isEmpty() || country.isEmpty() || from >= to))) {
        std::fprintf(stderr, "usage: bench_queries STORE --runs N --session SESSION_ID "
                             "--country C --from MS --to MS\n"
                             "       bench_queries STORE --open-only [--fresh]\n");
        return 2;
    }
    {
        // The bench's own store, brought to this build's format before anything is timed.
        Result<Store> store = Store::open(storePath);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return 1;
        }
    }
    if (fresh)
        QFile::remove(ColumnSnapshot::pathFor(storePath));

    QElapsedTimer loadTimer;
    loadTimer.start();
    Result<LocalEngine> loaded = LocalEngine::load(storePath);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
        return 1;
    }
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    const LocalEngine &engine = loaded.value();
    const double rssMb = statusMb("VmRSS:");
    const double peakRssMb = statusMb("VmHWM:");
    if (openOnly) {
        const QJsonObject out{{QStringLiteral("pageViews"), engine.pageViews()},
                              {QStringLiteral("loadMs"), loadMs},
                              {QStringLiteral("rssMb"), rssMb},
                              {QStringLiteral("peakRssMb"), peakRssMb}};
        std::puts(QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }

    const Filter all;
    Filter narrow;
    narrow.from = from;
    narrow.to = to;
    narrow.dimensions = {{Dimension::Country, {country}, false},
                         {Dimension::DeviceType, {QStringLiteral("mobile")}, false}};

    std::vector<BatchQuery> q1;
    for (const Metric metric : kOverviewMetrics) {
        MetricQuery query;
        query.metric = metric;
        q1.emplace_back(query);
    }
    const auto q1Json = [](const BatchResult &result, size_t first) {
        QJsonObject out;
        for (size_t i = 0; i < kOverviewMetrics.size(); ++i)
            out.insert(QLatin1StringView(metricInfo(kOverviewMetrics[i]).id),
                       number(metricAt(result, first + i).total.value));
        return out;
    };
    const auto q4 = [](const Filter &filter) {
        return std::vector<BatchQuery>{lcpBy(Dimension::Browser, filter),
                                       lcpBy(Dimension::Os, filter),
                                       lcpBy(Dimension::DeviceType, filter)};
    };
    const auto q4Json = [](const BatchResult &result, size_t first) {
        return QJsonObject{{QStringLiteral("browser"), groupRows(metricAt(result, first))},
                           {QStringLiteral("os"), groupRows(metricAt(result, first + 1))},
                           {QStringLiteral("device_type"), groupRows(metricAt(result, first + 2))}};
    };
    // [[group, count, sessions], …] of the 50 largest groups; a group is named by its
    // fingerprint, else by its message, and ties go by that name's UTF-8 bytes, as in SQL.
    const auto errorsJson = [](const ErrorGroupResult &result) {
        std::vector<std::pair<QByteArray, const ErrorGroup *>> groups;
        for (const ErrorGroup &group : result.groups)
            groups.emplace_back(
                (group.fingerprint.isEmpty() ? group.message : group.fingerprint).toUtf8(), &group);
        std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
            return a.second->count != b.second->count ? a.second->count > b.second->count
                                                      : a.first < b.first;
        });
        QJsonArray rows;
        for (size_t i = 0; i < groups.size() && i < 50; ++i)
            rows.append(QJsonArray{QString::fromUtf8(groups[i].first), groups[i].second->count,
                                   groups[i].second->sessions});
        return rows;
    };
    const auto sharesJson = [](const MetricSummary &lcp) {
        return QJsonObject{{QStringLiteral("good"), lcp.good},
                           {QStringLiteral("ni"), lcp.needsImprovement},
                           {QStringLiteral("poor"), lcp.poor}};
    };

    QJsonObject queries;
    queries.insert(QStringLiteral("Q1"),
                   entry(timed(runs, [&] { return q1Json(engine.run(q1), 0); })));
    queries.insert(QStringLiteral("Q2"),
                   entry(timed(runs, [&] { return dayRows(engine.run(lcpPerDay(all))); })));
    queries.insert(QStringLiteral("Q3"), entry(timed(runs, [&] {
                       return groupRows(engine.run(lcpBy(Dimension::Country, all)));
                   })));
    queries.insert(QStringLiteral("Q4"),
                   entry(timed(runs, [&] { return q4Json(engine.run(q4(all)), 0); })));
    std::vector<BatchQuery> q5{lcpPerDay(narrow), lcpBy(Dimension::Country, narrow)};
    for (BatchQuery &query : q4(narrow))
        q5.push_back(std::move(query));
    const auto q5Json = [&](const BatchResult &result) {
        return QJsonObject{{QStringLiteral("Q2"), dayRows(metricAt(result, 0))},
                           {QStringLiteral("Q3"), groupRows(metricAt(result, 1))},
                           {QStringLiteral("Q4"), q4Json(result, 2)}};
    };
    const Timed filterChange = timed(runs, [&] { return q5Json(engine.run(q5)); });
    queries.insert(QStringLiteral("Q5"), entry(filterChange));
    ErrorGroupQuery q6;
    q6.limit = 0; // all groups: the bench cuts at 50 in SQL's order
    queries.insert(QStringLiteral("Q6"),
                   entry(timed(runs, [&] { return errorsJson(engine.errorGroups(q6)); })));
    queries.insert(QStringLiteral("Q7"), entry(timed(runs, [&]() -> QJsonValue {
                       Result<SessionJourney> journey = loadSessionJourney(
                           store.value(), session, {RecordType::PageView, RecordType::Error});
                       if (!journey)
                           return QJsonValue(QJsonValue::Null);
                       QJsonArray views, errors;
                       for (const Record &record : journey->events) {
                           if (const auto *view = std::get_if<PageView>(&record))
                               views.append(QJsonArray{view->time, view->viewId});
                           else if (const auto *error = std::get_if<ErrorEvent>(&record))
                               errors.append(QJsonArray{error->time, error->message});
                       }
                       return QJsonObject{{QStringLiteral("pageViews"), views},
                                          {QStringLiteral("errors"), errors}};
                   })));
    MetricQuery lcpShares;
    lcpShares.metric = Metric::Lcp;
    queries.insert(QStringLiteral("Q8"),
                   entry(timed(runs, [&] { return sharesJson(engine.run(lcpShares).total); })));

    // What the GUI sends on a refresh: everything in one batch.
    std::vector<BatchQuery> dashboard = q1;
    dashboard.emplace_back(lcpPerDay(all));
    dashboard.emplace_back(lcpBy(Dimension::Country, all));
    for (BatchQuery &query : q4(all))
        dashboard.push_back(std::move(query));
    dashboard.emplace_back(q6);
    dashboard.emplace_back(lcpShares);
    const Timed refresh = timed(runs, [&] {
        const BatchResult result = engine.run(dashboard);
        return QJsonValue(qint64(result.answers.size()));
    });

    const QJsonObject out{
        {QStringLiteral("engine"), QStringLiteral("rumscope")},
        {QStringLiteral("pageViews"), engine.pageViews()},
        {QStringLiteral("loadMs"), loadMs},
        {QStringLiteral("rssMb"), rssMb},
        {QStringLiteral("peakRssMb"), peakRssMb},
        {QStringLiteral("rssAfterQueriesMb"), statusMb("VmRSS:")},
        {QStringLiteral("queries"), queries},
        {QStringLiteral("dashboard"), QJsonObject{{QStringLiteral("ms"), refresh.ms}}},
        {QStringLiteral("filterChange"), QJsonObject{{QStringLiteral("ms"), filterChange.ms}}},
    };
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
