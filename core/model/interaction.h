#pragma once
// A user interaction (click, key press, tap) and how long the page took to answer it.

#include "eventbase.h"

namespace rumscope {

struct Interaction : EventBase
{
    QString type;             ///< pointerdown, click, keydown, …
    QString target;           ///< CSS selector of the element
    double duration = kUnset; ///< ms, input to next paint
    double inputDelay = kUnset;
    double processingDuration = kUnset;
    double presentationDelay = kUnset;

    bool operator==(const Interaction &o) const;
};

} // namespace rumscope
