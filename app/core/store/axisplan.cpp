#include "store/axisplan.h"

#include "store/seriesbuffer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace AxisPlan {

double typicalMagnitude(const SeriesBuffer &buffer, int lastSamples)
{
    const qsizetype count = std::min<qsizetype>(buffer.size(), std::max(1, lastSamples));
    std::vector<double> values;
    values.reserve(size_t(count));
    for (qsizetype i = buffer.size() - count; i < buffer.size(); ++i) {
        const double v = buffer.valueAt(i);
        if (std::isfinite(v))
            values.push_back(std::abs(v));
    }
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

std::vector<int> groupByMagnitude(const std::vector<double> &magnitudes, double maxRatio)
{
    std::vector<size_t> known;
    for (size_t i = 0; i < magnitudes.size(); ++i) {
        if (std::isfinite(magnitudes[i]))
            known.push_back(i);
    }
    std::stable_sort(known.begin(), known.end(), [&magnitudes](size_t a, size_t b) {
        return std::abs(magnitudes[a]) < std::abs(magnitudes[b]);
    });
    // Sorted groups first, then renumbered by the position of each group's first member.
    std::vector<int> sortedGroup(magnitudes.size(), -1);
    int groups = 0;
    double base = 0.0; // the current group's smallest non-zero magnitude
    for (size_t i : known) {
        const double m = std::abs(magnitudes[i]);
        if (groups == 0 || (base > 0.0 && m > base * maxRatio)) {
            ++groups;
            base = m;
        } else if (base == 0.0) {
            base = m; // zeros sit with whatever comes next
        }
        sortedGroup[i] = groups - 1;
    }
    std::vector<int> number(size_t(groups), -1);
    int next = 0;
    std::vector<int> result(magnitudes.size(), 0);
    for (size_t i = 0; i < magnitudes.size(); ++i) {
        if (sortedGroup[i] < 0)
            continue;
        int &n = number[size_t(sortedGroup[i])];
        if (n < 0)
            n = next++;
        result[i] = n;
    }
    return result;
}

QString timeLabelFormat(double spanMs, int tickCount)
{
    constexpr double kDayMs = 24.0 * 3600.0 * 1000.0;
    const double tickMs = spanMs / std::max(1, tickCount - 1);
    if (tickMs < 2000.0)
        return QStringLiteral("hh:mm:ss.zzz");
    if (spanMs > kDayMs)
        return QStringLiteral("MM-dd hh:mm");
    return QStringLiteral("hh:mm:ss");
}

} // namespace AxisPlan
