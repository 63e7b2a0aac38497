#pragma once
// A JavaScript exception, unhandled rejection, failed resource or failed HTTP request.

#include "eventbase.h"
#include "stackframe.h"

#include <QList>

namespace rumscope {

struct ErrorEvent : EventBase
{
    QString kind; ///< see errorKinds()
    QString type; ///< e.g. TypeError
    QString message;
    QString stack;            ///< raw stack text as the browser reported it
    QList<StackFrame> frames; ///< innermost first
    QString fingerprint;      ///< groups occurrences of the same error
    QString resourceUrl;
    double httpStatus = kUnset;

    bool operator==(const ErrorEvent &o) const;
};

/// The error kinds, in canonical spelling.
const QStringList &errorKinds();

/// A stable grouping key from type, message (numbers and ids masked) and the top frame.
QString errorFingerprint(const ErrorEvent &error);

} // namespace rumscope
