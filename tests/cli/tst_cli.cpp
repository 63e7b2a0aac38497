// rumscope-cli as users and scripts meet it: run the built executable, check exit codes,
// messages and JSON, and check its numbers against brute force over the generated NDJSON.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(
            QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

/// The generated test traffic, read back line by line as plain JSON.
struct Traffic
{
    QList<QJsonObject> records;

    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &record : records) {
            if (record.value(u"type"_s).toString() == type)
                result.append(record);
        }
        return result;
    }
};

/// The percentile (SQL's PERCENTILE_DISC, DuckDB's quantile_disc): the first sorted value at or
/// below which a share p of the values lie.
double bruteForcePercentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double n = double(values.size());
    qsizetype i = 1;
    while (i < values.size() && double(i) < n * p)
        ++i;
    return values.at(i - 1);
}

QList<double> metricValues(const QList<QJsonObject> &pageViews, const QString &metric)
{
    QList<double> values;
    for (const QJsonObject &view : pageViews) {
        const QJsonValue value = view.value(metric);
        if (value.isDouble())
            values.append(value.toDouble());
    }
    return values;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_ndjson; ///< generated once, imported into m_store
    QString m_store;
    Traffic m_traffic;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QString &language = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // English messages and C number formats unless a test asks for a language.
        env.insert(u"LC_ALL"_s, language.isEmpty() ? u"C"_s : language);
        env.insert(u"LANGUAGE"_s, QString());
        process.setProcessEnvironment(env);
        process.start(m_cli, arguments);
        if (!process.waitForStarted())
            return {};
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(300000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static Traffic readTraffic(const QString &file)
    {
        Traffic traffic;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return traffic;
        while (!in.atEnd()) {
            const QByteArray line = in.readLine().trimmed();
            if (!line.isEmpty())
                traffic.records.append(QJsonDocument::fromJson(line).object());
        }
        return traffic;
    }

    static QByteArray readAll(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    QJsonObject queryTotal(const QStringList &extra)
    {
        const Run result = run(QStringList{u"query"_s, u"--store"_s, m_store, u"--json"_s} + extra);
        if (result.exitCode != 0)
            qWarning().noquote() << result.describe();
        return result.json().object().value(u"total"_s).toObject();
    }

    /// The JSON document of a command that must succeed; empty (with a warning) otherwise.
    QJsonObject jsonOf(const QStringList &arguments) const
    {
        const Run result = run(arguments + QStringList{u"--json"_s});
        if (result.exitCode != 0)
            qWarning().noquote() << arguments.join(u' ') << result.describe();
        return result.exitCode == 0 ? result.json().object() : QJsonObject();
    }

    /// The country of each page view, by session and view id: what an error's view is.
    QHash<QString, QString> viewCountries() const
    {
        QHash<QString, QString> countries;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s))
            countries.insert(viewKey(view), view.value(u"country"_s).toString());
        return countries;
    }
    static QString viewKey(const QJsonObject &record)
    {
        return record.value(u"sessionId"_s).toString() + u'/' +
               record.value(u"viewId"_s).toString();
    }

    static qint64 sumOf(const QJsonArray &array, const QString &key)
    {
        qint64 sum = 0;
        for (const QJsonValue &value : array)
            sum += value.toObject().value(key).toInteger();
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli");
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));

        m_ndjson = path(u"traffic.ndjson"_s);
        m_store = path(u"traffic.rumscope"_s);
        const Run generated =
            run({u"generate"_s, u"--sessions"_s, u"300"_s, u"--seed"_s, u"7"_s, u"--days"_s,
                 u"10"_s, u"--end"_s, u"2024-05-01T00:00:00Z"_s, u"-o"_s, m_ndjson});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.describe()));
        m_traffic = readTraffic(m_ndjson);
        QVERIFY(m_traffic.ofType(u"session"_s).size() == 300);
        QVERIFY(!m_traffic.ofType(u"pageview"_s).isEmpty());

        const Run imported = run({u"import"_s, u"--store"_s, m_store, m_ndjson});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("top") << QStringList{u"--help"_s};
        QTest::newRow("help") << QStringList{u"help"_s};
        QTest::newRow("help import") << QStringList{u"help"_s, u"import"_s};
        for (const char *command :
             {"generate", "import", "stats", "query", "session", "errors", "sessions"})
            QTest::newRow(command) << QStringList{QString::fromLatin1(command), u"--help"_s};
    }
    void helpForEveryCommand()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY2(result.out.contains("Usage: rumscope-cli"), qPrintable(result.describe()));
        QVERIFY(result.out.contains("--json") || arguments.first() == u"help"_s ||
                arguments.first() == u"--help"_s);
    }

    void topLevelHelpDocumentsExitCodes()
    {
        const Run result = run({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        for (const char *code : {"0  success", "1  runtime failure", "2  usage error",
                                 "3  nothing could be read", "4  not found"})
            QVERIFY2(result.out.contains(code), code);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << u"No command"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("unknown top option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("unknown option")
            << QStringList{u"stats"_s, u"--store"_s, u"x"_s, u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("missing value") << QStringList{u"stats"_s, u"--store"_s} << u"store"_s;
        QTest::newRow("missing store") << QStringList{u"stats"_s} << u"--store"_s;
        QTest::newRow("sessions 0")
            << QStringList{u"generate"_s, u"--sessions"_s, u"0"_s, u"-o"_s, u"x"_s}
            << u"--sessions"_s;
        QTest::newRow("days 0") << QStringList{u"generate"_s, u"--sessions"_s, u"1"_s, u"--days"_s,
                                               u"0"_s,        u"-o"_s,         u"x"_s}
                                << u"--days"_s;
        QTest::newRow("bad end") << QStringList{u"generate"_s,  u"--sessions"_s, u"1"_s, u"--end"_s,
                                                u"yesterday"_s, u"-o"_s,         u"x"_s}
                                 << u"yesterday"_s;
        QTest::newRow("import without files")
            << QStringList{u"import"_s, u"--store"_s, u"x"_s} << u"file"_s;
        QTest::newRow("session without id")
            << QStringList{u"session"_s, u"--store"_s, u"x"_s} << u"session id"_s;
        QTest::newRow("unknown generate format")
            << QStringList{u"generate"_s, u"--sessions"_s, u"1"_s, u"--format"_s,
                           u"pigeon"_s,   u"-o"_s,         u"x"_s}
            << u"pigeon"_s;
        QTest::newRow("unknown import format")
            << QStringList{u"import"_s, u"--store"_s, u"x"_s, u"--format"_s, u"pigeon"_s, u"f"_s}
            << u"pigeon"_s;
        QTest::newRow("missing geoip database")
            << QStringList{u"import"_s,  u"--store"_s,           u"x"_s,
                           u"--geoip"_s, u"/nonexistent.mmdb"_s, u"f"_s}
            << u"nonexistent.mmdb"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        QVERIFY2(QString::fromUtf8(result.err).contains(message, Qt::CaseInsensitive),
                 qPrintable(result.describe()));
        QVERIFY(result.out.isEmpty());
    }

    void generateIsDeterministic()
    {
        const QStringList common{
            u"generate"_s, u"--sessions"_s,          u"40"_s, u"--days"_s, u"3"_s,
            u"--end"_s,    u"2024-03-01T12:00:00Z"_s};
        const QString a = path(u"a.ndjson"_s);
        const QString b = path(u"b.ndjson"_s);
        const QString c = path(u"c.ndjson"_s);
        QCOMPARE(run(common + QStringList{u"--seed"_s, u"42"_s, u"-o"_s, a}).exitCode, 0);
        QCOMPARE(run(common + QStringList{u"--seed"_s, u"42"_s, u"-o"_s, b}).exitCode, 0);
        QCOMPARE(run(common + QStringList{u"--seed"_s, u"43"_s, u"-o"_s, c}).exitCode, 0);
        const QByteArray first = readAll(a);
        QVERIFY(!first.isEmpty());
        QVERIFY2(first == readAll(b), "same seed, different output");
        QVERIFY2(first != readAll(c), "different seed, same output");

        // "-o -" writes the same bytes to stdout and keeps the summary off it.
        const Run toStdout = run(common + QStringList{u"--seed"_s, u"42"_s, u"-o"_s, u"-"_s});
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(toStdout.out == first);
        QVERIFY(!toStdout.err.isEmpty());
    }

    void sdkEncodingsAreDeterministicAndImport_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"web-vitals", "boomerang", "faro", "elastic", "otlp", "sentry"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void sdkEncodingsAreDeterministicAndImport()
    {
        // Two processes (each with its own hash seed) must write the same bytes, and the
        // requests must import through the real parsers with nothing quarantined.
        QFETCH(QString, format);
        const QStringList common{
            u"generate"_s, u"--sessions"_s,           u"30"_s,       u"--days"_s, u"2"_s,
            u"--end"_s,    u"2024-03-01T12:00:00Z"_s, u"--format"_s, format};
        const QString a = path(format + u"-a.ndjson"_s);
        const QString b = path(format + u"-b.ndjson"_s);
        QCOMPARE(run(common + QStringList{u"-o"_s, a}).exitCode, 0);
        QCOMPARE(run(common + QStringList{u"-o"_s, b}).exitCode, 0);
        const QByteArray first = readAll(a);
        QVERIFY(first.size() > 1000);
        QVERIFY2(first == readAll(b), "same arguments, different output");
        const Run imported =
            run({u"import"_s, u"--json"_s, u"--store"_s, path(format + u".rumscope"_s), a});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
        QVERIFY(summary.value(u"accepted"_s).toInteger() > 30);
        QCOMPARE(summary.value(u"quarantined"_s).toInteger(), 0);
    }

    void generateJsonSummary()
    {
        const QString file = path(u"summary.ndjson"_s);
        const Run result = run({u"generate"_s, u"--sessions"_s, u"5"_s, u"--end"_s,
                                u"1714521600000"_s, u"-o"_s, file, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QJsonObject summary = result.json().object();
        QCOMPARE(summary.value(u"sessions"_s).toInteger(), 5);
        QCOMPARE(summary.value(u"bytes"_s).toInteger(), QFileInfo(file).size());
        QCOMPARE(summary.value(u"records"_s).toInteger(), readTraffic(file).records.size());
        QCOMPARE(summary.value(u"end"_s).toString(), u"2024-05-01T00:00:00.000Z"_s);
    }

    void importAndStatsAgree()
    {
        const Run result = run({u"stats"_s, u"--store"_s, m_store, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QJsonObject stats = result.json().object();
        const QList<std::pair<const char *, const char *>> counts{
            {"sessions", "session"},         {"pageViews", "pageview"}, {"errors", "error"},
            {"interactions", "interaction"}, {"resources", "resource"}, {"longTasks", "longtask"},
            {"measurements", "measurement"}};
        for (const auto &[key, type] : counts) {
            QCOMPARE(stats.value(QLatin1StringView(key)).toInteger(),
                     m_traffic.ofType(QLatin1StringView(type)).size());
        }
        QCOMPARE(stats.value(u"quarantined"_s).toInteger(), 0);
        QCOMPARE(stats.value(u"imports"_s).toInteger(), 1);
        QVERIFY(stats.value(u"schemaVersion"_s).toInt() >= 1);
        QVERIFY(stats.value(u"fileBytes"_s).toInteger() > 0);

        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = 0;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s)) {
            first = std::min(first, view.value(u"time"_s).toInteger());
            last = std::max(last, view.value(u"time"_s).toInteger());
        }
        QCOMPARE(stats.value(u"firstPageView"_s).toInteger(), first);
        QCOMPARE(stats.value(u"lastPageView"_s).toInteger(), last);

        const Run text = run({u"stats"_s, u"--store"_s, m_store});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Page views"));
    }

    void importReportsBadLines()
    {
        const QList<QByteArray> good = readAll(m_ndjson).split('\n').mid(0, 6);
        QByteArray content;
        content += good[0] + '\n';
        content += "this is not json\n"; // line 2
        content += good[1] + '\n';
        content += "{\"type\":\"teleport\",\"time\":1714000000000}\n"; // line 4
        for (qsizetype i = 2; i < good.size(); ++i)
            content += good[i] + '\n';
        const QString file = path(u"bad-lines.ndjson"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();

        const QString store = path(u"bad-lines.rumscope"_s);
        const Run text = run({u"import"_s, u"--store"_s, store, file});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains("bad-lines.ndjson:2:"), qPrintable(text.describe()));
        QVERIFY2(text.out.contains("bad-lines.ndjson:4:"), qPrintable(text.describe()));

        const QString store2 = path(u"bad-lines-2.rumscope"_s);
        const Run json = run({u"import"_s, u"--store"_s, store2, u"--json"_s, u"-"_s}, content);
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject summary = json.json().object();
        QCOMPARE(summary.value(u"accepted"_s).toInteger(), good.size());
        QCOMPARE(summary.value(u"quarantined"_s).toInteger(), 2);
        const QJsonArray notes = summary.value(u"notes"_s).toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].toObject().value(u"line"_s).toInteger(), 2);
        QCOMPARE(notes[1].toObject().value(u"line"_s).toInteger(), 4);
        QVERIFY(!notes[0].toObject().value(u"reason"_s).toString().isEmpty());
    }

    void importOfMissingFileReadsNothing()
    {
        const QString missing = path(u"no-such-file.ndjson"_s);
        const Run result = run({u"import"_s, u"--store"_s, path(u"empty.rumscope"_s), missing});
        QVERIFY2(result.exitCode == 3, qPrintable(result.describe()));
        QVERIFY2(result.err.contains("no-such-file.ndjson"), qPrintable(result.describe()));
    }

    void queryMatchesBruteForce_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("percentile");
        QTest::addColumn<double>("p");
        QTest::newRow("lcp p75") << u"lcp"_s << u"75"_s << 0.75;
        QTest::newRow("lcp as p75") << u"lcp"_s << u"p75"_s << 0.75;
        QTest::newRow("lcp as 0.75") << u"lcp"_s << u"0.75"_s << 0.75;
        QTest::newRow("inp p90") << u"inp"_s << u"p90"_s << 0.90;
        QTest::newRow("cls p50") << u"cls"_s << u"50"_s << 0.50;
        QTest::newRow("ttfb p99") << u"ttfb"_s << u"99"_s << 0.99;
    }
    void queryMatchesBruteForce()
    {
        QFETCH(QString, metric);
        QFETCH(QString, percentile);
        QFETCH(double, p);
        const QList<QJsonObject> views = m_traffic.ofType(u"pageview"_s);
        const QList<double> values = metricValues(views, metric);
        QVERIFY(!values.isEmpty());

        const Run result = run({u"query"_s, u"--store"_s, m_store, u"--metric"_s, metric,
                                u"--percentile"_s, percentile, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QJsonObject document = result.json().object();
        QCOMPARE(document.value(u"metric"_s).toString(), metric);
        QCOMPARE(document.value(u"percentile"_s).toDouble(), p);
        const QJsonObject total = document.value(u"total"_s).toObject();
        QCOMPARE(total.value(u"pageViews"_s).toInteger(), views.size());
        QCOMPARE(total.value(u"samples"_s).toInteger(), values.size());
        // The engine keeps metrics as float: compare at float precision.
        QCOMPARE(float(total.value(u"value"_s).toDouble()), float(bruteForcePercentile(values, p)));
        const qint64 rated = total.value(u"good"_s).toInteger() +
                             total.value(u"needsImprovement"_s).toInteger() +
                             total.value(u"poor"_s).toInteger();
        QCOMPARE(rated, values.size());
    }

    void queryByCountryMatchesBruteForce()
    {
        const Run result = run({u"query"_s, u"--store"_s, m_store, u"--metric"_s, u"lcp"_s,
                                u"--by"_s, u"country"_s, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QHash<QString, QList<QJsonObject>> byCountry;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s))
            byCountry[view.value(u"country"_s).toString()].append(view);
        const QJsonArray rows = result.json().object().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), byCountry.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QString country = row.value(u"group"_s).toString();
            QVERIFY2(byCountry.contains(country), qPrintable(country));
            const QList<double> values = metricValues(byCountry[country], u"lcp"_s);
            QCOMPARE(row.value(u"pageViews"_s).toInteger(), byCountry[country].size());
            QCOMPARE(row.value(u"samples"_s).toInteger(), values.size());
            if (!values.isEmpty())
                QCOMPARE(float(row.value(u"value"_s).toDouble()),
                         float(bruteForcePercentile(values, 0.75)));
            // Groups come with the most page views first.
            QVERIFY(row.value(u"pageViews"_s).toInteger() <= previous);
            previous = row.value(u"pageViews"_s).toInteger();
        }
    }

    void queryFiltersCombine()
    {
        QHash<QString, qint64> perCountry;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s))
            ++perCountry[view.value(u"country"_s).toString()];
        QVERIFY(perCountry.size() >= 2);
        QList<QString> countries = perCountry.keys();
        std::sort(countries.begin(), countries.end());
        const QString a = countries[0];
        const QString b = countries[1];
        const qint64 all = m_traffic.ofType(u"pageview"_s).size();

        const QJsonObject one =
            queryTotal({u"--metric"_s, u"lcp"_s, u"--filter"_s, u"country="_s + a});
        QCOMPARE(one.value(u"pageViews"_s).toInteger(), perCountry[a]);
        // Two values of one dimension are alternatives.
        const QJsonObject two = queryTotal({u"--metric"_s, u"lcp"_s, u"--filter"_s,
                                            u"country="_s + a, u"--filter"_s, u"country="_s + b});
        QCOMPARE(two.value(u"pageViews"_s).toInteger(), perCountry[a] + perCountry[b]);
        const QJsonObject excluded =
            queryTotal({u"--metric"_s, u"lcp"_s, u"--exclude"_s, u"country="_s + a});
        QCOMPARE(excluded.value(u"pageViews"_s).toInteger(), all - perCountry[a]);

        // A time range: the later half of the traffic.
        QList<qint64> times;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s))
            times.append(view.value(u"time"_s).toInteger());
        std::sort(times.begin(), times.end());
        const qint64 from = times[times.size() / 2];
        const qint64 expected = times.end() - std::lower_bound(times.begin(), times.end(), from);
        const QJsonObject later =
            queryTotal({u"--metric"_s, u"lcp"_s, u"--from"_s, QString::number(from)});
        QCOMPARE(later.value(u"pageViews"_s).toInteger(), expected);
    }

    void querySeveralPercentilesInValueOrder()
    {
        const Run result = run({u"query"_s, u"--store"_s, m_store, u"--metric"_s, u"lcp"_s,
                                u"--by"_s, u"country"_s, u"--percentile"_s, u"50,p90,0.99"_s,
                                u"--order"_s, u"value"_s, u"--limit"_s, u"3"_s, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QHash<QString, QList<QJsonObject>> byCountry;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s))
            byCountry[view.value(u"country"_s).toString()].append(view);
        const QJsonArray rows = result.json().object().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), std::min<qsizetype>(3, byCountry.size()));
        double previous = std::numeric_limits<double>::infinity();
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QList<double> values =
                metricValues(byCountry[row.value(u"group"_s).toString()], u"lcp"_s);
            const QJsonObject percentiles = row.value(u"values"_s).toObject();
            QCOMPARE(float(percentiles.value(u"p50"_s).toDouble()),
                     float(bruteForcePercentile(values, 0.5)));
            QCOMPARE(float(percentiles.value(u"p90"_s).toDouble()),
                     float(bruteForcePercentile(values, 0.9)));
            QCOMPARE(float(percentiles.value(u"p99"_s).toDouble()),
                     float(bruteForcePercentile(values, 0.99)));
            // Slowest first, by the first percentile.
            QVERIFY(row.value(u"value"_s).toDouble() <= previous);
            previous = row.value(u"value"_s).toDouble();
        }
        const Run table = run({u"query"_s, u"--store"_s, m_store, u"--metric"_s, u"inp"_s,
                               u"--percentile"_s, u"75,95"_s});
        QVERIFY(table.out.contains("p75 INP") && table.out.contains("p95 INP"));
    }

    void queryTableAndBuckets()
    {
        const Run table = run(
            {u"query"_s, u"--store"_s, m_store, u"--metric"_s, u"lcp"_s, u"--by"_s, u"device"_s});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY(table.out.contains("p75 LCP"));
        QVERIFY(table.out.contains("All page views"));

        const Run days = run({u"query"_s, u"--store"_s, m_store, u"--metric"_s, u"lcp"_s,
                              u"--bucket"_s, u"day"_s, u"--json"_s});
        QVERIFY2(days.exitCode == 0, qPrintable(days.describe()));
        const QJsonArray rows = days.json().object().value(u"rows"_s).toArray();
        QVERIFY(rows.size() >= 9 && rows.size() <= 11);
        qint64 sum = 0;
        for (const QJsonValue &row : rows)
            sum += row.toObject().value(u"pageViews"_s).toInteger();
        QCOMPARE(sum, m_traffic.ofType(u"pageview"_s).size());
    }

    void queryUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("bad metric") << QStringList{u"--metric"_s, u"speed"_s};
        QTest::newRow("missing metric") << QStringList{};
        QTest::newRow("bad dimension")
            << QStringList{u"--metric"_s, u"lcp"_s, u"--by"_s, u"planet"_s};
        QTest::newRow("bad filter dimension")
            << QStringList{u"--metric"_s, u"lcp"_s, u"--filter"_s, u"planet=mars"_s};
        QTest::newRow("filter without value")
            << QStringList{u"--metric"_s, u"lcp"_s, u"--filter"_s, u"country"_s};
        QTest::newRow("bad percentile")
            << QStringList{u"--metric"_s, u"lcp"_s, u"--percentile"_s, u"150"_s};
        QTest::newRow("bad time") << QStringList{u"--metric"_s, u"lcp"_s, u"--from"_s, u"soon"_s};
        QTest::newRow("bad bucket")
            << QStringList{u"--metric"_s, u"lcp"_s, u"--bucket"_s, u"week"_s};
        QTest::newRow("by and bucket") << QStringList{u"--metric"_s, u"lcp"_s,      u"--by"_s,
                                                      u"country"_s,  u"--bucket"_s, u"day"_s};
        QTest::newRow("bad percentile in a list")
            << QStringList{u"--metric"_s, u"lcp"_s, u"--percentile"_s, u"50,x"_s};
        QTest::newRow("bad order") << QStringList{u"--metric"_s, u"lcp"_s, u"--order"_s, u"size"_s};
        QTest::newRow("bad has-error")
            << QStringList{u"--metric"_s, u"lcp"_s, u"--has-error"_s, u"maybe"_s};
        QTest::newRow("by error") << QStringList{u"--metric"_s, u"lcp"_s, u"--by"_s, u"error"_s};
    }
    void queryUsageErrors()
    {
        QFETCH(QStringList, extra);
        const Run result = run(QStringList{u"query"_s, u"--store"_s, m_store} + extra);
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        QVERIFY(!result.err.isEmpty());
    }

    void queryByCityMatchesBruteForce()
    {
        QHash<QString, QList<QJsonObject>> byCity;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s))
            byCity[view.value(u"city"_s).toString()].append(view);
        QVERIFY(byCity.size() > 10);
        const auto firstAndLast = [](const QList<QJsonObject> &views) {
            qint64 first = std::numeric_limits<qint64>::max(), last = 0;
            for (const QJsonObject &view : views) {
                first = std::min(first, view.value(u"time"_s).toInteger());
                last = std::max(last, view.value(u"time"_s).toInteger());
            }
            return std::pair{first, last};
        };
        const QJsonObject document = jsonOf(
            {u"query"_s, u"--store"_s, m_store, u"--metric"_s, u"inp"_s, u"--by"_s, u"city"_s});
        const QJsonArray rows = document.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), byCity.size());
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QString city = row.value(u"group"_s).toString();
            QVERIFY2(byCity.contains(city), qPrintable(city));
            const QList<double> values = metricValues(byCity[city], u"inp"_s);
            QCOMPARE(row.value(u"pageViews"_s).toInteger(), byCity[city].size());
            QCOMPARE(row.value(u"samples"_s).toInteger(), values.size());
            if (!values.isEmpty())
                QCOMPARE(float(row.value(u"value"_s).toDouble()),
                         float(bruteForcePercentile(values, 0.75)));
            const auto [first, last] = firstAndLast(byCity[city]);
            QCOMPARE(row.value(u"firstSeen"_s).toInteger(), first);
            QCOMPARE(row.value(u"lastSeen"_s).toInteger(), last);
        }
        const auto [first, last] = firstAndLast(m_traffic.ofType(u"pageview"_s));
        QCOMPARE(document[u"total"_s][u"firstSeen"_s].toInteger(), first);
        QCOMPARE(document[u"total"_s][u"lastSeen"_s].toInteger(), last);

        // A filter by a city (with a space in its name) and by none.
        const QString top = rows.first()[u"group"_s].toString();
        const QJsonObject one =
            queryTotal({u"--metric"_s, u"lcp"_s, u"--filter"_s, u"city="_s + top});
        QCOMPARE(one.value(u"pageViews"_s).toInteger(), byCity[top].size());
        QCOMPARE(one.value(u"firstSeen"_s).toInteger(), firstAndLast(byCity[top]).first);
        const QJsonObject others =
            queryTotal({u"--metric"_s, u"lcp"_s, u"--exclude"_s, u"city="_s + top});
        QCOMPARE(others.value(u"pageViews"_s).toInteger(),
                 m_traffic.ofType(u"pageview"_s).size() - byCity[top].size());
        // Nothing matches: no first or last time.
        const QJsonObject none =
            queryTotal({u"--metric"_s, u"lcp"_s, u"--filter"_s, u"city=Atlantis"_s});
        QCOMPARE(none.value(u"pageViews"_s).toInteger(), 0);
        QVERIFY(none.value(u"firstSeen"_s).isNull());
    }

    void errorFilterInEveryCommand()
    {
        // Brute force: the fingerprints of the errors on each page view.
        QHash<QString, QSet<QString>> fingerprints;
        QHash<QString, qint64> perFingerprint;
        for (const QJsonObject &error : m_traffic.ofType(u"error"_s)) {
            const QString fp = error.value(u"fingerprint"_s).toString();
            fingerprints[viewKey(error)].insert(fp);
            ++perFingerprint[fp];
        }
        QString wanted;
        for (auto it = perFingerprint.cbegin(); it != perFingerprint.cend(); ++it) {
            if (wanted.isEmpty() || it.value() > perFingerprint[wanted])
                wanted = it.key();
        }
        QVERIFY(perFingerprint[wanted] >= 2);
        qint64 views = 0;
        QSet<QString> sessions;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s)) {
            if (fingerprints.value(viewKey(view)).contains(wanted)) {
                ++views;
                sessions.insert(view.value(u"sessionId"_s).toString());
            }
        }
        qint64 errorsOnThem = 0;
        for (const QJsonObject &error : m_traffic.ofType(u"error"_s))
            errorsOnThem += fingerprints.value(viewKey(error)).contains(wanted);
        QVERIFY(views >= 2);
        const QStringList filter{u"--filter"_s, u"error="_s + wanted};

        const QJsonObject total = queryTotal(QStringList{u"--metric"_s, u"lcp"_s} + filter);
        QCOMPARE(total.value(u"pageViews"_s).toInteger(), views);
        const QJsonObject excluded =
            queryTotal({u"--metric"_s, u"lcp"_s, u"--exclude"_s, u"error="_s + wanted});
        QCOMPARE(excluded.value(u"pageViews"_s).toInteger(),
                 m_traffic.ofType(u"pageview"_s).size() - views);
        const QJsonObject list = jsonOf(
            QStringList{u"sessions"_s, u"--store"_s, m_store, u"--limit"_s, u"0"_s} + filter);
        QCOMPARE(list.value(u"sessions"_s).toInteger(), sessions.size());
        const QJsonObject errors =
            jsonOf(QStringList{u"errors"_s, u"--store"_s, m_store, u"--limit"_s, u"0"_s} + filter);
        QCOMPARE(errors.value(u"errors"_s).toInteger(), errorsOnThem);
        QCOMPARE(errors[u"filter"_s][u"include"_s][u"error"_s].toArray(), QJsonArray{wanted});
        bool listed = false;
        for (const QJsonValue &group : errors.value(u"groups"_s).toArray()) {
            if (group[u"fingerprint"_s].toString() == wanted) {
                QCOMPARE(group[u"count"_s].toInteger(), perFingerprint[wanted]);
                listed = true;
            }
        }
        QVERIFY(listed);

        // The help names it; an unknown fingerprint matches nothing.
        const Run help = run({u"query"_s, u"--help"_s});
        QVERIFY(help.out.contains("error=FINGERPRINT"));
        const QJsonObject unknown =
            queryTotal({u"--metric"_s, u"lcp"_s, u"--filter"_s, u"error=no-such-error"_s});
        QCOMPARE(unknown.value(u"pageViews"_s).toInteger(), 0);

        // Grouping by it is refused, saying why.
        const Run by = run(
            {u"query"_s, u"--store"_s, m_store, u"--metric"_s, u"lcp"_s, u"--by"_s, u"error"_s});
        QCOMPARE(by.exitCode, 2);
        QVERIFY2(by.err.contains("--by error") && by.err.contains("errors command"),
                 qPrintable(by.describe()));
        QVERIFY(by.out.isEmpty());
    }

    void errorTrendsAndBrowsers()
    {
        // Brute force: each error's browser is its page view's.
        QHash<QString, QString> browserOf;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s))
            browserOf.insert(viewKey(view), view.value(u"browser"_s).toString());
        QHash<QString, QHash<QString, qint64>> browsers;
        QHash<QString, QList<qint64>> times;
        for (const QJsonObject &error : m_traffic.ofType(u"error"_s)) {
            const QString fp = error.value(u"fingerprint"_s).toString();
            ++browsers[fp][browserOf.value(viewKey(error))];
            times[fp].append(error.value(u"time"_s).toInteger());
        }
        const QJsonObject document = jsonOf(
            {u"errors"_s, u"--store"_s, m_store, u"--limit"_s, u"0"_s, u"--bucket"_s, u"day"_s});
        const qint64 day = 86400000;
        QCOMPARE(document.value(u"bucketMs"_s).toInteger(), day);
        const qint64 start = document.value(u"bucketStart"_s).toInteger();
        QCOMPARE(start % day, 0);
        const QJsonArray groups = document.value(u"groups"_s).toArray();
        QCOMPARE(groups.size(), browsers.size());
        for (const QJsonValue &value : groups) {
            const QString fp = value[u"fingerprint"_s].toString();
            const QJsonArray trend = value[u"trend"_s].toArray();
            QVERIFY(trend.size() >= 9 && trend.size() <= 11);
            for (qsizetype b = 0; b < trend.size(); ++b) {
                const qint64 from = start + b * day;
                const auto expected =
                    std::count_if(times[fp].begin(), times[fp].end(),
                                  [&](qint64 t) { return t >= from && t < from + day; });
                QCOMPARE(trend[b].toInteger(), qint64(expected));
            }
            QList<std::pair<QString, qint64>> top(browsers[fp].keyValueBegin(),
                                                  browsers[fp].keyValueEnd());
            std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
            const QJsonArray shown = value[u"browsers"_s].toArray();
            QCOMPARE(shown.size(), std::min<qsizetype>(3, top.size()));
            for (qsizetype i = 0; i < shown.size(); ++i) {
                QCOMPARE(shown[i][u"browser"_s].toString(), top[i].first);
                QCOMPARE(shown[i][u"count"_s].toInteger(), top[i].second);
            }
        }
        // Without --bucket: browsers, no trend.
        const QJsonObject plain = jsonOf({u"errors"_s, u"--store"_s, m_store});
        QVERIFY(!plain.contains(u"bucketMs"_s));
        QVERIFY(!plain[u"groups"_s][0].toObject().contains(u"trend"_s));
        QVERIFY(!plain[u"groups"_s][0][u"browsers"_s].toArray().isEmpty());
        const Run bad = run({u"errors"_s, u"--store"_s, m_store, u"--bucket"_s, u"week"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--bucket"));
    }

    void errorGroupsAddUp()
    {
        const qint64 stored =
            run({u"stats"_s, u"--store"_s, m_store, u"--json"_s}).json()[u"errors"_s].toInteger();
        QCOMPARE(stored, m_traffic.ofType(u"error"_s).size());
        QVERIFY(stored > 0);

        const QJsonObject all = jsonOf({u"errors"_s, u"--store"_s, m_store, u"--limit"_s, u"0"_s});
        QCOMPARE(all.value(u"errors"_s).toInteger(), stored);
        const QJsonArray groups = all.value(u"groups"_s).toArray();
        QCOMPARE(groups.size(), all.value(u"groupCount"_s).toInteger());
        QCOMPARE(sumOf(groups, u"count"_s), stored);
        QVERIFY(groups.size() >= 3);
        qint64 previous = std::numeric_limits<qint64>::max();
        QSet<QString> keys;
        for (const QJsonValue &value : groups) {
            const QJsonObject group = value.toObject();
            const qint64 count = group.value(u"count"_s).toInteger();
            QVERIFY2(count <= previous, "groups not ordered by errors");
            previous = count;
            QVERIFY(group.value(u"sessions"_s).toInteger() >= 1);
            QVERIFY(group.value(u"sessions"_s).toInteger() <= count);
            QVERIFY(group.value(u"firstSeen"_s).toInteger() <=
                    group.value(u"lastSeen"_s).toInteger());
            keys.insert(group.value(u"fingerprint"_s).toString() + u'\n' +
                        group.value(u"message"_s).toString());
        }
        QCOMPARE(keys.size(), groups.size());

        // --limit keeps the groups with most errors; the totals stay those of every group.
        const QJsonObject two = jsonOf({u"errors"_s, u"--store"_s, m_store, u"--limit"_s, u"2"_s});
        QCOMPARE(two.value(u"groups"_s).toArray().size(), 2);
        QCOMPARE(two.value(u"groups"_s).toArray()[0], groups[0]);
        QCOMPARE(two.value(u"groups"_s).toArray()[1], groups[1]);
        QCOMPARE(two.value(u"errors"_s).toInteger(), stored);
        QCOMPARE(two.value(u"groupCount"_s).toInteger(), groups.size());

        const Run text = run({u"errors"_s, u"--store"_s, m_store});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY(text.out.contains("All errors"));
        QVERIFY(text.out.contains(groups[0].toObject().value(u"message"_s).toString().toUtf8()));
    }

    void errorGroupsFollowPageViewFilters()
    {
        // Brute force: an error is in a country when the page view it happened on is.
        const QHash<QString, QString> countryOfView = viewCountries();
        QHash<QString, qint64> perCountry;
        for (const QJsonObject &error : m_traffic.ofType(u"error"_s)) {
            const QString country = countryOfView.value(viewKey(error));
            if (!country.isEmpty())
                ++perCountry[country];
        }
        QList<QString> countries = perCountry.keys();
        QVERIFY(countries.size() >= 2);
        std::sort(countries.begin(), countries.end(), [&](const QString &a, const QString &b) {
            return perCountry[a] != perCountry[b] ? perCountry[a] > perCountry[b] : a < b;
        });
        const QString a = countries[0];
        const QString b = countries[1];
        const QStringList base{u"errors"_s, u"--store"_s, m_store, u"--limit"_s, u"0"_s};
        const qint64 unfiltered = jsonOf(base).value(u"errors"_s).toInteger();

        const QJsonObject one = jsonOf(base + QStringList{u"--filter"_s, u"country="_s + a});
        QCOMPARE(one.value(u"errors"_s).toInteger(), perCountry[a]);
        QCOMPARE(sumOf(one.value(u"groups"_s).toArray(), u"count"_s), perCountry[a]);
        QVERIFY(one.value(u"errors"_s).toInteger() <= unfiltered);
        QCOMPARE(one.value(u"filter"_s)[u"include"_s][u"country"_s].toArray(), QJsonArray{a});

        const QJsonObject both = jsonOf(
            base + QStringList{u"--filter"_s, u"country="_s + a, u"--filter"_s, u"country="_s + b});
        QCOMPARE(both.value(u"errors"_s).toInteger(), perCountry[a] + perCountry[b]);

        // Every country at once: the split adds up to the errors that are on a page view.
        QStringList everyCountry = base;
        qint64 onCountries = 0;
        for (const QString &country : countries) {
            everyCountry << u"--filter"_s << u"country="_s + country;
            onCountries += perCountry[country];
        }
        QVERIFY(onCountries <= unfiltered);
        QCOMPARE(jsonOf(everyCountry).value(u"errors"_s).toInteger(), onCountries);

        // No error is on a page view without one.
        const QJsonObject without = jsonOf(base + QStringList{u"--has-error"_s, u"no"_s});
        QCOMPARE(without.value(u"errors"_s).toInteger(), 0);
    }

    void sessionsMostRecentFirst()
    {
        // Brute force: each session's latest page view and its page views.
        QHash<QString, qint64> latest;
        QHash<QString, qint64> views;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s)) {
            const QString id = view.value(u"sessionId"_s).toString();
            latest[id] = std::max(latest.value(id), view.value(u"time"_s).toInteger());
            ++views[id];
        }
        QVERIFY(latest.size() > 5);
        const QStringList base{u"sessions"_s, u"--store"_s, m_store};

        const QJsonObject all = jsonOf(base + QStringList{u"--limit"_s, u"0"_s});
        QCOMPARE(all.value(u"sessions"_s).toInteger(), latest.size());
        const QJsonArray allRows = all.value(u"rows"_s).toArray();
        QCOMPARE(allRows.size(), latest.size());

        const QJsonObject five = jsonOf(base + QStringList{u"--limit"_s, u"5"_s});
        QCOMPARE(five.value(u"sessions"_s).toInteger(), latest.size());
        const QJsonArray rows = five.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 5);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            const QString id = row.value(u"sessionId"_s).toString();
            QVERIFY2(latest.contains(id), qPrintable(id));
            QVERIFY2(latest[id] <= previous, "sessions not most recently active first");
            previous = latest[id];
            QCOMPARE(row, allRows[i].toObject());
            QCOMPARE(row.value(u"pageViews"_s).toInteger(), views[id]);
            QVERIFY(row.value(u"start"_s).toInteger() <= latest[id]);
            QVERIFY(row.value(u"lastSeen"_s).toInteger() >= row.value(u"start"_s).toInteger());
        }
        QCOMPARE(latest[rows[0][u"sessionId"_s].toString()],
                 *std::max_element(latest.cbegin(), latest.cend()));

        // --search: an id prefix finds its session.
        const QString wanted = rows[2][u"sessionId"_s].toString();
        const QJsonObject found = jsonOf(base + QStringList{u"--search"_s, wanted.left(8)});
        const QJsonArray foundRows = found.value(u"rows"_s).toArray();
        QVERIFY(found.value(u"sessions"_s).toInteger() >= 1);
        QVERIFY(found.value(u"sessions"_s).toInteger() < latest.size());
        bool hasWanted = false;
        for (const QJsonValue &row : foundRows) {
            const QString id = row[u"sessionId"_s].toString();
            QVERIFY2(id.startsWith(wanted.left(8)), qPrintable(id));
            hasWanted = hasWanted || id == wanted;
        }
        QVERIFY(hasWanted);

        const Run text = run(base + QStringList{u"--limit"_s, u"5"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY(text.out.contains(wanted.toUtf8()));
        QVERIFY(text.out.contains("Worst vital"));
    }

    void sessionsFollowFilters()
    {
        QHash<QString, QSet<QString>> sessionsIn;
        QSet<QString> every;
        for (const QJsonObject &view : m_traffic.ofType(u"pageview"_s)) {
            sessionsIn[view.value(u"country"_s).toString()].insert(
                view.value(u"sessionId"_s).toString());
            every.insert(view.value(u"sessionId"_s).toString());
        }
        QString country;
        for (auto it = sessionsIn.cbegin(); it != sessionsIn.cend(); ++it) {
            if (!it.key().isEmpty() &&
                (country.isEmpty() || it.value().size() > sessionsIn[country].size()))
                country = it.key();
        }
        QVERIFY(!country.isEmpty());
        const QJsonObject filtered = jsonOf({u"sessions"_s, u"--store"_s, m_store, u"--limit"_s,
                                             u"0"_s, u"--filter"_s, u"country="_s + country});
        QCOMPARE(filtered.value(u"sessions"_s).toInteger(), sessionsIn[country].size());
        QVERIFY(filtered.value(u"sessions"_s).toInteger() < every.size());
        for (const QJsonValue &row : filtered.value(u"rows"_s).toArray()) {
            QCOMPARE(row[u"country"_s].toString(), country);
            QVERIFY(sessionsIn[country].contains(row[u"sessionId"_s].toString()));
        }
    }

    void histogramAddsUpToSamples_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("lcp") << QStringList{u"--metric"_s, u"lcp"_s};
        QTest::newRow("cls") << QStringList{u"--metric"_s, u"cls"_s};
        QTest::newRow("inp on mobile")
            << QStringList{u"--metric"_s, u"inp"_s, u"--filter"_s, u"device=mobile"_s};
    }
    void histogramAddsUpToSamples()
    {
        QFETCH(QStringList, extra);
        const QStringList base = QStringList{u"query"_s, u"--store"_s, m_store} + extra;
        const qint64 samples = jsonOf(base)[u"total"_s][u"samples"_s].toInteger();
        QVERIFY(samples > 0);

        const QJsonObject document = jsonOf(base + QStringList{u"--histogram"_s, u"30"_s});
        QCOMPARE(document[u"total"_s][u"samples"_s].toInteger(), samples);
        const QJsonObject histogram = document.value(u"histogram"_s).toObject();
        const QJsonArray bins = histogram.value(u"bins"_s).toArray();
        QVERIFY(!bins.isEmpty());
        QVERIFY(bins.size() <= 30);
        QCOMPARE(sumOf(bins, u"count"_s) + histogram.value(u"zeros"_s).toInteger(), samples);
        for (qsizetype i = 0; i < bins.size(); ++i) {
            QVERIFY(bins[i][u"from"_s].toDouble() < bins[i][u"to"_s].toDouble());
            if (i > 0)
                QCOMPARE(bins[i][u"from"_s].toDouble(), bins[i - 1][u"to"_s].toDouble());
        }

        // Zeros: the samples of 0 or less, by brute force over the matching page views.
        const QString metric = extra.at(1);
        QList<QJsonObject> views = m_traffic.ofType(u"pageview"_s);
        if (extra.contains(u"device=mobile"_s))
            views.removeIf([](const QJsonObject &view) {
                return view.value(u"deviceType"_s).toString() != u"mobile"_s;
            });
        const QList<double> values = metricValues(views, metric);
        QCOMPARE(values.size(), samples);
        QCOMPARE(
            histogram.value(u"zeros"_s).toInteger(),
            qint64(std::count_if(values.begin(), values.end(), [](double v) { return v <= 0; })));

        const Run text = run(base + QStringList{u"--histogram"_s, u"10"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY(text.out.contains("#"));
        QVERIFY(text.out.contains("All page views"));
    }

    void newCommandsUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList query{u"query"_s, u"--metric"_s, u"lcp"_s};
        QTest::newRow("errors unknown dimension")
            << QStringList{u"errors"_s, u"--filter"_s, u"planet=mars"_s} << u"planet"_s;
        QTest::newRow("errors limit -1")
            << QStringList{u"errors"_s, u"--limit"_s, u"-1"_s} << u"--limit"_s;
        QTest::newRow("errors bad time")
            << QStringList{u"errors"_s, u"--from"_s, u"soon"_s} << u"soon"_s;
        QTest::newRow("errors bad has-error")
            << QStringList{u"errors"_s, u"--has-error"_s, u"maybe"_s} << u"--has-error"_s;
        QTest::newRow("sessions limit -1")
            << QStringList{u"sessions"_s, u"--limit"_s, u"-1"_s} << u"--limit"_s;
        QTest::newRow("sessions limit text")
            << QStringList{u"sessions"_s, u"--limit"_s, u"many"_s} << u"many"_s;
        QTest::newRow("sessions unknown excluded dimension")
            << QStringList{u"sessions"_s, u"--exclude"_s, u"planet=mars"_s} << u"planet"_s;
        QTest::newRow("sessions from after to")
            << QStringList{u"sessions"_s, u"--from"_s, u"2024-05-01"_s, u"--to"_s, u"2024-04-01"_s}
            << u"--from"_s;
        QTest::newRow("histogram 0")
            << query + QStringList{u"--histogram"_s, u"0"_s} << u"--histogram"_s;
        QTest::newRow("histogram 201")
            << query + QStringList{u"--histogram"_s, u"201"_s} << u"--histogram"_s;
        QTest::newRow("histogram text")
            << query + QStringList{u"--histogram"_s, u"some"_s} << u"--histogram"_s;
        QTest::newRow("histogram with by")
            << query + QStringList{u"--histogram"_s, u"10"_s, u"--by"_s, u"country"_s} << u"--by"_s;
        QTest::newRow("histogram with bucket")
            << query + QStringList{u"--histogram"_s, u"10"_s, u"--bucket"_s, u"day"_s}
            << u"--bucket"_s;
    }
    void newCommandsUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments << u"--store"_s << m_store;
        const Run result = run(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        QVERIFY2(QString::fromUtf8(result.err).contains(message), qPrintable(result.describe()));
        QVERIFY(result.out.isEmpty());

        // Without --store it is a usage error too.
        const Run missing = run({arguments.first()});
        QVERIFY2(missing.exitCode == 2, qPrintable(missing.describe()));
        QVERIFY(missing.err.contains("--store"));
    }

    void storeThatIsNotSqlite()
    {
        const QString file = path(u"notes.txt"_s);
        const QByteArray notes = QByteArray("These are my notes, not a database.\n").repeated(200);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(notes);
        out.close();
        for (const QString &command : {u"stats"_s, u"query"_s, u"errors"_s, u"sessions"_s}) {
            QStringList arguments{command, u"--store"_s, file};
            if (command == u"query"_s)
                arguments << u"--metric"_s << u"lcp"_s;
            const Run result = run(arguments);
            QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
            QVERIFY2(result.err.contains("notes.txt"), qPrintable(result.describe()));
        }
        // The file must not have been touched.
        QCOMPARE(QFileInfo(file).size(), notes.size());
    }

    void sessionListsEventsInTimeOrder()
    {
        // The session with the most events makes the strictest order check.
        QHash<QString, qint64> events;
        for (const QJsonObject &record : m_traffic.records) {
            if (record.value(u"type"_s).toString() != u"session"_s)
                ++events[record.value(u"sessionId"_s).toString()];
        }
        QString id;
        for (auto it = events.cbegin(); it != events.cend(); ++it) {
            if (id.isEmpty() || it.value() > events[id] ||
                (it.value() == events[id] && it.key() < id))
                id = it.key();
        }
        QVERIFY(!id.isEmpty());

        const Run json = run({u"session"_s, u"--store"_s, m_store, id, u"--json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonArray records = json.json().array();
        QCOMPARE(records.size(), events[id] + 1);
        QCOMPARE(records[0].toObject().value(u"type"_s).toString(), u"session"_s);
        qint64 previous = std::numeric_limits<qint64>::min();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject record = records[i].toObject();
            QCOMPARE(record.value(u"sessionId"_s).toString(), id);
            if (i == 0)
                continue;
            const qint64 time = record.value(u"time"_s).toInteger();
            QVERIFY2(time >= previous, "events out of time order");
            previous = time;
        }

        const Run text = run({u"session"_s, u"--store"_s, m_store, id});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY(text.out.contains(id.toUtf8()));
        QVERIFY(text.out.contains("page view"));
    }

    void sessionOfUnknownId()
    {
        const Run result = run({u"session"_s, u"--store"_s, m_store, u"no-such-session-id"_s});
        QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
        QVERIFY2(result.err.contains("no-such-session-id"), qPrintable(result.describe()));
    }

    void germanTranslationIsLoaded()
    {
        const Run result = run({u"--help"_s}, {}, u"de_DE.UTF-8"_s);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Befehl"), result.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
