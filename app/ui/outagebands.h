#pragma once

#include <QColor>
#include <QStringList>

#include <vector>

class FeedOutages;
class QGraphicsItem;
class QGraphicsRectItem;
class QRectF;

// The shaded bands over a chart's plot where a feed of its lines was not connected, so a
// disconnection reads as one on the chart. Its rectangles are children of the chart's
// graphics item (the scene owns them). GUI thread; owned by ChartPanel.
class OutageBands final
{
public:
    explicit OutageBands(QGraphicsItem *chart);

    void setColor(const QColor &color);
    // One band per outage of `feeds` within [fromMs, toMs], mapped onto `plot`; an outage
    // still going on ends at nowMs. Unused bands are hidden.
    void update(const FeedOutages &outages, const QStringList &feeds, double fromMs, double toMs,
                const QRectF &plot, double nowMs);
    void hide();
    int visibleCount() const { return m_used; }

private:
    QGraphicsRectItem *band(int index);

    QGraphicsItem *m_chart;
    std::vector<QGraphicsRectItem *> m_items;
    QColor m_color;
    int m_used = 0;
};
