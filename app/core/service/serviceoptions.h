#pragma once

#include "service/serveaddress.h"
#include "service/seriesselection.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

// The service-mode part of the command line (contract: "Service mode"): --serve,
// --serve-token, --metrics-series. Kept apart from commandline.cpp so it grows on its own.
struct ServiceOptions
{
    std::optional<ServeAddress> serve;
    QByteArray serveToken; // never printed
    QList<SeriesPattern> metricsSeries;

    bool any() const { return serve.has_value(); }
};

namespace ServiceCommandLine {
QList<QCommandLineOption> options();
// Reads the options above from a parsed command line; a one-line reason when one is bad.
// The token may also come from the environment (FEEDBOARD_SERVE_TOKEN), which, unlike an
// argument, no other user sees in the process list.
QString read(const QCommandLineParser &parser, bool headless, ServiceOptions *out);
} // namespace ServiceCommandLine
