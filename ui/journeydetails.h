#pragma once
// The Sessions page's detail panel as rich text: the session's summary, or everything known
// about the selected item — a page view's vitals in their ratings' colours with the LCP and INP
// parts, an interaction's INP parts, an error's stack, a resource's timing, size and status.

#include "journeylanes.h"

#include <QString>

class QPalette;

namespace rumscope {

/// item -1: the session itself.
QString journeyDetailsHtml(const JourneyLanes &lanes, int item, const QPalette &palette);

} // namespace rumscope
