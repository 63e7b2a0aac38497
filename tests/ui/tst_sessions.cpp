// The Sessions page through a real window on a generated store: the list holds what
// rumscope-cli sessions lists for the same filter and search; a session opened from the list
// (double-click, Enter), by id (Ctrl+L) or on the command line shows every event rumscope-cli
// session prints, in the same order, on the timeline's lanes; an unknown id says so.

#include "dashboardcontroller.h"
#include "filterstate.h"
#include "journeytimeline.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "sessionlistmodel.h"
#include "sessionspage.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolTip>
#include <QtTest>

#include <memory>

using namespace rumscope;

namespace {
constexpr int kTimeoutMs = 120000;

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RUMSCOPE_BIN_DIR "/") + program, arguments);
    CliRun result;
    if (!process.waitForFinished(kTimeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
} // namespace

class TestSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listMatchesCli();
    void searchNarrowsTheList();
    void doubleClickShowsTheJourney();
    void enterShowsTheJourney();
    void ctrlLOpensASessionFromAnyPage();
    void contextMenuFiltersToTheCountry();
    void unknownIdSaysSo();
    void latestRequestWins();
    void toolTipsAndDetailsTellTheItem();
    void commandLineOpensASession();
    void commandLineRejectsBadInput();
    void cleanupTestCase();

private:
    void showSessionsPage();
    /// The page's list against rumscope-cli sessions with the same search.
    void compareListWithCli(const QString &search);
    /// The timeline's items against rumscope-cli session ID --json.
    void compareJourneyWithCli(const QString &sessionId);
    void waitForJourney(const QString &sessionId);
    /// The row (in the table as shown) of the listed session with the most errors.
    int busiestRow() const;

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
    SessionsPage *m_page = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QString m_answeredSearch;
    int m_answers = 0;
};

void TestSessions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("sessions.rumscope"));
    const QString error = test::writeGeneratedStore(m_store, test::monthOfTraffic(1500, 11));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = test::shownWindow();
    m_page = m_window->sessionsPage();
    QVERIFY(m_page);
    QVERIFY(m_page->findChild<QSplitter *>(QStringLiteral("sessionsSplitter")));
    QVERIFY(m_page->findChild<QSplitter *>(QStringLiteral("journeySplitter")));
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{m_page->model(), m_page->table()->model()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    connect(m_window->dashboard(), &DashboardController::sessionsReady, this,
            [this](const SessionsResult &result) {
                m_answeredSearch = result.search;
                ++m_answers;
            });
    // The CLI lists sessions of all time: so does the window.
    m_window->filterState()->setTimeRange(FilterState::TimeRange::AllTime);
    m_window->openStore(m_store);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->resultsShown() > 0, kTimeoutMs);
}

void TestSessions::cleanupTestCase()
{
    m_testers.clear();
    m_window.reset();
}

void TestSessions::showSessionsPage()
{
    m_window->showPage(DashboardPage::Sessions);
    QCOMPARE(m_window->pages()->currentWidget(), m_page);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Sessions),
                             kTimeoutMs);
}

