#include "guardedtcpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace rumscope {
namespace {

/// Follows the requests on one connection from the bytes as they arrive (peeked before
/// QHttpServer reads them): where a header ends, how long its body is.
class RequestScanner : public QObject
{
public:
    RequestScanner(QTcpSocket *socket, const ConnectionLimits &limits, GuardedTcpServer *server)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
        , m_server(server)
    {
        m_headerTimer.setSingleShot(true);
        m_idleTimer.setSingleShot(true);
        connect(&m_headerTimer, &QTimer::timeout, this, [this] { cut(408, "slow_client"); });
        connect(&m_idleTimer, &QTimer::timeout, this, [this] { drop("idle"); });
        // Before QHttpServer's own slot, which reads what arrived.
        connect(socket, &QTcpSocket::readyRead, this, &RequestScanner::scan);
        m_idleTimer.start(m_limits.idleTimeoutMs);
    }

private:
    void scan()
    {
        const QByteArray arrived = m_socket->peek(m_socket->bytesAvailable());
        qsizetype at = 0;
        while (at < arrived.size()) {
            if (m_bodyLeft > 0) {
                const qsizetype taken = std::min<qsizetype>(m_bodyLeft, arrived.size() - at);
                m_bodyLeft -= taken;
                at += taken;
                continue;
            }
            if (m_header.isEmpty()) {
                m_idleTimer.stop();
                m_headerTimer.start(m_limits.headerTimeoutMs);
            }
            const qsizetype end = arrived.indexOf('\n', at);
            const qsizetype lineEnd = end < 0 ? arrived.size() : end + 1;
            m_header += arrived.mid(at, lineEnd - at);
            at = lineEnd;
            if (m_header.size() > m_limits.maxHeaderBytes)
                return cut(431, "header_too_large");
            if (!m_header.endsWith("\r\n\r\n") && !m_header.endsWith("\n\n"))
                continue;
            // A whole header: what body follows it?
            m_headerTimer.stop();
            qsizetype length = 0;
            const QByteArray lower = m_header.toLower();
            if (const qsizetype field = lower.indexOf("\ncontent-length:"); field >= 0) {
                const qsizetype valueEnd = lower.indexOf('\n', field + 1);
                bool ok = false;
                length = lower.mid(field + 16, valueEnd - field - 16).trimmed().toLongLong(&ok);
                if (!ok || length < 0)
                    length = 0;
            }
            m_header.clear();
            if (length > m_limits.maxBodyBytes)
                return cut(413, "body_too_large");
            m_bodyLeft = length;
            if (m_bodyLeft == 0)
                m_idleTimer.start(m_limits.idleTimeoutMs);
        }
        if (m_bodyLeft == 0 && m_header.isEmpty())
            m_idleTimer.start(m_limits.idleTimeoutMs);
    }

    /// Answers with a status and a JSON reason, then closes: the request is not read further.
    void cut(int status, const QByteArray &reason)
    {
        const QByteArray body = R"({"error":")" + reason +
                                R"(","message":"The request was )"
                                R"(refused before it was read."})";
        const QByteArray text = status == 408   ? "Request Timeout"
                                : status == 413 ? "Content Too Large"
                                                : "Request Header Fields Too Large";
        // Nothing more reaches QHttpServer: the bytes of this request stop here.
        disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + text +
                        "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        "Content-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
        drop(reason);
    }

    void drop(const QByteArray &reason)
    {
        m_headerTimer.stop();
        m_idleTimer.stop();
        Q_EMIT m_server->refused(reason);
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    GuardedTcpServer *m_server;
    QByteArray m_header; ///< of the request arriving, until its end
    qsizetype m_bodyLeft = 0;
    QTimer m_headerTimer;
    QTimer m_idleTimer;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        const QByteArray body =
            R"({"error":"too_many_connections","message":"Too many open connections."})";
        socket->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"
                      "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        Q_EMIT refused("too_many_connections");
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    new RequestScanner(socket, m_limits, this);
    addPendingConnection(socket); // QTcpServer announces it (newConnection) after this returns
}

} // namespace rumscope
