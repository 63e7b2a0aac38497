// The Errors page through a real window on a generated store: its groups are rumscope-cli
// errors' groups, the detail pane shows what the store holds for a group's latest occurrence
// (message, frames, raw stack, resource URL and HTTP status, page and session), and a group
// filters every view, as rumscope-cli query --filter error=FP does.

#include "breakdownmodel.h"
#include "dashboardcontroller.h"
#include "displayformat.h"
#include "errordetailpane.h"
#include "errorexampleloader.h"
#include "errorgroupmodel.h"
#include "errorspage.h"
#include "filterbar.h"
#include "filterstate.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "sparklinedelegate.h"
#include "technologypage.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <memory>
#include <numeric>

using namespace rumscope;
using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 120000;

/// The canonical records rumscope-cli session --json prints for one session.
QJsonArray cliSession(const QString &store, const QString &sessionId)
{
    QProcess process;
    process.start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"),
                  {QStringLiteral("session"), QStringLiteral("--store"), store, sessionId,
                   QStringLiteral("--json")});
    if (!process.waitForFinished(kTimeoutMs) || process.exitCode() != 0) {
        qWarning() << "rumscope-cli session failed:" << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

/// The record of that type in records for which match holds.
QJsonObject findRecord(const QJsonArray &records, const QString &type,
                       const std::function<bool(const QJsonObject &)> &match)
{
    for (const QJsonValue &value : records) {
        const QJsonObject object = value.toObject();
        if (object.value(u"type").toString() == type && match(object))
            return object;
    }
    return {};
}
} // namespace

class TestErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sparklineSpansItsCell();
    void groupsMatchCli();
    void selectingAGroupShowsItsLatestOccurrence();
    void resourceAndHttpGroupsShowUrlAndStatus();
    void clickingAGroupFiltersEveryView();
    void enterAndContextMenuFilterAndExclude();
    void showSessionsWithThisError();
    void cleanupTestCase();

private:
    void waitForErrors();
    /// rumscope-cli errors for the window's conditions and the time range the page shows.
    QJsonObject cliErrors();
    void compareGroupsWithCli();
    /// Selects the group as the arrow keys do, and waits for its occurrence to be read.
    const ErrorExample &selectAndWait(const QString &fingerprint);
    /// The error record the pane's example is, as rumscope-cli session prints it, and the
    /// session's records.
    QJsonObject cliRecordOf(const ErrorExample &example, QJsonArray *records = nullptr);
    QModelIndex proxyIndexOf(const QString &fingerprint, int column = 0) const;

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
    ErrorsPage *m_page = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    ErrorsResult m_last;
    int m_answers = 0;
};

void TestErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("errors.rumscope"));
    const QString error = test::writeGeneratedStore(m_store, test::monthOfTraffic(2500, 11));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = test::shownWindow();
    m_page = m_window->errorsPage();
    QVERIFY(m_page);
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{m_page->model(), m_page->sortedModel()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    connect(m_window->dashboard(), &DashboardController::errorsReady, this,
            [this](const ErrorsResult &result) {
                m_last = result;
                ++m_answers;
            });
    m_window->filterState()->setTimeRange(FilterState::TimeRange::AllTime);
    m_window->openStore(m_store);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->resultsShown() > 0, kTimeoutMs);

    // Ctrl+N shows the N-th page, from the keyboard.
    m_window->activateWindow();
    const int tab = m_window->pages()->indexOf(m_page);
    QVERIFY(tab >= 0);
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
    QCOMPARE(m_window->pages()->currentWidget(), m_page);
    QTRY_VERIFY_WITH_TIMEOUT(m_answers > 0, kTimeoutMs);
    waitForErrors();
}

void TestErrors::cleanupTestCase()
{
    m_testers.clear();
    m_window.reset();
}

void TestErrors::waitForErrors()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Errors), kTimeoutMs);
}

QJsonObject TestErrors::cliErrors()
{
    QStringList arguments{QStringLiteral("errors"),
                          QStringLiteral("--store"),
                          m_store,
                          QStringLiteral("--limit"),
                          QString::number(DashboardController::kErrorGroupLimit),
                          QStringLiteral("--from"),
                          QString::number(m_last.filter.from),
                          QStringLiteral("--to"),
                          QString::number(m_last.filter.to),
                          QStringLiteral("--json")};
    // The sparklines' buckets, which the CLI counts per hour or per day.
    constexpr qint64 hour = 3600 * 1000;
    if (m_last.groups.bucketMs == hour || m_last.groups.bucketMs == 24 * hour)
        arguments << QStringLiteral("--bucket")
                  << (m_last.groups.bucketMs == hour ? QStringLiteral("hour")
                                                     : QStringLiteral("day"));
    for (const DimensionFilter &condition : m_window->filterState()->conditions()) {
        for (const QString &value : condition.values)
            arguments << (condition.exclude ? QStringLiteral("--exclude")
                                            : QStringLiteral("--filter"))
                      << QStringLiteral("%1=%2").arg(
                             QLatin1StringView(dimensionId(condition.dimension)), value);
    }
    return test::cliJson(arguments);
}

