#include "ingest/importer.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rumscope;

namespace {
QByteArray pageViewLine(int i)
{
    return QStringLiteral(R"({"type":"pageview","time":%1,"sessionId":"s-%2","viewId":"v-%3",)"
                          R"("lcp":%4,"country":"DE"})")
        .arg(1767225600000 + i * 1000)
        .arg(i / 3)
        .arg(i)
        .arg(1000 + i)
        .toUtf8();
}

qint64 scalar(const QString &store, const char *query)
{
    Result<Store> s = Store::open(store, Store::Mode::ReadOnly);
    sql::Statement stmt(s->handle(), query);
    return stmt.step() == SQLITE_ROW ? stmt.integer(0) : -1;
}
} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storesGoodLinesAndQuarantinesBadOnes();
    void handlesCrlfBlankLinesAndMissingFinalNewline();
    void reportsUnreadableFilesAndGoesOn();
    void journalsEveryFile();
    void cancelKeepsWhatWasCommitted();
    void importsAFolderOfMixedFormats();
    void formatOverrideAppliesToEveryFile();

private:
    QTemporaryDir m_dir;
    QString write(const char *name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        file.write(content);
        return path;
    }
};

void TestImport::storesGoodLinesAndQuarantinesBadOnes()
{
    QByteArray content;
    QList<int> badLines;
    const QList<QByteArray> bad = {
        "not json at all",
        R"({"type":"pageview","time":1767225600000,"sessionId":"s","viewId":"v","lcp":36000000})",
        R"({"type":"pageview","time":1767225600000,"sessionId":"s","viewId":"v","cls":-1})",
        R"({"type":"pageview","time":1767225600000,"sessionId":"s","viewId":"v","lcp":"NaN"})",
        R"({"type":"spaceship","time":1767225600000})",
    };
    int line = 0;
    for (int i = 0; i < 1000; ++i) {
        content += pageViewLine(i) + '\n';
        ++line;
        if (i % 200 == 100) {
            content += bad[(i / 200) % bad.size()] + '\n';
            badLines.append(++line);
        }
    }
    const QString file = write("mixed.ndjson", content);
    const QString store = m_dir.filePath(QStringLiteral("mixed.rumscope"));
    auto writer = StoreWriter::open(store);
    QVERIFY(writer.ok());
    const ImportSummary summary = importFiles({file}, *writer.value());
    QCOMPARE(summary.accepted, 1000);
    QCOMPARE(summary.quarantined, badLines.size());
    QVERIFY(summary.failedFiles.isEmpty());
    QCOMPARE(summary.bytesRead, content.size());
    QCOMPARE(summary.notes.size(), badLines.size());
    for (qsizetype i = 0; i < badLines.size(); ++i) {
        QCOMPARE(summary.notes[i].line, badLines[i]);
        QVERIFY(!summary.notes[i].reason.isEmpty());
    }
    QVERIFY(summary.notes[1].reason.contains(u"lcp"));
    QVERIFY(summary.notes[4].reason.contains(u"spaceship"));
    writer.value().reset();
    QCOMPARE(scalar(store, "SELECT count(*) FROM pageviews"), 1000);
    QCOMPARE(scalar(store, "SELECT count(*) FROM quarantine"), badLines.size());
    QCOMPARE(scalar(store, "SELECT line FROM quarantine ORDER BY id LIMIT 1"), badLines[0]);
    QCOMPARE(scalar(store, "SELECT count(DISTINCT session) FROM pageviews"), 334);
}

void TestImport::handlesCrlfBlankLinesAndMissingFinalNewline()
{
    const QByteArray content = "\xEF\xBB\xBF" + pageViewLine(1) + "\r\n\r\n   \n" +
                               pageViewLine(2) + "\r\n{bad\r\n" +
                               pageViewLine(3); // no final newline
    const QString file = write("crlf.ndjson", content);
    auto writer = StoreWriter::open(m_dir.filePath(QStringLiteral("crlf.rumscope")));
    const ImportSummary summary = importFiles({file}, *writer.value());
    QCOMPARE(summary.accepted, 3);
    QCOMPARE(summary.quarantined, 1);
    QCOMPARE(summary.notes.first().line, 5);
}

void TestImport::reportsUnreadableFilesAndGoesOn()
{
    const QString good = write("good.ndjson", pageViewLine(1) + '\n');
    const QString emptyFolder = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(emptyFolder));
    auto writer = StoreWriter::open(m_dir.filePath(QStringLiteral("partial.rumscope")));
    const ImportSummary summary = importFiles(
        {m_dir.filePath(QStringLiteral("missing.ndjson")), emptyFolder, good}, *writer.value());
    QCOMPARE(summary.accepted, 1);
    QCOMPARE(summary.failedFiles.size(), 2);
    QVERIFY(summary.failedFiles[0].contains(u"folder holds no files"));
    QVERIFY(summary.failedFiles[1].contains(u"no such file"));
    QVERIFY(!summary.nothingRead());

    const ImportSummary nothing =
        importFiles({m_dir.filePath(QStringLiteral("missing.ndjson"))}, *writer.value());
    QVERIFY(nothing.nothingRead());
}

