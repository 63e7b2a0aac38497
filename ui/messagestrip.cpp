#include "messagestrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolButton>

namespace rumscope {

MessageStrip::MessageStrip(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageStrip"));
    m_text->setObjectName(QStringLiteral("messageStripText"));
    m_close->setObjectName(QStringLiteral("messageStripClose"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageStrip::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageStrip::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_text->setText(text);
    static constexpr QStyle::StandardPixmap kIcons[] = {QStyle::SP_MessageBoxInformation,
                                                        QStyle::SP_MessageBoxWarning,
                                                        QStyle::SP_MessageBoxCritical};
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(kIcons[int(level)], nullptr, this).pixmap(size, size));
    setAccessibleDescription(text);
    show();
    update();
}

void MessageStrip::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString MessageStrip::text() const
{
    return m_text->text();
}

QColor MessageStrip::accent() const
{
    switch (m_level) {
    case Level::Information:
        return QColor(0x1A, 0x73, 0xE8);
    case Level::Warning:
        return QColor(0xFF, 0xA4, 0x00);
    case Level::Error:
        return QColor(0xFF, 0x4E, 0x42);
    }
    return {};
}

void MessageStrip::paintEvent(QPaintEvent *)
{
    // A tint of the level's colour over the window colour keeps the palette's text colour
    // readable on light and dark themes alike.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Window);
    const QColor tint = accent();
    const float mix = 0.16f;
    const QColor fill = QColor::fromRgbF(base.redF() * (1 - mix) + tint.redF() * mix,
                                         base.greenF() * (1 - mix) + tint.greenF() * mix,
                                         base.blueF() * (1 - mix) + tint.blueF() * mix);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.fillPath(path, fill);
    painter.setPen(QPen(tint, 1));
    painter.drawPath(path);
}

} // namespace rumscope
