#include "mainwindow.h"

#include "collectorsettings.h"
#include "dashboardcontroller.h"
#include "demostorebuilder.h"
#include "displayformat.h"
#include "enginefollower.h"
#include "errorspage.h"
#include "filekind.h"
#include "filterbar.h"
#include "filterstate.h"
#include "geographypage.h"
#include "importjob.h"
#include "livecontroller.h"
#include "livepage.h"
#include "messagestrip.h"
#include "overviewpage.h"
#include "pagespage.h"
#include "recentstores.h"
#include "sessionspage.h"
#include "storeloader.h"
#include "storestatuswidget.h"
#include "technologypage.h"
#include "trendspage.h"
#include "viewstate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace rumscope {
namespace {
int permille(qint64 done, qint64 total)
{
    return total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
}

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_filter(new FilterState(this))
    , m_dashboard(new DashboardController(m_filter, this))
    , m_loader(new StoreLoader(this))
    , m_follower(new EngineFollower(this))
    , m_import(new ImportJob(this))
    , m_demo(new DemoStoreBuilder(this))
    , m_recent(new RecentStores(this))
    , m_messages(new MessageStrip)
    , m_overview(new OverviewPage)
    , m_technology(new TechnologyPage)
    , m_trends(new TrendsPage)
    , m_geography(new GeographyPage)
    , m_pagesPage(new PagesPage)
    , m_errorsPage(new ErrorsPage)
    , m_sessionsPage(new SessionsPage)
    , m_live(new LiveController(this))
    , m_status(new StoreStatusWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("rumscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rumscope.svg")));
    setAcceptDrops(true);

    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    addPage(m_overview, tr("Overview"), DashboardPage::Overview);
    addPage(m_trends, tr("Trends"), DashboardPage::Trends);
    addPage(m_geography, tr("Geography"), DashboardPage::Geography);
    addPage(m_technology, tr("Technology"), DashboardPage::Technology);
    addPage(m_pagesPage, tr("Pages"), DashboardPage::Pages);
    addPage(m_errorsPage, tr("Errors"), DashboardPage::Errors);
    addPage(m_sessionsPage, tr("Sessions"), DashboardPage::Sessions);
    // Not a dashboard: it reads the stream itself.
    m_pages->addTab(m_live->page(), tr("Live"));
    // Only the page on screen is asked for its figures; the others when they are shown.
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (const auto kind = m_pageKinds.constFind(m_pages->widget(index));
            kind != m_pageKinds.cend())
            m_dashboard->setPage(*kind);
    });

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    auto *top = new QVBoxLayout;
    top->setContentsMargins(12, 0, 12, 0);
    top->setSpacing(8);
    top->addWidget(m_messages);
    top->addWidget(new FilterBar(m_filter));
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_live->indicator());

    createActions();
    createMenus();
    connectJobs();
    updateActions();

    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(kStateKey).toByteArray());
    restoreWidgetStates(this, settings);
    restoreFilterChoices(*m_filter, settings);
    bool known = false;
    const int page = settings.value(kPageKey).toInt(&known);
    if (known && page >= 0 && size_t(page) < kDashboardPageCount)
        showPage(DashboardPage(page));
}

MainWindow::~MainWindow()
{
    // Stop background work first, so the jobs' destructors have little to wait for.
    m_import->cancel();
    m_demo->cancel();
    m_loader->cancel();
    m_statsWatcher.waitForFinished();
}

LivePage *MainWindow::livePage() const
{
    return m_live->page();
}

void MainWindow::addPage(QWidget *page, const QString &title, DashboardPage kind)
{
    // Tabs stand in DashboardPage order, whichever order they are added in.
    int index = 0;
    while (index < m_pages->count() && m_pageKinds.value(m_pages->widget(index)) < kind)
        ++index;
    m_pageKinds.insert(page, kind);
    m_pages->insertTab(index, page, title);
}

QWidget *MainWindow::pageWidget(DashboardPage kind) const
{
    return m_pageKinds.key(kind, nullptr);
}

void MainWindow::showPage(DashboardPage kind)
{
    if (QWidget *page = pageWidget(kind))
        m_pages->setCurrentWidget(page);
}

