// The Trends charts' geometry on its own: time and values onto pixels and back, whole-bucket
// snapping of a brush, readable tick steps and labels in local time, value labels with units.

#include "chartaxis.h"
#include "timeserieslayout.h"

#include <QDateTime>
#include <QtTest>

using namespace rumscope;

namespace {
constexpr qint64 kMinute = 60 * 1000LL;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}
} // namespace

class TestChartAxis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void timeRoundTrip();
    void valueRoundTrip();
    void logRoundTrip();
    void bucketSnapping_data();
    void bucketSnapping();
    void tickSteps_data();
    void tickSteps();
    void ticksOnTheHourInUtc();
    void ticksOnLocalMidnights();
    void ticksAcrossDaylightSaving();
    void weeksStartOnMondays();
    void niceValueSteps_data();
    void niceValueSteps();
    void valueAxisCoversTheData();
    void axisLabelsHaveUnits();
    void logTicks();
    void bucketLabels();
    void outliersDoNotFlattenTheScale();
};

void TestChartAxis::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestChartAxis::timeRoundTrip()
{
    const qint64 from = utc(2025, 3, 1);
    const qint64 to = utc(2025, 3, 31);
    const TimeAxis axis(from, to, 60, 1260);
    QVERIFY(axis.isValid());
    QCOMPARE(axis.toPixel(from), 60.0);
    QCOMPARE(axis.toPixel(to), 1260.0);
    QCOMPARE(axis.toPixel(from + (to - from) / 2), 660.0);
    for (qint64 time = from; time <= to; time += 7 * kHour + 12345)
        QCOMPARE(axis.toTime(axis.toPixel(time)), time);
    // A pixel is many minutes wide: the pixel of a time maps back into that time's pixel.
    for (double x = 60; x <= 1260; x += 17.5)
        QVERIFY(std::abs(axis.toPixel(axis.toTime(x)) - x) < 1e-6);
    QVERIFY(!TimeAxis(from, from, 0, 100).isValid());
}

void TestChartAxis::valueRoundTrip()
{
    // Screen coordinates grow downwards: 0 at the bottom pixel.
    const ValueAxis axis(0, 4000, 300, 20, 500);
    QCOMPARE(axis.toPixel(0), 300.0);
    QCOMPARE(axis.toPixel(4000), 20.0);
    QCOMPARE(axis.toPixel(2000), 160.0);
    for (double value : {0.0, 1.5, 812.25, 2500.0, 3999.0})
        QVERIFY(std::abs(axis.toValue(axis.toPixel(value)) - value) < 1e-9);
    QCOMPARE(axis.ticks(), (QList<double>{0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000}));
}

void TestChartAxis::logRoundTrip()
{
    const LogAxis axis(10, 100000, 0, 400);
    QVERIFY(axis.isValid());
    QCOMPARE(axis.toPixel(10), 0.0);
    QCOMPARE(axis.toPixel(100000), 400.0);
    // Each power of ten takes the same width.
    QVERIFY(std::abs(axis.toPixel(100) - 100) < 1e-9);
    QVERIFY(std::abs(axis.toPixel(1000) - 200) < 1e-9);
    for (double value : {10.0, 37.5, 2500.0, 99999.0})
        QVERIFY(std::abs(axis.toValue(axis.toPixel(value)) / value - 1) < 1e-12);
    QCOMPARE(axis.toPixel(0), 0.0); // nothing to the left of the axis
}

void TestChartAxis::bucketSnapping_data()
{
    QTest::addColumn<qint64>("bucket");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    const qint64 origin = utc(2025, 3, 1);
    QTest::newRow("inside one day")
        << kDay << origin + 3 * kHour << origin + 20 * kHour << origin << origin + kDay;
    QTest::newRow("across days") << kDay << origin + kDay + kHour << origin + 4 * kDay - 1
                                 << origin + kDay << origin + 4 * kDay;
    QTest::newRow("right to left") << kDay << origin + 4 * kDay - 1 << origin + kDay + kHour
                                   << origin + kDay << origin + 4 * kDay;
    QTest::newRow("on an edge") << kHour << origin + 2 * kHour << origin + 5 * kHour
                                << origin + 2 * kHour << origin + 6 * kHour;
    QTest::newRow("minutes") << kMinute << origin + 90 * 1000 << origin + 200 * 1000
                             << origin + kMinute << origin + 4 * kMinute;
    QTest::newRow("before the origin")
        << kHour << origin - 90 * kMinute << origin - kMinute << origin - 2 * kHour << origin;
}

