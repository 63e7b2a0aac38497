#include "sessionspage.h"

#include "displayformat.h"
#include "journeydetails.h"
#include "journeyloader.h"
#include "journeytimeline.h"
#include "sessionlistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rumscope {
namespace {
constexpr int kSearchDelayMs = 250;
// Arrowing through the list opens each session it stops on, not each one it passes.
constexpr int kOpenDelayMs = 200;

QToolButton *zoomButton(const QString &text, const QString &toolTip, const QString &name)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(toolTip);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the timeline's own keys do the same
    return button;
}
} // namespace

SessionsPage::SessionsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new SessionListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_searchTimer(new QTimer(this))
    , m_openTimer(new QTimer(this))
    , m_loader(new JourneyLoader(this))
{
    setObjectName(QStringLiteral("sessionsPage"));
    m_model->setObjectName(QStringLiteral("sessionListModel"));

    m_search->setObjectName(QStringLiteral("sessionSearch"));
    m_search->setPlaceholderText(tr("Search by session id (its start is enough) or user id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sessions"));
    m_search->setToolTip(tr("Type the start of a session id, or a whole user id (Ctrl+F)"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    const auto sendSearch = [this] {
        m_searchTimer->stop();
        Q_EMIT searchRequested(m_search->text().trimmed());
    };
    connect(m_searchTimer, &QTimer::timeout, this, sendSearch);
    connect(m_search, &QLineEdit::returnPressed, this, sendSearch);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SessionListModel::RawValueRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    // Unsorted until the user clicks a header: most recently active first, as the engine lists.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_sorted->sort(-1);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_table->horizontalHeader()->setHighlightSections(false);
    // User ids are often 64-character hashes: their column takes the spare width and shows
    // their ends (whole in the tooltip), so the figures beside it always fit.
    m_table->horizontalHeader()->setSectionResizeMode(SessionListModel::UserColumn,
                                                      QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &SessionsPage::showListMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_openTimer->stop();
        openRow(index);
        m_timeline->setFocus(Qt::OtherFocusReason);
    });
    m_openTimer->setSingleShot(true);
    m_openTimer->setInterval(kOpenDelayMs);
    connect(m_openTimer, &QTimer::timeout, this, [this] { openRow(m_table->currentIndex()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_table->hasFocus())
                    m_openTimer->start();
            });

    connect(m_loader, &JourneyLoader::loaded, this, &SessionsPage::showJourney);
    connect(m_loader, &JourneyLoader::failed, this, &SessionsPage::showFailure);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_search, 2);
    top->addWidget(m_summary, 3);

    m_splitter->setObjectName(QStringLiteral("sessionsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(createJourneyArea());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({240, 620});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    clear();
}

QWidget *SessionsPage::createJourneyArea()
{
    auto *area = new QWidget;
    m_journeyTitle = new QLabel(area);
    m_journeyTitle->setObjectName(QStringLiteral("journeyTitle"));
    m_journeyTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_journeyTitle->setTextFormat(Qt::RichText);
    m_journeyTitle->setText(tr("<b>Journey</b>"));
    m_journeyTitle->setMinimumWidth(100);
    // A long title is cut rather than pushing the zoom buttons out of the window.
    m_journeyTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_timeline = new JourneyTimeline;
    m_zoomOut = zoomButton(tr("−"), tr("Zoom out (−)"), QStringLiteral("journeyZoomOut"));
    m_zoomIn = zoomButton(tr("+"), tr("Zoom in (+, or Ctrl+wheel on the timeline)"),
                          QStringLiteral("journeyZoomIn"));
    m_zoomFit =
        zoomButton(tr("Fit"), tr("Show the whole session (0)"), QStringLiteral("journeyZoomFit"));
    connect(m_zoomOut, &QToolButton::clicked, m_timeline, &JourneyTimeline::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, m_timeline, &JourneyTimeline::zoomIn);
    connect(m_zoomFit, &QToolButton::clicked, m_timeline, &JourneyTimeline::zoomToFit);
    connect(m_timeline, &JourneyTimeline::zoomChanged, this, &SessionsPage::updateZoomButtons);
    connect(m_timeline, &JourneyTimeline::selectionChanged, this, &SessionsPage::showDetails);
    m_timeline->setToolTip(QString()); // items give their own
    m_timeline->setWhatsThis(
        tr("Keys: + and − zoom, 0 shows everything, Left and Right pan, Up and Down step "
           "through the events, Page Up and Page Down through the page views, Enter zooms to "
           "the selected event. Drag to pan; Ctrl+wheel zooms."));

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("journeyScroll"));
    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("journeyDetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Details of the selected event"));
    m_details->setMinimumWidth(200);

    m_journeySplitter = new QSplitter(Qt::Horizontal);
    m_journeySplitter->setObjectName(QStringLiteral("journeySplitter"));
    m_journeySplitter->setChildrenCollapsible(false);
    m_journeySplitter->addWidget(m_scroll);
    m_journeySplitter->addWidget(m_details);
    m_journeySplitter->setStretchFactor(0, 3);
    m_journeySplitter->setStretchFactor(1, 1);
    m_journeySplitter->setSizes({1000, 330});

    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_journeyTitle, 1);
    header->addWidget(m_zoomOut);
    header->addWidget(m_zoomIn);
    header->addWidget(m_zoomFit);

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_journeySplitter, 1);
    updateZoomButtons();
    return area;
}

