// A session's journey laid out for the timeline: each event on its lane at its offset, page
// views spanning to the next, resources in their page view's waterfall, tooltips that say what
// support staff ask; and the timeline widget finding, selecting and zooming to those items.

#include "journeylanes.h"
#include "journeytimeline.h"

#include <QApplication>
#include <QLocale>
#include <QtTest>

using namespace rumscope;

namespace {
constexpr qint64 kStart = 1740779963502; // 2025-02-28 21:59:23.502 UTC

template<class R> R event(qint64 offset, const QString &viewId)
{
    R record;
    record.time = kStart + offset;
    record.sessionId = QStringLiteral("s-1");
    record.viewId = viewId;
    return record;
}

SessionJourney sampleJourney()
{
    SessionJourney journey;
    journey.session.sessionId = QStringLiteral("s-1");
    journey.session.time = kStart;
    journey.session.lastSeen = kStart + 60000;

    auto first = event<PageView>(0, QStringLiteral("v1"));
    first.url = QStringLiteral("https://shop.example.com/cart");
    first.route = QStringLiteral("/cart");
    first.navigationType = QStringLiteral("navigate");
    first.lcp = 3000; // needs improvement
    first.inp = 100;  // good
    first.cls = 0.3;  // poor
    first.load = 1800;
    auto early = event<Resource>(100, QStringLiteral("v1"));
    early.url = QStringLiteral("https://shop.example.com/assets/app.js");
    early.initiatorType = QStringLiteral("script");
    early.startTime = 100;
    early.duration = 50;
    auto failed = event<Resource>(500, QStringLiteral("v1"));
    failed.url = QStringLiteral("https://shop.example.com/api/cart");
    failed.initiatorType = QStringLiteral("fetch");
    failed.startTime = 90; // reported earlier than its clock time: the waterfall trusts it
    failed.duration = 200;
    failed.httpStatus = 404;
    failed.transferSize = 2048;
    auto click = event<Interaction>(2000, QStringLiteral("v1"));
    click.type = QStringLiteral("click");
    click.target = QStringLiteral("button.checkout");
    click.duration = 250; // needs improvement
    click.inputDelay = 40;
    click.processingDuration = 180;
    click.presentationDelay = 30;
    auto error = event<ErrorEvent>(3000, QStringLiteral("v1"));
    error.kind = QStringLiteral("exception");
    error.type = QStringLiteral("TypeError");
    error.message = QStringLiteral("Cannot read properties of undefined (reading 'cart')");
    auto second = event<PageView>(10000, QStringLiteral("v2"));
    second.url = QStringLiteral("https://shop.example.com/checkout");
    second.route = QStringLiteral("/checkout");
    second.navigationType = QStringLiteral("route-change");
    auto task = event<LongTask>(10500, QStringLiteral("v2"));
    task.name = QStringLiteral("self");
    task.duration = 120;
    auto measurement = event<Measurement>(11000, QString()); // no view id: by time
    measurement.name = QStringLiteral("cart_items");
    measurement.value = 3;
    auto stray = event<Resource>(12000, QStringLiteral("v-unknown"));
    stray.url = QStringLiteral("https://cdn.example.com/pixel.gif");
    stray.duration = 5;
    journey.events = {first, early, failed, click, error, second, task, measurement, stray};
    return journey;
}
} // namespace

class TestJourneyLanes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyEventOnItsLane();
    void pageViewsSpanToTheNext();
    void ratings();
    void toolTipsSayWhatHappened();
    void formats();
    void emptyJourney();
    void timelineFindsAndSelectsItems();
    void timelineKeyboard();
};

void TestJourneyLanes::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestJourneyLanes::everyEventOnItsLane()
{
    const SessionJourney journey = sampleJourney();
    const JourneyLanes lanes(journey);
    QCOMPARE(lanes.items().size(), journey.events.size());
    QCOMPARE(lanes.origin(), kStart);
    QCOMPARE(lanes.span(), 60000.0);
    QCOMPARE(lanes.sessionDuration(), 60000.0);
    // Recorded as over before its last resource finished: the lanes reach the resource's end,
    // the duration stays the store's.
    SessionJourney early = journey;
    early.session.lastSeen = kStart + 11000;
    const JourneyLanes cut(early);
    QCOMPARE(cut.span(), 12005.0);
    QCOMPARE(cut.sessionDuration(), 11000.0);
    QCOMPARE(cut.pageViews().back().end, 12005.0);
    const std::vector<JourneyLane> expected{
        JourneyLane::PageViews,    JourneyLane::Resources,    JourneyLane::Resources,
        JourneyLane::Interactions, JourneyLane::Errors,       JourneyLane::PageViews,
        JourneyLane::LongTasks,    JourneyLane::Measurements, JourneyLane::Resources};
    size_t onLanes = 0;
    for (size_t i = 0; i < expected.size(); ++i) {
        const JourneyItem &item = lanes.item(int(i));
        QCOMPARE(item.lane, expected[i]);
        QCOMPARE(item.event, i);
        QCOMPARE(item.start, double(eventBase(journey.events[i]).time - kStart));
    }
    for (int lane = 0; lane < kJourneyLaneCount; ++lane) {
        const std::vector<int> &items = lanes.lane(JourneyLane(lane));
        onLanes += items.size();
        QVERIFY(std::is_sorted(items.begin(), items.end()));
        for (const int item : items)
            QCOMPARE(lanes.item(item).lane, JourneyLane(lane));
    }
    QCOMPARE(onLanes, journey.events.size());
    QCOMPARE(lanes.item(3).duration, 250.0);
    QCOMPARE(lanes.item(4).duration, 0.0);
    QCOMPARE(lanes.title(3), QStringLiteral("click on button.checkout"));
    QCOMPARE(lanes.title(0), QStringLiteral("/cart"));
}

