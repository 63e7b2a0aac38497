// End to end: the real RUM SDKs from npm (web-vitals, boomerang, Grafana Faro, Elastic APM RUM,
// OpenTelemetry web), in Debian's Chromium, send their beacons over real HTTP to the collector of
// `rumscope-cli serve`; afterwards the store must hold what was clicked through: a session per
// SDK, its page views (the page load, the SPA route change, the second page), the Web Vitals the
// SDK measures, the interactions, the thrown Error and the failed fetch, and the resources.
//
// tests/e2e/drive.mjs serves the test site (another origin than the collector, so the CORS
// preflights are real) and drives the browser with playwright-core; scripts/install-e2e-deps
// installs Chromium, Node.js and the npm packages (into the build folder). Without them this
// test fails, it does not skip. Every socket is on 127.0.0.1.
#include "store/sqlite.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace rumscope;

namespace {

/// What one SDK reports, as found by running it (tests/e2e/README.md explains each entry).
struct Expected
{
    const char *sdk;         ///< the test site's folder, and drive.mjs's name for it
    const char *source;      ///< the store's `source` label
    int pageViews;           ///< at least
    bool routeChange;        ///< the SPA route change is a page view of its own
    int lcp, fcp, ttfb, cls; ///< page views with the vital, at least
    bool inp;                ///< the busy click's INP reaches the store
    bool interactions;       ///< the store holds interactions of the SDK's own
    /// The SDK reports the interaction (INP with its entries or attribution), but the parser
    /// keeps it only as the page view's INP: an expected failure until it stores it.
    const char *interactionsGap;
    bool exception;     ///< the uncaught Error
    bool failedFetch;   ///< the fetch answered 404, as an error
    bool resources;     ///< resource timings
    bool fetchResource; ///< the failed fetch, as a resource with its status
};

// clang-format off
const Expected kExpected[] = {
    // web-vitals measures only the vitals: no errors, resources or SPA routes (v5). Our site
    // code sends each metric with the page's sessionStorage session and a page view id.
    {"web-vitals", "web-vitals", 2, false, 2, 2, 2, 2, true, false, nullptr,
     false, false, false, false},
    // boomerang with the SPA (History), Errors, EventTiming, ResourceTiming and Continuity
    // plugins: ResourceTiming has no status, so the 404 shows as an error only.
    {"boomerang", "boomerang", 3, true, 2, 2, 2, 1, true, false, nullptr,
     true, true, true, false},
    {"faro", "faro", 3, true, 2, 2, 2, 2, true, false, nullptr,
     true, true, true, true},
    // Elastic reports INP only in its page-exit transaction, which it gzips asynchronously when
    // the page is hidden; in headless Chromium the page is hidden only by unloading, which often
    // ends the document before the compressed body is sent. So INP is not asserted.
    {"elastic", "elastic", 3, true, 2, 2, 2, 2, false, true, nullptr, true, true, true, true},
    // OpenTelemetry's web instrumentations measure no LCP, CLS or INP and catch no errors;
    // documentLoad gives TTFB (and FCP when it painted before load).
    {"otel", "otlp", 3, true, 0, 1, 2, 0, false, true, nullptr, false, true, true, true},
};
// clang-format on

const Expected *expectedFor(const QString &sdk)
{
    for (const Expected &e : kExpected) {
        if (sdk == QLatin1StringView(e.sdk))
            return &e;
    }
    return nullptr;
}

/// The lines of text, each with a prefix, for qInfo.
void printLines(const char *prefix, const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            qInfo("%s%s", prefix, line.constData());
    }
}

struct PageView
{
    QString url;
    QString navigation;
    std::optional<double> lcp, fcp, ttfb, cls, inp;
};

std::optional<double> realOrNone(const sql::Statement &stmt, int column)
{
    if (stmt.isNull(column))
        return std::nullopt;
    return stmt.real(column);
}

} // namespace

class TestE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void collectorAcceptedEverything();
    void sessions_data() { sdkRows(); }
    void sessions();
    void pageViews_data() { sdkRows(); }
    void pageViews();
    void vitals_data() { sdkRows(); }
    void vitals();
    void interactions_data() { sdkRows(); }
    void interactions();
    void errors_data() { sdkRows(); }
    void errors();
    void resources_data() { sdkRows(); }
    void resources();
    void queryEngineSeesEachSdk();

