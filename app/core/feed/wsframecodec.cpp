#include "feed/wsframecodec.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <cstring>

namespace WsFrameCodec {

namespace {
constexpr quint8 kFin = 0x80;
constexpr quint8 kReservedBits = 0x70;
constexpr quint8 kMaskBit = 0x80;
constexpr qsizetype kMaxControlPayload = 125;

// The messages are the feed's state detail: translated like the rest of the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WsFrameCodec)
};

bool isKnownOpcode(quint8 opcode)
{
    return opcode <= Binary || (opcode >= Close && opcode <= Pong);
}
} // namespace

Parse readHeader(const char *data, qsizetype size, Header &out, QString *error)
{
    if (size < 2)
        return Parse::Incomplete;
    const auto b0 = quint8(data[0]);
    const auto b1 = quint8(data[1]);
    out.fin = (b0 & kFin) != 0;
    out.opcode = b0 & 0x0f;
    if (b0 & kReservedBits) {
        *error = Text::tr("the server set reserved bits of a frame (no extension was agreed)");
        return Parse::ProtocolError;
    }
    if (!isKnownOpcode(out.opcode)) {
        *error = Text::tr("the server sent a frame of unknown type %1").arg(out.opcode);
        return Parse::ProtocolError;
    }
    if (b1 & kMaskBit) {
        *error = Text::tr("the server sent a masked frame");
        return Parse::ProtocolError;
    }
    const quint8 length7 = b1 & 0x7f;
    if (length7 < 126) {
        out.headerSize = 2;
        out.payloadSize = length7;
    } else if (length7 == 126) {
        if (size < 4)
            return Parse::Incomplete;
        out.headerSize = 4;
        out.payloadSize = (quint64(quint8(data[2])) << 8) | quint8(data[3]);
    } else {
        if (size < 10)
            return Parse::Incomplete;
        out.headerSize = 10;
        quint64 n = 0;
        for (int i = 2; i < 10; ++i)
            n = (n << 8) | quint8(data[i]);
        if (n >> 63) {
            *error = Text::tr("the server sent a frame length with its top bit set");
            return Parse::ProtocolError;
        }
        out.payloadSize = n;
    }
    if (out.opcode >= Close) {
        if (!out.fin || out.payloadSize > quint64(kMaxControlPayload)) {
            *error = Text::tr("the server sent a fragmented or oversized control frame");
            return Parse::ProtocolError;
        }
    }
    return Parse::Ok;
}

QByteArray clientFrame(Opcode opcode, const char *payload, qsizetype size, quint32 maskKey)
{
    QByteArray out;
    out.reserve(14 + size);
    out.append(char(kFin | opcode));
    if (size < 126) {
        out.append(char(kMaskBit | size));
    } else if (size < 65536) {
        out.append(char(kMaskBit | 126));
        out.append(char(size >> 8));
        out.append(char(size & 0xff));
    } else {
        out.append(char(kMaskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(size) >> shift) & 0xff));
    }
    const char mask[4]
        = { char(maskKey >> 24), char(maskKey >> 16), char(maskKey >> 8), char(maskKey) };
    out.append(mask, 4);
    const qsizetype start = out.size();
    out.resize(start + size);
    char *masked = out.data() + start;
    for (qsizetype i = 0; i < size; ++i)
        masked[i] = char(payload[i] ^ mask[i & 3]);
    return out;
}

QByteArray closePayload(quint16 code, const QString &reason)
{
    QByteArray out;
    out.append(char(code >> 8));
    out.append(char(code & 0xff));
    QByteArray text = reason.toUtf8();
    qsizetype fit = std::min<qsizetype>(text.size(), kMaxControlPayload - 2);
    while (fit > 0 && fit < text.size() && (quint8(text.at(fit)) & 0xc0) == 0x80)
        --fit; // not inside a character
    out.append(text.constData(), fit);
    return out;
}

bool readClosePayload(const char *payload, qsizetype size, quint16 &code, QString &reason)
{
    reason.clear();
    if (size == 0) {
        code = 1000;
        return true;
    }
    if (size == 1 || !isValidUtf8(payload + 2, size - 2))
        return false;
    code = quint16((quint8(payload[0]) << 8) | quint8(payload[1]));
    reason = QString::fromUtf8(payload + 2, size - 2);
    return true;
}

bool isValidUtf8(const char *data, qsizetype size)
{
    // Most feeds send ASCII: eight bytes at a time without a high bit settle it. simdjson's
    // validator is fast on long text but costs more than this on a 150-byte tick.
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    quint64 high = 0;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        high |= word;
    }
    for (; i < size; ++i)
        high |= quint8(data[i]);
    if (!(high & kHighBits))
        return true;
    return simdjson::validate_utf8(data, size_t(size));
}

} // namespace WsFrameCodec
