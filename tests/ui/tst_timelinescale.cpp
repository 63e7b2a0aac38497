// The journey timeline's time↔pixel mapping: zoom keeps the time under the pointer, pan and
// zoom stay inside the session, and the axis' ticks fall on steps that read well as time.

#include "timelinescale.h"

#include <QLocale>
#include <QtTest>

#include <cmath>

using namespace rumscope;

class TestTimelineScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mapsBothWays();
    void zoomKeepsTheTimeUnderThePointer();
    void zoomStopsAtTheLimits();
    void panStopsAtTheEnds();
    void zoomNearAnEdgeStaysInside();
    void emptyRangeGetsASecond();
    void showAndEnsureVisible();
    void resizingKeepsTheVisibleRange();
    void niceSteps_data();
    void niceSteps();
    void ticksAreSpacedMultiples();
    void tickLabels_data();
    void tickLabels();
};

void TestTimelineScale::initTestCase()
{
    // Labels are compared as an English user reads them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTimelineScale::mapsBothWays()
{
    const TimelineScale scale(0, 60000, 600);
    QVERIFY(scale.isFit());
    QCOMPARE(scale.toPixel(0), 0.0);
    QCOMPARE(scale.toPixel(60000), 600.0);
    QCOMPARE(scale.toPixel(30000), 300.0);
    QCOMPARE(scale.toTime(150), 15000.0);
    QCOMPARE(scale.pixelsPerMs(), 0.01);
    for (const double ms : {0.0, 1234.5, 59999.0})
        QVERIFY(std::abs(scale.toTime(scale.toPixel(ms)) - ms) < 1e-6);
}

void TestTimelineScale::zoomKeepsTheTimeUnderThePointer()
{
    TimelineScale scale(0, 100000, 1000);
    const double pixel = 250;
    const double before = scale.toTime(pixel);
    scale.zoom(4, pixel);
    QVERIFY(!scale.isFit());
    QCOMPARE(scale.visibleSpan(), 25000.0);
    QVERIFY(std::abs(scale.toTime(pixel) - before) < 1e-6);
    // Out by as much: everything again.
    scale.zoom(0.25, pixel);
    QVERIFY(scale.isFit());
    QCOMPARE(scale.visibleStart(), 0.0);
    QCOMPARE(scale.visibleEnd(), 100000.0);
}

void TestTimelineScale::zoomStopsAtTheLimits()
{
    TimelineScale scale(0, 100000, 1000);
    for (int i = 0; i < 100; ++i)
        scale.zoom(10, 500);
    QCOMPARE(scale.visibleSpan(), TimelineScale::kMinimumSpanMs);
    QVERIFY(!scale.canZoomIn());
    QVERIFY(scale.visibleStart() >= scale.fullStart());
    QVERIFY(scale.visibleEnd() <= scale.fullEnd());
    for (int i = 0; i < 100; ++i)
        scale.zoom(0.1, 500);
    QVERIFY(scale.isFit());
    QCOMPARE(scale.visibleSpan(), 100000.0);
    // A session shorter than the limit zooms no further than itself.
    TimelineScale tiny(0, 2, 100);
    tiny.zoom(10, 50);
    QCOMPARE(tiny.visibleSpan(), 2.0);
    QVERIFY(!tiny.canZoomIn());
}

void TestTimelineScale::panStopsAtTheEnds()
{
    TimelineScale scale(0, 100000, 1000);
    scale.pan(100); // nothing to pan while everything shows
    QVERIFY(scale.isFit());
    scale.zoom(10, 0);
    QCOMPARE(scale.visibleStart(), 0.0);
    scale.pan(500); // half the plot: half the visible span later
    QCOMPARE(scale.visibleStart(), 5000.0);
    QCOMPARE(scale.visibleSpan(), 10000.0);
    scale.pan(1e9);
    QCOMPARE(scale.visibleEnd(), 100000.0);
    QCOMPARE(scale.visibleSpan(), 10000.0);
    scale.pan(-1e9);
    QCOMPARE(scale.visibleStart(), 0.0);
    QCOMPARE(scale.visibleSpan(), 10000.0);
}

void TestTimelineScale::zoomNearAnEdgeStaysInside()
{
    TimelineScale scale(1000, 11000, 500);
    scale.zoom(2, 500); // at the right edge
    QCOMPARE(scale.visibleEnd(), 11000.0);
    QCOMPARE(scale.visibleSpan(), 5000.0);
    scale.zoom(0.5, 0); // out from the left edge: would start before the range
    QVERIFY(scale.isFit());
    QCOMPARE(scale.visibleStart(), 1000.0);
}

void TestTimelineScale::emptyRangeGetsASecond()
{
    const TimelineScale instant(5000, 5000, 100);
    QCOMPARE(instant.fullEnd() - instant.fullStart(), 1000.0);
    const TimelineScale reversed(5000, 100, 100);
    QCOMPARE(reversed.fullStart(), 5000.0);
    QCOMPARE(reversed.fullEnd(), 6000.0);
    // Without a width nothing divides by zero.
    TimelineScale none(0, 1000, 0);
    QCOMPARE(none.toPixel(500), 0.0);
    none.pan(10);
    none.zoom(2, 0);
    QVERIFY(std::isfinite(none.visibleStart()));
}

void TestTimelineScale::showAndEnsureVisible()
{
    TimelineScale scale(0, 100000, 1000);
    scale.show(40000, 60000);
    // Padded by a twentieth on each side, centred.
    QCOMPARE(scale.visibleSpan(), 22000.0);
    QCOMPARE(scale.visibleStart(), 39000.0);
    scale.ensureVisible(45000, 46000); // visible already: nothing moves
    QCOMPARE(scale.visibleStart(), 39000.0);
    scale.ensureVisible(70000, 71000); // later: just enough to show its end
    QCOMPARE(scale.visibleEnd(), 71000.0);
    QCOMPARE(scale.visibleSpan(), 22000.0);
    scale.ensureVisible(1000, 2000); // earlier: starts at it
    QCOMPARE(scale.visibleStart(), 1000.0);
    scale.show(-50, 3); // clamped into the range, and no narrower than the limit
    QCOMPARE(scale.visibleStart(), 0.0);
    QVERIFY(scale.visibleSpan() >= TimelineScale::kMinimumSpanMs);
}

void TestTimelineScale::resizingKeepsTheVisibleRange()
{
    TimelineScale scale(0, 100000, 1000);
    scale.zoom(4, 400);
    const double start = scale.visibleStart();
    const double end = scale.visibleEnd();
    scale.setWidth(2000);
    QCOMPARE(scale.visibleStart(), start);
    QCOMPARE(scale.visibleEnd(), end);
    QCOMPARE(scale.toPixel(end), 2000.0);
}

void TestTimelineScale::niceSteps_data()
{
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("step");
    QTest::newRow("below a ms") << 0.3 << 1.0;
    QTest::newRow("1 ms") << 1.0 << 1.0;
    QTest::newRow("3 ms") << 3.0 << 5.0;
    QTest::newRow("70 ms") << 70.0 << 100.0;
    QTest::newRow("600 ms") << 600.0 << 1000.0;
    QTest::newRow("1.001 s") << 1001.0 << 2000.0;
    QTest::newRow("12 s") << 12000.0 << 15000.0;
    QTest::newRow("40 s") << 40000.0 << 60000.0;
    QTest::newRow("61 s") << 61000.0 << 120000.0;
    QTest::newRow("11 min") << 660000.0 << 900000.0;
    QTest::newRow("4 h") << 4 * 3600000.0 << 6 * 3600000.0;
    QTest::newRow("25 h") << 25 * 3600000.0 << 2 * 86400000.0;
}

void TestTimelineScale::niceSteps()
{
    QFETCH(double, atLeast);
    QFETCH(double, step);
    QCOMPARE(TimelineScale::niceStep(atLeast), step);
}

void TestTimelineScale::ticksAreSpacedMultiples()
{
    TimelineScale scale(0, 345400, 1100);
    for (int zoom = 0; zoom < 12; ++zoom) {
        const double step = scale.tickStep(80);
        const std::vector<double> ticks = scale.ticks(80);
        QVERIFY(!ticks.empty());
        QVERIFY(step * scale.pixelsPerMs() >= 80 - 1e-9);
        // Nice steps grow by at most 2.5 times: the ticks are never much sparser than asked.
        QVERIFY(step * scale.pixelsPerMs() < 80 * 2.5 + 1e-9);
        for (size_t i = 0; i < ticks.size(); ++i) {
            QVERIFY(ticks[i] >= scale.visibleStart() - 1e-6);
            QVERIFY(ticks[i] <= scale.visibleEnd() + 1e-6);
            const double multiple = ticks[i] / step;
            QVERIFY2(std::abs(multiple - std::round(multiple)) < 1e-6,
                     qPrintable(QString::number(ticks[i])));
            if (i > 0)
                QCOMPARE(ticks[i] - ticks[i - 1], step);
        }
        QVERIFY(ticks.front() - scale.visibleStart() < step);
        scale.zoom(2.3, 700);
    }
}

void TestTimelineScale::tickLabels_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("label");
    QTest::newRow("zero") << 0.0 << 1000.0 << QStringLiteral("0 s");
    QTest::newRow("tenths") << 1200.0 << 200.0 << QStringLiteral("1.2 s");
    QTest::newRow("hundredths") << 1250.0 << 50.0 << QStringLiteral("1.25 s");
    QTest::newRow("thousandths") << 2405.0 << 5.0 << QStringLiteral("2.405 s");
    QTest::newRow("fraction past a minute") << 142500.0 << 500.0 << QStringLiteral("2:22.5");
    QTest::newRow("padded fraction") << 62405.0 << 5.0 << QStringLiteral("1:02.405");
    QTest::newRow("seconds") << 45000.0 << 5000.0 << QStringLiteral("45 s");
    QTest::newRow("past a minute") << 90000.0 << 15000.0 << QStringLiteral("1:30");
    QTest::newRow("padded seconds") << 65000.0 << 5000.0 << QStringLiteral("1:05");
    QTest::newRow("minutes") << 600000.0 << 300000.0 << QStringLiteral("10 min");
    QTest::newRow("hours") << 7200000.0 << 3600000.0 << QStringLiteral("2 h");
    QTest::newRow("hours and minutes") << 5400000.0 << 1800000.0 << QStringLiteral("1 h 30 min");
}

void TestTimelineScale::tickLabels()
{
    QFETCH(double, ms);
    QFETCH(double, step);
    QFETCH(QString, label);
    QCOMPARE(TimelineScale::formatTick(ms, step), label);
}

QTEST_GUILESS_MAIN(TestTimelineScale)

#include "tst_timelinescale.moc"
