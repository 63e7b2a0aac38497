// otlp (../shared/formats.md) → canonical records.
#include "beaconsupport.h"
#include "formatparsers.h"

namespace rumscope::formats {

Output parseOtlp(const Input &)
{
    return Error{Tr::tr("the %1 format is not supported yet").arg(QLatin1StringView("otlp")), 1};
}

} // namespace rumscope::formats
