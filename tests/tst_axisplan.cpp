// Tests the chart's pure axis decisions (AxisPlan) and the outage record (FeedOutages), with
// no window: which series of one field share a value axis, how precise time labels are for a
// visible span, and when a feed's connection losses start and end.
#include "store/axisplan.h"
#include "store/feedoutages.h"
#include "store/seriesbuffer.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using Doubles = std::vector<double>;
using Ints = std::vector<int>;
Q_DECLARE_METATYPE(Doubles)
Q_DECLARE_METATYPE(Ints)

class TestAxisPlan : public QObject
{
    Q_OBJECT

private slots:
    void groupByMagnitude_data();
    void groupByMagnitude();
    void typicalMagnitudeIgnoresSpikes();
    void timeLabelFormat_data();
    void timeLabelFormat();
    void timeTicksAtRoundTimes_data();
    void timeTicksAtRoundTimes();
    void timeTicksFollowTheRoom();
    void timeTicksAlignLongStepsToLocalTime();
    void valueRange_data();
    void valueRange();
    void valueRangeHoldsStillOnALiveFeed_data();
    void valueRangeHoldsStillOnALiveFeed();
    void outageStartsWhenAnOpenFeedDrops();
    void outagesAreBounded();
};

void TestAxisPlan::groupByMagnitude_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::addColumn<Doubles>("magnitudes");
    QTest::addColumn<Ints>("groups");
    QTest::newRow("empty") << Doubles {} << Ints {};
    QTest::newRow("one") << Doubles { 37000.0 } << Ints { 0 };
    QTest::newRow("btc and eth, 18x apart") << Doubles { 37000.25, 2000.5 } << Ints { 0, 1 };
    QTest::newRow("eth first keeps axis 0") << Doubles { 2000.5, 37000.25 } << Ints { 0, 1 };
    QTest::newRow("six demo prices share one")
        << Doubles { 182.4, 143.1, 121.75, 164.2, 198.05, 132.6 } << Ints { 0, 0, 0, 0, 0, 0 };
    QTest::newRow("exactly 10x still shares") << Doubles { 10.0, 100.0 } << Ints { 0, 0 };
    QTest::newRow("just over 10x splits") << Doubles { 10.0, 100.5 } << Ints { 0, 1 };
    QTest::newRow("three orders") << Doubles { 0.002, 2000.0, 37000.0, 0.05, 2500.0 }
                                  << Ints { 0, 1, 2, 3, 1 };
    QTest::newRow("negative values by size")
        << Doubles { -37000.0, 36000.0, -2.0 } << Ints { 0, 0, 1 };
    QTest::newRow("zero joins the smallest") << Doubles { 0.0, 5.0, 1000.0 } << Ints { 0, 0, 1 };
    QTest::newRow("all zero") << Doubles { 0.0, 0.0 } << Ints { 0, 0 };
    QTest::newRow("unknown goes to group 0")
        << Doubles { nan, 37000.0, 2000.0 } << Ints { 0, 0, 1 };
    QTest::newRow("only unknown") << Doubles { nan, nan } << Ints { 0, 0 };
    QTest::newRow("chain measured from the group's smallest")
        << Doubles { 1.0, 9.0, 11.0, 95.0 } << Ints { 0, 0, 1, 1 };
}

void TestAxisPlan::groupByMagnitude()
{
    QFETCH(Doubles, magnitudes);
    QFETCH(Ints, groups);
    QCOMPARE(AxisPlan::groupByMagnitude(magnitudes), groups);
}

void TestAxisPlan::typicalMagnitudeIgnoresSpikes()
{
    SeriesBuffer buffer(1000);
    QVERIFY(std::isnan(AxisPlan::typicalMagnitude(buffer)));
    for (int i = 0; i < 100; ++i)
        buffer.append(i, i == 50 ? 1e9 : -2000.0 - i % 3);
    QCOMPARE(AxisPlan::typicalMagnitude(buffer), 2001.0);
    buffer.append(200, std::numeric_limits<double>::quiet_NaN());
    QVERIFY(std::isnan(AxisPlan::typicalMagnitude(buffer, 1)));
}

