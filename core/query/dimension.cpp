#include "dimension.h"

#include <QCoreApplication>
#include <QStringList>

namespace rumscope {
namespace {
struct DimensionInfo
{
    const char *id;
    const char *name;
};
constexpr DimensionInfo kDimensions[kDimensionCount] = {
    {"country", QT_TRANSLATE_NOOP("rumscope::Dimension", "Country")},
    {"browser", QT_TRANSLATE_NOOP("rumscope::Dimension", "Browser")},
    {"browser-version", QT_TRANSLATE_NOOP("rumscope::Dimension", "Browser version")},
    {"os", QT_TRANSLATE_NOOP("rumscope::Dimension", "Operating system")},
    {"device", QT_TRANSLATE_NOOP("rumscope::Dimension", "Device type")},
    {"connection", QT_TRANSLATE_NOOP("rumscope::Dimension", "Connection type")},
    {"route", QT_TRANSLATE_NOOP("rumscope::Dimension", "Route")},
    {"app", QT_TRANSLATE_NOOP("rumscope::Dimension", "App")},
    {"env", QT_TRANSLATE_NOOP("rumscope::Dimension", "Environment")},
    {"release", QT_TRANSLATE_NOOP("rumscope::Dimension", "Release")},
    {"navigation", QT_TRANSLATE_NOOP("rumscope::Dimension", "Navigation type")},
    {"source", QT_TRANSLATE_NOOP("rumscope::Dimension", "Source format")},
    {"region", QT_TRANSLATE_NOOP("rumscope::Dimension", "Region")},
    {"city", QT_TRANSLATE_NOOP("rumscope::Dimension", "City")},
    {"url", QT_TRANSLATE_NOOP("rumscope::Dimension", "URL")},
    {"error", QT_TRANSLATE_NOOP("rumscope::Dimension", "Error")},
};
} // namespace

const char *dimensionId(Dimension dimension)
{
    return kDimensions[int(dimension)].id;
}

std::optional<Dimension> dimensionFromId(QStringView id)
{
    for (int i = 0; i < kDimensionCount; ++i) {
        if (id.compare(QLatin1StringView(kDimensions[i].id), Qt::CaseInsensitive) == 0)
            return Dimension(i);
    }
    return std::nullopt;
}

QString dimensionName(Dimension dimension)
{
    return QCoreApplication::translate("rumscope::Dimension", kDimensions[int(dimension)].name);
}

QString dimensionIdList()
{
    QStringList ids;
    for (const DimensionInfo &info : kDimensions)
        ids.append(QLatin1StringView(info.id));
    return ids.join(u", ");
}

QString groupingDimensionIdList()
{
    QStringList ids;
    for (int i = 0; i < kColumnDimensionCount; ++i)
        ids.append(QLatin1StringView(kDimensions[i].id));
    return ids.join(u", ");
}

} // namespace rumscope
