#pragma once
// One occurrence of an error group, read from the store for the Errors view's detail pane:
// its message, stack frames, the URL and status of a failed resource or request, and where
// it happened.

#include "common/result.h"
#include "model/errorevent.h"

#include <QString>

namespace rumscope {

class Store;

struct ErrorExample
{
    ErrorEvent error;       ///< the latest occurrence, with its frames
    QString sessionId;      ///< of that occurrence; empty when it had no session
    QString pageUrl;        ///< the URL of its page view, when the store has it
    qint64 occurrences = 0; ///< in the whole store
};

/// The latest stored error with this fingerprint. Fails with a clear message when the store
/// has none.
Result<ErrorExample> loadErrorExample(const Store &store, const QString &fingerprint);

} // namespace rumscope
