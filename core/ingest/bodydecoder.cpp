#include "bodydecoder.h"

#include <QCoreApplication>

#include <zlib.h>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Ingest)
};

/// zlib's stream state, ended however inflating ends.
class Inflater
{
public:
    explicit Inflater(int windowBits) { m_ok = inflateInit2(&m_stream, windowBits) == Z_OK; }
    ~Inflater()
    {
        if (m_ok)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    Result<QByteArray> run(const QByteArray &input, qsizetype maxBytes)
    {
        if (!m_ok)
            return Error{Tr::tr("cannot start decompressing (out of memory)"), 1};
        QByteArray out;
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        m_stream.avail_in = uInt(input.size());
        char buffer[65536];
        for (;;) {
            m_stream.next_out = reinterpret_cast<Bytef *>(buffer);
            m_stream.avail_out = sizeof buffer;
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            const qsizetype produced = qsizetype(sizeof buffer - m_stream.avail_out);
            if (out.size() + produced > maxBytes)
                return Error{Tr::tr("the body inflates to more than %1 MiB").arg(maxBytes >> 20),
                             kBodyTooLarge};
            out.append(buffer, produced);
            if (rc == Z_STREAM_END) {
                // gzip allows members one after another; a browser sends one.
                if (m_stream.avail_in == 0)
                    return out;
                if (inflateReset(&m_stream) != Z_OK)
                    return Error{Tr::tr("the compressed body is damaged"), 1};
                continue;
            }
            if (rc == Z_BUF_ERROR && m_stream.avail_in == 0)
                return Error{Tr::tr("the compressed body is truncated"), 1};
            if (rc != Z_OK)
                return Error{Tr::tr("the compressed body is damaged (%1)")
                                 .arg(QString::fromLatin1(m_stream.msg ? m_stream.msg : "?")),
                             1};
        }
    }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

} // namespace

Result<QByteArray> decodeBody(const QByteArray &body, QByteArrayView encoding, qsizetype maxBytes)
{
    const QByteArray name = encoding.trimmed().toByteArray().toLower();
    if (name.isEmpty() || name == "identity") {
        if (body.size() > maxBytes)
            return Error{Tr::tr("the body is larger than %1 MiB").arg(maxBytes >> 20),
                         kBodyTooLarge};
        return body;
    }
    if (name == "gzip" || name == "x-gzip")
        return Inflater(15 + 16).run(body, maxBytes);
    if (name == "deflate") {
        // HTTP's deflate is zlib-wrapped, but some clients send raw deflate: try both.
        Result<QByteArray> wrapped = Inflater(15).run(body, maxBytes);
        if (wrapped)
            return wrapped;
        Result<QByteArray> raw = Inflater(-15).run(body, maxBytes);
        return raw ? std::move(raw) : std::move(wrapped);
    }
    return Error{Tr::tr("the content encoding \"%1\" is not supported (gzip and deflate are)")
                     .arg(QString::fromLatin1(name)),
                 1};
}

} // namespace rumscope