void TestChartAxis::bucketSnapping()
{
    QFETCH(qint64, bucket);
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    const BucketGrid grid{utc(2025, 3, 1), bucket};
    QCOMPARE(grid.snap(a, b), std::make_pair(from, to));
    QCOMPARE(grid.floor(from), from);
    QCOMPARE(grid.ceil(from), from);
    QCOMPARE(grid.ceil(from + 1), from + bucket);
    QCOMPARE(grid.index(from + bucket), grid.index(from) + 1);
}

void TestChartAxis::tickSteps_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<qint64>("step");
    QTest::newRow("an hour") << kHour << 8 << 10 * kMinute;
    QTest::newRow("six hours (minute buckets)") << 6 * kHour << 8 << kHour;
    QTest::newRow("six hours, narrow") << 6 * kHour << 4 << 2 * kHour;
    QTest::newRow("a day") << kDay << 8 << 6 * kHour;
    QTest::newRow("a day, wide") << kDay << 30 << kHour;
    QTest::newRow("two days") << 2 * kDay << 8 << 12 * kHour;
    QTest::newRow("a week (hour buckets)") << 7 * kDay << 8 << kDay;
    QTest::newRow("thirty days (day buckets)") << 30 * kDay << 8 << 7 * kDay;
    QTest::newRow("thirty days, wide") << 30 * kDay << 16 << 2 * kDay;
    QTest::newRow("a year") << 365 * kDay << 8 << 3 * 30 * kDay;
}

void TestChartAxis::tickSteps()
{
    QFETCH(qint64, span);
    QFETCH(int, maxTicks);
    QFETCH(qint64, step);
    QCOMPARE(TimeAxis::tickStep(span, maxTicks), step);
    QVERIFY(span / step < maxTicks);
}

void TestChartAxis::ticksOnTheHourInUtc()
{
    const qint64 from = utc(2025, 3, 1, 0, 0);
    const TimeAxis axis(from, from + kDay, 0, 800);
    const QList<TimeAxis::Tick> ticks = axis.ticks(8, QTimeZone::utc());
    QCOMPARE(ticks.size(), 5);
    for (qsizetype i = 0; i < ticks.size(); ++i)
        QCOMPARE(ticks[i].time, from + i * 6 * kHour);
    QCOMPARE(ticks[0].label, u"Mar 1"_qs);
    QVERIFY(ticks[0].dayStart);
    QCOMPARE(ticks[1].label, u"6:00 AM"_qs);
    QVERIFY(!ticks[1].dayStart);
    QCOMPARE(ticks[4].label, u"Mar 2"_qs);
    // Where the day comes first in the locale's dates, it does on the axis too.
    const QList<TimeAxis::Tick> british =
        axis.ticks(8, QTimeZone::utc(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(british[0].label, u"1 Mar"_qs);
    QCOMPARE(british[2].label, u"12:00"_qs);
}

void TestChartAxis::ticksOnLocalMidnights()
{
    // Day buckets are UTC days; the axis marks the user's midnights (here one hour east).
    const QTimeZone zone(3600);
    const qint64 from = utc(2025, 3, 1);
    const TimeAxis axis(from, from + 30 * kDay, 0, 1200);
    const QList<TimeAxis::Tick> ticks = axis.ticks(16, zone);
    QVERIFY(ticks.size() >= 10 && ticks.size() <= 16);
    for (qsizetype i = 1; i < ticks.size(); ++i)
        QCOMPARE(ticks[i].time - ticks[i - 1].time, 2 * kDay); // every second day
    for (const TimeAxis::Tick &tick : ticks) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(tick.time, zone);
        QCOMPARE(local.time(), QTime(0, 0));
        QVERIFY(tick.dayStart);
        QCOMPARE(tick.label, formatDayMonth(local.date()));
    }
}

void TestChartAxis::ticksAcrossDaylightSaving()
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("No time zone data for Europe/Berlin on this system");
    // 30 March 2025: clocks go from 02:00 to 03:00; the day has 23 hours.
    const qint64 from = QDateTime(QDate(2025, 3, 30), QTime(0, 0), berlin).toMSecsSinceEpoch();
    const TimeAxis axis(from, from + 23 * kHour, 0, 800);
    const QList<TimeAxis::Tick> ticks = axis.ticks(10, berlin);
    QVERIFY(!ticks.isEmpty());
    for (qsizetype i = 1; i < ticks.size(); ++i)
        QVERIFY(ticks[i].time > ticks[i - 1].time);
    for (const TimeAxis::Tick &tick : ticks) {
        const QTime local = QDateTime::fromMSecsSinceEpoch(tick.time, berlin).time();
        QCOMPARE(local.minute(), 0);
        QVERIFY2(local.hour() % 3 == 0 || local.hour() == 3, qPrintable(tick.label));
    }
}

