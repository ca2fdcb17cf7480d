#include "service/servicesnapshot.h"

#include "capture/textformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ServiceFormat {

QByteArray labelValue(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    out += '"';
    return out;
}

namespace {
QByteArray number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    return TextFormat::formatNumber(value);
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

// One metric family with a `feed` label, a line per feed (families must not be split).
template<typename Value>
void perFeed(QByteArray &out, const ServiceSnapshot &s, const char *name, const char *type,
             const char *help, Value value)
{
    header(out, name, type, help);
    for (const FeedStats &feed : s.feeds) {
        const std::optional<double> v = value(feed);
        if (!v)
            continue;
        out += name;
        out += "{feed=" + labelValue(feed.feed) + "} " + number(*v) + '\n';
    }
}

void gauge(QByteArray &out, const char *name, const char *help, double value)
{
    header(out, name, "gauge", help);
    out += name;
    out += ' ' + number(value) + '\n';
}

void seriesValues(QByteArray &out, const ServiceSnapshot &s)
{
    header(out, "feedboard_series_value", "gauge",
           "Latest value of each series chosen with --metrics-series.");
    if (s.series) {
        for (const SeriesSelection::Value &v : *s.series) {
            if (!v.hasValue)
                continue;
            out += "feedboard_series_value";
            out += v.labels;
            out += ' ';
            out += number(v.value);
            out += '\n';
        }
    }
    gauge(out, "feedboard_series_refused",
          "Series matching --metrics-series beyond the cap, not exposed.", double(s.seriesRefused));
}
void pushMetrics(QByteArray &out, const ServiceSnapshot &s)
{
    const auto family = [&](const char *name, const char *help, bool dropped) {
        header(out, name, "counter", help);
        for (size_t i = 0; i < s.feeds.size() && i < s.push.size(); ++i)
            out += name + QByteArray("{feed=") + labelValue(s.feeds[i].feed) + "} "
                + QByteArray::number(dropped ? s.push[i].second : s.push[i].first) + '\n';
    };
    family("feedboard_pushed_total", "Samples the --push store accepted.", false);
    family("feedboard_push_dropped_total",
           "Samples dropped because the --push buffer was full or the store refused them.", true);
    gauge(out, "feedboard_push_buffered_points", "Samples waiting to be pushed.",
          double(s.pushBufferedPoints));
}

bool isActive(const AlertStatus &alert)
{
    return alert.state == AlertStatus::State::Firing
        || alert.state == AlertStatus::State::Acknowledged;
}

// Active = firing, acknowledged or not: an acknowledged alert still holds. A line per
// severity always (0 included), so a dashboard's sum never sees a missing series; then a line
// per active instance, which is at most what the rules watch.
void alertMetrics(QByteArray &out, const ServiceSnapshot &s)
{
    constexpr AlertSeverity kSeverities[]
        = { AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical };
    header(out, "feedboard_alerts_active", "gauge",
           "Alert instances firing (acknowledged included), by severity.");
    for (const AlertSeverity severity : kSeverities) {
        const auto count
            = std::count_if(s.alerts.cbegin(), s.alerts.cend(), [severity](const AlertStatus &a) {
                  return isActive(a) && a.severity == severity;
              });
        out += "feedboard_alerts_active{severity=" + labelValue(alertSeverityName(severity)) + "} "
            + QByteArray::number(qint64(count)) + '\n';
    }
    header(out, "feedboard_alert_firing", "gauge",
           "1 per active alert instance: its rule, severity, feed, key and field.");
    for (const AlertStatus &a : s.alerts) {
        if (!isActive(a))
            continue;
        out += "feedboard_alert_firing{rule=" + labelValue(a.rule) + ",severity="
            + labelValue(alertSeverityName(a.severity)) + ",feed=" + labelValue(a.feed)
            + ",key=" + labelValue(a.key) + ",field=" + labelValue(a.field) + "} 1\n";
    }
}

QJsonArray activeAlerts(const ServiceSnapshot &s)
{
    QJsonArray alerts;
    for (const AlertStatus &a : s.alerts) {
        if (!isActive(a))
            continue;
        QJsonObject alert { { QStringLiteral("rule"), a.rule },
                            { QStringLiteral("severity"), alertSeverityName(a.severity) },
                            { QStringLiteral("state"),
                              a.state == AlertStatus::State::Firing
                                  ? QStringLiteral("firing")
                                  : QStringLiteral("acknowledged") },
                            { QStringLiteral("feed"), a.feed },
                            { QStringLiteral("sinceMs"), a.sinceMs } };
        if (!a.key.isEmpty())
            alert.insert(QStringLiteral("key"), a.key);
        if (!a.field.isEmpty())
            alert.insert(QStringLiteral("field"), a.field);
        if (!std::isnan(a.lastValue))
            alert.insert(QStringLiteral("value"), a.lastValue);
        alerts.append(alert);
    }
    return alerts;
}
} // namespace

