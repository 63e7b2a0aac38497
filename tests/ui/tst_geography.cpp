// The Geography page in a real window on a generated store: the countries, regions and the
// map's colours against rumscope-cli query; a click on a country filters every view (checked
// on the Technology page and the Errors figures against the CLI), a second click or "World"
// shows the world again; the minimum samples setting greys and is kept.

#include "breakdownmodel.h"
#include "breakdownview.h"
#include "dashboardcontroller.h"
#include "filterstate.h"
#include "geographymodel.h"
#include "geographypage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "technologypage.h"
#include "teststore.h"
#include "worldmapview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace rumscope;

namespace {
constexpr int kTimeoutMs = 120000;
} // namespace

class TestGeography : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countriesMatchCli();
    void minimumSamplesGreysAndIsKept();
    void clickingACountryFiltersEveryView();
    void clickingItAgainShowsTheWorld();
    void worldButtonShowsTheWorld();
    void excludingFromTheMapMatchesCli();
    void cleanupTestCase();

private:
    QJsonObject cli(QStringList arguments);
    QJsonArray cliRows(const QString &dimension);
    void compareWithCli(const BreakdownModel *model, const QString &dimension, int limit = 0);
    void showGeography();
    void waitForAnswer();
    /// The country with the most page views that the map draws.
    QString largestMappedCountry();

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
    GeographyPage *m_page = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    int m_answers = 0;
    QString m_country;
};

void TestGeography::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(GeographyPage::minimumSamplesKey());
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("geography.rumscope"));
    const QString error = test::writeGeneratedStore(m_store, test::monthOfTraffic(2500, 11));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = test::shownWindow();
    m_page = m_window->geographyPage();
    QVERIFY(m_page);
    QVERIFY(m_page->findChild<QSplitter *>(QStringLiteral("geographySplitter")));
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_page->countryModel(), m_page->regionModel(), m_page->cityModel(),
             m_page->countryView()->table()->model(), m_page->regionView()->table()->model(),
             m_page->cityView()->table()->model(), m_window->technologyPage()->browserModel()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    connect(m_window->dashboard(), &DashboardController::geographyReady, this,
            [this] { ++m_answers; });
    // The CLI compares against all page views: the window shows all time.
    m_window->filterState()->setTimeRange(FilterState::TimeRange::AllTime);
    m_window->openStore(m_store);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->resultsShown() > 0, kTimeoutMs);
}

void TestGeography::cleanupTestCase()
{
    m_testers.clear();
    m_window.reset();
}

QJsonObject TestGeography::cli(QStringList arguments)
{
    arguments << QStringLiteral("--store") << m_store << QStringLiteral("--json");
    for (const DimensionFilter &condition : m_window->filterState()->conditions()) {
        for (const QString &value : condition.values)
            arguments << (condition.exclude ? QStringLiteral("--exclude")
                                            : QStringLiteral("--filter"))
                      << QStringLiteral("%1=%2").arg(
                             QLatin1StringView(dimensionId(condition.dimension)), value);
    }
    return test::cliJson(arguments);
}

QJsonArray TestGeography::cliRows(const QString &dimension)
{
    const QJsonObject json =
        cli({QStringLiteral("query"), QStringLiteral("--metric"),
             QString::fromLatin1(metricInfo(m_window->filterState()->metric()).id),
             QStringLiteral("--percentile"), QString::number(m_window->filterState()->percentile()),
             QStringLiteral("--by"), dimension});
    return json.value(u"rows").toArray();
}

void TestGeography::compareWithCli(const BreakdownModel *model, const QString &dimension, int limit)
{
    const QJsonArray rows = cliRows(dimension);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(model->rowCount(),
             int(limit > 0 ? std::min<qsizetype>(rows.size(), limit) : rows.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject expected = rows.at(row).toObject();
        const MetricSummary &summary = model->summary(row);
        QCOMPARE(summary.group, expected.value(u"group").toString());
        QCOMPARE(summary.pageViews, expected.value(u"pageViews").toInteger());
        QCOMPARE(summary.samples, expected.value(u"samples").toInteger());
        if (summary.samples > 0)
            QCOMPARE(summary.value, expected.value(u"value").toDouble());
        QCOMPARE(summary.good, expected.value(u"good").toInteger());
        QCOMPARE(summary.poor, expected.value(u"poor").toInteger());
    }
}

void TestGeography::waitForAnswer()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->dashboard()->isBusy(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Geography),
                             kTimeoutMs);
}

void TestGeography::showGeography()
{
    const int before = m_answers;
    m_window->showPage(DashboardPage::Geography);
    QCOMPARE(m_window->pages()->currentWidget(), m_page);
    if (!m_window->dashboard()->isAnswered(DashboardPage::Geography))
        QTRY_VERIFY_WITH_TIMEOUT(m_answers > before, kTimeoutMs);
    waitForAnswer();
}

