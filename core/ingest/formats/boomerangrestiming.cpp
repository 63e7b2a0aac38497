#include "boomerangrestiming.h"

#include "ingest/limits.h"

#include <array>

namespace rumscope::formats::restiming {
namespace {

/// Initiator codes of boomerang's restiming plugin, in code order 0-9 then a-m.
constexpr std::array<const char *, 23> kInitiatorTypes = {
    "other",      "img",         "link",        "script", "css",    "xmlhttprequest",
    "navigation", "image",       "beacon",      "fetch",  "iframe", "body",
    "input",      "object",      "video",       "audio",  "source", "track",
    "embed",      "eventsource", "early-hints", "ping",   "font",
};

QString initiatorType(char code)
{
    int index = -1;
    if (code >= '0' && code <= '9')
        index = code - '0';
    else if (code >= 'a' && code <= 'z')
        index = code - 'a' + 10;
    if (index < 0 || size_t(index) >= kInitiatorTypes.size())
        index = 0;
    return QString::fromLatin1(kInitiatorTypes[size_t(index)]);
}

/// An empty field means 0: the encoder trims zeros to save bytes.
std::optional<double> base36OrZero(QByteArrayView text)
{
    return text.isEmpty() ? std::optional<double>(0) : base36(text);
}

/// "*1e,t,d": encodedBodySize e, transferSize e + t ('_' when the fetch was a cache hit,
/// so nothing crossed the network), decodedBodySize e + d.
void applySizes(Entry &entry, QByteArrayView data)
{
    const qsizetype firstComma = data.indexOf(',');
    const QByteArrayView encodedText = firstComma < 0 ? data : data.first(firstComma);
    const std::optional<double> encoded = base36OrZero(encodedText);
    if (!encoded)
        return;
    entry.encodedSize = *encoded;
    QByteArrayView transferText;
    if (firstComma >= 0) {
        transferText = data.sliced(firstComma + 1);
        if (const qsizetype next = transferText.indexOf(','); next >= 0)
            transferText = transferText.first(next);
    }
    if (transferText == "_") {
        entry.transferSize = 0;
    } else if (const std::optional<double> extra = base36OrZero(transferText)) {
        entry.transferSize = *encoded + *extra;
    }
}

/// "*7h2": nextHopProtocol with "http/" shortened to "h".
QString protocolOf(QByteArrayView data)
{
    if (data.isEmpty() || data.size() > 16)
        return {};
    if (data.startsWith("h1"))
        return QLatin1StringView("http/") + QString::fromLatin1(data.sliced(1));
    return QString::fromLatin1(data);
}

class TrieWalker
{
public:
    std::vector<Entry> entries;

    void walk(json::element node, int depth)
    {
        if (entries.size() >= kMaxEntries || depth > int(limits::kMaxJsonDepth))
            return;
        if (std::string_view leaf; node.get_string().get(leaf) == simdjson::SUCCESS) {
            addLeaf(QByteArrayView(leaf.data(), qsizetype(leaf.size())));
            return;
        }
        json::object children;
        if (node.get_object().get(children) != simdjson::SUCCESS)
            return;
        for (auto [key, child] : children) {
            QByteArrayView part(key.data(), qsizetype(key.size()));
            // A "|" key ends a URL that is also the prefix of others; encoders have also been
            // seen to leave the "|" at the end of a longer key.
            if (part.endsWith('|'))
                part.chop(1);
            if (m_url.size() + part.size() > kMaxUrlBytes)
                continue;
            const qsizetype previous = m_url.size();
            m_url.append(part);
            walk(child, depth + 1);
            m_url.truncate(previous);
            if (entries.size() >= kMaxEntries)
                return;
        }
    }

private:
    QByteArray m_url; // one buffer for the whole walk: no copy of the prefix per node

    void addLeaf(QByteArrayView leaf)
    {
        if (m_url.isEmpty())
            return;
        const QString url = QString::fromUtf8(m_url);
        qsizetype start = 0;
        while (start <= leaf.size() && entries.size() < kMaxEntries) {
            qsizetype end = leaf.indexOf('|', start);
            if (end < 0)
                end = leaf.size();
            if (std::optional<Entry> entry = decodeRecord(leaf.sliced(start, end - start))) {
                entry->url = url;
                entries.push_back(std::move(*entry));
            }
            start = end + 1;
        }
    }
};

} // namespace

std::optional<double> base36(QByteArrayView text)
{
    bool negative = false;
    if (text.startsWith('-')) {
        negative = true;
        text = text.sliced(1);
    }
    // 36^11 > 2^53: more digits cannot be an exact millisecond value.
    if (text.isEmpty() || text.size() > 11)
        return std::nullopt;
    double value = 0;
    for (const char c : text) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'z')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        value = value * 36 + digit;
    }
    return negative ? -value : value;
}

std::optional<Entry> decodeRecord(QByteArrayView record)
{
    if (record.size() < 1 || record.startsWith('*'))
        return std::nullopt; // "*0…" element dimensions, or nothing
    Entry entry;
    entry.initiatorType = initiatorType(record[0]);
    QByteArrayView rest = record.sliced(1);
    qsizetype star = rest.indexOf('*');
    const QByteArrayView timings = star < 0 ? rest : rest.first(star);

    const qsizetype comma = timings.indexOf(',');
    const std::optional<double> start = base36OrZero(comma < 0 ? timings : timings.first(comma));
    if (!start)
        return std::nullopt;
    entry.startTime = *start;
    // The first offset is responseEnd - startTime, i.e. the duration; absent means 0.
    QByteArrayView responseEnd;
    if (comma >= 0) {
        responseEnd = timings.sliced(comma + 1);
        if (const qsizetype next = responseEnd.indexOf(','); next >= 0)
            responseEnd = responseEnd.first(next);
    }
    if (const std::optional<double> duration = base36OrZero(responseEnd))
        entry.duration = *duration;

    while (star >= 0) {
        rest = rest.sliced(star + 1);
        star = rest.indexOf('*');
        const QByteArrayView suffix = star < 0 ? rest : rest.first(star);
        if (suffix.isEmpty())
            continue;
        if (suffix[0] == '1')
            applySizes(entry, suffix.sliced(1));
        else if (suffix[0] == '7')
            entry.protocol = protocolOf(suffix.sliced(1));
    }
    return entry;
}

std::optional<std::vector<Entry>> decode(QByteArrayView text, JsonDocument &json)
{
    // simdjson refuses invalid UTF-8 outright; replacing the bad bytes keeps the other URLs.
    const QByteArray clean = QString::fromUtf8(text).toUtf8();
    Result<simdjson::dom::element> root = json.parse(clean);
    if (!root || !json::objectOf(root.value()))
        return std::nullopt;
    TrieWalker walker;
    walker.walk(root.value(), 0);
    return std::move(walker.entries);
}

} // namespace rumscope::formats::restiming
