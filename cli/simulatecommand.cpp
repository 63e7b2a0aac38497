// rumscope-cli simulate: generated traffic posted to a collector as each SDK would post it, at a
// steady rate for a while, for demos and load tests.

#include "cli.h"
#include "clicommands.h"
#include "commandline.h"

#include "generate/sdkencoder.h"
#include "generate/trafficgenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <deque>

using namespace Qt::StringLiterals;

namespace rumscope::cli {
namespace {

/// The SDKs "mix" takes turns with, one session each.
constexpr WireFormat kMix[] = {WireFormat::WebVitals, WireFormat::Boomerang, WireFormat::Faro,
                               WireFormat::Elastic,   WireFormat::Otlp,      WireFormat::Sentry};

} // namespace

int simulateCommand(const QStringList &arguments)
{
    CommandLine cl(u"simulate"_s,
                   Cli::tr("Posts generated traffic to a collector as each SDK would post it "
                           "(the paths, headers and bodies of formats.md), at a steady rate, "
                           "then reports how the collector answered."),
                   u"--url URL [--rate R] [--duration D] [--format F]"_s);
    const QCommandLineOption urlOption(
        u"url"_s, Cli::tr("The collector, e.g. http://127.0.0.1:8787."), Cli::tr("URL"));
    const QCommandLineOption rateOption(u"rate"_s, Cli::tr("Requests per second (default 50)."),
                                        Cli::tr("R"), u"50"_s);
    const QCommandLineOption durationOption(
        u"duration"_s, Cli::tr("Seconds to keep sending (default 10)."), Cli::tr("D"), u"10"_s);
    const QCommandLineOption formatOption(
        u"format"_s,
        Cli::tr("One SDK's requests: %1; or mix (the default): the six SDKs in turn, a "
                "session each.")
            .arg(formatIdList()),
        Cli::tr("F"), u"mix"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, Cli::tr("Seed of the random generator (default 1)."), Cli::tr("S"), u"1"_s);
    const QCommandLineOption keyOption(
        u"app-key"_s, Cli::tr("The app key the collector wants, sent as each SDK sends it."),
        Cli::tr("KEY"));
    for (const QCommandLineOption &option :
         {urlOption, rateOption, durationOption, formatOption, seedOption, keyOption})
        cl.addOption(option);
    if (const auto done = cl.parse(arguments))
        return *done;
    if (!cl.isSet(urlOption))
        return cl.usageError(Cli::tr("Missing --url URL."));
    const QUrl base(cl.value(urlOption), QUrl::StrictMode);
    if (!base.isValid() || (base.scheme() != u"http"_s && base.scheme() != u"https"_s) ||
        base.host().isEmpty())
        return cl.usageError(Cli::tr("--url wants an http:// or https:// address, not \"%1\".")
                                 .arg(cl.value(urlOption)));
    bool ok = false;
    const double rate = cl.value(rateOption).toDouble(&ok);
    if (!ok || !(rate > 0) || rate > 100000)
        return cl.usageError(Cli::tr("--rate wants a number above 0 and at most 100000, not "
                                     "\"%1\".")
                                 .arg(cl.value(rateOption)));
    const double duration = cl.value(durationOption).toDouble(&ok);
    if (!ok || !(duration > 0) || duration > 86400)
        return cl.usageError(Cli::tr("--duration wants seconds above 0 and at most 86400, not "
                                     "\"%1\".")
                                 .arg(cl.value(durationOption)));
    std::optional<WireFormat> single;
    if (cl.value(formatOption) != u"mix"_s) {
        single = formatFromId(cl.value(formatOption));
        if (!single)
            return cl.usageError(Cli::tr("Unknown format \"%1\"; use one of %2, or mix.")
                                     .arg(cl.value(formatOption), formatIdList()));
    }
    const quint64 seed = cl.value(seedOption).toULongLong(&ok);
    if (!ok)
        return cl.usageError(
            Cli::tr("--seed wants a whole number, not \"%1\".").arg(cl.value(seedOption)));
    const QByteArray appKey = cl.value(keyOption).toUtf8();

    // Sessions spread over the day before now (in the order they are sent: the earliest
    // first), so the default time ranges of the views show them.
    GeneratorOptions options;
    options.sessions = std::max<qint64>(1, qint64(rate * duration));
    options.seed = seed;
    options.days = 1;
    options.endTime = QDateTime::currentMSecsSinceEpoch();
    TrafficGenerator generator(options);
    std::deque<Payload> queue;
    qint64 sessionIndex = 0;
    const auto refill = [&] {
        std::vector<Record> records;
        while (queue.empty() && generator.nextSession(records)) {
            const WireFormat format =
                single ? *single : kMix[size_t(sessionIndex++) % std::size(kMix)];
            for (Payload &payload : encodeSession(format, records))
                queue.push_back(std::move(payload));
            records.clear();
        }
        return !queue.empty();
    };

    QNetworkAccessManager network;
    qint64 sent = 0, inFlight = 0, failed = 0;
    QMap<int, qint64> byStatus;
    QString lastError;
    const auto post = [&](Payload payload) {
        QUrl url = base;
        QByteArray path = payload.path;
        if (!appKey.isEmpty() && path == "/collect")
            path += '/' + appKey;
        url.setPath(QString::fromUtf8(path));
        QByteArray query = payload.query;
        if (!appKey.isEmpty() && !path.startsWith("/collect")) {
            query += (query.isEmpty() ? "" : "&") + QByteArray("key=") +
                     QUrl::toPercentEncoding(QString::fromUtf8(appKey));
        }
        url.setQuery(QString::fromUtf8(query), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setTransferTimeout(30000);
        for (const auto &[name, value] : payload.headers) {
            // The body is sent as it is: its length and encoding are the transport's.
            if (name != "host" && name != "content-length" && name != "content-encoding" &&
                name != "connection")
                request.setRawHeader(name, value);
        }
        QNetworkReply *reply = network.sendCustomRequest(
            request, payload.method.isEmpty() ? "POST" : payload.method, payload.body);
        ++sent;
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            --inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                ++failed;
                lastError = reply->errorString();
            } else {
                ++byStatus[status];
            }
            reply->deleteLater();
        });
    };

    QElapsedTimer clock;
    clock.start();
    double due = 0;
    QTimer pace;
    QObject::connect(&pace, &QTimer::timeout, [&] {
        const double elapsed = double(clock.elapsed()) / 1000.0;
        if (elapsed >= duration) {
            pace.stop();
            return;
        }
        due = rate * elapsed;
        while (double(sent) < due && inFlight < 1000 && refill()) {
            post(std::move(queue.front()));
            queue.pop_front();
        }
    });
    pace.start(10);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (!pace.isActive() && inFlight == 0)
            QCoreApplication::quit();
    });
    watch.start(20);
    QCoreApplication::exec();

    qint64 accepted = 0, refused = 0;
    QStringList statuses;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        (it.key() >= 200 && it.key() < 300 ? accepted : refused) += it.value();
        statuses << u"%1 × %2"_s.arg(it.value()).arg(it.key());
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    QTextStream err(stderr);
    err << Cli::tr("Sent %1 requests in %2 s (%3/s): %4 accepted, %5 refused, %6 failed (%7).")
               .arg(sent)
               .arg(seconds, 0, 'f', 1)
               .arg(double(sent) / seconds, 0, 'f', 0)
               .arg(accepted)
               .arg(refused)
               .arg(failed)
               .arg(statuses.join(u", "_s))
        << Qt::endl;
    if (failed > 0 && accepted == 0)
        return cl.failure(
            Cli::tr("The collector at %1 could not be reached: %2").arg(base.toString(), lastError),
            ExitFailure);
    return ExitSuccess;
}

} // namespace rumscope::cli