void TestErrors::compareGroupsWithCli()
{
    QVERIFY(m_last.filter.hasTimeRange());
    const QJsonObject json = cliErrors();
    const QJsonArray groups = json.value(u"groups").toArray();
    QVERIFY(!groups.isEmpty());
    const ErrorGroupModel *model = m_page->model();
    QCOMPARE(model->rowCount(), int(groups.size()));
    QVERIFY2(json.contains(u"bucketMs"), "the page's sparklines are neither hourly nor daily");
    QCOMPARE(m_last.groups.bucketMs, json.value(u"bucketMs").toInteger());
    QCOMPARE(m_last.groups.bucketStart, json.value(u"bucketStart").toInteger());
    // The engine's order (most errors first, then by message), as the CLI lists them.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject expected = groups.at(row).toObject();
        const ErrorGroup &group = model->group(row);
        QCOMPARE(group.fingerprint, expected.value(u"fingerprint").toString());
        QCOMPARE(group.message, expected.value(u"message").toString());
        QCOMPARE(group.type, expected.value(u"type").toString());
        QCOMPARE(group.kind, expected.value(u"kind").toString());
        QCOMPARE(group.count, expected.value(u"count").toInteger());
        QCOMPARE(group.sessions, expected.value(u"sessions").toInteger());
        QCOMPARE(group.firstSeen, expected.value(u"firstSeen").toInteger());
        QCOMPARE(group.lastSeen, expected.value(u"lastSeen").toInteger());
        // What the row says, as the user reads it.
        const QModelIndex index = model->index(row, ErrorGroupModel::CountColumn);
        QCOMPARE(index.data().toString(), formatCount(group.count));
        QCOMPARE(index.siblingAtColumn(ErrorGroupModel::SessionsColumn).data().toString(),
                 formatCount(group.sessions));
        // The sparkline: every error of the group in the range, bucket by bucket.
        const QJsonArray trend = expected.value(u"trend").toArray();
        QCOMPARE(group.trend.size(), trend.size());
        for (qsizetype i = 0; i < trend.size(); ++i)
            QCOMPARE(group.trend[i], trend[i].toInteger());
        QCOMPARE(std::accumulate(group.trend.begin(), group.trend.end(), qint64(0)), group.count);
        QCOMPARE(index.siblingAtColumn(ErrorGroupModel::TrendColumn)
                     .data(ErrorGroupModel::TrendRole)
                     .value<QList<qint64>>(),
                 group.trend);
        // The top browsers, and what their cell reads.
        const QJsonArray browsers = expected.value(u"browsers").toArray();
        QVERIFY(!browsers.isEmpty());
        QCOMPARE(group.browsers.size(), browsers.size());
        for (qsizetype i = 0; i < browsers.size(); ++i) {
            const QJsonObject browser = browsers[i].toObject();
            QCOMPARE(group.browsers[i].first, browser.value(u"browser").toString());
            QCOMPARE(group.browsers[i].second, browser.value(u"count").toInteger());
        }
        const QString browsersCell =
            index.siblingAtColumn(ErrorGroupModel::BrowsersColumn).data().toString();
        if (!group.browsers.front().first.isEmpty())
            QVERIFY2(browsersCell.startsWith(group.browsers.front().first),
                     qPrintable(browsersCell));
    }
    // The summary line: "N errors in M groups".
    const QString summary = m_page->summaryLabel()->text();
    QVERIFY2(summary.contains(formatCount(json.value(u"errors").toInteger())), qPrintable(summary));
    QVERIFY2(summary.contains(formatCount(json.value(u"groupCount").toInteger())),
             qPrintable(summary));
}

QModelIndex TestErrors::proxyIndexOf(const QString &fingerprint, int column) const
{
    const int row = m_page->model()->rowOf(fingerprint);
    return row < 0 ? QModelIndex()
                   : m_page->sortedModel()->mapFromSource(m_page->model()->index(row, column));
}

