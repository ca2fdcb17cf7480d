#pragma once

#include <QString>

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
} // namespace AxisPlan
