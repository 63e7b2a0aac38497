#pragma once
// Turns the window's FilterState and the open store's engine into query results for the
// views: one batch of queries per change for the page on screen, run off the GUI thread, the
// latest request winning. Views never query; they get their results from here.

#include "query/localengine.h"
#include "query/overview.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace rumscope {

class FilterState;

/// The pages of the dashboard, each answered by its own batch.
enum class DashboardPage
{
    Overview,
    Technology,
    Pages,
};
inline constexpr size_t kDashboardPageCount = 3;

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
    bool isBusy() const { return m_running; }
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
    };
    void start();
    void finished();
    void setRunning(bool running);
    Filter currentFilter() const;
    void publish(const Request &request, const BatchResult &result);

    FilterState *m_state;
    std::shared_ptr<const LocalEngine> m_engine;
    DashboardPage m_page = DashboardPage::Overview;
    // A watcher rather than .then(this, …): it detaches from a query still running when the
    // controller goes, where Qt 6.4's continuation would assert on the dead context.
    QFutureWatcher<BatchResult> m_watcher;
    Request m_running_request;
    quint64 m_generation = 0;
    /// Per page, the generation its views last got an answer for: shown pages re-query when
    /// the filter changed while they were hidden.
    std::array<quint64, kDashboardPageCount> m_answered{};
    bool m_running = false;
    bool m_pending = false;
};

} // namespace rumscope

Q_DECLARE_METATYPE(rumscope::TechnologyResult)
Q_DECLARE_METATYPE(rumscope::PagesResult)
