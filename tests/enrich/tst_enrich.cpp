#include "enrich/clienthints.h"
#include "enrich/enricher.h"
#include "enrich/routetemplate.h"
#include "enrich/uapparser.h"
#include "enrich/urlscrubber.h"
#include "model/fields.h"
#include "samplerecords.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <atomic>
#include <thread>

using namespace rumscope;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

Payload payloadWith(Headers headers, QByteArray clientAddress = {})
{
    Payload payload;
    payload.method = "POST";
    payload.path = "/collect";
    payload.headers = std::move(headers);
    payload.clientAddress = std::move(clientAddress);
    return payload;
}

std::unique_ptr<Enricher> makeEnricher(const EnrichOptions &options = {})
{
    Result<std::unique_ptr<Enricher>> enricher = Enricher::create(options);
    if (!enricher)
        qFatal("Enricher::create failed: %s", qPrintable(enricher.error().message));
    return std::move(enricher.value());
}

/// One empty page view enriched with payload; the enriched view.
PageView enrichedView(Enricher &enricher, const Payload &payload, PageView view = {})
{
    std::vector<Record> records{std::move(view)};
    enricher.enrich(records, payload);
    return std::get<PageView>(records.front());
}

PageView enrichedView(Enricher &enricher, const QByteArray &userAgent)
{
    return enrichedView(enricher, payloadWith({{"user-agent", userAgent}}));
}

PageView viewWithUrl(const QString &url)
{
    PageView view;
    view.url = url;
    return view;
}

template<class R> QStringList textFields(const R &record)
{
    QStringList texts;
    for (const Field<R> &field : fieldsOf<R>()) {
        if (const auto *member = std::get_if<QString R::*>(&field.member))
            texts.append(record.**member);
    }
    return texts;
}

QString errorText(const Result<std::unique_ptr<Enricher>> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestEnrich : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hashesUserIdsOnce();

    void parsesUserAgents_data();
    void parsesUserAgents();
    void followsUapCoreTestSuite_data();
    void followsUapCoreTestSuite();
    void skipsRegexesRe2CannotCompile();
    void usesUserAgentRulesFromFile();
    void storesTheHeaderUserAgent();
    void cachedUserAgentGivesSameAnswer();
    void hostileUserAgentsAreBounded();
    void clonesShareRules();

    void clientHintsOverrideReducedUserAgent();
    void clientHintsForWindowsAndEdge();
    void clientHintsOfAnotherBrowserAreIgnored();
    void recognisesGreaseBrands();

    void geolocatesIpv4AndIpv6();
    void unknownAddressGivesNothing();
    void corruptOrMissingDatabaseFailsCreate();
    void cdnCountryOnlyWhenTrusted();
    void geographyKeepsBeaconValues();

    void routes_data();
    void routes();
    void userRouteRuleWins();
    void invalidRouteRuleFailsCreate();
    void routeKeepsBeaconValue();

    void scrubsUrls_data();
    void scrubsUrls();
    void scrubsEveryStoredUrl();
    void scrubbingCanBeTurnedOff();

    void neverOverwritesBeaconValues();
    void clientAddressIsNeverStored();

private:
    /// The test database, built by the perl script; empty with m_geoSkip set when it cannot be.
    QString geoDatabase();

    QTemporaryDir m_dir;
    QString m_geoDatabase;
    QString m_geoSkip;
    std::unique_ptr<Enricher> m_enricher; ///< default options; rules compiled once for all
};

void TestEnrich::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_enricher = makeEnricher();
}

QString TestEnrich::geoDatabase()
{
    if (!m_geoDatabase.isEmpty() || !m_geoSkip.isEmpty())
        return m_geoDatabase;
    const QString perl = QStandardPaths::findExecutable(QStringLiteral("perl"));
    if (perl.isEmpty()) {
        m_geoSkip = QStringLiteral("perl is not installed: cannot build the test GeoIP database");
        return {};
    }
    const QString out = m_dir.filePath(QStringLiteral("test.mmdb"));
    QProcess process;
    process.start(perl, {QStringLiteral(RUMSCOPE_TEST_DATA_DIR "/make-geoip.pl"), out});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError());
        if (stderrText.contains(u"MaxMind/DB/Writer"))
            m_geoSkip = QStringLiteral("the perl module MaxMind::DB::Writer is missing (Debian: "
                                       "libmaxmind-db-writer-perl)");
        else
            qFatal("make-geoip.pl failed: %s", qPrintable(stderrText));
        return {};
    }
    m_geoDatabase = out;
    return m_geoDatabase;
}

#define REQUIRE_GEO_DATABASE(path)                                                                 \
    const QString path = geoDatabase();                                                            \
    if (path.isEmpty())                                                                            \
        QSKIP(qPrintable(m_geoSkip));

// ---- user agents ----------------------------------------------------------------------------

