#include "histogram.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>

int Histogram::total() const
{
    return std::accumulate(counts.begin(), counts.end(), 0);
}

namespace {
// The q-quantile (0..1) by nth_element: linear time, no full sort.
double quantile(std::vector<double> &values, double q)
{
    const size_t k = size_t(std::floor(q * double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}
} // namespace

int HistogramBins::autoBinCount(std::vector<double> &values)
{
    const size_t n = values.size();
    if (n < 2)
        return 1;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double range = *hi - *lo;
    const int sturges = int(std::ceil(std::log2(double(n)))) + 1;
    const double iqr = quantile(values, 0.75) - quantile(values, 0.25);
    int bins = sturges;
    if (iqr > 0.0 && range > 0.0) {
        const double width = 2.0 * iqr / std::cbrt(double(n));
        // In double first: one far outlier can make the count exceed any int.
        bins = int(std::min(std::ceil(range / width), double(kMaxBins)));
    }
    return std::clamp(bins, 1, kMaxBins);
}

Histogram HistogramBins::build(std::vector<double> values, int bins)
{
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
        values.end());
    Histogram h;
    if (values.empty())
        return h;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double min = *lo;
    const double max = *hi;
    if (min == max) {
        h.min = min - 0.5;
        h.width = 1.0;
        h.counts.assign(1, int(values.size()));
        return h;
    }
    const int count = bins > 0 ? std::min(bins, kMaxBins) : autoBinCount(values);
    h.min = min;
    h.width = (max - min) / count;
    h.counts.assign(size_t(count), 0);
    for (double v : values) {
        const int i = std::min(count - 1, int((v - min) / h.width));
        ++h.counts[size_t(i)];
    }
    return h;
}
