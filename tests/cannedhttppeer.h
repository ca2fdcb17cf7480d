#pragma once

// A raw TCP server on 127.0.0.1 that answers each connection's HTTP request with a fixed
// reply (or nothing: it accepts TCP and never answers the handshake), then optionally closes.
// Plays the broken or refusing HTTP side of a WebSocket handshake. Keeps what it was sent.
#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <utility>

class CannedHttpPeer final : public QObject
{
public:
    CannedHttpPeer(QByteArray reply, bool closeAfterReply)
        : m_reply(std::move(reply))
        , m_close(closeAfterReply)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server); // sockets are children of the server
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests += socket->readAll();
                    if (m_reply.isEmpty())
                        return;
                    socket->write(m_reply);
                    socket->flush();
                    if (m_close)
                        socket->disconnectFromHost();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    QByteArray requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QByteArray m_reply;
    bool m_close;
    int m_connections = 0;
    QByteArray m_requests;
};
