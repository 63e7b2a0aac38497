#pragma once
// Where a longitude and latitude land on the world map: the Equal Earth projection (Šavrič,
// Patterson and Jenny 2018), which keeps every country's area true, fitted into a widget's
// rectangle, with the zoom and pan the user chose. A value type, so it is tested without a
// widget.

#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <optional>

namespace rumscope {

class MapProjection
{
public:
    static constexpr double kMinZoom = 1.0;
    static constexpr double kMaxZoom = 40.0;

    /// Equal Earth of a sphere of radius 1: x grows east, y north; (0°, 0°) is (0, 0).
    /// Degrees in; longitudes beyond ±180 and latitudes beyond ±90 are clamped.
    static QPointF project(double longitude, double latitude);
    /// The inverse: (longitude, latitude) in degrees as (x, y), or nothing for a point off the
    /// map (beyond the ±180° meridians or the poles' lines).
    static std::optional<QPointF> unproject(QPointF point);
    /// The projected world, y north-up: from (-maxX, -maxY) to (maxX, maxY).
    static QRectF worldBounds();

    /// The widget rectangle the world is fitted into (whole, centred) at zoom 1.
    void setViewport(const QRectF &viewport);
    const QRectF &viewport() const { return m_viewport; }

    double zoom() const { return m_zoom; }
    /// The projected point shown at the viewport's centre.
    QPointF centre() const { return m_centre; }
    /// Pixels per projected unit.
    double scale() const;
    /// Projected coordinates → widget pixels (y flipped: north is up on screen).
    QTransform transform() const;

    QPointF projectedToScreen(QPointF projected) const;
    QPointF screenToProjected(QPointF screen) const;
    QPointF toScreen(double longitude, double latitude) const;
    /// The longitude and latitude under a widget pixel, or nothing off the map.
    std::optional<QPointF> toGeo(QPointF screen) const;

    /// Multiplies the zoom by factor (clamped to [kMinZoom, kMaxZoom]), keeping the map point
    /// under the screen point where it is.
    void zoomAt(QPointF screen, double factor);
    /// Moves the map by delta pixels, as a drag does.
    void panBy(QPointF delta);
    /// The whole world, centred.
    void reset();
    bool isReset() const { return m_zoom == kMinZoom && m_centre.isNull(); }

private:
    double fitScale() const;
    void clampCentre();

    QRectF m_viewport{0, 0, 1, 1};
    double m_zoom = kMinZoom;
    QPointF m_centre;
};

} // namespace rumscope
