#pragma once

#include "alerts/alertrule.h"

#include <QColor>
#include <QString>

#include <cmath>
#include <limits>
#include <vector>

// What every chart draws over its lines besides the data: the threshold of each alert rule
// watching a series (a line at the level, a band to the clear level), a mark on the time axis
// where an alert fired, the user's markers, and the one time cursor. Filled by the
// AlertsController on the render tick; read by each ChartPanel's AlertOverlay when it renders.
struct ChartMarks
{
    struct Threshold
    {
        int seriesId = -1;
        QString rule;
        double level = 0.0;
        double clear = 0.0;
        AlertSeverity severity = AlertSeverity::Warning;
        bool firing = false;
        bool below = false; // a `below` rule: values under the level fire (gauges' bands)
    };
    struct TimeMark
    {
        enum class Kind : quint8 { Alert, Note };
        double timeMs = 0.0;
        Kind kind = Kind::Note;
        QString text;
        QColor color;
    };
    static constexpr size_t kMaxTimeMarks = 2000; // oldest go first

    std::vector<Threshold> thresholds;
    std::vector<TimeMark> marks; // in the order they came
    double cursorMs = std::numeric_limits<double>::quiet_NaN();

    bool hasCursor() const { return !std::isnan(cursorMs); }
    void addMark(TimeMark mark)
    {
        if (marks.size() >= kMaxTimeMarks)
            marks.erase(marks.begin(), marks.begin() + qsizetype(kMaxTimeMarks / 10));
        marks.push_back(std::move(mark));
    }
};
