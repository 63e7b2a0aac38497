#pragma once
// The main window: menus, drag and drop, the status bar and the message strip, and the wiring
// between the background jobs (open, import, demo), the FilterState, the dashboard controller
// and the pages. Pages never talk to each other; everything meets here.

#include "dashboardcontroller.h"
#include "store/store.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QProgressDialog;
class QTabWidget;

namespace rumscope {

class DemoStoreBuilder;
class ErrorsPage;
class EngineFollower;
class FilterState;
class ImportJob;
class LiveController;
class LivePage;
class MessageStrip;
class OverviewPage;
class RecentStores;
class StoreLoader;
class StoreStatusWidget;
class PagesPage;
class SessionsPage;
class TechnologyPage;
class TrendsPage;
class GeographyPage;
struct ImportSummary;
struct LoadedStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens storePath; without one the most recent store, else the demo store (generating it
    /// first when it does not exist yet).
    void start(const QString &storePath = {});
    void openStore(const QString &path);
    void createStore(const QString &path);
    void importFiles(const QStringList &paths);
    void buildDemoStore(const QString &path);

    /// The store shown now; empty before the first one opened.
    const QString &storePath() const { return m_storePath; }
    FilterState *filterState() const { return m_filter; }
    DashboardController *dashboard() const { return m_dashboard; }
    OverviewPage *overviewPage() const { return m_overview; }
    TechnologyPage *technologyPage() const { return m_technology; }
    TrendsPage *trendsPage() const { return m_trends; }
    GeographyPage *geographyPage() const { return m_geography; }
    PagesPage *pagesPage() const { return m_pagesPage; }
    ErrorsPage *errorsPage() const { return m_errorsPage; }
    SessionsPage *sessionsPage() const { return m_sessionsPage; }
    LiveController *live() const { return m_live; }
    LivePage *livePage() const;
    QTabWidget *pages() const { return m_pages; }
    QWidget *pageWidget(DashboardPage kind) const;
    void showPage(DashboardPage kind);
    /// Shows the Sessions page with the session's journey (once the store has loaded).
    void openSession(const QString &id);
    MessageStrip *messageStrip() const { return m_messages; }
    StoreStatusWidget *storeStatus() const { return m_status; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// Adds a tab for the page; the dashboard controller answers it while it is shown.
    void addPage(QWidget *page, const QString &title, DashboardPage kind);
    void createActions();
    void createMenus();
    void connectJobs();
    void chooseStore();
    void chooseNewStore();
    void chooseImportFiles();
    void chooseImportFolder();
    void chooseSession();
    void showAbout();
    void storeLoaded(const LoadedStore &store);
    void storeFailed(const QString &path, const QString &message);
    void importFinished(const ImportSummary &summary);
    void importProgress(qint64 bytesDone, qint64 bytesTotal, qint64 records);
    void showProgressDialog(const QString &name, const QString &title, const QString &label);
    void closeProgressDialog();
    void updateActions();
    void refreshStoreStats();

    FilterState *m_filter;
    DashboardController *m_dashboard;
    StoreLoader *m_loader;
    EngineFollower *m_follower;
    ImportJob *m_import;
    DemoStoreBuilder *m_demo;
    RecentStores *m_recent;
    MessageStrip *m_messages;
    OverviewPage *m_overview;
    TechnologyPage *m_technology;
    TrendsPage *m_trends;
    GeographyPage *m_geography;
    PagesPage *m_pagesPage;
    ErrorsPage *m_errorsPage;
    SessionsPage *m_sessionsPage;
    LiveController *m_live;
    QTabWidget *m_pages = nullptr;
    QHash<QWidget *, DashboardPage> m_pageKinds;
    StoreStatusWidget *m_status;
    QPointer<QProgressDialog> m_progressDialog;
    /// The status bar's counts, read again off the GUI thread as records arrive.
    QFutureWatcher<Result<StoreStats>> m_statsWatcher;
    QString m_statsPath; ///< the store m_statsWatcher reads
    QString m_storePath;

    QAction *m_openAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_openSessionAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace rumscope
