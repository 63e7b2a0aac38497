#include "stackframe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rumscope {

QByteArray framesToJson(const QList<StackFrame> &frames)
{
    QJsonArray array;
    for (const StackFrame &frame : frames) {
        QJsonObject object;
        if (!frame.file.isEmpty())
            object.insert(QLatin1StringView("file"), frame.file);
        if (!frame.function.isEmpty())
            object.insert(QLatin1StringView("function"), frame.function);
        if (frame.line > 0)
            object.insert(QLatin1StringView("line"), frame.line);
        if (frame.column > 0)
            object.insert(QLatin1StringView("column"), frame.column);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<QList<StackFrame>> framesFromJson(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<StackFrame> frames;
    for (const QJsonValue &value : document.array()) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject object = value.toObject();
        StackFrame frame;
        frame.file = object.value(QLatin1StringView("file")).toString();
        frame.function = object.value(QLatin1StringView("function")).toString();
        frame.line = object.value(QLatin1StringView("line")).toInt();
        frame.column = object.value(QLatin1StringView("column")).toInt();
        frames.append(frame);
    }
    return frames;
}

} // namespace rumscope