void TestEnrich::parsesUserAgents_data()
{
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<QString>("browser");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("osVersion");
    QTest::addColumn<QString>("deviceType");
    QTest::addColumn<QString>("model");

    const auto row = [](const char *name, const char *ua, const char *browser, const char *version,
                        const char *os, const char *osVersion, const char *type,
                        const char *model) {
        QTest::newRow(name) << QByteArray(ua) << QString::fromUtf8(browser)
                            << QString::fromUtf8(version) << QString::fromUtf8(os)
                            << QString::fromUtf8(osVersion) << QString::fromUtf8(type)
                            << QString::fromUtf8(model);
    };
    row("chrome-windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.0.0 Safari/537.36",
        "Chrome", "124.0.0.0", "Windows", "10", "desktop", "");
    row("chrome-windows-7",
        "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/109.0.0.0 Safari/537.36",
        "Chrome", "109.0.0.0", "Windows", "7", "desktop", "");
    row("safari-iphone",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
        "like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
        "Safari", "17.4.1", "iOS", "17.4.1", "mobile", "iPhone");
    row("safari-ipad",
        "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/16.6 Mobile/15E148 Safari/604.1",
        "Safari", "16.6", "iOS", "16.6", "tablet", "iPad");
    row("chrome-ios",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
        "Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1",
        "Chrome", "124.0.6367.88", "iOS", "17.4", "mobile", "iPhone");
    row("chrome-pixel",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.6367.82 Mobile Safari/537.36",
        "Chrome", "124.0.6367.82", "Android", "14", "mobile", "Pixel 8");
    // Chromium's reduced string: "Android 10; K" is no device's version or model.
    row("chrome-android-reduced",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.0.0 Mobile Safari/537.36",
        "Chrome", "124.0.0.0", "Android", "", "mobile", "");
    row("chrome-android-tablet-reduced",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.0.0 Safari/537.36",
        "Chrome", "124.0.0.0", "Android", "", "tablet", "");
    row("samsung-internet",
        "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
        "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
        "Samsung Internet", "24.0", "Android", "13", "mobile", "SM-S918B");
    row("samsung-internet-tablet",
        "Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) "
        "SamsungBrowser/24.0 Chrome/117.0.0.0 Safari/537.36",
        "Samsung Internet", "24.0", "Android", "13", "tablet", "SM-X710");
    row("android-webview",
        "Mozilla/5.0 (Linux; Android 13; SM-A546B Build/TP1A.220624.014; wv) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36",
        "Android WebView", "124.0.6367.82", "Android", "13", "mobile", "SM-A546B");
    row("firefox-linux", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Firefox", "125.0", "Linux", "", "desktop", "");
    row("firefox-ubuntu",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "Firefox",
        "125.0", "Ubuntu", "", "desktop", "");
    row("firefox-macos",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Firefox", "125.0", "macOS", "10.15", "desktop", "Mac");
    row("firefox-android-tablet",
        "Mozilla/5.0 (Android 14; Tablet; rv:125.0) Gecko/125.0 Firefox/125.0", "Firefox", "125.0",
        "Android", "14", "tablet", "");
    row("safari-macos",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
        "Gecko) Version/17.4 Safari/605.1.15",
        "Safari", "17.4", "macOS", "10.15.7", "desktop", "Mac");
    row("edge-windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67",
        "Edge", "124.0.2478.67", "Windows", "10", "desktop", "");
    row("opera-windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.0.0 Safari/537.36 OPR/109.0.0.0",
        "Opera", "109.0.0", "Windows", "10", "desktop", "");
    row("chromeos",
        "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.0.0 Safari/537.36",
        "Chrome", "124.0.0.0", "ChromeOS", "14541.0.0", "desktop", "");
    row("kindle-silk",
        "Mozilla/5.0 (Linux; Android 11; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Silk/124.2.1 like Chrome/124.0.6367.82 Safari/537.36",
        "Amazon Silk", "124.2.1", "Android", "11", "tablet", "Kindle");
    // Crawlers: the browser names the crawler; the device type is the form factor it renders.
    row("googlebot-smartphone",
        "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, "
        "like Gecko) Chrome/124.0.6367.201 Mobile Safari/537.36 (compatible; Googlebot/2.1; "
        "+http://www.google.com/bot.html)",
        "Googlebot", "2.1", "Android", "6.0.1", "mobile", "");
    row("googlebot-desktop",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Googlebot",
        "2.1", "", "", "desktop", "");
    row("curl", "curl/8.5.0", "curl", "8.5.0", "", "", "", "");
    row("empty", "", "", "", "", "", "", "");
    row("garbage", "%%%\x01 garbage ((( )))", "", "", "", "", "", "");
}

void TestEnrich::parsesUserAgents()
{
    QFETCH(QByteArray, userAgent);
    QFETCH(QString, browser);
    QFETCH(QString, version);
    QFETCH(QString, os);
    QFETCH(QString, osVersion);
    QFETCH(QString, deviceType);
    QFETCH(QString, model);
    const PageView view = enrichedView(*m_enricher, userAgent);
    QCOMPARE(view.browser, browser);
    QCOMPARE(view.browserVersion, version);
    QCOMPARE(view.os, os);
    QCOMPARE(view.osVersion, osVersion);
    QCOMPARE(view.deviceType, deviceType);
    QCOMPARE(view.deviceModel, model);
}

void TestEnrich::followsUapCoreTestSuite_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("browsers") << QStringLiteral("test_ua.yaml");
    QTest::newRow("systems") << QStringLiteral("test_os.yaml");
    QTest::newRow("devices") << QStringLiteral("test_device.yaml");
}

// uap-core's own test cases check the replacement semantics ($1…$9, *_replacement, trimming,
// case-insensitive device regexes) against the built-in rules.
void TestEnrich::followsUapCoreTestSuite()
{
    QFETCH(QString, file);
    const QString path = QStringLiteral(RUMSCOPE_UAP_TESTS_DIR "/") + file;
    if (!QFile::exists(path))
        QSKIP(
            qPrintable(QStringLiteral("%1 is not installed (Debian package uap-core)").arg(path)));
    Result<std::shared_ptr<const UapRules>> rules = UapRules::builtIn();
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
    QCOMPARE(rules.value()->skippedCount(), 0);

    const auto text = [](const YAML::Node &node) {
        return node && !node.IsNull() ? node.as<std::string>() : std::string();
    };
    const auto orOther = [](const std::string &family) {
        return family.empty() ? std::string("Other") : family;
    };
    const YAML::Node root = YAML::LoadFile(QFile::encodeName(path).toStdString());
    int cases = 0;
    QStringList failures;
    for (const YAML::Node &test : root["test_cases"]) {
        const std::string ua = text(test["user_agent_string"]);
        const UapResult r = rules.value()->parse(ua);
        std::string got;
        std::string want;
        if (file == u"test_ua.yaml") {
            got = orOther(r.family) + '|' + r.major + '|' + r.minor + '|' + r.patch;
            want = text(test["family"]) + '|' + text(test["major"]) + '|' + text(test["minor"]) +
                   '|' + text(test["patch"]);
        } else if (file == u"test_os.yaml") {
            got = orOther(r.osFamily) + '|' + r.osMajor + '|' + r.osMinor + '|' + r.osPatch + '|' +
                  r.osPatchMinor;
            want = text(test["family"]) + '|' + text(test["major"]) + '|' + text(test["minor"]) +
                   '|' + text(test["patch"]) + '|' + text(test["patch_minor"]);
        } else {
            got = orOther(r.deviceFamily) + '|' + r.deviceBrand + '|' + r.deviceModel;
            want = text(test["family"]) + '|' + text(test["brand"]) + '|' + text(test["model"]);
        }
        ++cases;
        if (got != want && failures.size() < 10)
            failures.append(QString::fromStdString(ua + "\n  got  " + got + "\n  want " + want));
    }
    QVERIFY(cases > 100);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestEnrich::skipsRegexesRe2CannotCompile()
{
    const QByteArray yaml = R"(user_agent_parsers:
  - regex: 'Foo(?=bar)'
  - regex: '(a)\1'
  - regex: '(RumBrowser)/(\d+)\.(\d+)'
    family_replacement: 'Rum $1'
os_parsers:
  - regex: '(RumOS) (\d+)'
device_parsers:
  - regex: '(rumphone)'
    regex_flag: 'i'
    device_replacement: 'Rum $1'
    brand_replacement: 'Rum'
    model_replacement: 'Phone $1 $9'
)";
    Result<std::shared_ptr<const UapRules>> rules = UapRules::fromYaml(yaml);
    QVERIFY(rules.ok());
    QCOMPARE(rules.value()->skippedCount(), 2);
    QCOMPARE(rules.value()->ruleCount(), 3);
    const UapResult r = rules.value()->parse("Foobar RumBrowser/1.2 (RumOS 7; RUMPHONE)");
    QCOMPARE(r.family, std::string("Rum RumBrowser"));
    QCOMPARE(r.major, std::string("1"));
    QCOMPARE(r.minor, std::string("2"));
    QCOMPARE(r.osFamily, std::string("RumOS"));
    QCOMPARE(r.osMajor, std::string("7"));
    QCOMPARE(r.deviceFamily, std::string("Rum RUMPHONE"));
    QCOMPARE(r.deviceBrand, std::string("Rum"));
    QCOMPARE(r.deviceModel, std::string("Phone RUMPHONE")); // $9 absent, trailing space trimmed

    QVERIFY(!UapRules::fromYaml("just: [a, list").ok());
    QVERIFY(!UapRules::fromYaml("user_agent_parsers: []\n").ok());
}

void TestEnrich::usesUserAgentRulesFromFile()
{
    const QString path = m_dir.filePath(QStringLiteral("regexes.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(user_agent_parsers:
  - regex: '(RumBrowser)/(\d+)\.(\d+)'
os_parsers:
  - regex: '(RumOS) (\d+)'
device_parsers: []
)");
    file.close();
    EnrichOptions options;
    options.userAgentRegexes = path;
    auto enricher = makeEnricher(options);
    const PageView view = enrichedView(*enricher, "RumBrowser/3.4 (RumOS 9; Mobile)");
    QCOMPARE(view.browser, QStringLiteral("RumBrowser"));
    QCOMPARE(view.browserVersion, QStringLiteral("3.4"));
    QCOMPARE(view.os, QStringLiteral("RumOS"));
    QCOMPARE(view.osVersion, QStringLiteral("9"));
    QCOMPARE(view.deviceType, QStringLiteral("mobile"));

    options.userAgentRegexes = m_dir.filePath(QStringLiteral("missing.yaml"));
    const auto missing = Enricher::create(options);
    QVERIFY(!missing.ok());
    QVERIFY2(errorText(missing).contains(QDir::toNativeSeparators(options.userAgentRegexes)),
             qPrintable(errorText(missing)));
}

void TestEnrich::storesTheHeaderUserAgent()
{
    const QByteArray ua = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";
    QCOMPARE(enrichedView(*m_enricher, ua).userAgent, QString::fromLatin1(ua));
    // The SDK's own user agent wins over the header's.
    PageView view;
    view.userAgent = QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:125.0) "
                                    "Gecko/20100101 Firefox/125.0");
    const PageView enriched = enrichedView(*m_enricher, payloadWith({{"user-agent", ua}}), view);
    QCOMPARE(enriched.userAgent, view.userAgent);
    QCOMPARE(enriched.os, QStringLiteral("macOS"));
}