void MainWindow::openSession(const QString &id)
{
    if (id.trimmed().isEmpty())
        return;
    showPage(DashboardPage::Sessions);
    m_sessionsPage->openSession(id);
}

void MainWindow::chooseSession()
{
    // Not modal to the application: the window stays usable; the dialog goes when answered.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("openSessionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open Session"));
    dialog->setLabelText(tr("Session id:"));
    dialog->setTextValue(m_sessionsPage->shownSessionId());
    dialog->setOkButtonText(tr("Open"));
    connect(dialog, &QInputDialog::textValueSelected, this, &MainWindow::openSession);
    dialog->open();
}

void MainWindow::createActions()
{
    m_openAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Store…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseStore);

    m_newAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Store…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseNewStore);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import Files…"), this);
    m_importAction->setShortcut(tr("Ctrl+I"));
    m_importAction->setStatusTip(tr("Import beacon files of any supported SDK, captured requests "
                                    "or canonical NDJSON into the open store"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseImportFiles);
    m_importFolderAction = new QAction(tr("Import &Folder…"), this);
    m_importFolderAction->setStatusTip(
        tr("Import every file in a folder and its subfolders into the open store"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseImportFolder);

    m_openSessionAction = new QAction(tr("Open &Session…"), this);
    m_openSessionAction->setObjectName(QStringLiteral("openSessionAction"));
    m_openSessionAction->setShortcut(tr("Ctrl+L"));
    m_openSessionAction->setStatusTip(
        tr("Show one session's journey by its id: every page, click, error and request"));
    connect(m_openSessionAction, &QAction::triggered, this, &MainWindow::chooseSession);

    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About rumscope"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recent->fillMenu(m_recentMenu); });
    connect(m_recent, &RecentStores::openRequested, this, &MainWindow::openStore);
    file->addAction(m_newAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_importFolderAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    // Ctrl+1, Ctrl+2, …: each page from the keyboard.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int index = 0; index < m_pages->count(); ++index) {
        QAction *show = view->addAction(m_pages->tabText(index));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        show->setObjectName(QStringLiteral("showPage%1").arg(index + 1));
        connect(show, &QAction::triggered, this,
                [this, index] { m_pages->setCurrentIndex(index); });
    }
    view->addSeparator();
    view->addAction(m_openSessionAction);

    menuBar()->addMenu(m_live->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::connectJobs()
{
    connect(m_dashboard, &DashboardController::overviewReady, m_overview,
            &OverviewPage::showOverview);
    connect(m_dashboard, &DashboardController::overviewDetailsReady, m_overview,
            &OverviewPage::showDetails);
    connect(m_dashboard, &DashboardController::cleared, m_overview, &OverviewPage::clear);
    connect(m_dashboard, &DashboardController::technologyReady, m_technology,
            &TechnologyPage::showResult);
    connect(m_dashboard, &DashboardController::cleared, m_technology, &TechnologyPage::clear);
    connect(m_dashboard, &DashboardController::pagesReady, m_pagesPage, &PagesPage::showResult);
    connect(m_dashboard, &DashboardController::cleared, m_pagesPage, &PagesPage::clear);
    connect(m_dashboard, &DashboardController::trendsReady, m_trends, &TrendsPage::showResult);
    connect(m_dashboard, &DashboardController::cleared, m_trends, &TrendsPage::clear);
    connect(m_trends, &TrendsPage::brushRequested, m_filter, &FilterState::setBrush);
    connect(m_trends, &TrendsPage::resetZoomRequested, m_filter, &FilterState::clearBrush);
    connect(m_filter, &FilterState::changed, m_trends,
            [this] { m_trends->setZoomed(m_filter->brush().has_value()); });
    const auto applyFilter = [this](Dimension dimension, const QString &value, bool exclude) {
        if (exclude)
            m_filter->exclude(dimension, value);
        else
            m_filter->include(dimension, value);
    };
    connect(m_technology, &TechnologyPage::filterRequested, this, applyFilter);
    connect(m_pagesPage, &PagesPage::filterRequested, this, applyFilter);
    connect(m_overview, &OverviewPage::filterRequested, this, applyFilter);
    connect(m_dashboard, &DashboardController::geographyReady, m_geography,
            &GeographyPage::showResult);
    connect(m_dashboard, &DashboardController::cleared, m_geography, &GeographyPage::clear);
    connect(m_geography, &GeographyPage::valueLabelled, m_filter, &FilterState::setValueLabel);
    connect(m_geography, &GeographyPage::filterRequested, this, applyFilter);
    connect(m_geography, &GeographyPage::removeFilterRequested, m_filter,
            &FilterState::removeCondition);
    connect(m_dashboard, &DashboardController::errorsReady, m_errorsPage, &ErrorsPage::showResult);
    connect(m_dashboard, &DashboardController::cleared, m_errorsPage, &ErrorsPage::clear);
    connect(m_errorsPage, &ErrorsPage::valueLabelled, m_filter, &FilterState::setValueLabel);
    connect(m_errorsPage, &ErrorsPage::filterRequested, this, applyFilter);
    connect(m_errorsPage, &ErrorsPage::sessionsRequested, this, [this](const QString &fingerprint) {
        m_filter->include(Dimension::ErrorGroup, fingerprint);
        showPage(DashboardPage::Sessions);
    });
    connect(m_dashboard, &DashboardController::sessionsReady, m_sessionsPage,
            &SessionsPage::showResult);
    connect(m_dashboard, &DashboardController::cleared, m_sessionsPage, &SessionsPage::clear);
    connect(m_sessionsPage, &SessionsPage::searchRequested, m_dashboard,
            &DashboardController::setSessionSearch);
    connect(m_sessionsPage, &SessionsPage::filterRequested, this, applyFilter);

    connect(m_loader, &StoreLoader::started, this, [this](const QString &path) {
        const QString message = tr("Opening %1…").arg(QFileInfo(path).fileName());
        m_status->showActivity(message);
        m_overview->showPending(message);
        updateActions();
    });
    connect(m_loader, &StoreLoader::progress, m_status, &StoreStatusWidget::setActivityProgress);
    connect(m_loader, &StoreLoader::loaded, this, &MainWindow::storeLoaded);
    connect(m_loader, &StoreLoader::failed, this, &MainWindow::storeFailed);
    connect(m_loader, &StoreLoader::cancelled, this, [this](const QString &path) {
        m_status->hideActivity();
        m_messages->showMessage(MessageStrip::Level::Information,
                                tr("Opening %1 was cancelled.").arg(QFileInfo(path).fileName()));
        updateActions();
    });
    connect(m_status, &StoreStatusWidget::cancelRequested, m_loader, &StoreLoader::cancel);

    connect(m_import, &ImportJob::progress, this, &MainWindow::importProgress);
    // The views follow an import as its records are committed.
    connect(m_import, &ImportJob::progress, m_follower, &EngineFollower::poke);
    connect(m_follower, &EngineFollower::refreshed, m_dashboard, &DashboardController::refresh);
    connect(m_follower, &EngineFollower::refreshed, this, &MainWindow::refreshStoreStats);
    connect(&m_statsWatcher, &QFutureWatcher<Result<StoreStats>>::finished, this, [this] {
        const Result<StoreStats> stats = m_statsWatcher.result();
        // Figures of a store that is no longer open are not shown under its name.
        if (stats && m_statsPath == m_storePath)
            m_status->setStore(m_storePath, stats.value());
    });
    // And what the collector or a followed feed stores.
    connect(m_live, &LiveController::committed, m_follower, &EngineFollower::poke);
    connect(m_live, &LiveController::warning, this, [this](const QString &message) {
        m_messages->showMessage(MessageStrip::Level::Warning, message);
    });
    connect(m_live->page(), &LivePage::sessionRequested, this, &MainWindow::openSession);
    connect(m_import, &ImportJob::progress, m_live->page(), &LivePage::poke);
    connect(m_follower, &EngineFollower::failed, this, [this](const QString &message) {
        m_messages->showMessage(MessageStrip::Level::Warning, message);
    });
    connect(m_import, &ImportJob::finished, this, &MainWindow::importFinished);
    connect(m_import, &ImportJob::failed, this, [this](const QString &message) {
        closeProgressDialog();
        m_messages->showMessage(MessageStrip::Level::Error, message);
        updateActions();
    });

    connect(m_demo, &DemoStoreBuilder::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progressDialog)
            return;
        m_progressDialog->setValue(permille(done, total));
        m_progressDialog->setLabelText(
            tr("Generating two months of demo traffic…\n%1 of %2 sessions")
                .arg(formatCount(done), formatCount(total)));
    });
    connect(m_demo, &DemoStoreBuilder::finished, this, [this](const QString &path) {
        closeProgressDialog();
        updateActions();
        // The user may have opened a store of their own meanwhile; that one stays.
        if (m_storePath.isEmpty() && !m_loader->isBusy())
            openStore(path);
    });
    connect(m_demo, &DemoStoreBuilder::failed, this, [this](const QString &message) {
        closeProgressDialog();
        m_messages->showMessage(MessageStrip::Level::Error,
                                tr("The demo store could not be made: %1").arg(message));
        updateActions();
    });
    connect(m_demo, &DemoStoreBuilder::cancelled, this, [this] {
        closeProgressDialog();
        m_messages->showMessage(
            MessageStrip::Level::Information,
            tr("Demo data was not generated. Open a store with File ▸ Open Store…, or create "
               "one with File ▸ New Store… and import files into it."));
        updateActions();
    });
}

void MainWindow::start(const QString &storePath)
{
    if (!storePath.isEmpty()) {
        openStore(storePath);
        return;
    }
    const QStringList recent = m_recent->paths();
    if (!recent.isEmpty()) {
        openStore(recent.first());
        return;
    }
    const QString demo = DemoStoreBuilder::defaultPath();
    if (QFileInfo::exists(demo))
        openStore(demo);
    else
        buildDemoStore(demo);
}

void MainWindow::openStore(const QString &path)
{
    m_loader->load(path);
}

void MainWindow::createStore(const QString &path)
{
    m_loader->load(path, StoreLoader::Mode::CreateIfMissing);
}

void MainWindow::buildDemoStore(const QString &path)
{
    if (!m_demo->build(path))
        return;
    showProgressDialog(QStringLiteral("demoProgressDialog"), tr("Preparing the demo store"),
                       tr("Generating two months of demo traffic…"));
    connect(m_progressDialog, &QProgressDialog::canceled, m_demo, &DemoStoreBuilder::cancel);
    updateActions();
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_storePath.isEmpty()) {
        m_messages->showMessage(MessageStrip::Level::Warning,
                                tr("Open or create a store first: imported records go into the "
                                   "open store."));
        return;
    }
    if (!m_import->start(m_storePath, paths, enrichOptionsFromSettings())) {
        m_messages->showMessage(MessageStrip::Level::Warning,
                                tr("An import is running already; import these files when it "
                                   "has finished."));
        return;
    }
    showProgressDialog(QStringLiteral("importProgressDialog"),
                       tr("Importing into %1").arg(QFileInfo(m_storePath).fileName()),
                       tr("Importing…"));
    connect(m_progressDialog, &QProgressDialog::canceled, m_import, &ImportJob::cancel);
    updateActions();
}

