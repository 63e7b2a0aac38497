// The Errors view's example of a group, read from a store the real SDK captures were imported
// into: the latest occurrence with its frames, its session and page, and how often it happened,
// checked against the captures parsed on their own.

#include "../formats/fixtures.h"
#include "ingest/importer.h"
#include "query/errorexample.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace rumscope;

namespace {

struct Capture
{
    const char *name;
    WireFormat format;
};
// Every capture with errors in it; one per SDK (the gzip copies repeat their plain twins).
constexpr Capture kCaptures[] = {
    {"sentry", WireFormat::Sentry},
    {"faro", WireFormat::Faro},
    {"elastic-apm-rum-v2-plain", WireFormat::Elastic},
};

} // namespace

class TestErrorExample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void latestOccurrenceOfEveryGroup();
    void unknownFingerprintFails_data();
    void unknownFingerprintFails();

private:
    QTemporaryDir m_dir;
    QString m_store;
    std::vector<ErrorEvent> m_errors;
    std::vector<PageView> m_views;
};

void TestErrorExample::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("captures.rumscope"));
    QStringList files;
    for (const Capture &capture : kCaptures) {
        files.append(
            QStringLiteral(RUMSCOPE_FIXTURE_DIR "/%1.ndjson").arg(QLatin1StringView(capture.name)));
        const ParsedBeacon parsed =
            test::parseFixture(QLatin1StringView(capture.name), capture.format);
        for (const ErrorEvent &error : test::recordsOf<ErrorEvent>(parsed.records))
            m_errors.push_back(error);
        for (const PageView &view : test::mergedViews(parsed.records))
            m_views.push_back(view);
    }
    QVERIFY(m_errors.size() >= 10);
    auto writer = StoreWriter::open(m_store);
    QVERIFY(writer.ok());
    const ImportSummary summary = importFiles(files, *writer.value());
    QVERIFY2(summary.failedFiles.isEmpty(), qPrintable(summary.failedFiles.join(u'\n')));
    QVERIFY(summary.accepted > 0);
}

void TestErrorExample::latestOccurrenceOfEveryGroup()
{
    Result<Store> store = Store::open(m_store, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    QHash<QString, std::vector<const ErrorEvent *>> byFingerprint;
    for (const ErrorEvent &error : m_errors)
        byFingerprint[error.fingerprint].push_back(&error);
    QVERIFY(byFingerprint.size() >= 4);
    int withFrames = 0;
    int withPage = 0;
    for (auto it = byFingerprint.cbegin(); it != byFingerprint.cend(); ++it) {
        Result<ErrorExample> example = loadErrorExample(store.value(), it.key());
        QVERIFY2(example.ok(), test::why(example).constData());
        QCOMPARE(example->occurrences, qint64(it.value().size()));
        QCOMPARE(example->error.fingerprint, it.key());
        // The latest; of several at that time, one of them.
        qint64 latest = 0;
        for (const ErrorEvent *error : it.value())
            latest = std::max(latest, error->time);
        QCOMPARE(example->error.time, latest);
        const auto same = std::find_if(it.value().begin(), it.value().end(), [&](const auto *e) {
            return e->time == latest && e->message == example->error.message &&
                   e->frames == example->error.frames && e->viewId == example->error.viewId;
        });
        QVERIFY2(same != it.value().end(), qPrintable(example->error.message));
        QCOMPARE(example->sessionId, (*same)->sessionId);
        QCOMPARE(example->error.type, (*same)->type);
        QCOMPARE(example->error.kind, (*same)->kind);
        QCOMPARE(example->error.resourceUrl, (*same)->resourceUrl);
        // Its page: the view with its session and view id, where the capture has one.
        QString url;
        for (const PageView &view : m_views) {
            if (!(*same)->viewId.isEmpty() && view.viewId == (*same)->viewId &&
                view.sessionId == (*same)->sessionId)
                url = view.url;
        }
        QCOMPARE(example->pageUrl, url);
        withFrames += !example->error.frames.isEmpty();
        withPage += !url.isEmpty();
    }
    // Real stacks and real pages: the checks above compared something.
    QVERIFY(withFrames >= 2);
    QVERIFY(withPage >= 1);
}

void TestErrorExample::unknownFingerprintFails_data()
{
    QTest::addColumn<QString>("fingerprint");
    QTest::newRow("unknown") << QStringLiteral("no-such-fingerprint");
    QTest::newRow("empty") << QString();
    // User data in the query would match every error.
    QTest::newRow("SQL") << QStringLiteral("x' OR '1'='1");
    QTest::newRow("like pattern") << QStringLiteral("%");
}

void TestErrorExample::unknownFingerprintFails()
{
    QFETCH(QString, fingerprint);
    Result<Store> store = Store::open(m_store, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    Result<ErrorExample> example = loadErrorExample(store.value(), fingerprint);
    QVERIFY(!example.ok());
    QCOMPARE(example.error().exitCode, 4);
    QVERIFY2(example.error().message.contains(u"fingerprint"), qPrintable(example.error().message));
    QVERIFY(example.error().message.contains(fingerprint));
}

QTEST_GUILESS_MAIN(TestErrorExample)
#include "tst_errorexample.moc"
