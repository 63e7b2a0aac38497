#pragma once
// The kind of an error (exception, unhandled rejection, resource, HTTP, console) as a small
// coloured badge, as error trackers show it: in the Errors list and its detail pane.

#include <QColor>
#include <QString>
#include <QWidget>

class QFontMetrics;
class QPainter;
class QPalette;

namespace rumscope {

/// "Exception", "Unhandled rejection", …: translated; an unknown kind as it is spelled.
QString errorKindName(const QString &kind);
/// The badge's colour for kind, readable as text on the palette's base colour.
QColor errorKindColor(const QString &kind, const QPalette &palette);
/// The size of kind's badge in a font with these metrics.
QSize errorKindBadgeSize(const QFontMetrics &metrics, const QString &kind);
/// Paints kind's badge at the left of rect, centred vertically; in colour when given (on a
/// selected row: the highlighted text's), else in the kind's.
void paintErrorKindBadge(QPainter *painter, const QRect &rect, const QString &kind,
                         const QPalette &palette, const QColor &colour = {});

class ErrorKindBadge : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorKindBadge(QWidget *parent = nullptr);

    void setKind(const QString &kind);
    const QString &kind() const { return m_kind; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_kind;
};

} // namespace rumscope
