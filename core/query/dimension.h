#pragma once
// The page-view dimensions a query can filter on and group by.

#include <QString>

#include <array>
#include <optional>

namespace rumscope {

enum class Dimension
{
    Country,
    Browser,
    BrowserVersion,
    Os,
    DeviceType,
    ConnectionType,
    Route,
    App,
    Env,
    Release,
    NavigationType,
    Source,
    Region,
};
inline constexpr int kDimensionCount = 13;

/// "country", "browser-version", … as on the command line and in JSON output.
const char *dimensionId(Dimension dimension);
std::optional<Dimension> dimensionFromId(QStringView id);
QString dimensionName(Dimension dimension); ///< translated, for column headers
/// Every dimension id, comma-separated, for help texts and error messages.
QString dimensionIdList();

} // namespace rumscope
