#pragma once

#include <QColor>

#include <functional>
#include <vector>

struct ChartMarks;
class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QRectF;

// Draws ChartMarks over one chart's plot: for each shown series an alert watches, a dashed
// line at the level and a band to the clear level; a short tick on the time axis where an
// alert fired; a dashed vertical line with its text per marker; and the time cursor. Items
// are children of the chart's graphics item, kept in pools and hidden when unused, as
// OutageBands does. GUI thread; owned by ChartPanel.
class AlertOverlay final
{
public:
    explicit AlertOverlay(QGraphicsItem *chart);

    // The plot y of `value` on the axis of series `id`; false when the series is not shown.
    using ValueToY = std::function<bool(int id, double value, double &y)>;
    void update(const ChartMarks &marks, const ValueToY &toY, double fromMs, double toMs,
                const QRectF &plot);
    void hide();
    void setTextColor(const QColor &color);

    // For tests: items shown by the last update.
    int thresholdCount() const { return m_usedThresholds; }
    int markCount() const { return m_usedMarks; }
    bool isCursorShown() const;

private:
    QGraphicsRectItem *band(int index);
    QGraphicsLineItem *levelLine(int index);
    QGraphicsLineItem *markLine(int index);
    QGraphicsSimpleTextItem *markText(int index);

    QGraphicsItem *m_chart;
    std::vector<QGraphicsRectItem *> m_bands;
    std::vector<QGraphicsLineItem *> m_levels;
    std::vector<QGraphicsLineItem *> m_markLines;
    std::vector<QGraphicsSimpleTextItem *> m_markTexts;
    QGraphicsLineItem *m_cursor = nullptr;
    QColor m_text;
    int m_usedThresholds = 0;
    int m_usedMarks = 0;
};
