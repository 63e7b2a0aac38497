#pragma once
// Collector ▸ Connect to Collector…: a remote collector's address and read token. The open
// store follows its feed.

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rumscope {

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const QString &storeName, QWidget *parent = nullptr);

    QUrl url() const;
    QByteArray token() const;
    void setUrl(const QString &url);

    void accept() override;

private:
    void validate();

    QLineEdit *m_url;
    QLineEdit *m_token;
    QLabel *m_problem;
    QPushButton *m_connect;
};

} // namespace rumscope
