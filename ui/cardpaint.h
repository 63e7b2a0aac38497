#pragma once
// What the Overview's hand-painted cards share: the rounded panel with its focus ring, and the
// fonts and muted text colour of their labels.

#include <QColor>
#include <QFont>
#include <QPainterPath>

class QPainter;
class QWidget;

namespace rumscope::cardpaint {

constexpr int kRadius = 8;

/// base at factor × its point size, bold or not.
QFont scaledFont(const QFont &base, double factor, bool bold);
/// The palette's text colour, faded for labels that are not the figure itself.
QColor mutedText(const QPalette &palette);
/// Fills the card's rounded panel on the base colour (with a stripe of accent along the top when
/// accent is valid) and outlines it: a highlight ring while the card has focus. Returns the
/// panel's outline.
QPainterPath paintPanel(QPainter &painter, const QWidget &card, const QColor &accent = {},
                        int accentHeight = 0);

} // namespace rumscope::cardpaint
