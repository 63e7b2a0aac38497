#include "mapprojection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rumscope {
namespace {
// The polynomial's coefficients, from the paper (doi:10.1080/13658816.2018.1504949).
constexpr double kA1 = 1.340264;
constexpr double kA2 = -0.081106;
constexpr double kA3 = 0.000893;
constexpr double kA4 = 0.003796;
const double kM = std::sqrt(3.0) / 2.0;
constexpr double kDegree = std::numbers::pi / 180.0;

/// y as a polynomial of the parametric latitude θ …
double polynomial(double theta)
{
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return theta * (kA1 + kA2 * t2 + t6 * (kA3 + kA4 * t2));
}

/// … and its derivative, which also scales x.
double derivative(double theta)
{
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return kA1 + 3 * kA2 * t2 + t6 * (7 * kA3 + 9 * kA4 * t2);
}

const double kMaxTheta = std::asin(kM); // at the poles: π/3
const double kMaxX = std::numbers::pi / (kM * derivative(0));
const double kMaxY = polynomial(kMaxTheta);
} // namespace

QPointF MapProjection::project(double longitude, double latitude)
{
    const double lambda = std::clamp(longitude, -180.0, 180.0) * kDegree;
    const double phi = std::clamp(latitude, -90.0, 90.0) * kDegree;
    const double theta = std::asin(kM * std::sin(phi));
    return {lambda * std::cos(theta) / (kM * derivative(theta)), polynomial(theta)};
}

std::optional<QPointF> MapProjection::unproject(QPointF point)
{
    constexpr double kSlack = 1e-9;
    if (std::abs(point.y()) > kMaxY + kSlack)
        return std::nullopt;
    const double y = std::clamp(point.y(), -kMaxY, kMaxY);
    // Newton's method on y = polynomial(θ); the polynomial is monotonic on [-π/3, π/3].
    double theta = y;
    for (int i = 0; i < 20; ++i) {
        const double step = (polynomial(theta) - y) / derivative(theta);
        theta = std::clamp(theta - step, -kMaxTheta, kMaxTheta);
        if (std::abs(step) < 1e-12)
            break;
    }
    const double lambda = kM * point.x() * derivative(theta) / std::cos(theta);
    if (std::abs(lambda) > std::numbers::pi + kSlack)
        return std::nullopt;
    const double phi = std::asin(std::clamp(std::sin(theta) / kM, -1.0, 1.0));
    return QPointF(std::clamp(lambda / kDegree, -180.0, 180.0), phi / kDegree);
}

QRectF MapProjection::worldBounds()
{
    return {-kMaxX, -kMaxY, 2 * kMaxX, 2 * kMaxY};
}

void MapProjection::setViewport(const QRectF &viewport)
{
    m_viewport = viewport;
    clampCentre();
}

double MapProjection::fitScale() const
{
    const QRectF world = worldBounds();
    return std::max(
        1e-9, std::min(m_viewport.width() / world.width(), m_viewport.height() / world.height()));
}

double MapProjection::scale() const
{
    return fitScale() * m_zoom;
}

QTransform MapProjection::transform() const
{
    const double s = scale();
    const QPointF c = m_viewport.center();
    return {s, 0, 0, -s, c.x() - s * m_centre.x(), c.y() + s * m_centre.y()};
}

QPointF MapProjection::projectedToScreen(QPointF projected) const
{
    const double s = scale();
    const QPointF c = m_viewport.center();
    return {c.x() + s * (projected.x() - m_centre.x()), c.y() - s * (projected.y() - m_centre.y())};
}

QPointF MapProjection::screenToProjected(QPointF screen) const
{
    const double s = scale();
    const QPointF c = m_viewport.center();
    return {m_centre.x() + (screen.x() - c.x()) / s, m_centre.y() - (screen.y() - c.y()) / s};
}

QPointF MapProjection::toScreen(double longitude, double latitude) const
{
    return projectedToScreen(project(longitude, latitude));
}

std::optional<QPointF> MapProjection::toGeo(QPointF screen) const
{
    return unproject(screenToProjected(screen));
}

void MapProjection::zoomAt(QPointF screen, double factor)
{
    if (!(factor > 0))
        return;
    const QPointF anchor = screenToProjected(screen);
    m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    // Solve for the centre that puts anchor back under screen.
    const double s = scale();
    const QPointF c = m_viewport.center();
    m_centre = {anchor.x() - (screen.x() - c.x()) / s, anchor.y() + (screen.y() - c.y()) / s};
    clampCentre();
}

void MapProjection::panBy(QPointF delta)
{
    const double s = scale();
    m_centre -= QPointF(delta.x() / s, -delta.y() / s);
    clampCentre();
}

void MapProjection::reset()
{
    m_zoom = kMinZoom;
    m_centre = {};
}

void MapProjection::clampCentre()
{
    // At zoom 1 the whole world shows, centred. Zoomed in, the centre stays on the world, so
    // the map can never be dragged out of sight; zooming in at a point of the world then
    // always keeps that point under the cursor (the new centre lies between it and the old).
    if (m_zoom <= kMinZoom) {
        m_centre = {};
        return;
    }
    const QRectF world = worldBounds();
    m_centre.setX(std::clamp(m_centre.x(), world.left(), world.right()));
    m_centre.setY(std::clamp(m_centre.y(), world.top(), world.bottom()));
}

} // namespace rumscope
