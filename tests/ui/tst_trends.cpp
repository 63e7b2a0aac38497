// Trends: the series per bucket, the period before and the distribution hold the same figures
// as rumscope-cli query on the same store; dragging across the chart (or the keyboard) brushes
// a span every page then shows, and Escape or a double-click resets it.

#include "breakdownmodel.h"
#include "chartexport.h"
#include "dashboardcontroller.h"
#include "displayformat.h"
#include "filterstate.h"
#include "histogramchart.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "technologypage.h"
#include "teststore.h"
#include "timeserieschart.h"
#include "trendsmodel.h"
#include "trendspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace rumscope;

namespace {
constexpr int kTimeoutMs = 120000;
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kDayMs = 24 * kHourMs;
} // namespace

class TestTrends : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void releaseMarkersAndPreviousPeriod();
    void trendMatchesCli();
    void filteredHourlyTrendMatchesCli();
    void histogramMatchesCli();
    void hoverReadsOutABucket();
    void brushingFiltersEveryPage();
    void keyboardBrushesBuckets();
    void chartsExport();
    void cleanupTestCase();

private:
    /// The CLI's arguments for the window's metric, conditions and the span [from, to).
    QStringList cliQuery(Metric metric, double percentile, qint64 from, qint64 to) const;
    void waitForTrends();
    void showTrends();
    /// The model's rows against rumscope-cli query --bucket, the period before included.
    void compareTrendWithCli(const QString &bucket);

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    int m_trendsAnswers = 0;
};

void TestTrends::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("trends.rumscope"));
    const QString error = test::writeGeneratedStore(m_store, test::monthOfTraffic(2500, 11));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = test::shownWindow();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_window->trendsPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    connect(m_window->dashboard(), &DashboardController::trendsReady, this,
            [this] { ++m_trendsAnswers; });
    m_window->filterState()->setTimeRange(FilterState::TimeRange::AllTime);
    m_window->openStore(m_store);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->resultsShown() > 0, kTimeoutMs);
}

void TestTrends::cleanupTestCase()
{
    m_testers.clear();
    m_window.reset();
}

QStringList TestTrends::cliQuery(Metric metric, double percentile, qint64 from, qint64 to) const
{
    QStringList arguments{QStringLiteral("query"),
                          QStringLiteral("--store"),
                          m_store,
                          QStringLiteral("--metric"),
                          QString::fromLatin1(metricInfo(metric).id),
                          QStringLiteral("--percentile"),
                          QString::number(percentile),
                          QStringLiteral("--from"),
                          QString::number(from),
                          QStringLiteral("--to"),
                          QString::number(to),
                          QStringLiteral("--json")};
    for (const DimensionFilter &condition : m_window->filterState()->conditions()) {
        for (const QString &value : condition.values)
            arguments << (condition.exclude ? QStringLiteral("--exclude")
                                            : QStringLiteral("--filter"))
                      << QStringLiteral("%1=%2").arg(
                             QLatin1StringView(dimensionId(condition.dimension)), value);
    }
    return arguments;
}

void TestTrends::waitForTrends()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Trends), kTimeoutMs);
}

void TestTrends::showTrends()
{
    // Ctrl+N shows the N-th page, from the keyboard.
    m_window->activateWindow();
    const int tab = m_window->pages()->indexOf(m_window->trendsPage());
    QVERIFY(tab >= 0);
    QCOMPARE(m_window->pages()->tabText(tab), u"Trends"_qs);
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
    QCOMPARE(m_window->pages()->currentWidget(), m_window->trendsPage());
    waitForTrends();
}

