#include "feed/wsclientsocket.h"

#include "feed/wsframecodec.h"

#include "capture/textformat.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTimer>

#include <cstring>

namespace {
constexpr qsizetype kMaxHandshakeAnswer = 64 * 1024;
constexpr int kCloseAnswerTimeoutMs = 3000;
constexpr char kAcceptGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
// A read takes at least this much when the socket has less, so that small frames arriving
// one by one do not grow the buffer a few bytes at a time.
constexpr qsizetype kMinReadBytes = 64 * 1024;

bool headerHasToken(const QByteArray &value, const char *token)
{
    for (const QByteArray &part : value.split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

WsClientSocket::WsClientSocket(QObject *parent)
    : QObject(parent)
    , m_closeTimer(new QTimer(this))
{
    m_closeTimer->setSingleShot(true);
    m_closeTimer->setInterval(kCloseAnswerTimeoutMs);
    connect(m_closeTimer, &QTimer::timeout, this, &WsClientSocket::abort);
}

WsClientSocket::~WsClientSocket()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
    }
}

void WsClientSocket::setMaxAllowedIncomingMessageSize(quint64 bytes)
{
    m_maxMessageBytes = bytes;
}

void WsClientSocket::setProxy(const QNetworkProxy &proxy)
{
    m_proxy = proxy;
}

void WsClientSocket::open(const QNetworkRequest &request, const QStringList &subprotocols)
{
    dropTransport();
    ++m_attempt;
    m_errorString.clear();
    m_subprotocol.clear();
    m_offeredSubprotocols = subprotocols;
    m_closeCode = QWebSocketProtocol::CloseCodeNormal;
    m_closeReason.clear();
    m_buffer.clear();
    m_readPos = 0;
    m_fragments.clear();
    m_fragmentOpcode = 0;
    m_peerClosed = false;

    const QUrl url = request.url();
    const bool secure = url.scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0;
    const int port = url.port(secure ? 443 : 80);
    m_state = QAbstractSocket::ConnectingState;
    if (secure && !QSslSocket::supportsSsl()) {
        failHandshake(QAbstractSocket::SslInternalError,
                      tr("TLS is not available on this system (wss:// needs OpenSSL)"));
        return;
    }

    QByteArray key(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    key = key.toBase64();
    m_expectedAccept
        = QCryptographicHash::hash(QByteArray(key + kAcceptGuid), QCryptographicHash::Sha1)
              .toBase64();

    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (port != (secure ? 443 : 80))
        host += ':' + QByteArray::number(port);
    m_request = "GET " + target + " HTTP/1.1\r\nHost: " + host
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
        + "\r\nSec-WebSocket-Version: 13\r\n";
    if (!subprotocols.isEmpty())
        m_request += "Sec-WebSocket-Protocol: " + subprotocols.join(QLatin1String(", ")).toUtf8()
            + "\r\n";
    static const QList<QByteArray> kOwnHeaders = { "host",
                                                   "upgrade",
                                                   "connection",
                                                   "sec-websocket-key",
                                                   "sec-websocket-version",
                                                   "sec-websocket-protocol" };
    for (const QByteArray &name : request.rawHeaderList()) {
        if (kOwnHeaders.contains(name.toLower()))
            continue; // the protocol's, not the profile's to change
        m_request += name + ": " + request.rawHeader(name) + "\r\n";
    }
    m_request += "\r\n";

    m_transport = new QSslSocket(this);
    m_transport->setProxy(m_proxy);
    connect(m_transport, &QAbstractSocket::readyRead, this, &WsClientSocket::onReadyRead);
    connect(m_transport, &QAbstractSocket::disconnected, this,
            &WsClientSocket::onTransportDisconnected);
    connect(m_transport, &QAbstractSocket::errorOccurred, this, &WsClientSocket::onTransportError);
    connect(m_transport, &QAbstractSocket::proxyAuthenticationRequired, this,
            &WsClientSocket::proxyAuthenticationRequired);
    if (secure) {
        connect(m_transport, &QSslSocket::encrypted, this, &WsClientSocket::onTransportConnected);
        connect(m_transport, &QSslSocket::sslErrors, this, &WsClientSocket::sslErrors);
        m_transport->connectToHostEncrypted(url.host(), quint16(port));
    } else {
        connect(m_transport, &QAbstractSocket::connected, this,
                &WsClientSocket::onTransportConnected);
        m_transport->connectToHost(url.host(), quint16(port));
    }
}

void WsClientSocket::dropTransport()
{
    m_closeTimer->stop();
    if (!m_transport)
        return;
    // Possibly called from one of its own signals: it goes once control is back in the loop.
    m_transport->disconnect(this);
    m_transport->abort();
    m_transport->deleteLater();
    m_transport = nullptr;
}

void WsClientSocket::abort()
{
    const bool wasUp = m_state != QAbstractSocket::UnconnectedState;
    ++m_attempt;
    dropTransport();
    m_state = QAbstractSocket::UnconnectedState;
    if (wasUp)
        Q_EMIT disconnected();
}

void WsClientSocket::close(quint16 code, const QString &reason)
{
    if (m_state != QAbstractSocket::ConnectedState) {
        abort();
        return;
    }
    m_closeCode = code;
    m_closeReason = reason;
    m_state = QAbstractSocket::ClosingState;
    Q_EMIT aboutToClose();
    const QByteArray payload = WsFrameCodec::closePayload(code, reason);
    sendFrame(WsFrameCodec::Close, payload.constData(), payload.size());
    m_closeTimer->start();
}

qint64 WsClientSocket::sendTextMessage(const QString &message)
{
    if (m_state != QAbstractSocket::ConnectedState)
        return -1;
    const QByteArray utf8 = message.toUtf8();
    sendFrame(WsFrameCodec::Text, utf8.constData(), utf8.size());
    return utf8.size();
}

void WsClientSocket::ping()
{
    if (m_state == QAbstractSocket::ConnectedState)
        sendFrame(WsFrameCodec::Ping, nullptr, 0);
}

void WsClientSocket::ignoreSslErrors()
{
    if (m_transport)
        m_transport->ignoreSslErrors();
}

void WsClientSocket::sendFrame(quint8 opcode, const char *payload, qsizetype size)
{
    if (!m_transport)
        return;
    const quint32 mask = QRandomGenerator::global()->generate();
    m_transport->write(
        WsFrameCodec::clientFrame(WsFrameCodec::Opcode(opcode), payload, size, mask));
}

void WsClientSocket::onTransportConnected()
{
    m_transport->write(m_request);
}

void WsClientSocket::failHandshake(QAbstractSocket::SocketError error, const QString &message)
{
    m_errorString = message;
    const quint64 attempt = m_attempt;
    Q_EMIT errorOccurred(error);
    if (attempt == m_attempt)
        abort();
}

void WsClientSocket::failConnection(quint16 code, const QString &reason)
{
    // RFC 6455 7.1.7: send our close frame, then end the TCP connection without waiting.
    m_closeCode = code;
    m_closeReason = reason;
    const quint64 attempt = m_attempt;
    m_state = QAbstractSocket::ClosingState;
    Q_EMIT aboutToClose();
    if (attempt != m_attempt)
        return;
    const QByteArray payload = WsFrameCodec::closePayload(code, reason);
    sendFrame(WsFrameCodec::Close, payload.constData(), payload.size());
    m_buffer.clear();
    m_readPos = 0;
    if (m_transport)
        m_transport->disconnectFromHost(); // writes the close frame first
    m_closeTimer->start();
}

void WsClientSocket::onTransportDisconnected()
{
    abort(); // the transport is gone: what is left is to drop it and report
}

void WsClientSocket::onTransportError(QAbstractSocket::SocketError error)
{
    // The server ending TCP after the close handshake is how a connection should end.
    if (m_state == QAbstractSocket::ClosingState && error == QAbstractSocket::RemoteHostClosedError)
        return;
    if (!m_transport)
        return;
    m_errorString = m_transport->errorString();
    // A connect that failed (refused, unreachable, a proxy's refusal) ends without
    // disconnected(): the receiver sees UnconnectedState from here on.
    if (m_transport->state() == QAbstractSocket::UnconnectedState) {
        ++m_attempt;
        dropTransport();
        m_state = QAbstractSocket::UnconnectedState;
    }
    Q_EMIT errorOccurred(error);
}

void WsClientSocket::onReadyRead()
{
    if (m_reading || !m_transport)
        return;
    m_reading = true;
    const quint64 attempt = m_attempt;
    while (attempt == m_attempt && m_transport && m_transport->bytesAvailable() > 0) {
        if (m_readPos > 0 && m_readPos == m_buffer.size()) {
            m_buffer.resize(0); // keeps its capacity
            m_readPos = 0;
        }
        const qsizetype have = m_buffer.size();
        const qsizetype want = std::max<qsizetype>(m_transport->bytesAvailable(), kMinReadBytes);
        m_buffer.resize(have + want);
        const qint64 got = m_transport->read(m_buffer.data() + have, want);
        m_buffer.resize(have + std::max<qint64>(got, 0));
        if (got <= 0)
            break;
        m_readEpochUs = TextFormat::nowEpochUs();
        if (m_peerClosed) { // nothing after the server's close frame counts
            m_buffer.resize(0);
            m_readPos = 0;
            continue;
        }
        if (m_state == QAbstractSocket::ConnectingState && !readHandshakeAnswer())
            break;
        if (attempt != m_attempt)
            break;
        readFrames();
    }
    m_reading = false;
}

bool WsClientSocket::readHandshakeAnswer()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHandshakeAnswer)
            failHandshake(QAbstractSocket::ConnectionRefusedError,
                          tr("the server's answer to the WebSocket handshake is not HTTP"));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    if (status.size() < 2 || !status.at(0).startsWith("HTTP/")) {
        failHandshake(QAbstractSocket::ConnectionRefusedError,
                      tr("the server's answer to the WebSocket handshake is not HTTP"));
        return false;
    }
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray code = status.at(1);
    if (code != "101") {
        const QByteArray text = lines.first().trimmed().mid(status.at(0).size() + 1);
        failHandshake(
            QAbstractSocket::ConnectionRefusedError,
            tr("the server refused the WebSocket upgrade: HTTP %1").arg(QString::fromUtf8(text)));
        return false;
    }
    QString problem;
    if (!headerHasToken(headers.value("upgrade"), "websocket"))
        problem = tr("its Upgrade header is not websocket");
    else if (!headerHasToken(headers.value("connection"), "upgrade"))
        problem = tr("its Connection header is not Upgrade");
    else if (headers.value("sec-websocket-accept") != m_expectedAccept)
        problem = tr("its Sec-WebSocket-Accept does not match the key sent");
    else if (!headers.value("sec-websocket-extensions").isEmpty())
        problem = tr("it agreed to an extension that was not offered");
    const QString protocol = QString::fromUtf8(headers.value("sec-websocket-protocol"));
    if (problem.isEmpty() && !protocol.isEmpty() && !m_offeredSubprotocols.contains(protocol))
        problem = tr("it chose subprotocol %1, which was not offered").arg(protocol);
    if (!problem.isEmpty()) {
        failHandshake(
            QAbstractSocket::ConnectionRefusedError,
            tr("the server's answer to the WebSocket handshake is wrong: %1").arg(problem));
        return false;
    }
    m_subprotocol = protocol;
    m_readPos = end + 4; // frames may follow in the same read
    m_state = QAbstractSocket::ConnectedState;
    const quint64 attempt = m_attempt;
    Q_EMIT connected();
    return attempt == m_attempt;
}

