#pragma once

#include <QByteArray>

// The server side of RFC 6455 that the load generator needs, written by hand so that
// thousands of pre-framed messages go out in one socket write (QWebSocket frames and writes
// each message separately, which would make the generator, not FeedBoard, the bottleneck).
namespace WsFrames {
// The 101 response to a complete client handshake (ends with "\r\n\r\n"); empty if the
// request has no Sec-WebSocket-Key.
QByteArray handshakeResponse(const QByteArray &request);
// Appends an unmasked, final text frame holding payload.
void appendTextFrame(QByteArray &out, const char *payload, qsizetype size);
// Size of the header appendTextFrame writes for a payload of that size.
qsizetype headerSize(qsizetype payloadSize);
// Removes one complete (masked) client frame from the front of `buffer`: its opcode and
// unmasked payload. False while the frame is incomplete.
bool takeClientFrame(QByteArray &buffer, int *opcode, QByteArray *payload);
// Appends an unmasked control frame (pong: 0xA, close: 0x8) with a payload under 126 bytes.
void appendControlFrame(QByteArray &out, int opcode, const QByteArray &payload);
} // namespace WsFrames