const ErrorExample &TestErrors::selectAndWait(const QString &fingerprint)
{
    const QModelIndex index = proxyIndexOf(fingerprint);
    m_page->table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    ErrorDetailPane *pane = m_page->detailPane();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(pane->example() && pane->fingerprint() == fingerprint &&
                                     !m_page->exampleLoader()->isBusy(),
                                 kTimeoutMs);
    }();
    static const ErrorExample none;
    return pane->example() ? *pane->example() : none;
}

QJsonObject TestErrors::cliRecordOf(const ErrorExample &example, QJsonArray *records)
{
    const QJsonArray session = cliSession(m_store, example.sessionId);
    if (records)
        *records = session;
    return findRecord(session, QStringLiteral("error"), [&](const QJsonObject &object) {
        return object.value(u"fingerprint").toString() == example.error.fingerprint &&
               object.value(u"time").toInteger() == example.error.time;
    });
}

void TestErrors::sparklineSpansItsCell()
{
    const QRectF area(10, 20, 100, 40);
    const QPolygonF points = sparklinePoints({0, 5, 10}, area);
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0], QPointF(10, 60)); // zero at the bottom, on the left
    QCOMPARE(points[1], QPointF(60, 40));
    QCOMPARE(points[2], QPointF(110, 20)); // the largest at the top, on the right
    const QPolygonF flat = sparklinePoints({7}, area);
    QCOMPARE(flat.size(), 2);
    QCOMPARE(flat[0].y(), flat[1].y());
    QCOMPARE(flat[1].x(), area.right());
    QVERIFY(sparklinePoints({}, area).isEmpty());
    QCOMPARE(sparklinePoints({0, 0}, area)[1].y(), area.bottom());
}

void TestErrors::groupsMatchCli()
{
    compareGroupsWithCli();
    // On screen, most errors first.
    const QModelIndex top = m_page->table()->model()->index(0, ErrorGroupModel::CountColumn);
    QCOMPARE(top.data(ErrorGroupModel::RawValueRole).toLongLong(), m_page->model()->group(0).count);
    // Sorting by another column re-orders the rows, not the groups.
    m_page->table()->sortByColumn(ErrorGroupModel::LastSeenColumn, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < m_page->table()->model()->rowCount(); ++row) {
        const qint64 lastSeen = m_page->table()
                                    ->model()
                                    ->index(row, ErrorGroupModel::LastSeenColumn)
                                    .data(ErrorGroupModel::RawValueRole)
                                    .toLongLong();
        QVERIFY(lastSeen <= previous);
        previous = lastSeen;
    }
    m_page->table()->sortByColumn(ErrorGroupModel::CountColumn, Qt::DescendingOrder);
}

void TestErrors::selectingAGroupShowsItsLatestOccurrence()
{
    const ErrorGroupModel *model = m_page->model();
    int row = 0;
    while (row < model->rowCount() && model->group(row).kind != u"exception")
        ++row;
    QVERIFY2(row < model->rowCount(), "the generated store has no exception");
    const ErrorGroup group = model->group(row);
    const ErrorExample &example = selectAndWait(group.fingerprint);
    QVERIFY(m_page->detailPane()->example());
    // Selecting shows; it does not filter.
    QVERIFY(m_window->filterState()->conditions().isEmpty());

    ErrorDetailPane *pane = m_page->detailPane();
    QCOMPARE(pane->messageLabel()->text(), group.message);
    QCOMPARE(example.error.fingerprint, group.fingerprint);
    QVERIFY(example.occurrences >= group.count);
    QVERIFY(example.error.time >= group.lastSeen); // the latest one

    // The store's record of that occurrence, as rumscope-cli session prints it.
    QJsonArray records;
    const QJsonObject record = cliRecordOf(example, &records);
    QVERIFY2(!record.isEmpty(), "rumscope-cli session does not list the occurrence shown");
    QCOMPARE(record.value(u"message").toString(), group.message);
    const QJsonArray frames = record.value(u"frames").toArray();
    QVERIFY2(!frames.isEmpty(), "an exception of the generator has a stack");
    QTreeWidget *view = pane->framesView();
    QCOMPARE(view->topLevelItemCount(), int(frames.size()));
    for (int i = 0; i < frames.size(); ++i) {
        const QJsonObject frame = frames.at(i).toObject();
        const QTreeWidgetItem *item = view->topLevelItem(i);
        const QString function = frame.value(u"function").toString();
        if (!function.isEmpty())
            QCOMPARE(item->text(0), function);
        QString location = frame.value(u"file").toString();
        if (frame.value(u"line").toInt() > 0)
            location += u':' + QString::number(frame.value(u"line").toInt());
        if (frame.value(u"line").toInt() > 0 && frame.value(u"column").toInt() > 0)
            location += u':' + QString::number(frame.value(u"column").toInt());
        QCOMPARE(item->text(1), location);
    }
    QCOMPARE(pane->rawStackView()->toPlainText(), record.value(u"stack").toString());
    QVERIFY(pane->rawStackView()->isReadOnly());
    QVERIFY(pane->rawStackView()->textInteractionFlags() & Qt::TextSelectableByMouse);

    // Where it happened: the session, and the page view's URL.
    QCOMPARE(pane->sessionLabel()->text(), record.value(u"sessionId").toString());
    const QString viewId = record.value(u"viewId").toString();
    const QJsonObject pageView =
        findRecord(records, QStringLiteral("pageview"),
                   [&](const QJsonObject &object) { return object.value(u"viewId") == viewId; });
    QVERIFY2(!pageView.isEmpty(), "the occurrence's page view is not in its session");
    QCOMPARE(pane->pageUrlLabel()->text(), pageView.value(u"url").toString());
    QVERIFY(!pane->showsResource()); // an exception failed no request

    auto *copy = pane->findChild<QToolButton *>(QStringLiteral("copySessionIdButton"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), example.sessionId);
}