void WsClientSocket::readFrames()
{
    const quint64 attempt = m_attempt;
    while (attempt == m_attempt && m_state != QAbstractSocket::UnconnectedState) {
        const char *at = m_buffer.constData() + m_readPos;
        const qsizetype available = m_buffer.size() - m_readPos;
        WsFrameCodec::Header header;
        QString error;
        const auto parse = WsFrameCodec::readHeader(at, available, header, &error);
        if (parse == WsFrameCodec::Parse::Incomplete)
            break;
        if (parse == WsFrameCodec::Parse::ProtocolError) {
            failConnection(QWebSocketProtocol::CloseCodeProtocolError, error);
            return;
        }
        const quint64 pending = header.opcode == WsFrameCodec::Continuation
            ? quint64(m_fragments.size()) + header.payloadSize
            : header.payloadSize;
        if (pending > m_maxMessageBytes) {
            failConnection(QWebSocketProtocol::CloseCodeTooMuchData,
                           tr("a message larger than %1 bytes").arg(m_maxMessageBytes));
            return;
        }
        const qsizetype frameSize = header.headerSize + qsizetype(header.payloadSize);
        if (available < frameSize) {
            // The rest of a large frame is on its way: make room for it in one go.
            m_buffer.reserve(m_readPos + frameSize);
            break;
        }
        m_readPos += frameSize;
        if (!onFrame(header.opcode, header.fin, at + header.headerSize,
                     qsizetype(header.payloadSize)))
            return;
    }
    if (attempt != m_attempt)
        return;
    // What is left is the start of a frame: move it to the front for the next read.
    if (m_readPos > 0) {
        const qsizetype rest = m_buffer.size() - m_readPos;
        if (rest > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_readPos, size_t(rest));
        m_buffer.resize(rest);
        m_readPos = 0;
    }
}

