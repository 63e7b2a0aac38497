// What the window remembers between runs: splitter sizes, table columns and the filter's
// lasting choices, and what happens when the settings hold something else.

#include "filterstate.h"
#include "viewstate.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace rumscope;

class TestViewState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterChoicesSurviveARestart();
    void badSettingsAreIgnored();
    void splittersAndColumnsSurviveARestart();

private:
    std::unique_ptr<QSettings> settings();
    QTemporaryDir m_dir;
    int m_files = 0;
};

std::unique_ptr<QSettings> TestViewState::settings()
{
    return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("%1.ini").arg(++m_files)),
                                       QSettings::IniFormat);
}

void TestViewState::filterChoicesSurviveARestart()
{
    auto saved = settings();
    FilterState before;
    before.setTimeRange(FilterState::TimeRange::Last7Days);
    before.setMetric(Metric::Inp);
    before.setPercentile(0.95);
    before.include(Dimension::Country, QStringLiteral("DE"));
    saveFilterChoices(before, *saved);

    FilterState after;
    QSignalSpy changed(&after, &FilterState::changed);
    restoreFilterChoices(after, *saved);
    QCOMPARE(after.timeRange(), FilterState::TimeRange::Last7Days);
    QCOMPARE(after.metric(), Metric::Inp);
    QCOMPARE(after.percentile(), 0.95);
    QCOMPARE(changed.count(), 1);
    // A new run starts unfiltered, and with nothing to go back to.
    QVERIFY(after.conditions().isEmpty());
    QVERIFY(!after.canGoBack());
}

void TestViewState::badSettingsAreIgnored()
{
    auto saved = settings();
    saved->setValue(QStringLiteral("filter/timeRange"), QStringLiteral("Last1000Years"));
    saved->setValue(QStringLiteral("filter/metric"), QStringLiteral("'; DROP TABLE"));
    saved->setValue(QStringLiteral("filter/percentile"), QStringLiteral("1.5"));
    saved->setValue(QStringLiteral("splitters/page.split"), QByteArray("\xff\x00garbage", 9));
    FilterState state;
    QSignalSpy changed(&state, &FilterState::changed);
    restoreFilterChoices(state, *saved);
    QCOMPARE(state.timeRange(), FilterState::kDefaultTimeRange);
    QCOMPARE(state.metric(), Metric::Lcp);
    QCOMPARE(state.percentile(), FilterState::kDefaultPercentile);
    QCOMPARE(changed.count(), 0);

    QWidget page;
    page.setObjectName(QStringLiteral("page"));
    auto *splitter = new QSplitter(&page);
    splitter->setObjectName(QStringLiteral("split"));
    splitter->addWidget(new QWidget);
    splitter->addWidget(new QWidget);
    splitter->setSizes({300, 100});
    const QList<int> sizes = splitter->sizes();
    restoreWidgetStates(&page, *saved);
    QCOMPARE(splitter->sizes(), sizes);
}

void TestViewState::splittersAndColumnsSurviveARestart()
{
    auto saved = settings();
    const auto makePage = [](QWidget &page) {
        page.setObjectName(QStringLiteral("page"));
        auto *splitter = new QSplitter(&page);
        splitter->setObjectName(QStringLiteral("split"));
        splitter->resize(400, 200);
        splitter->addWidget(new QWidget);
        auto *table = new QTableView;
        table->setObjectName(QStringLiteral("table"));
        auto *model = new QStandardItemModel(3, 4, table);
        table->setModel(model);
        table->setSortingEnabled(true);
        splitter->addWidget(table);
        return std::pair{splitter, table};
    };
    QWidget before;
    auto [splitter, table] = makePage(before);
    splitter->setSizes({120, 280});
    table->horizontalHeader()->resizeSection(2, 177);
    table->sortByColumn(1, Qt::AscendingOrder);
    saveWidgetStates(&before, *saved);

    QWidget after;
    auto [restoredSplitter, restoredTable] = makePage(after);
    restoreWidgetStates(&after, *saved);
    QCOMPARE(restoredSplitter->sizes(), splitter->sizes());
    QCOMPARE(restoredTable->horizontalHeader()->sectionSize(2), 177);
    QCOMPARE(restoredTable->horizontalHeader()->sortIndicatorSection(), 1);
}

QTEST_MAIN(TestViewState)
#include "tst_viewstate.moc"
