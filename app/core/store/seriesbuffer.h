#pragma once

#include <QtGlobal>

#include <vector>

// A bounded ring of (time, value) samples for one series, stored column by column so that a
// retained sample costs 16 bytes. When full, the oldest sample is dropped and counted.
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

    // i = 0 is the oldest retained sample.
    double timeAt(qsizetype i) const { return m_times[physical(i)]; }
    double valueAt(qsizetype i) const { return m_values[physical(i)]; }
    double lastTime() const { return timeAt(m_size - 1); }
    double lastValue() const { return valueAt(m_size - 1); }

    // First index whose time is >= timeMs (samples are assumed mostly time-ordered).
    qsizetype lowerBound(double timeMs) const;

    // Shrinking keeps the newest samples and counts the rest as dropped.
    void setCapacity(qsizetype capacity);

private:
    qsizetype physical(qsizetype i) const
    {
        const qsizetype p = m_head + i;
        return p >= m_capacity ? p - m_capacity : p;
    }

    std::vector<double> m_times;
    std::vector<double> m_values;
    qsizetype m_capacity = 0;
    qsizetype m_head = 0; // physical index of the oldest sample
    qsizetype m_size = 0;
    quint64 m_dropped = 0;
    quint64 m_appended = 0;
};