void TestSessions::compareListWithCli(const QString &search)
{
    QStringList arguments{QStringLiteral("sessions"),
                          QStringLiteral("--store"),
                          m_store,
                          QStringLiteral("--limit"),
                          QString::number(DashboardController::kSessionLimit),
                          QStringLiteral("--json")};
    if (!search.isEmpty())
        arguments << QStringLiteral("--search") << search;
    const QJsonObject json = test::cliJson(arguments);
    const QJsonArray rows = json.value(u"rows").toArray();
    const SessionListModel *model = m_page->model();
    QCOMPARE(model->matching(), json.value(u"sessions").toInteger());
    QCOMPARE(model->rowCount(), int(rows.size()));
    const QAbstractItemModel *shown = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject expected = rows.at(row).toObject();
        const SessionRow &actual = model->row(row);
        QCOMPARE(actual.sessionId, expected.value(u"sessionId").toString());
        // The table shows them in the CLI's order until a header is clicked.
        QCOMPARE(shown->index(row, SessionListModel::SessionColumn).data().toString(),
                 actual.sessionId);
        QCOMPARE(actual.userId, expected.value(u"userId").toString());
        QCOMPARE(actual.start, expected.value(u"start").toInteger());
        QCOMPARE(actual.lastSeen, expected.value(u"lastSeen").toInteger());
        QCOMPARE(actual.country, expected.value(u"country").toString());
        QCOMPARE(actual.deviceType, expected.value(u"deviceType").toString());
        QCOMPARE(actual.browser, expected.value(u"browser").toString());
        QCOMPARE(actual.pageViews, expected.value(u"pageViews").toInteger());
        QCOMPARE(actual.errors, expected.value(u"errors").toInteger());
        const QJsonValue worst = expected.value(u"worstMetric");
        QCOMPARE(actual.worstMetric.has_value(), !worst.isNull());
        if (actual.worstMetric) {
            QCOMPARE(QString::fromLatin1(metricInfo(*actual.worstMetric).id), worst.toString());
            QCOMPARE(actual.worstValue, expected.value(u"worstValue").toDouble());
            QCOMPARE(QString::fromLatin1(ratingId(actual.worstRating)),
                     expected.value(u"worstRating").toString());
            // What the user reads: the vital and its value, in its rating's colour.
            const QModelIndex cell = model->index(row, SessionListModel::WorstVitalColumn);
            QCOMPARE(cell.data().toString(),
                     QStringLiteral("%1 %2").arg(
                         QString::fromLatin1(metricInfo(*actual.worstMetric).shortName),
                         formatMetricValue(*actual.worstMetric, actual.worstValue)));
            QCOMPARE(cell.data(SessionListModel::RatingRole).toInt(), int(actual.worstRating));
        }
    }
}

void TestSessions::listMatchesCli()
{
    showSessionsPage();
    QVERIFY(m_page->model()->rowCount() > 100);
    compareListWithCli(QString());
}

void TestSessions::searchNarrowsTheList()
{
    const int before = m_page->model()->rowCount();
    const QString prefix = m_page->model()->row(7).sessionId.left(3);
    QLineEdit *search = m_page->searchField();
    search->setFocus();
    QTest::keyClicks(search, prefix);
    QTRY_COMPARE_WITH_TIMEOUT(m_answeredSearch, prefix, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Sessions),
                             kTimeoutMs);
    QVERIFY(m_page->model()->rowCount() > 0);
    QVERIFY(m_page->model()->rowCount() < before);
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        QVERIFY(m_page->model()->row(row).sessionId.startsWith(prefix));
    compareListWithCli(prefix);

    // A whole user id finds that user's sessions.
    const QJsonObject all =
        test::cliJson({QStringLiteral("sessions"), QStringLiteral("--store"), m_store,
                       QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    QString user;
    for (const QJsonValue &row : all.value(u"rows").toArray()) {
        user = row.toObject().value(u"userId").toString();
        if (!user.isEmpty())
            break;
    }
    QVERIFY2(!user.isEmpty(), "the generated store has users");
    search->clear();
    QTest::keyClicks(search, user);
    QTRY_COMPARE_WITH_TIMEOUT(m_answeredSearch, user, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Sessions),
                             kTimeoutMs);
    QVERIFY(m_page->model()->rowCount() >= 1);
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        QCOMPARE(m_page->model()->row(row).userId, user);
    compareListWithCli(user);

    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_answeredSearch, QString(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Sessions),
                             kTimeoutMs);
    QCOMPARE(m_page->model()->rowCount(), before);
}

int TestSessions::busiestRow() const
{
    const QAbstractItemModel *shown = m_page->table()->model();
    int best = 0;
    for (int row = 1; row < shown->rowCount(); ++row) {
        const auto errors = [&](int r) {
            return shown->index(r, SessionListModel::ErrorsColumn)
                .data(SessionListModel::RawValueRole)
                .toLongLong();
        };
        if (errors(row) > errors(best))
            best = row;
    }
    return best;
}

void TestSessions::waitForJourney(const QString &sessionId)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_page->shownSessionId(), sessionId, kTimeoutMs);
    QVERIFY(!m_page->isLoadingJourney());
    QVERIFY(m_page->timeline()->hasJourney());
    QVERIFY(m_page->journeyMessage().isEmpty());
}

