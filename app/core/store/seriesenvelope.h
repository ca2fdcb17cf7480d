#pragma once

#include <QList>
#include <QPointF>
#include <QtGlobal>

#include <array>
#include <deque>
#include <limits>

// Min/max envelope of one series at several resolutions (level-of-detail tiers), built as
// samples arrive, so that a run of any length stays drawable in bounded memory after the raw
// ring (SeriesBuffer) has dropped its older samples.
//
// Tier k folds samples into buckets of kBaseWidthMs * 4^k milliseconds, anchored at the epoch
// (tier 0: 100 ms; tier 9: about 7.3 hours). A bucket keeps its index and the minimum and
// maximum value in it (24 bytes); empty stretches cost nothing. Each tier keeps at most
// kMaxBuckets buckets and forgets its oldest beyond that, so an envelope never exceeds
// kTiers * kMaxBuckets * 24 bytes (7.5 MiB), and the coarser tiers still cover what the finer
// ones forgot: at one sample a millisecond, tier 0 reaches back about 55 minutes, tier 2 about
// 14 hours, tier 4 about 9 days.
//
// append() touches tier 0 only; a tier-0 bucket is folded into the coarser tiers when it
// closes, so the newest (open) tier-0 bucket is not in the coarser tiers yet. Readers draw the
// newest stretch from the raw ring anyway. Times must not decrease (SeriesBuffer's rule).
// Not thread-safe: owned by the thread that owns the series' buffer.
class SeriesEnvelope final
{
public:
    static constexpr int kTiers = 10;
    static constexpr double kBaseWidthMs = 100.0;
    static constexpr qsizetype kMaxBuckets = 32768;

    struct Bucket
    {
        qint64 index; // floor(time / width of its tier)
        double min;
        double max;
    };

    void append(double timeMs, double value);
    void clear();

    static double widthMs(int tier);
    const std::deque<Bucket> &tier(int tier) const { return m_tiers[size_t(tier)]; }
    // The coarsest tier whose buckets are no wider than columnWidthMs (0 when none is) and
    // that still covers fromMs; coarser tiers are taken when the finer ones forgot it.
    int tierFor(double fromMs, double columnWidthMs) const;
    // Appends to `out` the min/max envelope of [fromMs, toMs) from the tier that suits columns
    // of columnWidthMs: per column its minimum then its maximum, at the column's middle; a
    // silence longer than gapMs (and than two buckets) becomes a NaN point, a break in the line.
    void appendPoints(double fromMs, double toMs, double columnWidthMs, double gapMs,
                      QList<QPointF> &out) const;
    // The oldest time the envelope still covers: the first sample's, or the start of the
    // oldest bucket the coarsest tier kept once the tiers forgot that far (NaN when empty).
    double firstTimeMs() const;
    // Start of tier k's oldest bucket (NaN when the tier is empty).
    double tierStartMs(int tier) const;
    bool isEmpty() const { return m_tiers[0].empty(); }
    // Bytes the buckets take (for the memory benchmark and the status bar).
    qsizetype memoryBytes() const;

private:
    void foldClosed(const Bucket &closed);
    static void push(std::deque<Bucket> &tier, qint64 index, double min, double max);

    std::array<std::deque<Bucket>, kTiers> m_tiers;
    double m_firstMs = std::numeric_limits<double>::quiet_NaN();
};