void TestJourneyLanes::pageViewsSpanToTheNext()
{
    const JourneyLanes lanes(sampleJourney());
    QCOMPARE(lanes.pageViews().size(), size_t(2));
    const JourneyPageView &first = lanes.pageViews()[0];
    const JourneyPageView &second = lanes.pageViews()[1];
    QCOMPARE(first.start, 0.0);
    QCOMPARE(first.end, 10000.0);
    QVERIFY(!first.routeChange);
    QCOMPARE(second.start, 10000.0);
    QCOMPARE(second.end, 60000.0); // to the session's last activity
    QVERIFY(second.routeChange);
    // The waterfall orders by the browser's start times, not the clock's.
    QCOMPARE(first.resources, (std::vector<int>{2, 1}));
    QCOMPARE(first.interactions, 1);
    QCOMPARE(first.errors, 1);
    QVERIFY(second.resources.empty());
    QCOMPARE(second.longTasks, 1);
    QCOMPARE(lanes.item(7).pageView, 1);  // no view id: the page view it happened on
    QCOMPARE(lanes.item(8).pageView, -1); // a view the store does not hold: none
}

void TestJourneyLanes::ratings()
{
    const JourneyLanes lanes(sampleJourney());
    QCOMPARE(lanes.item(0).rating, std::optional<Rating>(Rating::Poor)); // CLS 0.3
    QCOMPARE(lanes.item(5).rating, std::optional<Rating>());             // no vitals
    QCOMPARE(lanes.item(3).rating, std::optional<Rating>(Rating::NeedsImprovement));
    QCOMPARE(lanes.item(4).rating, std::optional<Rating>(Rating::Poor));
    QCOMPARE(lanes.item(2).rating, std::optional<Rating>(Rating::Poor)); // HTTP 404
    QCOMPARE(lanes.item(1).rating, std::optional<Rating>());
}

void TestJourneyLanes::toolTipsSayWhatHappened()
{
    const JourneyLanes lanes(sampleJourney());
    const QString click = lanes.toolTip(3);
    QVERIFY2(click.contains(u"click on button.checkout"), qPrintable(click));
    QVERIFY(click.contains(u"+0:02.000"));
    QVERIFY(click.contains(u"250 ms"));
    QVERIFY(click.contains(u"Input delay 40 ms"));
    QVERIFY(click.contains(u"Processing 180 ms"));
    QVERIFY(click.contains(u"Presentation 30 ms"));
    const QString resource = lanes.toolTip(2);
    QVERIFY2(resource.contains(u"https://shop.example.com/api/cart"), qPrintable(resource));
    QVERIFY(resource.contains(u"fetch"));
    QVERIFY(resource.contains(u"200 ms"));
    QVERIFY(resource.contains(u"HTTP 404"));
    QVERIFY(resource.contains(QLocale().formattedDataSize(2048)));
    const QString page = lanes.toolTip(0);
    QVERIFY2(page.contains(u"LCP 3.00 s (Needs improvement)"), qPrintable(page));
    QVERIFY(page.contains(u"CLS 0.300 (Poor)"));
    QVERIFY(page.contains(u"shown for 10.0 s"));
    QVERIFY(lanes.toolTip(5).startsWith(u"Route change: /checkout"));
    QVERIFY(lanes.toolTip(4).contains(u"TypeError: Cannot read properties"));
    QVERIFY(lanes.toolTip(6).contains(u"120 ms"));
}

void TestJourneyLanes::formats()
{
    QCOMPARE(JourneyLanes::formatOffset(0), QStringLiteral("+0:00.000"));
    QCOMPARE(JourneyLanes::formatOffset(62345), QStringLiteral("+1:02.345"));
    QCOMPARE(JourneyLanes::formatOffset(3723004), QStringLiteral("+1:02:03.004"));
    QCOMPARE(JourneyLanes::formatDuration(4.5), QStringLiteral("4.5 ms"));
    QCOMPARE(JourneyLanes::formatDuration(256.4), QStringLiteral("256 ms"));
    QCOMPARE(JourneyLanes::formatDuration(1710), QStringLiteral("1.71 s"));
    QCOMPARE(JourneyLanes::formatDuration(34200), QStringLiteral("34.2 s"));
    QCOMPARE(JourneyLanes::formatDuration(125000), QStringLiteral("2 min 5 s"));
}

