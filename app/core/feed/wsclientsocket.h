#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QNetworkProxy>
#include <QObject>
#include <QSslError>
#include <QStringList>
#include <QWebSocketProtocol>

#include <functional>

class QAuthenticator;
class QNetworkRequest;
class QSslSocket;
class QTimer;

// A WebSocket client (RFC 6455) on a QSslSocket, for feeds: the HTTP upgrade with the
// request's headers and the offered subprotocols, TLS, proxies (HTTP CONNECT, SOCKS5), the
// close handshake, pings and pongs, and a cap on message size.
//
// Why not QWebSocket: per message it reads the header in small reads, allocates the payload,
// converts text to UTF-16 and emits through two objects; a feed of small frames spent more
// time there than in decoding. Here a read takes everything the socket has, frames are parsed
// in place, and each text message reaches the receiver as UTF-8 in one reused array: nothing
// is allocated per message once the buffers have grown.
//
// The API follows QWebSocket's where FeedConnection uses it, except for text messages, which
// go to one handler (valid UTF-8). The array passed to the handler and with
// binaryMessageReceived is reused for the next message (a receiver that keeps a copy keeps
// its own bytes: QByteArray detaches).
class WsClientSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsClientSocket)

public:
    explicit WsClientSocket(QObject *parent = nullptr);
    ~WsClientSocket() override;

    // Text messages go to their one receiver by a plain call: a signal per message cost about
    // a tenth of a small frame's whole cost.
    using TextHandler = std::function<void(const QByteArray &utf8)>;
    void setTextHandler(TextHandler handler) { m_textHandler = std::move(handler); }
    // When the read that brought the message being delivered returned (µs since the epoch):
    // every frame of one read arrived at once; one clock read per read, not per frame.
    qint64 readEpochUs() const { return m_readEpochUs; }

    // The cap on one message (and so on one frame); past it the connection closes with 1009.
    void setMaxAllowedIncomingMessageSize(quint64 bytes);
    void setProxy(const QNetworkProxy &proxy);

    // Connects to ws:// or wss:// `request.url()`, sending its raw headers with the upgrade.
    void open(const QNetworkRequest &request, const QStringList &subprotocols);
    // The close handshake: our close frame, then the connection ends when the server answers
    // (or after a few seconds without an answer).
    void close(quint16 code, const QString &reason);
    void abort();
    // The message's UTF-8 size once queued, -1 when the socket is not open.
    qint64 sendTextMessage(const QString &message);
    void ping();
    // Call from a slot connected to sslErrors() to accept the certificate anyway.
    void ignoreSslErrors();

    // ConnectingState until the server accepted the upgrade.
    QAbstractSocket::SocketState state() const { return m_state; }
    QString errorString() const { return m_errorString; }
    QString subprotocol() const { return m_subprotocol; }
    // The close handshake's code and reason (ours, or the server's when it closed first). A
    // number, not QWebSocketProtocol::CloseCode: servers use codes (4000-4999) that enum lacks.
    quint16 closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }

Q_SIGNALS:
    void connected();
    void disconnected();
    void errorOccurred(QAbstractSocket::SocketError error);
    void binaryMessageReceived(const QByteArray &data);
    // The close handshake began (either side); closeCode() and closeReason() are its own.
    void aboutToClose();
    void sslErrors(const QList<QSslError> &errors);
    void proxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    void pong();

private:
    void onTransportConnected();
    void onReadyRead();
    void onTransportDisconnected();
    void onTransportError(QAbstractSocket::SocketError error);
    // Reads the server's answer to the upgrade; false while it is incomplete or refused.
    bool readHandshakeAnswer();
    // Parses and delivers every complete frame in m_buffer from m_readPos.
    void readFrames();
    // Returns false when the connection is being failed (the caller stops reading).
    bool onFrame(quint8 opcode, bool fin, const char *payload, qsizetype size);
    bool deliver(quint8 opcode, const char *payload, qsizetype size);
    void onCloseFrame(const char *payload, qsizetype size);
    // The handshake went wrong: report it as an error and drop the connection.
    void failHandshake(QAbstractSocket::SocketError error, const QString &message);
    // A protocol violation after the upgrade: close with `code` and end the connection.
    void failConnection(quint16 code, const QString &reason);
    void sendFrame(quint8 opcode, const char *payload, qsizetype size);
    void dropTransport();

    QSslSocket *m_transport = nullptr; // one per attempt; QSslSocket does plain TCP too
    QTimer *m_closeTimer = nullptr; // a server that never answers our close frame
    QNetworkProxy m_proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    QAbstractSocket::SocketState m_state = QAbstractSocket::UnconnectedState;
    QString m_errorString;
    QString m_subprotocol;
    QStringList m_offeredSubprotocols;
    quint16 m_closeCode = QWebSocketProtocol::CloseCodeNormal;
    QString m_closeReason;
    QByteArray m_request; // the upgrade request, sent once the transport is up
    QByteArray m_expectedAccept; // Sec-WebSocket-Accept the server must answer with
    QByteArray m_buffer; // bytes read and not yet parsed, from m_readPos on
    qsizetype m_readPos = 0;
    QByteArray m_message; // the message being delivered (reused)
    QByteArray m_fragments; // a fragmented message so far
    quint8 m_fragmentOpcode = 0; // its opcode; 0 when no fragmented message is open
    quint64 m_maxMessageBytes = 16 * 1024 * 1024;
    quint64 m_attempt = 0; // bumped by open() and abort(): a handler may do either
    TextHandler m_textHandler;
    qint64 m_readEpochUs = 0;
    bool m_peerClosed = false; // the server's close frame came: ignore what follows
    bool m_reading = false; // readyRead while delivering (a nested event loop) waits
};
