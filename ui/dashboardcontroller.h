#pragma once
// Turns the window's FilterState and the open store's engine into query results for the
// views: one batch of queries per change for the page on screen, run off the GUI thread, the
// latest request winning. Views never query; they get their results from here.

#include "query/localengine.h"
#include "query/overview.h"

#include <QString>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace rumscope {

class FilterState;

/// The pages of the dashboard, each answered by its own batch.
/// In the order the window shows their tabs.
enum class DashboardPage
{
    Overview,
    Trends,
    Geography,
    Technology,
    Pages,
    Errors,
    Sessions,
};
inline constexpr size_t kDashboardPageCount = 7;

/// What the Overview shows beside its cards (the OverviewResult): the same figures for the
/// period of equal length before, each card's metric over time, Core Web Vitals by device
/// type and the page views that had an error.
struct OverviewDetails
{
    double percentile = 0.75;
    Filter filter;
    Filter previousFilter;                     ///< the period of equal length just before
    OverviewResult previous;                   ///< the cards' figures for previousFilter
    qint64 bucketMs = 0;                       ///< the sparklines' bucket
    std::vector<MetricQueryResult> sparklines; ///< kOverviewMetrics order, by time bucket
    /// LCP, INP and CLS by device type (kCoreWebVitals order): a device type passes the Core
    /// Web Vitals when all three are good at the percentile.
    std::vector<MetricQueryResult> vitalsByDevice;
    qint64 pageViewsWithErrors = 0;
    qint64 previousPageViewsWithErrors = 0;
};

/// What the Trends page shows: the metric's percentile over time against the period before,
/// the releases (for their markers) and the metric's distribution.
struct TrendsResult
{
    Metric metric = Metric::Lcp;
    double percentile = 0.75;
    Filter filter;
    std::pair<qint64, qint64> span; ///< [from, to) epoch ms the chart covers
    qint64 bucketMs = 0;            ///< minute, hour or day, from the span
    MetricQueryResult current;      ///< one row per bucket
    /// The period of equal length before, bucketed alike; its rows' bucketStart plus
    /// previousOffset puts them under the current period's.
    MetricQueryResult previous;
    qint64 previousOffset = 0;
    MetricQueryResult releases; ///< by release: page views and first and last seen
    HistogramResult histogram;  ///< with FilterState::percentiles() as marks
};

/// What the Geography page shows: the metric by country for the map and its table, and when
/// the filter picks one country, its regions and cities.
struct GeographyResult
{
    Metric metric = Metric::Lcp;
    double percentile = 0.75;
    Filter filter;
    /// Every country, asked without the filter's own country condition, so the map keeps
    /// the world around the countries picked.
    MetricQueryResult countries;
    QStringList selectedCountries; ///< the countries the filter includes
    MetricQueryResult regions;     ///< within the one selected country; empty otherwise
    MetricQueryResult cities;
};

/// What the Errors page shows: the error groups for the filter.
struct ErrorsResult
{
    Filter filter;
    ErrorGroupResult groups;
};

/// What the Sessions page lists: the sessions the filter and the search select.
struct SessionsResult
{
    Filter filter;
    QString search;
    SessionListResult sessions;
};

/// What the Technology page shows: the chosen metric by browser (or by version of the one
/// browser filtered to), operating system, device type and connection type.
struct TechnologyResult
{
    Metric metric = Metric::Lcp;
    double percentile = 0.75;
    Filter filter;
    Dimension browserDimension = Dimension::Browser; ///< BrowserVersion when drilled into
    MetricQueryResult browsers;
    MetricQueryResult systems;
    MetricQueryResult devices;
    MetricQueryResult connections;
};

/// What the Pages page shows: each vital by route, and the page views with an error by route.
struct PagesResult
{
    double percentile = 0.75;
    Filter filter;
    std::vector<MetricQueryResult> byMetric; ///< kOverviewMetrics order
    MetricQueryResult withErrors;
};

class DashboardController : public QObject
{
    Q_OBJECT
public:
    explicit DashboardController(FilterState *state, QObject *parent = nullptr);
    ~DashboardController() override;

    /// Replaces the engine (nullptr: no store open) and re-queries.
    void setEngine(std::shared_ptr<const LocalEngine> engine);
    const std::shared_ptr<const LocalEngine> &engine() const { return m_engine; }

