#include "errordetailpane.h"

#include "displayformat.h"
#include "errorgroupmodel.h"
#include "errorkindbadge.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rumscope {
namespace {

/// A one-line value that may be far longer than the pane is wide (a URL): drawn elided in the
/// middle, whole in its tooltip and in what "Copy" puts on the clipboard. text() is the whole.
class ElidingLabel : public QLabel
{
public:
    explicit ElidingLabel(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        // Its whole width when there is room; down to a few characters when not.
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        setContextMenuPolicy(Qt::CustomContextMenu);
        setFocusPolicy(Qt::TabFocus);
        connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
            if (text().isEmpty())
                return;
            QMenu menu(this);
            menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                           QCoreApplication::translate("rumscope::ErrorDetailPane", "Copy"), this,
                           [this] { QApplication::clipboard()->setText(text()); });
            menu.exec(mapToGlobal(position));
        });
    }

    void setValue(const QString &value)
    {
        setText(value);
        setToolTip(value);
        setAccessibleName(value);
    }

    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 8, QLabel::minimumSizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect area = contentsRect();
        painter.setPen(palette().color(foregroundRole()));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(text(), Qt::ElideMiddle, area.width()));
        if (hasFocus()) {
            QPen pen(palette().color(QPalette::Highlight));
            pen.setStyle(Qt::DotLine);
            painter.setPen(pen);
            painter.drawRect(area.adjusted(0, 0, -1, -1));
        }
    }
};

QString fullTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat)
                  : QString();
}

QString shortTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                  : QString();
}

/// "404 Not Found": the status with its reason for the ones failed requests commonly get.
QString statusText(int status)
{
    const auto reason = [](int code) -> QString {
        switch (code) {
        case 0:
            return ErrorDetailPane::tr("no response: network error, CORS or blocked");
        case 400:
            return ErrorDetailPane::tr("Bad Request");
        case 401:
            return ErrorDetailPane::tr("Unauthorized");
        case 403:
            return ErrorDetailPane::tr("Forbidden");
        case 404:
            return ErrorDetailPane::tr("Not Found");
        case 408:
            return ErrorDetailPane::tr("Request Timeout");
        case 409:
            return ErrorDetailPane::tr("Conflict");
        case 422:
            return ErrorDetailPane::tr("Unprocessable Content");
        case 429:
            return ErrorDetailPane::tr("Too Many Requests");
        case 500:
            return ErrorDetailPane::tr("Internal Server Error");
        case 502:
            return ErrorDetailPane::tr("Bad Gateway");
        case 503:
            return ErrorDetailPane::tr("Service Unavailable");
        case 504:
            return ErrorDetailPane::tr("Gateway Timeout");
        default:
            return {};
        }
    };
    const QString why = reason(status);
    return why.isEmpty() ? QString::number(status)
                         : ErrorDetailPane::tr("%1 %2").arg(QString::number(status), why);
}

QString location(const StackFrame &frame)
{
    QString text = frame.file.isEmpty() ? ErrorDetailPane::tr("(unknown file)") : frame.file;
    if (frame.line > 0)
        text += u':' + QString::number(frame.line);
    if (frame.line > 0 && frame.column > 0)
        text += u':' + QString::number(frame.column);
    return text;
}

QString functionName(const StackFrame &frame)
{
    return frame.function.isEmpty() ? ErrorDetailPane::tr("(anonymous)") : frame.function;
}

/// The frames as a stack trace reads in a console, for the clipboard.
QString framesText(const QList<StackFrame> &frames)
{
    QStringList lines;
    for (const StackFrame &frame : frames)
        lines << QStringLiteral("    at %1 (%2)").arg(functionName(frame), location(frame));
    return lines.join(u'\n');
}

QLabel *secondaryLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setProperty("secondary", true);
    return label;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

ErrorDetailPane::ErrorDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("errorDetailPane"));
    m_placeholder->setObjectName(QStringLiteral("errorDetailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setProperty("secondary", true);

    auto *content = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(16);
    body->addWidget(createOccurrence(), 2);
    body->addWidget(createStack(), 3);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(createHeader());
    layout->addLayout(body, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    applySecondaryColour();
    clear();
}

void ErrorDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applySecondaryColour();
}

void ErrorDetailPane::applySecondaryColour()
{
    // The text colour, faded: readable on light and dark palettes alike, which
    // PlaceholderText is not when a dark palette leaves it unset.
    QColor muted = palette().color(QPalette::WindowText);
    muted.setAlphaF(0.62f);
    for (QLabel *label : findChildren<QLabel *>()) {
        if (!label->property("secondary").toBool())
            continue;
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, muted);
        label->setPalette(labelPalette);
    }
}

