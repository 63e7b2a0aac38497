// bench/gui: how the GUI feels on a large store. Opens STORE in the real main window
// (offscreen), then
//  1. on every page, applies filter changes as a click would (include a browser, go back,
//     include a device type, go back, change the time range) and times each from the change
//     to the page's views repainted with the answer;
//  2. optionally imports FILE into a new store while the window follows it;
// and all along measures how late a 1 ms timer fires: the longest the GUI thread was busy.
// Usage: bench_gui STORE [RUNS] [--import FILE NEW_STORE]

#include "dashboardcontroller.h"
#include "filterstate.h"
#include "importjob.h"
#include "mainwindow.h"
#include "query/localengine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

using namespace rumscope;

namespace {
QTextStream out(stdout);

/// The gaps between the ticks of a 1 ms timer: anything above 1 ms is time the event loop
/// could not run.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const
    {
        return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    }
    double quantile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[size_t(p * double(sorted.size() - 1))];
    }
    size_t over(double ms) const
    {
        return size_t(
            std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; }));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

/// Notes when widgets under the page on screen paint after an answer reached them.
class PaintWatch : public QObject
{
public:
    QWidget *page = nullptr;
    bool answered = false;
    bool painted = false;
    void arm()
    {
        answered = true;
        painted = false;
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (answered && event->type() == QEvent::Paint && page && watched->isWidgetType() &&
            (watched == page || page->isAncestorOf(static_cast<QWidget *>(watched))))
            painted = true;
        return false;
    }
};