    /// The page on screen: only its queries run; another page is asked when it is shown.
    void setPage(DashboardPage page);
    DashboardPage page() const { return m_page; }

    /// The query the current FilterState asks of the current engine.
    OverviewQuery overviewQuery() const;
    /// The Technology page's queries for the current FilterState.
    std::vector<BatchQuery> technologyQueries(Dimension *browserDimension = nullptr) const;
    /// The Pages page's queries: each vital by route, then page views with errors by route.
    std::vector<BatchQuery> pagesQueries() const;
    /// The Sessions page's search (a session id prefix or a user id); re-queries that page.
    void setSessionSearch(const QString &search);
    const QString &sessionSearch() const { return m_sessionSearch; }
    /// How many sessions and error groups their lists hold at most.
    static constexpr int kSessionLimit = 500;
    static constexpr int kErrorGroupLimit = 200;
    bool isBusy() const { return m_running; }
    /// Whether the page's views hold the answer for the current filter.
    bool isAnswered(DashboardPage page) const
    {
        return m_engine && !m_running && m_answered[size_t(page)] == m_generation;
    }
    /// Incremented for every request; results of older requests are dropped.
    quint64 generation() const { return m_generation; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// The answer to the latest request, with the query it answers.
    void overviewReady(const rumscope::OverviewQuery &query,
                       const rumscope::OverviewResult &result);
    void technologyReady(const rumscope::TechnologyResult &result);
    void pagesReady(const rumscope::PagesResult &result);
    /// With overviewReady, from the same batch.
    void overviewDetailsReady(const rumscope::OverviewDetails &details);
    void trendsReady(const rumscope::TrendsResult &result);
    void geographyReady(const rumscope::GeographyResult &result);
    void errorsReady(const rumscope::ErrorsResult &result);
    void sessionsReady(const rumscope::SessionsResult &result);
    /// No engine: views show their empty state.
    void cleared();
    void busyChanged(bool busy);

private:
    struct Request
    {
        DashboardPage page = DashboardPage::Overview;
        quint64 generation = 0;
        std::vector<BatchQuery> queries;
        Dimension browserDimension = Dimension::Browser;
        Filter filter;
        std::pair<qint64, qint64> span;
        QStringList selectedCountries;
        QString search;
    };
    std::vector<BatchQuery> overviewQueries() const;
    std::vector<BatchQuery> trendsQueries() const;
    std::vector<BatchQuery> geographyQueries(QStringList *selectedCountries) const;
    std::vector<BatchQuery> errorsQueries() const;
    std::vector<BatchQuery> sessionsQueries() const;
    void publishOverview(const Request &request, const BatchResult &result);
    void publishTrends(const Request &request, const BatchResult &result);
    void publishGeography(const Request &request, const BatchResult &result);
    void start();
    void finished();
    void setRunning(bool running);
    Filter currentFilter() const;
    std::pair<qint64, qint64> currentSpan() const;
    void publish(const Request &request, const BatchResult &result);

    FilterState *m_state;
    std::shared_ptr<const LocalEngine> m_engine;
    DashboardPage m_page = DashboardPage::Overview;
    // A watcher rather than .then(this, …): it detaches from a query still running when the
    // controller goes, where Qt 6.4's continuation would assert on the dead context.
    QFutureWatcher<BatchResult> m_watcher;
    /// The batches' thread, apart from the global pool that Qt's raster painting uses.
    QThreadPool m_pool;
    Request m_running_request;
    quint64 m_generation = 0;
    /// Per page, the generation its views last got an answer for: shown pages re-query when
    /// the filter changed while they were hidden.
    std::array<quint64, kDashboardPageCount> m_answered{};
    QString m_sessionSearch;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace rumscope

Q_DECLARE_METATYPE(rumscope::TechnologyResult)
Q_DECLARE_METATYPE(rumscope::PagesResult)
Q_DECLARE_METATYPE(rumscope::OverviewDetails)
Q_DECLARE_METATYPE(rumscope::TrendsResult)
Q_DECLARE_METATYPE(rumscope::GeographyResult)
Q_DECLARE_METATYPE(rumscope::ErrorsResult)
Q_DECLARE_METATYPE(rumscope::SessionsResult)
