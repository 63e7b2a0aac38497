// The world map alone: the Equal Earth projection against its published properties, fitting,
// zooming and panning, hit-testing the embedded Natural Earth outlines (holes, the
// antimeridian), and the map widget's colours, clicks, keys, wheel and drag.

#include "displayformat.h"
#include "mapprojection.h"
#include "worldgeometry.h"
#include "worldmapview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QSignalSpy>
#include <QtTest>
#include <QWheelEvent>

#include <cmath>
#include <memory>
#include <numbers>

using namespace rumscope;

namespace {
constexpr double kDegree = std::numbers::pi / 180.0;

bool near(QPointF a, QPointF b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

/// The projected area of a longitude/latitude cell, its edges densified.
double projectedArea(double lon0, double lat0, double lon1, double lat1)
{
    QPolygonF polygon;
    constexpr int kSteps = 200;
    for (int i = 0; i <= kSteps; ++i)
        polygon << MapProjection::project(lon0 + (lon1 - lon0) * i / kSteps, lat0);
    for (int i = 0; i <= kSteps; ++i)
        polygon << MapProjection::project(lon1, lat0 + (lat1 - lat0) * i / kSteps);
    for (int i = 0; i <= kSteps; ++i)
        polygon << MapProjection::project(lon1 - (lon1 - lon0) * i / kSteps, lat1);
    for (int i = 0; i <= kSteps; ++i)
        polygon << MapProjection::project(lon0, lat1 - (lat1 - lat0) * i / kSteps);
    double area = 0;
    for (qsizetype i = 0; i + 1 < polygon.size(); ++i)
        area += polygon[i].x() * polygon[i + 1].y() - polygon[i + 1].x() * polygon[i].y();
    return std::abs(area) / 2;
}

QAction *actionNamed(const QMenu *menu, const QString &name)
{
    const QList<QAction *> actions = menu->actions();
    const auto found = std::find_if(actions.begin(), actions.end(),
                                    [&](const QAction *a) { return a->objectName() == name; });
    return found == actions.end() ? nullptr : *found;
}

QString isoAt(const WorldGeometry &world, double lon, double lat)
{
    const WorldGeometry::Country *country = world.countryAt(MapProjection::project(lon, lat));
    return country ? country->iso : QStringLiteral("(sea)");
}

MetricSummary figures(const QString &iso, double value, qint64 samples)
{
    MetricSummary row;
    row.group = iso;
    row.pageViews = samples;
    row.samples = samples;
    row.value = value;
    row.good = samples;
    return row;
}
} // namespace

class TestWorldMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void projectsKnownPoints();
    void keepsAreasTrue();
    void roundTrips();
    void hasNoInverseOffTheMap();
    void fitsTheWorldIntoTheViewport();
    void zoomKeepsThePointUnderTheCursor();
    void panMovesTheMapAndStaysOnTheWorld();
    void loadsEveryCountry();
    void hitTestsCountriesAndTheSea_data();
    void hitTestsCountriesAndTheSea();
    void holesBelongToTheCountryInside();
    void anchorsLieInsideTheirCountry();
    void mapColoursCountriesByRating();
    void mapClicksCountriesWithData();
    void mapKeysZoomAndPan();
    void mapWheelZoomsAtTheCursor();
    void mapDragPansWithoutClicking();
    void mapTooltipAndContextMenu();
    void cleanupTestCase();

private:
    WorldGeometry m_world;
    std::unique_ptr<WorldMapView> m_view;
};

void TestWorldMap::initTestCase()
{
    m_world = WorldGeometry::fromResource();
    QVERIFY(!m_world.isEmpty());
}

