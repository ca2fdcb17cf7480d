#pragma once

#include <QString>

#include <functional>
#include <vector>

class SeriesBuffer;

// Pure decisions behind the chart's axes, kept out of the widgets so they are testable without
// a window: which series of one field share a value axis, and how precise the time labels are.
namespace AxisPlan {
// Series whose typical magnitudes are more than this factor apart get separate axes.
constexpr double kMaxMagnitudeRatio = 10.0;

// The typical |value| of a series: the median of its last `lastSamples` samples' absolute
// values (a median, so one spike does not move a series to another axis). NaN when empty.
double typicalMagnitude(const SeriesBuffer &buffer, int lastSamples = 64);

// Splits the series of one field into axis groups by order of magnitude. Sorted by magnitude,
// a series joins the group of the next smaller one unless it is more than maxRatio times the
// group's smallest non-zero magnitude. Groups are numbered in order of their first member in
// `magnitudes` (so the first series keeps axis 0); unknown (NaN) magnitudes go to group 0.
std::vector<int> groupByMagnitude(const std::vector<double> &magnitudes,
                                  double maxRatio = kMaxMagnitudeRatio);

// The QDateTime format for time-axis labels over a visible span drawn with `tickCount` ticks:
// milliseconds once ticks are less than two seconds apart (else a zoomed axis reads
// ":16 :16 :17"), the date once the span exceeds a day.
QString timeLabelFormat(double spanMs, int tickCount);

// The range a value axis shows for the visible data [lo, hi] (lo <= hi, both finite), given
// the range it shows now (min == max: none yet). The data plus kValuePadding of its span above
// and below, a flat line a band around its value; but a live axis keeps its range while the
// data stays inside it and that range is at most kMaxValueSlack times what the data needs:
// labels and grid hold still under the reader's eyes instead of shifting every repaint (and
// Qt Charts does not lay every label out again as HTML, 3-7 ms of a tick at 1 M msg/s).
struct ValueRange
{
    double min = 0.0;
    double max = 0.0;
};
constexpr double kValuePadding = 0.05;
// When the data leaves the range, the new one leaves this much of the data's span free on
// the side it left by: a trending line crosses the room in a while instead of at once.
constexpr double kValueExitRoom = 0.2;
constexpr double kMaxValueSlack = 2.0;
ValueRange valueRange(double lo, double hi, ValueRange current);

// Time-axis ticks at round times (1, 2, 5, 10, 20, 50... ms; 1, 2, 5, 10, 15, 30 s and min;
// 1, 2, 3, 6, 12 h; 1, 2, 7 days), so a label names the moment under it and moves with the
// data as the window scrolls, instead of showing a new odd time under a fixed grid line.
struct TimeTicks
{
    double stepMs = 0.0;
    std::vector<double> timesMs; // ascending, each in [fromMs, toMs]
    QString format; // QDateTime format of their labels: as fine as the step needs
};
// The finest step whose labels, each labelWidthPx(format) wide plus a gap, fit plotWidthPx.
// Steps of an hour and more are aligned to local time, utcOffsetMs being local - UTC.
TimeTicks timeTicks(double fromMs, double toMs, double plotWidthPx,
                    const std::function<double(const QString &format)> &labelWidthPx,
                    double utcOffsetMs);
} // namespace AxisPlan
