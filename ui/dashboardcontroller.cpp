#include "dashboardcontroller.h"

#include "filterstate.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rumscope {

DashboardController::DashboardController(FilterState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    connect(m_state, &FilterState::changed, this, &DashboardController::refresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DashboardController::finished);
}

// A running query holds its own reference to the engine; nothing to wait for.
DashboardController::~DashboardController() = default;

void DashboardController::setEngine(std::shared_ptr<const LocalEngine> engine)
{
    m_engine = std::move(engine);
    if (!m_engine) {
        ++m_generation; // whatever is still running answers for the old store
        Q_EMIT cleared();
        return;
    }
    refresh();
}

void DashboardController::setPage(DashboardPage page)
{
    if (page == m_page)
        return;
    m_page = page;
    if (m_engine && m_answered[size_t(page)] != m_generation) {
        if (m_running)
            m_pending = true;
        else
            start();
    }
}

Filter DashboardController::currentFilter() const
{
    return m_engine ? m_state->filter(m_engine->firstTime(), m_engine->lastTime()) : Filter();
}

OverviewQuery DashboardController::overviewQuery() const
{
    OverviewQuery query;
    query.percentile = m_state->percentile();
    query.filter = currentFilter();
    return query;
}

std::vector<BatchQuery> DashboardController::technologyQueries(Dimension *browserDimension) const
{
    MetricQuery query;
    query.metric = m_state->metric();
    query.percentiles = {m_state->percentile()};
    query.filter = currentFilter();
    query.limit = 50;
    // Filtered to one browser: its versions instead of every browser.
    Dimension browsers = Dimension::Browser;
    for (const DimensionFilter &condition : query.filter.dimensions) {
        if (condition.dimension == Dimension::Browser && !condition.exclude &&
            condition.values.size() == 1)
            browsers = Dimension::BrowserVersion;
    }
    if (browserDimension)
        *browserDimension = browsers;
    std::vector<BatchQuery> queries;
    for (const Dimension dimension :
         {browsers, Dimension::Os, Dimension::DeviceType, Dimension::ConnectionType}) {
        query.groupBy = dimension;
        queries.emplace_back(query);
    }
    return queries;
}

std::vector<BatchQuery> DashboardController::pagesQueries() const
{
    MetricQuery query;
    query.percentiles = {m_state->percentile()};
    query.filter = currentFilter();
    query.groupBy = Dimension::Route;
    std::vector<BatchQuery> queries;
    for (const Metric metric : kOverviewMetrics) {
        query.metric = metric;
        queries.emplace_back(query);
    }
    // Page views with an error, by route: the error rate's numerator. Unless the filter
    // already says "without errors", when there are none.
    query.metric = Metric::Lcp;
    if (query.filter.hasError != false)
        query.filter.hasError = true;
    queries.emplace_back(query);
    return queries;
}

void DashboardController::refresh()
{
    if (!m_engine)
        return;
    ++m_generation;
    // One batch at a time: while one runs, changes only mark the need for another, so
    // scrolling through the combo boxes never queues a pile of scans nobody will see.
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void DashboardController::start()
{
    m_pending = false;
    setRunning(true);
    Request request;
    request.page = m_page;
    request.generation = m_generation;
    switch (m_page) {
    case DashboardPage::Overview:
        request.queries.emplace_back(overviewQuery());
        break;
    case DashboardPage::Technology:
        request.queries = technologyQueries(&request.browserDimension);
        break;
    case DashboardPage::Pages:
        request.queries = pagesQueries();
        break;
    }
    m_running_request = request;
    m_watcher.setFuture(
        QtConcurrent::run([engine = m_engine, queries = std::move(request.queries)] {
            return engine->run(queries);
        }));
}

void DashboardController::finished()
{
    const bool answered = m_watcher.future().resultCount() > 0;
    if (answered && m_running_request.generation == m_generation && m_engine)
        publish(m_running_request, m_watcher.result());
    // A change while it ran, or another page shown meanwhile that has not been answered.
    if (m_engine && (m_pending || m_answered[size_t(m_page)] != m_generation)) {
        start();
        return;
    }
    setRunning(false);
}

void DashboardController::publish(const Request &request, const BatchResult &result)
{
    if (result.cancelled || result.answers.size() != request.queries.size())
        return;
    m_answered[size_t(request.page)] = request.generation;
    switch (request.page) {
    case DashboardPage::Overview:
        Q_EMIT overviewReady(std::get<OverviewQuery>(request.queries.front()),
                             std::get<OverviewResult>(result.answers.front()));
        break;
    case DashboardPage::Technology: {
        TechnologyResult technology;
        const auto &first = std::get<MetricQuery>(request.queries.front());
        technology.metric = first.metric;
        technology.percentile = first.percentiles.value(0, 0.75);
        technology.filter = first.filter;
        technology.browserDimension = request.browserDimension;
        technology.browsers = std::get<MetricQueryResult>(result.answers[0]);
        technology.systems = std::get<MetricQueryResult>(result.answers[1]);
        technology.devices = std::get<MetricQueryResult>(result.answers[2]);
        technology.connections = std::get<MetricQueryResult>(result.answers[3]);
        Q_EMIT technologyReady(technology);
        break;
    }
    case DashboardPage::Pages: {
        PagesResult pages;
        const auto &first = std::get<MetricQuery>(request.queries.front());
        pages.percentile = first.percentiles.value(0, 0.75);
        pages.filter = first.filter;
        for (size_t i = 0; i < kOverviewMetrics.size(); ++i)
            pages.byMetric.push_back(std::get<MetricQueryResult>(result.answers[i]));
        pages.withErrors = std::get<MetricQueryResult>(result.answers.back());
        Q_EMIT pagesReady(pages);
        break;
    }
    }
}

void DashboardController::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT busyChanged(running);
}

} // namespace rumscope
