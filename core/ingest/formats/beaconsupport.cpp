#include "beaconsupport.h"

#include "formatparsers.h"
#include "parserstate.h"

#include <QDateTime>
#include <QUrl>

#include <xxhash.h>

namespace rumscope::formats {

quint64 partsHash(std::initializer_list<QByteArrayView> parts)
{
    QByteArray joined;
    for (const QByteArrayView part : parts) {
        joined += part;
        joined += '\x1f'; // ("ab","c") and ("a","bc") differ
    }
    return XXH3_64bits(joined.constData(), size_t(joined.size()));
}

QByteArray saltedAddress(const Input &input, qint64 epochMs)
{
    const QByteArray &address = input.payload.clientAddress;
    if (address.isEmpty() || !input.state)
        return {};
    return input.state->addresses.saltFor(epochMs) + address;
}

QString derivedId(QLatin1StringView prefix, std::initializer_list<QByteArrayView> parts)
{
    return prefix + QString::number(partsHash(parts), 16).rightJustified(16, u'0');
}

std::optional<qint64> isoTimeToEpochMs(QByteArrayView text)
{
    if (text.size() < 10 || text.size() > 40)
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QString urlPath(const QString &url)
{
    if (url.startsWith(u'/'))
        return QUrl(url, QUrl::TolerantMode).path();
    const QUrl parsed(url, QUrl::TolerantMode);
    const QString path = parsed.path();
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace rumscope::formats
