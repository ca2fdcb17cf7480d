#pragma once

#include <QList>
#include <QPointF>

#include <deque>

class SeriesBuffer;

// Min/max decimation of one series for a rolling chart window, kept up to date between render
// ticks: columns sit on a fixed time grid (multiples of the column width), so a tick folds in
// only the samples that arrived since the last one and drops the columns that left the window,
// instead of rescanning every retained sample. Per column it outputs the minimum and maximum
// in time order (spikes stay visible), plus one point before the window; with few samples in
// view, all of them (as decimateMinMax).
// GUI thread; one per chart line.
class IncrementalDecimator final
{
public:
    // Fills `out` (cleared, capacity reused) with at most 4 * columns + 1 points.
    void update(const SeriesBuffer &buffer, double fromMs, double toMs, int columns,
                QList<QPointF> &out);
    void reset();

private:
    struct Extreme
    {
        quint64 seq = 0; // position in the series (SeriesBuffer::appended() numbering)
        double t = 0.0;
        double v = 0.0;
    };
    struct Column
    {
        qint64 index = 0;
        Extreme first, min, max, last;
    };

    void rebuild(const SeriesBuffer &buffer, double fromMs);
    void fold(quint64 seq, double t, double v);
    void refreshFront(const SeriesBuffer &buffer);
    void emitColumn(const Column &column, QList<QPointF> &out) const;

    std::deque<Column> m_columns;
    const SeriesBuffer *m_buffer = nullptr;
    double m_width = 0.0;
    quint64 m_consumed = 0; // samples of the series already folded in
    bool m_valid = false;
};
