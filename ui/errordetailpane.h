#pragma once
// The Errors view's detail pane for the group selected in the list: its kind, type and full
// message, its figures for the filter, and one occurrence read from the store — when and on
// which page it last happened and in which session, the failed resource's URL and HTTP
// status, and the stack as a list of frames and as the raw text the browser reported.

#include "query/errorexample.h"
#include "query/errorgroups.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace rumscope {

class ErrorKindBadge;

class ErrorDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorDetailPane(QWidget *parent = nullptr);

    /// Shows the group's message and figures. A group other than the one shown drops the
    /// occurrence shown and waits for showExample(); the same one keeps it.
    void showGroup(const ErrorGroup &group);
    /// The group's latest occurrence, as read from the store.
    void showExample(const ErrorExample &example);
    /// Reading the occurrence failed: says why in place of it.
    void showExampleFailed(const QString &message);
    /// Back to asking the user to pick a group.
    void clear();

    /// The group shown; empty when none is.
    const QString &fingerprint() const { return m_group.fingerprint; }
    const std::optional<ErrorExample> &example() const { return m_example; }

    // For tests and accessibility checks: what the user reads.
    QLabel *messageLabel() const { return m_message; }
    /// The occurrence's own message, shown when it words the error otherwise than the group.
    QLabel *occurrenceMessageLabel() const { return m_occurrenceMessage; }
    QLabel *pageUrlLabel() const { return m_pageUrl; }
    QLabel *sessionLabel() const { return m_session; }
    QLabel *resourceUrlLabel() const { return m_resourceUrl; }
    QLabel *httpStatusLabel() const { return m_httpStatus; }
    QTreeWidget *framesView() const { return m_frames; }
    QPlainTextEdit *rawStackView() const { return m_rawStack; }
    QPushButton *showSessionsButton() const { return m_showSessions; }
    /// Whether the resource URL and HTTP status rows are on show.
    bool showsResource() const;

Q_SIGNALS:
    void sessionsRequested(const QString &fingerprint);
    void filterRequested(const QString &fingerprint, bool exclude);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applySecondaryColour();
    QWidget *createHeader();
    QWidget *createOccurrence();
    QWidget *createStack();
    void showFramesMenu(const QPoint &position);
    void setOccurrenceRowsVisible(bool visible);

    ErrorGroup m_group;
    std::optional<ErrorExample> m_example;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    ErrorKindBadge *m_badge = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_figures = nullptr;
    QPushButton *m_showSessions = nullptr;
    QPushButton *m_filterTo = nullptr;
    QToolButton *m_more = nullptr;
    QLabel *m_occurrenceStatus = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_occurrenceMessage = nullptr;
    QLabel *m_pageUrl = nullptr;
    QLabel *m_session = nullptr;
    QToolButton *m_copySession = nullptr;
    QLabel *m_release = nullptr;
    QLabel *m_resourceUrl = nullptr;
    QLabel *m_httpStatus = nullptr;
    QLabel *m_occurrences = nullptr;
    QTabWidget *m_stackTabs = nullptr;
    QTreeWidget *m_frames = nullptr;
    QPlainTextEdit *m_rawStack = nullptr;
};

} // namespace rumscope
