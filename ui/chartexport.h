#pragma once
// Saving a chart or the map as the user sees it: PNG (at the screen's pixel ratio) or SVG
// (vector, from the same paint code), chosen by the file name's suffix.

#include <QString>

class QAction;
class QWidget;

namespace rumscope {

/// Writes what widget paints to path: SVG when the name ends in .svg, PNG otherwise. Returns
/// why it failed (translated), or an empty string.
QString saveWidgetImage(QWidget *widget, const QString &path);

/// "Export as PNG or SVG…": asks for a file (suggesting baseName) and saves the widget there,
/// telling the user when that fails. Add it to the widget's context menu.
QAction *createExportAction(QWidget *widget, const QString &baseName);

} // namespace rumscope
