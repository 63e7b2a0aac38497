#pragma once
// Technology: the chosen metric by browser (drilling into versions once one browser is filtered
// to), operating system, device type and connection type. Passive: it shows what the dashboard
// controller hands it; a click on a row asks to filter to that value.

#include "dashboardcontroller.h"

#include <QWidget>

class QLabel;

namespace rumscope {

class BreakdownModel;
class BreakdownView;

class TechnologyPage : public QWidget
{
    Q_OBJECT
public:
    explicit TechnologyPage(QWidget *parent = nullptr);

    void showResult(const TechnologyResult &result);
    void clear();

    BreakdownModel *browserModel() const { return m_browsers; }
    BreakdownModel *systemModel() const { return m_systems; }
    BreakdownModel *deviceModel() const { return m_devices; }
    BreakdownModel *connectionModel() const { return m_connections; }
    QList<BreakdownView *> views() const { return m_views; }

Q_SIGNALS:
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);

private:
    BreakdownModel *m_browsers;
    BreakdownModel *m_systems;
    BreakdownModel *m_devices;
    BreakdownModel *m_connections;
    QList<BreakdownView *> m_views;
    QLabel *m_summary;
};

} // namespace rumscope
