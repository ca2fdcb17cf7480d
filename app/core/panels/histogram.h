#pragma once

#include <vector>

// Counts of values in equal bins: bin i holds [min + i * width, min + (i + 1) * width), the last
// bin also its upper edge (the maximum).
struct Histogram
{
    double min = 0.0;
    double width = 0.0;
    std::vector<int> counts;

    double edge(int i) const { return min + i * width; }
    int total() const;
};

// Histograms of a series' values. Pure functions; any thread.
namespace HistogramBins {
constexpr int kMaxBins = 200;

// Freedman-Diaconis (bin width 2 IQR / cbrt(n)), or Sturges (ceil(log2 n) + 1) where the
// interquartile range is 0; between 1 and kMaxBins. Reorders `values`.
int autoBinCount(std::vector<double> &values);
// The histogram of the finite values; bins <= 0 chooses them with autoBinCount. All values
// equal: one bin of width 1 centred on them. No values: no bins.
Histogram build(std::vector<double> values, int bins = 0);
} // namespace HistogramBins
