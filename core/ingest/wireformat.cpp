#include "wireformat.h"

#include <QRegularExpression>

#include <array>

namespace rumscope {
namespace {

constexpr std::array<const char *, kWireFormatCount> kIds = {
    "canonical", "web-vitals", "boomerang", "faro", "elastic", "otlp", "sentry",
};

QByteArrayView firstLine(QByteArrayView content)
{
    const qsizetype newline = content.indexOf('\n');
    return newline < 0 ? content : content.first(newline);
}

QByteArrayView trimmedStart(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n' ||
            uchar(text[i]) == 0xEF || uchar(text[i]) == 0xBB || uchar(text[i]) == 0xBF))
        ++i;
    return text.sliced(i);
}

bool hasKey(QByteArrayView json, const char *key)
{
    return json.contains(QByteArray(QByteArray("\"") + key + "\""));
}

bool looksLikeWebVitals(QByteArrayView json)
{
    static const QRegularExpression metricId(
        QStringLiteral(R"re("id"\s*:\s*"v[0-9]+-[0-9]{13}-[0-9]{10,16}")re"));
    static const QRegularExpression metricName(
        QStringLiteral(R"re("name"\s*:\s*"(CLS|FCP|INP|LCP|TTFB|FID)")re"));
    const QString text = QString::fromUtf8(json.first(std::min<qsizetype>(json.size(), 65536)));
    return metricName.match(text).hasMatch() &&
           (metricId.match(text).hasMatch() || hasKey(json, "rating"));
}

bool looksLikeBoomerang(QByteArrayView line)
{
    const QByteArrayView text = trimmedStart(line);
    if (text.startsWith('{') || text.startsWith('['))
        return false;
    auto hasParam = [&](const char *name) {
        const QByteArray key = QByteArray(name) + '=';
        return text.startsWith(key) || text.contains(QByteArray('&' + key)) ||
               text.contains(QByteArray('?' + key));
    };
    return hasParam("v") && hasParam("u") &&
           (hasParam("rt.si") || hasParam("t_done") || hasParam("nt_nav_st") ||
            hasParam("rt.start"));
}

} // namespace

const char *formatId(WireFormat format)
{
    return kIds[size_t(format)];
}

std::optional<WireFormat> formatFromId(QStringView id)
{
    for (size_t i = 0; i < kIds.size(); ++i) {
        if (id == QLatin1StringView(kIds[i]))
            return WireFormat(i);
    }
    return std::nullopt;
}

QString formatIdList()
{
    QStringList ids;
    for (const char *id : kIds)
        ids.append(QString::fromLatin1(id));
    return ids.join(u", ");
}

std::optional<WireFormat> formatOfPath(QByteArrayView path)
{
    const qsizetype queryStart = path.indexOf('?');
    if (queryStart >= 0)
        path = path.first(queryStart);
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    if (path == "/collect" || path.startsWith("/collect/"))
        return WireFormat::Faro;
    if (path == "/intake/v2/rum/events" || path == "/intake/v3/rum/events")
        return WireFormat::Elastic;
    if (path == "/v1/traces")
        return WireFormat::Otlp;
    static const QRegularExpression sentry(QStringLiteral("^/api/[0-9]+/envelope$"));
    if (sentry.match(QString::fromLatin1(path)).hasMatch())
        return WireFormat::Sentry;
    if (path == "/beacon" || path.startsWith("/beacon/boomerang"))
        return WireFormat::Boomerang;
    if (path == "/vitals" || path.startsWith("/beacon/web-vitals"))
        return WireFormat::WebVitals;
    if (path == "/ingest")
        return WireFormat::Canonical;
    return std::nullopt;
}

std::optional<WireFormat> detectFormat(QByteArrayView content)
{
    const QByteArrayView first = trimmedStart(firstLine(trimmedStart(content)));
    if (first.isEmpty())
        return std::nullopt;
    if (looksLikeBoomerang(first))
        return WireFormat::Boomerang;
    if (!first.startsWith('{') && !first.startsWith('['))
        return std::nullopt;
    // Elastic NDJSON starts with its metadata line.
    if (first.startsWith("{\"m\":") || first.startsWith("{\"metadata\":"))
        return WireFormat::Elastic;
    // Canonical NDJSON: every line an object with one of the seven types.
    static const QRegularExpression canonicalType(QStringLiteral(
        R"re(^\{\s*"type"\s*:\s*"(session|pageview|error|interaction|resource|longtask|measurement)")re"));
    if (canonicalType.match(QString::fromUtf8(first.first(std::min<qsizetype>(first.size(), 64))))
            .hasMatch())
        return WireFormat::Canonical;
    // Faro before OTLP: a Faro batch embeds an OTLP document under "traces".
    if (hasKey(first, "meta") &&
        (hasKey(first, "measurements") || hasKey(first, "exceptions") || hasKey(first, "events") ||
         hasKey(first, "logs") || hasKey(first, "traces")))
        return WireFormat::Faro;
    if (hasKey(first, "resourceSpans"))
        return WireFormat::Otlp;
    // A Sentry envelope: a header line with sent_at, event_id or dsn, then an item header.
    if ((hasKey(first, "sent_at") || hasKey(first, "event_id") || hasKey(first, "dsn")) &&
        content.count('\n') >= 1)
        return WireFormat::Sentry;
    if (looksLikeWebVitals(first))
        return WireFormat::WebVitals;
    return std::nullopt;
}

} // namespace rumscope