void TestTrends::releaseMarkersAndPreviousPeriod()
{
    // The model alone, on a made-up answer: which releases get a marker, and where the
    // period before lands when its length is no whole number of buckets.
    TrendsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 start = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    TrendsResult result;
    result.bucketMs = kDayMs;
    result.span = {start + 6 * kHourMs, start + 5 * kDayMs};
    for (int day = 0; day < 5; ++day) {
        MetricSummary bucket;
        bucket.bucketStart = start + day * kDayMs;
        bucket.samples = 10 + day;
        bucket.value = 1000 + day;
        result.current.rows.append(bucket);
    }
    // The period before is as long as the span (4 days 18 hours) and bucketed from the day
    // its own start falls in: shifted by that length, its buckets start 6 hours before the
    // current ones.
    result.previousOffset = result.span.second - result.span.first;
    const qint64 previousStart = start - 5 * kDayMs;
    for (int day = 0; day < 6; ++day) {
        MetricSummary bucket;
        bucket.bucketStart = previousStart + day * kDayMs;
        bucket.samples = 20 + day;
        bucket.value = 2000 + day;
        result.previous.rows.append(bucket);
    }
    const auto release = [](const char *name, qint64 firstSeen) {
        MetricSummary summary;
        summary.group = QString::fromLatin1(name);
        summary.firstSeen = firstSeen;
        return summary;
    };
    result.releases.rows = {release("unknown", 0),
                            release("before", start - kDayMs),
                            release("at-start", result.span.first),
                            release("late", start + 3 * kDayMs + kHourMs),
                            release("early", start + kDayMs),
                            release("after", result.span.second)};
    model.setResult(result);
    QCOMPARE(model.rowCount(), 5);
    const QList<TrendsModel::ReleaseMarker> &markers = model.releaseMarkers();
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers[0].release, u"early"_qs);
    QCOMPARE(markers[0].time, start + kDayMs);
    QCOMPARE(markers[1].release, u"late"_qs);
    // With a filter, the release the span starts with may be first seen a little after the
    // span's start: still no change to mark.
    result.releases.rows = {release("second", start + 2 * kDayMs),
                            release("first", result.span.first + 5 * 60 * 1000)};
    model.setResult(result);
    QCOMPARE(model.releaseMarkers().size(), 1);
    QCOMPARE(model.releaseMarkers().front().release, u"second"_qs);
    // Each previous bucket goes under the current bucket nearest to it; the last one, shifted
    // past the span's last bucket, under none.
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(model.row(row).previousValue, 2000.0 + row);
        QCOMPARE(model.row(row).previousSamples, qint64(20 + row));
    }
    QCOMPARE(model.index(2, TrendsModel::PreviousColumn).data().toString(),
             formatMetricValue(Metric::Lcp, 2002));
    // A brush on the first bucket keeps to the span.
    QCOMPARE(model.bucketSpan(0), std::make_pair(result.span.first, start + kDayMs));
    QCOMPARE(model.rowAt(start + 2 * kDayMs + 5), 2);
    QCOMPARE(model.rowAt(start - 1), -1);
}