bool WsClientSocket::onFrame(quint8 opcode, bool fin, const char *payload, qsizetype size)
{
    switch (opcode) {
    case WsFrameCodec::Text:
    case WsFrameCodec::Binary:
        if (m_fragmentOpcode != 0) {
            failConnection(QWebSocketProtocol::CloseCodeProtocolError,
                           tr("the server began a message inside a fragmented one"));
            return false;
        }
        if (fin)
            return deliver(opcode, payload, size);
        m_fragmentOpcode = opcode;
        m_fragments.resize(0);
        m_fragments.append(payload, size);
        return true;
    case WsFrameCodec::Continuation:
        if (m_fragmentOpcode == 0) {
            failConnection(QWebSocketProtocol::CloseCodeProtocolError,
                           tr("the server continued a message it never began"));
            return false;
        }
        m_fragments.append(payload, size);
        if (!fin)
            return true;
        {
            const quint8 first = m_fragmentOpcode;
            m_fragmentOpcode = 0;
            // Delivered from m_message: m_fragments may be appended to by the next frame.
            std::swap(m_fragments, m_message);
            const bool ok = deliver(first, m_message.constData(), m_message.size());
            return ok;
        }
    case WsFrameCodec::Ping:
        if (m_state == QAbstractSocket::ConnectedState)
            sendFrame(WsFrameCodec::Pong, payload, size);
        return true;
    case WsFrameCodec::Pong: {
        const quint64 attempt = m_attempt;
        Q_EMIT pong();
        return attempt == m_attempt;
    }
    case WsFrameCodec::Close:
        onCloseFrame(payload, size);
        return false;
    default:
        return true;
    }
}