QByteArray prometheusText(const ServiceSnapshot &s)
{
    QByteArray out;
    out.reserve(4096 + (s.series ? qsizetype(s.series->size()) * 96 : 0));
    using V = std::optional<double>;
    perFeed(out, s, "feedboard_frames_total", "counter", "Frames received.",
            [](const FeedStats &f) { return V(double(f.frames)); });
    perFeed(out, s, "feedboard_decoded_total", "counter", "Frames fully decoded.",
            [](const FeedStats &f) { return V(double(f.decoded)); });
    perFeed(out, s, "feedboard_decode_errors_total", "counter", "Frames that failed to decode.",
            [](const FeedStats &f) { return V(double(f.errors)); });
    perFeed(out, s, "feedboard_samples_total", "counter", "Samples produced.",
            [](const FeedStats &f) { return V(double(f.samples)); });
    perFeed(out, s, "feedboard_log_records_total", "counter", "Log records produced.",
            [](const FeedStats &f) { return V(double(f.logRecords)); });
    perFeed(out, s, "feedboard_bytes_total", "counter", "Payload bytes received.",
            [](const FeedStats &f) { return V(double(f.bytes)); });
    perFeed(out, s, "feedboard_reconnects_total", "counter",
            "Times the feed opened again after its first open.",
            [](const FeedStats &f) { return V(double(f.reconnects)); });
    perFeed(out, s, "feedboard_feed_up", "gauge",
            "1 while the feed is open (or replaying), else 0.", [](const FeedStats &f) {
                return V(f.state == FeedState::Open || f.state == FeedState::Replaying ? 1 : 0);
            });
    perFeed(out, s, "feedboard_rtt_seconds", "gauge", "Last ping round trip of the feed.",
            [](const FeedStats &f) { return f.rttMs >= 0 ? V(f.rttMs / 1000.0) : V(); });
    if (s.pushing)
        pushMetrics(out, s);
    alertMetrics(out, s);
    gauge(out, "feedboard_capture_bytes", "Bytes written to the capture (0: not recording).",
          double(s.captureBytes));
    gauge(out, "feedboard_uptime_seconds", "Seconds since the run started.", s.uptimeSeconds);
    seriesValues(out, s);
    return out;
}

QByteArray statusJson(const ServiceSnapshot &s)
{
    QJsonArray feeds;
    for (const FeedStats &f : s.feeds) {
        QJsonObject feed { { QStringLiteral("name"), f.feed },
                           { QStringLiteral("url"), f.url },
                           { QStringLiteral("state"), feedStateKeyword(f.state) },
                           { QStringLiteral("reason"), f.stateDetail },
                           { QStringLiteral("frames"), double(f.frames) },
                           { QStringLiteral("decoded"), double(f.decoded) },
                           { QStringLiteral("errors"), double(f.errors) },
                           { QStringLiteral("samples"), double(f.samples) },
                           { QStringLiteral("logs"), double(f.logRecords) },
                           { QStringLiteral("bytes"), double(f.bytes) },
                           { QStringLiteral("reconnects"), double(f.reconnects) },
                           { QStringLiteral("everConnected"), f.everConnected },
                           { QStringLiteral("stale"), f.stale } };
        if (f.rttMs >= 0)
            feed.insert(QStringLiteral("rttMs"), f.rttMs);
        if (!f.lastError.isEmpty())
            feed.insert(QStringLiteral("lastError"), f.lastError);
        feeds.append(feed);
    }
    QJsonObject capture;
    if (!s.capturePath.isEmpty())
        capture = { { QStringLiteral("path"), s.capturePath },
                    { QStringLiteral("bytes"), double(s.captureBytes) } };
    const QJsonObject series { { QStringLiteral("exposed"),
                                 double(s.series ? s.series->size() : 0) },
                               { QStringLiteral("refused"), double(s.seriesRefused) },
                               { QStringLiteral("cap"), s.seriesCap } };
    const QJsonObject root { { QStringLiteral("version"), QStringLiteral(FEEDBOARD_VERSION) },
                             { QStringLiteral("uptimeSeconds"), s.uptimeSeconds },
                             { QStringLiteral("feeds"), feeds },
                             { QStringLiteral("capture"),
                               capture.isEmpty() ? QJsonValue() : QJsonValue(capture) },
                             { QStringLiteral("series"), series },
                             { QStringLiteral("alerts"), activeAlerts(s) } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace ServiceFormat
