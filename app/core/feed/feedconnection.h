#pragma once

#include "feed/reconnectpolicy.h"
#include "model/feedstate.h"
#include "profiles/feedspec.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class QSslError;
class SocketIoClient;
class QTimer;
class WsClientSocket;

// One feed's WebSocket: connects with the spec's headers and subprotocols, sends its
// handshake steps then its subscribe messages after every (re)connect, pings for the round-trip
// time (and drops a connection whose pongs stop), sends the spec's keepalive message on its timer,
// goes through the spec's proxy, and reconnects with backoff. A refused TLS certificate ends in
// Failed without retrying. Hands every frame on untouched. Lives on the engine's thread; owned
// by it.
class FeedConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedConnection)

public:
    explicit FeedConnection(const FeedSpec &spec, QObject *parent = nullptr);
    ~FeedConnection() override;

    // The engine's way to the text frames: a plain call per frame (valid UTF-8, the array
    // reused for the next frame; receiveUs when the read that brought it returned, µs since
    // the epoch). textFrameReceived carries the same frames for everyone else.
    using TextFrameHandler = std::function<void(const QByteArray &utf8, qint64 receiveUs)>;
    void setTextFrameHandler(TextFrameHandler handler) { m_textFrameHandler = std::move(handler); }

    void open();
    // How long a handshake may go unanswered before the attempt counts as lost (10 s).
    void setHandshakeTimeoutMs(int ms);
    // Closes for good (no reconnect); state becomes Closed.
    void close();
    bool sendText(const QString &message);

    FeedState state() const { return m_state; }
    QString stateDetail() const { return m_detail; }
    double rttMs() const { return m_rttMs; }
    qint64 nextRetryEpochMs() const { return m_nextRetryEpochMs; }
    bool everConnected() const { return m_everConnected; }
    QString negotiatedSubprotocol() const;
    const FeedSpec &spec() const { return m_spec; }
    // Messages refused for exceeding maxMessageBytes (each one costs the connection).
    quint64 oversizeFrames() const { return m_oversizeFrames; }

Q_SIGNALS:
    // Every text frame, as text (a conversion per frame, made only when something listens).
    void textFrameReceived(const QString &text);
    // A frame the feed's protocol (socket.io) could not read: a decode error, the feed goes on.
    void frameRefused(const QString &text, const QString &reason);
    void binaryFrameReceived(const QByteArray &data);
    void stateChanged(FeedState state, const QString &detail);
    // A message went to the server (handshake, subscribe, keepalive, sendText), as the profile
    // has it: with its ${secret:NAME} placeholders, not their values.
    void messageSent(const QString &message);
    // A reconnect attempt was scheduled delayMs from now (the backoff, observable in tests).
    void reconnectScheduled(int delayMs);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    // A data frame for the handler and the listeners of textFrameReceived.
    void deliverText(const QByteArray &utf8, const QString *text);
    void setState(FeedState state, const QString &stateDetail);
    // Sends `message` with its secrets put in; messageSent() on success.
    bool sendMessage(const QString &message);
    void onConnected();
    // Runs the spec's handshake steps (if any), then completeOpen().
    void startHandshake();
    void onSocketIoFrame(const QString &text);
    // After the handshake steps (if any): the feed is open.
    void completeOpen();
    // Runs steps from m_handshakeStep until one waits for a reply, or all are done.
    void runHandshake();
    void onTextFrame(const QByteArray &utf8);
    void onHandshakeFrame(const QString &text);
    void onStepTimeout();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void queueLossHandling();
    void handleLoss();
    QString lossReason();
    void scheduleReconnect(const QString &reason);
    void sendPing();
    void onHandshakeTimeout();
    void sendKeepalive();

    FeedSpec m_spec;
    TextFrameHandler m_textFrameHandler;
    bool m_textSignalUsed = false; // textFrameReceived has (had) a receiver
    QHash<QString, QString> m_secretValues; // this attempt's ${secret:NAME} values
    WsClientSocket *m_socket = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_handshakeTimer = nullptr; // a server that accepts TCP but never answers
    QTimer *m_keepaliveTimer = nullptr; // the spec's application keepalive, while open
    QTimer *m_stepTimer = nullptr; // a handshake step waiting for its reply
    std::unique_ptr<SocketIoClient> m_socketIo; // "protocol": "socket.io" only
    QTimer *m_socketIoSilence = nullptr; // socket.io: no frame (not even a ping) for too long
    QElapsedTimer m_socketIoLastFrame; // socket.io: when the last frame came
    ReconnectPolicy m_policy;
    QElapsedTimer m_openSince;
    QElapsedTimer m_pingSent;
    FeedState m_state = FeedState::Idle;
    QString m_detail;
    QString m_lastError;
    double m_rttMs = -1.0;
    qint64 m_nextRetryEpochMs = -1;
    quint64 m_oversizeFrames = 0;
    bool m_everConnected = false;
    bool m_closing = false;
    bool m_pingOutstanding = false;
    bool m_closeHandshake = false; // this connection saw a close frame (closeCode() is its own)
    bool m_lossQueued = false; // handleLoss() is pending for the current attempt
    bool m_tlsRefused = false; // this attempt's certificate was refused: fail, do not retry
    bool m_handshakeRefused = false; // a step's failOn matched: fail, do not retry
    int m_handshakeStep = -1; // the step running; -1 outside the handshake
};
