#include "service/serviceoptions.h"

#include <QCommandLineParser>

namespace ServiceCommandLine {

QList<QCommandLineOption> options()
{
    return {
        { QStringLiteral("serve"),
          QStringLiteral("Headless: serve /metrics (Prometheus), /status and /healthz over HTTP "
                         "on [ADDR:]PORT (default address 127.0.0.1; port 0: a free one)."),
          QStringLiteral("[ADDR:]PORT") },
        { QStringLiteral("serve-token"),
          QStringLiteral("Bearer token every --serve request must carry; required for a "
                         "non-loopback address (or set FEEDBOARD_SERVE_TOKEN)."),
          QStringLiteral("TOKEN") },
        { QStringLiteral("metrics-series"),
          QStringLiteral("Expose the latest value of the series FEED/KEY/FIELD (globs * and ?; "
                         "repeatable) in /metrics, at most %1 series.")
                  .arg(SeriesSelection::kDefaultCap),
          QStringLiteral("FEED/KEY/FIELD") },
    };
}

QString read(const QCommandLineParser &parser, bool headless, ServiceOptions *out)
{
    const QString serve = QStringLiteral("serve");
    if (parser.isSet(serve)) {
        QString error;
        out->serve = ServeAddress::parse(parser.value(serve), &error);
        if (!out->serve)
            return QStringLiteral("--serve %1: %2").arg(parser.value(serve), error);
        if (!headless)
            return QStringLiteral("--serve needs --headless");
    }
    out->serveToken = parser.value(QStringLiteral("serve-token")).toUtf8();
    if (out->serveToken.isEmpty())
        out->serveToken = qgetenv("FEEDBOARD_SERVE_TOKEN");
    if (out->serve && !out->serve->isLoopback() && out->serveToken.isEmpty())
        return QStringLiteral("--serve %1: a non-loopback address needs --serve-token TOKEN "
                              "(or FEEDBOARD_SERVE_TOKEN)")
            .arg(out->serve->toString());
    for (const QString &text : parser.values(QStringLiteral("metrics-series"))) {
        QString error;
        const auto pattern = SeriesPattern::parse(text, &error);
        if (!pattern)
            return QStringLiteral("--metrics-series %1: %2").arg(text, error);
        out->metricsSeries << *pattern;
    }
    if (!out->metricsSeries.isEmpty() && !out->serve)
        return QStringLiteral("--metrics-series needs --serve");
    return {};
}
} // namespace ServiceCommandLine