void TestChartAxis::weeksStartOnMondays()
{
    const qint64 from = utc(2025, 1, 1);
    const TimeAxis axis(from, from + 60 * kDay, 0, 600);
    const QList<TimeAxis::Tick> ticks = axis.ticks(10, QTimeZone::utc());
    QVERIFY(ticks.size() >= 8);
    for (const TimeAxis::Tick &tick : ticks)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(tick.time, QTimeZone::utc()).date().dayOfWeek(),
                 int(Qt::Monday));
    QCOMPARE(ticks[0].label, u"Jan 6"_qs);
}

void TestChartAxis::niceValueSteps_data()
{
    QTest::addColumn<double>("span");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<double>("step");
    QTest::newRow("ms") << 4000.0 << 8 << 500.0;
    QTest::newRow("ms, few ticks") << 4000.0 << 4 << 1000.0;
    QTest::newRow("quarter") << 1000.0 << 4 << 250.0;
    QTest::newRow("cls") << 0.3 << 6 << 0.05;
    QTest::newRow("small counts") << 7.0 << 5 << 2.0;
    QTest::newRow("exact power") << 100.0 << 10 << 10.0;
}

void TestChartAxis::niceValueSteps()
{
    QFETCH(double, span);
    QFETCH(int, maxTicks);
    QFETCH(double, step);
    QVERIFY(std::abs(ValueAxis::niceStep(span, maxTicks) - step) < 1e-12);
}

void TestChartAxis::valueAxisCoversTheData()
{
    for (const double max : {0.0, 0.07, 1.0, 187.0, 2875.5, 4000.0, 123456.0}) {
        const ValueAxis axis = ValueAxis::fromZero(max, 6, 400, 0);
        QCOMPARE(axis.min(), 0.0);
        QVERIFY2(axis.max() >= max, qPrintable(QString::number(max)));
        const QList<double> ticks = axis.ticks();
        QCOMPARE(ticks.front(), 0.0);
        QVERIFY(std::abs(ticks.back() - axis.max()) < axis.step() * 1e-6);
        QVERIFY(ticks.size() - 1 <= 6);
        // No more than one step of empty room above the data.
        QVERIFY(axis.max() - max <= axis.step() + 1e-9 || max == 0);
    }
}

