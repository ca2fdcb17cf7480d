// The computations behind the chart kinds (issue 15, panels), without a window: candles' OHLC
// and volume from a known tick sequence (a gap, out-of-order ticks, every interval), XY
// sample-and-hold pairs, histogram bins (fixed, Freedman-Diaconis, Sturges), stat tile change
// and sparkline, gauge bands, incremental reads and the layout's panel settings.
#include "panels/candleaggregator.h"
#include "panels/gaugebands.h"
#include "panels/histogram.h"
#include "panels/panelsettings.h"
#include "panels/seriescursor.h"
#include "panels/statsummary.h"
#include "panels/xyaligner.h"

#include "store/seriesbuffer.h"

#include <QJsonDocument>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {
constexpr double kHourMs = 3600000.0;
constexpr double kT0 = 1795687200000.0; // on an hour boundary

struct Tick
{
    double offsetMs, price, volume;
};

// In arrival order: a silent second (1..2 s), a tick older than its candle's first (2050),
// one into an earlier candle (500), one inside a candle before its newest (3200).
const std::vector<Tick> kTicks {
    { 100, 10, 1 },  { 400, 12, 2 },  { 700, 9, 1 },   { 950, 11, 3 },
    { 2100, 20, 1 }, { 2050, 19, 1 }, { 2900, 18, 1 }, { 3500, 30, 1 },
    { 500, 13, 1 },  { 3200, 29, 1 }, { 7000, 40, 2 }, { kHourMs - 1, 5, 1 },
};

// start offset, open, high, low, close, volume, ticks
using CandleRow = std::array<double, 7>;
} // namespace

Q_DECLARE_METATYPE(std::vector<CandleRow>)

class TestPanels : public QObject
{
    Q_OBJECT

private slots:
    void candles_data();
    void candles();
    void candleIntervalChangeForgets();
    void candlesKeepNewest();
    void xyAlignmentSampleAndHold();
    void xyTrailKeepsLastN();
    void histogramFixedBins();
    void histogramAutoFreedmanDiaconis();
    void histogramAutoSturgesWhenNoSpread();
    void histogramOutlierCapsBins();
    void histogramAllEqual();
    void statChange();
    void statSummaryOverWindow();
    void gaugeBandsFromThresholds();
    void gaugeNiceRange();
    void cursorReadsOnlyNewSamples();
    void cursorNoticesBufferWentBack();
    void settingsRoundTrip();
    void settingsOldLayoutIsLine();
};

void TestPanels::candles_data()
{
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<std::vector<CandleRow>>("expected");
    QTest::newRow("1 s") << qint64(1000)
                         << std::vector<CandleRow> { { 0, 10, 13, 9, 11, 8, 5 },
                                                     { 2000, 19, 20, 18, 18, 3, 3 },
                                                     { 3000, 29, 30, 29, 30, 2, 2 },
                                                     { 7000, 40, 40, 40, 40, 2, 1 },
                                                     { kHourMs - 1000, 5, 5, 5, 5, 1, 1 } };
    QTest::newRow("5 s") << qint64(5000)
                         << std::vector<CandleRow> { { 0, 10, 30, 9, 30, 13, 10 },
                                                     { 5000, 40, 40, 40, 40, 2, 1 },
                                                     { kHourMs - 5000, 5, 5, 5, 5, 1, 1 } };
    QTest::newRow("1 min") << qint64(60000)
                           << std::vector<CandleRow> { { 0, 10, 40, 9, 40, 15, 11 },
                                                       { kHourMs - 60000, 5, 5, 5, 5, 1, 1 } };
    QTest::newRow("5 min") << qint64(300000)
                           << std::vector<CandleRow> { { 0, 10, 40, 9, 40, 15, 11 },
                                                       { kHourMs - 300000, 5, 5, 5, 5, 1, 1 } };
    QTest::newRow("1 h") << qint64(3600000)
                         << std::vector<CandleRow> { { 0, 10, 40, 5, 5, 16, 12 } };
}

