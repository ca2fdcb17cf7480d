#include "chartstyle.h"

#include "store/seriesbuffer.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
const QColor kPalette[] = {
    QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
    QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xbe, 0xcf), QColor(0x8c, 0x56, 0x4b),
    QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22),
};
constexpr int kPaletteSize = int(sizeof(kPalette) / sizeof(kPalette[0]));
constexpr int kTargetValueTicks = 6;
constexpr double kMinGapMs = 1000.0;
constexpr double kGapSpacings = 10.0; // a pause this many typical spacings long is a gap
} // namespace

namespace ChartStyle {
Colors chartColors(bool dark)
{
    if (dark)
        return { QColor(0x1e, 0x22, 0x27),    QColor(0xc9, 0xd1, 0xd9),
                 QColor(0x33, 0x39, 0x41),    QColor(0x58, 0x60, 0x69),
                 QColor(0xc9, 0xd1, 0xd9),    QColor(0x2d, 0x33, 0x3b, 230),
                 QColor(0xf0, 0x88, 0x3e, 46) };
    return { Qt::white,
             QColor(0x39, 0x42, 0x4e),
             QColor(0xe4, 0xe7, 0xeb),
             QColor(0xb0, 0xb7, 0xc0),
             QColor(0x60, 0x6a, 0x75),
             QColor(0xff, 0xff, 0xff, 230),
             QColor(0xd9, 0x6c, 0x1e, 38) };
}

QColor lineColor(int slot)
{
    return kPalette[std::max(0, slot) % kPaletteSize];
}

double niceStep(double span)
{
    const double raw = span / kTargetValueTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    double nice = 10.0;
    if (residual <= 1.0)
        nice = 1.0;
    else if (residual <= 2.0)
        nice = 2.0;
    else if (residual <= 5.0)
        nice = 5.0;
    return nice * magnitude;
}

QFont smallerFont(QFont font)
{
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1.0));
    return font;
}

QString valueText(double value)
{
    return QLocale().toString(value, 'g', 8);
}

// A silence much longer than the series' usual spacing (and than two pixel columns, where
// the chart could not show it anyway) is drawn as a break in the line: a disconnection
// must not read as a straight line across.
double gapThresholdMs(const SeriesBuffer &buffer, double columnMs)
{
    const qsizetype n = buffer.size();
    const double typical = n > 1 ? (buffer.lastTime() - buffer.timeAt(0)) / double(n - 1) : 0.0;
    return std::max({ kMinGapMs, typical * kGapSpacings, columnMs * 2.0 });
}

void appendMinMax(const QList<QPointF> &points, double columnMs, QList<QPointF> &out)
{
    if (points.isEmpty() || !(columnMs > 0.0))
        return;
    const double span = points.constLast().x() - points.constFirst().x();
    if (double(points.size()) <= 2.0 * (span / columnMs + 1.0)) {
        out += points;
        return;
    }
    qsizetype lo = 0;
    qsizetype hi = 0;
    qint64 column = qint64(std::floor(points.constFirst().x() / columnMs));
    const auto flush = [&] {
        out.append(points[std::min(lo, hi)]);
        if (lo != hi)
            out.append(points[std::max(lo, hi)]);
    };
    for (qsizetype i = 1; i < points.size(); ++i) {
        const qint64 c = qint64(std::floor(points[i].x() / columnMs));
        if (c != column) {
            flush();
            column = c;
            lo = hi = i;
            continue;
        }
        if (points[i].y() < points[lo].y())
            lo = i;
        if (points[i].y() > points[hi].y())
            hi = i;
    }
    flush();
}
} // namespace ChartStyle
