#include "livepage.h"

#include "displayformat.h"
#include "liveeventmodel.h"
#include "ratechart.h"
#include "store/store.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace rumscope {
namespace {

constexpr int kListedEvents = 200;

QLabel *valueLabel(const QString &name)
{
    auto *label = new QLabel(QStringLiteral("–"));
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *captionLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

LivePage::LivePage(QWidget *parent)
    : QWidget(parent)
    , m_collectorText(new QLabel)
    , m_feedText(new QLabel)
    , m_rateValue(valueLabel(QStringLiteral("liveRate")))
    , m_rateCaption(captionLabel(tr("Beacons received per second")))
    , m_acceptedValue(valueLabel(QStringLiteral("liveAccepted")))
    , m_recordsValue(valueLabel(QStringLiteral("liveRecords")))
    , m_quarantinedValue(valueLabel(QStringLiteral("liveQuarantined")))
    , m_refusedValue(valueLabel(QStringLiteral("liveRefused")))
    , m_queueValue(valueLabel(QStringLiteral("liveQueue")))
    , m_rate(new RateChart)
    , m_events(new LiveEventModel(this))
    , m_table(new QTableView)
{
    setObjectName(QStringLiteral("livePage"));
    m_collectorText->setObjectName(QStringLiteral("liveCollectorText"));
    m_collectorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_collectorText->setWordWrap(true);
    m_feedText->setObjectName(QStringLiteral("liveFeedText"));
    m_feedText->setWordWrap(true);
    m_feedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedText->hide();

    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(32);
    figures->setVerticalSpacing(0);
    const std::pair<QLabel *, QLabel *> tiles[] = {
        {m_rateValue, m_rateCaption},
        {m_acceptedValue, captionLabel(tr("Accepted since start"))},
        {m_recordsValue, captionLabel(tr("Records stored"))},
        {m_quarantinedValue, captionLabel(tr("Quarantined"))},
        {m_refusedValue, captionLabel(tr("Refused"))},
        {m_queueValue, captionLabel(tr("Waiting to be parsed"))},
    };
    int column = 0;
    for (const auto &[value, caption] : tiles) {
        figures->addWidget(value, 0, column);
        figures->addWidget(caption, 1, column);
        ++column;
    }
    figures->setColumnStretch(column, 1);

    m_table->setObjectName(QStringLiteral("liveEvents"));
    m_table->setModel(m_events);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LiveEventModel::Subject,
                                                      QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click an event to open its session's journey."));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString session = index.data(LiveEventModel::SessionIdRole).toString();
        if (!session.isEmpty())
            Q_EMIT sessionRequested(session);
    });

    m_latestCaption = new QLabel;
    m_latestCaption->setObjectName(QStringLiteral("liveLatestCaption"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_collectorText);
    layout->addWidget(m_feedText);
    layout->addLayout(figures);
    layout->addWidget(m_rate);
    layout->addWidget(m_latestCaption);
    layout->addWidget(m_table, 1);

    collectorStopped();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &LivePage::tick);
    m_tick.start();
    connect(&m_loader, &QFutureWatcher<Result<Loaded>>::finished, this, [this] {
        Result<Loaded> loaded = m_loader.result();
        if (!loaded)
            return;
        if (loaded->storePath != m_storePath) {
            loadEvents(); // another store opened meanwhile
            return;
        }
        if (!m_since) {
            m_since = loaded->since;
            m_sinceTime = QDateTime::currentDateTime();
        }
        m_events->setEvents(std::move(loaded->events));
        const QString since = QLocale().toString(m_sinceTime.time(), QLocale::ShortFormat);
        m_latestCaption->setText(
            m_events->rowCount() == 0
                ? tr("<b>Latest events</b> — none has arrived since %1.").arg(since)
                : tr("<b>Latest events</b> — the newest %1 of those stored since %2, by their "
                     "time. Double-click one for its session.")
                      .arg(m_events->rowCount())
                      .arg(since));
    });
}

LivePage::~LivePage()
{
    m_loader.waitForFinished();
}

void LivePage::setStorePath(const QString &path)
{
    m_storePath = path;
    m_events->setEvents({});
    m_since.reset();
    m_latestCaption->clear();
    m_dirty = true;
    loadEvents(); // where the store ends: what arrives after is listed
}