void TestJourneyLanes::emptyJourney()
{
    SessionJourney journey;
    journey.session.sessionId = QStringLiteral("s-0");
    journey.session.time = kStart;
    const JourneyLanes lanes(journey);
    QVERIFY(lanes.isEmpty());
    QVERIFY(lanes.pageViews().empty());
    QCOMPARE(lanes.span(), 0.0);
    JourneyTimeline timeline;
    timeline.resize(800, 500);
    timeline.setLanes(lanes);
    QCOMPARE(timeline.selectedPageView(), -1);
    QVERIFY(!timeline.grab().isNull()); // paints without page views or events
    timeline.selectItem(3);
    QCOMPARE(timeline.selectedItem(), -1);
}

void TestJourneyLanes::timelineFindsAndSelectsItems()
{
    JourneyTimeline timeline;
    timeline.resize(1000, 700);
    timeline.show();
    QSignalSpy selections(&timeline, &JourneyTimeline::selectionChanged);
    timeline.setLanes(JourneyLanes(sampleJourney()));
    QCOMPARE(timeline.selectedPageView(), 0);
    QVERIFY(timeline.scale().isFit());
    // Each item is found where it is drawn, once zoomed to it.
    for (const int item : {0, 3, 4, 5, 6, 7}) {
        timeline.zoomToItem(item);
        const QRectF rect = timeline.laneRect(item);
        QVERIFY(!rect.isEmpty());
        QCOMPARE(timeline.itemAt(rect.center()), item);
    }
    timeline.zoomToFit();
    // A click on the second page view selects it and shows its (empty) waterfall.
    const QRectF second = timeline.laneRect(5);
    QTest::mouseClick(&timeline, Qt::LeftButton, {}, second.center().toPoint());
    QCOMPARE(timeline.selectedItem(), 5);
    QCOMPARE(timeline.selectedPageView(), 1);
    QCOMPARE(selections.last().first().toInt(), 5);
    // Selecting a resource brings back its page view's waterfall, rows in start order.
    timeline.selectItem(1);
    QCOMPARE(timeline.selectedPageView(), 0);
    const QRectF row1 = timeline.waterfallRect(2);
    const QRectF row2 = timeline.waterfallRect(1);
    QVERIFY(!row1.isEmpty() && !row2.isEmpty());
    QVERIFY(row1.top() < row2.top());
    QCOMPARE(timeline.itemAt(row2.center()), 1);
    QVERIFY(timeline.waterfallRect(8).isEmpty()); // belongs to no page view
    // The dark palette paints too.
    QPalette dark = timeline.palette();
    dark.setColor(QPalette::Base, QColor(0x2A, 0x2D, 0x33));
    dark.setColor(QPalette::Text, QColor(0xE8, 0xEA, 0xED));
    timeline.setPalette(dark);
    QVERIFY(!timeline.grab().isNull());
}

void TestJourneyLanes::timelineKeyboard()
{
    JourneyTimeline timeline;
    timeline.resize(1000, 700);
    timeline.show();
    timeline.setLanes(JourneyLanes(sampleJourney()));
    timeline.setFocus();
    QTest::keyClick(&timeline, Qt::Key_Down);
    QCOMPARE(timeline.selectedItem(), 0);
    QTest::keyClick(&timeline, Qt::Key_Down);
    QCOMPARE(timeline.selectedItem(), 1);
    QTest::keyClick(&timeline, Qt::Key_End);
    QCOMPARE(timeline.selectedItem(), 8);
    QTest::keyClick(&timeline, Qt::Key_Up);
    QCOMPARE(timeline.selectedItem(), 7);
    QTest::keyClick(&timeline, Qt::Key_PageUp); // its own page view first
    QCOMPARE(timeline.selectedItem(), 5);
    QTest::keyClick(&timeline, Qt::Key_PageUp);
    QCOMPARE(timeline.selectedItem(), 0);
    QTest::keyClick(&timeline, Qt::Key_PageDown);
    QCOMPARE(timeline.selectedItem(), 5);

    timeline.selectItem(-1);
    const double span = timeline.scale().visibleSpan();
    QTest::keyClick(&timeline, Qt::Key_Plus);
    QVERIFY(timeline.scale().visibleSpan() < span);
    const double start = timeline.scale().visibleStart();
    QTest::keyClick(&timeline, Qt::Key_Right);
    QVERIFY(timeline.scale().visibleStart() > start);
    QTest::keyClick(&timeline, Qt::Key_Left);
    QCOMPARE(timeline.scale().visibleStart(), start);
    QTest::keyClick(&timeline, Qt::Key_Minus);
    QVERIFY(timeline.scale().isFit());
    QTest::keyClick(&timeline, Qt::Key_Plus);
    QTest::keyClick(&timeline, Qt::Key_Plus);
    QVERIFY(!timeline.scale().isFit());
    QTest::keyClick(&timeline, Qt::Key_0);
    QVERIFY(timeline.scale().isFit());
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestJourneyLanes test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journeylanes.moc"
