// rumscope-cli stats: what a store holds, how old its data is and how large it is.

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "texttable.h"

#include "store/store.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

int statsCommand(const QStringList &arguments)
{
    CommandLine cl(u"stats"_s,
                   Cli::tr("Shows what a store holds: records per type, quarantined lines, "
                           "imports, the time span of its page views, its schema version and "
                           "file size."),
                   u"--store STORE"_s);
    const QCommandLineOption storeOption(u"store"_s, Cli::tr("The store file to describe."),
                                         Cli::tr("STORE"));
    cl.addOption(storeOption);
    if (const auto done = cl.parse(arguments))
        return *done;
    if (!cl.isSet(storeOption))
        return cl.usageError(Cli::tr("Missing --store STORE."));
    const QString storePath = cl.value(storeOption);

    const Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return cl.failure(store.error().message, store.error().exitCode);
    const Result<StoreStats> result = store->stats();
    if (!result)
        return cl.failure(result.error().message, result.error().exitCode);
    const StoreStats &stats = result.value();
    const bool hasPageViews = stats.pageViews > 0;

    if (cl.json()) {
        const auto time = [&](qint64 ms) {
            return hasPageViews ? QJsonValue(ms) : QJsonValue(QJsonValue::Null);
        };
        const auto iso = [&](qint64 ms) {
            return hasPageViews ? QJsonValue(isoTime(ms)) : QJsonValue(QJsonValue::Null);
        };
        printJson(QJsonObject{
            {u"store"_s, storePath},
            {u"schemaVersion"_s, stats.schemaVersion},
            {u"fileBytes"_s, stats.fileBytes},
            {u"sessions"_s, stats.sessions},
            {u"pageViews"_s, stats.pageViews},
            {u"errors"_s, stats.errors},
            {u"interactions"_s, stats.interactions},
            {u"resources"_s, stats.resources},
            {u"longTasks"_s, stats.longTasks},
            {u"measurements"_s, stats.measurements},
            {u"quarantined"_s, stats.quarantined},
            {u"imports"_s, stats.imports},
            {u"firstPageView"_s, time(stats.firstPageView)},
            {u"lastPageView"_s, time(stats.lastPageView)},
            {u"firstPageViewTime"_s, iso(stats.firstPageView)},
            {u"lastPageViewTime"_s, iso(stats.lastPageView)},
        });
        return ExitSuccess;
    }

    TextTable table({QString(), QString()});
    table.setHeaderVisible(false);
    table.setAlign(1, TextTable::Align::Right);
    table.addRow({Cli::tr("Sessions"), formatCount(stats.sessions)});
    table.addRow({Cli::tr("Page views"), formatCount(stats.pageViews)});
    table.addRow({Cli::tr("Errors"), formatCount(stats.errors)});
    table.addRow({Cli::tr("Interactions"), formatCount(stats.interactions)});
    table.addRow({Cli::tr("Resources"), formatCount(stats.resources)});
    table.addRow({Cli::tr("Long tasks"), formatCount(stats.longTasks)});
    table.addRow({Cli::tr("Measurements"), formatCount(stats.measurements)});
    table.addRow({Cli::tr("Quarantined lines"), formatCount(stats.quarantined)});
    table.addRow({Cli::tr("Imports"), formatCount(stats.imports)});
    table.addSeparator();
    table.addRow({Cli::tr("First page view"),
                  hasPageViews ? formatTime(stats.firstPageView) : Cli::tr("none")});
    table.addRow({Cli::tr("Last page view"),
                  hasPageViews ? formatTime(stats.lastPageView) : Cli::tr("none")});
    table.addRow({Cli::tr("Schema version"), QString::number(stats.schemaVersion)});
    table.addRow({Cli::tr("File size"), formatBytes(stats.fileBytes)});
    printOut(Cli::tr("Store %1").arg(storePath));
    printOut(table.toString());
    return ExitSuccess;
}

} // namespace rumscope::cli
