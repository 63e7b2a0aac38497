// rumscope: the desktop application. Everything it shows lives in rumscope_ui; this only
// starts it.

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {
// --help and --version only print: they must work without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app(
        onlyPrints(argc, argv) ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("rumscope"));
    QCoreApplication::setApplicationName(QStringLiteral("rumscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUMSCOPE_VERSION));

    // Qt's own strings (standard buttons, file dialogs) first, ours on top.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("rumscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Explore Real User Monitoring data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("store"),
        QCoreApplication::translate("main", "The store to open (default: the last one opened, "
                                            "else the demo store)."),
        QStringLiteral("[store]"));
    parser.process(*app); // exits here for --help and --version

    QGuiApplication::setApplicationDisplayName(QStringLiteral("rumscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rumscope.rumscope"));

    rumscope::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    window.start(positional.isEmpty() ? QString() : positional.first());
    return QApplication::exec();
}
