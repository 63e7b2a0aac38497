#pragma once
// A non-modal message line at the top of the window (like KDE's KMessageWidget): errors and
// summaries of background work appear here instead of in dialogs that block the user.

#include <QFrame>

class QLabel;
class QToolButton;

namespace rumscope {

class MessageStrip : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Information,
        Warning,
        Error
    };
    Q_ENUM(Level)

    explicit MessageStrip(QWidget *parent = nullptr);

    /// Shows text (plain, may span lines), replacing whatever was shown.
    void showMessage(Level level, const QString &text);
    void dismiss();

    Level level() const { return m_level; }
    QString text() const;

Q_SIGNALS:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor accent() const;

    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace rumscope
