#include "remotefeed.h"

namespace rumscope {

/// Lives in the follower's thread: the follower and its network objects are made there.
class RemoteFeedHost : public QObject
{
    Q_OBJECT
public:
    void connectTo(const QString &storePath, const FeedFollower::Options &options)
    {
        disconnectFrom();
        Result<std::unique_ptr<FeedFollower>> follower = FeedFollower::create(storePath, options);
        if (!follower) {
            Q_EMIT stateChanged(FeedFollower::State::Failed, follower.error().message);
            return;
        }
        m_follower = std::move(follower).value();
        connect(m_follower.get(), &FeedFollower::stateChanged, this, &RemoteFeedHost::stateChanged);
        connect(m_follower.get(), &FeedFollower::received, this,
                [this](qint64 records, qint64) { Q_EMIT received(records); });
        connect(m_follower.get(), &FeedFollower::committed, this, &RemoteFeedHost::committed);
        m_follower->start();
    }

    void disconnectFrom()
    {
        if (!m_follower)
            return;
        m_follower->stop();
        m_follower.reset(); // commits what it received
    }

Q_SIGNALS:
    void stateChanged(rumscope::FeedFollower::State state, const QString &detail);
    void received(qint64 records);
    void committed();

private:
    std::unique_ptr<FeedFollower> m_follower;
};

RemoteFeed::RemoteFeed(QObject *parent)
    : QObject(parent)
    , m_host(new RemoteFeedHost)
{
    qRegisterMetaType<FeedFollower::State>();
    m_thread.setObjectName(QStringLiteral("rumscope-feed"));
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &RemoteFeedHost::stateChanged, this,
            [this](FeedFollower::State state, const QString &detail) {
                m_state = state;
                Q_EMIT stateChanged(state, detail);
            });
    connect(m_host, &RemoteFeedHost::received, this, &RemoteFeed::received);
    connect(m_host, &RemoteFeedHost::committed, this, &RemoteFeed::committed);
    m_thread.start();
}

RemoteFeed::~RemoteFeed()
{
    QMetaObject::invokeMethod(m_host, &RemoteFeedHost::disconnectFrom,
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RemoteFeed::connectTo(const QString &storePath, const QUrl &url, const QByteArray &token)
{
    m_url = url;
    FeedFollower::Options options;
    options.url = url;
    options.token = token;
    QMetaObject::invokeMethod(
        m_host, [host = m_host, storePath, options] { host->connectTo(storePath, options); });
}

void RemoteFeed::disconnectFrom()
{
    m_url.clear();
    QMetaObject::invokeMethod(m_host, &RemoteFeedHost::disconnectFrom);
    m_state = FeedFollower::State::Stopped;
    Q_EMIT stateChanged(m_state, {});
}

} // namespace rumscope

#include "remotefeed.moc"
