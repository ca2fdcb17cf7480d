// ChartPanel's overlays and pointer actions beyond the lines: the alert marks (thresholds,
// markers, the time cursor) drawn by its AlertOverlay, bringing a time into view, the data
// time under a click, and the right-click menu. The rest of the panel is in chartpanel.cpp.
#include "chartpanel.h"
#include "chartpanel_p.h"

#include "alertoverlay.h"
#include "chartmarks.h"

#include "store/seriesbuffer.h"
#include "store/seriesstore.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMenu>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr double kMinCursorSpanMs = 1000.0; // the narrowest window a cursor scrolls to
} // namespace

void ChartPanel::setChartMarks(const ChartMarks *marks)
{
    m_marks = marks;
}

void ChartPanel::updateAlertOverlay()
{
    if (!m_marks || m_lines.empty()) {
        m_overlay->hide();
        return;
    }
    const double fromMs = double(m_timeAxis->min().toMSecsSinceEpoch());
    const auto toY = [this, fromMs](int id, double value, double &y) {
        const Line *line = findLine(id);
        if (!line || line->hidden)
            return false;
        y = m_chart->mapToPosition(QPointF(fromMs, value), line->series).y();
        return std::isfinite(y);
    };
    m_overlay->update(*m_marks, toY, fromMs, double(m_timeAxis->max().toMSecsSinceEpoch()),
                      m_chart->plotArea());
}

void ChartPanel::showTime(double timeMs)
{
    if (!std::isfinite(timeMs))
        return;
    const double fromMs = double(m_timeAxis->min().toMSecsSinceEpoch());
    const double toMs = double(m_timeAxis->max().toMSecsSinceEpoch());
    if (timeMs < fromMs || timeMs > toMs) {
        const double span = std::max(kMinCursorSpanMs, toMs - fromMs);
        if (!m_paused) {
            m_paused = true;
            Q_EMIT pausedChanged(true);
        }
        markAllStale();
        updateTimeAxis(timeMs - span / 2.0, timeMs + span / 2.0);
        m_pausedFromMs = m_shownFromMs;
        m_pausedToMs = m_shownToMs;
    }
    render({});
}

double ChartPanel::timeAt(const QPoint &viewportPos) const
{
    const QPointF pos = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    if (m_lines.empty() || !m_chart->plotArea().contains(pos))
        return std::numeric_limits<double>::quiet_NaN();
    return m_chart->mapToValue(pos, m_lines.front()->series).x();
}

void ChartPanel::createContextMenu()
{
    m_menu = new QMenu(this);
    QAction *marker = m_menu->addAction(tr("Add &Marker\u2026"), this,
                                        [this] { Q_EMIT markerRequested(m_menuTimeMs); });
    marker->setObjectName(QStringLiteral("chartAddMarker"));
    QAction *alert = m_menu->addAction(tr("Add &Alert\u2026"), this, [this] {
        if (m_menuSeries >= 0)
            Q_EMIT alertRequested(m_menuSeries, m_menuValue);
    });
    alert->setObjectName(QStringLiteral("chartAddAlert"));
    QAction *derive = m_menu->addAction(tr("&Derive\u2026"), this, [this] {
        if (m_menuSeries >= 0)
            Q_EMIT deriveRequested(m_menuSeries);
    });
    derive->setObjectName(QStringLiteral("chartDerive"));
    m_menu->addSeparator();
    QAction *zoomOut = m_menu->addAction(tr("Zoom &Out"), this, [this] { m_chart->zoomOut(); });
    zoomOut->setObjectName(QStringLiteral("chartZoomOut"));
}

void ChartPanel::prepareContextMenu(const QPoint &viewportPos)
{
    const double timeMs = timeAt(viewportPos);
    m_menuTimeMs = std::isnan(timeMs) ? 0.0 : timeMs; // 0: the marker goes at the newest time
    const bool found = nearestLineValue(viewportPos, m_menuSeries, m_menuValue);
    if (!found)
        m_menuSeries = -1;
    for (QAction *action : m_menu->actions()) {
        if (action->objectName() == QLatin1String("chartAddAlert")) {
            action->setEnabled(found);
            action->setText(
                found ? tr("Add &Alert on %1\u2026").arg(m_store.info(m_menuSeries).displayName())
                      : tr("Add &Alert\u2026"));
        } else if (action->objectName() == QLatin1String("chartDerive")) {
            action->setEnabled(found);
            action->setText(
                found ? tr("&Derive from %1\u2026").arg(m_store.info(m_menuSeries).displayName())
                      : tr("&Derive\u2026"));
        }
    }
}

// The shown line whose value at the clicked time lies nearest the click, and that value.
bool ChartPanel::nearestLineValue(const QPoint &viewportPos, int &id, double &value) const
{
    const QPointF pos = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    const double timeMs = timeAt(viewportPos);
    double best = std::numeric_limits<double>::infinity();
    for (const auto &line : m_lines) {
        const SeriesBuffer &buffer = m_store.buffer(line->id);
        if (line->hidden || buffer.isEmpty())
            continue;
        qsizetype i = std::isnan(timeMs) ? buffer.size() - 1 : buffer.lowerBound(timeMs);
        i = std::clamp<qsizetype>(i, 0, buffer.size() - 1);
        const double y
            = m_chart->mapToPosition(QPointF(buffer.timeAt(i), buffer.valueAt(i)), line->series)
                  .y();
        const double distance = std::abs(y - pos.y());
        if (distance < best) {
            best = distance;
            id = line->id;
            value = buffer.valueAt(i);
        }
    }
    return std::isfinite(best);
}
