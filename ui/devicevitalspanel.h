#pragma once
// The Overview's "Passes Core Web Vitals" block: a row per device type with its verdict and
// its LCP, INP and CLS in their ratings' colours, painted from a DeviceVitalsModel. Up and Down
// pick a row; a click or Enter filters every view to its device type; the context menu copies
// it, filters to it or excludes it.

#include "query/dimension.h"

#include <QWidget>

#include <array>

class QAbstractItemModel;

namespace rumscope {

class DeviceVitalsModel;

class DeviceVitalsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceVitalsPanel(QWidget *parent = nullptr);

    void setModel(DeviceVitalsModel *model);
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    /// The row painted at y (widget coordinates); -1 for none.
    int rowAt(int y) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Columns
    {
        int device = 0;
        int verdict = 0;
        std::array<int, 3> vitalRight{}; ///< right edges of LCP, INP and CLS
        int vitalWidth = 0;
    };
    Columns columns() const;
    int rowHeight() const;
    int firstRowTop() const;
    int rows() const;
    void paintVerdict(QPainter &painter, const QRect &cell, int row) const;
    void requestFilter(int row, bool exclude);

    DeviceVitalsModel *m_model = nullptr;
    int m_current = -1;
};

} // namespace rumscope
