#include "incrementaldecimator.h"

#include "store/seriesbuffer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// Rounded up to a power of two, so the grid stays put while the window's span or the plot
// width change a little (an "all" window grows every tick).
double gridWidth(double spanMs, int columns)
{
    const double raw = spanMs / std::max(1, columns);
    return std::exp2(std::ceil(std::log2(std::max(raw, 1e-6))));
}

qint64 columnOf(double timeMs, double width)
{
    return qint64(std::floor(timeMs / width));
}
} // namespace

void IncrementalDecimator::reset()
{
    m_columns.clear();
    m_valid = false;
}

void IncrementalDecimator::update(const SeriesBuffer &buffer, double fromMs, double toMs,
                                  int columns, double gapMs, QList<QPointF> &out)
{
    out.clear();
    m_lastFolded = 0;
    if (buffer.isEmpty() || columns <= 0 || !(toMs > fromMs))
        return;
    const double width = gridWidth(toMs - fromMs, columns);
    // One column left of the window, so the line enters from the left edge.
    const qint64 firstColumn = columnOf(fromMs, width) - 1;
    const quint64 oldestSeq = buffer.appended() - quint64(buffer.size());
    // Start again when the grid changed, the range moved left of what was folded, or the
    // store dropped samples this decimator had not seen yet (or was cleared).
    if (!m_valid || width != m_width || firstColumn < m_fromColumn || m_nextSeq < oldestSeq
        || m_nextSeq > buffer.appended()) {
        m_width = width;
        rebuild(buffer, firstColumn);
    }
    fold(buffer);
    while (!m_columns.empty() && m_columns.front().index < firstColumn)
        m_columns.pop_front();
    m_fromColumn = std::max(m_fromColumn, firstColumn);
    // Few samples in view (a short burst, a deep zoom): draw them all, exactly.
    const qsizetype begin = std::max<qsizetype>(0, buffer.lowerBound(fromMs) - 1);
    const qsizetype end
        = std::min(buffer.size(), buffer.lowerBound(std::nextafter(toMs, INFINITY)) + 1);
    if (end - begin <= qsizetype(columns) * 2)
        emitSamples(buffer, begin, end, gapMs, out);
    else
        emitPoints(firstColumn, columnOf(toMs, width) + 1, gapMs, out);
}

void IncrementalDecimator::emitSamples(const SeriesBuffer &buffer, qsizetype begin, qsizetype end,
                                       double gapMs, QList<QPointF> &out) const
{
    out.reserve(end - begin + 8);
    for (qsizetype i = begin; i < end; ++i) {
        const double t = buffer.timeAt(i);
        if (gapMs > 0.0 && i > begin && t - buffer.timeAt(i - 1) > gapMs)
            out.append(QPointF((buffer.timeAt(i - 1) + t) / 2.0,
                               std::numeric_limits<double>::quiet_NaN()));
        out.append(QPointF(t, buffer.valueAt(i)));
    }
}

void IncrementalDecimator::rebuild(const SeriesBuffer &buffer, qint64 firstColumn)
{
    m_columns.clear();
    m_fromColumn = firstColumn;
    const qsizetype start = buffer.lowerBound(double(firstColumn) * m_width);
    m_nextSeq = buffer.appended() - quint64(buffer.size()) + quint64(start);
    m_valid = true;
}

void IncrementalDecimator::fold(const SeriesBuffer &buffer)
{
    const quint64 oldestSeq = buffer.appended() - quint64(buffer.size());
    for (; m_nextSeq < buffer.appended(); ++m_nextSeq) {
        const auto i = qsizetype(m_nextSeq - oldestSeq);
        const QPointF p(buffer.timeAt(i), buffer.valueAt(i));
        if (!std::isfinite(p.y()))
            continue;
        const qint64 column = columnOf(p.x(), m_width);
        ++m_lastFolded;
        // A sample older than the newest column (rare: out-of-order times) joins that column.
        if (m_columns.empty() || column > m_columns.back().index) {
            m_columns.push_back(Column { column, p, p, p });
            continue;
        }
        Column &c = m_columns.back();
        c.last = p;
        if (p.y() < c.min.y())
            c.min = p;
        if (p.y() > c.max.y())
            c.max = p;
    }
}

void IncrementalDecimator::emitPoints(qint64 firstColumn, qint64 lastColumn, double gapMs,
                                      QList<QPointF> &out) const
{
    out.reserve(qsizetype(
        std::min<qint64>(lastColumn - firstColumn + 1, qint64(m_columns.size())) * 2 + 8));
    double previousTime = std::numeric_limits<double>::quiet_NaN();
    for (const Column &c : m_columns) {
        if (c.index < firstColumn)
            continue;
        if (c.index > lastColumn)
            break;
        const double firstTime = std::min(c.min.x(), c.max.x());
        if (gapMs > 0.0 && firstTime - previousTime > gapMs)
            out.append(QPointF((previousTime + firstTime) / 2.0,
                               std::numeric_limits<double>::quiet_NaN()));
        // Minimum and maximum in time order (one point when they coincide): at one column
        // per pixel that draws the column's full extent, spikes included, with half the
        // points of first/min/max/last.
        const bool minFirst = c.min.x() <= c.max.x();
        out.append(minFirst ? c.min : c.max);
        if (c.min != c.max)
            out.append(minFirst ? c.max : c.min);
        previousTime = c.last.x();
    }
}