void TestAxisPlan::timeLabelFormat_data()
{
    QTest::addColumn<double>("spanMs");
    QTest::addColumn<QString>("format");
    const QString ms = QStringLiteral("hh:mm:ss.zzz");
    const QString seconds = QStringLiteral("hh:mm:ss");
    QTest::newRow("zoomed to 800 ms") << 800.0 << ms;
    QTest::newRow("2 s of data") << 2000.0 << ms;
    QTest::newRow("10 s window") << 10000.0 << ms;
    QTest::newRow("ticks exactly 2 s apart") << 12000.0 << seconds;
    QTest::newRow("1 min window") << 60000.0 << seconds;
    QTest::newRow("1 h window") << 3600000.0 << seconds;
    QTest::newRow("two days") << 2.0 * 86400000.0 << QStringLiteral("MM-dd hh:mm");
}

void TestAxisPlan::timeLabelFormat()
{
    QFETCH(double, spanMs);
    QFETCH(QString, format);
    QCOMPARE(AxisPlan::timeLabelFormat(spanMs, 7), format);
}

void TestAxisPlan::timeTicksAtRoundTimes_data()
{
    // Labels 60 px wide over a 1200 px plot: at most 13 ticks (90 px each).
    QTest::addColumn<double>("fromMs");
    QTest::addColumn<double>("spanMs");
    QTest::addColumn<double>("stepMs");
    QTest::addColumn<QString>("format");
    const double t0 = 1764700000123.0; // an odd time: ticks must not start there
    QTest::newRow("1 min window") << t0 << 60000.0 << 5000.0 << QStringLiteral("hh:mm:ss");
    QTest::newRow("10 s window") << t0 << 10000.0 << 1000.0 << QStringLiteral("hh:mm:ss");
    QTest::newRow("zoomed to 500 ms") << t0 << 500.0 << 50.0 << QStringLiteral("hh:mm:ss.zzz");
    QTest::newRow("zoomed to 7 ms") << t0 << 7.0 << 1.0 << QStringLiteral("hh:mm:ss.zzz");
    QTest::newRow("1 h") << t0 << 3600000.0 << 300000.0 << QStringLiteral("hh:mm");
    QTest::newRow("24 h and a bit")
        << t0 << 86400000.0 + 1.0 << 7200000.0 << QStringLiteral("MM-dd hh:mm");
    QTest::newRow("30 days") << t0 << 30.0 * 86400000.0 << 7.0 * 86400000.0
                             << QStringLiteral("yyyy-MM-dd");
}

void TestAxisPlan::timeTicksAtRoundTimes()
{
    QFETCH(double, fromMs);
    QFETCH(double, spanMs);
    QFETCH(double, stepMs);
    QFETCH(QString, format);
    const AxisPlan::TimeTicks ticks = AxisPlan::timeTicks(
        fromMs, fromMs + spanMs, 1200.0, [](const QString &) { return 60.0; }, 0.0);
    QCOMPARE(ticks.stepMs, stepMs);
    QCOMPARE(ticks.format, format);
    QVERIFY(!ticks.timesMs.empty());
    QVERIFY(double(ticks.timesMs.size()) * 90.0 <= 1200.0 + 90.0);
    for (size_t i = 0; i < ticks.timesMs.size(); ++i) {
        const double t = ticks.timesMs[i];
        QVERIFY2(t >= fromMs && t <= fromMs + spanMs, qPrintable(QString::number(t, 'f', 0)));
        QCOMPARE(std::fmod(t, stepMs), 0.0); // a multiple of the step: a round time
        if (i > 0)
            QCOMPARE(t - ticks.timesMs[i - 1], stepMs);
    }
    // Every round time of the range is there: none skipped at either end.
    QVERIFY(ticks.timesMs.front() - stepMs < fromMs);
    QVERIFY(ticks.timesMs.back() + stepMs > fromMs + spanMs);
}

