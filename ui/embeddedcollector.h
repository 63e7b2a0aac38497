#pragma once
// The window's own collector: a Collector (core/collector) on a thread of its own, writing to
// the open store, so that beacons are received, journaled and parsed while the GUI thread only
// paints. start() on another store restarts it there; stats come once a second.

#include "collector/collectorconfig.h"
#include "collector/collectorstats.h"

#include <QObject>
#include <QThread>

namespace rumscope {

class EmbeddedCollectorHost;

class EmbeddedCollector : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedCollector(QObject *parent = nullptr);
    ~EmbeddedCollector() override; ///< stops, committing what it accepted

    /// (Re)starts on the store at storePath; answers with started() or failed().
    void start(const QString &storePath, const CollectorConfig &config);
    void stop();
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    const QString &storePath() const { return m_storePath; }

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString &message);
    void stopped();
    void statsChanged(const rumscope::CollectorStats &stats);
    /// Records were committed to the store.
    void committed();

private:
    QThread m_thread;
    EmbeddedCollectorHost *m_host; ///< lives in m_thread
    quint16 m_port = 0;
    QString m_storePath;
};

} // namespace rumscope

Q_DECLARE_METATYPE(rumscope::CollectorStats)
