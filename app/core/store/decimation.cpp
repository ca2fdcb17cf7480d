#include "store/decimation.h"

#include "store/seriesbuffer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
struct Column
{
    qsizetype first = -1, last = -1, min = -1, max = -1;
};

void emitColumn(const SeriesBuffer &b, const Column &c, QList<QPointF> &out)
{
    // Emit the four extremes in time order, without repeating an index.
    qsizetype idx[4] = {c.first, c.min, c.max, c.last};
    std::sort(std::begin(idx), std::end(idx));
    qsizetype previous = -1;
    for (qsizetype i : idx) {
        if (i == previous)
            continue;
        out.append(QPointF(b.timeAt(i), b.valueAt(i)));
        previous = i;
    }
}
} // namespace

void decimateMinMax(const SeriesBuffer &buffer, double fromMs, double toMs, int columns,
                    QList<QPointF> &out, double gapMs)
{
    out.clear();
    if (buffer.isEmpty() || columns <= 0 || !(toMs > fromMs))
        return;
    // One sample before the window keeps the line entering from the left edge.
    qsizetype begin = buffer.lowerBound(fromMs);
    if (begin > 0)
        --begin;
    // And one after it (when zoomed or paused, newer samples lie right of the window): the
    // line leaves through the right edge, and later samples cost nothing.
    const qsizetype after = buffer.lowerBound(std::nextafter(toMs, std::numeric_limits<double>::infinity()));
    const qsizetype end = std::min(buffer.size(), after + 1);
    if (begin >= end)
        return;
    const qsizetype count = end - begin;
    if (count <= qsizetype(columns) * 4) {
        out.reserve(count);
        for (qsizetype i = begin; i < end; ++i) {
            const double t = buffer.timeAt(i);
            if (gapMs > 0.0 && i > begin && t - buffer.timeAt(i - 1) > gapMs)
                out.append(QPointF((buffer.timeAt(i - 1) + t) / 2.0, std::numeric_limits<double>::quiet_NaN()));
            out.append(QPointF(t, buffer.valueAt(i)));
        }
        return;
    }
    out.reserve(std::min<qsizetype>(count, qsizetype(columns) * 4 + 16));
    const double width = (toMs - fromMs) / columns;
    Column col;
    qint64 colIndex = std::numeric_limits<qint64>::min();
    double previousTime = 0.0;
    for (qsizetype i = begin; i < end; ++i) {
        const double t = buffer.timeAt(i);
        const double v = buffer.valueAt(i);
        // Clamp: a sample exactly at toMs (the chart's window ends at the newest sample) must
        // not open a column of its own past the last one.
        const auto c = std::min<qint64>(qint64(std::floor((t - fromMs) / width)), columns - 1);
        const bool gap = gapMs > 0.0 && i > begin && t - previousTime > gapMs;
        if (c != colIndex || gap) {
            if (col.first >= 0)
                emitColumn(buffer, col, out);
            if (gap)
                out.append(QPointF((previousTime + t) / 2.0, std::numeric_limits<double>::quiet_NaN()));
            col = Column{i, i, i, i};
            colIndex = c;
        } else {
            col.last = i;
            if (v < buffer.valueAt(col.min))
                col.min = i;
            if (v > buffer.valueAt(col.max))
                col.max = i;
        }
        previousTime = t;
    }
    if (col.first >= 0)
        emitColumn(buffer, col, out);
}
