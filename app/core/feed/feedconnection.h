#pragma once

#include "feed/reconnectpolicy.h"
#include "model/feedstate.h"
#include "profiles/feedspec.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>

class QSslError;
class QTimer;
class QWebSocket;

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
    void textFrameReceived(const QString &text);
    void binaryFrameReceived(const QByteArray &data);
    void stateChanged(FeedState state, const QString &detail);
    // A reconnect attempt was scheduled delayMs from now (the backoff, observable in tests).
    void reconnectScheduled(int delayMs);

private:
    void setState(FeedState state, const QString &detail);
    void onConnected();
    // After the handshake steps (if any): the feed is open.
    void completeOpen();
    // Runs steps from m_handshakeStep until one waits for a reply, or all are done.
    void runHandshake();
    void onTextFrame(const QString &text);
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
    QWebSocket *m_socket = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_handshakeTimer = nullptr; // a server that accepts TCP but never answers
    QTimer *m_keepaliveTimer = nullptr; // the spec's application keepalive, while open
    QTimer *m_stepTimer = nullptr; // a handshake step waiting for its reply
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
