#include "fixtures.h"

#include "ingest/capturedrequest.h"

#include <QFile>
#include <QTest>

namespace rumscope::test {

QList<FixtureRequest> loadFixture(const QString &name)
{
    QList<FixtureRequest> requests;
    QFile file(QStringLiteral(RUMSCOPE_FIXTURE_DIR "/") + name + QStringLiteral(".ndjson"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read fixture %s: %s", qPrintable(file.fileName()),
                 qPrintable(file.errorString()));
        return requests;
    }
    JsonDocument json;
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        Result<Payload> payload = payloadFromCapturedRequest(line, json);
        if (!payload) {
            qWarning("%s:%lld: %s", qPrintable(name), lineNumber,
                     qPrintable(payload.error().message));
            continue;
        }
        payload->origin = name.toUtf8();
        payload->originLine = lineNumber;
        // The capture's own session label, to tell its two browsers apart in assertions.
        Result<simdjson::dom::element> root = json.parse(line);
        const QString session =
            root ? json::textAt(json::objectOf(root.value()).value(), "session") : QString();
        requests.append({session, std::move(payload).value()});
    }
    return requests;
}

QList<FixtureRequest> loadBeacons(const QString &name)
{
    QList<FixtureRequest> beacons;
    for (FixtureRequest &request : loadFixture(name)) {
        if (request.payload.method == "POST" ||
            (request.payload.method == "GET" && request.payload.path.startsWith("/beacon/")))
            beacons.append(std::move(request));
    }
    return beacons;
}

ParsedBeacon parseFixture(const QString &name, WireFormat format)
{
    ParsedBeacon all;
    BeaconParser parser;
    for (const FixtureRequest &request : loadBeacons(name)) {
        Result<ParsedBeacon> parsed = parser.parse(format, request.payload);
        if (!parsed) {
            QTest::qFail(qPrintable(QStringLiteral("%1 line %2: %3")
                                        .arg(name)
                                        .arg(request.payload.originLine)
                                        .arg(parsed.error().message)),
                         __FILE__, __LINE__);
            return all;
        }
        for (Record &record : parsed->records)
            all.records.push_back(std::move(record));
        all.notes += parsed->notes;
    }
    return all;
}

} // namespace rumscope::test
