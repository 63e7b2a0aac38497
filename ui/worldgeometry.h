#pragma once
// The world map's country outlines (Natural Earth 1:110m, resources/world/README.md), read
// once and projected with Equal Earth into painter paths, and which country a projected point
// falls in. The rings of a country are filled odd-even, so a hole (Lesotho inside South
// Africa) belongs to no one but the country drawn in it.

#include <QHash>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <vector>

class QByteArray;

namespace rumscope {

class WorldGeometry
{
public:
    struct Country
    {
        QString iso;       ///< ISO 3166-1 alpha-2; empty for the two areas without one
        QString name;      ///< Natural Earth's short English name, a fallback label
        QPainterPath path; ///< projected (MapProjection::project units), odd-even filled
        QRectF bounds;     ///< of path
        QPointF anchor;    ///< a projected point inside the country, near its main part's middle
    };

    /// Reads the file's format; an empty geometry (and the reason in error) when it is not.
    static WorldGeometry fromJson(const QByteArray &json, QString *error = nullptr);
    /// The copy embedded in the application (":/world/countries-110m.json").
    static WorldGeometry fromResource();

    bool isEmpty() const { return m_countries.empty(); }
    const std::vector<Country> &countries() const { return m_countries; }
    /// The country with this code, or nullptr when the map has no outline for it.
    const Country *country(const QString &iso) const;
    /// The country a projected point lies in, or nullptr for the sea (and off the map).
    const Country *countryAt(QPointF projected) const;

    /// The outline of the whole projected world: the ±180° meridians and the poles' lines.
    static QPainterPath outline();
    /// Meridians and parallels every step degrees, projected.
    static QPainterPath graticule(double step);

private:
    std::vector<Country> m_countries;
    QHash<QString, int> m_byIso;
};

/// The country's name for the user ("United States" for "US"); Natural Earth's name, then the
/// code itself, when the locale data does not know the code.
QString countryName(const QString &iso, const QString &fallback = {});

} // namespace rumscope
