#include "worldgeometry.h"

#include "mapprojection.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace rumscope {
namespace {
/// Longer edges are cut into pieces of at most this many degrees before projecting: the
/// projection bends meridians, and an edge along ±180° can be long.
constexpr double kMaxEdgeDegrees = 1.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("rumscope::WorldGeometry", text);
}

/// Adds the projected ring to path, densified; returns its area (shoelace, projected units).
double addRing(QPainterPath &path, const QJsonArray &ring, QPointF *centroid)
{
    QPolygonF polygon;
    const qsizetype points = ring.size() / 2;
    for (qsizetype i = 0; i < points; ++i) {
        const double lon = ring.at(2 * i).toDouble();
        const double lat = ring.at(2 * i + 1).toDouble();
        if (i > 0) {
            const double lon0 = ring.at(2 * i - 2).toDouble();
            const double lat0 = ring.at(2 * i - 1).toDouble();
            const int pieces = int(
                std::ceil(std::max(std::abs(lon - lon0), std::abs(lat - lat0)) / kMaxEdgeDegrees));
            for (int piece = 1; piece < pieces; ++piece) {
                const double t = double(piece) / pieces;
                polygon.append(
                    MapProjection::project(lon0 + (lon - lon0) * t, lat0 + (lat - lat0) * t));
            }
        }
        polygon.append(MapProjection::project(lon, lat));
    }
    if (polygon.size() < 4)
        return 0;
    path.addPolygon(polygon);
    path.closeSubpath();
    double area = 0;
    double cx = 0;
    double cy = 0;
    for (qsizetype i = 0; i + 1 < polygon.size(); ++i) {
        const QPointF a = polygon.at(i);
        const QPointF b = polygon.at(i + 1);
        const double cross = a.x() * b.y() - b.x() * a.y();
        area += cross;
        cx += (a.x() + b.x()) * cross;
        cy += (a.y() + b.y()) * cross;
    }
    area /= 2;
    if (centroid && area != 0)
        *centroid = QPointF(cx / (6 * area), cy / (6 * area));
    return std::abs(area);
}

/// A point inside path on the horizontal line at y: the middle of the widest stretch the
/// odd-even rule fills there.
std::optional<QPointF> insideOnLine(const QPainterPath &path, double y)
{
    std::vector<double> crossings;
    for (const QPolygonF &polygon : path.toSubpathPolygons()) {
        for (qsizetype i = 0; i + 1 < polygon.size(); ++i) {
            const QPointF a = polygon.at(i);
            const QPointF b = polygon.at(i + 1);
            if ((a.y() <= y) != (b.y() <= y))
                crossings.push_back(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
    }
    std::sort(crossings.begin(), crossings.end());
    std::optional<QPointF> best;
    double widest = 0;
    for (size_t i = 0; i + 1 < crossings.size(); i += 2) {
        if (crossings[i + 1] - crossings[i] > widest) {
            widest = crossings[i + 1] - crossings[i];
            best = QPointF((crossings[i] + crossings[i + 1]) / 2, y);
        }
    }
    return best;
}
} // namespace

WorldGeometry WorldGeometry::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : tr("The world map data is not a list of countries.");
        return {};
    }
    WorldGeometry geometry;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        Country country;
        country.iso = object.value(u"iso").toString();
        country.name = object.value(u"name").toString();
        country.path.setFillRule(Qt::OddEvenFill);
        double largest = 0;
        QPointF centroid;
        for (const QJsonValue &ring : object.value(u"rings").toArray()) {
            QPointF ringCentroid;
            const double area = addRing(country.path, ring.toArray(), &ringCentroid);
            if (area > largest) {
                largest = area;
                centroid = ringCentroid;
            }
        }
        if (country.path.isEmpty())
            continue;
        country.bounds = country.path.boundingRect();
        // The main part's centroid, unless it falls outside (a crescent, a hole); then the
        // middle of the widest stretch across the main part's middle line.
        country.anchor = centroid;
        if (!country.path.contains(centroid))
            country.anchor = insideOnLine(country.path, centroid.y()).value_or(centroid);
        if (!country.iso.isEmpty() && !geometry.m_byIso.contains(country.iso))
            geometry.m_byIso.insert(country.iso, int(geometry.m_countries.size()));
        geometry.m_countries.push_back(std::move(country));
    }
    if (geometry.isEmpty() && error)
        *error = tr("The world map data holds no countries.");
    return geometry;
}

WorldGeometry WorldGeometry::fromResource()
{
    QFile file(QStringLiteral(":/world/countries-110m.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.readAll());
}

const WorldGeometry::Country *WorldGeometry::country(const QString &iso) const
{
    const auto found = m_byIso.constFind(iso);
    return found == m_byIso.cend() ? nullptr : &m_countries[size_t(*found)];
}

const WorldGeometry::Country *WorldGeometry::countryAt(QPointF projected) const
{
    for (const Country &country : m_countries) {
        if (country.bounds.contains(projected) && country.path.contains(projected))
            return &country;
    }
    return nullptr;
}

QPainterPath WorldGeometry::outline()
{
    QPolygonF polygon;
    for (int lat = -90; lat <= 90; ++lat)
        polygon.append(MapProjection::project(-180, lat));
    for (int lat = 90; lat >= -90; --lat)
        polygon.append(MapProjection::project(180, lat));
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

QPainterPath WorldGeometry::graticule(double step)
{
    QPainterPath path;
    if (!(step > 0))
        return path;
    for (double lon = -180 + step; lon < 180 - 1e-9; lon += step) {
        QPolygonF meridian;
        for (int lat = -90; lat <= 90; ++lat)
            meridian.append(MapProjection::project(lon, lat));
        path.addPolygon(meridian);
    }
    for (double lat = -90 + step; lat < 90 - 1e-9; lat += step) {
        path.moveTo(MapProjection::project(-180, lat));
        path.lineTo(MapProjection::project(180, lat)); // parallels are straight in Equal Earth
    }
    return path;
}

QString countryName(const QString &iso, const QString &fallback)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(iso);
    if (territory != QLocale::AnyTerritory && iso.size() == 2)
        return QLocale::territoryToString(territory);
    if (!fallback.isEmpty())
        return fallback;
    return iso;
}

} // namespace rumscope
