#pragma once
// Everything one session did, in time order, read through the store's session indexes.

#include "common/result.h"
#include "model/record.h"

#include <vector>

namespace rumscope {

class Store;

struct SessionJourney
{
    Session session; ///< as recorded, or summarised from its events when no session record came
    std::vector<Record> events; ///< page views, errors, interactions, resources, long tasks and
                                ///< measurements, ordered by time (page view first on a tie)
};

/// Fails with a clear message when the store has no session with this id. `types` narrows the
/// events to those record types (e.g. page views and errors for a list); empty: every event.
Result<SessionJourney> loadSessionJourney(const Store &store, const QString &sessionId,
                                          const std::vector<RecordType> &types = {});

} // namespace rumscope
