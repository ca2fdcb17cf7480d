#include "feed/feedconnection.h"

#include "capture/capturewriter.h"
#include "feed/socketioclient.h"
#include "feed/socketioframing.h"
#include "feed/feedproxy.h"
#include "feed/wsclientsocket.h"
#include "profiles/secretplaceholders.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFeed, "feedboard.feed")

namespace {
constexpr int kHandshakeTimeoutMs = 10000;
// A ping unanswered for this many intervals means the peer or the path is gone (a half-open
// TCP connection never reports itself): drop it and reconnect.
constexpr int kMissedPongIntervals = 3;

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &error : errors) {
        QString part = error.errorString();
        const QSslCertificate cert = error.certificate();
        if (!cert.isNull()) {
            part += QStringLiteral(" (subject: %1; SHA-256: %2)")
                        .arg(cert.subjectDisplayName(),
                             QString::fromLatin1(
                                 cert.digest(QCryptographicHash::Sha256).toHex(':')));
        }
        parts << part;
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}
} // namespace

FeedConnection::FeedConnection(const FeedSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_socket(new WsClientSocket(this))
    , m_retryTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this))
    , m_handshakeTimer(new QTimer(this))
    , m_keepaliveTimer(new QTimer(this))
    , m_stepTimer(new QTimer(this))
    , m_policy(spec.reconnectInitialDelayMs, spec.reconnectMaxDelayMs)
{
    // The cap against hostile servers: past it the socket closes with 1009
    // (CloseCodeTooMuchData); lossReason() counts that.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(spec.maxMessageBytes));
    m_retryTimer->setSingleShot(true);
    if (spec.proxy.trimmed() == FeedProxy::kSystem)
        FeedProxy::useSystemConfiguration();
    m_socket->setProxy(FeedProxy::forFeed(spec.proxy, spec.url));

    connect(m_socket, &WsClientSocket::connected, this, &FeedConnection::onConnected);
    connect(m_socket, &WsClientSocket::disconnected, this, &FeedConnection::onDisconnected);
    connect(m_socket, &WsClientSocket::errorOccurred, this, &FeedConnection::onError);
    m_socket->setTextHandler([this](const QByteArray &utf8) { onTextFrame(utf8); });
    connect(m_socket, &WsClientSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        // On a socket.io feed binary frames are attachments of binary events, which are
        // refused (a decode error) already.
        if (!m_socketIo)
            Q_EMIT binaryFrameReceived(data);
    });
    // closeCode() keeps the last connection's code; only a close handshake of this
    // connection (aboutToClose) makes it this connection's reason.
    connect(m_socket, &WsClientSocket::aboutToClose, this, [this] { m_closeHandshake = true; });
    connect(m_socket, &WsClientSocket::sslErrors, this, &FeedConnection::onSslErrors);
    // Credentials the proxy did not accept (or none given): the first reason, kept over the
    // protocol error Qt reports next. Passwords are not read from profiles yet.
    connect(m_socket, &WsClientSocket::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy &proxy, QAuthenticator *) {
                if (m_lastError.isEmpty())
                    m_lastError = tr("proxy %1:%2: the proxy asks for credentials (407 Proxy "
                                     "Authentication Required)")
                                      .arg(proxy.hostName())
                                      .arg(proxy.port());
            });
    connect(m_socket, &WsClientSocket::pong, this, [this] {
        if (m_pingSent.isValid())
            m_rttMs = double(m_pingSent.nsecsElapsed()) / 1.0e6;
        m_pingOutstanding = false;
    });
    connect(m_retryTimer, &QTimer::timeout, this, &FeedConnection::open);
    connect(m_pingTimer, &QTimer::timeout, this, &FeedConnection::sendPing);
    connect(m_keepaliveTimer, &QTimer::timeout, this, &FeedConnection::sendKeepalive);
    m_stepTimer->setSingleShot(true);
    connect(m_stepTimer, &QTimer::timeout, this, &FeedConnection::onStepTimeout);
    m_handshakeTimer->setSingleShot(true);
    m_handshakeTimer->setInterval(kHandshakeTimeoutMs);
    connect(m_handshakeTimer, &QTimer::timeout, this, &FeedConnection::onHandshakeTimeout);
    if (spec.isSocketIo()) {
        m_socketIo = std::make_unique<SocketIoClient>(spec.socketIoNamespace, spec.socketIoAuth,
                                                      spec.socketIoEvents);
        m_socketIoSilence = new QTimer(this);
        m_socketIoSilence->setSingleShot(true);
        connect(m_socketIoSilence, &QTimer::timeout, this, [this] {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return; // lost for another reason already
            const int limit = m_socketIo->silenceLimitMs();
            if (limit <= 0)
                return; // a new connection whose open packet has not come yet
            const qint64 quiet = m_socketIoLastFrame.elapsed();
            if (quiet < limit) { // frames came since it was armed: wait out the rest
                m_socketIoSilence->start(int(limit - quiet));
                return;
            }
            m_lastError = SocketIoClient::tr(
                              "socket.io: nothing from the server for %1 s (its ping interval "
                              "and timeout)")
                              .arg(limit / 1000.0, 0, 'f', 1);
            m_socket->abort();
            queueLossHandling();
        });
    }
}