QWidget *ErrorDetailPane::createHeader()
{
    auto *header = new QWidget(this);
    m_badge = new ErrorKindBadge(header);
    m_type = new QLabel(header);
    m_type->setObjectName(QStringLiteral("errorTypeLabel"));
    QFont typeFont = m_type->font();
    typeFont.setBold(true);
    typeFont.setPointSizeF(typeFont.pointSizeF() * 1.15);
    m_type->setFont(typeFont);
    m_type->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filterTo = new QPushButton(tr("Fi&lter to This Error"), header);
    m_filterTo->setObjectName(QStringLiteral("filterToErrorButton"));
    m_filterTo->setToolTip(tr("Show only the page views that had this error, in every view"));
    connect(m_filterTo, &QPushButton::clicked, this,
            [this] { Q_EMIT filterRequested(m_group.fingerprint, false); });
    m_showSessions = new QPushButton(tr("Show &Sessions with This Error"), header);
    m_showSessions->setObjectName(QStringLiteral("showErrorSessionsButton"));
    m_showSessions->setToolTip(tr("List the sessions in which this error happened"));
    connect(m_showSessions, &QPushButton::clicked, this,
            [this] { Q_EMIT sessionsRequested(m_group.fingerprint); });
    m_more = new QToolButton(header);
    m_more->setObjectName(QStringLiteral("errorMoreButton"));
    m_more->setText(tr("More"));
    m_more->setToolTip(tr("Exclude this error, or copy its message or fingerprint"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    menu->addAction(tr("&Exclude This Error"), this,
                    [this] { Q_EMIT filterRequested(m_group.fingerprint, true); });
    menu->addSeparator();
    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Message"), this,
                    [this] { QApplication::clipboard()->setText(m_message->text()); });
    menu->addAction(tr("Copy F&ingerprint"), this,
                    [this] { QApplication::clipboard()->setText(m_group.fingerprint); });
    m_more->setMenu(menu);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(8);
    top->addWidget(m_badge, 0, Qt::AlignVCenter);
    top->addWidget(m_type, 0, Qt::AlignVCenter);
    top->addStretch(1);
    top->addWidget(m_filterTo);
    top->addWidget(m_showSessions);
    top->addWidget(m_more);

    m_message = new QLabel(header);
    m_message->setObjectName(QStringLiteral("errorMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::TabFocus);
    m_figures = secondaryLabel(header);
    m_figures->setObjectName(QStringLiteral("errorFiguresLabel"));

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_figures);
    return header;
}

QWidget *ErrorDetailPane::createOccurrence()
{
    auto *box = new QWidget(this);
    m_occurrenceStatus = secondaryLabel(box);
    m_occurrenceStatus->setObjectName(QStringLiteral("errorOccurrenceStatus"));
    m_occurrenceStatus->setWordWrap(true);

    m_time = new QLabel(box);
    m_time->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_occurrenceMessage = new QLabel(box);
    m_occurrenceMessage->setObjectName(QStringLiteral("errorOccurrenceMessageLabel"));
    m_occurrenceMessage->setWordWrap(true);
    m_occurrenceMessage->setTextFormat(Qt::PlainText);
    m_occurrenceMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pageUrl = new ElidingLabel(box);
    m_pageUrl = pageUrl;
    m_pageUrl->setObjectName(QStringLiteral("errorPageUrlLabel"));
    auto *session = new ElidingLabel(box);
    m_session = session;
    m_session->setObjectName(QStringLiteral("errorSessionLabel"));
    m_copySession = new QToolButton(box);
    m_copySession->setObjectName(QStringLiteral("copySessionIdButton"));
    m_copySession->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copySession->setText(tr("Copy"));
    m_copySession->setToolButtonStyle(m_copySession->icon().isNull() ? Qt::ToolButtonTextOnly
                                                                     : Qt::ToolButtonIconOnly);
    m_copySession->setToolTip(tr("Copy the session id"));
    m_copySession->setAccessibleName(tr("Copy the session id"));
    m_copySession->setAutoRaise(true);
    connect(m_copySession, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_session->text()); });
    auto *sessionRow = new QWidget(box);
    auto *sessionLayout = new QHBoxLayout(sessionRow);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    sessionLayout->setSpacing(4);
    m_session->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    sessionLayout->addWidget(m_session);
    sessionLayout->addWidget(m_copySession);
    sessionLayout->addStretch(1);
    m_release = new QLabel(box);
    m_release->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *resourceUrl = new ElidingLabel(box);
    m_resourceUrl = resourceUrl;
    m_resourceUrl->setObjectName(QStringLiteral("errorResourceUrlLabel"));
    m_httpStatus = new QLabel(box);
    m_httpStatus->setObjectName(QStringLiteral("errorHttpStatusLabel"));
    m_occurrences = new QLabel(box);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(6);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Time:"), m_time);
    m_form->addRow(tr("Message:"), m_occurrenceMessage);
    m_form->addRow(tr("Page:"), m_pageUrl);
    m_form->addRow(tr("Session:"), sessionRow);
    m_form->addRow(tr("Release:"), m_release);
    m_form->addRow(tr("Resource:"), m_resourceUrl);
    m_form->addRow(tr("HTTP status:"), m_httpStatus);
    m_form->addRow(tr("In the store:"), m_occurrences);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(sectionTitle(tr("Latest occurrence"), box));
    layout->addWidget(m_occurrenceStatus);
    layout->addLayout(m_form);
    layout->addStretch(1);
    return box;
}