void TestEnrich::cachedUserAgentGivesSameAnswer()
{
    const QByteArray ua = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, "
                          "like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36";
    const PageView first = enrichedView(*m_enricher, ua);
    const PageView second = enrichedView(*m_enricher, ua);
    QVERIFY(sameFields(first, second));
    QCOMPARE(second.deviceModel, QStringLiteral("Pixel 8"));
    // More distinct user agents than the cache holds: answers stay right as entries go.
    for (int i = 0; i < 5000; ++i) {
        const QByteArray other = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                 "(KHTML, like Gecko) Chrome/" +
                                 QByteArray::number(i) + ".0.0.0 Safari/537.36";
        const PageView view = enrichedView(*m_enricher, other);
        if (view.browserVersion != QString::number(i) + u".0.0.0")
            QFAIL(qPrintable(view.browserVersion));
    }
    QVERIFY(sameFields(enrichedView(*m_enricher, ua), first));
}

void TestEnrich::hostileUserAgentsAreBounded()
{
    enrichedView(*m_enricher, "warm-up"); // the rules compile on first use
    QRandomGenerator random(42);
    QList<QByteArray> hostile;
    QByteArray bytes(100 * 1024, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    hostile.append(bytes);
    hostile.append(QByteArray(100 * 1024, '\xff'));
    hostile.append("Mozilla/5.0 (" + QByteArray(100 * 1024, '(') + ")");
    QByteArray repeated;
    while (repeated.size() < 100 * 1024)
        repeated += "Chrome/1.2.3.4 Android 14; Mobile; \xc3(\x80 SM-";
    hostile.append(repeated);

    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &ua : std::as_const(hostile)) {
        const PageView view = enrichedView(*m_enricher, ua);
        QVERIFY(view.userAgent.isEmpty()); // not a browser's: not stored
        PageView withOwn;
        withOwn.userAgent = QString::fromLatin1(ua);
        enrichedView(*m_enricher, payloadWith({}), withOwn);
    }
    // A parse of at most 512 bytes takes well under a millisecond; this allows a slow machine.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestEnrich::clonesShareRules()
{
    auto clone = m_enricher->clone();
    const QByteArray ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, "
                          "like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67";
    QElapsedTimer timer;
    timer.start();
    const PageView view = enrichedView(*clone, ua);
    QCOMPARE(view.browser, QStringLiteral("Edge"));
    // The rules are compiled already: no quarter-second compile for the clone.
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));

    // Clones on other threads share the rules while they match.
    std::vector<std::unique_ptr<Enricher>> clones;
    for (int t = 0; t < 3; ++t)
        clones.push_back(m_enricher->clone());
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 300; ++i) {
                const QByteArray version = QByteArray::number(t * 1000 + i);
                const PageView view =
                    enrichedView(*clones[size_t(t)],
                                 "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                                 "(KHTML, like Gecko) Chrome/" +
                                     version + ".0.1.2 Mobile Safari/537.36");
                if (view.browserVersion != QString::fromLatin1(version + ".0.1.2") ||
                    view.deviceModel != u"Pixel 8")
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

// ---- client hints ---------------------------------------------------------------------------

void TestEnrich::clientHintsOverrideReducedUserAgent()
{
    const Payload payload = payloadWith({
        {"user-agent", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "Chrome/124.0.0.0 Mobile Safari/537.36"},
        {"sec-ch-ua", R"("Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99")"},
        {"sec-ch-ua-mobile", "?1"},
        {"sec-ch-ua-platform", R"("Android")"},
        {"sec-ch-ua-platform-version", R"("14.0.0")"},
        {"sec-ch-ua-model", R"("Pixel 7")"},
        {"sec-ch-ua-full-version-list",
         R"("Chromium";v="124.0.6367.82", "Google Chrome";v="124.0.6367.82", "Not-A.Brand";v="99.0.0.0")"},
    });
    const PageView view = enrichedView(*m_enricher, payload);
    QCOMPARE(view.browser, QStringLiteral("Chrome"));
    QCOMPARE(view.browserVersion, QStringLiteral("124.0.6367.82"));
    QCOMPARE(view.os, QStringLiteral("Android"));
    QCOMPARE(view.osVersion, QStringLiteral("14"));
    QCOMPARE(view.deviceType, QStringLiteral("mobile"));
    QCOMPARE(view.deviceModel, QStringLiteral("Pixel 7"));

    // Low-entropy hints only (what a beacon gets without Accept-CH): the string's version,
    // a tablet from ?0 on Android.
    const Payload lowEntropy = payloadWith({
        {"user-agent", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "Chrome/124.0.0.0 Safari/537.36"},
        {"sec-ch-ua", R"("Google Chrome";v="124", "Not-A.Brand";v="99", "Chromium";v="124")"},
        {"sec-ch-ua-mobile", "?0"},
        {"sec-ch-ua-platform", R"("Android")"},
    });
    const PageView tablet = enrichedView(*m_enricher, lowEntropy);
    QCOMPARE(tablet.browser, QStringLiteral("Chrome"));
    QCOMPARE(tablet.browserVersion, QStringLiteral("124.0.0.0"));
    QCOMPARE(tablet.osVersion, QString());
    QCOMPARE(tablet.deviceType, QStringLiteral("tablet"));
    QCOMPARE(tablet.deviceModel, QString());
}

void TestEnrich::clientHintsForWindowsAndEdge()
{
    const QByteArray ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, "
                          "like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67";
    const auto windows = [&](const char *platformVersion) {
        return enrichedView(
            *m_enricher,
            payloadWith({{"user-agent", ua},
                         {"sec-ch-ua", R"("Microsoft Edge";v="124", "Chromium";v="124", )"
                                       R"("Not?A_Brand";v="24")"},
                         {"sec-ch-ua-mobile", "?0"},
                         {"sec-ch-ua-platform", R"("Windows")"},
                         {"sec-ch-ua-platform-version", platformVersion}}));
    };
    const PageView eleven = windows(R"("15.0.0")");
    QCOMPARE(eleven.browser, QStringLiteral("Edge"));
    QCOMPARE(eleven.browserVersion, QStringLiteral("124.0.2478.67"));
    QCOMPARE(eleven.os, QStringLiteral("Windows"));
    QCOMPARE(eleven.osVersion, QStringLiteral("11"));
    QCOMPARE(eleven.deviceType, QStringLiteral("desktop"));
    QCOMPARE(windows(R"("10.0.0")").osVersion, QStringLiteral("10"));
    QCOMPARE(windows(R"("0.3.0")").osVersion, QStringLiteral("8.1"));

    // A Chromium fork that only names "Chromium".
    const PageView chromium = enrichedView(
        *m_enricher,
        payloadWith({{"user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, "
                                    "like Gecko) Chrome/123.0.0.0 Safari/537.36"},
                     {"sec-ch-ua", R"(" Not A;Brand";v="99", "Chromium";v="123")"},
                     {"sec-ch-ua-platform", R"("Linux")"}}));
    QCOMPARE(chromium.browser, QStringLiteral("Chromium"));
    QCOMPARE(chromium.browserVersion, QStringLiteral("123"));
    QCOMPARE(chromium.os, QStringLiteral("Linux"));

    // Broken headers are ignored, never fatal.
    const PageView broken =
        enrichedView(*m_enricher, payloadWith({{"user-agent", ua},
                                               {"sec-ch-ua", R"("Microsoft Edge;v="12)"},
                                               {"sec-ch-ua-platform", "\"\\"},
                                               {"sec-ch-ua-mobile", "?x"}}));
    QCOMPARE(broken.browser, QStringLiteral("Edge"));
    QCOMPARE(broken.os, QStringLiteral("Windows"));
}

void TestEnrich::clientHintsOfAnotherBrowserAreIgnored()
{
    // The SDK reported a Firefox user agent; the request came with Chrome's hints (a relay):
    // the hints do not describe the page view's browser.
    PageView view;
    view.userAgent = QStringLiteral(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0");
    const PageView enriched = enrichedView(
        *m_enricher,
        payloadWith({{"user-agent", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36"},
                     {"sec-ch-ua", R"("Google Chrome";v="124")"},
                     {"sec-ch-ua-platform", R"("Android")"},
                     {"sec-ch-ua-mobile", "?1"}}),
        view);
    QCOMPARE(enriched.browser, QStringLiteral("Firefox"));
    QCOMPARE(enriched.os, QStringLiteral("Windows"));
    QCOMPARE(enriched.deviceType, QStringLiteral("desktop"));
}

void TestEnrich::recognisesGreaseBrands()
{
    for (const char16_t *brand : {u"Not?A_Brand", u" Not;A Brand", u"Not A(Brand", u"Not/A)Brand",
                                  u"Not.A/Brand", u"Not)A;Brand", u"Not_A Brand", u"Not-A.Brand"})
        QVERIFY2(isGreaseBrand(QStringView(brand)), qPrintable(QString::fromUtf16(brand)));
    QVERIFY(!isGreaseBrand(u"Google Chrome"));
    QVERIFY(!isGreaseBrand(u"Chromium"));
}

// ---- geography ------------------------------------------------------------------------------

void TestEnrich::geolocatesIpv4AndIpv6()
{
    REQUIRE_GEO_DATABASE(database);
    EnrichOptions options;
    options.geoipDatabase = database;
    auto enricher = makeEnricher(options);

    for (const QByteArray &address :
         {QByteArray("198.51.100.77"), QByteArray("::ffff:198.51.100.77"),
          QByteArray("198.51.100.77:54321"), QByteArray(" 198.51.100.1 ")}) {
        const PageView view = enrichedView(*enricher, payloadWith({}, address));
        QCOMPARE(view.country, QStringLiteral("DE"));
        QCOMPARE(view.region, QStringLiteral("Bavaria"));
        QCOMPARE(view.city, QStringLiteral("Munich"));
        QCOMPARE(view.latitude, 48.1374);
        QCOMPARE(view.longitude, 11.5755);
    }
    for (const QByteArray &address :
         {QByteArray("2001:db8:1234:abcd::1"), QByteArray("[2001:DB8:1234::5]:443")}) {
        const PageView view = enrichedView(*enricher, payloadWith({}, address));
        QCOMPARE(view.country, QStringLiteral("JP"));
        QCOMPARE(view.region, QStringLiteral("Tokyo"));
        QCOMPARE(view.city, QString());
        QCOMPARE(view.latitude, 35.6897);
        QCOMPARE(view.longitude, 139.6922);
    }
    // A country-only answer, as a Country database gives.
    const PageView france = enrichedView(*enricher, payloadWith({}, "192.0.2.200"));
    QCOMPARE(france.country, QStringLiteral("FR"));
    QCOMPARE(france.city, QString());
    QVERIFY(!isSet(france.latitude));
}

void TestEnrich::unknownAddressGivesNothing()
{
    REQUIRE_GEO_DATABASE(database);
    EnrichOptions options;
    options.geoipDatabase = database;
    auto enricher = makeEnricher(options);
    for (const QByteArray &address :
         {QByteArray("203.0.113.9"), QByteArray("2001:db8:9999::1"), QByteArray("not an address"),
          QByteArray("localhost"), QByteArray(""), QByteArray("198.51.100.300"),
          QByteArray(4096, '1')}) {
        const PageView view = enrichedView(*enricher, payloadWith({}, address));
        QVERIFY2(view.country.isEmpty(), address.constData());
        QVERIFY(view.region.isEmpty() && view.city.isEmpty());
        QVERIFY(!isSet(view.latitude) && !isSet(view.longitude));
    }
}

void TestEnrich::corruptOrMissingDatabaseFailsCreate()
{
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.mmdb"));
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    EnrichOptions options;
    options.geoipDatabase = corrupt;
    auto result = Enricher::create(options);
    QVERIFY(!result.ok());
    QVERIFY2(errorText(result).contains(QDir::toNativeSeparators(corrupt)),
             qPrintable(errorText(result)));

    options.geoipDatabase = m_dir.filePath(QStringLiteral("absent.mmdb"));
    result = Enricher::create(options);
    QVERIFY(!result.ok());
    QVERIFY2(errorText(result).contains(QDir::toNativeSeparators(options.geoipDatabase)),
             qPrintable(errorText(result)));

    // A database cut short keeps no valid metadata either.
    const QString database = geoDatabase();
    if (!database.isEmpty()) {
        QFile whole(database);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.mmdb"));
        QFile cut(truncated);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        options.geoipDatabase = truncated;
        result = Enricher::create(options);
        QVERIFY(!result.ok());
        QVERIFY(errorText(result).contains(QDir::toNativeSeparators(truncated)));
    }
}

void TestEnrich::cdnCountryOnlyWhenTrusted()
{
    const Headers cdn{{"cf-ipcountry", "nl"}};
    EnrichOptions options;
    const PageView untrusted = enrichedView(*makeEnricher(options), payloadWith(cdn));
    QCOMPARE(untrusted.country, QString());

    options.trustCdnCountryHeaders = true;
    auto trusting = makeEnricher(options);
    QCOMPARE(enrichedView(*trusting, payloadWith(cdn)).country, QStringLiteral("NL"));
    QCOMPARE(enrichedView(*trusting, payloadWith({{"cloudfront-viewer-country", "BR"}})).country,
             QStringLiteral("BR"));
    QCOMPARE(enrichedView(*trusting, payloadWith({{"x-country-code", "IN"}})).country,
             QStringLiteral("IN"));
    // Placeholders: XX (unknown), T1 (Tor).
    QCOMPARE(enrichedView(*trusting, payloadWith({{"cf-ipcountry", "XX"}})).country, QString());
    QCOMPARE(enrichedView(*trusting, payloadWith({{"cf-ipcountry", "T1"}})).country, QString());

    const QString database = geoDatabase();
    if (database.isEmpty())
        return;
    // With a database: the CDN's country wins; the database's city only where it agrees.
    options.geoipDatabase = database;
    auto both = makeEnricher(options);
    const PageView disagree = enrichedView(*both, payloadWith(cdn, "198.51.100.77"));
    QCOMPARE(disagree.country, QStringLiteral("NL"));
    QCOMPARE(disagree.city, QString());
    QVERIFY(!isSet(disagree.latitude));
    const PageView agree =
        enrichedView(*both, payloadWith({{"cf-ipcountry", "DE"}}, "198.51.100.77"));
    QCOMPARE(agree.country, QStringLiteral("DE"));
    QCOMPARE(agree.city, QStringLiteral("Munich"));
    const PageView placeholder =
        enrichedView(*both, payloadWith({{"cf-ipcountry", "XX"}}, "198.51.100.77"));
    QCOMPARE(placeholder.country, QStringLiteral("DE"));

    options.trustCdnCountryHeaders = false;
    const PageView databaseOnly =
        enrichedView(*makeEnricher(options), payloadWith(cdn, "198.51.100.77"));
    QCOMPARE(databaseOnly.country, QStringLiteral("DE"));
    QCOMPARE(databaseOnly.city, QStringLiteral("Munich"));
}

void TestEnrich::geographyKeepsBeaconValues()
{
    REQUIRE_GEO_DATABASE(database);
    EnrichOptions options;
    options.geoipDatabase = database;
    auto enricher = makeEnricher(options);
    const Payload payload = payloadWith({}, "198.51.100.77");

    PageView austria;
    austria.country = QStringLiteral("AT");
    const PageView a = enrichedView(*enricher, payload, austria);
    QCOMPARE(a.country, QStringLiteral("AT"));
    QCOMPARE(a.region, QString()); // Bavaria is not in Austria
    QCOMPARE(a.city, QString());
    QVERIFY(!isSet(a.latitude));

    PageView nuremberg;
    nuremberg.city = QStringLiteral("Nuremberg");
    const PageView n = enrichedView(*enricher, payload, nuremberg);
    QCOMPARE(n.country, QStringLiteral("DE"));
    QCOMPARE(n.city, QStringLiteral("Nuremberg"));
    QVERIFY(!isSet(n.latitude)); // Munich's position is not Nuremberg's

    PageView countryOnly;
    countryOnly.country = QStringLiteral("DE");
    countryOnly.latitude = 49.45;
    countryOnly.longitude = 11.08;
    const PageView c = enrichedView(*enricher, payload, countryOnly);
    QCOMPARE(c.region, QStringLiteral("Bavaria"));
    QCOMPARE(c.city, QStringLiteral("Munich"));
    QCOMPARE(c.latitude, 49.45);
    QCOMPARE(c.longitude, 11.08);
}

// ---- routes ---------------------------------------------------------------------------------

void TestEnrich::routes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("route");
    const auto row = [](const char *url, const char *route) {
        QTest::newRow(url) << QString::fromUtf8(url) << QString::fromUtf8(route);
    };
    row("https://shop.example/product/12345", "/product/:id");
    row("/product/12345/", "/product/:id");
    row("https://shop.example/product/12345?color=red#reviews", "/product/:id");
    row("https://shop.example/orders/3f2504e0-4f89-41d3-9a0c-0305e82c3301/items",
        "/orders/:id/items");
    row("https://shop.example/assets/d41d8cd98f00b204e9800998ecf8427e", "/assets/:id");
    row("https://shop.example/commit/da39a3ee5e6b4b0d3255bfef95601890afd80709", "/commit/:id");
    row("/u/a1b2c3d4e5", "/u/:id");
    row("/watch/dQw4w9WgXcQ", "/watch/:id");
    row("/api/v2/users/42/orders/7", "/api/v2/users/:id/orders/:id");
    row("/users/jane.doe@example.com/settings", "/users/:id/settings");
    row("/docs/getting-started", "/docs/getting-started");
    row("/blog/iphone-15-review", "/blog/iphone-15-review");
    row("/mp3/cafe", "/mp3/cafe");
    row("/search?q=shoes", "/search");
    row("https://shop.example/", "/");
    row("https://shop.example", "/");
    row("https://shop.example?x=1", "/");
    row("//cdn.example/a/123", "/a/:id");
    row("/", "/");
    row("///", "/");
    row("/#/product/123", "/");
    row("checkout/step/2", "/checkout/step/:id");
}

void TestEnrich::routes()
{
    QFETCH(QString, url);
    QFETCH(QString, route);
    QCOMPARE(enrichedView(*m_enricher, payloadWith({}), viewWithUrl(url)).route, route);
}

void TestEnrich::userRouteRuleWins()
{
    EnrichOptions options;
    options.routeRules = {{QStringLiteral("^/docs/"), QStringLiteral("/docs/:page")},
                          {QStringLiteral("^/product/\\d+$"), QStringLiteral("/product/:sku")}};
    auto enricher = makeEnricher(options);
    const auto route = [&](const char *url) {
        return enrichedView(*enricher, payloadWith({}), viewWithUrl(QString::fromUtf8(url))).route;
    };
    QCOMPARE(route("https://a.example/docs/getting-started?x=1"), QStringLiteral("/docs/:page"));
    QCOMPARE(route("/product/12345/"), QStringLiteral("/product/:sku"));
    QCOMPARE(route("/product/12345/reviews"), QStringLiteral("/product/:id/reviews"));
    // Clones apply the same rules.
    auto clone = enricher->clone();
    QCOMPARE(enrichedView(*clone, payloadWith({}), viewWithUrl(QStringLiteral("/docs/a"))).route,
             QStringLiteral("/docs/:page"));
}

void TestEnrich::invalidRouteRuleFailsCreate()
{
    EnrichOptions options;
    options.routeRules = {{QStringLiteral("^/docs/(unclosed"), QStringLiteral("/docs")}};
    const auto result = Enricher::create(options);
    QVERIFY(!result.ok());
    QVERIFY(errorText(result).contains(u"^/docs/(unclosed"));
    options.routeRules = {{QStringLiteral("^/docs/"), QString()}};
    QVERIFY(!Enricher::create(options).ok());
}

void TestEnrich::routeKeepsBeaconValue()
{
    PageView view = viewWithUrl(QStringLiteral("/product/123"));
    view.route = QStringLiteral("/p/[id]");
    QCOMPARE(enrichedView(*m_enricher, payloadWith({}), view).route, QStringLiteral("/p/[id]"));
    QCOMPARE(enrichedView(*m_enricher, payloadWith({}), PageView()).route, QString());
}

// ---- personal data in URLs ------------------------------------------------------------------

void TestEnrich::scrubsUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("scrubbed");
    const auto row = [](const char *name, const char *url, const char *scrubbed) {
        QTest::newRow(name) << QString::fromUtf8(url) << QString::fromUtf8(scrubbed);
    };
    const auto same = [&](const char *name, const char *url) { row(name, url, url); };
    row("email", "https://s.example/p?email=a@b.c&q=shoes", "https://s.example/p?q=shoes");
    row("token", "https://s.example/p?q=shoes&token=abc123", "https://s.example/p?q=shoes");
    row("credentials",
        "https://s.example/p?password=x&user_email=y&session=1&sessionId=2&api_key=3&apiKey=4"
        "&auth=5&access_token=6&PHPSESSID=7&key=8&passwd=9&secret=10&X-Amz-Signature=11&page=2",
        "https://s.example/p?page=2");
    row("everything-goes", "https://s.example/p?Token=abc&e-mail=x", "https://s.example/p");
    row("keeps-fragment", "https://s.example/p?e%2Dmail=x&session_id=1#reviews",
        "https://s.example/p#reviews");
    row("encoded-email-value", "https://s.example/p?ref=jane.doe%40example.com&q=1",
        "https://s.example/p?q=1");
    row("email-value", "/p?to=jane.doe+news@example.org&lang=en", "/p?lang=en");
    row("jwt-value", "/p?t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl&x=1", "/p?x=1");
    row("oauth-code", "/callback?code=4/0AX4Xf&state=xyz", "/callback?state=xyz");
    row("oauth-fragment", "https://s.example/cb#access_token=abc&token_type=bearer&state=xyz",
        "https://s.example/cb#state=xyz");
    row("hash-router", "https://s.example/#/reset?token=abc&step=2",
        "https://s.example/#/reset?step=2");
    row("hash-router-all", "https://s.example/#/reset?token=abc", "https://s.example/#/reset");
    row("bare-name", "/p?email&x=1", "/p?x=1");
    same("innocuous", "https://s.example/search?q=shoes&page=2&sort=price-asc&size=42");
    same("look-alike-names", "/p?author=jane&keyword=shoes&keywords=a&monkey=1&passenger=2"
                             "&promo_code=SPRING&zipcode=10115");
    same("at-without-address", "/p?handle=@jane&q=a@b");
    same("no-query", "https://s.example/product/123");
    same("fragment-only", "https://s.example/docs#install");
    same("empty-parameters", "/p?a=1&&b=2");
    same("question-in-fragment", "https://s.example/p#faq?q=1");
}

void TestEnrich::scrubsUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, scrubbed);
    QCOMPARE(scrubUrl(url), scrubbed);
    QCOMPARE(enrichedView(*m_enricher, payloadWith({}), viewWithUrl(url)).url, scrubbed);
}

