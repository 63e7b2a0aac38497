#pragma once
// The engine's answer to an ErrorGroupQuery: one pass over the error table, each error
// following the filter through the page view it happened on.

#include "errorgroups.h"

namespace rumscope {

class ErrorTable;
class FactTable;

/// At most this many trend buckets: a longer span gets wider buckets (a multiple of the
/// width asked for).
inline constexpr qint64 kMaxErrorTrendBuckets = 1000;

ErrorGroupResult scanErrorGroups(const FactTable &facts, const ErrorTable &errors,
                                 const ErrorGroupQuery &query);

} // namespace rumscope