FeedConnection::~FeedConnection()
{
    m_closing = true;
    m_socket->disconnect(this);
    m_socket->abort();
}

void FeedConnection::open()
{
    if (m_state == FeedState::Open || m_socket->state() == QAbstractSocket::ConnectingState)
        return;
    m_retryTimer->stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        // A user close still waiting for the server's close frame: finish it silently.
        m_closing = true;
        m_socket->abort();
    }
    m_closing = false;
    m_lossQueued = false;
    m_tlsRefused = false;
    m_handshakeRefused = false;
    m_handshakeStep = -1;
    m_stepTimer->stop();
    m_nextRetryEpochMs = -1;
    m_lastError.clear();
    // Secrets go in now, on every attempt: the environment may have changed, and nothing
    // else holds the values.
    QStringList missing;
    m_secretValues = SecretPlaceholders::resolve(m_spec, m_spec.storedSecrets, &missing);
    if (!missing.isEmpty()) {
        // Connecting without it would send the placeholder to the server: stop here.
        m_handshakeTimer->stop();
        setState(
            FeedState::Failed,
            tr("secret %1 has no value: enter it in the profile editor or set %2")
                .arg(missing.first(), SecretPlaceholders::environmentVariable(missing.first())));
        return;
    }
    const QUrl url = SecretPlaceholders::substitute(m_spec.url, m_secretValues);
    if (!SecretPlaceholders::namesIn(m_spec.proxy).isEmpty()) {
        const QUrl proxy
            = SecretPlaceholders::substitute(QUrl(m_spec.proxy.trimmed()), m_secretValues);
        m_socket->setProxy(FeedProxy::forFeed(proxy.toString(QUrl::FullyEncoded), url));
    }
    QNetworkRequest request(url);
    for (const auto &header : m_spec.headers)
        request.setRawHeader(
            header.first.toUtf8(),
            SecretPlaceholders::substitute(header.second, m_secretValues).toUtf8());
    if (m_socketIo)
        request.setUrl(SocketIoFraming::engineUrl(request.url()));
    setState(
        m_state == FeedState::Reconnecting ? FeedState::Reconnecting : FeedState::Connecting,
        tr("connecting to %1").arg(CaptureWriter::redactedUrl(m_spec.url))); // no query credentials
    m_socket->open(request, m_spec.subprotocols);
    m_handshakeTimer->start();
}

void FeedConnection::setHandshakeTimeoutMs(int ms)
{
    m_handshakeTimer->setInterval(std::max(1, ms));
}

void FeedConnection::onHandshakeTimeout()
{
    if (m_state == FeedState::Open || m_closing)
        return;
    // A socket.io feed's WebSocket may be up while its namespace connect goes unanswered.
    const bool socketUp = m_socket->state() == QAbstractSocket::ConnectedState;
    m_lastError
        = (m_socketIo && socketUp
               ? SocketIoClient::tr("socket.io: no answer to the namespace connect within %1 s")
               : tr("no answer to the WebSocket handshake within %1 s"))
              .arg(m_handshakeTimer->interval() / 1000.0, 0, 'f', 1);
    m_socket->abort();
    queueLossHandling();
}

void FeedConnection::close()
{
    m_closing = true;
    m_handshakeTimer->stop();
    m_lossQueued = false;
    m_retryTimer->stop();
    m_pingTimer->stop();
    m_keepaliveTimer->stop();
    m_stepTimer->stop();
    if (m_socketIoSilence)
        m_socketIoSilence->stop();
    m_handshakeStep = -1;
    m_nextRetryEpochMs = -1;
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("closed by user"));
    setState(FeedState::Closed, tr("closed by user"));
}

