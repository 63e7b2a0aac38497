#pragma once
// What the window remembers between runs besides its geometry: the sizes of its splitters,
// the order and widths of its tables' columns, the page on screen, and the lasting choices of
// the filter (time range, metric, percentile). The conditions are not kept: a new run starts
// unfiltered, as users of other RUM tools expect.
//
// Settings can be edited by hand or written by another version: every value read is checked,
// and a bad one is ignored.

#include <QString>

class QSettings;
class QWidget;

namespace rumscope {

class FilterState;

/// Every QSplitter and every QHeaderView (of a table with an object name) below root.
void saveWidgetStates(const QWidget *root, QSettings &settings);
void restoreWidgetStates(QWidget *root, const QSettings &settings);

void saveFilterChoices(const FilterState &state, QSettings &settings);
/// Applies what was saved without adding a step to the filter's history.
void restoreFilterChoices(FilterState &state, const QSettings &settings);

} // namespace rumscope
