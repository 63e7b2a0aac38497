#pragma once
// A figure tile on the Overview (page views, sessions, error rate): a name, the figure, its
// change against the period before and a line of context. Focusable; its context menu copies
// the figure.

#include "periodchange.h"

#include <QWidget>

class QAction;

namespace rumscope {

class OverviewTile : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewTile(const QString &name, QWidget *parent = nullptr);

    /// changeText: "▲ 12% vs previous 7 days", shortChange ("▲ 12%") where that does not fit;
    /// change decides their colour (good news, bad news or neither).
    void setFigures(const QString &value, const QString &changeText, const QString &shortChange,
                    const PeriodChange &change, const QString &detail, const QString &toolTip);
    void clear();

    QString name() const { return m_name; }
    QString valueText() const { return m_value; }
    QString changeText() const { return m_change; }
    QString detailText() const { return m_detail; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString m_name;
    QString m_value;
    QString m_change;
    QString m_shortChange;
    PeriodChange m_changeFigures;
    QString m_detail;
    QAction *m_copyValue;
};

} // namespace rumscope
