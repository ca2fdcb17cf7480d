#include "outagebands.h"

#include "store/feedoutages.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QPen>

#include <algorithm>

namespace {
// Over the plot background, under the grid (2) and the lines (4) of Qt Charts' stacking.
constexpr double kBandZ = 1.0;
constexpr double kMinBandPx = 2.0; // a short drop stays visible
} // namespace

OutageBands::OutageBands(QGraphicsItem *chart)
    : m_chart(chart)
{ }

void OutageBands::setColor(const QColor &color)
{
    m_color = color;
    for (QGraphicsRectItem *item : m_items)
        item->setBrush(color);
}

void OutageBands::update(const FeedOutages &outages, const QStringList &feeds, double fromMs,
                         double toMs, const QRectF &plot, double nowMs)
{
    int used = 0;
    if (toMs > fromMs && plot.width() > 0) {
        const double pxPerMs = plot.width() / (toMs - fromMs);
        for (const QString &feed : feeds) {
            for (const FeedOutages::Span &span : outages.spans(feed)) {
                const double begin = std::max(span.fromMs, fromMs);
                const double end = std::min(span.isOpen() ? nowMs : span.toMs, toMs);
                if (end < begin || span.fromMs > toMs)
                    continue;
                const double x0 = plot.left() + (begin - fromMs) * pxPerMs;
                const double width = std::max(kMinBandPx, (end - begin) * pxPerMs);
                QGraphicsRectItem *item = band(used++);
                item->setRect(
                    QRectF(x0, plot.top(), std::min(width, plot.right() - x0), plot.height()));
                item->setToolTip(
                    QCoreApplication::translate("OutageBands", "%1: not connected").arg(feed));
                item->show();
            }
        }
    }
    for (size_t i = size_t(used); i < m_items.size(); ++i)
        m_items[i]->hide();
    m_used = used;
}

void OutageBands::hide()
{
    for (QGraphicsRectItem *item : m_items)
        item->hide();
    m_used = 0;
}

QGraphicsRectItem *OutageBands::band(int index)
{
    while (m_items.size() <= size_t(index)) {
        auto *item = new QGraphicsRectItem(m_chart);
        item->setZValue(kBandZ);
        item->setPen(Qt::NoPen);
        item->setBrush(m_color);
        m_items.push_back(item);
    }
    return m_items[size_t(index)];
}