void MainWindow::importProgress(qint64 bytesDone, qint64 bytesTotal, qint64 records)
{
    if (!m_progressDialog)
        return;
    m_progressDialog->setValue(permille(bytesDone, bytesTotal));
    m_progressDialog->setLabelText(
        tr("Read %1 of %2\n%3 records stored")
            .arg(formatBytes(bytesDone), formatBytes(bytesTotal), formatCount(records)));
}

void MainWindow::importFinished(const ImportSummary &summary)
{
    closeProgressDialog();
    MessageStrip::Level level = MessageStrip::Level::Information;
    if (summary.quarantined > 0 || !summary.failedFiles.isEmpty())
        level = MessageStrip::Level::Warning;
    if (summary.nothingRead() && !summary.cancelled)
        level = MessageStrip::Level::Error;
    m_messages->showMessage(level, ImportJob::describe(summary));
    updateActions();
    // Open the store again: its statistics for the status bar, and the engine from its
    // snapshot and what the import added (the follower may not have seen the last commit).
    if (summary.accepted > 0)
        m_loader->load(m_storePath);
}

void MainWindow::storeLoaded(const LoadedStore &store)
{
    m_storePath = store.path;
    m_status->hideActivity();
    m_status->setStore(store.path, store.stats);
    m_recent->add(store.path);
    setWindowTitle(tr("%1 — rumscope").arg(QFileInfo(store.path).fileName()));
    m_dashboard->setEngine(store.engine);
    m_follower->setEngine(store.engine);
    m_errorsPage->setStorePath(store.path);
    m_sessionsPage->setStorePath(store.path);
    m_live->setStore(store.path);
    if (store.stats.pageViews == 0)
        m_messages->showMessage(MessageStrip::Level::Information,
                                tr("%1 holds no page views yet. Import beacon files with File ▸ "
                                   "Import Files… or drop them on this window.")
                                    .arg(QFileInfo(store.path).fileName()));
    updateActions();
}

