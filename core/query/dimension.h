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
    City,
    Url, ///< the only column not kept as a label in the store: many more values (factchunk.h)
    /// A filter condition only: the page views with (or, excluded, without) an error of one
    /// of these fingerprints. No page-view column holds it (the error table's links to page
    /// views do), so nothing groups by it.
    ErrorGroup,
};
/// Every dimension, ErrorGroup included: what ids, names and filters know.
inline constexpr int kDimensionCount = 16;
/// The dimensions the engine keeps a column and a dictionary of: all but ErrorGroup.
inline constexpr int kColumnDimensionCount = 15;
/// The dimensions before Url: the store keeps them as labels, the engine in 16-bit codes.
inline constexpr int kLabelDimensionCount = 14;
static_assert(int(Dimension::Url) == kLabelDimensionCount &&
              int(Dimension::ErrorGroup) == kColumnDimensionCount &&
              kColumnDimensionCount + 1 == kDimensionCount);

/// Whether page views have one value of it, to group them by (all but ErrorGroup).
inline constexpr bool isColumnDimension(Dimension dimension)
{
    return int(dimension) < kColumnDimensionCount;
}

/// "country", "browser-version", … as on the command line and in JSON output.
const char *dimensionId(Dimension dimension);
std::optional<Dimension> dimensionFromId(QStringView id);
QString dimensionName(Dimension dimension); ///< translated, for column headers
/// Every dimension id, comma-separated, for help texts and error messages: of those a filter
/// takes (every one), or of those a query groups by (columns only).
QString dimensionIdList();
QString groupingDimensionIdList();

} // namespace rumscope
