#include "dashboardcontroller.h"

#include "filterstate.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rumscope {

DashboardController::DashboardController(FilterState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    m_pool.setMaxThreadCount(1); // one batch at a time; its scans spread over the engine's pool
    connect(m_state, &FilterState::changed, this, &DashboardController::refresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DashboardController::finished);
}

// A running batch holds its own reference to the engine; the pool waits for it to end.
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

namespace {
/// The period of equal length just before the filter's.
Filter previousPeriod(Filter filter)
{
    const qint64 length = filter.to - filter.from;
    filter.to = filter.from;
    filter.from -= length;
    return filter;
}

MetricQuery metricQuery(Metric metric, double percentile, const Filter &filter)
{
    MetricQuery query;
    query.metric = metric;
    query.percentiles = {percentile};
    query.filter = filter;
    return query;
}
} // namespace

Filter DashboardController::currentFilter() const
{
    return m_engine ? m_state->filter(m_engine->firstTime(), m_engine->lastTime()) : Filter();
}

std::pair<qint64, qint64> DashboardController::currentSpan() const
{
    return m_engine ? m_state->span(m_engine->firstTime(), m_engine->lastTime())
                    : std::pair<qint64, qint64>{};
}

OverviewQuery DashboardController::overviewQuery() const
{
    OverviewQuery query;
    query.percentile = m_state->percentile();
    query.filter = currentFilter();
    return query;
}

std::vector<BatchQuery> DashboardController::overviewQueries() const
{
    const OverviewQuery current = overviewQuery();
    OverviewQuery previous = current;
    previous.filter = previousPeriod(current.filter);
    std::vector<BatchQuery> queries{current, previous};
    const auto [from, to] = currentSpan();
    for (const Metric metric : kOverviewMetrics) {
        MetricQuery sparkline = metricQuery(metric, current.percentile, current.filter);
        sparkline.bucketMs = trendBucketFor(from, to);
        queries.emplace_back(sparkline);
    }
    for (const Metric metric : kCoreWebVitals) {
        MetricQuery byDevice = metricQuery(metric, current.percentile, current.filter);
        byDevice.groupBy = Dimension::DeviceType;
        queries.emplace_back(byDevice);
    }
    for (const Filter &filter : {current.filter, previous.filter}) {
        MetricQuery withErrors = metricQuery(Metric::Lcp, current.percentile, filter);
        if (withErrors.filter.hasError != false)
            withErrors.filter.hasError = true;
        queries.emplace_back(withErrors);
    }
    return queries;
}

std::vector<BatchQuery> DashboardController::trendsQueries() const
{
    const Filter filter = currentFilter();
    const auto [from, to] = currentSpan();
    MetricQuery current = metricQuery(m_state->metric(), m_state->percentile(), filter);
    current.bucketMs = trendBucketFor(from, to);
    MetricQuery previous = current;
    previous.filter = previousPeriod(filter);
    MetricQuery releases = current;
    releases.bucketMs = 0;
    releases.groupBy = Dimension::Release;
    releases.order = GroupOrder::Name;
    releases.ascending = true;
    HistogramQuery histogram;
    histogram.filter = filter;
    histogram.metric = m_state->metric();
    histogram.percentiles = FilterState::percentiles();
    return {current, previous, releases, histogram};
}

std::vector<BatchQuery> DashboardController::geographyQueries(QStringList *selectedCountries) const
{
    const Filter filter = currentFilter();
    MetricQuery countries = metricQuery(m_state->metric(), m_state->percentile(), filter);
    countries.groupBy = Dimension::Country;
    QStringList selected;
    countries.filter.dimensions.removeIf([&selected](const DimensionFilter &condition) {
        if (condition.dimension != Dimension::Country || condition.exclude)
            return false;
        selected += condition.values;
        return true;
    });
    if (selectedCountries)
        *selectedCountries = selected;
    std::vector<BatchQuery> queries{countries};
    if (selected.size() == 1) {
        MetricQuery within = metricQuery(m_state->metric(), m_state->percentile(), filter);
        within.limit = 200;
        within.groupBy = Dimension::Region;
        queries.emplace_back(within);
        within.groupBy = Dimension::City;
        queries.emplace_back(within);
    }
    return queries;
}

std::vector<BatchQuery> DashboardController::errorsQueries() const
{
    ErrorGroupQuery query;
    query.filter = currentFilter();
    query.limit = kErrorGroupLimit;
    const auto [from, to] = currentSpan();
    query.bucketMs = trendBucketFor(from, to); // each group's sparkline
    return {query};
}

std::vector<BatchQuery> DashboardController::sessionsQueries() const
{
    SessionQuery query;
    query.filter = currentFilter();
    query.search = m_sessionSearch;
    query.limit = kSessionLimit;
    return {query};
}

