// elastic (../shared/formats.md) → canonical records.
#include "beaconsupport.h"
#include "formatparsers.h"

namespace rumscope::formats {

Output parseElastic(const Input &)
{
    return Error{Tr::tr("the %1 format is not supported yet").arg(QLatin1StringView("elastic")), 1};
}

} // namespace rumscope::formats
