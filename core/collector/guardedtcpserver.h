#pragma once
// What Qt HttpServer 6.4 does not limit, guarded at the socket before it reads a request: the
// number of open connections, a request's header size and the time it may take to arrive
// (a slow client), the body size a request announces (refused before its body is read), and
// idle keep-alive connections. QHttpServer::bind() takes this server.

#include <QTcpServer>

namespace rumscope {

struct ConnectionLimits
{
    int maxConnections = 1024;
    qsizetype maxHeaderBytes = 64 * 1024;
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    int headerTimeoutMs = 10000; ///< from a request's first byte to the end of its header
    int idleTimeoutMs = 60000;   ///< a connection with no request in progress
};

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }

Q_SIGNALS:
    /// A connection was refused or cut, and why: "too_many_connections",
    /// "header_too_large", "body_too_large", "slow_client", "idle".
    void refused(const QByteArray &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
    int m_open = 0;
};

} // namespace rumscope