void TestPanels::candles()
{
    QFETCH(qint64, intervalMs);
    QFETCH(std::vector<CandleRow>, expected);
    CandleAggregator aggregator(intervalMs);
    quint64 revision = aggregator.revision();
    for (const Tick &tick : kTicks) {
        aggregator.addPrice(kT0 + tick.offsetMs, tick.price);
        aggregator.addVolume(kT0 + tick.offsetMs, tick.volume);
        QVERIFY(aggregator.revision() > revision); // the forming candle changed
        revision = aggregator.revision();
    }
    const std::deque<Candle> &candles = aggregator.candles();
    QCOMPARE(candles.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const Candle &c = candles[i];
        const CandleRow &e = expected[i];
        QCOMPARE(c.startMs, kT0 + e[0]);
        QCOMPARE(c.open, e[1]);
        QCOMPARE(c.high, e[2]);
        QCOMPARE(c.low, e[3]);
        QCOMPARE(c.close, e[4]);
        QCOMPARE(c.volume, e[5]);
        QCOMPARE(c.ticks, int(e[6]));
    }
}

void TestPanels::candleIntervalChangeForgets()
{
    CandleAggregator aggregator(1000);
    aggregator.addPrice(kT0, 1.0);
    aggregator.addPrice(kT0 + 1500, 2.0);
    QCOMPARE(aggregator.candles().size(), size_t(2));
    aggregator.setIntervalMs(5000);
    QVERIFY(aggregator.candles().empty());
    QCOMPARE(aggregator.intervalMs(), qint64(5000));
    QCOMPARE(CandleAggregator::intervalChoices(),
             (std::vector<qint64> { 1000, 5000, 60000, 300000, 3600000 }));
}

void TestPanels::candlesKeepNewest()
{
    CandleAggregator aggregator(1000, 3);
    for (int i = 0; i < 5; ++i)
        aggregator.addPrice(kT0 + i * 1000.0, double(i));
    QCOMPARE(aggregator.candles().size(), size_t(3));
    QCOMPARE(aggregator.candles().front().startMs, kT0 + 2000);
    // A tick for a candle already let go is not a new candle at the front.
    aggregator.addPrice(kT0, 99.0);
    QCOMPARE(aggregator.candles().size(), size_t(3));
    QCOMPARE(aggregator.candles().front().open, 2.0);
}

void TestPanels::xyAlignmentSampleAndHold()
{
    XYAligner aligner(100);
    // Fed in two parts; Y's sample at 10 comes a part later than X's (one record, read late).
    aligner.add({ { 0, 1 }, { 10, 2 } }, { { 5, 100 } });
    aligner.add({ { 30, 3 } }, { { 10, 200 }, { 20, 300 }, { 40, 400 } });
    const std::deque<XYPoint> &points = aligner.points();
    const std::vector<std::array<double, 3>> expected {
        { 5, 1, 100 }, { 10, 2, 200 }, { 20, 2, 300 }, { 30, 3, 300 }, { 40, 3, 400 }
    };
    QCOMPARE(points.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(points[i].timeMs, expected[i][0]);
        QCOMPARE(points[i].x, expected[i][1]);
        QCOMPARE(points[i].y, expected[i][2]);
    }
}

void TestPanels::xyTrailKeepsLastN()
{
    XYAligner aligner(3);
    aligner.add({ { 0, 1 }, { 10, 2 }, { 30, 3 } }, { { 5, 100 }, { 20, 300 }, { 40, 400 } });
    QCOMPARE(aligner.points().size(), size_t(3));
    QCOMPARE(aligner.points().front().timeMs, 20.0);
    QCOMPARE(aligner.points().back().y, 400.0);
    aligner.setTrailLength(2);
    QCOMPARE(aligner.points().size(), size_t(2));
    QCOMPARE(aligner.points().front().timeMs, 30.0);
    aligner.clear();
    aligner.add({ { 50, 9 } }, {});
    QVERIFY(aligner.points().empty()); // Y's held value went with clear()
}

