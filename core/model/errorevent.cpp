#include "errorevent.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace rumscope {

QString errorFingerprint(const ErrorEvent &error)
{
    // Numbers, quoted strings and hex ids vary between occurrences of one bug; mask them so
    // "Cannot read properties of undefined (reading 'x')" groups with itself.
    static const QRegularExpression variablePart(
        QStringLiteral(R"('[^']*'|"[^"]*"|\b[0-9a-f]{8,}\b|\b\d+\b)"));
    QString message = error.message;
    message.replace(variablePart, QStringLiteral("?"));
    // Bundles are renamed by every build (app.3f9c2a.js); the bug is the same, so the file's
    // content hash must not split the group.
    static const QRegularExpression contentHash(QStringLiteral(R"([.-][0-9a-f]{5,}(?=[.-]))"));
    QString topFrame;
    if (!error.frames.isEmpty()) {
        const StackFrame &frame = error.frames.first();
        QString file = frame.file.section(u'?', 0, 0).section(u'/', -1);
        file.replace(contentHash, QString());
        topFrame = frame.function + u'@' + file;
    }
    const QByteArray key =
        (error.kind + u'\n' + error.type + u'\n' + message + u'\n' + topFrame).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace rumscope
