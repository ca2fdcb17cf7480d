#include "feed/feedconnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

Q_LOGGING_CATEGORY(lcFeed, "feedboard.feed")

namespace {
QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &error : errors) {
        QString part = error.errorString();
        const QSslCertificate cert = error.certificate();
        if (!cert.isNull()) {
            part += QStringLiteral(" (subject: %1; SHA-256: %2)")
                        .arg(cert.subjectDisplayName(),
                             QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')));
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
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    , m_retryTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this))
    , m_policy(spec.reconnectInitialDelayMs, spec.reconnectMaxDelayMs)
{
    // Caps against hostile servers: Qt's defaults allow frames of about 2 GiB.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(spec.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(spec.maxMessageBytes));
    m_retryTimer->setSingleShot(true);

    connect(m_socket, &QWebSocket::connected, this, &FeedConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &FeedConnection::onDisconnected);
    // QWebSocket::errorOccurred arrived in 6.5; 6.4 has the overloaded error() signal.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &FeedConnection::onError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &FeedConnection::textFrameReceived);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &FeedConnection::binaryFrameReceived);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QString text = describeSslErrors(errors);
        if (m_spec.ignoreSslErrors) {
            qCWarning(lcFeed) << m_spec.name << "TLS errors ignored by profile:" << text;
            m_socket->ignoreSslErrors();
            return;
        }
        m_lastError = tr("TLS certificate refused: %1").arg(text);
    });
    connect(m_socket, &QWebSocket::pong, this, [this](quint64, const QByteArray &) {
        if (m_pingSent.isValid())
            m_rttMs = double(m_pingSent.nsecsElapsed()) / 1.0e6;
    });
    connect(m_retryTimer, &QTimer::timeout, this, &FeedConnection::open);
    connect(m_pingTimer, &QTimer::timeout, this, &FeedConnection::sendPing);
}

FeedConnection::~FeedConnection()
{
    m_closing = true;
    m_socket->disconnect(this);
    m_socket->abort();
}

void FeedConnection::open()
{
    m_closing = false;
    m_nextRetryEpochMs = -1;
    m_lastError.clear();
    QNetworkRequest request(m_spec.url);
    for (const auto &header : m_spec.headers)
        request.setRawHeader(header.first.toUtf8(), header.second.toUtf8());
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_spec.subprotocols);
    setState(m_state == FeedState::Reconnecting ? FeedState::Reconnecting : FeedState::Connecting,
             tr("connecting to %1").arg(m_spec.url.toDisplayString(QUrl::RemoveUserInfo)));
    m_socket->open(request, options);
}

void FeedConnection::close()
{
    m_closing = true;
    m_retryTimer->stop();
    m_pingTimer->stop();
    m_nextRetryEpochMs = -1;
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("closed by user"));
    setState(FeedState::Closed, tr("closed by user"));
}

bool FeedConnection::sendText(const QString &message)
{
    if (m_state != FeedState::Open)
        return false;
    return m_socket->sendTextMessage(message) > 0 || message.isEmpty();
}

QString FeedConnection::negotiatedSubprotocol() const
{
    return m_socket->subprotocol();
}

void FeedConnection::setState(FeedState state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state, detail);
}

void FeedConnection::onConnected()
{
    m_everConnected = true;
    m_openSince.start();
    const QString protocol = m_socket->subprotocol();
    setState(FeedState::Open, protocol.isEmpty() ? tr("open") : tr("open (subprotocol %1)").arg(protocol));
    for (const QString &message : m_spec.subscribe)
        m_socket->sendTextMessage(message);
    if (m_spec.pingIntervalMs > 0) {
        sendPing();
        m_pingTimer->start(m_spec.pingIntervalMs);
    }
}

void FeedConnection::onDisconnected()
{
    m_pingTimer->stop();
    if (m_closing)
        return;
    if (m_openSince.isValid() && m_openSince.elapsed() >= ReconnectPolicy::kStableConnectionMs)
        m_policy.reset();
    m_openSince.invalidate();
    QString reason = m_lastError;
    if (reason.isEmpty()) {
        const auto code = m_socket->closeCode();
        reason = m_socket->closeReason().isEmpty()
            ? tr("connection closed (code %1)").arg(int(code))
            : tr("connection closed (code %1: %2)").arg(int(code)).arg(m_socket->closeReason());
    }
    scheduleReconnect(reason);
}

void FeedConnection::onError(QAbstractSocket::SocketError error)
{
    if (m_lastError.isEmpty() || error != QAbstractSocket::SslHandshakeFailedError)
        m_lastError = m_socket->errorString();
    qCInfo(lcFeed) << m_spec.name << "socket error:" << m_lastError;
    // A failed connect attempt may not emit disconnected(); make sure a retry is scheduled.
    if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_closing
        && !m_retryTimer->isActive())
        scheduleReconnect(m_lastError);
}

void FeedConnection::scheduleReconnect(const QString &reason)
{
    if (m_closing || m_retryTimer->isActive())
        return;
    const int delay = m_policy.nextDelayMs();
    m_nextRetryEpochMs = QDateTime::currentMSecsSinceEpoch() + delay;
    m_lastError.clear();
    setState(FeedState::Reconnecting, tr("%1; retrying in %2 s").arg(reason).arg(delay / 1000.0, 0, 'f', 1));
    m_retryTimer->start(delay);
}

void FeedConnection::sendPing()
{
    m_pingSent.start();
    m_socket->ping();
}
