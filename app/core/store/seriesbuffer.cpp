#include "store/seriesbuffer.h"

#include <algorithm>

SeriesBuffer::SeriesBuffer(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{ }

void SeriesBuffer::addBlock()
{
    // The last block is cut to the capacity, so a small series does not hold 64 KiB.
    const qsizetype n = std::min(kBlockSize, m_capacity - m_allocated);
    Block block;
    // Uninitialised (no make_unique): pages are touched as samples arrive, not ahead of them.
    block.owner.reset(new double[size_t(2 * n)]);
    block.times = block.owner.get();
    block.values = block.owner.get() + n;
    m_blocks.push_back(std::move(block));
    m_allocated += n;
}

void SeriesBuffer::append(double timeMs, double value)
{
    // Out-of-order times (trades, a clock stepping back) would break the sorted order the
    // binary searches need; the exports keep the record's own time, the chart this one.
    if (m_size > 0 && timeMs < lastTime()) {
        timeMs = lastTime();
        ++m_reordered;
    }
    if (m_size < m_capacity) {
        const qsizetype p = physical(m_size);
        if (p >= m_allocated) // blocks are added lazily: short-lived series stay small
            addBlock();
        store(p, timeMs, value);
        ++m_size;
    } else {
        store(m_head, timeMs, value);
        m_head = (m_head + 1 == m_capacity) ? 0 : m_head + 1;
        ++m_dropped;
    }
    ++m_appended;
}

void SeriesBuffer::clear()
{
    m_dropped += quint64(m_size); // cleared samples count as dropped, as in LogStore
    m_blocks.clear();
    m_allocated = 0;
    m_head = 0;
    m_size = 0;
}

qsizetype SeriesBuffer::lowerBound(double timeMs) const
{
    qsizetype lo = 0;
    qsizetype hi = m_size;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (timeAt(mid) < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void SeriesBuffer::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(1, capacity);
    const qsizetype keep = std::min(m_size, capacity);
    SeriesBuffer resized(capacity);
    for (qsizetype i = m_size - keep; i < m_size; ++i)
        resized.append(timeAt(i), valueAt(i));
    m_blocks = std::move(resized.m_blocks);
    m_allocated = resized.m_allocated;
    m_dropped += quint64(m_size - keep);
    m_capacity = capacity;
    m_head = 0;
    m_size = keep;
}
