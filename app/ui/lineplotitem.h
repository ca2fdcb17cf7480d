#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <functional>
#include <vector>

// Draws a chart's lines: each an unbroken stretch of its decimated points is one polyline,
// mapped from (time, value) to the plot area. QLineSeries did this at several times the cost:
// on every replace() it stroked the whole line into an outline for mouse hit-testing (15 % of
// the GUI thread at 1 M msg/s) and it painted each segment with a drawLine call of its own.
// The series stay in the chart, empty, for the legend and the axes. A NaN value breaks the
// line (a gap in the data). Child of the chart, which owns it. GUI thread.
class LinePlotItem final : public QGraphicsItem
{
public:
    struct Trace
    {
        QList<QPointF> points; // x: ms since the epoch; shared with the panel's list, not copied
        QColor color;
        double minValue = 0.0; // the value axis's range
        double maxValue = 0.0;
    };
    struct Frame
    {
        double fromMs = 0.0; // the time axis's range
        double toMs = 0.0;
        std::vector<Trace> traces; // in drawing order
    };
    // Asked at every paint, so the lines always match the axes the chart shows.
    using FrameSource = std::function<void(Frame &frame)>;

    LinePlotItem(QGraphicsItem *chart, FrameSource source);

    void setPlotArea(const QRectF &plotArea);
    QRectF boundingRect() const override { return m_plotArea; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void drawTraces(QPainter *painter, double spanMs);

    FrameSource m_source;
    QRectF m_plotArea;
    Frame m_frame; // reused by every paint
    QPolygonF m_polyline; // reused by every stretch
};