void DashboardController::setSessionSearch(const QString &search)
{
    if (search == m_sessionSearch)
        return;
    m_sessionSearch = search;
    // Only the Sessions page asks with it: the others keep their answers.
    if (!m_engine)
        return;
    const quint64 before = m_generation;
    ++m_generation;
    for (size_t page = 0; page < kDashboardPageCount; ++page) {
        if (page != size_t(DashboardPage::Sessions) && m_answered[page] == before)
            m_answered[page] = m_generation;
    }
    if (m_running)
        m_pending = true;
    else if (m_page == DashboardPage::Sessions)
        start();
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
    request.filter = currentFilter();
    request.span = currentSpan();
    request.search = m_sessionSearch;
    switch (m_page) {
    case DashboardPage::Overview:
        request.queries = overviewQueries();
        break;
    case DashboardPage::Trends:
        request.queries = trendsQueries();
        break;
    case DashboardPage::Geography:
        request.queries = geographyQueries(&request.selectedCountries);
        break;
    case DashboardPage::Technology:
        request.queries = technologyQueries(&request.browserDimension);
        break;
    case DashboardPage::Pages:
        request.queries = pagesQueries();
        break;
    case DashboardPage::Errors:
        request.queries = errorsQueries();
        break;
    case DashboardPage::Sessions:
        request.queries = sessionsQueries();
        break;
    }
    m_running_request = request;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [engine = m_engine, queries = std::move(request.queries)] {
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
        publishOverview(request, result);
        break;
    case DashboardPage::Trends:
        publishTrends(request, result);
        break;
    case DashboardPage::Geography:
        publishGeography(request, result);
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
    case DashboardPage::Errors: {
        ErrorsResult errors;
        errors.filter = std::get<ErrorGroupQuery>(request.queries.front()).filter;
        errors.groups = std::get<ErrorGroupResult>(result.answers.front());
        Q_EMIT errorsReady(errors);
        break;
    }
    case DashboardPage::Sessions: {
        SessionsResult sessions;
        sessions.filter = std::get<SessionQuery>(request.queries.front()).filter;
        sessions.search = request.search;
        sessions.sessions = std::get<SessionListResult>(result.answers.front());
        Q_EMIT sessionsReady(sessions);
        break;
    }
    }
}

void DashboardController::publishOverview(const Request &request, const BatchResult &result)
{
    // overviewQueries(): current, previous, a sparkline per card, the vitals by device, and
    // the page views with errors now and before.
    const auto &query = std::get<OverviewQuery>(request.queries[0]);
    OverviewDetails details;
    details.percentile = query.percentile;
    details.filter = query.filter;
    details.previousFilter = std::get<OverviewQuery>(request.queries[1]).filter;
    details.previous = std::get<OverviewResult>(result.answers[1]);
    size_t next = 2;
    details.bucketMs = std::get<MetricQuery>(request.queries[next]).bucketMs;
    for (size_t i = 0; i < kOverviewMetrics.size(); ++i)
        details.sparklines.push_back(std::get<MetricQueryResult>(result.answers[next++]));
    for (size_t i = 0; i < kCoreWebVitals.size(); ++i)
        details.vitalsByDevice.push_back(std::get<MetricQueryResult>(result.answers[next++]));
    details.pageViewsWithErrors =
        std::get<MetricQueryResult>(result.answers[next++]).total.pageViews;
    details.previousPageViewsWithErrors =
        std::get<MetricQueryResult>(result.answers[next++]).total.pageViews;
    Q_EMIT overviewReady(query, std::get<OverviewResult>(result.answers[0]));
    Q_EMIT overviewDetailsReady(details);
}

void DashboardController::publishTrends(const Request &request, const BatchResult &result)
{
    // trendsQueries(): current, previous, releases, histogram.
    const auto &current = std::get<MetricQuery>(request.queries[0]);
    const auto &previous = std::get<MetricQuery>(request.queries[1]);
    TrendsResult trends;
    trends.metric = current.metric;
    trends.percentile = current.percentiles.value(0, FilterState::kDefaultPercentile);
    trends.filter = current.filter;
    trends.span = request.span;
    trends.bucketMs = current.bucketMs;
    trends.current = std::get<MetricQueryResult>(result.answers[0]);
    trends.previous = std::get<MetricQueryResult>(result.answers[1]);
    trends.previousOffset = current.filter.from - previous.filter.from;
    trends.releases = std::get<MetricQueryResult>(result.answers[2]);
    trends.histogram = std::get<HistogramResult>(result.answers[3]);
    Q_EMIT trendsReady(trends);
}

void DashboardController::publishGeography(const Request &request, const BatchResult &result)
{
    const auto &countries = std::get<MetricQuery>(request.queries[0]);
    GeographyResult geography;
    geography.metric = countries.metric;
    geography.percentile = countries.percentiles.value(0, FilterState::kDefaultPercentile);
    geography.filter = request.filter;
    geography.countries = std::get<MetricQueryResult>(result.answers[0]);
    geography.selectedCountries = request.selectedCountries;
    if (result.answers.size() > 1)
        geography.regions = std::get<MetricQueryResult>(result.answers[1]);
    if (result.answers.size() > 2)
        geography.cities = std::get<MetricQueryResult>(result.answers[2]);
    Q_EMIT geographyReady(geography);
}

void DashboardController::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT busyChanged(running);
}

} // namespace rumscope
