#include "capturedrequest.h"

#include "bodydecoder.h"
#include "formats/beaconsupport.h"
#include "limits.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace rumscope {

bool isCapturedRequest(QByteArrayView line)
{
    const QByteArrayView text = line.trimmed();
    return text.startsWith('{') && text.contains("\"method\"") && text.contains("\"path\"") &&
           (text.contains("\"bodyEncoding\"") || text.contains("\"body\""));
}

Result<Payload> payloadFromCapturedRequest(QByteArrayView line, JsonDocument &json)
{
    using formats::Tr;
    Result<simdjson::dom::element> root = json.parse(line);
    if (!root)
        return root.error();
    const std::optional<json::object> request = json::objectOf(root.value());
    if (!request)
        return Error{Tr::tr("a captured request must be a JSON object"), 1};
    Payload payload;
    payload.method = json::textAt(*request, "method").toLatin1();
    payload.path = json::textAt(*request, "path").toUtf8();
    payload.query = json::textAt(*request, "query").toUtf8();
    if (payload.method.isEmpty())
        return Error{Tr::tr("a captured request needs a method"), 1};
    if (payload.path.isEmpty()) {
        // Some captures only have the URL (path and query).
        const QByteArray url = json::textAt(*request, "url").toUtf8();
        const qsizetype question = url.indexOf('?');
        payload.path = question < 0 ? url : url.first(question);
        payload.query = question < 0 ? QByteArray() : url.sliced(question + 1);
    }
    if (const std::optional<json::object> headers = json::objectAt(*request, "headers")) {
        for (auto [key, value] : *headers) {
            std::string_view text;
            if (value.get_string().get(text) == simdjson::SUCCESS)
                payload.headers.append({QByteArray(key.data(), qsizetype(key.size())).toLower(),
                                        QByteArray(text.data(), qsizetype(text.size()))});
        }
    }
    const std::string_view receivedAt = json::viewAt(*request, "receivedAt");
    if (const std::optional<qint64> time = formats::isoTimeToEpochMs(
            QByteArrayView(receivedAt.data(), qsizetype(receivedAt.size()))))
        payload.receivedAt = *time;
    const std::string_view encoding = json::viewAt(*request, "bodyEncoding");
    const std::string_view body = json::viewAt(*request, "body");
    QByteArray raw;
    if (encoding == "base64") {
        auto decoded =
            QByteArray::fromBase64Encoding(QByteArray(body.data(), qsizetype(body.size())),
                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error{Tr::tr("the captured body is not valid base64"), 1};
        raw = *decoded;
    } else if (encoding == "utf8" || encoding.empty()) {
        raw = QByteArray(body.data(), qsizetype(body.size()));
    } else if (encoding != "none") {
        return Error{Tr::tr("unknown body encoding \"%1\"")
                         .arg(QString::fromUtf8(encoding.data(), qsizetype(encoding.size()))),
                     1};
    }
    if (raw.size() > limits::kMaxBodyBytes)
        return Error{Tr::tr("the body is larger than %1 MiB").arg(limits::kMaxBodyBytes >> 20), 1};
    Result<QByteArray> decoded =
        decodeBody(raw, payload.header("content-encoding"), limits::kMaxDecodedBytes);
    if (!decoded)
        return decoded.error();
    payload.body = std::move(decoded).value();
    return payload;
}

void appendCapturedRequestLine(const Payload &payload, QByteArray &out)
{
    QJsonObject headers;
    for (const auto &[name, value] : payload.headers)
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    const QByteArray encoding = payload.header("content-encoding");
    const bool text = encoding.isEmpty() && payload.body.isValidUtf8();
    QJsonObject request{
        {QStringLiteral("method"), QString::fromLatin1(payload.method)},
        {QStringLiteral("path"), QString::fromUtf8(payload.path)},
        {QStringLiteral("query"), QString::fromUtf8(payload.query)},
        {QStringLiteral("url"),
         QString::fromUtf8(payload.query.isEmpty() ? payload.path
                                                   : payload.path + '?' + payload.query)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("receivedAt"),
         QDateTime::fromMSecsSinceEpoch(payload.receivedAt, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("bodyEncoding"),
         payload.body.isEmpty() ? QStringLiteral("none")
                                : (text ? QStringLiteral("utf8") : QStringLiteral("base64"))},
        {QStringLiteral("body"),
         text ? QString::fromUtf8(payload.body) : QString::fromLatin1(payload.body.toBase64())},
    };
    out += QJsonDocument(request).toJson(QJsonDocument::Compact);
    out += '\n';
}

} // namespace rumscope