void LivePage::collectorStarted(quint16 port)
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    m_collectorText->setText(
        tr("<b>Receiving beacons at %1</b><br><small>Point an SDK here — Faro: "
           "<tt>%1/collect</tt> · Elastic RUM: <tt>%1</tt> · OpenTelemetry: "
           "<tt>%1/v1/traces</tt> · Sentry: <tt>%1/api/1/envelope/</tt> · boomerang: "
           "<tt>%1/beacon</tt> · web-vitals: <tt>%1/vitals</tt> · canonical NDJSON: "
           "<tt>%1/ingest</tt></small>")
            .arg(base));
    m_lastAccepted = -1;
}

void LivePage::collectorStopped(const QString &reason)
{
    m_collectorText->setText(
        reason.isEmpty()
            ? tr("<b>Not receiving beacons.</b> Turn the collector on with Collector ▸ Receive "
                 "Beacons.")
            : tr("<b>Not receiving beacons:</b> %1").arg(reason.toHtmlEscaped()));
    m_lastAccepted = -1;
}

void LivePage::setCollectorStats(const CollectorStats &stats)
{
    // The collector reports once a second: each report is one second's sample. (Counting on
    // the page's own timer instead would beat against the collector's: 0, 2×, 0, 2×…)
    if (m_lastAccepted >= 0 && !m_following) {
        const qint64 accepted = std::max<qint64>(0, stats.accepted - m_lastAccepted);
        m_rate->addSample(double(accepted));
        m_rateValue->setText(formatCount(accepted));
    }
    m_lastAccepted = stats.accepted;
    m_acceptedValue->setText(formatCount(stats.accepted));
    m_recordsValue->setText(formatCount(stats.records));
    m_quarantinedValue->setText(formatCount(stats.quarantined));
    qint64 refused = 0;
    for (const qint64 count : stats.rejected)
        refused += count;
    m_refusedValue->setText(formatCount(refused));
    m_queueValue->setText(formatCount(stats.queueDepth));
}

void LivePage::feedStateChanged(FeedFollower::State state, const QString &detail, const QUrl &url)
{
    m_following = state != FeedFollower::State::Stopped;
    m_feedText->setVisible(m_following);
    m_rateCaption->setText(m_following ? tr("Records followed per second")
                                       : tr("Beacons received per second"));
    const QString where = url.toString().toHtmlEscaped();
    switch (state) {
    case FeedFollower::State::Stopped:
        m_feedText->clear();
        break;
    case FeedFollower::State::Connecting:
        m_feedText->setText(tr("<b>Connecting to %1…</b>").arg(where));
        break;
    case FeedFollower::State::Live:
        m_feedText->setText(tr("<b>Following %1</b> — live.").arg(where));
        break;
    case FeedFollower::State::Reconnecting:
        m_feedText->setText(
            tr("<b>Following %1</b> — connection lost: %2").arg(where, detail.toHtmlEscaped()));
        break;
    case FeedFollower::State::Failed:
        m_feedText->setText(tr("<b>Stopped following %1:</b> %2 (Collector ▸ Connect to "
                               "Collector… to try again)")
                                .arg(where, detail.toHtmlEscaped()));
        break;
    }
}

void LivePage::feedReceived(qint64 records)
{
    m_feedThisSecond += records;
}

void LivePage::poke()
{
    m_dirty = true;
}

void LivePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        loadEvents();
}

void LivePage::tick()
{
    if (m_following) {
        m_rate->addSample(double(m_feedThisSecond));
        m_rateValue->setText(formatCount(m_feedThisSecond));
    }
    m_feedThisSecond = 0;
    if (m_dirty && (isVisible() || !m_since))
        loadEvents();
}

void LivePage::loadEvents()
{
    if (m_storePath.isEmpty() || m_loader.isRunning())
        return;
    m_dirty = false;
    m_loader.setFuture(QtConcurrent::run([path = m_storePath, since = m_since]() {
        Result<Store> store = Store::open(path, Store::Mode::ReadOnly);
        if (!store)
            return Result<Loaded>(store.error());
        if (!since) {
            // The first look: where the store ends now. What comes after is live.
            Result<EventMarks> marks = eventMarks(store->handle());
            if (!marks)
                return Result<Loaded>(marks.error());
            return Result<Loaded>(Loaded{path, marks.value(), {}});
        }
        Result<std::vector<RecentEvent>> events =
            recentEvents(store->handle(), kListedEvents, *since);
        if (!events)
            return Result<Loaded>(events.error());
        return Result<Loaded>(Loaded{path, *since, std::move(events).value()});
    }));
}

} // namespace rumscope
