#include "feed/socketioframing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
// More digits than this cannot be an ack id a server means (and would overflow qint64).
constexpr int kMaxAckDigits = 15;

int skipSpace(const QString &text, int i)
{
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return i;
}

// The first element of a JSON array text when it is a string, without parsing the rest: the
// name decides whether the event is wanted before anyone pays for decoding it. Returns false
// when the text does not start like ["name", or ["name"].
bool leadingName(const QString &payload, QString *name)
{
    int i = skipSpace(payload, 0);
    if (i >= payload.size() || payload.at(i) != QLatin1Char('['))
        return false;
    i = skipSpace(payload, i + 1);
    if (i >= payload.size() || payload.at(i) != QLatin1Char('"'))
        return false;
    const int start = i;
    bool escaped = false;
    for (++i; i < payload.size(); ++i) {
        const QChar c = payload.at(i);
        if (c == QLatin1Char('\\')) {
            escaped = true;
            ++i;
        } else if (c == QLatin1Char('"')) {
            break;
        }
    }
    if (i >= payload.size())
        return false;
    const int end = i; // the closing quote
    i = skipSpace(payload, end + 1);
    if (i >= payload.size()
        || (payload.at(i) != QLatin1Char(',') && payload.at(i) != QLatin1Char(']')))
        return false;
    if (!escaped) {
        *name = payload.mid(start + 1, end - start - 1);
        return true;
    }
    // Rare: let the JSON parser undo the escapes.
    const QString literal
        = QLatin1Char('[') + payload.mid(start, end - start + 1) + QLatin1Char(']');
    const QJsonDocument doc = QJsonDocument::fromJson(literal.toUtf8());
    if (!doc.isArray() || !doc.array().at(0).isString())
        return false;
    *name = doc.array().at(0).toString();
    return true;
}

SocketIoFraming::Packet invalid(const QString &error)
{
    SocketIoFraming::Packet packet;
    packet.error = error;
    return packet;
}
} // namespace

SocketIoFraming::Packet SocketIoFraming::parse(const QString &frame)
{
    if (frame.isEmpty())
        return invalid(tr("an empty frame is not an Engine.IO packet"));
    Packet packet;
    const QChar engineType = frame.at(0);
    switch (engineType.unicode()) {
    case '0': {
        packet.payload = frame.mid(1);
        if (!QJsonDocument::fromJson(packet.payload.toUtf8()).isObject())
            return invalid(tr("the Engine.IO open packet does not hold a JSON object"));
        packet.type = Type::Open;
        return packet;
    }
    case '1':
        packet.type = Type::Close;
        return packet;
    case '2':
        packet.type = Type::Ping;
        packet.payload = frame.mid(1);
        return packet;
    case '3':
        packet.type = Type::Pong;
        packet.payload = frame.mid(1);
        return packet;
    case '4':
        break; // a Socket.IO packet: below
    case '5':
        packet.type = Type::Upgrade;
        return packet;
    case '6':
        packet.type = Type::Noop;
        return packet;
    default:
        return invalid(tr("unknown Engine.IO packet type \"%1\"").arg(engineType));
    }
    if (frame.size() < 2)
        return invalid(tr("unknown Socket.IO packet type \"%1\"").arg(QString()));
    const QChar socketType = frame.at(1);
    int i = 2;
    switch (socketType.unicode()) {
    case '0':
        packet.type = Type::Connect;
        break;
    case '1':
        packet.type = Type::Disconnect;
        break;
    case '2':
        packet.type = Type::Event;
        break;
    case '3':
        packet.type = Type::Ack;
        break;
    case '4':
        packet.type = Type::ConnectError;
        break;
    case '5':
    case '6':
        packet.type = Type::Binary;
        // The attachment count and its '-' come before the namespace.
        while (i < frame.size() && frame.at(i).isDigit())
            ++i;
        if (i < frame.size() && frame.at(i) == QLatin1Char('-'))
            ++i;
        packet.error = tr("binary events (with attachments) are not supported");
        break;
    default:
        return invalid(tr("unknown Socket.IO packet type \"%1\"").arg(socketType));
    }
    packet.nsp = QStringLiteral("/");
    if (i < frame.size() && frame.at(i) == QLatin1Char('/')) {
        const int comma = frame.indexOf(QLatin1Char(','), i);
        packet.nsp = frame.mid(i, comma < 0 ? -1 : comma - i);
        i = comma < 0 ? int(frame.size()) : comma + 1;
    }
    const int digits = i;
    while (i < frame.size() && frame.at(i).isDigit() && i - digits < kMaxAckDigits)
        ++i;
    if (i > digits)
        packet.ackId = frame.mid(digits, i - digits).toLongLong();
    packet.payload = frame.mid(i);
    if (packet.type == Type::Event && !leadingName(packet.payload, &packet.eventName)) {
        packet.type = Type::Invalid;
        packet.error = tr("the event is not a JSON array that starts with its name");
    }
    return packet;
}

QString SocketIoFraming::connectPacket(const QString &nsp, const QJsonObject &auth)
{
    QString packet = QStringLiteral("40");
    if (!nsp.isEmpty() && nsp != QLatin1String("/"))
        packet += nsp + QLatin1Char(',');
    if (!auth.isEmpty())
        packet += QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact));
    return packet;
}

QString SocketIoFraming::pongPacket(const QString &pingPayload)
{
    return QLatin1Char('3') + pingPayload;
}

QUrl SocketIoFraming::engineUrl(const QUrl &feedUrl)
{
    QUrl url(feedUrl);
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/socket.io/"));
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("EIO"));
    query.removeAllQueryItems(QStringLiteral("transport"));
    query.addQueryItem(QStringLiteral("EIO"), QStringLiteral("4"));
    query.addQueryItem(QStringLiteral("transport"), QStringLiteral("websocket"));
    url.setQuery(query);
    return url;
}

QString SocketIoFraming::connectErrorMessage(const QString &payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8());
    const QJsonValue message = doc.object().value(QStringLiteral("message"));
    if (doc.isObject() && message.isString())
        return message.toString();
    return payload.trimmed();
}
