// Linked views: a click in one view filters every other, and each view then holds the same
// figures as rumscope-cli query with that filter. Back and Forward walk the filter history.

#include "breakdownmodel.h"
#include "breakdownview.h"
#include "dashboardcontroller.h"
#include "filterbar.h"
#include "filterstate.h"
#include "mainwindow.h"
#include "metriccard.h"
#include "overviewpage.h"
#include "pagesmodel.h"
#include "pagespage.h"
#include "technologypage.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace rumscope;

namespace {
constexpr int kTimeoutMs = 120000;
} // namespace

class TestLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void technologyMatchesCli();
    void clickingABrowserFiltersEveryView();
    void excludingABrowserRemovesItEverywhere();
    void chipsShowAndRemoveConditions();
    void backAndForwardWalkTheHistory();
    void pagesMatchCliAndFilterByRoute();
    void cleanupTestCase();

private:
    QJsonObject cli(const QStringList &arguments);
    /// The CLI's groups of --by DIM for the metric and the window's conditions.
    QJsonObject cliBreakdown(const QString &dimension);
    void compareWithCli(const BreakdownModel *model, const QString &dimension);
    void waitForTechnology();

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    int m_technologyAnswers = 0;
};

void TestLinks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("links.rumscope"));
    const QString error = test::writeGeneratedStore(m_store, test::monthOfTraffic(2500, 5));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = test::shownWindow();
    TechnologyPage *technology = m_window->technologyPage();
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             technology->browserModel(), technology->systemModel(), technology->deviceModel(),
             technology->connectionModel()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    connect(m_window->dashboard(), &DashboardController::technologyReady, this,
            [this] { ++m_technologyAnswers; });
    // The CLI compares against all page views: the window shows all time.
    m_window->filterState()->setTimeRange(FilterState::TimeRange::AllTime);
    m_window->openStore(m_store);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->resultsShown() > 0, kTimeoutMs);
}

void TestLinks::cleanupTestCase()
{
    m_testers.clear();
    m_window.reset();
}

QJsonObject TestLinks::cli(const QStringList &arguments)
{
    return test::cliJson(arguments);
}

QJsonObject TestLinks::cliBreakdown(const QString &dimension)
{
    const FilterState *state = m_window->filterState();
    QStringList arguments{QStringLiteral("query"),
                          QStringLiteral("--store"),
                          m_store,
                          QStringLiteral("--metric"),
                          QString::fromLatin1(metricInfo(state->metric()).id),
                          QStringLiteral("--by"),
                          dimension,
                          QStringLiteral("--json")};
    for (const DimensionFilter &condition : state->conditions()) {
        for (const QString &value : condition.values)
            arguments << (condition.exclude ? QStringLiteral("--exclude")
                                            : QStringLiteral("--filter"))
                      << QStringLiteral("%1=%2").arg(
                             QLatin1StringView(dimensionId(condition.dimension)), value);
    }
    return cli(arguments);
}

void TestLinks::compareWithCli(const BreakdownModel *model, const QString &dimension)
{
    const QJsonObject json = cliBreakdown(dimension);
    const QJsonArray rows = json.value(u"rows").toArray();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(model->rowCount(), int(std::min<qsizetype>(rows.size(), 50)));
    // The CLI lists groups by page views, as the engine answers them; the model keeps that.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject expected = rows.at(row).toObject();
        const MetricSummary &summary = model->summary(row);
        QCOMPARE(summary.group, expected.value(u"group").toString());
        QCOMPARE(summary.pageViews, expected.value(u"pageViews").toInteger());
        QCOMPARE(summary.samples, expected.value(u"samples").toInteger());
        if (summary.samples > 0)
            QCOMPARE(summary.value, expected.value(u"value").toDouble());
        QCOMPARE(summary.poor, expected.value(u"poor").toInteger());
    }
}

void TestLinks::waitForTechnology()
{
    // The answer for the filter as it stands: nothing running, nothing pending.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->dashboard()->isBusy(), kTimeoutMs);
}