QString TestGeography::largestMappedCountry()
{
    const GeographyModel *model = m_page->countryModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (m_page->map()->geometry().country(model->value(row)))
            return model->value(row);
    }
    return {};
}

void TestGeography::countriesMatchCli()
{
    showGeography();
    // Every country, in the engine's order, with the CLI's figures.
    compareWithCli(m_page->countryModel(), QStringLiteral("country"));
    QVERIFY(m_page->countryModel()->rowCount() > 10);
    QVERIFY(!m_page->regionView()->isVisible()); // no country picked
    // The map's colour of each is the CLI's rating, or grey with too few samples.
    const int minimum = m_page->minimumSamplesBox()->value();
    QCOMPARE(minimum, GeographyPage::kDefaultMinimumSamples);
    int tooFew = 0;
    for (const QJsonValue &value : cliRows(QStringLiteral("country"))) {
        const QJsonObject row = value.toObject();
        const QString iso = row.value(u"group").toString();
        const QString rating = row.value(u"rating").toString();
        WorldMapView::Shade expected = WorldMapView::Shade::NoData;
        if (row.value(u"samples").toInteger() == 0)
            expected = WorldMapView::Shade::NoData;
        else if (row.value(u"samples").toInteger() < minimum)
            expected = WorldMapView::Shade::TooFewSamples;
        else if (rating == u"good")
            expected = WorldMapView::Shade::Good;
        else if (rating == u"ni")
            expected = WorldMapView::Shade::NeedsImprovement;
        else
            expected = WorldMapView::Shade::Poor;
        QCOMPARE(m_page->map()->shade(iso), expected);
        tooFew += expected == WorldMapView::Shade::TooFewSamples ? 1 : 0;
    }
    QVERIFY2(tooFew > 0, "the store should have countries with too few samples to rate");
    // A country nobody visited from.
    QCOMPARE(m_page->map()->shade(QStringLiteral("GL")), WorldMapView::Shade::NoData);
    // The table lists countries the map cannot draw (Singapore, Hong Kong…) all the same.
    for (int row = 0; row < m_page->countryModel()->rowCount(); ++row) {
        const QString iso = m_page->countryModel()->value(row);
        const QModelIndex name = m_page->countryModel()->index(row, BreakdownModel::NameColumn);
        QCOMPARE(name.data().toString(), countryName(iso));
        if (!m_page->map()->geometry().country(iso))
            QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"world map"));
    }
}

void TestGeography::minimumSamplesGreysAndIsKept()
{
    // A bar above the largest country's samples greys every country.
    const GeographyModel *model = m_page->countryModel();
    const QString largest = largestMappedCountry();
    QVERIFY(!largest.isEmpty());
    qint64 samples = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        samples = std::max(samples, model->summary(row).samples);
    QVERIFY(samples > 0);
    QSpinBox *box = m_page->minimumSamplesBox();
    box->setFocus();
    box->setValue(int(samples) + 1);
    QCOMPARE(QSettings().value(GeographyPage::minimumSamplesKey()).toInt(), int(samples) + 1);
    QCOMPARE(m_page->map()->shade(largest), WorldMapView::Shade::TooFewSamples);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->isTrusted(row));
        QVERIFY(!model->index(row, BreakdownModel::ValueColumn)
                     .data(BreakdownModel::RatingRole)
                     .isValid());
    }
    // A new page (the next run) starts from the saved value.
    GeographyPage other;
    QCOMPARE(other.minimumSamplesBox()->value(), int(samples) + 1);
    box->setValue(GeographyPage::kDefaultMinimumSamples);
    QVERIFY(m_page->map()->shade(largest) != WorldMapView::Shade::TooFewSamples);
}

