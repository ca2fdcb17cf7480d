#include "alertstracker.h"

#include "alertsmodel.h"

#include <algorithm>
#include <cmath>

namespace {
// A threshold rule's level and clear level on one series (a missing clear is the level).
ChartMarks::Threshold threshold(int seriesId, const QString &rule, double level, double clear,
                                AlertSeverity severity, bool firing)
{
    return { seriesId, rule, level, std::isfinite(clear) ? clear : level, severity, firing };
}
} // namespace

AlertsTracker::AlertsTracker(QObject *modelParent)
    : m_model(new AlertsModel(modelParent))
{ }

void AlertsTracker::setStatus(const std::vector<AlertStatus> &status)
{
    std::vector<ChartMarks::Threshold> thresholds;
    for (const AlertStatus &s : status) {
        if (s.seriesId < 0 || !std::isfinite(s.level))
            continue;
        const bool firing
            = s.state == AlertStatus::State::Firing || s.state == AlertStatus::State::Acknowledged;
        thresholds.push_back(threshold(s.seriesId, s.rule, s.level, s.clear, s.severity, firing));
        thresholds.back().below = s.condition == AlertRule::Condition::Below;
    }
    m_marks.thresholds.swap(thresholds);
}

void AlertsTracker::setFiring(const AlertEvent &event)
{
    if (event.seriesId < 0 || !std::isfinite(event.level))
        return;
    const bool firing = event.state != AlertEvent::State::Resolved;
    for (ChartMarks::Threshold &known : m_marks.thresholds) {
        if (known.seriesId == event.seriesId && known.rule == event.rule) {
            known.firing = firing;
            return;
        }
    }
    // A threshold the status did not list yet (a replay's rules): known from its event.
    m_marks.thresholds.push_back(
        threshold(event.seriesId, event.rule, event.level, event.clear, event.severity, firing));
}

void AlertsTracker::apply(const std::vector<AlertEvent> &events,
                          const std::vector<NoteMarker> &notes, bool rewound)
{
    if (rewound) {
        m_model->clear();
        m_marks.marks.clear();
        for (ChartMarks::Threshold &threshold : m_marks.thresholds)
            threshold.firing = false;
    }
    m_model->apply(events);
    for (const AlertEvent &event : events) {
        setFiring(event);
        if (event.state == AlertEvent::State::Firing)
            m_marks.addMark({ event.dataTimeMs, ChartMarks::TimeMark::Kind::Alert,
                              tr("%1 fired").arg(event.rule),
                              AlertsModel::severityColor(event.severity) });
    }
    for (const NoteMarker &note : notes)
        m_marks.addMark({ double(note.timeUs) / 1000.0, ChartMarks::TimeMark::Kind::Note, note.text,
                          QColor(0x8e, 0x44, 0xad) });
}

void AlertsTracker::clear()
{
    m_model->clear();
    m_marks = ChartMarks();
}