void TestSessions::compareJourneyWithCli(const QString &sessionId)
{
    const CliRun cli =
        run(QStringLiteral("rumscope-cli"), {QStringLiteral("session"), QStringLiteral("--store"),
                                             m_store, sessionId, QStringLiteral("--json")});
    QCOMPARE(cli.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(cli.out).array();
    QVERIFY(records.size() > 1);
    QCOMPARE(records.first().toObject().value(u"type").toString(), QStringLiteral("session"));
    QCOMPARE(records.first().toObject().value(u"sessionId").toString(), sessionId);

    const JourneyLanes &lanes = m_page->timeline()->lanes();
    QCOMPARE(lanes.session().sessionId, sessionId);
    QCOMPARE(qsizetype(lanes.items().size()), records.size() - 1);
    std::array<int, kJourneyLaneCount> perLane{};
    double previous = -1;
    for (int i = 0; i < int(lanes.items().size()); ++i) {
        const QJsonObject expected = records.at(i + 1).toObject();
        const Record &record = lanes.record(i);
        QCOMPARE(QString(recordTypeName(recordType(record))), expected.value(u"type").toString());
        QCOMPARE(eventBase(record).time, expected.value(u"time").toInteger());
        const JourneyItem &item = lanes.item(i);
        QCOMPARE(item.start, double(eventBase(record).time - lanes.origin()));
        QVERIFY(item.start >= previous); // in time order
        previous = item.start;
        ++perLane[size_t(item.lane)];
    }
    // Each lane holds its kind, all of it.
    const std::array<QString, kJourneyLaneCount> kinds{
        QStringLiteral("pageview"), QStringLiteral("interaction"), QStringLiteral("error"),
        QStringLiteral("longtask"), QStringLiteral("resource"),    QStringLiteral("measurement")};
    for (int lane = 0; lane < kJourneyLaneCount; ++lane) {
        const auto count = std::count_if(records.begin(), records.end(), [&](const QJsonValue &v) {
            return v.toObject().value(u"type").toString() == kinds[size_t(lane)];
        });
        QCOMPARE(int(lanes.lane(JourneyLane(lane)).size()), int(count));
        QCOMPARE(perLane[size_t(lane)], int(count));
    }
    // The header names the session; the details panel starts with its summary.
    auto *title = m_page->findChild<QLabel *>(QStringLiteral("journeyTitle"));
    QVERIFY(title && title->text().contains(sessionId));
    // Its duration as the session list reads it.
    const QJsonObject session = records.first().toObject();
    const QString duration = JourneyLanes::formatDuration(
        double(session.value(u"lastSeen").toInteger() - session.value(u"time").toInteger()));
    QVERIFY2(title->text().contains(duration), qPrintable(title->text()));
    QVERIFY(m_page->details()->toPlainText().contains(sessionId));
}

void TestSessions::doubleClickShowsTheJourney()
{
    showSessionsPage();
    QTableView *table = m_page->table();
    const int row = busiestRow();
    const QModelIndex index = table->model()->index(row, SessionListModel::StartColumn);
    const QString id = index.data(SessionListModel::SessionIdRole).toString();
    table->scrollTo(index);
    QSignalSpy shown(m_page, &SessionsPage::journeyShown);
    // As a mouse sends it: press, release, then the second press as a double-click, release.
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, centre);
    waitForJourney(id);
    QVERIFY(!shown.isEmpty());
    compareJourneyWithCli(id);
    QVERIFY(m_page->timeline()->lanes().lane(JourneyLane::Errors).size() > 0);
    // Opening moved the focus on to the timeline, ready for its keys.
    QCOMPARE(QApplication::focusWidget(), m_page->timeline());
}

void TestSessions::enterShowsTheJourney()
{
    QTableView *table = m_page->table();
    table->setFocus();
    const QModelIndex index = table->model()->index(2, 0);
    table->setCurrentIndex(index);
    const QString id = index.data(SessionListModel::SessionIdRole).toString();
    QVERIFY(id != m_page->shownSessionId());
    QTest::keyClick(table, Qt::Key_Return);
    waitForJourney(id);
    compareJourneyWithCli(id);
}

