// Renders the main window on a generated store to a PNG, for docs/overview.png:
//   rumscope-ui-screenshot OUTPUT.png [--sessions N] [--width W] [--height H] [--dark]
//                          [--page overview|trends|geography|technology|pages|errors|sessions|live]
//                          [--wait SECONDS]
//                          [--filter DIM=VALUE]...
//                          [--session ID|first]
// Not a test: it only shows what a page looks like.

#include "breakdownmodel.h"
#include "collectorsettingsdialog.h"
#include "connectdialog.h"
#include "dashboardcontroller.h"
#include "demostorebuilder.h"
#include "embeddedcollector.h"
#include "errordetailpane.h"
#include "errorexampleloader.h"
#include "errorspage.h"
#include "filterstate.h"
#include "livecontroller.h"
#include "livepage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "pagesmodel.h"
#include "pagespage.h"
#include "sessionlistmodel.h"
#include "sessionspage.h"
#include "technologypage.h"
#include "teststore.h"

#include <QTableView>
#include <QTabWidget>

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace rumscope;

namespace {
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x27));
    palette.setColor(QPalette::WindowText, QColor(0xE8, 0xEA, 0xED));
    palette.setColor(QPalette::Base, QColor(0x2A, 0x2D, 0x33));
    palette.setColor(QPalette::AlternateBase, QColor(0x30, 0x33, 0x3A));
    palette.setColor(QPalette::Text, QColor(0xE8, 0xEA, 0xED));
    palette.setColor(QPalette::Button, QColor(0x30, 0x33, 0x3A));
    palette.setColor(QPalette::ButtonText, QColor(0xE8, 0xEA, 0xED));
    palette.setColor(QPalette::Mid, QColor(0x4A, 0x4D, 0x55));
    palette.setColor(QPalette::Midlight, QColor(0x3A, 0x3D, 0x45));
    palette.setColor(QPalette::Highlight, QColor(0x8A, 0xB4, 0xF8));
    palette.setColor(QPalette::HighlightedText, QColor(0x20, 0x22, 0x27));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x7A, 0x7D, 0x85));
    return palette;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QApplication takes "--session ID" for the desktop's session management: keep it for us.
    QString sessionArgument;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--session") == 0)
            sessionArgument = QString::fromLocal8Bit(argv[i + 1]);
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("rumscope-screenshot"));
    QCoreApplication::setApplicationName(QStringLiteral("rumscope"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("The PNG to write."));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"),
                                            QStringLiteral("Sessions to generate."),
                                            QStringLiteral("N"), QStringLiteral("30000"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Window width."),
                                         QStringLiteral("W"), QStringLiteral("1400"));
    const QCommandLineOption heightOption(QStringLiteral("height"),
                                          QStringLiteral("Window height."), QStringLiteral("H"),
                                          QStringLiteral("900"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("A dark palette."));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Use this store instead of generating."),
                                         QStringLiteral("STORE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QStringLiteral("The page to show: overview, trends, geography, technology, pages, errors "
                       "or sessions."),
        QStringLiteral("PAGE"), QStringLiteral("overview"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          QStringLiteral("Filter to a value, as a click would."),
                                          QStringLiteral("DIM=VALUE"));
    parser.addOptions({sessionsOption, widthOption, heightOption, darkOption, storeOption,
                       pageOption, filterOption});
    const QCommandLineOption selectErrorOption(
        QStringLiteral("select-error"),
        QStringLiteral("On the Errors page, select the N-th error group (1 = the first) so its "
                       "detail pane shows."),
        QStringLiteral("N"));
    parser.addOption(selectErrorOption);
    const QCommandLineOption sessionOption(
        QStringLiteral("session"),
        QStringLiteral("Open this session's journey on the Sessions page; 'first': the first "
                       "one listed."),
        QStringLiteral("ID|first"));
    parser.addOption(sessionOption);
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        QStringLiteral("On the Live page, wait this long before the screenshot (seconds)."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    parser.addOption(waitOption);
    const QCommandLineOption dialogOption(
        QStringLiteral("dialog"),
        QStringLiteral("Grab this dialog instead of the window: connect or collector-settings."),
        QStringLiteral("NAME"));
    parser.addOption(dialogOption);
    QStringList arguments = QCoreApplication::arguments();
    if (!sessionArgument.isEmpty() && !arguments.contains(QStringLiteral("--session")))
        arguments << QStringLiteral("--session") << sessionArgument;
    parser.process(arguments);
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(1);
    if (parser.isSet(darkOption))
        QApplication::setPalette(darkPalette());

    QTextStream err(stderr);
    QTemporaryDir dir;
    QString store = parser.value(storeOption);
    if (store.isEmpty()) {
        store = dir.filePath(QStringLiteral("demo.rumscope"));
        GeneratorOptions options = DemoStoreBuilder::defaultOptions();
        options.sessions = parser.value(sessionsOption).toLongLong();
        const QString error = test::writeGeneratedStore(store, options);
        if (!error.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
    }

    MainWindow window;
    window.resize(parser.value(widthOption).toInt(), parser.value(heightOption).toInt());
    window.show();
    QElapsedTimer timer;
    timer.start();
    window.openStore(store);
    while (window.overviewPage()->resultsShown() == 0 && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (window.overviewPage()->resultsShown() == 0) {
        err << "The Overview did not appear." << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "Overview shown " << timer.elapsed() << " ms after opening the store"
                        << Qt::endl;
    for (const QString &filter : parser.values(filterOption)) {
        const auto dimension = dimensionFromId(filter.section(u'=', 0, 0));
        if (dimension)
            window.filterState()->include(*dimension, filter.section(u'=', 1));
    }
    const QString page = parser.value(pageOption);
    const QStringList pageIds{QStringLiteral("overview"),  QStringLiteral("trends"),
                              QStringLiteral("geography"), QStringLiteral("technology"),
                              QStringLiteral("pages"),     QStringLiteral("errors"),
                              QStringLiteral("sessions")};
    if (page == u"live") {
        // The window's collector takes beacons (from rumscope-cli simulate, say) meanwhile.
        window.pages()->setCurrentWidget(window.livePage());
        while (!window.live()->collector()->isRunning() && timer.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QTextStream(stdout) << "Collector listening on port " << window.live()->collector()->port()
                            << Qt::endl;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < parser.value(waitOption).toInt() * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    } else if (!page.isEmpty() && !pageIds.contains(page)) {
        err << "Unknown page " << page << "; one of " << pageIds.join(u", ") << Qt::endl;
        return 1;
    }
    const auto kind = DashboardPage(std::max<qsizetype>(0, pageIds.indexOf(page)));
    if (page != u"live")
        window.showPage(kind);
    while (!window.dashboard()->isAnswered(kind) && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (parser.isSet(selectErrorOption) && kind == DashboardPage::Errors) {
        QTableView *table = window.errorsPage()->table();
        const int row = parser.value(selectErrorOption).toInt() - 1;
        if (row >= 0 && row < table->model()->rowCount()) {
            table->setCurrentIndex(table->model()->index(row, 0));
            // Selecting starts the read; it is done when the loader is no longer busy.
            while (window.errorsPage()->exampleLoader()->isBusy() && timer.elapsed() < 120000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
    }
    if (parser.isSet(sessionOption)) {
        window.showPage(DashboardPage::Sessions);
        while (!window.dashboard()->isAnswered(DashboardPage::Sessions) && timer.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        SessionsPage *sessions = window.sessionsPage();
        QString id = parser.value(sessionOption);
        if (id == u"first" && sessions->model()->rowCount() > 0)
            id = sessions->model()->row(0).sessionId;
        window.openSession(id);
        while (sessions->shownSessionId() != id && sessions->journeyMessage().isEmpty() &&
               timer.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    // Let the chart lay itself out before grabbing.
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    if (parser.isSet(dialogOption)) {
        std::unique_ptr<QDialog> dialog;
        if (parser.value(dialogOption) == u"connect") {
            auto connect =
                std::make_unique<ConnectDialog>(QStringLiteral("demo.rumscope"), &window);
            connect->setUrl(QStringLiteral("http://rum.example.com:8787"));
            dialog = std::move(connect);
        } else {
            dialog = std::make_unique<CollectorSettingsDialog>(CollectorSettings::load(), &window);
        }
        dialog->show();
        for (int i = 0; i < 20; ++i) {
            QCoreApplication::processEvents();
            QThread::msleep(10);
        }
        if (!dialog->grab().save(parser.positionalArguments().first()))
            return 1;
        return 0;
    }
    if (!window.grab().save(parser.positionalArguments().first())) {
        err << "Cannot write " << parser.positionalArguments().first() << Qt::endl;
        return 1;
    }
    return 0;
}
