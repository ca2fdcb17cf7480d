#include "lineplotitem.h"

#include <QPainter>
#include <QPen>

#include <cmath>

namespace {
constexpr qreal kLinesZ = 4.0; // where Qt Charts puts its line series: over grid and axes
} // namespace

LinePlotItem::LinePlotItem(QGraphicsItem *chart, FrameSource source)
    : QGraphicsItem(chart)
    , m_source(std::move(source))
{
    setZValue(kLinesZ);
    setAcceptedMouseButtons(Qt::NoButton); // the view's rubber band and crosshair get the mouse
}

void LinePlotItem::setPlotArea(const QRectF &plotArea)
{
    if (plotArea == m_plotArea)
        return;
    prepareGeometryChange();
    m_plotArea = plotArea;
}

void LinePlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    if (m_plotArea.isEmpty())
        return;
    m_source(m_frame);
    const double spanMs = m_frame.toMs - m_frame.fromMs;
    if (spanMs > 0.0)
        drawTraces(painter, spanMs);
    // Not kept between paints: the panel decimates into these lists again, and a list shared
    // from here would be copied first.
    m_frame.traces.clear();
}

void LinePlotItem::drawTraces(QPainter *painter, double spanMs)
{
    const double xScale = m_plotArea.width() / spanMs;
    const double left = m_plotArea.left();
    const double bottom = m_plotArea.bottom();
    painter->save();
    painter->setClipRect(m_plotArea); // points just outside the range lead the line in
    QPen pen;
    pen.setWidthF(1.0);
    pen.setCosmetic(true);
    for (const Trace &trace : m_frame.traces) {
        const double valueSpan = trace.maxValue - trace.minValue;
        if (!(valueSpan > 0.0) || trace.points.size() < 1)
            continue;
        const double yScale = m_plotArea.height() / valueSpan;
        pen.setColor(trace.color);
        painter->setPen(pen);
        const auto drawStretch = [&] {
            if (m_polyline.size() > 1)
                painter->drawPolyline(m_polyline);
            else if (m_polyline.size() == 1)
                painter->drawPoint(m_polyline.constFirst());
            m_polyline.resize(0);
        };
        for (const QPointF &p : trace.points) {
            if (std::isnan(p.y()) || std::isnan(p.x())) {
                drawStretch();
                continue;
            }
            m_polyline.append(QPointF(left + (p.x() - m_frame.fromMs) * xScale,
                                      bottom - (p.y() - trace.minValue) * yScale));
        }
        drawStretch();
    }
    painter->restore();
}
