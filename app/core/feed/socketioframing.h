#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// Engine.IO 4 / Socket.IO 5 text packets over a WebSocket (contract, section Reach): what a
// server sends, parsed, and what the client sends, built. Pure functions, no sockets, so every
// packet shape is testable on its own.
class SocketIoFraming final
{
    Q_DECLARE_TR_FUNCTIONS(SocketIoFraming)

public:
    enum class Type {
        Invalid, // not an Engine.IO packet this client understands: `error` says why
        Open, // Engine.IO 0: the session's parameters (payload: a JSON object)
        Close, // Engine.IO 1
        Ping, // Engine.IO 2: answered with pongPacket(payload)
        Pong, // Engine.IO 3
        Upgrade, // Engine.IO 5
        Noop, // Engine.IO 6
        Connect, // Socket.IO 0: a namespace is connected
        Disconnect, // Socket.IO 1: the server closed a namespace
        Event, // Socket.IO 2: payload is the array ["name", args...]
        Ack, // Socket.IO 3: never asked for by this client
        ConnectError, // Socket.IO 4: the server refused the namespace connect
        Binary, // Socket.IO 5 and 6: attachments are not supported (`error` says so)
    };

    struct Packet
    {
        Type type = Type::Invalid;
        QString nsp; // Socket.IO packets: "/" when the packet names none
        qint64 ackId = -1; // an event's or ack's id; -1 without one
        QString payload; // what follows the header (JSON text, or a ping's probe data)
        QString eventName; // Event: the array's first element
        QString error; // Invalid and Binary: why, translated
    };

    static Packet parse(const QString &frame);
    // The namespace CONNECT the client sends after the open packet: "40", "40/ns," and the
    // auth object after it when it is not empty.
    static QString connectPacket(const QString &nsp, const QJsonObject &auth);
    // The answer to a ping, echoing its data ("3" for a plain ping).
    static QString pongPacket(const QString &pingPayload);
    // The URL the WebSocket opens: EIO=4&transport=websocket in the query (replacing any
    // given), and path /socket.io/ when the feed's URL has none or only "/".
    static QUrl engineUrl(const QUrl &feedUrl);
    // The reason of a CONNECT_ERROR payload: {"message": M} gives M, anything else itself.
    static QString connectErrorMessage(const QString &payload);
};
