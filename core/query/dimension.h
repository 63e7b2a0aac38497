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
    Url, ///< the only one not kept as a label in the store: many more values (factchunk.h)
};
inline constexpr int kDimensionCount = 14;
/// The dimensions before Url: the store keeps them as labels, the engine in 16-bit codes.
inline constexpr int kLabelDimensionCount = 13;

/// "country", "browser-version", … as on the command line and in JSON output.
const char *dimensionId(Dimension dimension);
std::optional<Dimension> dimensionFromId(QStringView id);
QString dimensionName(Dimension dimension); ///< translated, for column headers
/// Every dimension id, comma-separated, for help texts and error messages.
QString dimensionIdList();

} // namespace rumscope
