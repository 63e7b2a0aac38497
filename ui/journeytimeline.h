#pragma once
// The journey of one session, drawn: a lane each for page views (with their vitals), route
// changes among them, interactions, errors, long tasks, resources and measurements along the
// session's time, zoomable and pannable; below, the waterfall of the selected page view's
// resources against its navigation start, with its vitals marked. Every item has a tooltip;
// a click (or the arrow keys) selects one.

#include "journeylanes.h"
#include "timelinescale.h"

#include <QWidget>

class QAction;

namespace rumscope {

class JourneyTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyTimeline(QWidget *parent = nullptr);

    /// Shows a journey: everything visible, nothing selected, its first page view's waterfall.
    void setLanes(JourneyLanes lanes);
    /// Shows text (a hint, "Loading…") instead of a journey.
    void clear(const QString &placeholder);
    const JourneyLanes &lanes() const { return m_lanes; }
    bool hasJourney() const { return m_hasJourney; }
    const TimelineScale &scale() const { return m_scale; }

    int selectedItem() const { return m_selected; }
    /// The page view whose resources the waterfall shows; -1 when the session has none.
    int selectedPageView() const { return m_pageView; }
    /// Selects an item (-1: none), shows its page view's waterfall and pans it into view.
    void selectItem(int item);
    void selectPageView(int pageView);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    /// Zooms to an item: a page view's whole span, anything else with some time around it.
    void zoomToItem(int item);

    /// Where an item is drawn on its lane, in widget coordinates (empty when scrolled away).
    QRectF laneRect(int item) const;
    /// The waterfall row of a resource item, in widget coordinates (empty when not shown).
    QRectF waterfallRect(int item) const;
    /// The item drawn at a point (lanes or waterfall), or -1.
    int itemAt(const QPointF &point) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void selectionChanged(int item);
    void pageViewChanged(int pageView);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    /// Where everything goes, from the font and the widget's size.
    struct Geometry
    {
        int margin = 8;
        int labelWidth = 120;
        QRectF plot; ///< the lanes' drawing area, x from the scale
        int axisHeight = 0;
        int smallLine = 0;
        std::array<QRectF, kJourneyLaneCount> lanes; ///< full width, label included
        QRectF legend;
        QRectF waterfallTitle;
        QRectF waterfallAxis;
        QRectF waterfallPlot; ///< rows' bar area
        int waterfallLabelWidth = 0;
        int rowHeight = 0;
        int height = 0;
    };
    Geometry geometry() const;
    void updateGeometryHint();
    void setScaleWidth();
    TimelineScale waterfallScale(const Geometry &geometry) const;
    double waterfallStart(int item) const;

    void paintAxis(QPainter &painter, const Geometry &geometry) const;
    void paintLanes(QPainter &painter, const Geometry &geometry) const;
    void paintPageView(QPainter &painter, const Geometry &geometry, int view) const;
    void paintLegend(QPainter &painter, const Geometry &geometry) const;
    void paintWaterfall(QPainter &painter, const Geometry &geometry) const;
    QRectF laneRect(const Geometry &geometry, int item) const;
    QString waterfallToolTip(const QPointF &point) const;

    void panBy(double pixels);
    void stepSelection(int delta);
    void stepPageView(int delta);

    JourneyLanes m_lanes;
    bool m_hasJourney = false;
    QString m_placeholder;
    TimelineScale m_scale;
    int m_selected = -1;
    int m_pageView = -1;
    QPointF m_pressPosition;
    double m_lastDragX = 0;
    bool m_dragging = false;
    QAction *m_exportAction;
};

} // namespace rumscope