void TestLinks::technologyMatchesCli()
{
    const int before = m_technologyAnswers;
    // Ctrl+N shows the N-th page, from the keyboard.
    m_window->activateWindow();
    const int tab = m_window->pages()->indexOf(m_window->technologyPage());
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
    QCOMPARE(m_window->pages()->currentWidget(), m_window->technologyPage());
    QTRY_VERIFY_WITH_TIMEOUT(m_technologyAnswers > before, kTimeoutMs);
    waitForTechnology();
    TechnologyPage *page = m_window->technologyPage();
    compareWithCli(page->browserModel(), QStringLiteral("browser"));
    compareWithCli(page->systemModel(), QStringLiteral("os"));
    compareWithCli(page->deviceModel(), QStringLiteral("device"));
    compareWithCli(page->connectionModel(), QStringLiteral("connection"));
}

void TestLinks::clickingABrowserFiltersEveryView()
{
    TechnologyPage *page = m_window->technologyPage();
    BreakdownView *browsers = page->views().front();
    QTableView *table = browsers->table();
    // The first row on screen, as the user sees it (sorted by page views).
    const QModelIndex first = table->model()->index(0, BreakdownModel::NameColumn);
    const QString browser = first.data(BreakdownModel::RawValueRole).toString();
    QVERIFY(!browser.isEmpty());
    const int before = m_technologyAnswers;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QCOMPARE(m_window->filterState()->conditions().size(), 1);
    QCOMPARE(m_window->filterState()->conditions().front().dimension, Dimension::Browser);
    QCOMPARE(m_window->filterState()->conditions().front().values, QStringList{browser});
    QTRY_VERIFY_WITH_TIMEOUT(m_technologyAnswers > before, kTimeoutMs);
    waitForTechnology();
    // One browser filtered to: its versions; every other view holds that browser's figures.
    QCOMPARE(page->browserModel()->dimension(), Dimension::BrowserVersion);
    compareWithCli(page->browserModel(), QStringLiteral("browser-version"));
    compareWithCli(page->systemModel(), QStringLiteral("os"));
    compareWithCli(page->deviceModel(), QStringLiteral("device"));

    // The Overview follows too.
    const int overviews = m_window->overviewPage()->resultsShown();
    m_window->pages()->setCurrentWidget(m_window->overviewPage());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->resultsShown() > overviews, kTimeoutMs);
    const QJsonObject lcp =
        cli({QStringLiteral("query"), QStringLiteral("--store"), m_store,
             QStringLiteral("--metric"), QStringLiteral("lcp"), QStringLiteral("--filter"),
             u"browser="_qs + browser, QStringLiteral("--json")});
    auto *card = m_window->findChild<MetricCard *>(QStringLiteral("metricCard_lcp"));
    QVERIFY(card);
    QCOMPARE(card->summary().pageViews,
             lcp.value(u"total").toObject().value(u"pageViews").toInteger());
    m_window->pages()->setCurrentWidget(m_window->technologyPage());
    waitForTechnology();
}

void TestLinks::excludingABrowserRemovesItEverywhere()
{
    FilterState *state = m_window->filterState();
    state->clearFilters();
    state->setTimeRange(FilterState::TimeRange::AllTime);
    waitForTechnology();
    TechnologyPage *page = m_window->technologyPage();
    QVERIFY(page->browserModel()->rowCount() >= 2);
    const QString excluded = page->browserModel()->value(0);
    const int before = m_technologyAnswers;
    // What the context menu's "Exclude" sends.
    Q_EMIT page->views().front()->filterRequested(Dimension::Browser, excluded, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_technologyAnswers > before, kTimeoutMs);
    waitForTechnology();
    QCOMPARE(page->browserModel()->dimension(), Dimension::Browser);
    for (int row = 0; row < page->browserModel()->rowCount(); ++row)
        QVERIFY(page->browserModel()->value(row) != excluded);
    compareWithCli(page->browserModel(), QStringLiteral("browser"));
    compareWithCli(page->systemModel(), QStringLiteral("os"));
    compareWithCli(page->connectionModel(), QStringLiteral("connection"));
}

void TestLinks::chipsShowAndRemoveConditions()
{
    FilterState *state = m_window->filterState();
    auto *bar = m_window->findChild<FilterBar *>(QStringLiteral("filterBar"));
    QVERIFY(bar);
    const QStringList chips = bar->chipTexts();
    QCOMPARE(chips.size(), 1); // the exclusion of the previous test
    QVERIFY(chips.front().contains(state->conditions().front().values.front()));
    // Clicking its chip removes the condition, and every view follows.
    auto *chip = m_window->findChild<QToolButton *>(QStringLiteral("filterChip"));
    QVERIFY(chip);
    const QList<DimensionFilter> before = state->conditions();
    chip->click();
    QVERIFY(state->conditions().isEmpty());
    waitForTechnology();
    compareWithCli(m_window->technologyPage()->browserModel(), QStringLiteral("browser"));
    QTRY_VERIFY(bar->chipTexts().isEmpty());
    state->goBack(); // the exclusion again, for the history test
    QCOMPARE(state->conditions(), before);
    waitForTechnology();
}