void TestWorldMap::projectsKnownPoints()
{
    QVERIFY(near(MapProjection::project(0, 0), QPointF(0, 0), 1e-12));
    // Published extents of Equal Earth on the unit sphere: ±2.7066 by ±1.3173, and the
    // equator 2.05458 times as long as the central meridian.
    const QPointF east = MapProjection::project(180, 0);
    QVERIFY2(std::abs(east.x() - 2.7066) < 1e-4, qPrintable(QString::number(east.x())));
    QCOMPARE(east.y(), 0.0);
    const QPointF north = MapProjection::project(0, 90);
    QCOMPARE(north.x(), 0.0);
    QVERIFY2(std::abs(north.y() - 1.3173) < 1e-4, qPrintable(QString::number(north.y())));
    QVERIFY(std::abs(2 * east.x() / (2 * north.y()) - 2.05458) < 1e-4);
    // A flat-polar projection: each pole is a line, at one height, shorter than the equator.
    const QPointF poleEast = MapProjection::project(180, 90);
    QCOMPARE(MapProjection::project(-90, 90).y(), north.y());
    QVERIFY(poleEast.x() > 0.4 * east.x() && poleEast.x() < 0.7 * east.x());
    // Symmetric about both axes, and growing with longitude and latitude.
    for (double lon : {-170.0, -45.0, 10.0, 120.0}) {
        for (double lat : {-80.0, -30.0, 5.0, 60.0}) {
            const QPointF p = MapProjection::project(lon, lat);
            QVERIFY(near(MapProjection::project(-lon, lat), QPointF(-p.x(), p.y()), 1e-12));
            QVERIFY(near(MapProjection::project(lon, -lat), QPointF(p.x(), -p.y()), 1e-12));
            QVERIFY(MapProjection::project(lon + 1, lat).x() > p.x());
            QVERIFY(MapProjection::project(lon, lat + 1).y() > p.y());
        }
    }
}

void TestWorldMap::keepsAreasTrue()
{
    // Equal area: a cell's projected area is proportional to its area on the sphere,
    // (lon1 - lon0) · (sin lat1 - sin lat0); the whole map is the sphere's 4π.
    const auto sphere = [](double lon0, double lat0, double lon1, double lat1) {
        return (lon1 - lon0) * kDegree * (std::sin(lat1 * kDegree) - std::sin(lat0 * kDegree));
    };
    for (const auto &[lon, lat] : std::initializer_list<std::pair<double, double>>{
             {0, 0}, {30, 40}, {-120, 60}, {150, -75}, {-10, 80}}) {
        const double projected = projectedArea(lon, lat, lon + 10, lat + 10);
        const double expected = sphere(lon, lat, lon + 10, lat + 10);
        QVERIFY2(
            std::abs(projected / expected - 1) < 1e-3,
            qPrintable(
                QStringLiteral("%1,%2: %3 vs %4").arg(lon).arg(lat).arg(projected).arg(expected)));
    }
    QVERIFY(std::abs(projectedArea(-180, -90, 180, 90) / (4 * std::numbers::pi) - 1) < 1e-3);
}

void TestWorldMap::roundTrips()
{
    for (double lon = -180; lon <= 180; lon += 7.5) {
        for (double lat = -90; lat <= 90; lat += 7.5) {
            const std::optional<QPointF> back =
                MapProjection::unproject(MapProjection::project(lon, lat));
            QVERIFY2(back && near(*back, QPointF(lon, lat), 1e-7),
                     qPrintable(QStringLiteral("%1, %2").arg(lon).arg(lat)));
        }
    }
}

void TestWorldMap::hasNoInverseOffTheMap()
{
    const QRectF world = MapProjection::worldBounds();
    QVERIFY(!MapProjection::unproject({world.right() + 0.01, 0}));
    QVERIFY(!MapProjection::unproject({0, world.bottom() + 0.01}));
    // Beyond the curved ±180° meridian but inside the bounding box: a corner.
    QVERIFY(!MapProjection::unproject({world.right() - 0.05, world.bottom() - 0.05}));
    QVERIFY(MapProjection::unproject({world.right() - 0.01, 0}));
}

void TestWorldMap::fitsTheWorldIntoTheViewport()
{
    MapProjection wide;
    wide.setViewport(QRectF(0, 0, 1000, 400)); // wider than the map: its height fills
    QVERIFY(near(wide.toScreen(0, 0), QPointF(500, 200), 1e-9));
    QVERIFY(std::abs(wide.toScreen(0, 90).y() - 0) < 1e-9);
    QVERIFY(std::abs(wide.toScreen(0, -90).y() - 400) < 1e-9);
    QVERIFY(wide.toScreen(-180, 0).x() > 0 && wide.toScreen(180, 0).x() < 1000);
    QVERIFY(std::abs(wide.toScreen(-180, 0).x() + wide.toScreen(180, 0).x() - 1000) < 1e-9);

    MapProjection tall;
    tall.setViewport(QRectF(10, 20, 400, 1000)); // taller: its width fills
    QVERIFY(std::abs(tall.toScreen(-180, 0).x() - 10) < 1e-9);
    QVERIFY(std::abs(tall.toScreen(180, 0).x() - 410) < 1e-9);
    QVERIFY(tall.toScreen(0, 90).y() > 20 && tall.toScreen(0, -90).y() < 1020);
    // The screen maps back to the same place.
    const std::optional<QPointF> paris = tall.toGeo(tall.toScreen(2.35, 48.86));
    QVERIFY(paris && near(*paris, QPointF(2.35, 48.86), 1e-9));
    QVERIFY(!tall.toGeo(QPointF(15, 25))); // the corner: off the map
}