void SessionsPage::showResult(const SessionsResult &result)
{
    m_model->setResult(result.sessions);
    if (!result.sessions.error.isEmpty()) {
        m_summary->setText(result.sessions.error);
        return;
    }
    QString text;
    if (m_model->rowCount() < result.sessions.sessions)
        text = tr("The %1 most recently active of %2 sessions")
                   .arg(formatCount(m_model->rowCount()), formatCount(result.sessions.sessions));
    else
        text = result.sessions.sessions == 1
                   ? tr("1 session")
                   : tr("%1 sessions").arg(formatCount(result.sessions.sessions));
    if (!result.search.isEmpty())
        text = tr("%1 matching “%2”").arg(text, result.search);
    if (result.filter.hasTimeRange())
        text = tr("%1 · %2").arg(text, formatTimeSpan(result.filter.from, result.filter.to - 1));
    m_summary->setText(text);
    selectShownRow();
}

void SessionsPage::clear()
{
    m_model->clear();
    m_summary->setText(tr("No store open."));
}

void SessionsPage::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    m_loader->cancel();
    if (!m_pendingId.isEmpty()) {
        const QString id = std::exchange(m_pendingId, QString());
        openSession(id);
        return;
    }
    m_shownId.clear();
    m_message.clear();
    m_journeyTitle->setText(tr("<b>Journey</b>"));
    m_timeline->clear(tr("Choose a session in the list, or press Ctrl+L and enter a session id."));
    showDetails(-1);
}

void SessionsPage::openSession(const QString &sessionId)
{
    const QString id = sessionId.trimmed();
    if (id.isEmpty())
        return;
    m_message.clear();
    if (m_storePath.isEmpty()) {
        m_pendingId = id;
        m_journeyTitle->setText(
            tr("Session <b>%1</b> opens when the store has loaded…").arg(id.toHtmlEscaped()));
        return;
    }
    if (id == m_shownId && !m_loader->isBusy() && m_timeline->hasJourney()) {
        Q_EMIT journeyShown(id);
        return;
    }
    m_journeyTitle->setText(tr("Loading session <b>%1</b>…").arg(id.toHtmlEscaped()));
    if (!m_timeline->hasJourney())
        m_timeline->clear(tr("Loading session %1…").arg(id));
    m_loader->load(m_storePath, id);
}

bool SessionsPage::isLoadingJourney() const
{
    return m_loader->isBusy();
}

void SessionsPage::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    openSession(index.data(SessionListModel::SessionIdRole).toString());
}

