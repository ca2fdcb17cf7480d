#pragma once

// A Binance-style trade stream on 127.0.0.1 for the "first ten minutes" tests: every
// interval it sends one frame to each client, alternating two symbols,
//   {"stream":"btcusdt@trade","data":{"E":1700000000123,"s":"BTCUSDT","p":"37002.17","q":"0.00200"}}
// with E counting up by one per frame (so E names a frame), optionally followed by a plain-text
// log line. It can drop its clients (a lost connection) and stop listening. Header-only.
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace TestSupport {

class TradePeer final : public QObject
{
public:
    static constexpr qint64 kFirstEventMs = 1700000000123;

    explicit TradePeer(int intervalMs = 10)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &TradePeer::sendOne);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server); // the caller owns pending connections
                m_clients << socket;
                ++m_connections;
            }
        });
        m_timer.start();
    }

    // Port 0: any free one.
    bool listen(quint16 port = 0)
    {
        return m_server.listen(QHostAddress(QStringLiteral("127.0.0.1")), port);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server.serverPort()));
    }
    // A plain-text log line after every frame ("INFO trade <E>"), or none.
    void setLogLines(bool on) { m_logLines = on; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int connections() const { return m_connections; }
    qint64 sent() const { return m_sent; }
    // The E of the frame sent last.
    qint64 lastEventMs() const { return kFirstEventMs + m_sent - 1; }

    // The price text frame n carries: "37000.17" ... "37009.17".
    static QString priceText(qint64 eventMs)
    {
        return QStringLiteral("3700%1.17").arg((eventMs - kFirstEventMs) % 10);
    }

    // Closes every client connection as a server going down would (code 1001).
    void dropClients()
    {
        for (const QPointer<QWebSocket> &socket : std::as_const(m_clients)) {
            if (socket)
                socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                              QStringLiteral("maintenance"));
        }
        m_clients.clear();
    }
    void close()
    {
        dropClients();
        m_server.close();
    }

private:
    void sendOne()
    {
        bool any = false;
        const qint64 eventMs = kFirstEventMs + m_sent;
        const bool btc = m_sent % 2 == 0;
        const QString frame
            = QStringLiteral(R"({"stream":"%1","data":{"E":%2,"s":"%3","p":"%4","q":"0.00200"}})")
                  .arg(btc ? QStringLiteral("btcusdt@trade") : QStringLiteral("ethusdt@trade"))
                  .arg(eventMs)
                  .arg(btc ? QStringLiteral("BTCUSDT") : QStringLiteral("ETHUSDT"))
                  .arg(priceText(eventMs));
        for (const QPointer<QWebSocket> &socket : std::as_const(m_clients)) {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                continue;
            socket->sendTextMessage(frame);
            if (m_logLines)
                socket->sendTextMessage(QStringLiteral("INFO trade %1").arg(eventMs));
            any = true;
        }
        if (any)
            ++m_sent;
    }

    QWebSocketServer m_server { QStringLiteral("trades"), QWebSocketServer::NonSecureMode };
    QTimer m_timer;
    QList<QPointer<QWebSocket>> m_clients;
    qint64 m_sent = 0;
    int m_connections = 0;
    bool m_logLines = false;
};

} // namespace TestSupport