void TestErrors::resourceAndHttpGroupsShowUrlAndStatus()
{
    const ErrorGroupModel *model = m_page->model();
    int checked = 0;
    for (const QString &kind : {QStringLiteral("resource"), QStringLiteral("http")}) {
        int row = 0;
        while (row < model->rowCount() && model->group(row).kind != kind)
            ++row;
        if (row == model->rowCount())
            continue;
        ++checked;
        const ErrorGroup group = model->group(row);
        const ErrorExample &example = selectAndWait(group.fingerprint);
        QVERIFY(m_page->detailPane()->example());
        const QJsonObject record = cliRecordOf(example);
        QVERIFY2(!record.isEmpty(), "rumscope-cli session does not list the occurrence shown");
        ErrorDetailPane *pane = m_page->detailPane();
        QVERIFY(pane->showsResource());
        // A group's occurrences may word it otherwise (another status, another URL).
        const QString message = record.value(u"message").toString();
        QCOMPARE(pane->occurrenceMessageLabel()->isVisibleTo(pane),
                 !message.isEmpty() && message != group.message);
        if (message != group.message)
            QCOMPARE(pane->occurrenceMessageLabel()->text(), message);
        const QString url = record.value(u"resourceUrl").toString();
        QVERIFY2(!url.isEmpty(), qPrintable(kind));
        QCOMPARE(pane->resourceUrlLabel()->text(), url);
        if (record.contains(u"httpStatus")) {
            const QString status = QString::number(record.value(u"httpStatus").toInt());
            QVERIFY2(pane->httpStatusLabel()->text().startsWith(status),
                     qPrintable(pane->httpStatusLabel()->text()));
            QVERIFY(pane->httpStatusLabel()->isVisibleTo(pane));
        }
    }
    QVERIFY2(checked > 0, "the generated store has no resource or HTTP error");
}