QWidget *ErrorDetailPane::createStack()
{
    m_stackTabs = new QTabWidget(this);
    m_stackTabs->setObjectName(QStringLiteral("errorStackTabs"));
    m_stackTabs->setDocumentMode(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_frames = new QTreeWidget(m_stackTabs);
    m_frames->setObjectName(QStringLiteral("errorFramesView"));
    m_frames->setAccessibleName(tr("Stack frames, innermost first"));
    m_frames->setToolTip(tr("The stack, innermost frame first; right-click to copy"));
    m_frames->setHeaderLabels({tr("Function"), tr("File:line:column")});
    m_frames->setRootIsDecorated(false);
    m_frames->setUniformRowHeights(true);
    m_frames->setAlternatingRowColors(true);
    m_frames->setTextElideMode(Qt::ElideMiddle);
    m_frames->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_frames->setFont(fixed);
    m_frames->header()->setFont(font()); // the headings are words, not code
    m_frames->header()->setStretchLastSection(true);
    m_frames->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_frames->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_frames, &QWidget::customContextMenuRequested, this, &ErrorDetailPane::showFramesMenu);

    m_rawStack = new QPlainTextEdit(m_stackTabs);
    m_rawStack->setObjectName(QStringLiteral("errorRawStackView"));
    m_rawStack->setAccessibleName(tr("Raw stack"));
    m_rawStack->setReadOnly(true);
    m_rawStack->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_rawStack->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawStack->setFont(fixed);
    m_rawStack->setPlaceholderText(tr("The browser reported no stack for this error."));

    m_stackTabs->addTab(m_frames, tr("Stack frames"));
    m_stackTabs->addTab(m_rawStack, tr("Raw stack"));
    auto *copy = new QToolButton(m_stackTabs);
    copy->setObjectName(QStringLiteral("copyStackButton"));
    copy->setText(tr("Copy Stack"));
    copy->setToolTip(tr("Copy the stack as the browser reported it"));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this, [this] {
        if (!m_example)
            return;
        const ErrorEvent &error = m_example->error;
        QApplication::clipboard()->setText(error.stack.isEmpty() ? framesText(error.frames)
                                                                 : error.stack);
    });
    m_stackTabs->setCornerWidget(copy, Qt::TopRightCorner);
    return m_stackTabs;
}

void ErrorDetailPane::showFramesMenu(const QPoint &position)
{
    if (!m_example || m_example->error.frames.isEmpty())
        return;
    QMenu menu(m_frames);
    const QList<QTreeWidgetItem *> selected = m_frames->selectedItems();
    if (!selected.isEmpty()) {
        menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                       selected.size() == 1 ? tr("Copy Frame") : tr("Copy Frames"), this,
                       [this, selected] {
                           QList<StackFrame> frames;
                           for (QTreeWidgetItem *item : selected) {
                               const int row = m_frames->indexOfTopLevelItem(item);
                               if (row >= 0 && row < m_example->error.frames.size())
                                   frames.append(m_example->error.frames.at(row));
                           }
                           QApplication::clipboard()->setText(framesText(frames));
                       });
    }
    menu.addAction(tr("Copy All Frames"), this, [this] {
        QApplication::clipboard()->setText(framesText(m_example->error.frames));
    });
    menu.exec(m_frames->viewport()->mapToGlobal(position));
}

void ErrorDetailPane::setOccurrenceRowsVisible(bool visible)
{
    for (QWidget *field :
         {static_cast<QWidget *>(m_time), static_cast<QWidget *>(m_occurrenceMessage),
          static_cast<QWidget *>(m_pageUrl), m_session->parentWidget(),
          static_cast<QWidget *>(m_release), static_cast<QWidget *>(m_resourceUrl),
          static_cast<QWidget *>(m_httpStatus), static_cast<QWidget *>(m_occurrences)})
        m_form->setRowVisible(field, visible);
}

bool ErrorDetailPane::showsResource() const
{
    return m_form->isRowVisible(m_resourceUrl) || m_form->isRowVisible(m_httpStatus);
}