void TestEnrich::scrubsEveryStoredUrl()
{
    const QString personal = QStringLiteral("https://s.example/a?email=jane@example.com&q=1");
    const QString clean = QStringLiteral("https://s.example/a?q=1");
    Session session;
    session.entryUrl = personal;
    session.exitUrl = personal;
    PageView view;
    view.url = personal;
    view.referrer = personal;
    view.lcpResourceUrl = personal;
    Resource resource;
    resource.url = personal;
    ErrorEvent error;
    error.resourceUrl = personal;
    std::vector<Record> records{session, view, resource, error};
    m_enricher->enrich(records, payloadWith({}));

    const auto &s = std::get<Session>(records[0]);
    QCOMPARE(s.entryUrl, clean);
    QCOMPARE(s.exitUrl, clean);
    const auto &v = std::get<PageView>(records[1]);
    QCOMPARE(v.url, clean);
    QCOMPARE(v.referrer, clean);
    QCOMPARE(v.lcpResourceUrl, clean);
    QCOMPARE(v.route, QStringLiteral("/a"));
    QCOMPARE(std::get<Resource>(records[2]).url, clean);
    QCOMPARE(std::get<ErrorEvent>(records[3]).resourceUrl, clean);
}

void TestEnrich::scrubbingCanBeTurnedOff()
{
    EnrichOptions options;
    options.scrubPersonalQueryParameters = false;
    const QString url = QStringLiteral("https://s.example/a?email=jane@example.com");
    QCOMPARE(enrichedView(*makeEnricher(options), payloadWith({}), viewWithUrl(url)).url, url);
}

