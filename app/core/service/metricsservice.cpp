#include "service/metricsservice.h"

#include "service/influxpusher.h"
#include "service/serviceendpoint.h"
#include "session/ingestengine.h"

MetricsService::MetricsService(IngestEngine *engine, const ServiceOptions &options, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_options(options)
    , m_selection(options.metricsSeries)
    , m_endpoint(new ServiceEndpoint([this] { return snapshot(); }, this))
{
    m_clock.start();
    m_endpoint->setToken(options.serveToken);
    // Only with series chosen: otherwise a scrape needs nothing per batch.
    if (!m_selection.isEmpty())
        connect(engine, &IngestEngine::batchReady, this,
                [this](const IngestBatch &batch) { m_selection.addBatch(batch); });
}

MetricsService::~MetricsService() = default;

bool MetricsService::start(QString *error)
{
    if (!m_options.serve)
        return true;
    QString reason;
    if (m_endpoint->listenOn(m_options.serve->address, m_options.serve->port, &reason))
        return true;
    *error
        = QStringLiteral("--serve %1: cannot listen: %2").arg(m_options.serve->toString(), reason);
    return false;
}

quint16 MetricsService::port() const
{
    return m_endpoint->port();
}

QString MetricsService::url() const
{
    ServeAddress where = m_options.serve.value_or(ServeAddress());
    where.port = port();
    return QStringLiteral("http://%1/").arg(where.toString());
}

ServiceSnapshot MetricsService::snapshot() const
{
    ServiceSnapshot s;
    s.feeds = m_engine->stats();
    s.capturePath = m_engine->capturePath();
    s.captureBytes = s.capturePath.isEmpty() ? 0 : m_engine->captureBytes();
    s.uptimeSeconds = double(m_clock.elapsed()) / 1000.0;
    s.series = &m_selection.values();
    s.seriesRefused = m_selection.refused();
    s.seriesCap = m_selection.cap();
    s.alerts = m_engine->alertStatus();
    if (m_pusher) {
        s.pushing = true;
        for (const FeedStats &feed : s.feeds)
            s.push.emplace_back(m_pusher->pushed(feed.feed), m_pusher->dropped(feed.feed));
        s.pushBufferedPoints = m_pusher->bufferedPoints();
    }
    return s;
}
