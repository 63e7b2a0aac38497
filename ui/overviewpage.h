#pragma once
// The Overview: traffic tiles (page views, sessions, error rate), whether each device type
// passes the Core Web Vitals, a card per vital with its sparkline and change against the
// period before, and the trend of LCP — for the window's filter. Passive: it shows what the
// dashboard controller hands it and never queries itself.

#include "query/dimension.h"
#include "query/overview.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace rumscope {

struct OverviewDetails;
class DeviceVitalsModel;
class DeviceVitalsPanel;
class MetricCard;
class MetricCardModel;
class OverviewSparklineModel;
class OverviewTile;
class OverviewTotalsModel;
class TrendChartView;
class TrendModel;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void showOverview(const OverviewQuery &query, const OverviewResult &result);
    /// What comes with the overview: the period before, sparklines, devices, errors.
    void showDetails(const OverviewDetails &details);
    /// No store open: every card says so.
    void clear();
    /// Says what is on its way (e.g. "Opening demo.rumscope…") until the next overview.
    void showPending(const QString &message);
    void dismissPending(); ///< back to what was shown before showPending()

    MetricCardModel *cardModel() const { return m_cardModel; }
    TrendModel *trendModel() const { return m_trendModel; }
    OverviewSparklineModel *sparklineModel() const { return m_sparklineModel; }
    OverviewTotalsModel *totalsModel() const { return m_totalsModel; }
    DeviceVitalsModel *deviceVitalsModel() const { return m_deviceModel; }
    QList<OverviewTile *> tiles() const { return m_tiles; }
    DeviceVitalsPanel *deviceVitalsPanel() const { return m_devices; }
    /// How many results were shown since construction; lets tests wait for a new one.
    int resultsShown() const { return m_resultsShown; }
    /// … and how many details.
    int detailsShown() const { return m_detailsShown; }

Q_SIGNALS:
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);

private:
    void updateCards();
    void updateTiles();

    MetricCardModel *m_cardModel;
    TrendModel *m_trendModel;
    OverviewSparklineModel *m_sparklineModel;
    OverviewTotalsModel *m_totalsModel;
    DeviceVitalsModel *m_deviceModel;
    QLabel *m_summary;
    QString m_pendingRestore;      ///< the summary showPending() replaced; null when none
    QList<OverviewTile *> m_tiles; ///< OverviewTotalsModel's rows, in order
    DeviceVitalsPanel *m_devices;
    QList<MetricCard *> m_cards;
    TrendChartView *m_trend;
    OverviewQuery m_query;   ///< what the cards show; details for another are ignored
    OverviewResult m_result; ///< its page views and sessions, for the tiles
    int m_resultsShown = 0;
    int m_detailsShown = 0;
};

} // namespace rumscope