bool FeedConnection::sendText(const QString &message)
{
    if (m_state != FeedState::Open)
        return false;
    return sendMessage(message) || message.isEmpty();
}

QString FeedConnection::negotiatedSubprotocol() const
{
    return m_state == FeedState::Open ? m_socket->subprotocol() : QString();
}

bool FeedConnection::sendMessage(const QString &message)
{
    const bool sent
        = m_socket->sendTextMessage(SecretPlaceholders::substitute(message, m_secretValues)) > 0;
    if (sent)
        Q_EMIT messageSent(message); // as written: placeholders, never their values
    return sent;
}

void FeedConnection::setState(FeedState state, const QString &stateDetail)
{
    // A server may echo what it was sent ("invalid token abc…"): never show a secret's value.
    const QString detail = SecretPlaceholders::mask(stateDetail, m_secretValues);
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state, detail);
}

void FeedConnection::onConnected()
{
    m_handshakeTimer->stop();
    m_closeHandshake = false;
    if (m_socketIo) {
        // Open only once the namespace is connected; the same timeout covers that wait.
        m_socketIo->reset();
        setState(m_state == FeedState::Reconnecting ? FeedState::Reconnecting
                                                    : FeedState::Connecting,
                 SocketIoClient::tr("socket.io: connecting namespace %1").arg(m_socketIo->nsp()));
        m_handshakeTimer->start();
        return;
    }
    startHandshake();
}

void FeedConnection::startHandshake()
{
    if (m_spec.handshake.isEmpty()) {
        completeOpen();
        return;
    }
    m_handshakeStep = 0;
    runHandshake();
}

void FeedConnection::runHandshake()
{
    const int count = int(m_spec.handshake.size());
    while (m_handshakeStep >= 0 && m_handshakeStep < count) {
        const HandshakeStep &step = m_spec.handshake.at(m_handshakeStep);
        if (!step.send.isEmpty())
            sendMessage(step.send);
        if (step.expect) {
            setState(m_state == FeedState::Reconnecting ? FeedState::Reconnecting
                                                        : FeedState::Connecting,
                     tr("handshake step %1 of %2: waiting for %3")
                         .arg(m_handshakeStep + 1)
                         .arg(count)
                         .arg(step.expect->describe()));
            m_stepTimer->start(step.timeoutMs);
            return;
        }
        ++m_handshakeStep;
    }
    m_handshakeStep = -1;
    completeOpen();
}

void FeedConnection::onTextFrame(const QByteArray &utf8)
{
    if (m_socketIo) {
        onSocketIoFrame(QString::fromUtf8(utf8));
        return;
    }
    if (m_handshakeStep >= 0) {
        onHandshakeFrame(QString::fromUtf8(utf8));
        return;
    }
    deliverText(utf8, nullptr);
}

void FeedConnection::deliverText(const QByteArray &utf8, const QString *text)
{
    if (m_textFrameHandler)
        m_textFrameHandler(utf8, m_socket->readEpochUs());
    if (!m_textSignalUsed)
        return;
    if (text)
        Q_EMIT textFrameReceived(*text);
    else
        Q_EMIT textFrameReceived(QString::fromUtf8(utf8));
}

void FeedConnection::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&FeedConnection::textFrameReceived))
        m_textSignalUsed = true;
}