void TestLinks::backAndForwardWalkTheHistory()
{
    FilterState *state = m_window->filterState();
    QVERIFY(state->canGoBack());
    const QList<DimensionFilter> excluding = state->conditions();
    QVERIFY(!excluding.isEmpty());
    state->goBack();
    waitForTechnology();
    QVERIFY(state->conditions().isEmpty());
    QVERIFY(state->canGoForward());
    compareWithCli(m_window->technologyPage()->browserModel(), QStringLiteral("browser"));
    state->goForward();
    waitForTechnology();
    QCOMPARE(state->conditions(), excluding);
    compareWithCli(m_window->technologyPage()->browserModel(), QStringLiteral("browser"));
    // A new step after going back drops the steps ahead.
    state->goBack();
    state->setMetric(Metric::Inp);
    QVERIFY(!state->canGoForward());
    waitForTechnology();
    compareWithCli(m_window->technologyPage()->systemModel(), QStringLiteral("os"));
}

void TestLinks::pagesMatchCliAndFilterByRoute()
{
    FilterState *state = m_window->filterState();
    state->clearFilters();
    waitForTechnology();
    m_window->pages()->setCurrentWidget(m_window->pagesPage());
    waitForTechnology();
    const PagesModel *model = m_window->pagesPage()->model();
    QVERIFY(model->rowCount() > 3);
    // Each vital's column against the CLI's breakdown by route.
    for (size_t m = 0; m < kOverviewMetrics.size(); ++m) {
        const Metric metric = kOverviewMetrics[m];
        const QJsonObject json =
            cli({QStringLiteral("query"), QStringLiteral("--store"), m_store,
                 QStringLiteral("--metric"), QString::fromLatin1(metricInfo(metric).id),
                 QStringLiteral("--by"), QStringLiteral("route"), QStringLiteral("--json")});
        const QJsonArray rows = json.value(u"rows").toArray();
        QCOMPARE(rows.size(), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            const PagesModel::Row &shown = model->row(row);
            const auto expected = std::find_if(rows.begin(), rows.end(), [&](const QJsonValue &v) {
                return v.toObject().value(u"group").toString() == shown.route;
            });
            QVERIFY(expected != rows.end());
            const QJsonObject object = expected->toObject();
            QCOMPARE(shown.pageViews, object.value(u"pageViews").toInteger());
            QCOMPARE(shown.metrics[m].samples, object.value(u"samples").toInteger());
            if (shown.metrics[m].samples > 0)
                QCOMPARE(shown.metrics[m].value, object.value(u"value").toDouble());
        }
    }
    // The error rate's page views with an error, by route.
    const QJsonObject errors = cli(
        {QStringLiteral("query"), QStringLiteral("--store"), m_store, QStringLiteral("--metric"),
         QStringLiteral("lcp"), QStringLiteral("--by"), QStringLiteral("route"),
         QStringLiteral("--has-error"), QStringLiteral("yes"), QStringLiteral("--json")});
    qint64 withErrors = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        withErrors += model->row(row).withErrors;
    QCOMPARE(withErrors, errors.value(u"total").toObject().value(u"pageViews").toInteger());
    QVERIFY(withErrors > 0);

    // A click on a route filters every view to it.
    QTableView *table = m_window->pagesPage()->table();
    const QModelIndex first = table->model()->index(0, PagesModel::kRouteColumn);
    const QString route = first.data(PagesModel::RawValueRole).toString();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QCOMPARE(state->conditions().size(), 1);
    QCOMPARE(state->conditions().front().dimension, Dimension::Route);
    QCOMPARE(state->conditions().front().values, QStringList{route});
    waitForTechnology();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->row(0).route, route);
    m_window->pages()->setCurrentWidget(m_window->technologyPage());
    waitForTechnology();
    compareWithCli(m_window->technologyPage()->systemModel(), QStringLiteral("os"));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestLinks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_links.moc"
