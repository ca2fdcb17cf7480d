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

namespace {
QString formatForStep(double stepMs, double spanMs)
{
    constexpr double kMinuteMs = 60.0 * 1000.0;
    constexpr double kDayMs = 24.0 * 60.0 * kMinuteMs;
    if (stepMs < 1000.0)
        return QStringLiteral("hh:mm:ss.zzz");
    if (stepMs < kMinuteMs)
        return QStringLiteral("hh:mm:ss");
    if (stepMs >= kDayMs)
        return QStringLiteral("yyyy-MM-dd");
    if (spanMs > kDayMs)
        return QStringLiteral("MM-dd hh:mm");
    return QStringLiteral("hh:mm");
}
} // namespace

TimeTicks timeTicks(double fromMs, double toMs, double plotWidthPx,
                    const std::function<double(const QString &format)> &labelWidthPx,
                    double utcOffsetMs)
{
    constexpr double kSecond = 1000.0;
    constexpr double kMinute = 60.0 * kSecond;
    constexpr double kHour = 60.0 * kMinute;
    constexpr double kDay = 24.0 * kHour;
    static const double kSubSecond[] = { 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0 };
    static const double kLonger[] = {
        kSecond,     2 * kSecond, 5 * kSecond,  10 * kSecond, 15 * kSecond, 30 * kSecond, kMinute,
        2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute, kHour,        2 * kHour,
        3 * kHour,   6 * kHour,   12 * kHour,   kDay,         2 * kDay,     7 * kDay,
    };
    TimeTicks ticks;
    const double span = toMs - fromMs;
    if (!(span > 0.0) || !std::isfinite(span) || !(plotWidthPx > 0.0))
        return ticks;
    std::vector<double> steps(std::begin(kSubSecond), std::end(kSubSecond));
    steps.insert(steps.end(), std::begin(kLonger), std::end(kLonger));
    // Past a week: 2, 4, 8... weeks, however long the run.
    for (double weeks = 2.0; steps.back() < span; weeks *= 2.0)
        steps.push_back(weeks * 7 * kDay);
    ticks.stepMs = steps.back();
    for (double step : steps) {
        const QString format = formatForStep(step, span);
        // A gap of half a label between two labels, and room for at least one.
        const double room = 1.5 * std::max(1.0, labelWidthPx(format));
        if (span / step * room <= plotWidthPx || step == steps.back()) {
            ticks.stepMs = step;
            ticks.format = format;
            break;
        }
    }
    const double offset = ticks.stepMs >= kHour ? utcOffsetMs : 0.0;
    for (double t = std::ceil((fromMs + offset) / ticks.stepMs) * ticks.stepMs - offset; t <= toMs;
         t += ticks.stepMs)
        ticks.timesMs.push_back(t);
    return ticks;
}

ValueRange valueRange(double lo, double hi, ValueRange current)
{
    const double span = hi > lo ? hi - lo : std::max(std::abs(hi) * 0.01, 1.0);
    const ValueRange fitted { lo - span * kValuePadding, hi + span * kValuePadding };
    const bool hasRange = current.max > current.min;
    const bool holdsData = current.min <= lo && hi <= current.max;
    const bool tightEnough
        = current.max - current.min <= kMaxValueSlack * (fitted.max - fitted.min);
    if (!hasRange)
        return fitted;
    if (holdsData && tightEnough)
        return current;
    ValueRange next = fitted;
    if (hi > current.max)
        next.max = hi + span * kValueExitRoom;
    if (lo < current.min)
        next.min = lo - span * kValueExitRoom;
    return next;
}
} // namespace AxisPlan