void TestSessions::ctrlLOpensASessionFromAnyPage()
{
    // A session not in the list the filter shows: by id, it opens anyway.
    m_window->filterState()->include(Dimension::DeviceType, QStringLiteral("tablet"));
    const QJsonObject others =
        test::cliJson({QStringLiteral("sessions"), QStringLiteral("--store"), m_store,
                       QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--exclude"),
                       QStringLiteral("device=tablet"), QStringLiteral("--json")});
    const QString id =
        others.value(u"rows").toArray().last().toObject().value(u"sessionId").toString();
    QVERIFY(!id.isEmpty());
    m_window->showPage(DashboardPage::Overview);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(
                     QStringLiteral("openSessionDialog"))) != nullptr);
    dialog->setTextValue(u"  "_qs + id + u" "_qs); // pasted with spaces
    dialog->accept();
    QCOMPARE(m_window->pages()->currentWidget(), m_page);
    waitForJourney(id);
    compareJourneyWithCli(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Sessions),
                             kTimeoutMs);
    QCOMPARE(m_page->model()->rowOf(id), -1);
    m_window->filterState()->clearFilters();
}

void TestSessions::contextMenuFiltersToTheCountry()
{
    showSessionsPage();
    QTableView *table = m_page->table();
    const QModelIndex index = table->model()->index(1, SessionListModel::CountryColumn);
    const QString country = index.data(SessionListModel::RawValueRole).toString();
    QVERIFY(!country.isEmpty());
    // Pick "Filter to Country “XX”" in the menu a right-click opens.
    QString picked;
    QTimer::singleShot(0, this, [&picked, country] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(u"Filter to") &&
                action->text().contains(u"“"_qs + country + u"”"_qs)) {
                picked = action->text();
                action->trigger();
            }
        }
        menu->close();
    });
    Q_EMIT table->customContextMenuRequested(table->visualRect(index).center());
    QVERIFY2(!picked.isEmpty(), "the menu offers to filter to the row's country");
    const QList<DimensionFilter> conditions = m_window->filterState()->conditions();
    QCOMPARE(conditions.size(), 1);
    QCOMPARE(conditions.front().dimension, Dimension::Country);
    QCOMPARE(conditions.front().values, QStringList{country});
    QVERIFY(!conditions.front().exclude);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Sessions),
                             kTimeoutMs);
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        QCOMPARE(m_page->model()->row(row).country, country);
    const QJsonObject json = test::cliJson(
        {QStringLiteral("sessions"), QStringLiteral("--store"), m_store, QStringLiteral("--limit"),
         QString::number(DashboardController::kSessionLimit), QStringLiteral("--filter"),
         u"country="_qs + country, QStringLiteral("--json")});
    QCOMPARE(m_page->model()->matching(), json.value(u"sessions").toInteger());
    QCOMPARE(m_page->model()->rowCount(), int(json.value(u"rows").toArray().size()));
    m_window->filterState()->clearFilters();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Sessions),
                             kTimeoutMs);
}

void TestSessions::unknownIdSaysSo()
{
    const QString id = QStringLiteral("no-such-session-0000");
    QSignalSpy failed(m_page, &SessionsPage::journeyFailed);
    m_window->openSession(id);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kTimeoutMs);
    QCOMPARE(failed.first().first().toString(), id);
    // The same words rumscope-cli uses, in the page, where the journey would be.
    const CliRun cli = run(QStringLiteral("rumscope-cli"),
                           {QStringLiteral("session"), QStringLiteral("--store"), m_store, id});
    QCOMPARE(cli.exitCode, 4);
    QVERIFY(!m_page->journeyMessage().isEmpty());
    QVERIFY2(cli.err.contains(m_page->journeyMessage()), qPrintable(cli.err));
    QVERIFY(m_page->journeyMessage().contains(id));
    QVERIFY(!m_page->timeline()->hasJourney());
    QVERIFY(m_page->shownSessionId().isEmpty());
    auto *title = m_page->findChild<QLabel *>(QStringLiteral("journeyTitle"));
    QVERIFY(title->text().contains(id));
    // A known id afterwards shows its journey again.
    const QString known = m_page->model()->row(0).sessionId;
    m_window->openSession(known);
    waitForJourney(known);
}

