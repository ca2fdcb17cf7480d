#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

// Order statistics the benchmark executables report, taken one way everywhere.
namespace BenchStats {
// The nearest-rank q-quantile of `values` (q = 0.5: the median, 0.99: p99, 1: the maximum);
// -1 when there are none.
inline double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return -1.0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(q * double(values.size())))];
}

// The median (the upper one of an even count); 0 when there are none.
inline double median(std::vector<double> values)
{
    return values.empty() ? 0.0 : percentile(std::move(values), 0.5);
}
} // namespace BenchStats
