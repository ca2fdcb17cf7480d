#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

// What a chart card shows and how: its kind and each kind's settings, as saved in the layout
// (a chart's "kind" plus one object per kind's settings; every kind's settings are kept, so
// switching back finds them). A layout without "kind" is a line chart. Plain value.
struct PanelSettings
{
    enum class Kind { Line, Candles, XY, StatTiles, Gauge, Histogram };

    // A series named as in the layout; empty: the chart's first (XY: second) checked series.
    struct SeriesRef
    {
        QString feed, key, field;
        bool isEmpty() const { return feed.isEmpty() && key.isEmpty() && field.isEmpty(); }
        bool operator==(const SeriesRef &o) const
        {
            return feed == o.feed && key == o.key && field == o.field;
        }
    };

    Kind kind = Kind::Line;
    qint64 candleIntervalMs = 60000;
    QString volumeField; // empty: no volume pane
    SeriesRef xSeries, ySeries;
    int trailLength = 200;
    int histogramBins = 0; // 0: chosen automatically
    bool gaugeAuto = true; // the range follows the series' values
    double gaugeMin = 0.0;
    double gaugeMax = 100.0;

    static QString kindKey(Kind kind); // "line", "candles", "xy", "stat", "gauge", "histogram"
    static Kind kindFromKey(const QString &key); // unknown: Line
    static const std::vector<Kind> &kinds();

    // Adds "kind" and the settings objects to a chart's layout object.
    void writeTo(QJsonObject &chart) const;
    // Reads them back; missing or malformed values keep their defaults.
    static PanelSettings readFrom(const QJsonObject &chart);
    bool operator==(const PanelSettings &o) const;
    bool operator!=(const PanelSettings &o) const { return !(*this == o); }
};
