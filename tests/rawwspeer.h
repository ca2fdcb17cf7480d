#pragma once

// A WebSocket server written by hand over QTcpServer (RFC 6455, server side: handshake and
// unmasked frames), for the bytes Qt's own server will not produce: invalid UTF-8 in a text
// frame, a frame cut off mid-payload followed by a TCP close. 127.0.0.1 only. Header-only;
// sockets are children of the server.
#include <QByteArray>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace TestSupport {

class RawWebSocketPeer final : public QObject
{
public:
    // Called once per connection after the handshake: write frames with frame().
    using OnOpen = std::function<void(QTcpSocket *socket, int connection)>;

    explicit RawWebSocketPeer(OnOpen onOpen)
        : m_onOpen(std::move(onOpen))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { onReadyRead(socket); });
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/raw").arg(m_server.serverPort()));
    }
    int connections() const { return m_connections; }
    // What clients sent after their handshakes (masked frames), all connections together.
    QByteArray received() const { return m_received; }

    // One unmasked server-to-client frame; FIN set. opcode 0x1 text, 0x2 binary, 0x8 close.
    static QByteArray frame(quint8 opcode, const QByteArray &payload)
    {
        QByteArray out;
        out.append(char(0x80 | opcode));
        const quint64 n = quint64(payload.size());
        if (n < 126) {
            out.append(char(n));
        } else if (n < 65536) {
            out.append(char(126));
            out.append(char(n >> 8));
            out.append(char(n & 0xff));
        } else {
            out.append(char(127));
            for (int shift = 56; shift >= 0; shift -= 8)
                out.append(char((n >> shift) & 0xff));
        }
        out.append(payload);
        return out;
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &request = m_requests[socket];
        if (request.endsWith("\r\n\r\n")) {
            // After the handshake: the client's (masked) frames. Answer a close frame with
            // ours and end the connection, as a polite server does.
            const QByteArray bytes = socket->readAll();
            m_received += bytes;
            if (!bytes.isEmpty() && (quint8(bytes.at(0)) & 0x0f) == 0x8) {
                socket->write(frame(0x8, QByteArray()));
                socket->disconnectFromHost();
            }
            return;
        }
        request += socket->readAll();
        if (!request.endsWith("\r\n\r\n"))
            return;
        QByteArray key;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(int(qstrlen("sec-websocket-key:"))).trimmed();
        }
        const QByteArray keyAndGuid = key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
        const QByteArray accept
            = QCryptographicHash::hash(keyAndGuid, QCryptographicHash::Sha1).toBase64();
        const QByteArray reply = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                 "Connection: Upgrade\r\nSec-WebSocket-Accept: "
            + accept + "\r\n\r\n";
        socket->write(reply);
        m_onOpen(socket, m_connections++);
        socket->flush();
    }

    QTcpServer m_server;
    OnOpen m_onOpen;
    QHash<QTcpSocket *, QByteArray> m_requests;
    QByteArray m_received;
    int m_connections = 0;
};

} // namespace TestSupport
