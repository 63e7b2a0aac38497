#pragma once
// A task that kept the main thread busy for 50 ms or more.

#include "eventbase.h"

namespace rumscope {

struct LongTask : EventBase
{
    QString name;
    double duration = kUnset;

    bool operator==(const LongTask &o) const;
};

} // namespace rumscope
