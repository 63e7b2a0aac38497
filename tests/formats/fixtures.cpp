#include "fixtures.h"

#include "ingest/capturedrequest.h"
#include "model/fields.h"

#include <QHash>

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

std::vector<PageView> mergedViews(const std::vector<Record> &records)
{
    std::vector<PageView> views;
    QHash<QString, size_t> indexOf;
    for (const PageView &part : recordsOf<PageView>(records)) {
        const auto known = indexOf.constFind(part.viewId);
        if (known == indexOf.cend()) {
            indexOf.insert(part.viewId, views.size());
            views.push_back(part);
            continue;
        }
        PageView &view = views[*known];
        for (const Field<PageView> &field : fieldsOf<PageView>()) {
            std::visit(
                [&](auto member) {
                    using T = std::remove_cvref_t<decltype(view.*member)>;
                    if constexpr (std::is_same_v<T, double>) {
                        if (isSet(part.*member))
                            view.*member = part.*member;
                    } else if constexpr (std::is_same_v<T, QString>) {
                        if (!(part.*member).isEmpty())
                            view.*member = part.*member;
                    } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
                        if (part.*member)
                            view.*member = part.*member;
                    } else if constexpr (std::is_same_v<T, qint64>) {
                        view.*member = std::min(view.*member, part.*member);
                    }
                },
                field.member);
        }
    }
    return views;
}

} // namespace rumscope::test
