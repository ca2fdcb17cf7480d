#pragma once

#include <vector>

class SeriesBuffer;

// What a stat tile shows of one series: its last value, the change since the start of the
// window (absolute and in percent of the start value), and a sparkline of the window.
struct StatSummary
{
    bool valid = false; // the series has a sample
    double last = 0.0;
    double first = 0.0; // the value at the start of the window
    double change = 0.0;
    double changePercent = 0.0; // NaN when the start value is 0
    std::vector<double> spark; // values evenly spread over the window's samples, oldest first
};

// Stat tiles' numbers. Pure functions; any thread.
namespace StatTiles {
// The change from `first` to `last`, into summary's change fields.
void setChange(StatSummary &summary, double first, double last);
// The summary of the samples of the last windowMs (0: everything retained), reading at most
// sparkPoints samples: constant cost, however many samples the window holds.
StatSummary summarize(const SeriesBuffer &buffer, double windowMs, int sparkPoints = 48);
} // namespace StatTiles
