// rumscope-cli: the command-line face of rumscope. The commands live in cli/.

#include "clicommands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"rumscope"_s);
    QCoreApplication::setOrganizationName(u"rumscope"_s);

    // Qt's own strings (QCommandLineParser's messages) first, ours over them.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"rumscope"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    return rumscope::cli::run(QCoreApplication::arguments());
}