// ---- what enrichment must never do ----------------------------------------------------------

void TestEnrich::neverOverwritesBeaconValues()
{
    EnrichOptions options;
    options.trustCdnCountryHeaders = true;
    options.geoipDatabase = geoDatabase(); // empty (no database) when it cannot be built
    options.hashUserIds = false;           // a deliberate rewrite, see hashesUserIdsOnce
    auto enricher = makeEnricher(options);
    const Payload payload = payloadWith(
        {{"user-agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
                        "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 "
                        "Safari/604.1"},
         {"sec-ch-ua", R"("Microsoft Edge";v="124")"},
         {"sec-ch-ua-platform", R"("Windows")"},
         {"sec-ch-ua-model", R"("Pixel 7")"},
         {"cf-ipcountry", "JP"}},
        "198.51.100.77");

    const std::vector<Record> before = testing::sampleRecords();
    std::vector<Record> after = before;
    enricher->enrich(after, payload);
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        std::visit(
            [&](const auto &original) {
                using R = std::remove_cvref_t<decltype(original)>;
                QVERIFY2(sameFields(original, std::get<R>(after[i])),
                         qPrintable(QString::number(i)));
            },
            before[i]);
    }

    // A partly filled view keeps its parts; a version is never paired with another browser.
    PageView partial;
    partial.browser = QStringLiteral("Chrome");
    partial.os = QStringLiteral("iOS");
    partial.deviceModel = QStringLiteral("iPhone 15");
    const PageView p = enrichedView(
        *m_enricher,
        payloadWith({{"user-agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
                                    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
                                    "Mobile/15E148 Safari/604.1"}}),
        partial);
    QCOMPARE(p.browser, QStringLiteral("Chrome"));
    QCOMPARE(p.browserVersion, QString()); // 17.4.1 is Safari's
    QCOMPARE(p.os, QStringLiteral("iOS"));
    QCOMPARE(p.osVersion, QStringLiteral("17.4.1"));
    QCOMPARE(p.deviceType, QStringLiteral("mobile"));
    QCOMPARE(p.deviceModel, QStringLiteral("iPhone 15"));
}

