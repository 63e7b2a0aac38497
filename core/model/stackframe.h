#pragma once
// One frame of a parsed JavaScript stack trace.

#include <QByteArray>
#include <QString>

#include <optional>

namespace rumscope {

struct StackFrame
{
    QString file;
    QString function;
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0;

    bool operator==(const StackFrame &) const = default;
};

} // namespace rumscope

#include <QList>

namespace rumscope {

/// Frames as the compact JSON array canonical NDJSON and the store use:
/// [{"file":…,"function":…,"line":…,"column":…}, …]
QByteArray framesToJson(const QList<StackFrame> &frames);
/// The inverse; nullopt when text is not such an array.
std::optional<QList<StackFrame>> framesFromJson(QByteArrayView text);

} // namespace rumscope
