#include "wsframes.h"

#include <QCryptographicHash>
#include <QList>

namespace WsFrames {

QByteArray handshakeResponse(const QByteArray &request)
{
    QByteArray key;
    const QList<QByteArray> lines = request.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "sec-websocket-key")
            key = line.mid(colon + 1).trimmed();
    }
    if (key.isEmpty())
        return {};
    const QByteArray accept = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                                       QCryptographicHash::Sha1)
                                  .toBase64();
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Accept: " + accept + "\r\n\r\n";
}

qsizetype headerSize(qsizetype payloadSize)
{
    return payloadSize < 126 ? 2 : (payloadSize < 65536 ? 4 : 10);
}

void appendTextFrame(QByteArray &out, const char *payload, qsizetype size)
{
    out.append(char(0x81)); // FIN + text
    if (size < 126) {
        out.append(char(size));
    } else if (size < 65536) {
        out.append(char(126));
        out.append(char((size >> 8) & 0xff));
        out.append(char(size & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(size) >> shift) & 0xff));
    }
    out.append(payload, size);
}

} // namespace WsFrames
