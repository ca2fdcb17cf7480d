// ChartPanel's crosshair: follows the mouse over the plot (or a time shown from elsewhere)
// and reads the time and every visible line's value there. The rest of the panel is in
// chartpanel.cpp.
#include "chartpanel.h"
#include "chartpanel_p.h"

#include "chartstyle.h"

#include "store/seriesbuffer.h"
#include "store/seriesstore.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        const QEvent::Type type = event->type();
        if (type == QEvent::Leave)
            hideCrosshair();
        const bool mouseEvent = type == QEvent::MouseButtonPress
            || type == QEvent::MouseButtonRelease || type == QEvent::MouseMove;
        if (!mouseEvent)
            return QWidget::eventFilter(watched, event);
        // Only now a QMouseEvent: the viewport sees every kind of event (polish, paint, ...).
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint at = mouse->position().toPoint();
        if (type != QEvent::MouseMove && mouse->button() == Qt::RightButton) {
            // The context menu instead of the chart view's right-click zoom out (which the
            // menu offers); the press is eaten too, so the view never starts its zoom out.
            if (type == QEvent::MouseButtonRelease) {
                prepareContextMenu(at);
                m_menu->popup(mouse->globalPosition().toPoint());
            }
            return true;
        }
        if (type == QEvent::MouseButtonPress && mouse->button() == Qt::LeftButton)
            m_pressPos = at;
        if (type == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton
            && (at - m_pressPos).manhattanLength() < 4) {
            const double timeMs = timeAt(at);
            if (!std::isnan(timeMs))
                Q_EMIT timeClicked(timeMs);
        }
        if (type == QEvent::MouseMove)
            showCrosshairAt(at);
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::showCrosshairAt(const QPoint &viewportPos)
{
    m_crossPos = viewportPos;
    const QPointF pos = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    const QRectF plot = m_chart->plotArea();
    if (m_lines.empty() || !plot.contains(pos)) {
        hideCrosshair();
        return;
    }
    const double timeMs = m_chart->mapToValue(pos, m_lines.front()->series).x();
    QStringList rows {
        QDateTime::fromMSecsSinceEpoch(qint64(timeMs)).toString(QStringLiteral("hh:mm:ss.zzz"))
    };
    for (const auto &line : m_lines) {
        const SeriesBuffer &buffer = m_store.buffer(line->id);
        if (line->hidden || buffer.isEmpty())
            continue;
        // The last sample at or before the cursor: the value the series had then.
        qsizetype i = buffer.lowerBound(timeMs);
        if (i >= buffer.size() || (buffer.timeAt(i) > timeMs && i > 0))
            --i;
        if (buffer.timeAt(i) <= timeMs)
            rows << tr("%1: %2").arg(line->series->name(),
                                     ChartStyle::valueText(buffer.valueAt(i)));
    }
    m_crossText->setText(rows.join(QLatin1Char('\n')));
    m_crossLine->setLine(pos.x(), plot.top(), pos.x(), plot.bottom());
    QRectF box = m_crossText->boundingRect().adjusted(-4, -3, 4, 3);
    // Right of the cursor, or left of it near the right edge.
    QPointF at(pos.x() + 10, plot.top() + 4);
    if (at.x() + box.width() > plot.right())
        at.setX(pos.x() - 10 - box.width());
    m_crossBox->setRect(box);
    m_crossBox->setPos(at - box.topLeft());
    m_crossLine->show();
    m_crossBox->show();
}

void ChartPanel::refreshCrosshair()
{
    if (m_crossBox->isVisible())
        showCrosshairAt(m_crossPos);
}

QString ChartPanel::crosshairText() const
{
    return m_crossBox->isVisible() ? m_crossText->text() : QString();
}

void ChartPanel::hideCrosshair()
{
    m_crossLine->hide();
    m_crossBox->hide();
}
