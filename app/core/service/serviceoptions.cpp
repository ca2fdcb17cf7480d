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
        { QStringLiteral("push"),
          QStringLiteral("Headless: POST every sample in the InfluxDB line protocol to URL "
                         "(e.g. http://127.0.0.1:8428/write), batched, with retries."),
          QStringLiteral("URL") },
        { QStringLiteral("rotate-size"),
          QStringLiteral("With --record: start a new capture file once it holds BYTES on disk "
                         "(K, M, G suffixes); each file is named with its start time."),
          QStringLiteral("BYTES") },
        { QStringLiteral("rotate-time"),
          QStringLiteral("With --record: start a new capture file every SECONDS."),
          QStringLiteral("SECONDS") },
        { QStringLiteral("keep"),
          QStringLiteral("With --rotate-size/--rotate-time: keep the newest N capture files, "
                         "remove older ones."),
          QStringLiteral("N") },
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
    const QString push = QStringLiteral("push");
    if (parser.isSet(push)) {
        out->pushUrl = QUrl(parser.value(push), QUrl::StrictMode);
        const QString scheme = out->pushUrl.scheme();
        if (!out->pushUrl.isValid() || out->pushUrl.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return QStringLiteral("--push %1: expected an http:// or https:// URL, e.g. "
                                  "http://127.0.0.1:8428/write")
                .arg(parser.value(push));
        if (!headless)
            return QStringLiteral("--push needs --headless");
    }
    return readRotation(parser, parser.isSet(QStringLiteral("record")), &out->rotation);
}
std::optional<qint64> parseSize(const QString &text)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    const QChar last = digits.isEmpty() ? QChar() : digits.back().toUpper();
    if (last == QLatin1Char('K') || last == QLatin1Char('M') || last == QLatin1Char('G')) {
        unit = last == QLatin1Char('K') ? 1024
            : last == QLatin1Char('M')  ? 1024 * 1024
                                        : 1024 * 1024 * 1024;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 1 || value > (qint64(1) << 50) / unit)
        return std::nullopt;
    return value * unit;
}

QString readRotation(const QCommandLineParser &parser, bool recording, CaptureRotation *out)
{
    const QString size = QStringLiteral("rotate-size");
    const QString time = QStringLiteral("rotate-time");
    const QString keep = QStringLiteral("keep");
    if (parser.isSet(size)) {
        const auto bytes = parseSize(parser.value(size));
        if (!bytes)
            return QStringLiteral("--rotate-size %1: expected a size in bytes >= 1 (K, M, G "
                                  "suffixes allowed)")
                .arg(parser.value(size));
        out->maxBytes = *bytes;
    }
    if (parser.isSet(time)) {
        bool ok = false;
        out->maxSeconds = parser.value(time).toLongLong(&ok);
        if (!ok || out->maxSeconds < 1)
            return QStringLiteral("--rotate-time %1: expected whole seconds >= 1")
                .arg(parser.value(time));
    }
    if (parser.isSet(keep)) {
        bool ok = false;
        out->keep = parser.value(keep).toInt(&ok);
        if (!ok || out->keep < 1)
            return QStringLiteral("--keep %1: expected a number of files >= 1")
                .arg(parser.value(keep));
        if (!out->isActive())
            return QStringLiteral("--keep needs --rotate-size or --rotate-time");
    }
    if (out->isActive() && !recording)
        return QStringLiteral("--rotate-size and --rotate-time need --record FILE");
    return {};
}
} // namespace ServiceCommandLine
