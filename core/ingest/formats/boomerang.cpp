// boomerang (../shared/formats.md) → canonical records.
#include "beaconsupport.h"
#include "formatparsers.h"

namespace rumscope::formats {

Output parseBoomerang(const Input &)
{
    return Error{Tr::tr("the %1 format is not supported yet").arg(QLatin1StringView("boomerang")),
                 1};
}

} // namespace rumscope::formats
