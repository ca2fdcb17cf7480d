#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QGraphicsItem)
QT_FORWARD_DECLARE_CLASS(QGraphicsLineItem)
QT_FORWARD_DECLARE_CLASS(QGraphicsSimpleTextItem)

// The time axis's labels, tick marks and vertical grid lines, drawn by FeedBoard at round times
// (AxisPlan::timeTicks) in place of QDateTimeAxis's own. Qt Charts lays out each of its labels
// as HTML every time the range moves, which a live chart does every render tick (3-12 ms of a
// tick at 1 M msg/s), and puts them at evenly spaced odd times under fixed grid lines. Here a
// label is plain text, set only when its time changes, and moves with the data. The items are
// children of the chart, which owns them. GUI thread.
class TimeAxisLabels final
{
public:
    explicit TimeAxisLabels(QGraphicsItem *chart);

    void setFont(const QFont &font);
    void setColors(const QColor &text, const QColor &grid, const QColor &axisLine);
    // Lays the ticks of [fromMs, toMs] over plotArea (chart coordinates): labels under it.
    void update(double fromMs, double toMs, const QRectF &plotArea);
    // The labels shown, left to right (tests, and what a reader of the chart sees).
    QStringList texts() const;

private:
    double labelWidth(const QString &format);
    void ensureItems(size_t count);

    QGraphicsItem *m_chart;
    QFont m_font;
    QColor m_text, m_grid, m_axisLine;
    QGraphicsLineItem *m_baseline;
    std::vector<QGraphicsSimpleTextItem *> m_labels;
    std::vector<QGraphicsLineItem *> m_gridLines;
    std::vector<QGraphicsLineItem *> m_tickMarks;
    std::vector<double> m_labelTimes; // the time each label's text shows (NaN: none yet)
    QString m_format;
    QHash<QString, double> m_widths; // label width of each format in m_font
};
