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
    QString topFrame;
    if (!error.frames.isEmpty()) {
        const StackFrame &frame = error.frames.first();
        topFrame = frame.function + u'@' + frame.file.section(u'?', 0, 0);
    }
    const QByteArray key =
        (error.kind + u'\n' + error.type + u'\n' + message + u'\n' + topFrame).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace rumscope
