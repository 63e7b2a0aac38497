// Times what stands between opening a store and the Overview appearing: opening the store,
// loading the engine's columns and answering the Overview's query (cards + trend), and then a
// filter change. Usage: bench_overview STORE [RUNS]
#include "query/localengine.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace rumscope;

namespace {
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_overview STORE [RUNS]\n";
        return 2;
    }
    const QString path = args[1];
    const int runs = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;
    std::vector<double> open, load, overview, filtered, total;
    qint64 pageViews = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Result<Store> store = Store::open(path, Store::Mode::ReadOnly);
        if (!store) {
            QTextStream(stderr) << store.error().message << '\n';
            return 1;
        }
        const double opened = timer.nsecsElapsed() / 1e6;
        Result<LocalEngine> engine = LocalEngine::load(path);
        if (!engine) {
            QTextStream(stderr) << engine.error().message << '\n';
            return 1;
        }
        const double loaded = timer.nsecsElapsed() / 1e6;
        OverviewQuery query;
        const OverviewResult result = engine->overview(query);
        const double answered = timer.nsecsElapsed() / 1e6;
        pageViews = result.pageViews;

        OverviewQuery narrow;
        narrow.filter.from = engine->lastTime() - 7 * 86400000LL;
        narrow.filter.dimensions = {{Dimension::DeviceType, {QStringLiteral("mobile")}, false}};
        QElapsedTimer filterTimer;
        filterTimer.start();
        engine->overview(narrow);
        filtered.push_back(filterTimer.nsecsElapsed() / 1e6);

        open.push_back(opened);
        load.push_back(loaded - opened);
        overview.push_back(answered - loaded);
        total.push_back(answered);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "page views          " << pageViews << '\n'
        << "open store (ms)     " << median(open) << '\n'
        << "load columns (ms)   " << median(load) << '\n'
        << "overview query (ms) " << median(overview) << '\n'
        << "open → overview (ms)" << ' ' << median(total) << '\n'
        << "filter change (ms)  " << median(filtered) << '\n'
        << "peak RSS (MiB)      " << usage.ru_maxrss / 1024 << '\n'
        << "runs                " << runs << '\n';
    return 0;
}
