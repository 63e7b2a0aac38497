// The German translation stays complete: no unfinished or obsolete entries in the committed file,
// and lupdate over today's sources finds nothing it lacks.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; ///< the translation's type attribute: unfinished, vanished, obsolete or empty
    bool translated = false; ///< every form has text
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    bool anyFormEmpty = false;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context"_s) {
                context.clear();
            } else if (name == u"name"_s && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                inMessage = true;
                anyFormEmpty = false;
                numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                current = TsMessage{context, {}, {}, false};
            } else if (name == u"source"_s && inMessage) {
                current.source = xml.readElementText();
            } else if (name == u"translation"_s && inMessage) {
                current.type = xml.attributes().value(u"type"_s).toString();
                if (!numerus) {
                    const QString text =
                        xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    anyFormEmpty = text.trimmed().isEmpty();
                }
            } else if (name == u"numerusform"_s && inMessage) {
                if (xml.readElementText().trimmed().isEmpty())
                    anyFormEmpty = true;
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            current.translated = !anyFormEmpty;
            messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

/// Lists the entries on stderr: QVERIFY2 cuts long messages short.
void list(const QString &title, const QList<TsMessage> &messages)
{
    QStringList lines{title};
    for (const TsMessage &message : messages)
        lines << u"  [%1] %2 (%3)"_s.arg(message.context, message.source.left(100),
                                         message.type.isEmpty() ? u"empty"_s : message.type);
    qWarning().noquote() << lines.join(u'\n');
}

QList<TsMessage> incomplete(const QList<TsMessage> &messages)
{
    QList<TsMessage> result;
    for (const TsMessage &message : messages) {
        if (!message.type.isEmpty() || !message.translated)
            result.append(message);
    }
    return result;
}

const QString kTsFile = QStringLiteral(RUMSCOPE_SOURCE_DIR "/translations/rumscope_de.ts");
const QString kHowToFix = u"Run `cmake --build <build dir> --target update_translations`, then "
                          u"translate the unfinished entries of translations/rumscope_de.ts "
                          u"(Qt Linguist, or by hand: drop type=\"unfinished\")."_s;

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedFileIsComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(kTsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        const QList<TsMessage> missing = incomplete(messages);
        if (!missing.isEmpty())
            list(u"Untranslated, vanished or obsolete entries of rumscope_de.ts:"_s, missing);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 entries of rumscope_de.ts are incomplete (listed above). %2"_s
                                .arg(missing.size())
                                .arg(kHowToFix)));
    }

    void coversEveryStringInTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"rumscope_de.ts"_s);
        QVERIFY(QFile::copy(kTsFile, copy));

        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(RUMSCOPE_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(RUMSCOPE_LUPDATE),
                      {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s, u"core"_s,
                       u"ui"_s, u"cli"_s, u"app"_s, u"-ts"_s, copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QList<TsMessage> committed = readTs(kTsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<TsMessage> current = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QList<TsMessage> missing = incomplete(current);
        if (!missing.isEmpty())
            list(u"Strings of the sources without a German translation:"_s, missing);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 strings of the sources are not translated (listed above). %2"_s
                                .arg(missing.size())
                                .arg(kHowToFix)));
        QVERIFY2(current.size() == committed.size(),
                 qPrintable(u"rumscope_de.ts has %1 entries, the sources %2 strings; strings "
                            u"were removed from the sources. %3"_s.arg(committed.size())
                                .arg(current.size())
                                .arg(kHowToFix)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
