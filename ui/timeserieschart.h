#pragma once
// The Trends page's time chart: the metric's percentile per bucket in front of subtle good /
// needs-improvement / poor bands, the period before as a dashed line, sample counts as bars
// beneath and a marker where a release appears. Dragging across it (or Shift+arrows and
// Enter) asks to brush that span, snapped to whole buckets; Escape or a double-click asks to
// reset the zoom. Painted by hand from a TrendsModel, so PNG and SVG exports match the screen.

#include "chartaxis.h"
#include "timeserieslayout.h"

#include <QWidget>

#include <optional>

class QAction;

namespace rumscope {

class TrendsModel;

class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void setModel(TrendsModel *model);
    TrendsModel *model() const { return m_model; }
    /// What the chart says when the model has no rows.
    void setEmptyText(const QString &text);
    /// Whether a brush narrows the span now: offers "Reset zoom".
    void setZoomed(bool zoomed);

    /// The bucket read out (by the pointer or the keyboard); -1 for none.
    int highlightedRow() const { return m_highlight; }
    void setHighlightedRow(int row);

    /// The area a drag brushes, and its time axis as laid out now.
    QRect plotRect() const;
    TimeAxis timeAxis() const;
    /// The readout of a row, as its tooltip says it.
    QString describeRow(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// [from, to) epoch ms: whole buckets, within the span shown.
    void brushRequested(qint64 from, qint64 to);
    void resetZoomRequested();
    /// The user moved the highlight by keyboard or click (not by hovering).
    void currentRowChanged(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    TimeSeriesLayout layout() const;
    void modelReset();
    /// Highlights row as the user's choice: tells the page and reads it out.
    void moveHighlight(int row, bool extendSelection);
    void showReadout(int row, const QPoint &globalPos);
    void requestBrush(qint64 from, qint64 to);
    std::pair<int, int> keyboardSelection() const;
    /// What is being brushed, in pixels: a drag or a Shift+arrow selection.
    std::optional<std::pair<double, double>> selection(const TimeSeriesLayout &layout) const;
    int rowAtX(double x) const;

    TrendsModel *m_model = nullptr;
    QString m_emptyText;
    QAction *m_exportAction;
    bool m_zoomed = false;
    int m_highlight = -1;
    int m_anchor = -1; ///< where a Shift+arrow selection started; -1 without one
    bool m_pressed = false;
    bool m_dragging = false;
    double m_dragStartX = 0;
    double m_dragX = 0;
};

} // namespace rumscope
