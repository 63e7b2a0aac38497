#pragma once
// Where live data comes from: the window's own collector (on by default, on the open store)
// and a followed remote collector. Owns both, their Collector menu, the Live page and the
// status-bar indicator; the main window hands it the open store and relays its commits to the
// views.

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace rumscope {

class EmbeddedCollector;
class LivePage;
class RemoteFeed;

class LiveController : public QObject
{
    Q_OBJECT
public:
    /// window: the parent of its dialogs.
    explicit LiveController(QWidget *window);
    ~LiveController() override;

    LivePage *page() const { return m_page; }
    QMenu *menu() const { return m_menu; }
    QLabel *indicator() const { return m_indicator; }
    EmbeddedCollector *collector() const { return m_collector; }
    RemoteFeed *feed() const { return m_feed; }

    /// The store now open: the collector moves to it; a followed feed stops (its cursor is
    /// the other store's).
    void setStore(const QString &path);
    /// Follows the collector at url into the open store (what the Connect dialog does).
    void connectTo(const QUrl &url, const QByteArray &token);

Q_SIGNALS:
    /// Records were committed to the open store: the views catch up.
    void committed();
    /// For the message strip.
    void warning(const QString &message);

private:
    void applySettings();
    void chooseSettings();
    void chooseCollector();
    void updateIndicator();

    QWidget *m_window;
    EmbeddedCollector *m_collector;
    RemoteFeed *m_feed;
    LivePage *m_page;
    QLabel *m_indicator;
    QMenu *m_menu;
    QAction *m_receiveAction;
    QAction *m_settingsAction;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QString m_storePath;
    QString m_collectorProblem;
};

} // namespace rumscope
