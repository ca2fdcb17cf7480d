#include "gaugebands.h"

#include <algorithm>
#include <cmath>

namespace {
int severityAt(double mid, const std::vector<GaugeScale::Threshold> &thresholds)
{
    int severity = -1;
    for (const GaugeScale::Threshold &t : thresholds) {
        const bool crossed = t.below ? mid < t.level : mid > t.level;
        if (crossed)
            severity = std::max(severity, t.severity);
    }
    return severity;
}
} // namespace

std::vector<GaugeScale::Band> GaugeScale::bands(double min, double max,
                                                const std::vector<Threshold> &thresholds)
{
    std::vector<double> cuts { min, max };
    for (const Threshold &t : thresholds) {
        if (t.level > min && t.level < max)
            cuts.push_back(t.level);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<Band> out;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const int severity = severityAt((cuts[i] + cuts[i + 1]) / 2, thresholds);
        // Neighbours of one severity are one band.
        if (!out.empty() && out.back().severity == severity)
            out.back().to = cuts[i + 1];
        else
            out.push_back({ cuts[i], cuts[i + 1], severity });
    }
    return out;
}

void GaugeScale::niceRange(double lo, double hi, double &min, double &max)
{
    if (!(hi > lo)) {
        const double pad = lo != 0.0 ? std::abs(lo) * 0.1 : 1.0;
        lo -= pad;
        hi += pad;
    }
    const double raw = (hi - lo) / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double unit = raw / power;
    const double step = (unit <= 1.0 ? 1.0 : unit <= 2.0 ? 2.0 : unit <= 5.0 ? 5.0 : 10.0) * power;
    min = std::floor(lo / step) * step;
    max = std::ceil(hi / step) * step;
}

double GaugeScale::fraction(double value, double min, double max)
{
    if (!(max > min) || !std::isfinite(value))
        return 0.0;
    return std::clamp((value - min) / (max - min), 0.0, 1.0);
}
