#pragma once

#include <QList>
#include <QPointF>

#include <deque>

class SeriesBuffer;

// Min/max decimation of one series that keeps its work between render ticks: samples are
// folded once into time columns of a fixed grid (column width: the pixel width rounded up to
// a power of two milliseconds, anchored at the epoch), so a tick costs only the samples that
// arrived since the last one, whether 1,000 or 1,000,000 are retained. Each column yields its
// minimum and maximum sample in time order; a silence longer than gapMs becomes a NaN point
// (a break in the line). When the view holds at most two samples per column, they are drawn
// as they are. Not thread-safe; one per chart line, GUI thread.
class IncrementalDecimator final
{
public:
    // Writes the points of [fromMs, toMs] for about `columns` columns into `out` (cleared).
    void update(const SeriesBuffer &buffer, double fromMs, double toMs, int columns, double gapMs,
                QList<QPointF> &out);
    // Forget everything; the next update starts from the buffer.
    void reset();
    // The column width in use (ms); 0 before the first update.
    double columnWidthMs() const { return m_width; }
    // How many samples the last update folded in (for tests: incremental work).
    qsizetype lastFolded() const { return m_lastFolded; }

private:
    struct Column
    {
        qint64 index;
        QPointF min, max, last; // last: for gaps to the next column
    };
    void rebuild(const SeriesBuffer &buffer, qint64 firstColumn);
    void fold(const SeriesBuffer &buffer);
    void emitSamples(const SeriesBuffer &buffer, qsizetype begin, qsizetype end, double gapMs,
                     QList<QPointF> &out) const;
    void emitPoints(qint64 firstColumn, qint64 lastColumn, double gapMs, QList<QPointF> &out) const;

    std::deque<Column> m_columns;
    double m_width = 0.0;
    qint64 m_fromColumn = 0; // every sample from this column on has been folded
    quint64 m_nextSeq = 0; // sequence number (buffer.appended() order) of the next sample
    qsizetype m_lastFolded = 0;
    bool m_valid = false;
};
