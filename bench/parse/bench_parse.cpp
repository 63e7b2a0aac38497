// bench/parse: how fast each wire format is parsed (and enriched), on one core, on generated
// traffic encoded as each SDK sends it. Canonical NDJSON is parsed line by line, as the
// importer does; SDK payloads go through BeaconParser and the Enricher, as the collector does.
//
// Usage: bench_parse [SESSIONS] [RUNS] [FORMAT]
//   (default 2000 sessions, 5 runs, every format; medians are printed)
#include "enrich/enricher.h"
#include "generate/sdkencoder.h"
#include "generate/trafficgenerator.h"
#include "ingest/beaconparser.h"
#include "ingest/canonicalcodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace rumscope;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Figures
{
    qint64 payloads = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    std::vector<double> seconds;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 sessions = args.size() > 1 ? args[1].toLongLong() : 2000;
    const int runs = args.size() > 2 ? args[2].toInt() : 5;
    const std::optional<WireFormat> only = args.size() > 3 ? formatFromId(args[3]) : std::nullopt;
    if (sessions < 1 || runs < 1 || (args.size() > 3 && !only)) {
        std::fprintf(stderr, "usage: bench_parse [SESSIONS] [RUNS] [FORMAT]\n  FORMAT: %s\n",
                     qPrintable(formatIdList()));
        return 2;
    }

    GeneratorOptions options;
    options.sessions = sessions;
    options.seed = 7;
    options.days = 30;
    options.endTime = 1'793'491'200'000; // 2026-11-01
    std::vector<std::vector<Record>> traffic;
    {
        TrafficGenerator generator(options);
        std::vector<Record> session;
        while (generator.nextSession(session))
            traffic.push_back(std::exchange(session, {}));
    }

    Result<std::unique_ptr<Enricher>> enricher = Enricher::create({});
    if (!enricher) {
        std::fprintf(stderr, "%s\n", qPrintable(enricher.error().message));
        return 1;
    }

    {
        // The user-agent rules are compiled when first needed: not part of any format's time.
        PageView view;
        view.userAgent = QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                                        "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 "
                                        "Safari/537.36");
        std::vector<Record> warmUp{Record(view)};
        enricher.value()->enrich(warmUp, Payload());
    }

    std::printf("%-11s %9s %9s %12s %12s %9s %9s\n", "format", "payloads", "records", "payloads/s",
                "records/s", "MB/s", "median s");
    for (int f = 0; f < kWireFormatCount; ++f) {
        const auto format = WireFormat(f);
        if (only && format != *only)
            continue;
        Figures figures;
        if (format == WireFormat::Canonical) {
            QByteArray ndjson;
            for (const auto &session : traffic) {
                for (const Record &record : session)
                    appendCanonicalLine(record, ndjson);
            }
            figures.bytes = ndjson.size();
            for (int run = 0; run < runs; ++run) {
                CanonicalParser parser;
                qint64 records = 0;
                QElapsedTimer timer;
                timer.start();
                for (QByteArrayView rest(ndjson); !rest.isEmpty();) {
                    const qsizetype newline = rest.indexOf('\n');
                    const QByteArrayView line = newline < 0 ? rest : rest.first(newline);
                    rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
                    if (parser.parseLine(line))
                        ++records;
                }
                figures.seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
                figures.records = records;
                figures.payloads = records;
            }
        } else {
            std::vector<Payload> payloads;
            for (const auto &session : traffic) {
                for (Payload &payload : encodeSession(format, session))
                    payloads.push_back(std::move(payload));
            }
            if (payloads.empty()) {
                std::printf("%-11s (no encoder yet)\n", formatId(format));
                continue;
            }
            for (const Payload &payload : payloads)
                figures.bytes += payload.body.size() + payload.query.size();
            for (int run = 0; run < runs; ++run) {
                BeaconParser parser;
                std::unique_ptr<Enricher> runEnricher = enricher.value()->clone();
                qint64 records = 0;
                qint64 failed = 0;
                QElapsedTimer timer;
                timer.start();
                for (const Payload &payload : payloads) {
                    Result<ParsedBeacon> parsed =
                        parser.parse(formatOfPath(payload.path).value_or(format), payload);
                    if (!parsed) {
                        ++failed;
                        continue;
                    }
                    runEnricher->enrich(parsed->records, payload);
                    records += qint64(parsed->records.size());
                }
                figures.seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
                figures.records = records;
                figures.payloads = qint64(payloads.size());
                if (failed > 0)
                    std::fprintf(stderr, "%s: %lld payloads failed to parse\n", formatId(format),
                                 static_cast<long long>(failed));
            }
        }
        const double seconds = median(figures.seconds);
        std::printf("%-11s %9lld %9lld %12.0f %12.0f %9.1f %9.3f\n", formatId(format),
                    static_cast<long long>(figures.payloads),
                    static_cast<long long>(figures.records), double(figures.payloads) / seconds,
                    double(figures.records) / seconds, double(figures.bytes) / 1e6 / seconds,
                    seconds);
    }
    return 0;
}
