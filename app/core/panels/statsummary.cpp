#include "statsummary.h"

#include "store/seriesbuffer.h"

#include <cmath>
#include <limits>

void StatTiles::setChange(StatSummary &summary, double first, double last)
{
    summary.first = first;
    summary.last = last;
    summary.change = last - first;
    summary.changePercent = first != 0.0 ? 100.0 * (last - first) / std::abs(first)
                                         : std::numeric_limits<double>::quiet_NaN();
}

StatSummary StatTiles::summarize(const SeriesBuffer &buffer, double windowMs, int sparkPoints)
{
    StatSummary summary;
    if (buffer.isEmpty())
        return summary;
    summary.valid = true;
    const qsizetype last = buffer.size() - 1;
    const qsizetype start = windowMs > 0 ? buffer.lowerBound(buffer.lastTime() - windowMs) : 0;
    const qsizetype first = std::min(start, last);
    setChange(summary, buffer.valueAt(first), buffer.valueAt(last));
    // Evenly spaced samples, the first and the last included.
    const qsizetype span = last - first;
    const int points = int(std::min<qsizetype>(span + 1, std::max(2, sparkPoints)));
    summary.spark.reserve(size_t(points));
    for (int i = 0; i < points; ++i) {
        const qsizetype at = points == 1 ? last : first + span * i / (points - 1);
        summary.spark.push_back(buffer.valueAt(at));
    }
    return summary;
}