void FeedConnection::onSocketIoFrame(const QString &text)
{
    const SocketIoClient::Reply reply = m_socketIo->onFrame(text);
    // Engine.IO servers ping on their interval: a connection silent past interval + timeout is
    // gone (half-open TCP), whatever the WebSocket pings (maybe disabled) say. Per frame only
    // a time stamp: the watch timer is armed once and re-armed when it fires.
    m_socketIoLastFrame.start();
    if (m_socketIo->silenceLimitMs() > 0 && !m_socketIoSilence->isActive())
        m_socketIoSilence->start(m_socketIo->silenceLimitMs());
    if (!reply.connect.isEmpty())
        sendMessage(reply.connect); // `auth` may hold ${secret:NAME}: reported as written
    for (const QString &frame : reply.send)
        m_socket->sendTextMessage(frame); // pongs, unreported
    switch (reply.outcome) {
    case SocketIoClient::Outcome::None:
        break;
    case SocketIoClient::Outcome::Connected:
        m_handshakeTimer->stop();
        startHandshake();
        break;
    case SocketIoClient::Outcome::Refused:
        // Like a handshake step's failOn: a refused login does not fix itself by retrying.
        m_handshakeTimer->stop();
        m_handshakeRefused = true;
        m_lastError = reply.reason;
        m_socket->abort();
        queueLossHandling();
        return;
    case SocketIoClient::Outcome::Lost:
        m_lastError = reply.reason;
        m_socket->abort(); // disconnected() follows and schedules the reconnect
        queueLossHandling();
        return;
    }
    if (!reply.error.isEmpty())
        Q_EMIT frameRefused(text, reply.error);
    if (reply.event.isEmpty())
        return;
    if (m_handshakeStep >= 0) {
        onHandshakeFrame(reply.event); // steps see events as the decoder would
    } else {
        deliverText(reply.event.toUtf8(), &reply.event);
    }
}

void FeedConnection::onHandshakeFrame(const QString &text)
{
    // Handshake replies are the protocol's, not the feed's data: they are not decoded.
    const HandshakeStep &step = m_spec.handshake.at(m_handshakeStep);
    if (!step.expect)
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    QJsonValue parsed(QJsonValue::Undefined); // not JSON: only a regex can match it
    if (parseError.error == QJsonParseError::NoError)
        parsed = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (step.failOn && step.failOn->matches(text, parsed)) {
        m_stepTimer->stop();
        m_handshakeRefused = true;
        constexpr int kShown = 200;
        m_lastError
            = tr("handshake step %1 refused: %2")
                  .arg(m_handshakeStep + 1)
                  .arg(text.size() > kShown ? text.left(kShown) + QStringLiteral("…") : text);
        m_handshakeStep = -1;
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("handshake refused"));
        queueLossHandling();
        return;
    }
    if (step.expect->matches(text, parsed)) {
        m_stepTimer->stop();
        ++m_handshakeStep;
        runHandshake();
    }
}

void FeedConnection::onStepTimeout()
{
    if (m_handshakeStep < 0)
        return;
    const HandshakeStep &step = m_spec.handshake.at(m_handshakeStep);
    m_lastError = tr("handshake step %1: no reply matching %2 within %3 s")
                      .arg(m_handshakeStep + 1)
                      .arg(step.expect ? step.expect->describe() : QString())
                      .arg(step.timeoutMs / 1000.0, 0, 'f', 1);
    m_handshakeStep = -1;
    m_socket->abort();
    queueLossHandling();
}

void FeedConnection::completeOpen()
{
    m_everConnected = true;
    m_openSince.start();
    const QString protocol = m_socket->subprotocol();
    setState(FeedState::Open,
             protocol.isEmpty() ? tr("open") : tr("open (subprotocol %1)").arg(protocol));
    // In profile order, before anything else the user might send.
    for (const QString &message : m_spec.subscribe)
        sendMessage(message);
    if (m_spec.pingIntervalMs > 0) {
        m_pingOutstanding = false;
        sendPing();
        m_pingTimer->start(m_spec.pingIntervalMs);
    }
    // The first one an interval after the subscribe messages, as a client library would.
    if (m_spec.keepaliveIntervalMs > 0 && !m_spec.keepaliveMessage.isEmpty())
        m_keepaliveTimer->start(m_spec.keepaliveIntervalMs);
}

void FeedConnection::sendKeepalive()
{
    if (m_state == FeedState::Open)
        sendMessage(m_spec.keepaliveMessage);
}

void FeedConnection::onDisconnected()
{
    if (m_socketIoSilence)
        m_socketIoSilence->stop();
    m_pingTimer->stop();
    m_keepaliveTimer->stop();
    m_stepTimer->stop();
    m_handshakeStep = -1;
    if (!m_closing)
        queueLossHandling();
}

void FeedConnection::queueLossHandling()
{
    // disconnected() and error() arrive in either order, and the error names the better
    // reason ("Connection refused"): decide once both had their say.
    if (m_lossQueued)
        return;
    m_lossQueued = true;
    QMetaObject::invokeMethod(this, &FeedConnection::handleLoss, Qt::QueuedConnection);
}

