// rumscope: the desktop application. Everything it shows lives in rumscope_ui; this only
// starts it.

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

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

// QGuiApplication takes "-session ID" and "--session ID" for the desktop's session management
// and removes them before our parser sees them: read the id from argv first.
std::optional<QString> sessionArgument(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--session") == 0 || std::strcmp(argv[i], "-session") == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return std::nullopt;
}
} // namespace

int main(int argc, char *argv[])
{
    const std::optional<QString> requestedSession = sessionArgument(argc, argv);
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
    const QCommandLineOption sessionOption(
        QStringLiteral("session"),
        QCoreApplication::translate("main", "Show this session's journey: rumscope --session ID "
                                            "STORE. Support staff open a customer's session "
                                            "this way."),
        QCoreApplication::translate("main", "ID"));
    parser.addOption(sessionOption);
    QStringList arguments = QCoreApplication::arguments();
    if (requestedSession && !arguments.contains(u"--session"_qs) &&
        !arguments.contains(u"-session"_qs))
        arguments << QStringLiteral("--session") << *requestedSession;
    parser.process(arguments); // exits here for --help and --version

    const QStringList positional = parser.positionalArguments();
    const QString sessionId = parser.value(sessionOption).trimmed();
    if (parser.isSet(sessionOption)) {
        // Wrong input ends here, with a message and exit code 2 (as rumscope-cli's usage
        // errors), rather than in a window that cannot do what was asked.
        const auto usageError = [](const QString &message) {
            std::fputs(
                qPrintable(QCoreApplication::translate("main", "rumscope: %1\n").arg(message)),
                stderr);
            return 2;
        };
        if (sessionId.isEmpty())
            return usageError(QCoreApplication::translate("main", "--session needs a session id."));
        if (positional.isEmpty())
            return usageError(QCoreApplication::translate(
                "main", "--session needs the store the session is in: rumscope --session ID "
                        "STORE"));
        if (!QFileInfo::exists(positional.first()))
            return usageError(QCoreApplication::translate("main", "The store %1 does not exist.")
                                  .arg(QDir::toNativeSeparators(positional.first())));
    }

    QGuiApplication::setApplicationDisplayName(QStringLiteral("rumscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rumscope.rumscope"));

    rumscope::MainWindow window;
    window.show();
    window.start(positional.isEmpty() ? QString() : positional.first());
    if (!sessionId.isEmpty())
        window.openSession(sessionId);
    return QApplication::exec();
}