void TestChartAxis::axisLabelsHaveUnits()
{
    const AxisFormat seconds = AxisFormat::forAxis(Metric::Lcp, 4000, 500);
    QCOMPARE(seconds.format(0), u"0 s"_qs);
    QCOMPARE(seconds.format(500), u"0.5 s"_qs);
    QCOMPARE(seconds.format(2500), u"2.5 s"_qs);
    QCOMPARE(seconds.format(3000), u"3 s"_qs);
    const AxisFormat millis = AxisFormat::forAxis(Metric::Inp, 600, 100);
    QCOMPARE(millis.format(200), u"200 ms"_qs);
    const AxisFormat quarter = AxisFormat::forAxis(Metric::Ttfb, 2000, 250);
    QCOMPARE(quarter.format(750), u"0.75 s"_qs);
    const AxisFormat cls = AxisFormat::forAxis(Metric::Cls, 0.3, 0.05);
    QCOMPARE(cls.format(0.1), u"0.1"_qs);
    QCOMPARE(cls.format(0.25), u"0.25"_qs);
    QCOMPARE(formatTickValue(Metric::Lcp, 20), u"20 ms"_qs);
    QCOMPARE(formatTickValue(Metric::Lcp, 500), u"500 ms"_qs);
    QCOMPARE(formatTickValue(Metric::Lcp, 2000), u"2 s"_qs);
    QCOMPARE(formatTickValue(Metric::Lcp, 1500), u"1.5 s"_qs);
    QCOMPARE(formatTickValue(Metric::Cls, 0.05), u"0.05"_qs);
}

void TestChartAxis::logTicks()
{
    const LogAxis axis(8, 151552, 0, 800);
    const QList<double> all = axis.ticks(20);
    QCOMPARE(all.front(), 10.0);
    QCOMPARE(all.back(), 100000.0);
    QVERIFY(all.contains(20.0) && all.contains(5000.0));
    const QList<double> powers = axis.ticks(6);
    QCOMPARE(powers, (QList<double>{10, 100, 1000, 10000, 100000}));
}

void TestChartAxis::bucketLabels()
{
    const QTimeZone utcZone = QTimeZone::utc();
    QCOMPARE(formatBucket(utc(2025, 3, 1), kDay, utcZone), u"Sat Mar 1, 2025"_qs);
    QCOMPARE(formatBucket(utc(2025, 3, 1, 14), kHour, utcZone), u"Mar 1, 2:00 PM – 3:00 PM"_qs);
    QCOMPARE(formatBucket(utc(2025, 3, 1, 23), kHour, utcZone),
             u"Mar 1, 11:00 PM – Mar 2, 12:00 AM"_qs);
    QCOMPARE(formatBucket(utc(2025, 3, 1, 14, 5), kMinute, utcZone),
             u"Mar 1, 2:05 PM – 2:06 PM"_qs);
    // A UTC day seen from elsewhere is not a local day: both ends are told.
    QCOMPARE(formatBucket(utc(2025, 3, 1), kDay, QTimeZone(3600)),
             u"Mar 1, 1:00 AM – Mar 2, 1:00 AM"_qs);
    // Buckets never need seconds, even where the locale's short time has them.
    QCOMPARE(formatTimeOfDay(QTime(14, 5, 30), QLocale::c()), u"14:05"_qs);
    QCOMPARE(formatBucket(utc(2025, 3, 1, 14), kHour, utcZone, QLocale::c()),
             u"1 Mar, 14:00 – 15:00"_qs);
    QCOMPARE(bucketName(kDay), u"daily"_qs);
    QCOMPARE(bucketName(kHour), u"hourly"_qs);
}

void TestChartAxis::outliersDoNotFlattenTheScale()
{
    std::vector<double> values(40, 0);
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = 1400 + double(i % 7) * 50; // 1.4 s to 1.7 s
    QCOMPARE(scaleMaximum(values), 1700.0);
    // One bucket of two slow page views: the scale stays with the rest.
    values.push_back(180000);
    QVERIFY(scaleMaximum(values) < 3000);
    QVERIFY(scaleMaximum(values) >= 1700);
    // A real rise over many buckets is no outlier: it stays in view, the one slow bucket not.
    for (int i = 0; i < 10; ++i)
        values.push_back(5000);
    QVERIFY(scaleMaximum(values) >= 5000);
    QVERIFY(scaleMaximum(values) < 180000);
    // Few buckets: every one counts.
    QCOMPARE(scaleMaximum({900, 1000, 9000}), 9000.0);
    QCOMPARE(scaleMaximum({}), 0.0);
}

QTEST_GUILESS_MAIN(TestChartAxis)
#include "tst_chartaxis.moc"