void TestAxisPlan::timeTicksFollowTheRoom()
{
    // Wider labels or a narrower plot: fewer, coarser ticks; never overlapping labels.
    const auto width = [](double px) { return [px](const QString &) { return px; }; };
    const double from = 1764700000000.0;
    const auto wide = AxisPlan::timeTicks(from, from + 60000.0, 1200.0, width(60.0), 0.0);
    const auto narrow = AxisPlan::timeTicks(from, from + 60000.0, 300.0, width(60.0), 0.0);
    const auto long_ = AxisPlan::timeTicks(from, from + 60000.0, 1200.0, width(200.0), 0.0);
    QVERIFY(narrow.stepMs > wide.stepMs);
    QVERIFY(long_.stepMs > wide.stepMs);
    for (const auto &ticks : { wide, narrow, long_ })
        QVERIFY(!ticks.timesMs.empty());
    QVERIFY(double(narrow.timesMs.size()) * 90.0 <= 300.0 + 90.0);
    // Nothing to lay out: no ticks, and no endless loop.
    QVERIFY(AxisPlan::timeTicks(from, from, 1200.0, width(60.0), 0.0).timesMs.empty());
    QVERIFY(AxisPlan::timeTicks(from, from + 1000.0, 0.0, width(60.0), 0.0).timesMs.empty());
}

void TestAxisPlan::timeTicksAlignLongStepsToLocalTime()
{
    // UTC+05:30: hourly ticks fall on the local hour (xx:30 UTC), minute ticks on the minute.
    const double offset = 5.5 * 3600000.0;
    const double from = 1764700000000.0;
    const auto hours = AxisPlan::timeTicks(
        from, from + 12 * 3600000.0, 1200.0, [](const QString &) { return 60.0; }, offset);
    QVERIFY(hours.stepMs >= 3600000.0);
    for (double t : hours.timesMs)
        QCOMPARE(std::fmod(t + offset, hours.stepMs), 0.0);
    const auto minutes = AxisPlan::timeTicks(
        from, from + 600000.0, 1200.0, [](const QString &) { return 60.0; }, offset);
    QVERIFY(minutes.stepMs < 3600000.0);
    for (double t : minutes.timesMs)
        QCOMPARE(std::fmod(t, minutes.stepMs), 0.0);
}

void TestAxisPlan::valueRange_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<double>("currentMin");
    QTest::addColumn<double>("currentMax");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    // No range yet: the data and 5 % of its span either side.
    QTest::newRow("first") << 10.0 << 20.0 << 0.0 << 0.0 << 9.5 << 20.5;
    // A flat line: a band of 1 % of its value (at least 1) around it.
    QTest::newRow("flat") << 500.0 << 500.0 << 0.0 << 0.0 << 499.75 << 500.25;
    QTest::newRow("flat near 0") << 0.0 << 0.0 << 0.0 << 0.0 << -0.05 << 0.05;
    // Inside the current range, which is not much wider than needed: kept.
    QTest::newRow("kept") << 11.0 << 19.0 << 9.5 << 20.5 << 9.5 << 20.5;
    QTest::newRow("kept at the edges") << 9.5 << 20.5 << 9.5 << 20.5 << 9.5 << 20.5;
    QTest::newRow("kept, twice the need") << 10.0 << 20.0 << 4.5 << 26.5 << 4.5 << 26.5;
    // Out of it on either side: refitted.
    // Out of it on either side: refitted, with room on the side the data left by.
    QTest::newRow("above") << 10.0 << 20.6 << 9.5 << 20.5 << 9.47 << 22.72;
    QTest::newRow("below") << 9.4 << 20.0 << 9.5 << 20.5 << 7.28 << 20.53;
    // Far wider than the data needs (a spike left the window): refitted.
    QTest::newRow("too wide") << 10.0 << 20.0 << 0.0 << 100.0 << 9.5 << 20.5;
    QTest::newRow("flat in a wide range") << 500.0 << 500.0 << 0.0 << 1000.0 << 499.75 << 500.25;
}

void TestAxisPlan::valueRange()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(double, currentMin);
    QFETCH(double, currentMax);
    QFETCH(double, min);
    QFETCH(double, max);
    const AxisPlan::ValueRange range = AxisPlan::valueRange(lo, hi, { currentMin, currentMax });
    QVERIFY2(qAbs(range.min - min) < 1e-9 && qAbs(range.max - max) < 1e-9,
             qPrintable(QStringLiteral("%1..%2").arg(range.min).arg(range.max)));
}

void TestAxisPlan::valueRangeHoldsStillOnALiveFeed_data()
{
    QTest::addColumn<double>("drift");
    QTest::newRow("random walk") << 0.0;
    QTest::newRow("slow trend") << 0.002;
    QTest::newRow("steep trend") << 0.01;
}

