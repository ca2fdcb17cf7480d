#include "feed/socketioclient.h"

#include "feed/socketioframing.h"

#include <QJsonDocument>

SocketIoClient::SocketIoClient(const QString &nsp, const QJsonObject &auth,
                               const QStringList &events)
    : m_nsp(nsp.isEmpty() ? QStringLiteral("/") : nsp)
    , m_auth(auth)
    , m_events(events)
{ }

void SocketIoClient::reset()
{
    m_stage = Stage::WaitOpen;
    m_silenceLimitMs = 0;
}

SocketIoClient::Reply SocketIoClient::onFrame(const QString &frame)
{
    using Type = SocketIoFraming::Type;
    Reply reply;
    const SocketIoFraming::Packet packet = SocketIoFraming::parse(frame);
    // Packets of other namespaces are not this feed's: ignored like acks and noops.
    const bool ours = packet.nsp == m_nsp;
    switch (packet.type) {
    case Type::Invalid:
        reply.error = packet.error;
        break;
    case Type::Open:
        if (m_stage != Stage::WaitOpen) {
            reply.error = SocketIoFraming::tr("unexpected Engine.IO open packet");
            break;
        }
        m_stage = Stage::WaitConnect;
        {
            const QJsonObject open = QJsonDocument::fromJson(packet.payload.toUtf8()).object();
            const double interval = open.value(QStringLiteral("pingInterval")).toDouble();
            const double timeout = open.value(QStringLiteral("pingTimeout")).toDouble();
            // Nonsense (negative, days) leaves the watch off rather than misfiring.
            if (interval > 0 && timeout > 0 && interval + timeout < 3600000)
                m_silenceLimitMs = int(interval + timeout);
        }
        reply.connect = SocketIoFraming::connectPacket(m_nsp, m_auth);
        break;
    case Type::Close:
        reply.outcome = Outcome::Lost;
        reply.reason = tr("socket.io: the server closed the Engine.IO session");
        break;
    case Type::Ping:
        // Engine.IO 4: the server pings and drops a client that does not answer in time.
        reply.send << SocketIoFraming::pongPacket(packet.payload);
        break;
    case Type::Pong:
    case Type::Upgrade:
    case Type::Noop:
    case Type::Ack:
        break;
    case Type::Connect:
        if (ours && m_stage == Stage::WaitConnect) {
            m_stage = Stage::Connected;
            reply.outcome = Outcome::Connected;
        }
        break;
    case Type::ConnectError:
        if (ours && m_stage != Stage::Connected) {
            reply.outcome = Outcome::Refused;
            reply.reason = tr("socket.io: the server refused namespace %1: %2")
                               .arg(m_nsp, SocketIoFraming::connectErrorMessage(packet.payload));
        }
        break;
    case Type::Disconnect:
        if (ours) {
            reply.outcome = Outcome::Lost;
            reply.reason = tr("socket.io: the server closed namespace %1").arg(m_nsp);
        }
        break;
    case Type::Event:
        if (ours && m_stage == Stage::Connected
            && (m_events.isEmpty() || m_events.contains(packet.eventName)))
            reply.event = packet.payload;
        break;
    case Type::Binary:
        if (ours)
            reply.error = packet.error;
        break;
    }
    return reply;
}