void FeedConnection::handleLoss()
{
    if (!m_lossQueued)
        return; // open() or close() came first
    m_lossQueued = false;
    m_handshakeTimer->stop();
    if (m_closing || m_state == FeedState::Failed || m_retryTimer->isActive())
        return;
    if (m_openSince.isValid() && m_openSince.elapsed() >= ReconnectPolicy::kStableConnectionMs)
        m_policy.reset();
    m_openSince.invalidate();
    if (m_tlsRefused || m_handshakeRefused) {
        // A certificate (or a refused login) does not fix itself in seconds, and retrying
        // would only repeat the refusal: stop here until the user opens the feed again.
        m_nextRetryEpochMs = -1;
        setState(FeedState::Failed, m_lastError);
        return;
    }
    scheduleReconnect(lossReason());
}

QString FeedConnection::lossReason()
{
    const int code = m_closeHandshake ? int(m_socket->closeCode())
                                      : int(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
    if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        // The socket refused a message over the cap and closed the connection itself.
        ++m_oversizeFrames;
        return tr("a message larger than the cap of %1 bytes was refused (close code 1009)")
            .arg(m_spec.maxMessageBytes);
    }
    const QString closeText = m_closeHandshake ? m_socket->closeReason() : QString();
    const bool plainClose = closeText.isEmpty()
        && (code == QWebSocketProtocol::CloseCodeNormal
            || code == QWebSocketProtocol::CloseCodeAbnormalDisconnection);
    if (plainClose && !m_lastError.isEmpty())
        return m_lastError;
    if (!m_closeHandshake)
        return tr("connection lost without a close frame");
    if (closeText.isEmpty())
        return tr("connection closed (code %1)").arg(code);
    return tr("connection closed (code %1: %2)").arg(code).arg(closeText);
}

void FeedConnection::onError(QAbstractSocket::SocketError error)
{
    // The first reason wins: a refused certificate or a missing pong explain the later
    // "remote host closed" better than it does.
    if (m_lastError.isEmpty()) {
        m_lastError = m_socket->errorString();
        // Name the proxy when it is the one that failed: the user looks at the proxy, not
        // at the feed's server.
        const QString proxy = FeedProxy::describe(m_spec.proxy);
        const bool proxyError = error == QAbstractSocket::ProxyAuthenticationRequiredError
            || (error >= QAbstractSocket::ProxyConnectionRefusedError
                && error <= QAbstractSocket::ProxyProtocolError);
        if (!proxy.isEmpty() && proxyError)
            m_lastError = tr("proxy %1: %2").arg(proxy, m_lastError);
    }
    qCInfo(lcFeed) << m_spec.name << "socket error" << int(error)
                   << SecretPlaceholders::mask(m_socket->errorString(), m_secretValues);
    // A failed connect attempt may not emit disconnected(); make sure the loss is handled.
    if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_closing)
        queueLossHandling();
}

void FeedConnection::onSslErrors(const QList<QSslError> &errors)
{
    const QString text = describeSslErrors(errors);
    if (m_spec.ignoreSslErrors) {
        qCWarning(lcFeed) << m_spec.name << "TLS errors ignored by profile:" << text;
        m_socket->ignoreSslErrors();
        return;
    }
    m_tlsRefused = true;
    m_lastError = tr("TLS certificate refused: %1").arg(text);
}

void FeedConnection::scheduleReconnect(const QString &reason)
{
    if (m_closing || m_retryTimer->isActive())
        return;
    const int delay = m_policy.nextDelayMs();
    m_nextRetryEpochMs = QDateTime::currentMSecsSinceEpoch() + delay;
    m_lastError.clear();
    setState(FeedState::Reconnecting,
             tr("%1; retrying in %2 s").arg(reason).arg(delay / 1000.0, 0, 'f', 1));
    m_retryTimer->start(delay);
    Q_EMIT reconnectScheduled(delay);
}

void FeedConnection::sendPing()
{
    if (m_pingOutstanding
        && m_pingSent.elapsed() >= qint64(kMissedPongIntervals) * m_spec.pingIntervalMs) {
        m_lastError = tr("no pong for %1 s").arg(m_pingSent.elapsed() / 1000.0, 0, 'f', 1);
        m_socket->abort(); // disconnected() follows and schedules the reconnect
        return;
    }
    if (m_pingOutstanding)
        return; // keep measuring the round trip from the first unanswered ping
    m_pingOutstanding = true;
    m_pingSent.start();
    m_socket->ping();
}
