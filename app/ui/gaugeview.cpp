#include "gaugeview.h"

#include "chartstyle.h"
#include "panelchart.h"

#include "store/seriesstore.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {
// The arc runs from lower left to lower right over the top: 240 degrees.
constexpr double kStartDeg = 210.0;
constexpr double kSpanDeg = 240.0;

QColor bandColor(int severity, bool dark)
{
    if (severity < 0)
        return dark ? QColor(0x3b, 0x44, 0x4f) : QColor(0xd5, 0xdb, 0xe1);
    return PanelChart::alertStateColor(severity + 1);
}

QPointF onArc(const QPointF &centre, double radius, double fraction)
{
    const double rad = (kStartDeg - kSpanDeg * fraction) * M_PI / 180.0;
    return centre + QPointF(radius * std::cos(rad), -radius * std::sin(rad));
}
} // namespace

GaugeView::GaugeView(const SeriesStore &store, QWidget *parent)
    : PanelView(store, parent)
{
    setObjectName(QStringLiteral("gaugeView"));
    setMinimumSize(160, 140);
}

void GaugeView::render(const std::vector<int> &)
{
    const bool first = m_stale;
    if (m_stale) {
        m_stale = false;
        m_id = resolve({}, 0);
        m_cursor.reset();
        m_haveValue = false;
        m_name = m_id >= 0 ? m_store.info(m_id).displayName() : QString();
    }
    if (m_id >= 0 && m_store.contains(m_id)) {
        const auto see = [this](double, double v) {
            m_seenMin = m_haveValue ? std::min(m_seenMin, v) : v;
            m_seenMax = m_haveValue ? std::max(m_seenMax, v) : v;
            m_value = v;
            m_haveValue = true;
        };
        if (!m_cursor.readNew(m_store.buffer(m_id), see)) {
            m_haveValue = false;
            m_cursor.readNew(m_store.buffer(m_id), see);
        }
    }
    const double value = m_value;
    const double min = m_min;
    const double max = m_max;
    const std::vector<GaugeScale::Band> bands = m_bands;
    updateScale();
    const auto sameBand = [](const GaugeScale::Band &a, const GaugeScale::Band &b) {
        return a.from == b.from && a.to == b.to && a.severity == b.severity;
    };
    const bool sameBands
        = std::equal(bands.begin(), bands.end(), m_bands.begin(), m_bands.end(), sameBand);
    // Repainted (with the window's next paint) only when what it shows changed.
    if (value != m_value || min != m_min || max != m_max || !sameBands || first)
        update();
}

// The range: set, or the values seen and the alert levels, rounded; bands from the
// thresholds (a rule with a clear level above its level watches for values below it).
void GaugeView::updateScale()
{
    std::vector<GaugeScale::Threshold> thresholds;
    for (const ChartMarks::Threshold &t : PanelChart::thresholdsOf(m_marks, m_id))
        thresholds.push_back({ t.level, t.below || t.clear > t.level, int(t.severity) });
    if (!m_settings.gaugeAuto && m_settings.gaugeMax > m_settings.gaugeMin) {
        m_min = m_settings.gaugeMin;
        m_max = m_settings.gaugeMax;
    } else if (m_haveValue) {
        double lo = m_seenMin;
        double hi = m_seenMax;
        for (const GaugeScale::Threshold &t : thresholds) {
            lo = std::min(lo, t.level);
            hi = std::max(hi, t.level);
        }
        GaugeScale::niceRange(lo, hi, m_min, m_max);
    }
    m_bands = GaugeScale::bands(m_min, m_max, thresholds);
}

void GaugeView::paintEvent(QPaintEvent *)
{
    const ChartStyle::Colors colors = ChartStyle::chartColors(m_dark);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), colors.background);
    QFont small = font();
    const QFontMetricsF smallMetrics(small);
    painter.setPen(colors.text);
    const QRectF top(8, 4, width() - 16, smallMetrics.height());
    painter.drawText(top, Qt::AlignCenter,
                     m_id < 0 ? tr("Check a series in the list to see it on a gauge")
                              : smallMetrics.elidedText(m_name, Qt::ElideMiddle, top.width()));
    const double side = std::min(width() - 16.0, height() - top.bottom() - 8.0);
    if (side < 40)
        return;
    const QRectF square((width() - side) / 2,
                        top.bottom() + 4 + (height() - top.bottom() - 8 - side) / 4, side, side);
    paintArc(painter, square);
}

void GaugeView::paintArc(QPainter &painter, const QRectF &square) const
{
    const ChartStyle::Colors colors = ChartStyle::chartColors(m_dark);
    const double thickness = square.width() * 0.09;
    const QRectF ring
        = square.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);
    for (const GaugeScale::Band &band : m_bands) {
        const double from = GaugeScale::fraction(band.from, m_min, m_max);
        const double to = GaugeScale::fraction(band.to, m_min, m_max);
        QPen pen(bandColor(band.severity, m_dark), thickness, Qt::SolidLine, Qt::FlatCap);
        painter.setPen(pen);
        painter.drawArc(ring, int((kStartDeg - kSpanDeg * from) * 16),
                        int(-kSpanDeg * (to - from) * 16));
    }
    const QPointF centre = square.center();
    const double radius = ring.width() / 2;
    QFont small = font();
    painter.setFont(small);
    painter.setPen(colors.text);
    const QFontMetricsF metrics(small);
    for (const auto &[value, fraction] : { std::pair(m_min, 0.0), std::pair(m_max, 1.0) }) {
        const QPointF at = onArc(centre, radius - thickness * 1.6, fraction);
        const QString text = ChartStyle::valueText(value);
        painter.drawText(QRectF(at.x() - 60, at.y() - metrics.height() / 2, 120, metrics.height()),
                         Qt::AlignCenter, text);
    }
    if (!m_haveValue)
        return;
    const double f = GaugeScale::fraction(m_value, m_min, m_max);
    QPen needle(colors.text, std::max(2.0, thickness * 0.25), Qt::SolidLine, Qt::RoundCap);
    painter.setPen(needle);
    painter.drawLine(centre, onArc(centre, radius - thickness * 0.2, f));
    painter.setBrush(colors.text);
    painter.drawEllipse(centre, thickness * 0.35, thickness * 0.35);
    QFont big = font();
    big.setBold(true);
    big.setPixelSize(int(std::clamp(square.height() * 0.13, 12.0, 56.0)));
    painter.setFont(big);
    const QFontMetricsF bigMetrics(big);
    const QRectF valueRect(square.left(), centre.y() + radius * 0.35, square.width(),
                           bigMetrics.height());
    painter.drawText(valueRect, Qt::AlignCenter, ChartStyle::valueText(m_value));
}