void TestEnrich::clientAddressIsNeverStored()
{
    EnrichOptions options;
    options.trustCdnCountryHeaders = true;
    options.geoipDatabase = geoDatabase();
    auto enricher = makeEnricher(options);
    for (const QByteArray &address :
         {QByteArray("198.51.100.77"), QByteArray("2001:db8:1234::77")}) {
        std::vector<Record> records = testing::sampleRecords();
        records.push_back(PageView());
        records.push_back(
            viewWithUrl(QStringLiteral("https://s.example/x?ip=") + QString::fromLatin1(address)));
        enricher->enrich(records, payloadWith({{"user-agent", "curl/8.5.0"}}, address));
        for (const Record &record : records) {
            const QStringList texts =
                std::visit([](const auto &r) { return textFields(r); }, record);
            for (const QString &text : texts) {
                // The last view's URL carried the address itself; that is the site's doing.
                if (text.contains(u"?ip="))
                    continue;
                QVERIFY2(!text.contains(QString::fromLatin1(address)), qPrintable(text));
            }
        }
    }
}

void TestEnrich::hashesUserIdsOnce()
{
    auto sessionWith = [](const QString &userId) {
        Session session;
        session.time = 1'795'800'000'000;
        session.sessionId = QStringLiteral("s1");
        session.userId = userId;
        return std::vector<Record>{Record(session)};
    };
    std::vector<Record> records = sessionWith(QStringLiteral("alice@example.com"));
    m_enricher->enrich(records, Payload());
    const QString hashed = std::get<Session>(records.front()).userId;
    QCOMPARE(hashed.size(), 34);
    QVERIFY(hashed.startsWith(u"h-"));
    QVERIFY(!hashed.contains(u"alice"));
    // The same user always gets the same id, so their sessions still group; another user not.
    std::vector<Record> again = sessionWith(QStringLiteral("alice@example.com"));
    m_enricher->enrich(again, Payload());
    QCOMPARE(std::get<Session>(again.front()).userId, hashed);
    std::vector<Record> other = sessionWith(QStringLiteral("bob@example.com"));
    m_enricher->enrich(other, Payload());
    QVERIFY(std::get<Session>(other.front()).userId != hashed);
    // Enriching its own output again leaves the id alone.
    m_enricher->enrich(records, Payload());
    QCOMPARE(std::get<Session>(records.front()).userId, hashed);
    // Turned off, the id is kept as sent.
    EnrichOptions plain;
    plain.hashUserIds = false;
    std::unique_ptr<Enricher> keeping = makeEnricher(plain);
    QVERIFY(keeping);
    std::vector<Record> kept = sessionWith(QStringLiteral("u-1042"));
    keeping->enrich(kept, Payload());
    QCOMPARE(std::get<Session>(kept.front()).userId, QStringLiteral("u-1042"));
}

QTEST_GUILESS_MAIN(TestEnrich)
#include "tst_enrich.moc"
