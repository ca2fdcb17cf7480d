#pragma once

#include "decode/decodeconfig.h"
#include "feed/handshakestep.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// One feed of a profile: where to connect, how to handshake, how to decode. Plain value.
// `extra` keeps keys this version does not know, so rewriting a file loses nothing.
struct FeedSpec
{
    QString name;
    QUrl url;
    QList<QPair<QString, QString>> headers; // in file order; values may be secrets
    QStringList secretHeaders; // header names never written to logs or captures
    QStringList subprotocols;
    QStringList subscribe; // text messages sent after every (re)connect
    QList<HandshakeStep> handshake; // run on every (re)connect before `subscribe`
    DecodeConfig decode;
    int reconnectInitialDelayMs = 500;
    int reconnectMaxDelayMs = 30000;
    int pingIntervalMs = 5000; // 0 disables pings
    bool ignoreSslErrors = false;
    qint64 maxMessageBytes = 16 * 1024 * 1024; // cap on one incoming message and one frame
    int staleAfterMs = 30000; // open but silent this long: marked stale; 0 disables
    int maxSeries = 2000; // series this feed may create; past it samples are refused
    // "socket.io": Engine.IO 4 over the WebSocket, events decoded as ["name", args...]
    // (SocketIoClient). Empty: plain WebSocket frames.
    QString protocol;
    QString socketIoNamespace; // "/..." (empty: the default namespace "/")
    QJsonObject socketIoAuth; // sent with the namespace connect; written back as given
    QStringList socketIoEvents; // event names kept; empty keeps every event
    // "system", "none", "http://[user@]host:port" or "socks5://[user@]host:port" (FeedProxy).
    QString proxy = QStringLiteral("system");
    // An application-level keepalive: `keepaliveMessage` sent every keepaliveIntervalMs while
    // open (0: none). Some servers drop clients that do not, whatever the WebSocket pings do.
    int keepaliveIntervalMs = 0;
    QString keepaliveMessage;
    // The values of its ${secret:NAME} placeholders that the secret store holds, by name: filled
    // by ProfileStore::load, written by ProfileStore::save (and the profile editor), never part
    // of the file. The environment (FEEDBOARD_SECRET_NAME) wins over these at connect time.
    QHash<QString, QString> storedSecrets;
    QJsonObject extra; // unknown keys of the feed object
    QJsonObject reconnectExtra; // unknown keys of its reconnect object

    // Reads one element of `feeds`; errors are "<pointer relative to the feed>: <reason>".
    static std::optional<FeedSpec> fromJson(const QJsonObject &object, QString *error);
    // withSecrets=false leaves out the values of secret headers (for sharing and captures).
    QJsonObject toJson(bool withSecrets = true) const;
    bool isSecretHeader(const QString &header) const;
    bool isSocketIo() const { return protocol == QLatin1String("socket.io"); }
};