void TestSessions::latestRequestWins()
{
    const QString first = m_page->model()->row(4).sessionId;
    const QString second = m_page->model()->row(5).sessionId;
    const QString third = m_page->model()->row(6).sessionId;
    QSignalSpy shown(m_page, &SessionsPage::journeyShown);
    // Arrowing quickly through the list: only the session it stops on shows.
    m_window->openSession(first);
    m_window->openSession(second);
    waitForJourney(second);
    m_window->openSession(third);
    waitForJourney(third);
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0).first().toString(), second);
    QCOMPARE(shown.at(1).first().toString(), third);
    QCOMPARE(m_page->timeline()->lanes().session().sessionId, third);
}

void TestSessions::toolTipsAndDetailsTellTheItem()
{
    // The session with the most interactions among the first rows, for its INP parts.
    QString id;
    qsizetype most = -1;
    for (int row = 0; row < std::min(40, m_page->model()->rowCount()); ++row) {
        const QString candidate = m_page->model()->row(row).sessionId;
        m_window->openSession(candidate);
        waitForJourney(candidate);
        const auto interactions =
            qsizetype(m_page->timeline()->lanes().lane(JourneyLane::Interactions).size());
        if (interactions > most) {
            most = interactions;
            id = candidate;
        }
        if (most >= 3)
            break;
    }
    QVERIFY(most > 0);
    m_window->openSession(id);
    waitForJourney(id);
    JourneyTimeline *timeline = m_page->timeline();
    const int item = timeline->lanes().lane(JourneyLane::Interactions).front();
    const auto &interaction = std::get<Interaction>(timeline->lanes().record(item));
    timeline->zoomToItem(item);
    const QRectF rect = timeline->laneRect(item);
    QVERIFY(!rect.isEmpty());
    QHelpEvent help(QEvent::ToolTip, rect.center().toPoint(),
                    timeline->mapToGlobal(rect.center().toPoint()));
    QApplication::sendEvent(timeline, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QCOMPARE(tip, timeline->lanes().toolTip(item));
    QVERIFY(tip.contains(interaction.type));
    if (isSet(interaction.inputDelay))
        QVERIFY2(tip.contains(u"Input delay"), qPrintable(tip));
    QToolTip::hideText();

    // A click selects it; the panel beside says where its time went.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, rect.center().toPoint());
    QCOMPARE(timeline->selectedItem(), item);
    const QString details = m_page->details()->toPlainText();
    QVERIFY2(details.contains(interaction.target), qPrintable(details));
    if (isSet(interaction.processingDuration))
        QVERIFY(details.contains(u"Processing"));
    // Its page view's resources make the waterfall.
    const int view = timeline->lanes().item(item).pageView;
    QCOMPARE(timeline->selectedPageView(), view);
    for (const int resource : timeline->lanes().pageViews()[size_t(view)].resources)
        QVERIFY(!timeline->waterfallRect(resource).isEmpty());
}

void TestSessions::commandLineOpensASession()
{
    // What rumscope --session ID STORE does: asks before the store has loaded.
    const QString id = m_page->model()->row(3).sessionId;
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    window.start(m_store);
    window.openSession(id);
    QCOMPARE(window.pages()->currentWidget(), window.sessionsPage());
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionsPage()->shownSessionId(), id, kTimeoutMs);
    QVERIFY(window.sessionsPage()->timeline()->hasJourney());
    QCOMPARE(window.sessionsPage()->timeline()->lanes().session().sessionId, id);
}

void TestSessions::commandLineRejectsBadInput()
{
    const QString id = m_page->model()->row(0).sessionId;
    const CliRun noStore = run(QStringLiteral("rumscope"), {QStringLiteral("--session"), id});
    QCOMPARE(noStore.exitCode, 2);
    QVERIFY2(noStore.err.contains(u"--session needs the store"), qPrintable(noStore.err));
    const CliRun missing =
        run(QStringLiteral("rumscope"),
            {QStringLiteral("--session"), id, m_dir.filePath(QStringLiteral("none.rumscope"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"does not exist"), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.rumscope"))));
    const CliRun empty = run(QStringLiteral("rumscope"),
                             {QStringLiteral("--session"), QStringLiteral(" "), m_store});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(u"needs a session id"), qPrintable(empty.err));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestSessions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessions.moc"