bool WsClientSocket::deliver(quint8 opcode, const char *payload, qsizetype size)
{
    const bool text = opcode == WsFrameCodec::Text;
    if (text && !WsFrameCodec::isValidUtf8(payload, size)) {
        failConnection(QWebSocketProtocol::CloseCodeWrongDatatype,
                       tr("invalid UTF-8 in a text message"));
        return false;
    }
    if (payload != m_message.constData()) {
        m_message.resize(size); // detaches when a receiver kept the last one
        if (size > 0)
            std::memcpy(m_message.data(), payload, size_t(size));
    }
    const quint64 attempt = m_attempt;
    if (!text)
        Q_EMIT binaryMessageReceived(m_message);
    else if (m_textHandler)
        m_textHandler(m_message);
    return attempt == m_attempt;
}

void WsClientSocket::onCloseFrame(const char *payload, qsizetype size)
{
    m_peerClosed = true;
    quint16 code = 0;
    QString reason;
    if (!WsFrameCodec::readClosePayload(payload, size, code, reason)) {
        failConnection(QWebSocketProtocol::CloseCodeProtocolError,
                       tr("the server sent a malformed close frame"));
        return;
    }
    if (m_state == QAbstractSocket::ClosingState) {
        // The answer to our close: the handshake is complete.
        m_closeTimer->stop();
        if (m_transport)
            m_transport->disconnectFromHost();
        return;
    }
    m_closeCode = code;
    m_closeReason = reason;
    m_state = QAbstractSocket::ClosingState;
    const quint64 attempt = m_attempt;
    Q_EMIT aboutToClose();
    if (attempt != m_attempt)
        return;
    const QByteArray answer = WsFrameCodec::closePayload(code, QString());
    sendFrame(WsFrameCodec::Close, answer.constData(), answer.size());
    if (m_transport)
        m_transport->disconnectFromHost();
    m_closeTimer->start();
}
