#pragma once
// One parser per SDK wire format (../shared/formats.md). Each turns one payload into canonical
// records and leaves `source`, range checks and fingerprints to BeaconParser, which calls it.

#include "common/result.h"
#include "ingest/jsondocument.h"
#include "ingest/payload.h"
#include "model/record.h"

#include <vector>

namespace rumscope::formats {

struct ParserState;

struct Input
{
    const Payload &payload;
    JsonDocument &json; ///< reuse it: its buffers grow once
    /// What the caller's parser remembers between payloads (parserstate.h); nullptr when there
    /// is nothing to remember, and then each payload stands alone.
    ParserState *state = nullptr;
};
using Output = Result<std::vector<Record>>;

Output parseWebVitals(const Input &input);
Output parseBoomerang(const Input &input);
Output parseFaro(const Input &input);
Output parseElastic(const Input &input);
Output parseOtlp(const Input &input);
Output parseSentry(const Input &input);

} // namespace rumscope::formats
