#include "store/seriesbuffer.h"

#include <algorithm>

SeriesBuffer::SeriesBuffer(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

void SeriesBuffer::append(double timeMs, double value)
{
    // Grow lazily so that thousands of short-lived series do not each reserve the full cap.
    if (m_size < m_capacity && qsizetype(m_times.size()) < m_capacity && m_head == 0
        && m_size == qsizetype(m_times.size())) {
        m_times.push_back(timeMs);
        m_values.push_back(value);
        ++m_size;
        ++m_appended;
        return;
    }
    if (m_size < m_capacity) {
        const qsizetype p = physical(m_size);
        m_times[p] = timeMs;
        m_values[p] = value;
        ++m_size;
    } else {
        m_times[m_head] = timeMs;
        m_values[m_head] = value;
        m_head = (m_head + 1 == m_capacity) ? 0 : m_head + 1;
        ++m_dropped;
    }
    ++m_appended;
}

void SeriesBuffer::clear()
{
    m_dropped += quint64(m_size); // cleared samples count as dropped, as in LogStore
    m_times.clear();
    m_values.clear();
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
    std::vector<double> times;
    std::vector<double> values;
    times.reserve(keep);
    values.reserve(keep);
    for (qsizetype i = m_size - keep; i < m_size; ++i) {
        times.push_back(timeAt(i));
        values.push_back(valueAt(i));
    }
    m_dropped += quint64(m_size - keep);
    m_times = std::move(times);
    m_values = std::move(values);
    m_capacity = capacity;
    m_head = 0;
    m_size = keep;
}