void TestTrends::compareTrendWithCli(const QString &bucket)
{
    const TrendsModel *model = m_window->trendsPage()->model();
    const FilterState *state = m_window->filterState();
    const auto [from, to] = model->span();
    QVERIFY(to > from);
    QCOMPARE(model->metric(), state->metric());
    QCOMPARE(model->percentile(), state->percentile());
    const QJsonObject json = test::cliJson(cliQuery(state->metric(), state->percentile(), from, to)
                                           << QStringLiteral("--bucket") << bucket);
    QCOMPARE(json.value(u"bucketMs").toInteger(), model->bucketMs());
    const QJsonArray rows = json.value(u"rows").toArray();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(model->rowCount(), rows.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject expected = rows.at(row).toObject();
        const TrendsModel::Row &shown = model->row(row);
        QCOMPARE(shown.bucketStart, expected.value(u"bucketStart").toInteger());
        QCOMPARE(shown.samples, expected.value(u"samples").toInteger());
        if (shown.samples > 0)
            QCOMPARE(shown.value, expected.value(u"value").toDouble());
        else
            QVERIFY(std::isnan(shown.value));
        // What the table shows is that value.
        const QModelIndex value = model->index(row, TrendsModel::ValueColumn);
        QCOMPARE(value.data().toString(), formatMetricValue(model->metric(), shown.value));
    }
    QCOMPARE(model->samples(), json.value(u"total").toObject().value(u"samples").toInteger());

    // The period of equal length before, each bucket under the one a period later.
    const qint64 length = to - from;
    const QJsonObject before =
        test::cliJson(cliQuery(state->metric(), state->percentile(), from - length, from)
                      << QStringLiteral("--bucket") << bucket);
    int compared = 0;
    for (const QJsonValue &value : before.value(u"rows").toArray()) {
        const QJsonObject expected = value.toObject();
        const int row = model->rowAt(expected.value(u"bucketStart").toInteger() + length);
        if (row < 0)
            continue;
        QCOMPARE(model->row(row).previousSamples, expected.value(u"samples").toInteger());
        if (model->row(row).previousSamples > 0) {
            QCOMPARE(model->row(row).previousValue, expected.value(u"value").toDouble());
            ++compared;
        }
    }
    if (before.value(u"total").toObject().value(u"samples").toInteger() > 0)
        QVERIFY(compared > 0);
}

void TestTrends::trendMatchesCli()
{
    showTrends();
    // All time over 30 days of data: day buckets.
    QCOMPARE(m_window->trendsPage()->model()->bucketMs(), kDayMs);
    compareTrendWithCli(QStringLiteral("day"));
    // Before the data there is nothing: the previous period is empty, and says so.
    const TrendsModel *model = m_window->trendsPage()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(std::isnan(model->row(row).previousValue));
    const QString summary = m_window->trendsPage()->summaryText();
    QVERIFY2(summary.contains(metricLongName(Metric::Lcp)), qPrintable(summary));
    QVERIFY2(summary.contains(u"p75"_qs), qPrintable(summary));
    QVERIFY2(summary.contains(u"daily"_qs), qPrintable(summary));

    // A marker where each release after the first appears, as the CLI's first-seen times say.
    const auto [from, to] = model->span();
    const QJsonObject json = test::cliJson(cliQuery(Metric::Lcp, 0.75, from, to)
                                           << QStringLiteral("--by") << QStringLiteral("release"));
    QList<std::pair<qint64, QString>> releases;
    for (const QJsonValue &value : json.value(u"rows").toArray()) {
        const QJsonObject row = value.toObject();
        if (row.value(u"firstSeen").toInteger() > 0)
            releases.append({row.value(u"firstSeen").toInteger(), row.value(u"group").toString()});
    }
    std::sort(releases.begin(), releases.end());
    QVERIFY(releases.size() >= 2);
    const QList<TrendsModel::ReleaseMarker> &markers = model->releaseMarkers();
    QCOMPARE(markers.size(), releases.size() - 1);
    for (qsizetype i = 0; i < markers.size(); ++i) {
        QCOMPARE(markers[i].time, releases[i + 1].first);
        QCOMPARE(markers[i].release, releases[i + 1].second);
    }
}

void TestTrends::filteredHourlyTrendMatchesCli()
{
    FilterState *state = m_window->filterState();
    // The busiest browser, as the CLI lists them.
    const auto [from, to] = m_window->trendsPage()->model()->span();
    const QJsonObject browsers =
        test::cliJson(cliQuery(Metric::Inp, 0.9, from, to)
                      << QStringLiteral("--by") << QStringLiteral("browser"));
    const QString browser =
        browsers.value(u"rows").toArray().first().toObject().value(u"group").toString();
    QVERIFY(!browser.isEmpty());
    const int before = m_trendsAnswers;
    state->setTimeRange(FilterState::TimeRange::Last7Days);
    state->setMetric(Metric::Inp);
    state->setPercentile(0.9);
    state->include(Dimension::Browser, browser);
    QTRY_VERIFY_WITH_TIMEOUT(m_trendsAnswers > before, kTimeoutMs);
    waitForTrends();
    // A week: hour buckets, with the week before under them.
    QCOMPARE(m_window->trendsPage()->model()->bucketMs(), kHourMs);
    compareTrendWithCli(QStringLiteral("hour"));
    QVERIFY(m_window->trendsPage()->summaryText().contains(u"hourly"_qs));
    const QString header = m_window->trendsPage()
                               ->model()
                               ->headerData(TrendsModel::ValueColumn, Qt::Horizontal)
                               .toString();
    QCOMPARE(header, u"p90 INP"_qs);
}