void TestWorldMap::zoomKeepsThePointUnderTheCursor()
{
    MapProjection projection;
    projection.setViewport(QRectF(0, 0, 800, 400));
    const QPointF cursor = projection.toScreen(139.7, 35.7); // Tokyo, far from the centre
    projection.zoomAt(cursor, 3);
    QCOMPARE(projection.zoom(), 3.0);
    QVERIFY(near(projection.toScreen(139.7, 35.7), cursor, 1e-6));
    const QPointF other(120, 330);
    const std::optional<QPointF> under = projection.toGeo(other);
    QVERIFY(under);
    projection.zoomAt(other, 2.5);
    QVERIFY(near(projection.toScreen(under->x(), under->y()), other, 1e-6));
    // Clamped at both ends; at zoom 1 the whole world is back, centred.
    projection.zoomAt(other, 1000);
    QCOMPARE(projection.zoom(), MapProjection::kMaxZoom);
    projection.zoomAt(other, 1e-6);
    QCOMPARE(projection.zoom(), MapProjection::kMinZoom);
    QVERIFY(projection.isReset());
    QVERIFY(near(projection.toScreen(0, 0), QPointF(400, 200), 1e-9));
}

void TestWorldMap::panMovesTheMapAndStaysOnTheWorld()
{
    MapProjection projection;
    projection.setViewport(QRectF(0, 0, 800, 400));
    const QPointF before = projection.toScreen(10, 10);
    projection.panBy({50, 20});
    QVERIFY(near(projection.toScreen(10, 10), before, 1e-9)); // zoom 1: nothing to pan
    projection.zoomAt({400, 200}, 4);
    const QPointF zoomed = projection.toScreen(10, 10);
    projection.panBy({50, -20});
    QVERIFY(near(projection.toScreen(10, 10), zoomed + QPointF(50, -20), 1e-9));
    // However far it is dragged, the centre stays on the world.
    projection.panBy({-1e6, 1e6});
    QVERIFY(MapProjection::worldBounds().contains(projection.centre()));
    projection.reset();
    QVERIFY(near(projection.toScreen(0, 0), QPointF(400, 200), 1e-9));
}

