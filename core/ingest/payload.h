#pragma once
// One beacon as it arrived: an HTTP request to the collector, a captured request from a file,
// or a whole payload read from a file. Parsers read nothing else.

#include <QByteArray>
#include <QList>

#include <utility>

namespace rumscope {

struct Payload
{
    QByteArray method; ///< "POST", "GET"; empty when the payload came from a file
    QByteArray path;   ///< e.g. /collect/app-key; empty from a file
    QByteArray query;  ///< the raw query string, without '?'
    /// Header names in lower case, values as sent.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;       ///< decoded: no longer gzip or deflate
    qint64 receivedAt = 0; ///< epoch ms; the time base for formats that send relative times
    /// The client's IP address, for geolocation only: it is never stored.
    QByteArray clientAddress;
    /// Where the client was, looked up from its address on arrival (encodePlace()): what the
    /// journal keeps in place of the address, so a payload parsed again is placed again.
    QByteArray clientPlace;
    QByteArray origin;     ///< where it came from, for quarantine notes: a file name, a client
    qint64 originLine = 0; ///< its line in that file, 0 when not line-based

    /// The first value of a header (name in lower case), empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
};

} // namespace rumscope