void TestTrends::histogramMatchesCli()
{
    // Still filtered to one browser, over the last week, INP at p90.
    const TrendsPage *page = m_window->trendsPage();
    const HistogramChart *chart = page->histogram();
    const HistogramResult &histogram = chart->histogram();
    const auto [from, to] = page->model()->span();
    QStringList percentiles;
    for (const double percentile : FilterState::percentiles())
        percentiles.append(QString::number(percentile));
    QStringList arguments = cliQuery(Metric::Inp, 0.9, from, to);
    const qsizetype at = arguments.indexOf(u"--percentile"_qs);
    arguments[at + 1] = percentiles.join(u',');
    arguments << QStringLiteral("--histogram") << QStringLiteral("40");
    const QJsonObject json = test::cliJson(arguments);
    const QJsonObject expected = json.value(u"histogram").toObject();
    const QJsonArray bins = expected.value(u"bins").toArray();
    QVERIFY(!bins.isEmpty());
    QCOMPARE(chart->metric(), Metric::Inp);
    QCOMPARE(histogram.bins.size(), bins.size());
    QCOMPARE(histogram.zeros, expected.value(u"zeros").toInteger());
    qint64 counted = histogram.zeros;
    for (qsizetype i = 0; i < bins.size(); ++i) {
        const QJsonObject bin = bins.at(i).toObject();
        QCOMPARE(histogram.bins[i].from, bin.value(u"from").toDouble());
        QCOMPARE(histogram.bins[i].to, bin.value(u"to").toDouble());
        QCOMPARE(histogram.bins[i].count, bin.value(u"count").toInteger());
        counted += histogram.bins[i].count;
    }
    // Every sample is in one bar; the samples are the time chart's too.
    const QJsonObject total = json.value(u"total").toObject();
    QCOMPARE(counted, histogram.summary.samples);
    QCOMPARE(counted, total.value(u"samples").toInteger());
    QCOMPARE(counted, page->model()->samples());
    QCOMPARE(chart->barCount(), int(bins.size()) + (histogram.zeros > 0 ? 1 : 0));
    // The percentile marks.
    const QJsonObject values = total.value(u"values").toObject();
    QCOMPARE(chart->percentiles(), FilterState::percentiles());
    QCOMPARE(histogram.summary.values.size(), FilterState::percentiles().size());
    for (qsizetype i = 0; i < FilterState::percentiles().size(); ++i) {
        const QString key = percentileLabel(FilterState::percentiles()[i]);
        QVERIFY2(values.contains(key), qPrintable(key));
        QCOMPARE(histogram.summary.values[i], values.value(key).toDouble());
    }
    // From the keyboard: each bar read out with its range, page views and share.
    HistogramChart *focused = m_window->trendsPage()->histogram();
    focused->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(focused->hasFocus());
    QTest::keyClick(focused, Qt::Key_Home);
    QTest::keyClick(focused, Qt::Key_Right);
    QCOMPARE(focused->highlightedBar(), 1);
    const qint64 second = histogram.zeros > 0 ? histogram.bins[0].count : histogram.bins[1].count;
    const QString readout = focused->accessibleDescription();
    QCOMPARE(readout, focused->describeBar(1));
    QVERIFY2(readout.contains(formatCount(second)), qPrintable(readout));
}