void TestPanels::histogramFixedBins()
{
    std::vector<double> values { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    values.push_back(std::numeric_limits<double>::quiet_NaN()); // not a value: left out
    const Histogram h = HistogramBins::build(values, 5);
    QCOMPARE(h.counts, (std::vector<int> { 2, 2, 2, 2, 3 }));
    QCOMPARE(h.min, 0.0);
    QCOMPARE(h.width, 2.0);
    QCOMPARE(h.edge(5), 10.0);
    QCOMPARE(h.total(), 11);
}

void TestPanels::histogramAutoFreedmanDiaconis()
{
    // n = 11, IQR 7 - 2 = 5: width 2 * 5 / cbrt(11) = 4.50, range 10: 3 bins.
    std::vector<double> values { 10, 0, 9, 1, 8, 2, 7, 3, 6, 4, 5 };
    std::vector<double> copy = values;
    QCOMPARE(HistogramBins::autoBinCount(copy), 3);
    const Histogram h = HistogramBins::build(values);
    QCOMPARE(h.counts, (std::vector<int> { 4, 3, 4 }));
}

void TestPanels::histogramAutoSturgesWhenNoSpread()
{
    // Quartiles both 5: no IQR, so Sturges: ceil(log2 10) + 1 = 5 bins of 1.6 over 1..9.
    const std::vector<double> values { 5, 5, 5, 5, 1, 5, 5, 5, 5, 9 };
    const Histogram h = HistogramBins::build(values);
    QCOMPARE(h.counts, (std::vector<int> { 1, 0, 8, 0, 1 }));
    QCOMPARE(h.width, 1.6);
}

void TestPanels::histogramOutlierCapsBins()
{
    // A quartile spread of 1 against a range of 1e300: Freedman-Diaconis would ask for more
    // bins than an int holds; the count stops at kMaxBins.
    std::vector<double> values { 0, 1, 2, 3, 4, 5, 6, 7, 1e300 };
    QCOMPARE(HistogramBins::autoBinCount(values), HistogramBins::kMaxBins);
    const Histogram h = HistogramBins::build({ 0, 1, 2, 3, 4, 5, 6, 7, 1e300 });
    QCOMPARE(int(h.counts.size()), HistogramBins::kMaxBins);
    QCOMPARE(h.counts.front(), 8);
    QCOMPARE(h.counts.back(), 1);
}

void TestPanels::histogramAllEqual()
{
    const Histogram h = HistogramBins::build({ 3, 3, 3 });
    QCOMPARE(h.counts, std::vector<int> { 3 });
    QCOMPARE(h.min, 2.5);
    QCOMPARE(h.width, 1.0);
    QVERIFY(HistogramBins::build({}).counts.empty());
}

void TestPanels::statChange()
{
    StatSummary s;
    StatTiles::setChange(s, 80.0, 100.0);
    QCOMPARE(s.change, 20.0);
    QCOMPARE(s.changePercent, 25.0);
    StatTiles::setChange(s, -50.0, -25.0);
    QCOMPARE(s.change, 25.0);
    QCOMPARE(s.changePercent, 50.0); // up from a negative start is an increase
    StatTiles::setChange(s, 0.0, 5.0);
    QCOMPARE(s.change, 5.0);
    QVERIFY(std::isnan(s.changePercent));
}

void TestPanels::statSummaryOverWindow()
{
    SeriesBuffer buffer(100);
    QVERIFY(!StatTiles::summarize(buffer, 5000).valid);
    const std::vector<double> values { 50, 60, 80, 40, 100, 120, 90, 95, 100, 110 };
    for (size_t i = 0; i < values.size(); ++i)
        buffer.append(kT0 + double(i) * 1000.0, values[i]);
    // The last 5 s start at 4 s: 100 -> 110.
    const StatSummary window = StatTiles::summarize(buffer, 5000, 3);
    QVERIFY(window.valid);
    QCOMPARE(window.first, 100.0);
    QCOMPARE(window.last, 110.0);
    QCOMPARE(window.change, 10.0);
    QCOMPARE(window.changePercent, 10.0);
    QCOMPARE(window.spark, (std::vector<double> { 100, 90, 110 }));
    // Everything: 50 -> 110, sparkline from samples 0, 4 and 9.
    const StatSummary all = StatTiles::summarize(buffer, 0, 3);
    QCOMPARE(all.change, 60.0);
    QCOMPARE(all.changePercent, 120.0);
    QCOMPARE(all.spark, (std::vector<double> { 50, 100, 110 }));
}

void TestPanels::gaugeBandsFromThresholds()
{
    const std::vector<GaugeScale::Band> bands = GaugeScale::bands(
        0, 100, { { 80, false, 1 }, { 90, false, 2 }, { 10, true, 0 }, { 150, false, 2 } });
    QCOMPARE(bands.size(), size_t(4));
    const std::vector<std::array<double, 3>> expected {
        { 0, 10, 0 }, { 10, 80, -1 }, { 80, 90, 1 }, { 90, 100, 2 }
    };
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(bands[i].from, expected[i][0]);
        QCOMPARE(bands[i].to, expected[i][1]);
        QCOMPARE(bands[i].severity, int(expected[i][2]));
    }
    const auto plain = GaugeScale::bands(0, 50, {});
    QCOMPARE(plain.size(), size_t(1));
    QCOMPARE(plain.front().severity, -1);
}