void TestImport::journalsEveryFile()
{
    const QString a = write("a.ndjson", pageViewLine(1) + '\n' + "junk\n");
    const QString b = write("b.ndjson", pageViewLine(2) + '\n');
    const QString store = m_dir.filePath(QStringLiteral("journal.rumscope"));
    {
        auto writer = StoreWriter::open(store);
        importFiles({a, b}, *writer.value());
    }
    QCOMPARE(scalar(store, "SELECT count(*) FROM imports"), 2);
    QCOMPARE(scalar(store, "SELECT accepted FROM imports WHERE path LIKE '%a.ndjson'"), 1);
    QCOMPARE(scalar(store, "SELECT quarantined FROM imports WHERE path LIKE '%a.ndjson'"), 1);
    QCOMPARE(scalar(store, "SELECT count(*) FROM imports WHERE length(content_hash) = 32 AND "
                           "finished IS NOT NULL"),
             2);
}

void TestImport::cancelKeepsWhatWasCommitted()
{
    QByteArray content;
    for (int i = 0; i < 200000; ++i)
        content += pageViewLine(i) + '\n';
    const QString file = write("big.ndjson", content);
    const QString store = m_dir.filePath(QStringLiteral("cancel.rumscope"));
    std::atomic_bool cancel = false;
    qint64 reports = 0;
    ImportSummary summary;
    {
        auto writer = StoreWriter::open(store);
        const Progress progress(
            [&](qint64 done, qint64 total) {
                ++reports;
                QCOMPARE(total, qint64(content.size()));
                if (done > total / 4)
                    cancel = true;
            },
            &cancel);
        summary = importFiles({file}, *writer.value(), progress);
    }
    QVERIFY(summary.cancelled);
    QVERIFY(reports >= 1);
    QVERIFY(summary.accepted > 0 && summary.accepted < 200000);
    QCOMPARE(scalar(store, "SELECT count(*) FROM pageviews"), summary.accepted);
    QCOMPARE(scalar(store, "SELECT cancelled FROM imports"), 1);
}

namespace {
/// The bodies of a fixture's POSTs, one per line, as a site's own beacon log would hold them.
QByteArray fixtureBodies(const char *fixture)
{
    QFile file(QStringLiteral(RUMSCOPE_FIXTURE_DIR "/") + QLatin1StringView(fixture) +
               QStringLiteral(".ndjson"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bodies;
    while (!file.atEnd()) {
        const QJsonObject request = QJsonDocument::fromJson(file.readLine()).object();
        if (request.value(u"method").toString() == u"POST")
            bodies += request.value(u"body").toString().toUtf8() + '\n';
    }
    return bodies;
}

} // namespace

void TestImport::importsAFolderOfMixedFormats()
{
    const QString folder = m_dir.filePath(QStringLiteral("mixed"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/nested")));
    // Captured requests of the real web-vitals SDK (30 beacons, 6 page views), the bodies of
    // the attribution build's beacons one per line (6 more views), one canonical view, and a
    // file in no format rumscope reads.
    QVERIFY(QFile::copy(QStringLiteral(RUMSCOPE_FIXTURE_DIR "/web-vitals.ndjson"),
                        folder + QStringLiteral("/captured.ndjson")));
    write("mixed/nested/vitals.log", fixtureBodies("web-vitals-attribution"));
    write("mixed/canonical.ndjson", pageViewLine(1) + '\n');
    write("mixed/notes.txt", "shopping list: milk, eggs\n");
    const QString store = m_dir.filePath(QStringLiteral("folder.rumscope"));
    {
        auto writer = StoreWriter::open(store);
        QVERIFY(writer.ok());
        const ImportSummary summary = importFiles({folder}, *writer.value());
        QCOMPARE(summary.quarantined, 0);
        QCOMPARE(summary.failedFiles.size(), 1);
        QVERIFY2(summary.failedFiles.first().contains(u"notes.txt") &&
                     summary.failedFiles.first().contains(u"--format"),
                 qPrintable(summary.failedFiles.first()));
        // A page view part per beacon, and the INP interactions (6 and 7) besides.
        QCOMPARE(summary.accepted, 30 + 6 + 45 + 7 + 1);
    }
    // The beacons' parts merged into their page views in the store.
    QCOMPARE(scalar(store, "SELECT count(*) FROM pageviews"), 13);
    // LCP for the home and products pages and the SPA in each browser, and the canonical view.
    QCOMPARE(scalar(store, "SELECT count(*) FROM pageviews WHERE lcp IS NOT NULL"), 6 + 6 + 1);
    // Every file is journaled, the one in no known format too.
    QCOMPARE(scalar(store, "SELECT count(*) FROM imports"), 4);
}

void TestImport::formatOverrideAppliesToEveryFile()
{
    const QString vitals = write("override.log", fixtureBodies("web-vitals"));
    const QString store = m_dir.filePath(QStringLiteral("override.rumscope"));
    auto writer = StoreWriter::open(store);
    QVERIFY(writer.ok());
    ImportOptions options;
    options.format = WireFormat::WebVitals;
    const ImportSummary right = importFiles({vitals}, *writer.value(), {}, options);
    QCOMPARE(right.accepted, 30 + 6); // the page view parts and the INP interactions
    QCOMPARE(right.quarantined, 0);
    // Told the wrong format, every beacon is quarantined with the parser's reason.
    options.format = WireFormat::Faro;
    const ImportSummary wrong = importFiles({vitals}, *writer.value(), {}, options);
    QCOMPARE(wrong.accepted, 0);
    QCOMPARE(wrong.quarantined, 30);
    QVERIFY2(wrong.notes.first().reason.startsWith(u"faro: "),
             qPrintable(wrong.notes.first().reason));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
