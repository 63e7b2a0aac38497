#include "filteroptions.h"

#include "cli.h"
#include "clioutput.h"
#include "commandline.h"
#include "terminalprogress.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

/// Merges DIM=VALUE arguments: several values of one dimension are alternatives.
bool addDimensionFilters(const QStringList &arguments, bool exclude, Filter &filter, QString &error)
{
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0) {
            error = Cli::tr("'%1' is not DIMENSION=VALUE.").arg(argument);
            return false;
        }
        const QString id = argument.left(equals).trimmed();
        const auto dimension = dimensionFromId(id);
        if (!dimension) {
            error = Cli::tr("Unknown dimension '%1'; use one of: %2.").arg(id, dimensionIdList());
            return false;
        }
        const QString value = argument.mid(equals + 1);
        auto existing = std::find_if(filter.dimensions.begin(), filter.dimensions.end(),
                                     [&](const DimensionFilter &f) {
                                         return f.dimension == *dimension && f.exclude == exclude;
                                     });
        if (existing == filter.dimensions.end())
            filter.dimensions.append(DimensionFilter{*dimension, {value}, exclude});
        else if (!existing->values.contains(value))
            existing->values.append(value);
    }
    return true;
}

} // namespace

FilterOptions::FilterOptions()
    : include(u"filter"_s,
              Cli::tr("Only page views whose dimension has this value; repeat it to allow several "
                      "values (of one dimension: any of them; of several: all must hold). "
                      "Dimensions: %1; error=FINGERPRINT keeps the page views that had an error "
                      "of that group.")
                  .arg(dimensionIdList()),
              Cli::tr("DIM=VALUE"))
    , exclude(u"exclude"_s,
              Cli::tr("Leave out page views whose dimension has this value; repeatable."),
              Cli::tr("DIM=VALUE"))
    , hasError(u"has-error"_s, Cli::tr("Only page views with an error (yes) or without one (no)."),
               Cli::tr("yes|no"))
    , from(u"from"_s,
           Cli::tr("Only page views at or after this time: ISO 8601 (UTC unless it has an offset) "
                   "or epoch milliseconds."),
           Cli::tr("TIME"))
    , to(u"to"_s, Cli::tr("Only page views before this time: ISO 8601 or epoch milliseconds."),
         Cli::tr("TIME"))
{}

QString FilterOptions::syntax()
{
    return u"[--filter DIM=VALUE]... [--exclude DIM=VALUE]... [--has-error yes|no] "
           "[--from TIME] [--to TIME]"_s;
}

void FilterOptions::addTo(CommandLine &commandLine) const
{
    for (const QCommandLineOption *option : {&include, &exclude, &from, &to, &hasError})
        commandLine.addOption(*option);
}

std::optional<QString> FilterOptions::read(const CommandLine &commandLine, Filter &filter) const
{
    if (commandLine.isSet(hasError)) {
        const QString value = commandLine.value(hasError).trimmed();
        if (value != u"yes"_s && value != u"no"_s)
            return Cli::tr("--has-error must be yes or no, not '%1'.").arg(value);
        filter.hasError = value == u"yes"_s;
    }
    QString error;
    if (!addDimensionFilters(commandLine.values(include), false, filter, error) ||
        !addDimensionFilters(commandLine.values(exclude), true, filter, error))
        return error;
    const auto readTime = [&](const QCommandLineOption &option, qint64 &time) {
        if (!commandLine.isSet(option))
            return true;
        const auto parsed = CommandLine::parseTime(commandLine.value(option));
        if (parsed)
            time = *parsed;
        return parsed.has_value();
    };
    for (const auto &[option, time] :
         {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!readTime(*option, *time))
            return Cli::tr("--%1 must be an ISO 8601 time or epoch milliseconds, not '%2'.")
                .arg(option->names().constFirst(), commandLine.value(*option));
    }
    if (filter.from >= filter.to)
        return Cli::tr("--from must be before --to.");
    return std::nullopt;
}

QJsonObject filterJson(const Filter &filter)
{
    QJsonObject include;
    QJsonObject exclude;
    for (const DimensionFilter &f : filter.dimensions)
        (f.exclude ? exclude : include)
            .insert(QLatin1StringView(dimensionId(f.dimension)),
                    QJsonArray::fromStringList(f.values));
    const bool hasFrom = filter.from != std::numeric_limits<qint64>::min();
    const bool hasTo = filter.to != std::numeric_limits<qint64>::max();
    return QJsonObject{
        {u"from"_s, hasFrom ? QJsonValue(filter.from) : QJsonValue(QJsonValue::Null)},
        {u"to"_s, hasTo ? QJsonValue(filter.to) : QJsonValue(QJsonValue::Null)},
        {u"include"_s, include},
        {u"exclude"_s, exclude},
        {u"hasError"_s,
         filter.hasError ? QJsonValue(*filter.hasError) : QJsonValue(QJsonValue::Null)},
    };
}

EngineOptions::EngineOptions(CommandLine &commandLine, const QString &limitHelp,
                             const QString &limitDefault)
    : m_commandLine(commandLine)
    , m_store(u"store"_s, Cli::tr("The store file to query."), Cli::tr("STORE"))
    , m_limit(u"limit"_s, limitHelp, Cli::tr("N"), limitDefault)
{
    m_commandLine.addOption(m_store);
}

void EngineOptions::addFilterOptions()
{
    m_commandLine.addOption(m_limit);
    m_filter.addTo(m_commandLine);
}

std::optional<int> EngineOptions::checkStore() const
{
    if (!m_commandLine.isSet(m_store))
        return m_commandLine.usageError(Cli::tr("Missing --store STORE."));
    return std::nullopt;
}

std::optional<int> EngineOptions::load(Filter &filter, int &limit)
{
    if (const auto done = checkStore())
        return done;
    const auto limitValue = m_commandLine.intValue(m_limit, 0, std::numeric_limits<int>::max());
    if (!limitValue)
        return m_commandLine.usageError(
            Cli::tr("--limit must be a whole number of at least 0, not '%1'.")
                .arg(m_commandLine.value(m_limit)));
    limit = *limitValue;
    if (const auto error = m_filter.read(m_commandLine, filter))
        return m_commandLine.usageError(*error);

    TerminalProgress line;
    Result<LocalEngine> engine = LocalEngine::load(
        storePath(),
        Progress(
            [&](qint64 done, qint64 total) {
                if (line.enabled() && total > 0)
                    line.update(
                        Cli::tr("Loading: %1").arg(formatPercent(double(done) / double(total))));
            },
            nullptr));
    line.clear();
    if (!engine)
        return m_commandLine.failure(engine.error().message, engine.error().exitCode);
    m_engine = std::move(engine.value());
    return std::nullopt;
}

QString EngineOptions::storePath() const
{
    return m_commandLine.value(m_store);
}

} // namespace rumscope::cli
