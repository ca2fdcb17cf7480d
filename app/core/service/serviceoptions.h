#pragma once

#include "capture/capturerotation.h"
#include "service/serveaddress.h"
#include "service/seriesselection.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

// The service-mode part of the command line (contract: "Service mode"): --serve,
// --serve-token, --metrics-series, and the capture's --rotate-size, --rotate-time, --keep. Kept
// apart from commandline.cpp so it grows on its own.
struct ServiceOptions
{
    std::optional<ServeAddress> serve;
    QByteArray serveToken; // never printed
    QList<SeriesPattern> metricsSeries;
    CaptureRotation rotation;
    QUrl pushUrl; // --push: InfluxDB line protocol endpoint; empty: none

    bool any() const { return serve.has_value(); }
};

namespace ServiceCommandLine {
QList<QCommandLineOption> options();
// Reads the options above from a parsed command line; a one-line reason when one is bad.
// The token may also come from the environment (FEEDBOARD_SERVE_TOKEN), which, unlike an
// argument, no other user sees in the process list.
QString read(const QCommandLineParser &parser, bool headless, ServiceOptions *out);
// The capture options; `recording`: --record was given.
QString readRotation(const QCommandLineParser &parser, bool recording, CaptureRotation *out);
// "1048576", "64K", "100M", "2G" (powers of 1024); nullopt when not a size >= 1.
std::optional<qint64> parseSize(const QString &text);
} // namespace ServiceCommandLine
