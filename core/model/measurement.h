#pragma once
// A custom measurement or event a site reported, with its attributes kept as JSON.

#include "eventbase.h"

namespace rumscope {

struct Measurement : EventBase
{
    QString name;
    double value = kUnset;
    QString attributes; ///< compact JSON object text, or empty

    bool operator==(const Measurement &o) const;
};

} // namespace rumscope