void TestErrors::clickingAGroupFiltersEveryView()
{
    FilterState *state = m_window->filterState();
    QTableView *table = m_page->table();
    const QModelIndex first = table->model()->index(0, ErrorGroupModel::MessageColumn);
    const QString fingerprint = first.data(ErrorGroupModel::FingerprintRole).toString();
    const ErrorGroup group = m_page->model()->group(m_page->model()->rowOf(fingerprint));
    const int before = m_answers;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QCOMPARE(state->conditions().size(), 1);
    QCOMPARE(state->conditions().front().dimension, Dimension::ErrorGroup);
    QCOMPARE(state->conditions().front().values, QStringList{fingerprint});
    QCOMPARE(state->conditions().front().exclude, false);
    // The chip names the error, not its fingerprint.
    auto *bar = m_window->findChild<FilterBar *>(QStringLiteral("filterBar"));
    QVERIFY(bar);
    QTRY_COMPARE(bar->chipTexts().size(), 1);
    const QString chip = bar->chipTexts().front();
    QVERIFY2(!chip.contains(fingerprint), qPrintable(chip));
    QVERIFY2(chip.contains(ErrorGroupModel::title(group).left(20)), qPrintable(chip));

    QTRY_VERIFY_WITH_TIMEOUT(m_answers > before, kTimeoutMs);
    waitForErrors();
    compareGroupsWithCli();
    // The group stays listed and selected, its detail on show.
    QVERIFY(m_page->model()->rowOf(fingerprint) >= 0);
    QCOMPARE(m_page->detailPane()->fingerprint(), fingerprint);
    QCOMPARE(table->currentIndex().data(ErrorGroupModel::FingerprintRole).toString(), fingerprint);

    // Every view follows: Technology's browsers are those of the page views with the error.
    m_window->showPage(DashboardPage::Technology);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Technology),
                             kTimeoutMs);
    const BreakdownModel *browsers = m_window->technologyPage()->browserModel();
    const QJsonObject json = test::cliJson(
        {QStringLiteral("query"), QStringLiteral("--store"), m_store, QStringLiteral("--metric"),
         QString::fromLatin1(metricInfo(state->metric()).id), QStringLiteral("--by"),
         QStringLiteral("browser"), QStringLiteral("--filter"), u"error="_s + fingerprint,
         QStringLiteral("--json")});
    const QJsonArray rows = json.value(u"rows").toArray();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(browsers->rowCount(), int(std::min<qsizetype>(rows.size(), 50)));
    for (int row = 0; row < browsers->rowCount(); ++row) {
        const QJsonObject expected = rows.at(row).toObject();
        QCOMPARE(browsers->summary(row).group, expected.value(u"group").toString());
        QCOMPARE(browsers->summary(row).pageViews, expected.value(u"pageViews").toInteger());
        QCOMPARE(browsers->summary(row).samples, expected.value(u"samples").toInteger());
    }
    m_window->showPage(DashboardPage::Errors);
    waitForErrors();
}

void TestErrors::enterAndContextMenuFilterAndExclude()
{
    FilterState *state = m_window->filterState();
    state->clearFilters();
    waitForErrors();
    QTableView *table = m_page->table();
    QVERIFY(table->model()->rowCount() >= 3);

    // Enter on the current row filters to it, like a click.
    const QModelIndex second = table->model()->index(1, ErrorGroupModel::CountColumn);
    const QString entered = second.data(ErrorGroupModel::FingerprintRole).toString();
    table->setFocus();
    table->setCurrentIndex(second);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(state->conditions().size(), 1);
    QCOMPARE(state->conditions().front().values, QStringList{entered});
    state->clearFilters();
    waitForErrors();

    // The context menu's "Exclude This Error".
    const QModelIndex third = table->model()->index(2, ErrorGroupModel::MessageColumn);
    const QString excluded = third.data(ErrorGroupModel::FingerprintRole).toString();
    std::unique_ptr<QMenu> menu(m_page->createContextMenu(third, table));
    for (const char *name : {"filterToErrorAction", "excludeErrorAction", "showErrorSessionsAction",
                             "copyErrorMessageAction", "copyErrorFingerprintAction"})
        QVERIFY2(menu->findChild<QAction *>(QLatin1StringView(name)), name);
    menu->findChild<QAction *>(QStringLiteral("copyErrorFingerprintAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), excluded);
    const int before = m_answers;
    menu->findChild<QAction *>(QStringLiteral("excludeErrorAction"))->trigger();
    QCOMPARE(state->conditions().size(), 1);
    QCOMPARE(state->conditions().front().dimension, Dimension::ErrorGroup);
    QCOMPARE(state->conditions().front().exclude, true);
    QCOMPARE(state->conditions().front().values, QStringList{excluded});
    QTRY_VERIFY_WITH_TIMEOUT(m_answers > before, kTimeoutMs);
    waitForErrors();
    QCOMPARE(m_page->model()->rowOf(excluded), -1);
    compareGroupsWithCli();
    state->clearFilters();
    waitForErrors();
}

void TestErrors::showSessionsWithThisError()
{
    FilterState *state = m_window->filterState();
    QVERIFY(state->conditions().isEmpty());
    const QString fingerprint = m_page->model()->group(0).fingerprint;
    selectAndWait(fingerprint);
    QVERIFY(m_page->detailPane()->example());
    QPushButton *button = m_page->detailPane()->showSessionsButton();
    QVERIFY(button->isVisibleTo(m_page));
    button->click();
    QCOMPARE(state->conditions().size(), 1);
    QCOMPARE(state->conditions().front().dimension, Dimension::ErrorGroup);
    QCOMPARE(state->conditions().front().values, QStringList{fingerprint});
    QWidget *sessions = m_window->pageWidget(DashboardPage::Sessions);
    QVERIFY2(sessions, "the window has no Sessions page");
    QCOMPARE(m_window->pages()->currentWidget(), sessions);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestErrors test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_errors.moc"