void SessionsPage::showJourney(const SessionJourney &journey)
{
    JourneyLanes lanes(journey);
    const Session &session = journey.session;
    m_shownId = session.sessionId;
    m_message.clear();

    QStringList facts;
    // A hashed user id is long: its start tells users apart here; the details show it whole.
    QString user = session.userId;
    if (user.size() > 16)
        user = tr("%1…").arg(user.left(12));
    facts << (user.isEmpty() ? tr("no user id") : tr("user %1").arg(user));
    facts << tr("started %1")
                 .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(lanes.origin()),
                                         u"yyyy-MM-dd HH:mm:ss"));
    facts << JourneyLanes::formatDuration(lanes.sessionDuration());
    int errors = 0;
    for (const JourneyItem &item : lanes.items())
        errors += item.lane == JourneyLane::Errors ? 1 : 0;
    QString errorText = errors == 1 ? tr("1 error") : tr("%1 errors").arg(formatCount(errors));
    if (errors > 0)
        errorText = u"<span style='color:%1'>%2</span>"_qs.arg(
            ratingTextColor(Rating::Poor, palette()).name(), errorText.toHtmlEscaped());
    const QString pages =
        lanes.pageViews().size() == 1
            ? tr("1 page view")
            : tr("%1 page views").arg(formatCount(qint64(lanes.pageViews().size())));
    m_journeyTitle->setText(tr("Session <b>%1</b> · %2 · %3 · %4")
                                .arg(session.sessionId.toHtmlEscaped(),
                                     facts.join(tr(" · ")).toHtmlEscaped(), pages, errorText));
    m_timeline->setLanes(std::move(lanes));
    showDetails(-1);
    selectShownRow();
    Q_EMIT journeyShown(m_shownId);
}

void SessionsPage::showFailure(const QString &sessionId, const QString &message)
{
    m_message = message;
    m_shownId.clear();
    m_journeyTitle->setText(u"<span style='color:%1'>%2</span>"_qs.arg(
        ratingTextColor(Rating::Poor, palette()).name(), message.toHtmlEscaped()));
    m_timeline->clear(message);
    m_details->clear();
    Q_EMIT journeyFailed(sessionId, message);
}

void SessionsPage::showDetails(int item)
{
    if (!m_timeline->hasJourney()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(journeyDetailsHtml(m_timeline->lanes(), item, palette()));
}

void SessionsPage::updateZoomButtons()
{
    const bool shown = m_timeline->hasJourney();
    m_zoomIn->setEnabled(shown && m_timeline->scale().canZoomIn());
    m_zoomOut->setEnabled(shown && !m_timeline->scale().isFit());
    m_zoomFit->setEnabled(shown && !m_timeline->scale().isFit());
}

void SessionsPage::selectShownRow()
{
    const int row = m_model->rowOf(m_shownId);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    if (m_table->currentIndex().row() == index.row())
        return;
    // Quietly: the journey is shown already.
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->viewport()->update();
}

void SessionsPage::showListMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const SessionRow row = m_model->row(m_sorted->mapToSource(index).row());
    QMenu menu(m_table);
    QAction *open = menu.addAction(tr("Show Journey"), this, [this, index] { openRow(index); });
    menu.setDefaultAction(open);
    menu.addSeparator();
    menu.addAction(tr("Copy Session ID"), this,
                   [id = row.sessionId] { QApplication::clipboard()->setText(id); });
    QAction *copyUser = menu.addAction(tr("Copy User ID"), this, [user = row.userId] {
        QApplication::clipboard()->setText(user);
    });
    copyUser->setEnabled(!row.userId.isEmpty());
    menu.addAction(tr("Copy Row"), this, [index] {
        QStringList cells;
        for (int column = 0; column < index.model()->columnCount(); ++column)
            cells.append(index.siblingAtColumn(column).data().toString());
        QApplication::clipboard()->setText(cells.join(u'\t'));
    });
    menu.addSeparator();
    const std::array<std::pair<Dimension, QString>, 3> values{
        std::pair{Dimension::Country, row.country}, std::pair{Dimension::Browser, row.browser},
        std::pair{Dimension::DeviceType, row.deviceType}};
    QMenu *exclude = new QMenu(tr("Exclude"), &menu);
    for (const auto &[dimension, value] : values) {
        if (value.isEmpty())
            continue;
        menu.addAction(
            tr("Filter to %1 “%2”").arg(dimensionName(dimension), value), this,
            [this, dimension, value] { Q_EMIT filterRequested(dimension, value, false); });
        exclude->addAction(
            tr("%1 “%2”").arg(dimensionName(dimension), value), this,
            [this, dimension, value] { Q_EMIT filterRequested(dimension, value, true); });
    }
    if (!exclude->isEmpty())
        menu.addMenu(exclude);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace rumscope
