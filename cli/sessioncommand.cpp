// rumscope-cli session: everything one session did, in time order — what support staff need to
// follow a customer's report.

#include "cli.h"
#include "clicommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "texttable.h"

#include "ingest/canonicalcodec.h"
#include "model/metric.h"
#include "query/sessionjourney.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QString milliseconds(double value)
{
    return Cli::tr("%1 ms").arg(QLocale().toString(value, 'f', 0));
}

QString metricPart(Metric metric, double value)
{
    return u"%1 %2"_s.arg(QLatin1StringView(metricInfo(metric).shortName),
                          formatMetricValue(metric, value));
}

QString typeLabel(const Record &record)
{
    switch (recordType(record)) {
    case RecordType::Session:
        return Cli::tr("session");
    case RecordType::PageView:
        return Cli::tr("page view");
    case RecordType::Error:
        return Cli::tr("error");
    case RecordType::Interaction:
        return Cli::tr("interaction");
    case RecordType::Resource:
        return Cli::tr("resource");
    case RecordType::LongTask:
        return Cli::tr("long task");
    case RecordType::Measurement:
        return Cli::tr("measurement");
    }
    return {};
}

QString details(const Record &record)
{
    return std::visit(
        Overloaded{
            [](const Session &) { return QString(); },
            [](const PageView &view) {
                QStringList parts{shortened(view.url)};
                if (!view.navigationType.isEmpty() && view.navigationType != u"navigate"_s)
                    parts << u"(%1)"_s.arg(view.navigationType);
                if (isSet(view.lcp))
                    parts << metricPart(Metric::Lcp, view.lcp);
                if (isSet(view.inp))
                    parts << metricPart(Metric::Inp, view.inp);
                if (isSet(view.cls))
                    parts << metricPart(Metric::Cls, view.cls);
                return parts.join(u"  "_s);
            },
            [](const ErrorEvent &error) {
                QStringList parts{u"[%1]"_s.arg(error.kind)};
                const QString what = error.type.isEmpty()
                                         ? error.message
                                         : u"%1: %2"_s.arg(error.type, error.message);
                parts << shortened(what);
                if (!error.resourceUrl.isEmpty())
                    parts << shortened(error.resourceUrl, 80);
                if (isSet(error.httpStatus))
                    parts << Cli::tr("HTTP %1").arg(qint64(error.httpStatus));
                return parts.join(u"  "_s);
            },
            [](const Interaction &interaction) {
                QStringList parts{interaction.type, shortened(interaction.target, 80)};
                if (isSet(interaction.duration))
                    parts << milliseconds(interaction.duration);
                return parts.join(u"  "_s);
            },
            [](const Resource &resource) {
                QStringList parts{shortened(resource.url)};
                if (!resource.initiatorType.isEmpty())
                    parts << u"(%1)"_s.arg(resource.initiatorType);
                if (isSet(resource.duration))
                    parts << milliseconds(resource.duration);
                if (isSet(resource.httpStatus))
                    parts << Cli::tr("HTTP %1").arg(qint64(resource.httpStatus));
                return parts.join(u"  "_s);
            },
            [](const LongTask &task) {
                QStringList parts;
                if (!task.name.isEmpty())
                    parts << task.name;
                if (isSet(task.duration))
                    parts << milliseconds(task.duration);
                return parts.join(u"  "_s);
            },
            [](const Measurement &measurement) {
                return isSet(measurement.value)
                           ? u"%1 = %2"_s.arg(measurement.name,
                                              QLocale().toString(measurement.value, 'g', 6))
                           : measurement.name;
            },
        },
        record);
}

QJsonObject canonicalObject(const Record &record)
{
    // The codec is the one definition of the canonical fields; reuse its output.
    return QJsonDocument::fromJson(toCanonicalLine(record)).object();
}

void printSummary(const SessionJourney &journey)
{
    const Session &session = journey.session;
    TextTable table({QString(), QString()});
    table.setHeaderVisible(false);
    table.addRow({Cli::tr("Session"), session.sessionId});
    if (!session.userId.isEmpty())
        table.addRow({Cli::tr("User"), session.userId});
    table.addRow({Cli::tr("First seen"), formatTime(session.time)});
    if (session.lastSeen > 0)
        table.addRow({Cli::tr("Last seen"),
                      Cli::tr("%1 (after %2)")
                          .arg(formatTime(session.lastSeen),
                               formatSeconds(double(session.lastSeen - session.time) / 1000.0))});
    if (!session.entryUrl.isEmpty())
        table.addRow({Cli::tr("Entry page"), session.entryUrl});
    if (!session.exitUrl.isEmpty())
        table.addRow({Cli::tr("Exit page"), session.exitUrl});
    if (isSet(session.pageViews))
        table.addRow({Cli::tr("Page views"), formatCount(qint64(session.pageViews))});
    if (isSet(session.errorCount))
        table.addRow({Cli::tr("Errors"), formatCount(qint64(session.errorCount))});
    QStringList app;
    for (const QString &part : {session.app, session.env, session.release}) {
        if (!part.isEmpty())
            app << part;
    }
    if (!app.isEmpty())
        table.addRow({Cli::tr("App"), app.join(u" · "_s)});
    table.addRow({Cli::tr("Events"), formatCount(qint64(journey.events.size()))});
    printOut(table.toString());
}

} // namespace

int sessionCommand(const QStringList &arguments)
{
    CommandLine cl(u"session"_s,
                   Cli::tr("Shows one session: its summary, then its page views, errors, "
                           "interactions, resources, long tasks and measurements in time order. "
                           "With --json, prints the session and its events as canonical records "
                           "(one JSON array). Exits with 4 when the store has no such session."),
                   u"--store STORE ID"_s);
    const QCommandLineOption storeOption(u"store"_s, Cli::tr("The store file to read."),
                                         Cli::tr("STORE"));
    cl.addOption(storeOption);
    cl.addPositionalArgument(u"id"_s, Cli::tr("The session id."), u"ID"_s, 1);
    if (const auto done = cl.parse(arguments))
        return *done;
    if (!cl.isSet(storeOption))
        return cl.usageError(Cli::tr("Missing --store STORE."));
    const QStringList positional = cl.positionalArguments();
    if (positional.isEmpty())
        return cl.usageError(Cli::tr("No session id given."));
    const QString sessionId = positional.first();

    const Result<Store> store = Store::open(cl.value(storeOption), Store::Mode::ReadOnly);
    if (!store)
        return cl.failure(store.error().message, store.error().exitCode);
    const Result<SessionJourney> journey = loadSessionJourney(store.value(), sessionId);
    if (!journey)
        return cl.failure(journey.error().message, journey.error().exitCode);

    if (cl.json()) {
        QJsonArray records;
        records.append(canonicalObject(Record(journey->session)));
        for (const Record &event : journey->events)
            records.append(canonicalObject(event));
        printJson(records);
        return ExitSuccess;
    }

    printSummary(journey.value());
    if (journey->events.empty())
        return ExitSuccess;
    printOut(QString());
    TextTable table({Cli::tr("Time (UTC)"), Cli::tr("Type"), Cli::tr("Details")});
    for (const Record &event : journey->events)
        table.addRow({formatTimeMs(eventBase(event).time), typeLabel(event), details(event)});
    printOut(table.toString());
    return ExitSuccess;
}

} // namespace rumscope::cli
