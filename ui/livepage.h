#pragma once
// The Live page: where beacons come from now (the window's collector, a followed feed), how
// many arrive each second, and the newest events as they are stored. The dashboards follow
// on their own (EngineFollower); this page shows the stream itself.

#include "collector/collectorstats.h"
#include "remote/feedfollower.h"
#include "store/recentevents.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace rumscope {

class LiveEventModel;
class RateChart;

class LivePage : public QWidget
{
    Q_OBJECT
public:
    explicit LivePage(QWidget *parent = nullptr);
    ~LivePage() override;

    void setStorePath(const QString &path);
    LiveEventModel *eventModel() const { return m_events; }
    RateChart *rateChart() const { return m_rate; }

public Q_SLOTS:
    void collectorStarted(quint16 port);
    void collectorStopped(const QString &reason = {});
    void setCollectorStats(const rumscope::CollectorStats &stats);
    void feedStateChanged(rumscope::FeedFollower::State state, const QString &detail,
                          const QUrl &url);
    void feedReceived(qint64 records);
    /// Something was committed: the list is read again (at most once a second).
    void poke();

Q_SIGNALS:
    /// A row of the list was activated: show that session's journey.
    void sessionRequested(const QString &sessionId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void tick();
    void loadEvents();
    void updateSourceText();

    QLabel *m_collectorText;
    QLabel *m_feedText;
    QLabel *m_rateValue;
    QLabel *m_rateCaption;
    QLabel *m_acceptedValue;
    QLabel *m_recordsValue;
    QLabel *m_quarantinedValue;
    QLabel *m_refusedValue;
    QLabel *m_queueValue;
    RateChart *m_rate;
    LiveEventModel *m_events;
    QTableView *m_table;
    QTimer m_tick;
    QString m_storePath;
    bool m_dirty = true;
    qint64 m_lastAccepted = -1;
    qint64 m_feedThisSecond = 0;
    bool m_following = false;
    struct Loaded
    {
        QString storePath; ///< results of a store no longer open are dropped
        EventMarks since;
        std::vector<RecentEvent> events;
    };
    QFutureWatcher<Result<Loaded>> m_loader;
    /// The list holds what arrived after these (set when the store opens).
    std::optional<EventMarks> m_since;
    QDateTime m_sinceTime;
    QLabel *m_latestCaption;
};

} // namespace rumscope
