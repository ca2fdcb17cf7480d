#pragma once

#include <QList>
#include <QPointF>

class SeriesBuffer;

// Reduces the samples of [fromMs, toMs] to at most about 4 points per pixel column: the first,
// minimum, maximum and last of each column, in time order, so spikes stay visible while a
// million-sample series costs the chart a few thousand points. A gap longer than gapMs
// (> 0) between two samples is marked by a NaN-valued point so a chart can break the line.
// `out` is cleared and reused to avoid allocating on every render tick.
void decimateMinMax(const SeriesBuffer &buffer, double fromMs, double toMs, int columns,
                    QList<QPointF> &out, double gapMs = 0.0);
