#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// RFC 6455 framing as a client sees it: the headers of the frames a server sends (never
// masked) read in place from a byte buffer, and the frames a client sends (always masked)
// written. Pure functions, no socket: WsClientSocket runs them, tests and fuzzers call them.
namespace WsFrameCodec {

enum Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

struct Header
{
    quint8 opcode = 0;
    bool fin = false;
    qsizetype headerSize = 0; // bytes before the payload
    quint64 payloadSize = 0;
};

enum class Parse {
    Incomplete, // need more bytes for the header
    Ok,
    ProtocolError, // the connection must close with code 1002; `error` says why
};

// Reads the header at `data`. Refuses what a server must not send: a masked frame, reserved
// bits (no extension is negotiated), unknown opcodes, control frames that are fragmented or
// longer than 125 bytes, and 64-bit lengths with the top bit set.
Parse readHeader(const char *data, qsizetype size, Header &out, QString *error);

// A client frame with FIN set: header, the 4-byte mask key, the masked payload.
QByteArray clientFrame(Opcode opcode, const char *payload, qsizetype size, quint32 maskKey);

// A close frame's payload: the code in network order, then the reason in UTF-8 (cut to fit
// the 125 bytes of a control frame without splitting a character).
QByteArray closePayload(quint16 code, const QString &reason);

// Reads a close frame's payload. An empty payload is a normal close (1000) without reason;
// false when it is one byte long or its reason is not UTF-8.
bool readClosePayload(const char *payload, qsizetype size, quint16 &code, QString &reason);

bool isValidUtf8(const char *data, qsizetype size);

} // namespace WsFrameCodec
