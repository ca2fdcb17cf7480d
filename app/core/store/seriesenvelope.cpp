#include "store/seriesenvelope.h"

#include <algorithm>
#include <cmath>
#include <limits>

double SeriesEnvelope::widthMs(int tier)
{
    return kBaseWidthMs * double(qint64(1) << (2 * tier));
}

void SeriesEnvelope::push(std::deque<Bucket> &tier, qint64 index, double min, double max)
{
    if (!tier.empty() && tier.back().index == index) {
        Bucket &b = tier.back();
        b.min = std::min(b.min, min);
        b.max = std::max(b.max, max);
        return;
    }
    tier.push_back(Bucket { index, min, max });
    if (qsizetype(tier.size()) > kMaxBuckets)
        tier.pop_front();
}

void SeriesEnvelope::append(double timeMs, double value)
{
    if (!std::isfinite(timeMs) || !std::isfinite(value))
        return;
    const qint64 index = qint64(std::floor(timeMs / kBaseWidthMs));
    std::deque<Bucket> &base = m_tiers[0];
    if (!base.empty() && base.back().index == index) {
        Bucket &b = base.back();
        if (value < b.min)
            b.min = value;
        if (value > b.max)
            b.max = value;
        return;
    }
    if (!base.empty())
        foldClosed(base.back());
    else if (std::isnan(m_firstMs))
        m_firstMs = timeMs;
    push(base, index, value, value);
}

void SeriesEnvelope::foldClosed(const Bucket &closed)
{
    // Tier k's bucket of a tier-0 index: floor(index / 4^k), an arithmetic shift (epoch times
    // are positive; floor also holds for negative ones).
    for (int k = 1; k < kTiers; ++k)
        push(m_tiers[size_t(k)], closed.index >> (2 * k), closed.min, closed.max);
}

void SeriesEnvelope::clear()
{
    for (auto &tier : m_tiers)
        std::deque<Bucket>().swap(tier);
    m_firstMs = std::numeric_limits<double>::quiet_NaN();
}

double SeriesEnvelope::tierStartMs(int tier) const
{
    const auto &buckets = m_tiers[size_t(tier)];
    if (buckets.empty())
        return std::numeric_limits<double>::quiet_NaN();
    return double(buckets.front().index) * widthMs(tier);
}

double SeriesEnvelope::firstTimeMs() const
{
    // The coarsest non-empty tier reaches back furthest (tier 0 may be the only non-empty one
    // while its first bucket is open); its bucket starts at or before the first sample.
    for (int k = kTiers - 1; k >= 0; --k) {
        const double start = tierStartMs(k);
        if (std::isfinite(start))
            return std::max(start, m_firstMs);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

int SeriesEnvelope::tierFor(double fromMs, double columnWidthMs) const
{
    int tier = 0;
    while (tier + 1 < kTiers && widthMs(tier + 1) <= columnWidthMs)
        ++tier;
    // A finer tier that forgot fromMs draws a cut line; a coarser one that still has it is
    // better (tier 0 only closes into the others, so it may be the only non-empty one).
    while (tier + 1 < kTiers && !m_tiers[size_t(tier + 1)].empty() && !(tierStartMs(tier) <= fromMs)
           && qsizetype(m_tiers[size_t(tier)].size()) >= kMaxBuckets)
        ++tier;
    return tier;
}

qsizetype SeriesEnvelope::memoryBytes() const
{
    qsizetype buckets = 0;
    for (const auto &tier : m_tiers)
        buckets += qsizetype(tier.size());
    return buckets * qsizetype(sizeof(Bucket));
}

void SeriesEnvelope::appendPoints(double fromMs, double toMs, double columnWidthMs, double gapMs,
                                  QList<QPointF> &out) const
{
    if (isEmpty() || !(toMs > fromMs) || !(columnWidthMs > 0.0))
        return;
    const int k = tierFor(fromMs, columnWidthMs);
    const double width = widthMs(k);
    const auto &buckets = m_tiers[size_t(k)];
    const qint64 firstIndex = qint64(std::floor(fromMs / width));
    auto it = std::lower_bound(buckets.begin(), buckets.end(), firstIndex,
                               [](const Bucket &b, qint64 index) { return b.index < index; });
    // Columns at least as wide as the tier's buckets, anchored at the epoch as they are.
    const double columnWidth = std::max(columnWidthMs, width);
    const double breakMs = std::max(gapMs, 2.0 * width);
    qint64 column = std::numeric_limits<qint64>::min();
    double lo = 0.0;
    double hi = 0.0;
    double lastBucketMs = std::numeric_limits<double>::quiet_NaN();
    const auto flush = [&] {
        if (column == std::numeric_limits<qint64>::min())
            return;
        // Not past toMs: whoever draws what follows (the raw buffer) starts there.
        const double middle = std::min((double(column) + 0.5) * columnWidth, toMs);
        out.append(QPointF(middle, lo));
        if (hi != lo)
            out.append(QPointF(middle, hi));
    };
    for (; it != buckets.end(); ++it) {
        const double startMs = double(it->index) * width;
        if (startMs >= toMs)
            break;
        if (std::isfinite(lastBucketMs) && startMs - lastBucketMs > breakMs) {
            flush();
            column = std::numeric_limits<qint64>::min();
            out.append(
                QPointF((lastBucketMs + startMs) / 2.0, std::numeric_limits<double>::quiet_NaN()));
        }
        lastBucketMs = startMs;
        const qint64 c = qint64(std::floor(startMs / columnWidth));
        if (c != column) {
            flush();
            column = c;
            lo = it->min;
            hi = it->max;
        } else {
            lo = std::min(lo, it->min);
            hi = std::max(hi, it->max);
        }
    }
    flush();
}
