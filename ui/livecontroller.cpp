#include "livecontroller.h"

#include "collectorsettings.h"
#include "collectorsettingsdialog.h"
#include "connectdialog.h"
#include "embeddedcollector.h"
#include "livepage.h"
#include "remotefeed.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>

namespace rumscope {
namespace {

const QString kLastUrlKey = QStringLiteral("collector/lastRemoteUrl");

} // namespace

LiveController::LiveController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_collector(new EmbeddedCollector(this))
    , m_feed(new RemoteFeed(this))
    , m_page(new LivePage)
    , m_indicator(new QLabel)
    , m_menu(new QMenu(tr("&Collector")))
{
    m_indicator->setObjectName(QStringLiteral("liveIndicator"));
    m_menu->setObjectName(QStringLiteral("collectorMenu"));

    m_receiveAction = m_menu->addAction(tr("&Receive Beacons"));
    m_receiveAction->setCheckable(true);
    m_receiveAction->setChecked(CollectorSettings::load().enabled);
    m_receiveAction->setStatusTip(tr("Run a collector on 127.0.0.1 that stores what SDKs send in "
                                     "the open store"));
    connect(m_receiveAction, &QAction::toggled, this, [this](bool on) {
        CollectorSettings settings = CollectorSettings::load();
        settings.enabled = on;
        settings.save();
        applySettings();
    });
    m_settingsAction = m_menu->addAction(tr("Collector &Settings…"));
    connect(m_settingsAction, &QAction::triggered, this, &LiveController::chooseSettings);
    m_menu->addSeparator();
    m_connectAction = m_menu->addAction(tr("&Connect to Collector…"));
    m_connectAction->setStatusTip(
        tr("Follow a remote rumscope collector's beacons into the open store"));
    connect(m_connectAction, &QAction::triggered, this, &LiveController::chooseCollector);
    m_disconnectAction = m_menu->addAction(tr("&Disconnect"));
    connect(m_disconnectAction, &QAction::triggered, m_feed, &RemoteFeed::disconnectFrom);

    connect(m_collector, &EmbeddedCollector::started, this, [this](quint16 port) {
        m_collectorProblem.clear();
        m_page->collectorStarted(port);
        updateIndicator();
    });
    connect(m_collector, &EmbeddedCollector::failed, this, [this](const QString &message) {
        m_collectorProblem = message;
        m_page->collectorStopped(message);
        updateIndicator();
        Q_EMIT warning(tr("%1 Change the port with Collector ▸ Collector Settings…").arg(message));
    });
    connect(m_collector, &EmbeddedCollector::stopped, this, [this] {
        m_page->collectorStopped();
        updateIndicator();
    });
    connect(m_collector, &EmbeddedCollector::statsChanged, m_page, &LivePage::setCollectorStats);
    connect(m_collector, &EmbeddedCollector::committed, this, &LiveController::committed);
    connect(m_collector, &EmbeddedCollector::committed, m_page, &LivePage::poke);

    connect(m_feed, &RemoteFeed::stateChanged, this,
            [this](FeedFollower::State state, const QString &detail) {
                m_page->feedStateChanged(state, detail, m_feed->url());
                updateIndicator();
            });
    connect(m_feed, &RemoteFeed::received, m_page, &LivePage::feedReceived);
    connect(m_feed, &RemoteFeed::committed, this, &LiveController::committed);
    connect(m_feed, &RemoteFeed::committed, m_page, &LivePage::poke);
    updateIndicator();
}

LiveController::~LiveController()
{
    delete m_menu;
}

void LiveController::setStore(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    m_page->setStorePath(path);
    if (m_feed->isConnected())
        m_feed->disconnectFrom();
    applySettings();
}

void LiveController::applySettings()
{
    const CollectorSettings settings = CollectorSettings::load();
    if (settings.enabled && !m_storePath.isEmpty())
        m_collector->start(m_storePath, settings.config());
    else
        m_collector->stop();
}

void LiveController::chooseSettings()
{
    CollectorSettingsDialog dialog(CollectorSettings::load(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.settings().save();
    {
        // Saved already: one restart below, not a second one from the toggle.
        const QSignalBlocker blocker(m_receiveAction);
        m_receiveAction->setChecked(dialog.settings().enabled);
    }
    applySettings();
}

void LiveController::chooseCollector()
{
    if (m_storePath.isEmpty()) {
        Q_EMIT warning(tr("Open or create a store first: a collector's beacons are copied into "
                          "the open store."));
        return;
    }
    ConnectDialog dialog(QFileInfo(m_storePath).fileName(), m_window);
    dialog.setUrl(QSettings().value(kLastUrlKey).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(kLastUrlKey, dialog.url().toString());
    connectTo(dialog.url(), dialog.token());
}

void LiveController::connectTo(const QUrl &url, const QByteArray &token)
{
    m_feed->connectTo(m_storePath, url, token);
    updateIndicator();
}

void LiveController::updateIndicator()
{
    QStringList parts;
    if (m_collector->isRunning())
        parts << tr("● Receiving on 127.0.0.1:%1").arg(m_collector->port());
    else if (!m_collectorProblem.isEmpty())
        parts << tr("Collector off: %1").arg(m_collectorProblem);
    if (m_feed->isConnected()) {
        const QString host = m_feed->url().host();
        switch (m_feed->state()) {
        case FeedFollower::State::Live:
            parts << tr("● Following %1").arg(host);
            break;
        case FeedFollower::State::Connecting:
            parts << tr("Connecting to %1…").arg(host);
            break;
        case FeedFollower::State::Reconnecting:
            parts << tr("Reconnecting to %1…").arg(host);
            break;
        case FeedFollower::State::Failed:
            parts << tr("Not following %1").arg(host);
            break;
        case FeedFollower::State::Stopped:
            break;
        }
    }
    m_indicator->setText(parts.join(QStringLiteral("   ")));
    m_disconnectAction->setEnabled(m_feed->isConnected());
}

} // namespace rumscope