void TestTrends::hoverReadsOutABucket()
{
    FilterState *state = m_window->filterState();
    state->clearFilters();
    state->setTimeRange(FilterState::TimeRange::AllTime);
    state->setMetric(Metric::Lcp);
    state->setPercentile(0.75);
    waitForTrends();
    TimeSeriesChart *chart = m_window->trendsPage()->chart();
    const TrendsModel *model = chart->model();
    QVERIFY(model->rowCount() > 10);
    const int row = 7;
    const TimeAxis axis = chart->timeAxis();
    const QPoint point(int(axis.toPixel(model->row(row).bucketStart + model->bucketMs() / 2)),
                       chart->plotRect().center().y());
    QTest::mouseMove(chart, point);
    QTRY_COMPARE(chart->highlightedRow(), row);
    // The readout (tooltip and accessible description): bucket, value, samples, previous.
    const QString readout = chart->accessibleDescription();
    QCOMPARE(readout, chart->describeRow(row));
    QVERIFY2(readout.contains(formatMetricValue(Metric::Lcp, model->row(row).value)),
             qPrintable(readout));
    QVERIFY2(readout.contains(formatCount(model->row(row).samples)), qPrintable(readout));
    QVERIFY2(readout.contains(model->index(row, TrendsModel::TimeColumn).data().toString()),
             qPrintable(readout));
    QVERIFY2(readout.contains(u"Previous period"_qs), qPrintable(readout));
}

void TestTrends::brushingFiltersEveryPage()
{
    FilterState *state = m_window->filterState();
    QVERIFY(!state->brush());
    TrendsPage *page = m_window->trendsPage();
    TimeSeriesChart *chart = page->chart();
    const TrendsModel *model = chart->model();
    QVERIFY(model->rowCount() > 12);
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("trendsResetZoom"))->isVisible());
    // Drag from the middle of bucket 5 to the middle of bucket 9: buckets 5 to 9 whole.
    const TimeAxis axis = chart->timeAxis();
    const auto xOf = [&](int row) {
        return int(axis.toPixel(model->row(row).bucketStart + model->bucketMs() / 2));
    };
    const int y = chart->plotRect().center().y();
    const std::pair<qint64, qint64> expected{model->bucketSpan(5).first,
                                             model->bucketSpan(9).second};
    QTest::mousePress(chart, Qt::LeftButton, {}, QPoint(xOf(5), y));
    QTest::mouseMove(chart, QPoint(xOf(7), y));
    QTest::mouseMove(chart, QPoint(xOf(9), y));
    QTest::mouseRelease(chart, Qt::LeftButton, {}, QPoint(xOf(9), y));
    QVERIFY(state->brush());
    QCOMPARE(*state->brush(), expected);
    QCOMPARE(expected.second - expected.first, 5 * kDayMs);
    waitForTrends();
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("trendsResetZoom"))->isVisible());
    // Five days: the chart re-buckets by the hour, over the brushed span only.
    QCOMPARE(page->model()->bucketMs(), kHourMs);
    QCOMPARE(page->model()->span(), expected);
    compareTrendWithCli(QStringLiteral("hour"));

    // The Technology page asks for the same span.
    m_window->showPage(DashboardPage::Technology);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->isAnswered(DashboardPage::Technology),
                             kTimeoutMs);
    const BreakdownModel *browsers = m_window->technologyPage()->browserModel();
    const QJsonObject json =
        test::cliJson(cliQuery(Metric::Lcp, 0.75, expected.first, expected.second)
                      << QStringLiteral("--by") << QStringLiteral("browser"));
    const QJsonArray rows = json.value(u"rows").toArray();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(browsers->rowCount(), int(std::min<qsizetype>(rows.size(), 50)));
    qint64 pageViews = 0;
    for (int row = 0; row < browsers->rowCount(); ++row) {
        const QJsonObject object = rows.at(row).toObject();
        QCOMPARE(browsers->summary(row).group, object.value(u"group").toString());
        QCOMPARE(browsers->summary(row).pageViews, object.value(u"pageViews").toInteger());
        QCOMPARE(browsers->summary(row).samples, object.value(u"samples").toInteger());
        if (browsers->summary(row).samples > 0)
            QCOMPARE(browsers->summary(row).value, object.value(u"value").toDouble());
        pageViews += browsers->summary(row).pageViews;
    }
    QCOMPARE(pageViews, json.value(u"total").toObject().value(u"pageViews").toInteger());

    // Back on Trends, a double-click resets the zoom.
    showTrends();
    QTest::mouseDClick(chart, Qt::LeftButton, {}, chart->plotRect().center());
    QVERIFY(!state->brush());
    waitForTrends();
    QCOMPARE(page->model()->bucketMs(), kDayMs);
}

