#pragma once
// Which page views a question is about: a time range and conditions on dimensions.

#include "dimension.h"

#include <QList>
#include <QStringList>

#include <limits>
#include <optional>

namespace rumscope {

struct DimensionFilter
{
    Dimension dimension = Dimension::Country;
    QStringList values;   ///< the view matches when its value is one of these
    bool exclude = false; ///< … or, when set, when it is none of these

    bool operator==(const DimensionFilter &) const = default;
};

struct Filter
{
    qint64 from = std::numeric_limits<qint64>::min(); ///< epoch ms, inclusive
    qint64 to = std::numeric_limits<qint64>::max();   ///< epoch ms, exclusive
    QList<DimensionFilter> dimensions;                ///< all must hold
    std::optional<bool> hasError; ///< only page views with (or without) an error

    bool hasTimeRange() const
    {
        return from != std::numeric_limits<qint64>::min() ||
               to != std::numeric_limits<qint64>::max();
    }
    bool operator==(const Filter &) const = default;
};

} // namespace rumscope
