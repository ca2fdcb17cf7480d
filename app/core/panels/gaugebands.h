#pragma once

#include <vector>

// A gauge's scale: its range and the coloured bands on it. Pure functions; any thread.
namespace GaugeScale {
// An alert threshold on the gauge's series: `above` rules colour [level, max], `below` rules
// [min, level]; severity 0 info, 1 warning, 2 critical.
struct Threshold
{
    double level = 0.0;
    bool below = false;
    int severity = 1;
};
struct Band
{
    double from = 0.0;
    double to = 0.0;
    int severity = 0; // -1: the normal range (no threshold crossed)
};

// Bands over [min, max], in order, covering it without overlap: each stretch takes the
// highest severity of the thresholds it crosses. Without thresholds, one normal band.
std::vector<Band> bands(double min, double max, const std::vector<Threshold> &thresholds);
// A range around [lo, hi] with round ends (steps of 1, 2 or 5 times a power of ten).
void niceRange(double lo, double hi, double &min, double &max);
// Where value lies in [min, max], clamped to 0..1.
double fraction(double value, double min, double max);
} // namespace GaugeScale