void TestTrends::keyboardBrushesBuckets()
{
    FilterState *state = m_window->filterState();
    TrendsPage *page = m_window->trendsPage();
    TimeSeriesChart *chart = page->chart();
    const TrendsModel *model = chart->model();
    chart->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(chart->highlightedRow(), 0);
    QTest::keyClick(chart, Qt::Key_Right);
    QTest::keyClick(chart, Qt::Key_Right);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->highlightedRow(), 3);
    // The table follows the chart's bucket.
    QCOMPARE(page->table()->currentIndex().row(), 3);
    QCOMPARE(chart->accessibleDescription(), chart->describeRow(3));
    // Shift extends a selection; Enter zooms to it.
    QTest::keyClick(chart, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(chart, Qt::Key_Right, Qt::ShiftModifier);
    const std::pair<qint64, qint64> expected{model->bucketSpan(3).first,
                                             model->bucketSpan(5).second};
    QTest::keyClick(chart, Qt::Key_Return);
    QVERIFY(state->brush());
    QCOMPARE(*state->brush(), expected);
    waitForTrends();
    QCOMPARE(model->span(), expected);
    // Enter on one bucket zooms into it alone.
    chart->setFocus(Qt::TabFocusReason);
    QTest::keyClick(chart, Qt::Key_End);
    const std::pair<qint64, qint64> last = model->bucketSpan(model->rowCount() - 1);
    QTest::keyClick(chart, Qt::Key_Enter);
    QCOMPARE(*state->brush(), last);
    waitForTrends();
    // Escape resets the zoom; Back walks the brushes.
    QTest::keyClick(chart, Qt::Key_Escape);
    QVERIFY(!state->brush());
    state->goBack();
    QCOMPARE(*state->brush(), last);
    state->goBack();
    QCOMPARE(*state->brush(), expected);
    // The Reset Zoom button does what Escape does.
    waitForTrends();
    auto *reset = page->findChild<QPushButton *>(QStringLiteral("trendsResetZoom"));
    QVERIFY(reset->isVisible());
    reset->click();
    QVERIFY(!state->brush());
    waitForTrends();
    QVERIFY(!reset->isVisible());
}

void TestTrends::chartsExport()
{
    TrendsPage *page = m_window->trendsPage();
    for (QWidget *chart : std::initializer_list<QWidget *>{page->chart(), page->histogram()}) {
        // The context menu's "Export as PNG or SVG…" is the chart's own.
        QVERIFY(chart->findChild<QAction *>(QStringLiteral("exportImage")));
        for (const char *suffix : {"png", "svg"}) {
            const QString path =
                m_dir.filePath(chart->objectName() + u'.' + QLatin1StringView(suffix));
            QCOMPARE(saveWidgetImage(chart, path), QString());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.size() > 1000);
            if (qstrcmp(suffix, "svg") == 0) {
                QVERIFY(bytes.contains("<svg"));
                // Drawn as vectors, with its labels as text.
                QVERIFY(bytes.contains("<path") || bytes.contains("<polyline"));
                QVERIFY(bytes.contains("LCP"));
            }
        }
    }
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestTrends test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trends.moc"
