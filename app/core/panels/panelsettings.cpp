#include "panelsettings.h"

#include "panels/candleaggregator.h"

#include <algorithm>
#include <vector>

namespace {
const QString kKind = QStringLiteral("kind");
const QString kCandles = QStringLiteral("candles");
const QString kXY = QStringLiteral("xy");
const QString kHistogram = QStringLiteral("histogram");
const QString kGauge = QStringLiteral("gauge");
const QString kIntervalMs = QStringLiteral("intervalMs");
const QString kVolumeField = QStringLiteral("volumeField");
const QString kX = QStringLiteral("x");
const QString kY = QStringLiteral("y");
const QString kTrail = QStringLiteral("trail");
const QString kBins = QStringLiteral("bins");
const QString kAuto = QStringLiteral("auto");
const QString kMin = QStringLiteral("min");
const QString kMax = QStringLiteral("max");
const QString kFeed = QStringLiteral("feed");
const QString kKey = QStringLiteral("key");
const QString kField = QStringLiteral("field");

QJsonObject refToJson(const PanelSettings::SeriesRef &ref)
{
    return { { kFeed, ref.feed }, { kKey, ref.key }, { kField, ref.field } };
}

PanelSettings::SeriesRef refFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return { o.value(kFeed).toString(), o.value(kKey).toString(), o.value(kField).toString() };
}
} // namespace

const std::vector<PanelSettings::Kind> &PanelSettings::kinds()
{
    static const std::vector<Kind> all { Kind::Line,      Kind::Candles, Kind::XY,
                                         Kind::StatTiles, Kind::Gauge,   Kind::Histogram };
    return all;
}

QString PanelSettings::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Line:
        return QStringLiteral("line");
    case Kind::Candles:
        return QStringLiteral("candles");
    case Kind::XY:
        return QStringLiteral("xy");
    case Kind::StatTiles:
        return QStringLiteral("stat");
    case Kind::Gauge:
        return QStringLiteral("gauge");
    case Kind::Histogram:
        return QStringLiteral("histogram");
    }
    return QStringLiteral("line");
}

PanelSettings::Kind PanelSettings::kindFromKey(const QString &key)
{
    for (Kind kind : kinds()) {
        if (kindKey(kind) == key)
            return kind;
    }
    return Kind::Line;
}

void PanelSettings::writeTo(QJsonObject &chart) const
{
    chart.insert(kKind, kindKey(kind));
    chart.insert(
        kCandles,
        QJsonObject { { kIntervalMs, double(candleIntervalMs) }, { kVolumeField, volumeField } });
    chart.insert(kXY,
                 QJsonObject { { kX, refToJson(xSeries) },
                               { kY, refToJson(ySeries) },
                               { kTrail, trailLength } });
    chart.insert(kHistogram, QJsonObject { { kBins, histogramBins } });
    chart.insert(kGauge,
                 QJsonObject { { kAuto, gaugeAuto }, { kMin, gaugeMin }, { kMax, gaugeMax } });
}

PanelSettings PanelSettings::readFrom(const QJsonObject &chart)
{
    PanelSettings s;
    s.kind = kindFromKey(chart.value(kKind).toString());
    const QJsonObject candles = chart.value(kCandles).toObject();
    // Compared as doubles: a value out of qint64's range must not be converted.
    const double interval = candles.value(kIntervalMs).toDouble(double(s.candleIntervalMs));
    for (qint64 choice : CandleAggregator::intervalChoices()) {
        if (double(choice) == interval)
            s.candleIntervalMs = choice;
    }
    s.volumeField = candles.value(kVolumeField).toString();
    const QJsonObject xy = chart.value(kXY).toObject();
    s.xSeries = refFromJson(xy.value(kX));
    s.ySeries = refFromJson(xy.value(kY));
    s.trailLength = std::clamp(xy.value(kTrail).toInt(s.trailLength), 2, 10000);
    s.histogramBins = std::clamp(chart.value(kHistogram).toObject().value(kBins).toInt(0), 0, 200);
    const QJsonObject gauge = chart.value(kGauge).toObject();
    s.gaugeAuto = gauge.value(kAuto).toBool(true);
    s.gaugeMin = gauge.value(kMin).toDouble(s.gaugeMin);
    s.gaugeMax = gauge.value(kMax).toDouble(s.gaugeMax);
    if (!(s.gaugeMax > s.gaugeMin))
        s.gaugeAuto = true;
    return s;
}

bool PanelSettings::operator==(const PanelSettings &o) const
{
    return kind == o.kind && candleIntervalMs == o.candleIntervalMs && volumeField == o.volumeField
        && xSeries == o.xSeries && ySeries == o.ySeries && trailLength == o.trailLength
        && histogramBins == o.histogramBins && gaugeAuto == o.gaugeAuto && gaugeMin == o.gaugeMin
        && gaugeMax == o.gaugeMax;
}
