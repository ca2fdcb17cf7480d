#pragma once

#include "store/seriesbuffer.h"

#include <algorithm>
#include <limits>

// Reads the samples a SeriesBuffer received since the last read, and only those: a panel
// that aggregates (candles, XY) costs per new sample, never per sample retained. Samples
// dropped before they were read are skipped. Plain value; the thread that owns the buffer.
class SeriesCursor final
{
public:
    // Calls f(timeMs, value) for each new sample, oldest first. False, with nothing read,
    // when the buffer went back (emptied, or its newest sample is older than the last one
    // read: a replay that jumped back): the caller forgets what it built and reads again.
    template<typename F> bool readNew(const SeriesBuffer &buffer, F &&f)
    {
        const quint64 total = buffer.appended();
        if (total == m_read)
            return true;
        if (buffer.isEmpty() || buffer.lastTime() < m_lastTimeMs) {
            reset();
            return false;
        }
        const quint64 fresh = total - m_read;
        const qsizetype n = qsizetype(std::min<quint64>(fresh, quint64(buffer.size())));
        for (qsizetype i = buffer.size() - n; i < buffer.size(); ++i)
            f(buffer.timeAt(i), buffer.valueAt(i));
        m_read = total;
        m_lastTimeMs = buffer.lastTime();
        return true;
    }
    // Reads everything retained at the next readNew.
    void reset()
    {
        m_read = 0;
        m_lastTimeMs = -std::numeric_limits<double>::infinity();
    }

private:
    quint64 m_read = 0; // buffer.appended() at the last read
    double m_lastTimeMs = -std::numeric_limits<double>::infinity();
};
