#include "connectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rumscope {

ConnectDialog::ConnectDialog(const QString &storeName, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit)
    , m_token(new QLineEdit)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Collector"));
    m_url->setObjectName(QStringLiteral("collectorUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://rum.example.com:8787"));
    m_token->setObjectName(QStringLiteral("collectorToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("the collector's --read-token"));
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);

    auto *intro = new QLabel(tr("Beacons that a rumscope collector (<tt>rumscope-cli serve</tt>) "
                                "receives are copied into %1 as they arrive, and keep coming "
                                "after a break where they left off.")
                                 .arg(storeName.toHtmlEscaped()));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Collector &URL:"), m_url);
    form->addRow(tr("Read &token:"), m_token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_token, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
    resize(520, sizeHint().height());
}

QUrl ConnectDialog::url() const
{
    return QUrl::fromUserInput(m_url->text().trimmed());
}

QByteArray ConnectDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

void ConnectDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void ConnectDialog::validate()
{
    const QUrl url = this->url();
    QString problem;
    if (!m_url->text().trimmed().isEmpty() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != u"http" && url.scheme() != u"https")))
        problem = tr("The URL must be http:// or https:// with a host name.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_connect->setEnabled(problem.isEmpty() && !m_url->text().trimmed().isEmpty() &&
                          !token().isEmpty());
}

void ConnectDialog::accept()
{
    validate();
    if (m_connect->isEnabled())
        QDialog::accept();
}

} // namespace rumscope
