#include "beaconparser.h"

#include "canonicalcodec.h"
#include "formats/formatparsers.h"
#include "formats/parserstate.h"
#include "limits.h"
#include "model/fields.h"

#include <QCoreApplication>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Ingest)
};

/// Drops numbers outside a field's plausible range (with a note) and checks what every record
/// must have. An SDK bug on one value should not cost the rest of the beacon.
template<class R> QString normalise(R &record, const QLatin1StringView source, QStringList &notes)
{
    record.source = source;
    for (const Field<R> &field : fieldsOf<R>()) {
        if (const auto *member = std::get_if<double R::*>(&field.member)) {
            double &value = record.**member;
            if (isSet(value) && !(value >= field.minimum && value <= field.maximum)) {
                notes.append(Tr::tr("%1 %2 = %3 is out of range; dropped")
                                 .arg(recordTypeName(recordTypeOf<R>), QLatin1StringView(field.key),
                                      QString::number(value)));
                value = kUnset;
            }
        }
    }
    constexpr double kEarliest = 946684800000.0; // 2000-01-01
    constexpr double kLatest = 4102444800000.0;  // 2100-01-01
    if (!(double(record.time) >= kEarliest && double(record.time) <= kLatest))
        return Tr::tr("a %1 has no plausible time (%2)")
            .arg(recordTypeName(recordTypeOf<R>))
            .arg(record.time);
    if constexpr (std::is_same_v<R, Session>) {
        if (record.sessionId.isEmpty())
            return Tr::tr("a session has no id");
    }
    if constexpr (std::is_same_v<R, PageView>) {
        if (record.sessionId.isEmpty() || record.viewId.isEmpty())
            return Tr::tr("a page view has no session or view id");
    }
    if constexpr (std::is_same_v<R, ErrorEvent>) {
        if (record.fingerprint.isEmpty())
            record.fingerprint = errorFingerprint(record);
    }
    return {};
}

} // namespace

struct BeaconParser::Private
{
    JsonDocument json;
    CanonicalParser canonical;
    /// Kept from payload to payload: what the formats need to join the beacons of one visit.
    formats::ParserState state;

    formats::Output parseCanonical(const Payload &payload)
    {
        std::vector<Record> records;
        qsizetype start = 0;
        qint64 line = 0;
        const QByteArrayView body(payload.body);
        while (start < body.size()) {
            qsizetype end = body.indexOf('\n', start);
            if (end < 0)
                end = body.size();
            ++line;
            const QByteArrayView text = body.sliced(start, end - start).trimmed();
            start = end + 1;
            if (text.isEmpty())
                continue;
            Result<Record> record = canonical.parseLine(text);
            if (!record)
                // translate(), not Tr::tr(): lupdate loses Tr's context inside this struct.
                return Error{QCoreApplication::translate("rumscope::Ingest", "line %1: %2")
                                 .arg(line)
                                 .arg(record.error().message),
                             1};
            records.push_back(std::move(record).value());
        }
        return records;
    }
};

BeaconParser::BeaconParser()
    : d(std::make_unique<Private>())
{}

BeaconParser::~BeaconParser() = default;

Result<ParsedBeacon> BeaconParser::parse(WireFormat format, const Payload &payload)
{
    if (payload.body.size() > limits::kMaxDecodedBytes)
        return Error{
            Tr::tr("the payload is larger than %1 MiB").arg(limits::kMaxDecodedBytes >> 20), 1};
    const formats::Input input{payload, d->json, &d->state};
    formats::Output output = [&]() -> formats::Output {
        switch (format) {
        case WireFormat::Canonical:
            return d->parseCanonical(payload);
        case WireFormat::WebVitals:
            return formats::parseWebVitals(input);
        case WireFormat::Boomerang:
            return formats::parseBoomerang(input);
        case WireFormat::Faro:
            return formats::parseFaro(input);
        case WireFormat::Elastic:
            return formats::parseElastic(input);
        case WireFormat::Otlp:
            return formats::parseOtlp(input);
        case WireFormat::Sentry:
            return formats::parseSentry(input);
        }
        return Error{Tr::tr("unknown format"), 1};
    }();
    if (!output)
        return output.error();
    ParsedBeacon parsed;
    parsed.records = std::move(output).value();
    if (parsed.records.size() > limits::kMaxRecordsPerPayload)
        return Error{
            Tr::tr("the payload holds more than %1 records").arg(limits::kMaxRecordsPerPayload), 1};
    if (format == WireFormat::Canonical)
        return parsed; // validated line by line, and its source is the one it names
    const QLatin1StringView source(formatId(format));
    for (Record &record : parsed.records) {
        const QString problem =
            std::visit([&](auto &r) { return normalise(r, source, parsed.notes); }, record);
        if (!problem.isEmpty())
            return Error{problem, 1};
    }
    return parsed;
}

} // namespace rumscope
