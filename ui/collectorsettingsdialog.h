#pragma once
// Collector ▸ Collector Settings…: the port the window's collector listens on (127.0.0.1),
// the origins whose pages may send, and an app key beacons must carry.

#include "collectorsettings.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace rumscope {

class CollectorSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CollectorSettingsDialog(const CollectorSettings &settings, QWidget *parent = nullptr);
    CollectorSettings settings() const;

private:
    CollectorSettings m_settings;
    QCheckBox *m_enabled;
    QSpinBox *m_port;
    QLineEdit *m_origins;
    QLineEdit *m_appKey;
};

} // namespace rumscope