void ErrorDetailPane::showGroup(const ErrorGroup &group)
{
    const bool same = group.fingerprint == m_group.fingerprint && m_stack->currentIndex() == 1;
    m_group = group;
    m_stack->setCurrentIndex(1);
    m_badge->setKind(group.kind);
    m_type->setText(group.type.isEmpty() ? errorKindName(group.kind) : group.type);
    m_message->setText(group.message.isEmpty() ? tr("(no message)") : group.message);
    QString figures = tr("%1 errors in %2 sessions · first seen %3 · last seen %4")
                          .arg(formatCount(group.count), formatCount(group.sessions),
                               shortTime(group.firstSeen), shortTime(group.lastSeen));
    m_figures->setText(figures);
    m_figures->setToolTip(
        tr("In the time range and for the filter; fingerprint %1").arg(group.fingerprint));
    if (same)
        return;
    m_example.reset();
    m_occurrenceStatus->setText(tr("Reading the latest occurrence from the store…"));
    m_occurrenceStatus->show();
    setOccurrenceRowsVisible(false);
    m_frames->clear();
    m_rawStack->clear();
    m_stackTabs->setTabText(0, tr("Stack frames"));
}

void ErrorDetailPane::showExample(const ErrorExample &example)
{
    if (example.error.fingerprint != m_group.fingerprint && !example.error.fingerprint.isEmpty())
        return; // for a group no longer shown
    m_example = example;
    const ErrorEvent &error = example.error;
    m_occurrenceStatus->hide();
    setOccurrenceRowsVisible(true);

    m_time->setText(fullTime(error.time));
    // One group holds messages that differ in numbers and ids (the status of a failed
    // request, say): this occurrence's own words, when they are not the group's.
    m_occurrenceMessage->setText(error.message);
    m_form->setRowVisible(m_occurrenceMessage,
                          !error.message.isEmpty() && error.message != m_group.message);
    static_cast<ElidingLabel *>(m_pageUrl)->setValue(example.pageUrl);
    m_form->setRowVisible(m_pageUrl, !example.pageUrl.isEmpty());
    static_cast<ElidingLabel *>(m_session)->setValue(example.sessionId);
    m_form->setRowVisible(m_session->parentWidget(), !example.sessionId.isEmpty());
    QStringList release;
    for (const QString &part : {error.app, error.env, error.release}) {
        if (!part.isEmpty())
            release << part;
    }
    m_release->setText(release.join(tr(" · ")));
    m_form->setRowVisible(m_release, !release.isEmpty());
    static_cast<ElidingLabel *>(m_resourceUrl)->setValue(error.resourceUrl);
    m_form->setRowVisible(m_resourceUrl, !error.resourceUrl.isEmpty());
    const bool hasStatus = isSet(error.httpStatus);
    const int status = hasStatus ? int(error.httpStatus) : 0;
    m_httpStatus->setText(hasStatus ? statusText(status) : QString());
    QPalette statusPalette = palette();
    if (hasStatus && (status == 0 || status >= 400))
        statusPalette.setColor(
            QPalette::WindowText,
            ratingTextColor(status == 0 || status >= 500 ? Rating::Poor : Rating::NeedsImprovement,
                            palette()));
    m_httpStatus->setPalette(statusPalette);
    m_form->setRowVisible(m_httpStatus, hasStatus);
    m_occurrences->setText(tr("%1 occurrences").arg(formatCount(example.occurrences)));

    m_frames->clear();
    for (const StackFrame &frame : error.frames) {
        auto *item = new QTreeWidgetItem(m_frames, {functionName(frame), location(frame)});
        item->setToolTip(0, functionName(frame));
        item->setToolTip(1, location(frame));
    }
    if (error.frames.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_frames, {tr("No stack frames were reported")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
    // The function names fit, up to half the width: the file and line are as telling.
    if (error.frames.isEmpty()) {
        m_frames->setColumnWidth(0, std::max(120, m_frames->width() / 3));
    } else {
        m_frames->resizeColumnToContents(0);
        if (m_frames->width() > 200)
            m_frames->setColumnWidth(0, std::min(m_frames->columnWidth(0), m_frames->width() / 2));
    }
    m_rawStack->setPlainText(error.stack);
    m_stackTabs->setTabText(0, tr("Stack frames (%1)").arg(error.frames.size()));
    if (error.frames.isEmpty() && !error.stack.isEmpty())
        m_stackTabs->setCurrentWidget(m_rawStack);
    else
        m_stackTabs->setCurrentWidget(m_frames);
}

void ErrorDetailPane::showExampleFailed(const QString &message)
{
    m_example.reset();
    setOccurrenceRowsVisible(false);
    m_occurrenceStatus->setText(message);
    m_occurrenceStatus->show();
}

void ErrorDetailPane::clear()
{
    m_group = {};
    m_example.reset();
    m_placeholder->setText(
        tr("Select an error group to see its stack, the page and session it last happened in, "
           "and the URL and status of a failed request."));
    m_stack->setCurrentIndex(0);
}

} // namespace rumscope
