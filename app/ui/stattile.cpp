#include "stattile.h"

#include "chartstyle.h"

#include <QLocale>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace {
const QColor kUp(0x26, 0xa6, 0x9a);
const QColor kDown(0xef, 0x53, 0x50);
} // namespace

StatTile::StatTile(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statTile"));
    // It paints every pixel (the corners in the background colour): Qt need not paint the
    // view behind a hundred tiles on every tick.
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void StatTile::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    setToolTip(name);
    update();
}

void StatTile::setSummary(const StatSummary &summary)
{
    m_summary = summary;
    update();
}

void StatTile::setAlertColor(const QColor &color)
{
    if (color == m_alert)
        return;
    m_alert = color;
    update();
}

void StatTile::setLineColor(const QColor &color)
{
    m_line = color;
    update();
}

void StatTile::setDark(bool dark)
{
    m_dark = dark;
    update();
}

QString StatTile::valueText() const
{
    return m_summary.valid ? ChartStyle::valueText(m_summary.last) : tr("\u2014");
}

QString StatTile::changeText() const
{
    if (!m_summary.valid)
        return QString();
    const QString sign = m_summary.change > 0 ? QStringLiteral("+") : QString();
    // Four significant digits (all of the integer part): a change, not a price to the cent.
    const double magnitude = std::abs(m_summary.change);
    const int decimals
        = magnitude > 0 ? std::clamp(3 - int(std::floor(std::log10(magnitude))), 0, 8) : 0;
    const QString absolute = sign + QLocale().toString(m_summary.change, 'f', decimals);
    if (std::isnan(m_summary.changePercent))
        return absolute;
    return tr("%1 (%2%3 %)")
        .arg(absolute, sign, QLocale().toString(m_summary.changePercent, 'f', 2));
}

void StatTile::paintEvent(QPaintEvent *)
{
    const ChartStyle::Colors colors = ChartStyle::chartColors(m_dark);
    QPainter painter(this);
    painter.fillRect(rect(), colors.background);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(3, 3, -3, -3);
    // The tile is already the background colour: without an alert only the frame is
    // stroked. A hundred tiles repaint on every tick, and an antialiased fill of the whole
    // tile costs about as much as the rest of the tile together.
    painter.setPen(QPen(m_alert.isValid() ? m_alert : colors.axisLine, m_alert.isValid() ? 2 : 1));
    if (m_alert.isValid()) {
        // A wash of the alert colour, strong enough to see across the room.
        QColor wash = m_alert;
        wash.setAlpha(m_dark ? 70 : 45);
        painter.setBrush(wash);
    } else {
        painter.setBrush(Qt::NoBrush);
    }
    painter.drawRoundedRect(box, 6, 6);

    const QRectF inner = box.adjusted(10, 6, -10, -6);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.9));
    painter.setFont(small);
    painter.setPen(colors.text);
    const QFontMetricsF smallMetrics(small);
    const QRectF nameRect(inner.left(), inner.top(), inner.width(), smallMetrics.height());
    painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                     smallMetrics.elidedText(m_name, Qt::ElideMiddle, inner.width()));

    // The big number takes what the height allows (a third of it), less if the width asks:
    // a number cut short would be worse than a smaller one.
    QFont big = font();
    big.setBold(true);
    int pixels = int(std::clamp(inner.height() * 0.32, 12.0, 64.0));
    big.setPixelSize(pixels);
    const double textWidth = QFontMetricsF(big).horizontalAdvance(valueText());
    if (textWidth > inner.width() && textWidth > 0) {
        pixels = std::max(9, int(pixels * inner.width() / textWidth));
        big.setPixelSize(pixels);
    }
    const QFontMetricsF bigMetrics(big);
    const QRectF valueRect(inner.left(), nameRect.bottom(), inner.width(), bigMetrics.height());
    painter.setFont(big);
    painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter,
                     bigMetrics.elidedText(valueText(), Qt::ElideRight, inner.width()));

    painter.setFont(small);
    const QRectF changeRect(inner.left(), valueRect.bottom(), inner.width(), smallMetrics.height());
    painter.setPen(m_summary.change > 0 ? kUp : m_summary.change < 0 ? kDown : colors.text);
    painter.drawText(changeRect, Qt::AlignLeft | Qt::AlignVCenter, changeText());

    const QRectF spark(inner.left(), changeRect.bottom() + 4, inner.width(),
                       inner.bottom() - changeRect.bottom() - 4);
    if (spark.height() > 6)
        paintSparkline(painter, spark);
}

void StatTile::paintSparkline(QPainter &painter, const QRectF &area) const
{
    const std::vector<double> &values = m_summary.spark;
    if (values.size() < 2)
        return;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double span = *hi > *lo ? *hi - *lo : 1.0;
    QPolygonF line;
    line.reserve(qsizetype(values.size()));
    for (size_t i = 0; i < values.size(); ++i)
        line << QPointF(area.left() + area.width() * double(i) / double(values.size() - 1),
                        area.bottom() - area.height() * (values[i] - *lo) / span);
    // One pixel, cosmetic: the raster engine's fast stroker (a wider pen takes the general
    // path stroker, several times the cost, for a hundred tiles each tick).
    QPen pen(m_alert.isValid() ? m_alert : m_line.isValid() ? m_line : ChartStyle::lineColor(0));
    pen.setWidthF(1.0);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(line);
}