void TestWorldMap::loadsEveryCountry()
{
    QFile file(QStringLiteral(":/world/countries-110m.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray json = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!json.isEmpty());
    QCOMPARE(qsizetype(m_world.countries().size()), json.size());
    QSet<QString> codes;
    for (const WorldGeometry::Country &country : m_world.countries()) {
        QVERIFY(!country.path.isEmpty());
        QCOMPARE(country.path.fillRule(), Qt::OddEvenFill);
        QVERIFY(MapProjection::worldBounds()
                    .adjusted(-1e-9, -1e-9, 1e-9, 1e-9)
                    .contains(country.bounds));
        if (!country.iso.isEmpty()) {
            QVERIFY2(!codes.contains(country.iso), qPrintable(country.iso));
            codes.insert(country.iso);
            QCOMPARE(m_world.country(country.iso), &country);
        }
    }
    QVERIFY(!m_world.country(QStringLiteral("SG"))); // too small at 1:110m
    QString error;
    QVERIFY(WorldGeometry::fromJson("{\"iso\": 1}", &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestWorldMap::hitTestsCountriesAndTheSea_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("iso");
    QTest::newRow("Paris") << 2.35 << 48.86 << u"FR"_qs;
    QTest::newRow("Brasília") << -47.9 << -15.8 << u"BR"_qs;
    QTest::newRow("Tokyo") << 139.7 << 35.7 << u"JP"_qs;
    QTest::newRow("Denver") << -104.99 << 39.74 << u"US"_qs;
    QTest::newRow("Anchorage") << -149.9 << 61.2 << u"US"_qs;
    QTest::newRow("mid-Atlantic") << -30.0 << 30.0 << u"(sea)"_qs;
    QTest::newRow("Pacific") << -140.0 << 0.0 << u"(sea)"_qs;
    QTest::newRow("Mediterranean") << 18.0 << 35.0 << u"(sea)"_qs;
    // Cut at the antimeridian: a piece on each side of the map.
    QTest::newRow("Chukotka west of 180°") << 175.0 << 67.0 << u"RU"_qs;
    QTest::newRow("Chukotka east of 180°") << -175.0 << 66.5 << u"RU"_qs;
    QTest::newRow("Wrangel Island east of 180°") << -179.0 << 71.2 << u"RU"_qs;
    QTest::newRow("Vanua Levu west of 180°") << 179.5 << -16.5 << u"FJ"_qs;
    QTest::newRow("Vanua Levu east of 180°") << -179.95 << -16.3 << u"FJ"_qs;
    QTest::newRow("Antarctica near the pole") << 100.0 << -89.0 << u"AQ"_qs;
}

void TestWorldMap::hitTestsCountriesAndTheSea()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, iso);
    QCOMPARE(isoAt(m_world, lon, lat), iso);
}

void TestWorldMap::holesBelongToTheCountryInside()
{
    // Lesotho is a hole in South Africa's outline: odd-even filling leaves it to Lesotho.
    const QPointF maseru = MapProjection::project(28.2, -29.6);
    const WorldGeometry::Country *southAfrica = m_world.country(QStringLiteral("ZA"));
    QVERIFY(southAfrica);
    QVERIFY(southAfrica->bounds.contains(maseru));
    QVERIFY(!southAfrica->path.contains(maseru));
    QCOMPARE(isoAt(m_world, 28.2, -29.6), u"LS"_qs);
    QCOMPARE(isoAt(m_world, 25.0, -30.0), u"ZA"_qs);
}

void TestWorldMap::anchorsLieInsideTheirCountry()
{
    for (const WorldGeometry::Country &country : m_world.countries()) {
        const WorldGeometry::Country *hit = m_world.countryAt(country.anchor);
        QVERIFY2(hit == &country, qPrintable(country.name));
    }
}

void TestWorldMap::mapColoursCountriesByRating()
{
    m_view = std::make_unique<WorldMapView>();
    m_view->resize(900, 460);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setMinimumSamples(30);
    m_view->setResult(Metric::Lcp, 0.75,
                      {figures(u"FR"_qs, 1200, 100), figures(u"BR"_qs, 3000, 100),
                       figures(u"RU"_qs, 5000, 100), figures(u"AU"_qs, 1000, 12)},
                      {});
    QCOMPARE(m_view->shade(u"FR"_qs), WorldMapView::Shade::Good);
    QCOMPARE(m_view->shade(u"BR"_qs), WorldMapView::Shade::NeedsImprovement);
    QCOMPARE(m_view->shade(u"RU"_qs), WorldMapView::Shade::Poor);
    QCOMPARE(m_view->shade(u"AU"_qs), WorldMapView::Shade::TooFewSamples);
    QCOMPARE(m_view->shade(u"CA"_qs), WorldMapView::Shade::NoData);
    // What the user sees: the country's middle in its rating's colour.
    const QImage image = m_view->grab().toImage();
    const auto colourAt = [&](const QString &iso) {
        const std::optional<QPoint> at = m_view->positionOf(iso);
        return at ? image.pixelColor(*at * image.devicePixelRatio()) : QColor();
    };
    QCOMPARE(colourAt(u"FR"_qs), ratingColor(Rating::Good));
    QCOMPARE(colourAt(u"BR"_qs), ratingColor(Rating::NeedsImprovement));
    QCOMPARE(colourAt(u"RU"_qs), ratingColor(Rating::Poor));
    const QColor tooFew = colourAt(u"AU"_qs);
    const QColor noData = colourAt(u"CA"_qs);
    QVERIFY(tooFew != noData);
    for (const Rating rating : {Rating::Good, Rating::NeedsImprovement, Rating::Poor}) {
        QVERIFY(tooFew != ratingColor(rating));
        QVERIFY(noData != ratingColor(rating));
    }
    // A lower bar rates Australia too.
    m_view->setMinimumSamples(10);
    QCOMPARE(m_view->shade(u"AU"_qs), WorldMapView::Shade::Good);
    m_view->setMinimumSamples(30);
}

void TestWorldMap::mapClicksCountriesWithData()
{
    QSignalSpy clicked(m_view.get(), &WorldMapView::countryClicked);
    const std::optional<QPoint> france = m_view->positionOf(u"FR"_qs);
    QVERIFY(france);
    QCOMPARE(m_view->countryAt(*france), u"FR"_qs);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, *france);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).toString(), u"FR"_qs);
    // Canada has no page views, the sea is nobody's: nothing to filter to.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, *m_view->positionOf(u"CA"_qs));
    const QPoint sea = m_view->projection().toScreen(-30, 30).toPoint();
    QVERIFY(m_view->countryAt(sea).isEmpty());
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, sea);
    QCOMPARE(clicked.count(), 0);
}

