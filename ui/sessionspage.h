#pragma once
// Sessions: the sessions the filter selects, searchable by session id prefix or user id, and
// the journey of the one opened — every page view, interaction, error, long task and resource
// in time order on a zoomable timeline, with the selected item's details beside it. Support
// staff open a customer's session here by its id (Ctrl+L, or rumscope --session ID STORE).

#include "dashboardcontroller.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QScrollArea;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace rumscope {

class JourneyLoader;
class JourneyTimeline;
class SessionListModel;
struct SessionJourney;

class SessionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget *parent = nullptr);

    void showResult(const SessionsResult &result);
    /// No store: an empty list.
    void clear();
    /// The store journeys are read from. Another store drops the journey shown; a session asked
    /// for before any store was open loads now.
    void setStorePath(const QString &path);
    /// Reads the session's journey (off the GUI thread) and shows it; an unknown id shows why.
    void openSession(const QString &sessionId);

    SessionListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    JourneyTimeline *timeline() const { return m_timeline; }
    QTextBrowser *details() const { return m_details; }
    /// The session whose journey is shown; empty when none.
    const QString &shownSessionId() const { return m_shownId; }
    /// Why the last session asked for could not be shown; empty when it was.
    const QString &journeyMessage() const { return m_message; }
    bool isLoadingJourney() const;

Q_SIGNALS:
    /// The search box's text, settled (typing pauses for a quarter of a second).
    void searchRequested(const QString &search);
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);
    void journeyShown(const QString &sessionId);
    void journeyFailed(const QString &sessionId, const QString &message);

private:
    QWidget *createJourneyArea();
    void showJourney(const SessionJourney &journey);
    void showFailure(const QString &sessionId, const QString &message);
    void showDetails(int item);
    void updateZoomButtons();
    void showListMenu(const QPoint &position);
    void openRow(const QModelIndex &index);
    /// Selects the shown session's row in the list, if the list holds it.
    void selectShownRow();

    SessionListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTableView *m_table;
    QSplitter *m_splitter;
    QSplitter *m_journeySplitter = nullptr;
    QLabel *m_journeyTitle = nullptr;
    QScrollArea *m_scroll = nullptr;
    JourneyTimeline *m_timeline = nullptr;
    QTextBrowser *m_details = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomFit = nullptr;
    QTimer *m_searchTimer;
    QTimer *m_openTimer;
    JourneyLoader *m_loader;
    QString m_storePath;
    QString m_pendingId; ///< asked for before a store was open
    QString m_shownId;
    QString m_message;
};

} // namespace rumscope