bool waitFor(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Sleeps between events: processEvents with a time limit would spin, and take a core
    // from the scans it waits for. The tick bounds the wait when no event comes.
    QTimer tick;
    tick.start(5);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

const char *pageName(DashboardPage page)
{
    static const char *names[] = {"Overview", "Trends", "Geography", "Technology",
                                  "Pages",    "Errors", "Sessions"};
    return names[size_t(page)];
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("rumscope-bench"));
    QStringList args = app.arguments().mid(1);
    QString importFile, importStore;
    if (const qsizetype at = args.indexOf(QStringLiteral("--import")); at >= 0) {
        if (at + 2 >= args.size()) {
            QTextStream(stderr) << "--import needs FILE and NEW_STORE\n";
            return 2;
        }
        importFile = args[at + 1];
        // The window names its store by absolute path.
        importStore = QFileInfo(args[at + 2]).absoluteFilePath();
        args.remove(at, 3);
    }
    // --page NAME (repeatable): only those pages, to profile one.
    QStringList onlyPages;
    for (qsizetype at = args.indexOf(QStringLiteral("--page")); at >= 0;
         at = args.indexOf(QStringLiteral("--page"))) {
        if (at + 1 >= args.size()) {
            QTextStream(stderr) << "--page needs a page name\n";
            return 2;
        }
        onlyPages.append(args[at + 1]);
        args.remove(at, 2);
    }
    if (args.isEmpty() || !QFileInfo::exists(args[0])) {
        QTextStream(stderr)
            << "usage: bench_gui STORE [RUNS] [--page NAME]… [--import FILE NEW_STORE]\n";
        return 2;
    }
    const QString store = args[0];
    const int runs = args.size() > 1 ? std::max(1, args[1].toInt()) : 5;

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    DashboardController *dashboard = window.dashboard();
    PaintWatch paints;
    app.installEventFilter(&paints);
    const auto arm = [&paints] { paints.arm(); };
    QObject::connect(dashboard, &DashboardController::overviewReady, &app, arm);
    QObject::connect(dashboard, &DashboardController::trendsReady, &app, arm);
    QObject::connect(dashboard, &DashboardController::geographyReady, &app, arm);
    QObject::connect(dashboard, &DashboardController::technologyReady, &app, arm);
    QObject::connect(dashboard, &DashboardController::pagesReady, &app, arm);
    QObject::connect(dashboard, &DashboardController::errorsReady, &app, arm);
    QObject::connect(dashboard, &DashboardController::sessionsReady, &app, arm);
    StallMonitor stalls;
    FilterState *filter = window.filterState();

    QElapsedTimer clock;
    clock.start();
    window.openStore(store);
    if (!waitFor([&] { return dashboard->isAnswered(DashboardPage::Overview); }, 600000)) {
        QTextStream(stderr) << "the store did not open\n";
        return 1;
    }
    out << "opened " << store << " (" << dashboard->engine()->pageViews() << " page views) in "
        << clock.elapsed() << " ms\n";
    const QString browser = dashboard->engine()->values(Dimension::Browser).value(0);
    const QString device = dashboard->engine()->values(Dimension::DeviceType).value(0);

    // Each change as a click makes it; each timed to the page's views painted with the answer.
    const std::vector<std::pair<const char *, std::function<void()>>> changes{
        {"include browser", [&] { filter->include(Dimension::Browser, browser); }},
        {"back", [&] { filter->goBack(); }},
        {"include device", [&] { filter->include(Dimension::DeviceType, device); }},
        {"back", [&] { filter->goBack(); }},
        {"last 7 days", [&] { filter->setTimeRange(FilterState::TimeRange::Last7Days); }},
        {"back", [&] { filter->goBack(); }},
    };
    out << "\n| page | click → repainted, median ms | worst ms | longest GUI stall ms |\n"
           "|---|---:|---:|---:|\n";
    double worstStall = 0;
    std::vector<double> all;
    for (size_t index = 0; index < kDashboardPageCount; ++index) {
        const auto page = DashboardPage(index);
        if (!window.pageWidget(page) ||
            (!onlyPages.isEmpty() &&
             !onlyPages.contains(QLatin1String(pageName(page)), Qt::CaseInsensitive)))
            continue;
        window.showPage(page);
        if (!waitFor([&] { return dashboard->isAnswered(page); }, 600000))
            return 1;
        paints.page = window.pageWidget(page);
        // Twice through the changes: timed without the stall monitor, whose 1 ms timer takes
        // CPU from the scans on two cores, then with it for the stalls.
        std::vector<double> times;
        for (const bool monitored : {false, true}) {
            if (monitored)
                stalls.start();
            for (int run = 0; run < runs; ++run) {
                for (const auto &change : changes) {
                    paints.answered = false;
                    QElapsedTimer timer;
                    timer.start();
                    change.second();
                    if (!waitFor([&] { return dashboard->isAnswered(page) && paints.painted; },
                                 600000)) {
                        QTextStream(stderr)
                            << pageName(page) << ": no answer to " << change.first << "\n";
                        return 1;
                    }
                    if (!monitored)
                        times.push_back(double(timer.nsecsElapsed()) / 1e6);
                }
            }
        }
        stalls.stop();
        worstStall = std::max(worstStall, stalls.longest());
        all.insert(all.end(), times.begin(), times.end());
        out << "| " << pageName(page) << " | " << QString::number(median(times), 'f', 1) << " | "
            << QString::number(*std::max_element(times.begin(), times.end()), 'f', 1) << " | "
            << QString::number(stalls.longest(), 'f', 1) << " |\n";
    }
    if (all.empty()) {
        QTextStream(stderr) << "no page is named " << onlyPages.join(QStringLiteral(", ")) << "\n";
        return 2;
    }
    out << "\nall pages: median " << QString::number(median(all), 'f', 1) << " ms, worst "
        << QString::number(*std::max_element(all.begin(), all.end()), 'f', 1)
        << " ms; longest GUI stall " << QString::number(worstStall, 'f', 1) << " ms\n";

    if (!importFile.isEmpty()) {
        window.showPage(DashboardPage::Overview);
        window.createStore(importStore);
        if (!waitFor([&] { return window.storePath() == importStore; }, 60000)) {
            QTextStream(stderr) << "could not create " << importStore << "\n";
            return 1;
        }
        auto *import = window.findChild<ImportJob *>();
        bool done = false;
        QObject::connect(import, &ImportJob::finished, &app, [&done] { done = true; });
        QObject::connect(import, &ImportJob::failed, &app, [&done](const QString &message) {
            QTextStream(stderr) << "import failed: " << message << "\n";
            done = true;
        });
        stalls.start();
        QElapsedTimer timer;
        timer.start();
        window.importFiles({importFile});
        waitFor([&] { return done; }, 3600000);
        const qint64 importMs = timer.elapsed();
        // Until the views show the last of it.
        waitFor([&] { return dashboard->isAnswered(DashboardPage::Overview); }, 600000);
        stalls.stop();
        out << "\nimport of " << QFileInfo(importFile).fileName() << ": " << importMs
            << " ms; GUI stalls: longest " << QString::number(stalls.longest(), 'f', 1)
            << " ms, p99 " << QString::number(stalls.quantile(0.99), 'f', 2) << " ms, "
            << stalls.over(50) << " over 50 ms\n";
    }
    return 0;
}
