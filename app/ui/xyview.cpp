#include "xyview.h"

#include "chartstyle.h"
#include "panelchart.h"

#include "store/seriesstore.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr int kSegments = 8; // steps of the fade, oldest faintest
} // namespace

XYView::XYView(const SeriesStore &store, QWidget *parent)
    : PanelView(store, parent)
    , m_chart(PanelChart::createView(this)->chart())
    , m_xAxis(new QValueAxis)
    , m_yAxis(new QValueAxis)
    , m_head(new QScatterSeries)
{
    setObjectName(QStringLiteral("xyView"));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_chart->legend()->hide();
    const QColor color = ChartStyle::lineColor(0);
    for (int i = 0; i < kSegments; ++i) {
        auto *segment = new QLineSeries;
        QColor faded = color;
        faded.setAlphaF(0.12 + 0.88 * double(i + 1) / kSegments);
        QPen pen(faded);
        pen.setWidthF(1.5);
        segment->setPen(pen);
        m_chart->addSeries(segment);
        segment->attachAxis(m_xAxis);
        segment->attachAxis(m_yAxis);
        m_segments.push_back(segment);
    }
    m_head->setMarkerSize(9.0);
    m_head->setColor(color);
    m_head->setBorderColor(Qt::transparent);
    m_chart->addSeries(m_head);
    m_head->attachAxis(m_xAxis);
    m_head->attachAxis(m_yAxis);
    themeChanged();
}

XYView::~XYView() = default;

void XYView::themeChanged()
{
    PanelChart::applyTheme(m_chart, m_dark);
}

void XYView::restart()
{
    m_xId = resolve(m_settings.xSeries, 0);
    m_yId = resolve(m_settings.ySeries, m_settings.xSeries.isEmpty() ? 1 : 0);
    if (m_yId == m_xId && m_settings.ySeries.isEmpty() && m_ids.size() > 1)
        m_yId = m_ids[1];
    m_aligner.clear();
    m_aligner.setTrailLength(m_settings.trailLength);
    m_xCursor.reset();
    m_yCursor.reset();
    const bool ready = m_xId >= 0 && m_yId >= 0 && m_xId != m_yId;
    m_xAxis->setTitleText(ready ? m_store.info(m_xId).displayName() : QString());
    m_yAxis->setTitleText(ready ? m_store.info(m_yId).displayName() : QString());
    m_chart->setTitle(ready ? QString()
                            : tr("Check two series in the list (or choose X and Y) to plot "
                                 "one against the other"));
    if (!ready)
        m_xId = m_yId = -1;
}

// The samples since the last tick, from both series; false when nothing arrived.
bool XYView::readNew()
{
    m_newX.clear();
    m_newY.clear();
    const auto intoX = [this](double t, double v) { m_newX.push_back({ t, v }); };
    const auto intoY = [this](double t, double v) { m_newY.push_back({ t, v }); };
    const SeriesBuffer &x = m_store.buffer(m_xId);
    const SeriesBuffer &y = m_store.buffer(m_yId);
    if (!m_xCursor.readNew(x, intoX) || !m_yCursor.readNew(y, intoY)) {
        // A buffer went back (a replay's jump): align again from what is retained.
        m_aligner.clear();
        m_xCursor.reset();
        m_yCursor.reset();
        m_newX.clear();
        m_newY.clear();
        m_xCursor.readNew(x, intoX);
        m_yCursor.readNew(y, intoY);
    }
    if (m_newX.empty() && m_newY.empty())
        return false;
    m_aligner.add(m_newX, m_newY);
    return true;
}

void XYView::render(const std::vector<int> &)
{
    if (m_stale) {
        m_stale = false;
        restart();
        for (QLineSeries *segment : m_segments)
            segment->clear();
        m_head->clear();
    }
    if (m_xId < 0 || !m_store.contains(m_xId) || !m_store.contains(m_yId))
        return;
    if (readNew())
        redraw();
}

// The trail in kSegments pieces, each replaced once; neighbours share their end point so the
// line has no holes.
void XYView::redraw()
{
    const std::deque<XYPoint> &points = m_aligner.points();
    const size_t n = points.size();
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -minX;
    double minY = minX;
    double maxY = -minX;
    for (int s = 0; s < kSegments; ++s) {
        const size_t from = n * size_t(s) / kSegments;
        const size_t to = std::min(n, n * size_t(s + 1) / kSegments + 1);
        QList<QPointF> part;
        part.reserve(qsizetype(to - from));
        for (size_t i = from; i < to; ++i) {
            const XYPoint &p = points[i];
            part.append(QPointF(p.x, p.y));
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
        m_segments[size_t(s)]->replace(part);
    }
    if (n == 0)
        return;
    m_head->replace(QList<QPointF> { QPointF(points.back().x, points.back().y) });
    const auto pad = [](double lo, double hi) {
        const double span = hi > lo ? hi - lo : std::max(1e-9, std::abs(hi) * 0.01);
        return span * 0.05;
    };
    m_xAxis->setRange(minX - pad(minX, maxX), maxX + pad(minX, maxX));
    m_yAxis->setRange(minY - pad(minY, maxY), maxY + pad(minY, maxY));
}
