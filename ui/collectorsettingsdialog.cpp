#include "collectorsettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rumscope {

CollectorSettingsDialog::CollectorSettingsDialog(const CollectorSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_enabled(new QCheckBox(tr("Receive beacons while a store is open")))
    , m_port(new QSpinBox)
    , m_origins(new QLineEdit)
    , m_appKey(new QLineEdit)
{
    setObjectName(QStringLiteral("collectorSettingsDialog"));
    setWindowTitle(tr("Collector Settings"));
    m_enabled->setChecked(settings.enabled);
    m_port->setObjectName(QStringLiteral("collectorPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(settings.port);
    m_origins->setObjectName(QStringLiteral("collectorOrigins"));
    m_origins->setPlaceholderText(tr("any origin"));
    m_origins->setText(settings.allowedOrigins.join(u' '));
    m_origins->setToolTip(tr("Origins whose pages may send, e.g. https://shop.example.com, "
                             "separated by spaces."));
    m_appKey->setObjectName(QStringLiteral("collectorAppKey"));
    m_appKey->setPlaceholderText(tr("none"));
    m_appKey->setText(settings.appKey);

    auto *note = new QLabel(tr("The window's collector listens on 127.0.0.1, for SDKs on this "
                               "machine. For a team, run <tt>rumscope-cli serve</tt> on a server "
                               "and follow it with Collector ▸ Connect to Collector…"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Allowed &origins:"), m_origins);
    form->addRow(tr("App &key:"), m_appKey);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

CollectorSettings CollectorSettingsDialog::settings() const
{
    CollectorSettings settings = m_settings;
    settings.enabled = m_enabled->isChecked();
    settings.port = quint16(m_port->value());
    settings.allowedOrigins =
        m_origins->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    settings.appKey = m_appKey->text().trimmed();
    return settings;
}

} // namespace rumscope