void TestGeography::clickingACountryFiltersEveryView()
{
    m_country = largestMappedCountry();
    WorldMapView *map = m_page->map();
    const std::optional<QPoint> at = map->positionOf(m_country);
    QVERIFY(at);
    QCOMPARE(map->countryAt(*at), m_country);
    const int before = m_answers;
    QTest::mouseClick(map, Qt::LeftButton, {}, *at);
    FilterState *state = m_window->filterState();
    QCOMPARE(state->conditions().size(), 1);
    QCOMPARE(state->conditions().front().dimension, Dimension::Country);
    QCOMPARE(state->conditions().front().exclude, false);
    QCOMPARE(state->conditions().front().values, QStringList{m_country});
    QTRY_VERIFY_WITH_TIMEOUT(m_answers > before, kTimeoutMs);
    waitForAnswer();

    // The map keeps the world, the country outlined; its regions beside it.
    QCOMPARE(map->selectedCountries(), QStringList{m_country});
    QVERIFY(m_page->countryModel()->rowCount() > 1);
    QVERIFY(m_page->worldButton()->isEnabled());
    QVERIFY(m_page->regionView()->isVisible());
    compareWithCli(m_page->regionModel(), QStringLiteral("region"), 200);
    QVERIFY(m_page->cityView()->isVisible());
    QCOMPARE(m_page->cityModel()->headerData(BreakdownModel::NameColumn, Qt::Horizontal),
             QVariant(u"City"_qs));
    compareWithCli(m_page->cityModel(), QStringLiteral("city"), 200);

    // The Technology page: the browsers of that country.
    m_window->showPage(DashboardPage::Technology);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Technology),
                             kTimeoutMs);
    compareWithCli(m_window->technologyPage()->browserModel(), QStringLiteral("browser"), 50);

    // The Errors figures: that country's error groups.
    QSignalSpy errors(m_window->dashboard(), &DashboardController::errorsReady);
    m_window->dashboard()->setPage(DashboardPage::Errors);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Errors), kTimeoutMs);
    QVERIFY(!errors.isEmpty());
    const auto shown = errors.last().at(0).value<ErrorsResult>();
    const QJsonObject expected = cli({QStringLiteral("errors"), QStringLiteral("--limit"),
                                      QString::number(DashboardController::kErrorGroupLimit)});
    QCOMPARE(shown.groups.errors, expected.value(u"errors").toInteger());
    QCOMPARE(shown.groups.groupCount, expected.value(u"groupCount").toInteger());
    const QJsonArray groups = expected.value(u"groups").toArray();
    QCOMPARE(shown.groups.groups.size(), groups.size());
    QVERIFY(!groups.isEmpty());
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject group = groups.at(i).toObject();
        QCOMPARE(shown.groups.groups.at(i).fingerprint, group.value(u"fingerprint").toString());
        QCOMPARE(shown.groups.groups.at(i).count, group.value(u"count").toInteger());
        QCOMPARE(shown.groups.groups.at(i).sessions, group.value(u"sessions").toInteger());
    }
    m_window->showPage(DashboardPage::Geography);
    m_window->dashboard()->setPage(DashboardPage::Geography);
    waitForAnswer();
}

void TestGeography::clickingItAgainShowsTheWorld()
{
    WorldMapView *map = m_page->map();
    QCOMPARE(map->selectedCountries(), QStringList{m_country});
    QTest::mouseClick(map, Qt::LeftButton, {}, *map->positionOf(m_country));
    QVERIFY(m_window->filterState()->conditions().isEmpty());
    waitForAnswer();
    QVERIFY(map->selectedCountries().isEmpty());
    QVERIFY(!m_page->worldButton()->isEnabled());
    QVERIFY(!m_page->regionView()->isVisible());
    QVERIFY(!m_page->cityView()->isVisible());
    compareWithCli(m_page->countryModel(), QStringLiteral("country"));
}

void TestGeography::worldButtonShowsTheWorld()
{
    // Picked from the table this time, from the keyboard: the first row, Enter.
    QTableView *table = m_page->countryView()->table();
    table->setFocus();
    const QModelIndex first = table->model()->index(0, BreakdownModel::NameColumn);
    table->setCurrentIndex(first);
    const QString iso = m_page->countryModel()->value(
        qobject_cast<QSortFilterProxyModel *>(table->model())->mapToSource(first).row());
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->filterState()->conditions().size(), 1);
    QCOMPARE(m_window->filterState()->conditions().front().values, QStringList{iso});
    waitForAnswer();
    QCOMPARE(m_page->map()->selectedCountries(), QStringList{iso});
    QVERIFY(m_page->worldButton()->isEnabled());
    QTest::mouseClick(m_page->worldButton(), Qt::LeftButton);
    QVERIFY(m_window->filterState()->conditions().isEmpty());
    waitForAnswer();
    QVERIFY(m_page->map()->selectedCountries().isEmpty());
}

void TestGeography::excludingFromTheMapMatchesCli()
{
    WorldMapView *map = m_page->map();
    std::unique_ptr<QMenu> menu(map->createContextMenu(*map->positionOf(m_country)));
    QAction *exclude = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"exclude")
            exclude = action;
    }
    QVERIFY(exclude);
    exclude->trigger();
    const QList<DimensionFilter> conditions = m_window->filterState()->conditions();
    QCOMPARE(conditions.size(), 1);
    QCOMPARE(conditions.front().exclude, true);
    QCOMPARE(conditions.front().values, QStringList{m_country});
    waitForAnswer();
    // Left out: it has no data on the map, every other country keeps its figures.
    QCOMPARE(map->shade(m_country), WorldMapView::Shade::NoData);
    compareWithCli(m_page->countryModel(), QStringLiteral("country"));
    m_window->filterState()->clearFilters();
    waitForAnswer();
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestGeography test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_geography.moc"
