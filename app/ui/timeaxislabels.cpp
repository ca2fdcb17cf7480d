#include "timeaxislabels.h"

#include "store/axisplan.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// Stacking among the chart's own items (Qt Charts: plot area 0, shades 1, grid 2, axes 3,
// series 4): the grid under the lines, the labels with the axes.
constexpr qreal kGridZ = 2.0;
constexpr qreal kAxisZ = 3.0;
constexpr qreal kTickLength = 4.0;
constexpr qreal kLabelGap = 2.0; // between a tick mark's end and its label
} // namespace

TimeAxisLabels::TimeAxisLabels(QGraphicsItem *chart)
    : m_chart(chart)
    , m_baseline(new QGraphicsLineItem(chart))
{
    m_baseline->setZValue(kAxisZ);
}

void TimeAxisLabels::setFont(const QFont &font)
{
    m_font = font;
    m_widths.clear();
    for (QGraphicsSimpleTextItem *label : m_labels)
        label->setFont(font);
}

void TimeAxisLabels::setColors(const QColor &text, const QColor &grid, const QColor &axisLine)
{
    m_text = text;
    m_grid = grid;
    m_axisLine = axisLine;
    m_baseline->setPen(QPen(axisLine));
    for (QGraphicsSimpleTextItem *label : m_labels)
        label->setBrush(text);
    for (QGraphicsLineItem *line : m_gridLines)
        line->setPen(QPen(grid));
    for (QGraphicsLineItem *mark : m_tickMarks)
        mark->setPen(QPen(axisLine));
}

double TimeAxisLabels::labelWidth(const QString &format)
{
    const auto known = m_widths.constFind(format);
    if (known != m_widths.cend())
        return *known;
    // Digits of one width in most fonts; a sample time with wide ones is the widest label.
    const QString sample = QDateTime(QDate(2000, 12, 28), QTime(20, 48, 58, 888)).toString(format);
    const double width = QFontMetricsF(m_font).horizontalAdvance(sample);
    m_widths.insert(format, width);
    return width;
}

void TimeAxisLabels::ensureItems(size_t count)
{
    while (m_labels.size() < count) {
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setFont(m_font);
        label->setBrush(m_text);
        label->setZValue(kAxisZ);
        m_labels.push_back(label);
        auto *grid = new QGraphicsLineItem(m_chart);
        grid->setPen(QPen(m_grid));
        grid->setZValue(kGridZ);
        m_gridLines.push_back(grid);
        auto *mark = new QGraphicsLineItem(m_chart);
        mark->setPen(QPen(m_axisLine));
        mark->setZValue(kAxisZ);
        m_tickMarks.push_back(mark);
        m_labelTimes.push_back(std::numeric_limits<double>::quiet_NaN());
    }
}

void TimeAxisLabels::update(double fromMs, double toMs, const QRectF &plotArea)
{
    const double offsetMs
        = 1000.0 * double(QDateTime::fromMSecsSinceEpoch(qint64(fromMs)).offsetFromUtc());
    const AxisPlan::TimeTicks ticks = AxisPlan::timeTicks(
        fromMs, toMs, plotArea.width(),
        [this](const QString &format) { return labelWidth(format); }, offsetMs);
    if (ticks.format != m_format) {
        m_format = ticks.format;
        std::fill(m_labelTimes.begin(), m_labelTimes.end(),
                  std::numeric_limits<double>::quiet_NaN());
    }
    ensureItems(ticks.timesMs.size());
    m_baseline->setLine(plotArea.left(), plotArea.bottom(), plotArea.right(), plotArea.bottom());
    const double span = toMs - fromMs;
    for (size_t i = 0; i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_labels[i];
        const bool used = i < ticks.timesMs.size();
        label->setVisible(used);
        m_gridLines[i]->setVisible(used);
        m_tickMarks[i]->setVisible(used);
        if (!used)
            continue;
        const double t = ticks.timesMs[i];
        // Text only when the tick's time changes: a scrolling window keeps its labels.
        if (m_labelTimes[i] != t) {
            m_labelTimes[i] = t;
            label->setText(QDateTime::fromMSecsSinceEpoch(qint64(t)).toString(m_format));
        }
        const qreal x = plotArea.left() + qreal((t - fromMs) / span) * plotArea.width();
        m_gridLines[i]->setLine(x, plotArea.top(), x, plotArea.bottom());
        m_tickMarks[i]->setLine(x, plotArea.bottom(), x, plotArea.bottom() + kTickLength);
        const QRectF box = label->boundingRect();
        const qreal left = std::round(x - box.width() / 2.0);
        label->setPos(left, plotArea.bottom() + kTickLength + kLabelGap);
        // A label cut by the chart's edge would be misread: its grid line stays, it goes.
        const QRectF chart = m_chart->boundingRect();
        label->setVisible(left >= chart.left() && left + box.width() <= chart.right());
    }
}

QStringList TimeAxisLabels::texts() const
{
    QStringList shown;
    for (const QGraphicsSimpleTextItem *label : m_labels) {
        if (label->isVisible())
            shown << label->text();
    }
    return shown;
}
