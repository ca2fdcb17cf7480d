#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The Socket.IO side of one feed's WebSocket (contract, section Reach): waits for the
// Engine.IO open packet, connects the namespace (with the auth object), answers the server's
// pings, and turns the namespace's events into their JSON arrays ["name", args...] for the
// decoder, keeping only the `events` asked for. No sockets: FeedConnection sends what it is
// told and acts on the outcome, so the protocol is testable frame by frame.
class SocketIoClient final
{
    Q_DECLARE_TR_FUNCTIONS(SocketIoClient)

public:
    enum class Outcome {
        None,
        Connected, // the namespace is connected: the feed may open
        Refused, // CONNECT_ERROR (usually auth): fail, do not retry
        Lost, // the server closed the namespace or the session: reconnect
    };

    struct Reply
    {
        // The namespace connect to send now: it carries `auth`, whose ${secret:NAME} values
        // FeedConnection puts in (and reports the packet as written). Empty when none.
        QString connect;
        QStringList send; // protocol replies (pongs) to send now, in order
        QString event; // an accepted event's array text, for the decoder
        QString error; // the frame was not understood (a decode error; the feed goes on)
        Outcome outcome = Outcome::None;
        QString reason; // Refused and Lost: why, translated
    };

    // `nsp` "" means the default namespace "/"; `events` empty keeps every event.
    SocketIoClient(const QString &nsp, const QJsonObject &auth, const QStringList &events);

    // A new WebSocket connection: wait for its open packet again.
    void reset();
    Reply onFrame(const QString &frame);
    bool isConnected() const { return m_stage == Stage::Connected; }
    QString nsp() const { return m_nsp; }
    // From the open packet: pingInterval + pingTimeout. The server pings that often, so this
    // long without a frame means the connection is gone. 0 until known.
    int silenceLimitMs() const { return m_silenceLimitMs; }

private:
    enum class Stage { WaitOpen, WaitConnect, Connected };

    QString m_nsp;
    QJsonObject m_auth;
    QStringList m_events;
    Stage m_stage = Stage::WaitOpen;
    int m_silenceLimitMs = 0;
};