private:
    void sdkRows();
    /// One number from SQL whose ?1 is the source label's id.
    qint64 count(const char *sqlText, const QString &source, const QString &text = {});
    std::vector<PageView> pageViewsOf(const QString &source);
    QByteArray cli(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_storePath;
    std::optional<Store> m_store;
    QByteArray m_serveOutput;
    int m_serveExitCode = -1;
    QJsonObject m_drive; ///< drive.mjs's summary
};

void TestE2e::sdkRows()
{
    QTest::addColumn<QString>("sdk");
    for (const Expected &e : kExpected)
        QTest::newRow(e.sdk) << QString::fromLatin1(e.sdk);
}

void TestE2e::initTestCase()
{
    QElapsedTimer clock;
    clock.start();
    const QString install = QStringLiteral("bash scripts/install-e2e-deps installs it");

    // What the test needs beside the build; missing, it fails and says how to get it.
    QVERIFY2(QFileInfo(QStringLiteral("/usr/bin/chromium")).isExecutable(),
             qPrintable(QStringLiteral("Debian's chromium is not installed: ") + install));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!node.isEmpty(), qPrintable(QStringLiteral("node is not on the PATH: ") + install));
    const QString nodeDir = QStringLiteral(RUMSCOPE_E2E_NODE_DIR);
    const QString modules = nodeDir + QStringLiteral("/node_modules");
    QFile lock(QStringLiteral(RUMSCOPE_E2E_SOURCE_DIR "/package-lock.json"));
    QVERIFY(lock.open(QIODevice::ReadOnly));
    const QByteArray lockHash =
        QCryptographicHash::hash(lock.readAll(), QCryptographicHash::Sha256).toHex();
    QFile stamp(modules + QStringLiteral("/.rumscope-lock-sha256"));
    QVERIFY2(stamp.open(QIODevice::ReadOnly) && stamp.readAll().trimmed() == lockHash,
             qPrintable(QStringLiteral("the npm packages of tests/e2e/package-lock.json are not "
                                       "installed in %1 (or not those of the lock file): bash "
                                       "scripts/install-e2e-deps %2 installs them")
                            .arg(modules, QDir::cleanPath(nodeDir + QStringLiteral("/..")))));

    // An empty store, and the collector on a free port.
    QVERIFY(m_dir.isValid());
    m_storePath = m_dir.filePath(QStringLiteral("e2e.rumscope"));
    QProcess serve;
    serve.setProcessChannelMode(QProcess::MergedChannels);
    serve.start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"),
                {QStringLiteral("serve"), QStringLiteral("--store"), m_storePath,
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY2(serve.waitForStarted(10000), qPrintable(serve.errorString()));
    const QRegularExpression listening(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    QString port;
    QElapsedTimer startup;
    startup.start();
    while (port.isEmpty() && startup.elapsed() < 20000 && serve.state() == QProcess::Running) {
        serve.waitForReadyRead(100);
        m_serveOutput += serve.readAll();
        port = listening.match(QString::fromUtf8(m_serveOutput)).captured(1);
    }
    QVERIFY2(!port.isEmpty(), qPrintable(QStringLiteral("rumscope-cli serve did not start: ") +
                                         QString::fromUtf8(m_serveOutput)));
    const QString collector = QStringLiteral("http://127.0.0.1:") + port;

    // The browser clicks through the site of each SDK in turn (about 15 s each).
    QProcess drive;
    drive.setWorkingDirectory(m_dir.path());
    drive.start(node, {QStringLiteral(RUMSCOPE_E2E_SOURCE_DIR "/drive.mjs"),
                       QStringLiteral("--collector"), collector, QStringLiteral("--modules"),
                       modules, QStringLiteral("--work"), m_dir.path()});
    QVERIFY2(drive.waitForStarted(10000), qPrintable(drive.errorString()));
    QByteArray driveOut;
    QByteArray driveErr;
    QElapsedTimer driving;
    driving.start();
    // Bounded: drive.mjs gives each SDK at most 45 s.
    while (drive.state() == QProcess::Running && driving.elapsed() < 240000) {
        drive.waitForFinished(500);
        driveOut += drive.readAllStandardOutput();
        driveErr += drive.readAllStandardError();
        m_serveOutput += serve.readAll(); // keep its pipe drained
    }
    if (drive.state() == QProcess::Running) {
        drive.kill();
        drive.waitForFinished(10000);
    }
    driveOut += drive.readAllStandardOutput();
    driveErr += drive.readAllStandardError();
    printLines("", driveErr);

    // SIGTERM: the collector stops listening, commits everything it accepted and exits 0.
    serve.terminate();
    const bool serveStopped = serve.waitForFinished(30000);
    if (!serveStopped) {
        serve.kill();
        serve.waitForFinished(10000);
    }
    m_serveOutput += serve.readAll();
    m_serveExitCode = serve.exitStatus() == QProcess::NormalExit ? serve.exitCode() : -1;
    printLines("[serve] ", m_serveOutput);
    QVERIFY2(serveStopped, "rumscope-cli serve did not stop within 30 s of SIGTERM");

    QVERIFY2(drive.exitStatus() == QProcess::NormalExit && drive.exitCode() == 0,
             qPrintable(QStringLiteral("drive.mjs failed (exit code %1); its log is above")
                            .arg(drive.exitCode())));
    QJsonParseError parseError;
    m_drive = QJsonDocument::fromJson(driveOut, &parseError).object();
    QVERIFY2(
        parseError.error == QJsonParseError::NoError,
        qPrintable(QStringLiteral("drive.mjs's summary is not JSON: ") + parseError.errorString()));

    Result<Store> store = Store::open(m_storePath, Store::Mode::ReadOnly);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_store.emplace(std::move(store).value());

    // What each SDK left in the store, for the log.
    qInfo("%-11s %8s %9s %6s %12s %6s %9s", "source", "sessions", "pageviews", "vitals",
          "interactions", "errors", "resources");
    for (const Expected &e : kExpected) {
        const QString source = QString::fromLatin1(e.source);
        qInfo("%-11s %8lld %9lld %6lld %12lld %6lld %9lld", e.source,
              count("SELECT count(*) FROM sessions WHERE source = ?1", source),
              count("SELECT count(*) FROM pageviews WHERE source = ?1", source),
              count("SELECT count(lcp) + count(fcp) + count(ttfb) + count(cls) + count(inp) "
                    "FROM pageviews WHERE source = ?1",
                    source),
              count("SELECT count(*) FROM interactions WHERE source = ?1", source),
              count("SELECT count(*) FROM errors WHERE source = ?1", source),
              count("SELECT count(*) FROM resources WHERE source = ?1", source));
    }
    qInfo("set up in %.1f s", double(clock.elapsed()) / 1000);
}

qint64 TestE2e::count(const char *sqlText, const QString &source, const QString &text)
{
    // ?1 is the source's label id; a source never stored has none and matches nothing.
    const QByteArray full = QByteArray("WITH src(id) AS (SELECT coalesce((SELECT id FROM labels "
                                       "WHERE value = ?9), -1)) ") +
                            QByteArray(sqlText).replace("?1", "(SELECT id FROM src)");
    sql::Statement stmt(m_store->handle(), full.constData());
    if (!stmt.valid()) {
        qWarning("bad SQL: %s", full.constData());
        return -1;
    }
    stmt.bind(9, source);
    if (!text.isNull())
        stmt.bind(2, text);
    return stmt.step() == SQLITE_ROW ? stmt.integer(0) : -1;
}

std::vector<PageView> TestE2e::pageViewsOf(const QString &source)
{
    sql::Statement stmt(m_store->handle(),
                        "SELECT url, (SELECT value FROM labels WHERE id = navigation_type), lcp, "
                        "fcp, ttfb, cls, inp FROM pageviews WHERE source = (SELECT id FROM "
                        "labels WHERE value = ?1) ORDER BY ts");
    stmt.bind(1, source);
    std::vector<PageView> views;
    while (stmt.step() == SQLITE_ROW) {
        PageView view;
        view.url = stmt.text(0);
        view.navigation = stmt.text(1);
        view.lcp = realOrNone(stmt, 2);
        view.fcp = realOrNone(stmt, 3);
        view.ttfb = realOrNone(stmt, 4);
        view.cls = realOrNone(stmt, 5);
        view.inp = realOrNone(stmt, 6);
        views.push_back(view);
    }
    return views;
}

QByteArray TestE2e::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("rumscope-cli %s failed: %s", qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

void TestE2e::collectorAcceptedEverything()
{
    // Every beacon the browser sent was accepted (no CORS refusal, no 4xx) and parsed (nothing
    // quarantined), and the collector committed it all when it stopped.
    QCOMPARE(m_serveExitCode, 0);
    const QRegularExpression summary(QStringLiteral(
        R"(Stopped: (\d+) beacons accepted \((\d+) records, (\d+) quarantined\), (\d+) refused)"));
    const QRegularExpressionMatch stopped = summary.match(QString::fromUtf8(m_serveOutput));
    QVERIFY2(stopped.hasMatch(), m_serveOutput.constData());
    QVERIFY(stopped.captured(1).toInt() >= 20);
    QCOMPARE(stopped.captured(3), QStringLiteral("0"));
    QCOMPARE(stopped.captured(4), QStringLiteral("0"));
    sql::Statement quarantine(m_store->handle(), "SELECT origin, reason FROM quarantine");
    QStringList quarantined;
    while (quarantine.step() == SQLITE_ROW)
        quarantined << quarantine.text(0) + QStringLiteral(": ") + quarantine.text(1);
    QVERIFY2(quarantined.isEmpty(), qPrintable(quarantined.join(u'\n')));
    const QString metrics = m_drive.value(QStringLiteral("metrics")).toString();
    QVERIFY2(!metrics.contains(QStringLiteral("rumscope_collector_rejected_total{")),
             qPrintable(metrics));

    // What the browser saw of its requests to the collector (preflights excluded).
    for (const QJsonValue &value : m_drive.value(QStringLiteral("results")).toArray()) {
        const QJsonObject result = value.toObject();
        const QString sdk = result.value(QStringLiteral("sdk")).toString();
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
                 qPrintable(sdk + QStringLiteral(": ") +
                            result.value(QStringLiteral("error")).toString()));
        QStringList failed;
        for (const QJsonValue &f : result.value(QStringLiteral("failed")).toArray())
            failed << f.toString();
        QVERIFY2(failed.isEmpty(), qPrintable(sdk + QStringLiteral(": ") + failed.join(u'\n')));
        const QJsonArray requests = result.value(QStringLiteral("requests")).toArray();
        QVERIFY2(!requests.isEmpty(), qPrintable(sdk + QStringLiteral(": no request seen")));
        for (const QJsonValue &r : requests) {
            const QString request = r.toString();
            QVERIFY2(request.contains(QRegularExpression(QStringLiteral(" 2\\d\\d$"))),
                     qPrintable(sdk + QStringLiteral(": ") + request));
        }
        // The page really threw: the SDK had something to report.
        const QJsonArray pageErrors = result.value(QStringLiteral("pageErrors")).toArray();
        QVERIFY2(pageErrors.contains(QJsonValue(QStringLiteral("E2E checkout failed on ") + sdk)),
                 qPrintable(sdk));
    }
    QCOMPARE(m_drive.value(QStringLiteral("results")).toArray().size(),
             qsizetype(std::size(kExpected)));
}

void TestE2e::sessions()
{
    QFETCH(QString, sdk);
    const Expected &e = *expectedFor(sdk);
    const QString source = QString::fromLatin1(e.source);
    // One browser profile clicked through both pages: one visit, holding all its page views.
    QCOMPARE(count("SELECT count(*) FROM sessions WHERE source = ?1", source), 1);
    QCOMPARE(count("SELECT count(DISTINCT session) FROM pageviews WHERE source = ?1", source), 1);
    QCOMPARE(count("SELECT count(*) FROM pageviews WHERE source = ?1 AND session NOT IN "
                   "(SELECT id FROM sessions WHERE source = ?1)",
                   source),
             0);
    QCOMPARE(count("SELECT count(*) FROM errors WHERE source = ?1 AND session NOT IN "
                   "(SELECT id FROM sessions WHERE source = ?1)",
                   source),
             0);
}

void TestE2e::pageViews()
{
    QFETCH(QString, sdk);
    const Expected &e = *expectedFor(sdk);
    const std::vector<PageView> views = pageViewsOf(QString::fromLatin1(e.source));
    QStringList urls;
    for (const PageView &view : views)
        urls << view.url + QStringLiteral(" (") + view.navigation + QStringLiteral(")");
    const QByteArray seen = urls.join(QStringLiteral(", ")).toUtf8();
    QVERIFY2(qsizetype(views.size()) >= e.pageViews, seen.constData());
    const QString dir = QStringLiteral("/") + sdk + QStringLiteral("/");
    auto has = [&](const QString &ending, const QString &navigation) {
        return std::any_of(views.begin(), views.end(), [&](const PageView &view) {
            return view.url.endsWith(ending) &&
                   (navigation.isEmpty() || view.navigation == navigation);
        });
    };
    // The first page: web-vitals's site code reads the URL when it sends, after the route change.
    QVERIFY2(has(dir, {}) || has(dir + QStringLiteral("details"), {}), seen.constData());
    QVERIFY2(has(dir + QStringLiteral("second.html"), {}), seen.constData());
    if (e.routeChange)
        QVERIFY2(has(dir + QStringLiteral("details"), QStringLiteral("route-change")),
                 seen.constData());
}

void TestE2e::vitals()
{
    QFETCH(QString, sdk);
    const Expected &e = *expectedFor(sdk);
    const std::vector<PageView> views = pageViewsOf(QString::fromLatin1(e.source));
    struct Vital
    {
        const char *name;
        std::optional<double> PageView::*value;
        int atLeast;
        double max;
    };
    const Vital vitals[] = {{"LCP", &PageView::lcp, e.lcp, 20000},
                            {"FCP", &PageView::fcp, e.fcp, 20000},
                            {"TTFB", &PageView::ttfb, e.ttfb, 5000},
                            {"CLS", &PageView::cls, e.cls, 1}};
    for (const Vital &vital : vitals) {
        int with = 0;
        for (const PageView &view : views) {
            if (const std::optional<double> value = view.*vital.value) {
                ++with;
                QVERIFY2(*value >= 0 && *value < vital.max,
                         qPrintable(QStringLiteral("%1 %2 on %3")
                                        .arg(QLatin1StringView(vital.name))
                                        .arg(*value)
                                        .arg(view.url)));
            }
        }
        QVERIFY2(with >= vital.atLeast,
                 qPrintable(QStringLiteral("%1 on %2 page views, expected at least %3")
                                .arg(QLatin1StringView(vital.name))
                                .arg(with)
                                .arg(vital.atLeast)));
    }
    // The banner pushed in after the first paint shifts the page.
    if (e.cls > 0) {
        QVERIFY(std::any_of(views.begin(), views.end(),
                            [](const PageView &v) { return v.cls && *v.cls > 0.01; }));
    }
    // The Compute button keeps the main thread busy for 260 ms.
    if (e.inp) {
        QVERIFY2(std::any_of(views.begin(), views.end(),
                             [](const PageView &v) { return v.inp && *v.inp >= 200; }),
                 "no page view with an INP of at least 200 ms");
    }
}

void TestE2e::interactions()
{
    QFETCH(QString, sdk);
    const Expected &e = *expectedFor(sdk);
    const QString source = QString::fromLatin1(e.source);
    const qint64 clicks = count("SELECT count(*) FROM interactions WHERE source = ?1", source);
    if (e.interactionsGap) {
        QEXPECT_FAIL("", e.interactionsGap, Continue);
        QVERIFY(clicks >= 1);
        return;
    }
    if (!e.interactions) {
        if (!e.inp) {
            QCOMPARE(clicks, 0);
            return;
        }
        // No clicks of its own, but the INP's interaction: the busy Compute click's, once.
        QVERIFY(clicks >= 1);
        QVERIFY(count("SELECT count(*) FROM interactions WHERE source = ?1 AND duration >= 200",
                      source) >= 1);
        QCOMPARE(count("SELECT count(*) FROM (SELECT DISTINCT session, view_id, ts, target "
                       "FROM interactions WHERE source = ?1)",
                       source),
                 clicks);
        return;
    }
    QVERIFY(clicks >= 1);
    QCOMPARE(count("SELECT count(*) FROM interactions WHERE source = ?1 AND "
                   "(SELECT value FROM labels WHERE id = interaction_type) = 'click'",
                   source),
             clicks);
    if (sdk == u"otel") {
        // user-interaction spans every click; Compute's lasts as long as its busy loop.
        QVERIFY(count("SELECT count(*) FROM interactions WHERE source = ?1 AND duration >= 200 "
                      "AND (SELECT value FROM labels WHERE id = target) LIKE '%compute%'",
                      source) >= 1);
    }
}

void TestE2e::errors()
{
    QFETCH(QString, sdk);
    const Expected &e = *expectedFor(sdk);
    const QString source = QString::fromLatin1(e.source);
    const qint64 thrown =
        count("SELECT count(*) FROM errors WHERE source = ?1 AND instr(message, ?2) > 0 AND "
              "(SELECT value FROM labels WHERE id = kind) = 'exception'",
              source, QStringLiteral("E2E checkout failed on ") + sdk);
    const qint64 failedFetch =
        count("SELECT count(*) FROM errors WHERE source = ?1 AND http_status = 404 AND "
              "instr(resource_url, ?2) > 0 AND (SELECT value FROM labels WHERE id = kind) = 'http'",
              source, QStringLiteral("/api/reviews"));
    QCOMPARE(thrown, e.exception ? 1 : 0);
    QCOMPARE(failedFetch, e.failedFetch ? 1 : 0);
    // Nothing else went wrong on the pages.
    QCOMPARE(count("SELECT count(*) FROM errors WHERE source = ?1", source), thrown + failedFetch);
}

void TestE2e::resources()
{
    QFETCH(QString, sdk);
    const Expected &e = *expectedFor(sdk);
    const QString source = QString::fromLatin1(e.source);
    const qint64 all = count("SELECT count(*) FROM resources WHERE source = ?1", source);
    if (!e.resources) {
        QCOMPARE(all, 0);
        return;
    }
    // The hero image (the first page's LCP candidate) and the second page's picture.
    QVERIFY2(count("SELECT count(*) FROM resources WHERE source = ?1 AND url LIKE "
                   "'http://127.0.0.1:%/static/hero.png' AND duration > 0",
                   source) >= 1,
             "no hero.png");
    QVERIFY2(count("SELECT count(*) FROM resources WHERE source = ?1 AND url LIKE "
                   "'%/static/thumb.png'",
                   source) >= 1,
             "no thumb.png");
    if (e.fetchResource) {
        QCOMPARE(count("SELECT count(*) FROM resources WHERE source = ?1 AND instr(url, ?2) > 0 "
                       "AND http_status = 404",
                       source, QStringLiteral("/api/reviews")),
                 1);
        QCOMPARE(count("SELECT count(*) FROM resources WHERE source = ?1 AND instr(url, ?2) > 0 "
                       "AND http_status = 200",
                       source, QStringLiteral("/api/items")),
                 1);
    }
}

void TestE2e::queryEngineSeesEachSdk()
{
    // What a person sees: the query engine's vitals by source, and the error groups.
    for (const char *metric : {"lcp", "fcp", "ttfb", "cls", "inp"}) {
        const QByteArray out =
            cli({QStringLiteral("query"), QStringLiteral("--store"), m_storePath,
                 QStringLiteral("--metric"), QLatin1StringView(metric), QStringLiteral("--by"),
                 QStringLiteral("source"), QStringLiteral("--json")});
        QVERIFY2(!out.isEmpty(), metric);
        QHash<QString, qint64> samples;
        for (const QJsonValue &row :
             QJsonDocument::fromJson(out).object().value(QStringLiteral("rows")).toArray()) {
            samples[row[QStringLiteral("group")].toString()] =
                row[QStringLiteral("samples")].toInteger();
        }
        for (const Expected &e : kExpected) {
            const QString m = QLatin1StringView(metric);
            const int expected = m == u"lcp"    ? e.lcp
                                 : m == u"fcp"  ? e.fcp
                                 : m == u"ttfb" ? e.ttfb
                                 : m == u"cls"  ? e.cls
                                                : int(e.inp);
            QVERIFY2(samples.value(QLatin1StringView(e.source)) >= expected,
                     qPrintable(QStringLiteral("%1 of %2: %3 samples, expected at least %4")
                                    .arg(m, QLatin1StringView(e.source))
                                    .arg(samples.value(QLatin1StringView(e.source)))
                                    .arg(expected)));
        }
    }
    const QByteArray out =
        cli({QStringLiteral("errors"), QStringLiteral("--store"), m_storePath,
             QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    QVERIFY(!out.isEmpty());
    QStringList messages;
    for (const QJsonValue &group :
         QJsonDocument::fromJson(out).object().value(QStringLiteral("groups")).toArray())
        messages << group[QStringLiteral("message")].toString();
    for (const Expected &e : kExpected) {
        if (e.exception) {
            const QString message =
                QStringLiteral("E2E checkout failed on ") + QLatin1StringView(e.sdk);
            QVERIFY2(std::any_of(messages.begin(), messages.end(),
                                 [&](const QString &m) { return m.contains(message); }),
                     qPrintable(message + QStringLiteral(" not in: ") + messages.join(u'|')));
        }
    }
}

QTEST_GUILESS_MAIN(TestE2e)
#include "tst_e2e.moc"
