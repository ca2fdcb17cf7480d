// IngestEngine's alert rules and markers (contract: "Alerts"): the evaluator runs on the
// decode side; its transitions go to the capture, the alert export and alertTransition().
#include "session/ingestengine.h"
#include "session/ingestengine_p.h"

#include "alerts/alertexport.h"
#include "capture/capturewriter.h"
#include "capture/textformat.h"

#include <cmath>
#include <iterator>

void IngestEngine::setAlertRules(const QList<AlertRule> &rules)
{
    drainDecoding(); // the evaluator is the decode thread's
    m_alertRules = rules;
    rebuildAlerts();
}

QList<AlertRule> IngestEngine::alertRules() const
{
    return m_alertRules;
}

void IngestEngine::rebuildAlerts()
{
    // Fresh instances: for new rules, and after a replay jumped back in time.
    m_alerts = AlertEvaluator();
    m_alerts.setRules(m_alertRules);
    for (const auto &feed : m_feeds)
        m_alerts.addFeed(feed->index, feed->spec.name);
    for (const SeriesInfo &info : m_seriesInfos)
        m_alerts.addSeries(info.id, feedIndex(info.feed), info.feed, info.key, info.field);
    if (m_runStartUs >= 0)
        m_alerts.setStartTime(double(m_runStartUs) / 1000.0);
}

void IngestEngine::setRunStartUs(qint64 timeUs)
{
    drainDecoding();
    m_runStartUs = timeUs;
    m_alerts.setStartTime(double(timeUs) / 1000.0);
}

std::vector<AlertStatus> IngestEngine::alertStatus() const
{
    drainDecoding();
    return m_alerts.status();
}

void IngestEngine::acknowledgeAlert(int instance)
{
    drainDecoding();
    if (m_alerts.acknowledge(instance))
        takeAlertEvents();
}

void IngestEngine::addMarker(const QString &text, qint64 timeUs, const QString &feed)
{
    drainDecoding();
    if (timeUs <= 0) {
        const double now = m_alerts.now();
        timeUs = std::isfinite(now) && now > 0 ? qint64(std::llround(now * 1000.0))
                                               : TextFormat::nowEpochUs();
    }
    if (m_capture && m_captureEnabled)
        m_capture->writeNote(timeUs, feed, text);
    m_pending.notes.push_back(NoteMarker { timeUs, feed, text });
    LogRecord log;
    log.timeUs = timeUs;
    log.feed = feed;
    log.level = LogLevel::Info;
    log.message = tr("note: %1").arg(text);
    addOwnLog(log);
}

void IngestEngine::takeAlertEvents()
{
    std::vector<AlertEvent> &events = m_alerts.events();
    m_pending.alerts.insert(m_pending.alerts.end(), std::make_move_iterator(events.begin()),
                            std::make_move_iterator(events.end()));
    events.clear();
}

void IngestEngine::publishAlerts(const std::vector<AlertEvent> &events)
{
    for (const AlertEvent &event : events) {
        const QByteArray line = event.contractLine();
        if (m_capture && m_captureEnabled)
            m_capture->writeEvent(qint64(std::llround(event.dataTimeMs * 1000.0)), event.feed,
                                  QStringLiteral("alert"), QString::fromUtf8(line));
        if (m_alertExport)
            m_alertExport->write(event);
        Q_EMIT alertTransition(event);
    }
}

void IngestEngine::alertFeedOpen(int feedIndex, bool open, qint64 timeUs)
{
    if (m_alerts.isEmpty())
        return;
    drainDecoding();
    m_alerts.onFeedOpen(feedIndex, open, double(timeUs) / 1000.0);
    takeAlertEvents();
}
