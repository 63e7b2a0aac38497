#pragma once
// "Connect to Collector…": a FeedFollower (core/remote) on a thread of its own, following a
// remote collector's feed into the open store while the GUI thread only paints.

#include "remote/feedfollower.h"

#include <QObject>
#include <QThread>

namespace rumscope {

class RemoteFeedHost;

class RemoteFeed : public QObject
{
    Q_OBJECT
public:
    explicit RemoteFeed(QObject *parent = nullptr);
    ~RemoteFeed() override; ///< disconnects, committing what it received

    /// Follows the collector at url into the store at storePath (after disconnecting from
    /// any other); the state arrives through stateChanged().
    void connectTo(const QString &storePath, const QUrl &url, const QByteArray &token);
    void disconnectFrom();
    bool isConnected() const { return !m_url.isEmpty(); }
    const QUrl &url() const { return m_url; }
    FeedFollower::State state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(rumscope::FeedFollower::State state, const QString &detail);
    void received(qint64 records);
    void committed();

private:
    QThread m_thread;
    RemoteFeedHost *m_host; ///< lives in m_thread
    QUrl m_url;
    FeedFollower::State m_state = FeedFollower::State::Stopped;
};

} // namespace rumscope
