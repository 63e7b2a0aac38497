#include "embeddedcollector.h"

#include "collector/collector.h"
#include "collectorsettings.h"
#include "enrich/enricher.h"

#include <QTimer>

namespace rumscope {

/// Lives in the collector's thread: everything the Collector touches is made and destroyed
/// there.
class EmbeddedCollectorHost : public QObject
{
    Q_OBJECT
public:
    void start(const QString &storePath, const CollectorConfig &config, const EnrichOptions &enrich)
    {
        stop();
        Result<std::unique_ptr<Enricher>> enricher = Enricher::create(enrich);
        if (!enricher) {
            Q_EMIT failed(enricher.error().message);
            return;
        }
        m_enricher = std::move(enricher).value();
        Result<std::unique_ptr<Collector>> collector =
            Collector::start(storePath, config, m_enricher.get());
        if (!collector) {
            m_enricher.reset();
            Q_EMIT failed(collector.error().message);
            return;
        }
        m_collector = std::move(collector).value();
        connect(m_collector.get(), &Collector::committed, this, &EmbeddedCollectorHost::committed);
        if (!m_statsTimer) {
            m_statsTimer = new QTimer(this);
            m_statsTimer->setInterval(1000);
            connect(m_statsTimer, &QTimer::timeout, this, [this] {
                if (m_collector)
                    Q_EMIT statsChanged(m_collector->stats());
            });
        }
        m_statsTimer->start();
        Q_EMIT started(m_collector->port());
        Q_EMIT statsChanged(m_collector->stats());
    }

    void stop()
    {
        if (!m_collector)
            return;
        if (m_statsTimer)
            m_statsTimer->stop();
        m_collector.reset(); // commits what it accepted
        m_enricher.reset();
        Q_EMIT stopped();
    }

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString &message);
    void stopped();
    void statsChanged(const rumscope::CollectorStats &stats);
    void committed();

private:
    std::unique_ptr<Enricher> m_enricher; // before the collector: it outlives it
    std::unique_ptr<Collector> m_collector;
    QTimer *m_statsTimer = nullptr;
};

EmbeddedCollector::EmbeddedCollector(QObject *parent)
    : QObject(parent)
    , m_host(new EmbeddedCollectorHost)
{
    qRegisterMetaType<CollectorStats>();
    m_thread.setObjectName(QStringLiteral("rumscope-collector"));
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &EmbeddedCollectorHost::started, this, [this](quint16 port) {
        m_port = port;
        Q_EMIT started(port);
    });
    connect(m_host, &EmbeddedCollectorHost::failed, this, [this](const QString &message) {
        m_port = 0;
        Q_EMIT failed(message);
    });
    connect(m_host, &EmbeddedCollectorHost::stopped, this, [this] {
        m_port = 0;
        Q_EMIT stopped();
    });
    connect(m_host, &EmbeddedCollectorHost::statsChanged, this, &EmbeddedCollector::statsChanged);
    connect(m_host, &EmbeddedCollectorHost::committed, this, &EmbeddedCollector::committed);
    m_thread.start();
}

EmbeddedCollector::~EmbeddedCollector()
{
    // Waits for the last commit: nothing it acknowledged is left behind.
    QMetaObject::invokeMethod(m_host, &EmbeddedCollectorHost::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedCollector::start(const QString &storePath, const CollectorConfig &config)
{
    m_storePath = storePath;
    const EnrichOptions enrich = enrichOptionsFromSettings();
    QMetaObject::invokeMethod(m_host, [host = m_host, storePath, config, enrich] {
        host->start(storePath, config, enrich);
    });
}

void EmbeddedCollector::stop()
{
    m_storePath.clear();
    QMetaObject::invokeMethod(m_host, &EmbeddedCollectorHost::stop);
}

} // namespace rumscope

#include "embeddedcollector.moc"
