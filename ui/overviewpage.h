#pragma once
// The Overview: a card per Core Web Vital and the trend of LCP, for the window's filter.
// Passive: it shows what the dashboard controller hands it and never queries itself.

#include "query/overview.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace rumscope {

class MetricCard;
class MetricCardModel;
class TrendChartView;
class TrendModel;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void showOverview(const OverviewQuery &query, const OverviewResult &result);
    /// No store open: every card says so.
    void clear();
    /// Says what is on its way (e.g. "Opening demo.rumscope…") until the next overview.
    void showPending(const QString &message);
    void dismissPending(); ///< back to what was shown before showPending()

    MetricCardModel *cardModel() const { return m_cardModel; }
    TrendModel *trendModel() const { return m_trendModel; }
    /// How many results were shown since construction; lets tests wait for a new one.
    int resultsShown() const { return m_resultsShown; }

private:
    void updateCards();

    MetricCardModel *m_cardModel;
    TrendModel *m_trendModel;
    QLabel *m_summary;
    QString m_pendingRestore; ///< the summary showPending() replaced; null when none
    QList<MetricCard *> m_cards;
    TrendChartView *m_trend;
    int m_resultsShown = 0;
};

} // namespace rumscope
