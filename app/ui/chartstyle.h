#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

class SeriesBuffer;

// The chart panel's look and small numeric rules, apart from Qt Charts: line and theme
// colours, axis steps, the gap rule. Pure functions; any thread.
namespace ChartStyle {
struct Colors
{
    QColor background, text, grid, axisLine, crossLine, crossBox;
    QColor outage; // the band over a time a feed was not connected
};

Colors chartColors(bool dark);
// Colour of the n-th line slot; distinct on white and dark, none the log's error red or
// warning amber.
QColor lineColor(int slot);
// A step of 1, 2 or 5 times a power of ten for about six ticks over span.
double niceStep(double span);
QFont smallerFont(QFont font);
QString valueText(double value);
// The silence that counts as a gap in a series (a break in its line).
double gapThresholdMs(const SeriesBuffer &buffer, double columnMs);
// Appends time-ordered `points` to `out` with at most two a column of columnMs: each
// column's minimum and maximum, in time order (all of them when they are that few).
void appendMinMax(const QList<QPointF> &points, double columnMs, QList<QPointF> &out);
} // namespace ChartStyle
