#include "store/incrementaldecimator.h"

#include "store/decimation.h"
#include "store/seriesbuffer.h"

#include <algorithm>
#include <cmath>

namespace {
// The logical index (0 = oldest retained) of the sample numbered seq, given the buffer.
qsizetype logicalIndex(const SeriesBuffer &b, quint64 seq)
{
    return qsizetype(seq - (b.appended() - quint64(b.size())));
}
} // namespace

void IncrementalDecimator::reset()
{
    m_columns.clear();
    m_buffer = nullptr;
    m_valid = false;
}

void IncrementalDecimator::fold(quint64 seq, double t, double v)
{
    const auto k = qint64(std::floor(t / m_width));
    if (m_columns.empty() || k > m_columns.back().index) {
        const Extreme e{seq, t, v};
        m_columns.push_back(Column{k, e, e, e, e});
        return;
    }
    if (k < m_columns.back().index) {
        m_valid = false; // out of time order: the caller rebuilds
        return;
    }
    Column &c = m_columns.back();
    c.last = Extreme{seq, t, v};
    if (v < c.min.v)
        c.min = c.last;
    if (v > c.max.v)
        c.max = c.last;
}

void IncrementalDecimator::rebuild(const SeriesBuffer &buffer, double fromMs)
{
    m_columns.clear();
    m_valid = true;
    // From the start of the grid column holding fromMs, so that column is whole (as it is
    // when built up tick by tick) and a rebuild gives the same points as the live state.
    qsizetype begin = buffer.lowerBound(std::floor(fromMs / m_width) * m_width);
    if (begin > 0)
        --begin; // the sample that carries the line in from the left edge
    const quint64 base = buffer.appended() - quint64(buffer.size());
    for (qsizetype i = begin; i < buffer.size() && m_valid; ++i)
        fold(base + quint64(i), buffer.timeAt(i), buffer.valueAt(i));
    m_consumed = buffer.appended();
}

// The ring may have dropped the oldest samples of the front column: recompute it from what
// is retained (its later samples are still there, in time order).
void IncrementalDecimator::refreshFront(const SeriesBuffer &buffer)
{
    const quint64 oldest = buffer.appended() - quint64(buffer.size());
    if (m_columns.empty() || m_columns.front().first.seq >= oldest)
        return;
    while (!m_columns.empty() && m_columns.front().last.seq < oldest)
        m_columns.pop_front();
    if (m_columns.empty())
        return;
    Column &c = m_columns.front();
    const qsizetype end = logicalIndex(buffer, c.last.seq);
    const Extreme e{oldest, buffer.timeAt(0), buffer.valueAt(0)};
    c.first = c.min = c.max = e;
    for (qsizetype i = 1; i <= end; ++i) {
        const double v = buffer.valueAt(i);
        if (v < c.min.v)
            c.min = Extreme{oldest + quint64(i), buffer.timeAt(i), v};
        if (v > c.max.v)
            c.max = Extreme{oldest + quint64(i), buffer.timeAt(i), v};
    }
}

void IncrementalDecimator::emitColumn(const Column &c, QList<QPointF> &out) const
{
    // Minimum and maximum in time order: within one pixel column they draw the same vertical
    // stroke as first/min/max/last would, with half the points for the chart to path and stroke.
    const bool minFirst = c.min.seq <= c.max.seq;
    const Extreme &a = minFirst ? c.min : c.max;
    const Extreme &b = minFirst ? c.max : c.min;
    out.append(QPointF(a.t, a.v));
    if (b.seq != a.seq)
        out.append(QPointF(b.t, b.v));
}

void IncrementalDecimator::update(const SeriesBuffer &buffer, double fromMs, double toMs,
                                  int columns, QList<QPointF> &out)
{
    out.clear();
    if (buffer.isEmpty() || columns <= 1 || !(toMs > fromMs)) {
        reset();
        return;
    }
    // Few samples in view: all of them, as decimateMinMax does (no grid needed).
    const qsizetype inView = buffer.size() - std::max<qsizetype>(0, buffer.lowerBound(fromMs) - 1);
    if (inView <= qsizetype(columns) * 4) {
        m_valid = false;
        decimateMinMax(buffer, fromMs, toMs, columns, out);
        return;
    }
    // A fixed grid: the window spans at most `columns` grid columns whatever its offset.
    const double width = (toMs - fromMs) / double(columns - 1);
    const quint64 fresh = buffer.appended() - m_consumed;
    if (!m_valid || &buffer != m_buffer || width != m_width || buffer.appended() < m_consumed
        || fresh > quint64(buffer.size())) {
        m_buffer = &buffer;
        m_width = width;
        rebuild(buffer, fromMs);
    } else {
        for (quint64 seq = m_consumed; seq < buffer.appended() && m_valid; ++seq) {
            const qsizetype i = logicalIndex(buffer, seq);
            fold(seq, buffer.timeAt(i), buffer.valueAt(i));
        }
        m_consumed = buffer.appended();
        if (!m_valid)
            rebuild(buffer, fromMs);
        refreshFront(buffer);
    }
    if (!m_valid) { // samples out of time order: no fixed grid fits, decimate from scratch
        decimateMinMax(buffer, fromMs, toMs, columns, out);
        return;
    }
    const auto firstIndex = qint64(std::floor(fromMs / m_width));
    // Keep one column left of the window: its last sample carries the line in.
    while (m_columns.size() > 1 && m_columns[1].index < firstIndex)
        m_columns.pop_front();
    out.reserve(qsizetype(m_columns.size()) * 2 + 1);
    for (const Column &c : m_columns) {
        if (c.index < firstIndex)
            out.append(QPointF(c.last.t, c.last.v));
        else
            emitColumn(c, out);
    }
}
