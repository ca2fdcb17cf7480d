#include "feed/discoveryprobe.h"

#include "feed/feedconnection.h"

#include <QTimer>

DiscoveryProbe::DiscoveryProbe(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DiscoveryProbe::finish);
}

DiscoveryProbe::~DiscoveryProbe()
{
    cancel();
}

void DiscoveryProbe::start(const FeedSpec &spec, int maxFrames, int timeoutMs)
{
    cancel();
    m_discovery = PathDiscovery(spec.decode.root);
    m_maxFrames = std::max(1, maxFrames);
    m_lastState.clear();
    FeedSpec probeSpec = spec;
    probeSpec.pingIntervalMs = 0; // a few seconds: no keep-alive needed
    m_connection = new FeedConnection(probeSpec, this);
    connect(m_connection, &FeedConnection::textFrameReceived, this, &DiscoveryProbe::onText);
    connect(m_connection, &FeedConnection::stateChanged, this, &DiscoveryProbe::onStateChanged);
    // The time to listen starts once connected: a feed that is down is retried until the
    // user gives up, as a live run would.
    m_timeoutMs = timeoutMs;
    m_connection->open();
}

void DiscoveryProbe::cancel()
{
    m_timer->stop();
    if (!m_connection)
        return;
    m_connection->disconnect(this);
    m_connection->close();
    m_connection->deleteLater();
    m_connection = nullptr;
}

void DiscoveryProbe::onStateChanged(FeedState state, const QString &detail)
{
    m_lastState = detail;
    Q_EMIT connectionStateChanged(state, detail);
    if (!m_connection)
        return; // a receiver cancelled
    if (state == FeedState::Open && !m_timer->isActive())
        m_timer->start(m_timeoutMs);
    else if (state == FeedState::Failed)
        finish(); // no retry will follow (a refused certificate)
}

void DiscoveryProbe::onText(const QString &text)
{
    m_discovery.addFrame(text.toUtf8());
    Q_EMIT frameCollected(m_discovery.frames());
    if (m_discovery.frames() >= m_maxFrames)
        finish();
}

void DiscoveryProbe::finish()
{
    if (!m_connection)
        return;
    const QString state = m_lastState;
    cancel();
    Q_EMIT finished(m_discovery.frames() > 0
                        ? QString()
                        : (state.isEmpty() ? tr("no frame arrived in time")
                                           : tr("no frame arrived (%1)").arg(state)));
}
