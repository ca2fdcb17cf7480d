#pragma once

#include "alerts/alertevent.h"
#include "model/feedstats.h"
#include "service/seriesselection.h"

#include <QByteArray>
#include <QString>

#include <vector>

// What /metrics and /status show at one moment: the feeds' counters, the capture, the chosen
// series. Plain value, taken on the engine's thread for each request.
struct ServiceSnapshot
{
    std::vector<FeedStats> feeds;
    QString capturePath; // empty: not recording
    qint64 captureBytes = 0;
    double uptimeSeconds = 0.0;
    const std::vector<SeriesSelection::Value> *series = nullptr; // may be null
    quint64 seriesRefused = 0; // matches beyond the cap
    int seriesCap = SeriesSelection::kDefaultCap;
    // --push: per feed (in the order of `feeds`) the samples the store took and those dropped.
    bool pushing = false;
    std::vector<std::pair<quint64, quint64>> push;
    qint64 pushBufferedPoints = 0;
    // Every alert instance as it stands (the run's rules); /metrics and /status show the
    // firing and acknowledged ones.
    std::vector<AlertStatus> alerts;
};

namespace ServiceFormat {
// The Prometheus text exposition format (version 0.0.4).
QByteArray prometheusText(const ServiceSnapshot &snapshot);
// GET /status: feeds, states, reasons, counters, capture file, uptime. Compact JSON.
QByteArray statusJson(const ServiceSnapshot &snapshot);
// "a\"b" for a label value: backslash, double quote and newline escaped.
QByteArray labelValue(const QString &text);
} // namespace ServiceFormat