void TestWorldMap::mapKeysZoomAndPan()
{
    m_view->setFocus();
    QVERIFY(m_view->projection().isReset());
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    const double zoomed = m_view->projection().zoom();
    QVERIFY(zoomed > 1);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(m_view->projection().zoom() > zoomed);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->projection().zoom(), zoomed);
    // Right shows more of the east: the map moves left, the centre east.
    const QPointF centre = m_view->projection().centre();
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QVERIFY(m_view->projection().centre().x() > centre.x());
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QVERIFY(m_view->projection().centre().y() > centre.y());
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QVERIFY(near(m_view->projection().centre(), centre, 1e-9));
    QTest::keyClick(m_view.get(), Qt::Key_0);
    QVERIFY(m_view->projection().isReset());
}

void TestWorldMap::mapWheelZoomsAtTheCursor()
{
    const QPointF cursor = m_view->projection().toScreen(139.7, 35.7);
    QWheelEvent wheel(cursor, m_view->mapToGlobal(cursor), {}, QPoint(0, 240), Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    QVERIFY(m_view->projection().zoom() > 1.3);
    QVERIFY(near(m_view->projection().toScreen(139.7, 35.7), cursor, 1e-6));
    QCOMPARE(m_view->countryAt(cursor.toPoint()), u"JP"_qs);
}

void TestWorldMap::mapDragPansWithoutClicking()
{
    QSignalSpy clicked(m_view.get(), &WorldMapView::countryClicked);
    const QPoint start = *m_view->positionOf(u"FR"_qs);
    const QPointF before = m_view->projection().toScreen(2.35, 48.86);
    const auto send = [this](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, m_view->mapToGlobal(at),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, {});
        QApplication::sendEvent(m_view.get(), &event);
    };
    send(QEvent::MouseButtonPress, start, Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(30, 10), Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(80, 40), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, start + QPoint(80, 40), Qt::NoButton);
    QVERIFY(near(m_view->projection().toScreen(2.35, 48.86), before + QPointF(80, 40), 1e-6));
    QCOMPARE(clicked.count(), 0);
    m_view->resetView();
}

void TestWorldMap::mapTooltipAndContextMenu()
{
    const QString tip = m_view->toolTipFor(u"FR"_qs);
    QVERIFY2(tip.contains(countryName(u"FR"_qs)), qPrintable(tip));
    QVERIFY(tip.contains(formatMetricValue(Metric::Lcp, 1200)));
    QVERIFY(tip.contains(formatCount(100)));
    QVERIFY(tip.contains(ratingName(Rating::Good)));
    QVERIFY(m_view->toolTipFor(u"AU"_qs).contains(formatCount(12)));
    QVERIFY(m_view->toolTipFor(u"CA"_qs).contains(u"No page views"_qs));

    QSignalSpy filters(m_view.get(), &WorldMapView::filterRequested);
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(*m_view->positionOf(u"BR"_qs)));
    auto *exclude = actionNamed(menu.get(), QStringLiteral("exclude"));
    QVERIFY(exclude && exclude->isEnabled());
    QVERIFY(exclude->text().contains(countryName(u"BR"_qs)));
    exclude->trigger();
    QCOMPARE(filters.count(), 1);
    QCOMPARE(filters.front().at(0).value<Dimension>(), Dimension::Country);
    QCOMPARE(filters.front().at(1).toString(), u"BR"_qs);
    QCOMPARE(filters.front().at(2).toBool(), true);
    QVERIFY(actionNamed(menu.get(), QStringLiteral("exportImage")));
    auto *copy = actionNamed(menu.get(), QStringLiteral("copyValue"));
    QVERIFY(copy && copy->isEnabled());
    // On the sea: no country to filter to, but the view's actions.
    std::unique_ptr<QMenu> seaMenu(
        m_view->createContextMenu(m_view->projection().toScreen(-30, 30).toPoint()));
    QVERIFY(!actionNamed(seaMenu.get(), QStringLiteral("exclude")));
    QVERIFY(actionNamed(seaMenu.get(), QStringLiteral("exportImage")));
}

void TestWorldMap::cleanupTestCase()
{
    m_view.reset();
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestWorldMap test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_worldmap.moc"