void MainWindow::refreshStoreStats()
{
    if (m_storePath.isEmpty() || m_statsWatcher.isRunning())
        return;
    m_statsPath = m_storePath;
    m_statsWatcher.setFuture(QtConcurrent::run([path = m_storePath]() -> Result<StoreStats> {
        Result<Store> store = Store::open(path, Store::Mode::ReadOnly);
        if (!store)
            return store.error();
        return store->stats();
    }));
}

void MainWindow::storeFailed(const QString &path, const QString &message)
{
    m_status->hideActivity();
    m_overview->dismissPending();
    m_recent->remove(path);
    // The store shown before stays open: nothing else changes. The message names the file.
    m_messages->showMessage(MessageStrip::Level::Error, message);
    updateActions();
}

void MainWindow::chooseStore()
{
    const QString start = m_storePath.isEmpty() ? QDir::homePath() : QFileInfo(m_storePath).path();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Store"), start, storeFileFilter());
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::chooseNewStore()
{
    const QString start = m_storePath.isEmpty() ? QDir::homePath() : QFileInfo(m_storePath).path();
    QString path = QFileDialog::getSaveFileName(this, tr("New Store"), start,
                                                tr("rumscope stores (*.rumscope)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rumscope");
    createStore(path);
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Files"),
                                                            QDir::homePath(), beaconFileFilter());
    importFiles(files);
}

void MainWindow::chooseImportFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import Folder"), QDir::homePath());
    if (!folder.isEmpty())
        importFiles({folder});
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About rumscope"),
        tr("<h3>rumscope %1</h3><p>Explore Real User Monitoring data — Core Web Vitals, errors "
           "and sessions from the beacons your users' browsers send — on your own machine.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(RUMSCOPE_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showProgressDialog(const QString &name, const QString &title, const QString &label)
{
    closeProgressDialog();
    m_progressDialog = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
    m_progressDialog->setObjectName(name);
    m_progressDialog->setWindowTitle(title);
    // Non-modal: the window stays usable while the work runs on its own thread.
    m_progressDialog->setWindowModality(Qt::NonModal);
    m_progressDialog->setAutoClose(false);
    m_progressDialog->setAutoReset(false);
    m_progressDialog->setMinimumDuration(0);
    m_progressDialog->show();
}

void MainWindow::closeProgressDialog()
{
    if (!m_progressDialog)
        return;
    // Closing a QProgressDialog emits canceled(); the job it belonged to is already done.
    disconnect(m_progressDialog, nullptr, nullptr, nullptr);
    m_progressDialog->hide();
    m_progressDialog->deleteLater();
    m_progressDialog = nullptr;
}

void MainWindow::updateActions()
{
    const bool writing = m_import->isBusy() || m_demo->isBusy();
    m_openAction->setEnabled(!writing);
    m_newAction->setEnabled(!writing);
    m_recentMenu->setEnabled(!writing);
    m_importAction->setEnabled(!writing && !m_loader->isBusy() && !m_storePath.isEmpty());
    m_importFolderAction->setEnabled(m_importAction->isEnabled());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    saveWidgetStates(this, settings);
    saveFilterChoices(*m_filter, settings);
    settings.setValue(kPageKey,
                      int(m_pageKinds.value(m_pages->currentWidget(), DashboardPage::Overview)));
    m_import->cancel();
    m_demo->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !acceptedLocalFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList stores;
    QStringList beacons;
    for (const QString &file : acceptedLocalFiles(event->mimeData()))
        (fileKindOf(file) == FileKind::Store ? stores : beacons).append(file);
    event->acceptProposedAction();
    if (!stores.isEmpty())
        openStore(stores.first()); // a store dropped with beacon files wins: it says "show me"
    else
        importFiles(beacons);
}

} // namespace rumscope
