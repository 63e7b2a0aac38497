#pragma once
// Any supported wire format → canonical records. A payload in, records out; parsers never touch
// the store. What ties one payload to an earlier one (Elastic's page exit to its page load) is
// kept in the BeaconParser, so one parser should read a source's payloads in order. The
// records come out normalised: every one carries the format as its source, times in epoch ms,
// durations in ms, implausible numbers dropped.

#include "common/result.h"
#include "model/record.h"
#include "payload.h"
#include "wireformat.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace rumscope {

struct ParsedBeacon
{
    std::vector<Record> records;
    /// Values that were dropped while the rest was kept (an LCP of ten hours, a frame that is
    /// not a frame…): for the import summary and the collector's metrics, never silent.
    QStringList notes;
};

/// Keeps parser buffers between payloads: use one per thread.
class BeaconParser
{
public:
    BeaconParser();
    ~BeaconParser();
    BeaconParser(const BeaconParser &) = delete;
    BeaconParser &operator=(const BeaconParser &) = delete;

    /// The whole payload or nothing: an error means the payload is quarantined as it is.
    Result<ParsedBeacon> parse(WireFormat format, const Payload &payload);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rumscope
