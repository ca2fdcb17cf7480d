#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

// A bounded ring of (time, value) samples for one series, stored column by column so that a
// retained sample costs 16 bytes. When full, the oldest sample is dropped and counted.
// Storage grows in fixed blocks as samples arrive and is never reallocated or copied, so
// there is no growth slack and no freed remnants: memory is 16 bytes per slot ever filled.
// Times never decrease from one sample to the next (lowerBound() and the chart's decimator
// rely on it): a sample older than the newest is kept at the newest time and counted.
// Not thread-safe: owned by one thread (the GUI's SeriesStore, or a test).
class SeriesBuffer final
{
public:
    explicit SeriesBuffer(qsizetype capacity = 100000);

    void append(double timeMs, double value);
    void clear();

    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    quint64 dropped() const { return m_dropped; }
    quint64 appended() const { return m_appended; }
    // Samples that arrived older than the newest one and were moved up to its time.
    quint64 reordered() const { return m_reordered; }

    // i = 0 is the oldest retained sample.
    double timeAt(qsizetype i) const
    {
        const qsizetype p = physical(i);
        return m_blocks[size_t(p >> kBlockShift)].times[p & kBlockMask];
    }
    double valueAt(qsizetype i) const
    {
        const qsizetype p = physical(i);
        return m_blocks[size_t(p >> kBlockShift)].values[p & kBlockMask];
    }
    double lastTime() const { return timeAt(m_size - 1); }
    double lastValue() const { return valueAt(m_size - 1); }

    // First index whose time is >= timeMs (samples are assumed mostly time-ordered).
    qsizetype lowerBound(double timeMs) const;

    // Shrinking keeps the newest samples and counts the rest as dropped.
    void setCapacity(qsizetype capacity);

private:
    static constexpr int kBlockShift = 12; // 4096 samples, 64 KiB a block
    static constexpr qsizetype kBlockSize = qsizetype(1) << kBlockShift;
    static constexpr qsizetype kBlockMask = kBlockSize - 1;
    struct Block // one allocation per block: times, then values
    {
        std::unique_ptr<double[]> owner;
        double *times = nullptr;
        double *values = nullptr;
    };

    void store(qsizetype p, double timeMs, double value)
    {
        Block &b = m_blocks[size_t(p >> kBlockShift)];
        b.times[p & kBlockMask] = timeMs;
        b.values[p & kBlockMask] = value;
    }
    void addBlock();

    qsizetype physical(qsizetype i) const
    {
        const qsizetype p = m_head + i;
        return p >= m_capacity ? p - m_capacity : p;
    }

    std::vector<Block> m_blocks;
    qsizetype m_allocated = 0; // physical slots backed by blocks
    qsizetype m_capacity = 0;
    qsizetype m_head = 0; // physical index of the oldest sample
    qsizetype m_size = 0;
    quint64 m_dropped = 0;
    quint64 m_appended = 0;
    quint64 m_reordered = 0;
};
