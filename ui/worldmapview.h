#pragma once
// The Geography page's world map: every country in its rating's colour for the metric's
// percentile, greyed where its samples are too few to trust, the countries the filter picks
// outlined. Hover for a country's figures, click to filter to it (again to show the world),
// right-click for more; the wheel and +/- zoom, a drag and the arrow keys pan, 0 resets.
// Passive: it shows what the Geography page hands it and asks for filters by signal.

#include "mapprojection.h"
#include "query/dimension.h"
#include "query/metricquery.h"
#include "worldgeometry.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QMenu;

namespace rumscope {

class WorldMapView : public QWidget
{
    Q_OBJECT
public:
    /// How a country is filled.
    enum class Shade
    {
        NoData,        ///< no page views, or none with the metric
        TooFewSamples, ///< fewer samples than the minimum: not rated
        Good,
        NeedsImprovement,
        Poor,
    };

    explicit WorldMapView(QWidget *parent = nullptr);

    /// The metric's percentile by country (rows grouped by Dimension::Country).
    void setResult(Metric metric, double percentile, const QList<MetricSummary> &countries,
                   const QStringList &selected);
    void setMinimumSamples(int minimum);
    /// A line under the legend (which countries with data the map cannot draw); empty: none.
    void setFootnote(const QString &footnote);
    void clear();

    const WorldGeometry &geometry() const { return m_geometry; }
    const MapProjection &projection() const { return m_projection; }
    Metric metric() const { return m_metric; }
    const QStringList &selectedCountries() const { return m_selected; }
    Shade shade(const QString &iso) const;

    /// The code of the country drawn at a widget position; empty for the sea.
    QString countryAt(QPoint position) const;
    /// Where a point well inside the country is on screen now; nothing when the map has no
    /// outline for it.
    std::optional<QPoint> positionOf(const QString &iso) const;
    /// What hovering the country shows.
    QString toolTipFor(const QString &iso) const;
    /// The context menu for a widget position (on a country or the sea); the caller owns it.
    QMenu *createContextMenu(QPoint position);

    void zoomIn();
    void zoomOut();
    void resetView();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A click on a country with page views, or on one the filter picks.
    void countryClicked(const QString &iso);
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);
    /// "Show All Countries": the country condition should go.
    void worldRequested();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    bool isClickable(const QString &iso) const;
    QColor shadeColor(Shade shade) const;
    QString valueText(const QString &iso) const;
    void paintLegend(QPainter &painter);
    void setHovered(const QString &iso);
    void updateCursor();

    WorldGeometry m_geometry;
    QPainterPath m_outline;
    QPainterPath m_graticule;
    MapProjection m_projection;
    Metric m_metric = Metric::Lcp;
    double m_percentile = 0.75;
    QHash<QString, MetricSummary> m_figures;
    QStringList m_selected;
    int m_minimumSamples = 1;
    QString m_footnote;
    QString m_hovered;
    QPoint m_pressPosition;
    QPoint m_lastDragPosition;
    bool m_pressed = false;
    bool m_dragging = false;
    QAction *m_exportAction;
};

} // namespace rumscope
