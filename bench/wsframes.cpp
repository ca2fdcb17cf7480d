#include "wsframes.h"

#include <QCryptographicHash>
#include <QList>

#include <algorithm>

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
    const QByteArray accept
        = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                   QCryptographicHash::Sha1)
              .toBase64();
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Accept: "
        + accept + "\r\n\r\n";
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

bool takeClientFrame(QByteArray &buffer, int *opcode, QByteArray *payload)
{
    if (buffer.size() < 2)
        return false;
    const auto *b = reinterpret_cast<const uchar *>(buffer.constData());
    qsizetype length = b[1] & 0x7f;
    qsizetype offset = 2;
    if (length == 126) {
        if (buffer.size() < 4)
            return false;
        length = (qsizetype(b[2]) << 8) | b[3];
        offset = 4;
    } else if (length == 127) {
        if (buffer.size() < 10)
            return false;
        length = 0;
        for (int i = 2; i < 10; ++i)
            length = (length << 8) | b[i];
        offset = 10;
    }
    const bool masked = b[1] & 0x80;
    const qsizetype maskAt = offset;
    offset += masked ? 4 : 0;
    if (buffer.size() < offset + length)
        return false;
    *opcode = b[0] & 0x0f;
    *payload = buffer.mid(offset, length);
    for (qsizetype i = 0; masked && i < length; ++i)
        (*payload)[i] = char((*payload)[i] ^ buffer[maskAt + (i % 4)]);
    buffer.remove(0, offset + length);
    return true;
}

void appendControlFrame(QByteArray &out, int opcode, const QByteArray &payload)
{
    out.append(char(0x80 | opcode));
    out.append(char(std::min<qsizetype>(payload.size(), 125)));
    out.append(payload.left(125));
}

} // namespace WsFrames
