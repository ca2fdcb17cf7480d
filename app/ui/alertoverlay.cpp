#include "alertoverlay.h"

#include "alertsmodel.h"
#include "chartmarks.h"

#include <QBrush>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>

namespace {
// Bands over the outage bands (1) and under the data lines (4); level lines and marks above
// the data, the cursor above them and under the crosshair (20).
constexpr double kBandZ = 1.5;
constexpr double kLineZ = 5.0;
constexpr double kCursorZ = 6.0;
constexpr int kBandAlpha = 60;
constexpr double kAlertTickPx = 10.0;

template<typename Item>
Item *pooled(std::vector<Item *> &pool, int index, QGraphicsItem *parent, double z)
{
    while (pool.size() <= size_t(index)) {
        auto *item = new Item(parent);
        item->setZValue(z);
        pool.push_back(item);
    }
    return pool[size_t(index)];
}

template<typename Item> void hideFrom(std::vector<Item *> &pool, int used)
{
    for (size_t i = size_t(used); i < pool.size(); ++i)
        pool[i]->hide();
}
} // namespace

AlertOverlay::AlertOverlay(QGraphicsItem *chart)
    : m_chart(chart)
    , m_cursor(new QGraphicsLineItem(chart))
{
    m_cursor->setZValue(kCursorZ);
    m_cursor->hide();
}

void AlertOverlay::setTextColor(const QColor &color)
{
    m_text = color;
    QPen pen(color);
    pen.setWidthF(1.5);
    m_cursor->setPen(pen);
    for (QGraphicsSimpleTextItem *text : m_markTexts)
        text->setBrush(color);
}

bool AlertOverlay::isCursorShown() const
{
    return m_cursor->isVisible();
}

void AlertOverlay::update(const ChartMarks &marks, const ValueToY &toY, double fromMs, double toMs,
                          const QRectF &plot)
{
    int bands = 0;
    int lines = 0;
    int texts = 0;
    const bool range = toMs > fromMs && plot.width() > 0 && plot.height() > 0;
    if (range) {
        for (const ChartMarks::Threshold &threshold : marks.thresholds) {
            double levelY = 0.0;
            double clearY = 0.0;
            if (!toY(threshold.seriesId, threshold.level, levelY)
                || !toY(threshold.seriesId, threshold.clear, clearY))
                continue;
            const QColor color = AlertsModel::severityColor(threshold.severity);
            const double top = std::clamp(std::min(levelY, clearY), plot.top(), plot.bottom());
            const double bottom = std::clamp(std::max(levelY, clearY), plot.top(), plot.bottom());
            if (bottom - top >= 1.0) { // a clear level apart from the level: the band
                QGraphicsRectItem *rect = band(bands++);
                QColor fill = color;
                fill.setAlpha(threshold.firing ? 2 * kBandAlpha : kBandAlpha);
                rect->setBrush(fill);
                rect->setRect(QRectF(plot.left(), top, plot.width(), bottom - top));
                rect->show();
            }
            if (levelY < plot.top() || levelY > plot.bottom())
                continue;
            QGraphicsLineItem *line = levelLine(lines++);
            QPen pen(color);
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(threshold.firing ? 2.0 : 1.0);
            line->setPen(pen);
            line->setLine(plot.left(), levelY, plot.right(), levelY);
            line->show();
        }
    }
    m_usedThresholds = lines;
    hideFrom(m_bands, bands);
    hideFrom(m_levels, lines);

    int used = 0;
    if (range) {
        const double pxPerMs = plot.width() / (toMs - fromMs);
        for (const ChartMarks::TimeMark &mark : marks.marks) {
            if (mark.timeMs < fromMs || mark.timeMs > toMs)
                continue;
            const double x = plot.left() + (mark.timeMs - fromMs) * pxPerMs;
            QGraphicsLineItem *line = markLine(used++);
            QPen pen(mark.color);
            if (mark.kind == ChartMarks::TimeMark::Kind::Alert) {
                // A tick standing on the time axis: where the alert fired.
                pen.setWidthF(3.0);
                line->setLine(x, plot.bottom() - kAlertTickPx, x, plot.bottom());
            } else {
                pen.setStyle(Qt::DashDotLine);
                line->setLine(x, plot.top(), x, plot.bottom());
                QGraphicsSimpleTextItem *text = markText(texts++);
                text->setText(mark.text);
                text->setPos(x + 3, plot.top() + 2);
                text->show();
            }
            line->setPen(pen);
            line->setToolTip(mark.text);
            line->show();
        }
    }
    m_usedMarks = used;
    hideFrom(m_markLines, used);
    hideFrom(m_markTexts, texts);

    if (range && marks.hasCursor() && marks.cursorMs >= fromMs && marks.cursorMs <= toMs) {
        const double x = plot.left() + (marks.cursorMs - fromMs) * plot.width() / (toMs - fromMs);
        m_cursor->setLine(x, plot.top(), x, plot.bottom());
        m_cursor->show();
    } else {
        m_cursor->hide();
    }
}

void AlertOverlay::hide()
{
    hideFrom(m_bands, 0);
    hideFrom(m_levels, 0);
    hideFrom(m_markLines, 0);
    hideFrom(m_markTexts, 0);
    m_cursor->hide();
    m_usedThresholds = m_usedMarks = 0;
}

QGraphicsRectItem *AlertOverlay::band(int index)
{
    QGraphicsRectItem *item = pooled(m_bands, index, m_chart, kBandZ);
    item->setPen(Qt::NoPen);
    return item;
}

QGraphicsLineItem *AlertOverlay::levelLine(int index)
{
    return pooled(m_levels, index, m_chart, kLineZ);
}

QGraphicsLineItem *AlertOverlay::markLine(int index)
{
    return pooled(m_markLines, index, m_chart, kLineZ);
}

QGraphicsSimpleTextItem *AlertOverlay::markText(int index)
{
    const bool created = size_t(index) >= m_markTexts.size();
    QGraphicsSimpleTextItem *item = pooled(m_markTexts, index, m_chart, kLineZ);
    if (created)
        item->setBrush(m_text);
    return item;
}