void TestAxisPlan::valueRangeHoldsStillOnALiveFeed()
{
    // A random walk, with or without a trend, seen through a sliding window of 600 samples,
    // one repaint per 20 samples: the axis moves on a few repaints, not on most (it moved on
    // every one before; on the steep trend, without room left on the exit side, on 39 %).
    QFETCH(double, drift);
    std::vector<double> walk(20000);
    quint32 state = 12345;
    double value = 100.0;
    for (double &v : walk) {
        state = state * 1664525u + 1013904223u;
        value += (double(state >> 8) / double(1u << 24) - 0.5) * 0.2 + drift;
        v = value;
    }
    AxisPlan::ValueRange shown;
    int repaints = 0;
    int moves = 0;
    for (size_t end = 600; end <= walk.size(); end += 20) {
        const auto [lo, hi] = std::minmax_element(walk.begin() + (end - 600), walk.begin() + end);
        const AxisPlan::ValueRange next = AxisPlan::valueRange(*lo, *hi, shown);
        // Whatever it decides, every visible sample is on the chart, which is never more than
        // twice as tall as the data needs.
        QVERIFY(next.min <= *lo && *hi <= next.max);
        QVERIFY(next.max - next.min <= 2.0 * (*hi - *lo) * (1.0 + 2 * AxisPlan::kValuePadding));
        moves += next.min != shown.min || next.max != shown.max;
        ++repaints;
        shown = next;
    }
    QVERIFY2(moves * 5 < repaints, qPrintable(QStringLiteral("%1 of %2").arg(moves).arg(repaints)));
}

void TestAxisPlan::outageStartsWhenAnOpenFeedDrops()
{
    FeedOutages outages;
    FeedStats stats;
    stats.feed = QStringLiteral("trades");
    stats.state = FeedState::Connecting;
    outages.update(stats, 1000.0);
    QVERIFY(outages.spans(stats.feed).empty()); // never open: nothing lost yet
    stats.state = FeedState::Open;
    outages.update(stats, 2000.0);
    QVERIFY(outages.spans(stats.feed).empty());
    const quint64 before = outages.revision();

    stats.state = FeedState::Reconnecting;
    outages.update(stats, 3000.0);
    stats.state = FeedState::Connecting; // still out: the same outage
    outages.update(stats, 3500.0);
    QCOMPARE(outages.spans(stats.feed).size(), size_t(1));
    QVERIFY(outages.spans(stats.feed).front().isOpen());
    QCOMPARE(outages.spans(stats.feed).front().fromMs, 3000.0);
    QVERIFY(outages.revision() != before);

    stats.state = FeedState::Open;
    outages.update(stats, 4200.0);
    outages.update(stats, 4300.0);
    QCOMPARE(outages.spans(stats.feed).size(), size_t(1));
    QCOMPARE(outages.spans(stats.feed).front().toMs, 4200.0);
    QVERIFY(!outages.spans(stats.feed).front().isOpen());
    QVERIFY(outages.spans(QStringLiteral("other")).empty());

    stats.state = FeedState::Closed;
    outages.update(stats, 5000.0);
    QCOMPARE(outages.spans(stats.feed).size(), size_t(2));
    outages.clear();
    QVERIFY(outages.spans(stats.feed).empty());
}

void TestAxisPlan::outagesAreBounded()
{
    FeedOutages outages;
    FeedStats stats;
    stats.feed = QStringLiteral("flaky");
    for (int i = 0; i < FeedOutages::kMaxSpansPerFeed + 50; ++i) {
        stats.state = FeedState::Open;
        outages.update(stats, i * 10.0);
        stats.state = FeedState::Reconnecting;
        outages.update(stats, i * 10.0 + 5.0);
    }
    QCOMPARE(outages.spans(stats.feed).size(), size_t(FeedOutages::kMaxSpansPerFeed));
    QCOMPARE(outages.spans(stats.feed).back().fromMs,
             (FeedOutages::kMaxSpansPerFeed + 49) * 10.0 + 5.0);
}

QTEST_APPLESS_MAIN(TestAxisPlan)
#include "tst_axisplan.moc"
