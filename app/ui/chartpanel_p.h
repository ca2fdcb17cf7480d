#pragma once

// ChartPanel's inner types, shared by its two source files (chartpanel.cpp: lines, time axis,
// pause and zoom, crosshair; chartpanelaxes.cpp: the value axes). Not for other classes.
#include "chartpanel.h"
#include "incrementaldecimator.h"

#include <QList>
#include <QPointF>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

struct ChartPanel::AxisGroup
{
    QString field;
    int magnitudeGroup = 0; // which order of magnitude of the field (AxisPlan)
    QValueAxis *axis = nullptr; // owned by the chart
    int users = 0;
    double min = 0.0;
    double max = 0.0;
    double step = 0.0;
    int decimals = -1;
};

struct ChartPanel::Line
{
    int id = -1;
    AxisGroup *group = nullptr;
    QLineSeries *series = nullptr; // owned by the chart; empty: legend entry and axes only
    // What LinePlotItem draws; the next tick decimates into `spare` and swaps, so a steady
    // stream reuses two buffers instead of allocating a list per tick.
    QList<QPointF> shown;
    QList<QPointF> spare;
    // The stretch the buffer no longer holds, from the series' envelope (an "all" window or a
    // zoom into the past); empty while the buffer holds everything in view.
    QList<QPointF> older;
    // Raw samples read back for [rawFromMs, rawToMs] (a zoom finer than the envelope), kept
    // while the zoom stays put.
    QList<QPointF> raw;
    double rawFromMs = 0.0;
    double rawToMs = 0.0;
    bool rawRead = false;
    IncrementalDecimator decimator; // keeps its columns between ticks
    int colorSlot = 0;
    bool stale = true;
    bool hidden = false; // toggled off in the legend: kept, but not drawn nor scaled for
    bool placed = false; // had samples when the axes were last grouped
};
