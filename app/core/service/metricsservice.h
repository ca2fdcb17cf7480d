#pragma once

#include "service/seriesselection.h"
#include "service/serviceoptions.h"
#include "service/servicesnapshot.h"

#include <QElapsedTimer>
#include <QObject>

class IngestEngine;
class InfluxPusher;
class ServiceEndpoint;

// Service mode of a headless run: the HTTP endpoint plus what it shows (the engine's counters,
// the capture, the latest values of the --metrics-series). Lives on the engine's thread (the
// main thread headless); owned by the HeadlessRecorder.
class MetricsService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsService)

public:
    MetricsService(IngestEngine *engine, const ServiceOptions &options, QObject *parent = nullptr);
    ~MetricsService() override;

    // Listens on --serve's address; false with a reason when it cannot (port in use, ...).
    bool start(QString *error);
    // The port listened on (--serve with port 0 picks one).
    quint16 port() const;
    QString url() const;
    ServiceSnapshot snapshot() const;
    // --push's counters in /metrics; not owned.
    void setPusher(const InfluxPusher *pusher) { m_pusher = pusher; }

private:
    IngestEngine *m_engine;
    ServiceOptions m_options;
    SeriesSelection m_selection;
    ServiceEndpoint *m_endpoint;
    QElapsedTimer m_clock;
    const InfluxPusher *m_pusher = nullptr;
};
