#pragma once

#include "chartmarks.h"

#include "alerts/alertevent.h"
#include "model/notemarker.h"

#include <QCoreApplication>

#include <vector>

class AlertsModel;

// The window's view of the session's alerts, moved on once per render tick: the Alerts dock's
// rows (AlertsModel) and what the charts draw (ChartMarks: thresholds of the watched series,
// a mark where an alert fired, the user's markers, the time cursor). GUI thread; owned by
// the main window, the model by `modelParent`.
class AlertsTracker final
{
    Q_DECLARE_TR_FUNCTIONS(AlertsTracker)
    Q_DISABLE_COPY_MOVE(AlertsTracker)

public:
    explicit AlertsTracker(QObject *modelParent);

    AlertsModel *model() const { return m_model; }
    const ChartMarks &marks() const { return m_marks; }

    // The thresholds of every threshold instance on a series (SessionController::alertStatus).
    void setStatus(const std::vector<AlertStatus> &status);
    // One tick's transitions and markers; `rewound`: a replay jumped back, so what was kept
    // goes first (the replay brings it again).
    void apply(const std::vector<AlertEvent> &events, const std::vector<NoteMarker> &notes,
               bool rewound);
    void setCursor(double timeMs) { m_marks.cursorMs = timeMs; }
    // A new session: no rows, no marks, no thresholds, no cursor.
    void clear();

private:
    void setFiring(const AlertEvent &event);

    AlertsModel *m_model;
    ChartMarks m_marks;
};