void TestPanels::gaugeNiceRange()
{
    double min = 0;
    double max = 0;
    GaugeScale::niceRange(3, 97, min, max);
    QCOMPARE(min, 0.0);
    QCOMPARE(max, 100.0);
    GaugeScale::niceRange(37012, 37088, min, max);
    QCOMPARE(min, 37000.0);
    QCOMPARE(max, 37100.0);
    QCOMPARE(GaugeScale::fraction(25, 0, 100), 0.25);
    QCOMPARE(GaugeScale::fraction(150, 0, 100), 1.0);
    QCOMPARE(GaugeScale::fraction(-5, 0, 100), 0.0);
}

void TestPanels::cursorReadsOnlyNewSamples()
{
    SeriesBuffer buffer(4);
    SeriesCursor cursor;
    std::vector<double> seen;
    const auto read
        = [&] { return cursor.readNew(buffer, [&](double, double v) { seen.push_back(v); }); };
    buffer.append(1, 10);
    buffer.append(2, 20);
    QVERIFY(read());
    QCOMPARE(seen, (std::vector<double> { 10, 20 }));
    QVERIFY(read());
    QCOMPARE(seen.size(), size_t(2)); // nothing new, nothing read
    // Six more into a ring of four: the two dropped unread are skipped.
    for (int i = 3; i <= 8; ++i)
        buffer.append(i, i * 10.0);
    QVERIFY(read());
    QCOMPARE(seen, (std::vector<double> { 10, 20, 50, 60, 70, 80 }));
}

void TestPanels::cursorNoticesBufferWentBack()
{
    SeriesBuffer buffer(100);
    SeriesCursor cursor;
    int count = 0;
    buffer.append(100, 1);
    buffer.append(200, 2);
    QVERIFY(cursor.readNew(buffer, [&](double, double) { ++count; }));
    buffer.clear();
    buffer.append(50, 3); // a replay that jumped back
    QVERIFY(!cursor.readNew(buffer, [&](double, double) { ++count; }));
    QVERIFY(cursor.readNew(buffer, [&](double, double v) {
        ++count;
        QCOMPARE(v, 3.0);
    }));
    QCOMPARE(count, 3);
}

void TestPanels::settingsRoundTrip()
{
    for (PanelSettings::Kind kind : PanelSettings::kinds()) {
        PanelSettings s;
        s.kind = kind;
        s.candleIntervalMs = 5000;
        s.volumeField = QStringLiteral("/q");
        s.xSeries = { QStringLiteral("trades"), QStringLiteral("BTC"), QStringLiteral("/p") };
        s.ySeries = { QStringLiteral("trades"), QStringLiteral("ETH"), QStringLiteral("/p") };
        s.trailLength = 50;
        s.histogramBins = 12;
        s.gaugeAuto = false;
        s.gaugeMin = -5;
        s.gaugeMax = 25;
        QJsonObject chart { { QStringLiteral("windowMs"), 60000.0 } };
        s.writeTo(chart);
        // Through text, as the profile stores it.
        const QJsonObject back = QJsonDocument::fromJson(QJsonDocument(chart).toJson()).object();
        QCOMPARE(back.value(QStringLiteral("kind")).toString(), PanelSettings::kindKey(kind));
        QVERIFY(PanelSettings::readFrom(back) == s);
        QCOMPARE(back.value(QStringLiteral("windowMs")).toDouble(), 60000.0); // kept
    }
    QCOMPARE(PanelSettings::kindKey(PanelSettings::Kind::StatTiles), QStringLiteral("stat"));
}

void TestPanels::settingsOldLayoutIsLine()
{
    const PanelSettings old = PanelSettings::readFrom(QJsonObject {
        { QStringLiteral("series"), QJsonArray() }, { QStringLiteral("windowMs"), 60000.0 } });
    QVERIFY(old == PanelSettings());
    QVERIFY(old.kind == PanelSettings::Kind::Line);
    // Malformed settings keep their defaults.
    const PanelSettings odd = PanelSettings::readFrom(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("pie") },
        { QStringLiteral("candles"), QJsonObject { { QStringLiteral("intervalMs"), 1e300 } } },
        { QStringLiteral("gauge"),
          QJsonObject { { QStringLiteral("auto"), false },
                        { QStringLiteral("min"), 5 },
                        { QStringLiteral("max"), 1 } } } });
    QVERIFY(odd.kind == PanelSettings::Kind::Line);
    QCOMPARE(odd.candleIntervalMs, qint64(60000));
    QVERIFY(odd.gaugeAuto); // min above max: back to automatic
}

QTEST_APPLESS_MAIN(TestPanels)
#include "tst_panels.moc"
