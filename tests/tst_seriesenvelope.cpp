// SeriesEnvelope: the min/max level-of-detail tiers that keep a whole run drawable after the
// raw buffer dropped its older samples, in bounded memory.
#include "store/seriesstore.h"
#include "store/seriesenvelope.h"

#include <QtTest>

#include <cmath>

class TestSeriesEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsHoldMinAndMax();
    void envelopeCoversEveryColumnWidth_data();
    void envelopeCoversEveryColumnWidth();
    void coarserTierTakesOverWhatTheFinerForgot();
    void memoryStaysBounded();
    void silenceBreaksTheLine();
    void nonFiniteIsIgnored();
    void storeKeepsTheWholeRunAfterTheBufferDropped();
};

namespace {
constexpr double kStartMs = 1795687200000.0; // 2026-11-26T10:00:00Z

// A saw tooth: 0..999 over each second, so every 100 ms bucket spans 100 known values.
double saw(qint64 i)
{
    return double(i % 1000);
}
} // namespace

void TestSeriesEnvelope::bucketsHoldMinAndMax()
{
    SeriesEnvelope envelope;
    for (qint64 i = 0; i < 1000; ++i) // one second at 1 kHz
        envelope.append(kStartMs + double(i), saw(i));
    // Ten tier-0 buckets of 100 ms; the first nine closed into tier 1 (400 ms buckets).
    QCOMPARE(envelope.tier(0).size(), size_t(10));
    const auto &first = envelope.tier(0).front();
    QCOMPARE(first.min, 0.0);
    QCOMPARE(first.max, 99.0);
    QCOMPARE(envelope.tier(0).back().min, 900.0);
    QCOMPARE(envelope.tier(0).back().max, 999.0);
    QCOMPARE(envelope.tier(1).size(), size_t(3)); // 0-400, 400-800, 800-900 (so far)
    QCOMPARE(envelope.tier(1).front().max, 399.0);
    QCOMPARE(envelope.tier(1).back().min, 800.0);
    QCOMPARE(envelope.tier(1).back().max, 899.0);
    QCOMPARE(envelope.firstTimeMs(), kStartMs);
}

void TestSeriesEnvelope::envelopeCoversEveryColumnWidth_data()
{
    QTest::addColumn<double>("columnMs");
    QTest::newRow("100 ms") << 100.0;
    QTest::newRow("1 s") << 1000.0;
    QTest::newRow("7 s") << 7000.0;
    QTest::newRow("1 min") << 60000.0;
}

void TestSeriesEnvelope::envelopeCoversEveryColumnWidth()
{
    QFETCH(double, columnMs);
    SeriesEnvelope envelope;
    // Ten minutes at 1 kHz: a saw tooth, plus one spike and one dip to find again.
    const qint64 n = 600'000;
    for (qint64 i = 0; i < n; ++i) {
        double v = saw(i);
        if (i == 123'456)
            v = 5000.0;
        if (i == 456'789)
            v = -5000.0;
        envelope.append(kStartMs + double(i), v);
    }
    QList<QPointF> points;
    envelope.appendPoints(kStartMs, kStartMs + double(n), columnMs, 0.0, points);
    QVERIFY(!points.isEmpty());
    double lo = INFINITY, hi = -INFINITY;
    for (const QPointF &p : std::as_const(points)) {
        QVERIFY(std::isfinite(p.y())); // no silence: no break
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
    QCOMPARE(hi, 5000.0); // a one-sample spike survives any zoom level
    QCOMPARE(lo, -5000.0);
    // At most two points a column, spread over the whole run, in time order.
    const double columns = std::ceil(double(n) / columnMs) + 1;
    QVERIFY2(points.size() <= qsizetype(2 * columns), qPrintable(QString::number(points.size())));
    QVERIFY(points.front().x() < kStartMs + std::max(columnMs, 100.0));
    QVERIFY(points.back().x() > kStartMs + double(n) - 2 * std::max(columnMs, 400.0));
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points[i].x() >= points[i - 1].x());
}

void TestSeriesEnvelope::coarserTierTakesOverWhatTheFinerForgot()
{
    SeriesEnvelope envelope;
    // Tier 0 holds 32,768 buckets of 100 ms (about 55 min); feed two hours at 10 Hz.
    const qint64 n = 2 * 3600 * 10;
    for (qint64 i = 0; i < n; ++i)
        envelope.append(kStartMs + double(i) * 100.0, i == 5 ? 77.0 : 1.0);
    QCOMPARE(qsizetype(envelope.tier(0).size()), SeriesEnvelope::kMaxBuckets);
    QVERIFY(envelope.tierStartMs(0) > kStartMs + 3600'000.0);
    QCOMPARE(envelope.tierStartMs(1), kStartMs); // tier 1 still reaches the start
    QCOMPARE(envelope.firstTimeMs(), kStartMs);
    // Asked for fine columns from the very start, the envelope comes from a tier that has it.
    QList<QPointF> points;
    envelope.appendPoints(kStartMs, kStartMs + 60'000.0, 100.0, 0.0, points);
    QVERIFY(!points.isEmpty());
    QVERIFY(points.front().x() < kStartMs + 400.0);
    bool spike = false;
    for (const QPointF &p : std::as_const(points))
        spike = spike || p.y() == 77.0;
    QVERIFY(spike);
}

void TestSeriesEnvelope::memoryStaysBounded()
{
    SeriesEnvelope envelope;
    // Thirty days at one sample a second: 2.6 M samples, 26 M tier-0 buckets' worth of time.
    for (qint64 i = 0; i < 30 * 86'400; ++i)
        envelope.append(kStartMs + double(i) * 1000.0, double(i % 60));
    const qsizetype bound = SeriesEnvelope::kTiers * SeriesEnvelope::kMaxBuckets
        * qsizetype(sizeof(SeriesEnvelope::Bucket));
    QVERIFY(envelope.memoryBytes() <= bound);
    QVERIFY(envelope.memoryBytes() > 0);
    // The coarsest tiers still see day one.
    QVERIFY(envelope.tierStartMs(0) > kStartMs + 29.0 * 86'400'000.0); // tier 0 forgot
    QCOMPARE(envelope.firstTimeMs(), kStartMs);
}

void TestSeriesEnvelope::silenceBreaksTheLine()
{
    SeriesEnvelope envelope;
    for (qint64 i = 0; i < 1000; ++i)
        envelope.append(kStartMs + double(i), 1.0);
    for (qint64 i = 0; i < 1000; ++i) // a minute of silence, then more
        envelope.append(kStartMs + 61'000.0 + double(i), 2.0);
    QList<QPointF> points;
    envelope.appendPoints(kStartMs, kStartMs + 62'000.0, 100.0, 5000.0, points);
    int breaks = 0;
    for (const QPointF &p : std::as_const(points))
        breaks += std::isnan(p.y()) ? 1 : 0;
    QCOMPARE(breaks, 1);
}

void TestSeriesEnvelope::nonFiniteIsIgnored()
{
    SeriesEnvelope envelope;
    envelope.append(kStartMs, std::nan(""));
    envelope.append(kStartMs, INFINITY);
    QVERIFY(envelope.isEmpty());
    envelope.append(kStartMs, 3.0);
    QCOMPARE(envelope.tier(0).front().max, 3.0);
}

void TestSeriesEnvelope::storeKeepsTheWholeRunAfterTheBufferDropped()
{
    SeriesStore store(1000); // a buffer of 1,000 samples per series
    SeriesInfo info;
    info.id = 0;
    info.feed = QStringLiteral("sensors");
    info.field = QStringLiteral("/t");
    store.addSeries(info);
    for (qint64 i = 0; i < 100'000; ++i)
        store.append(SamplePoint { 0, kStartMs + double(i), i == 10 ? 999.0 : 1.0 });
    QCOMPARE(store.buffer(0).size(), 1000);
    QVERIFY(store.buffer(0).dropped() > 0);
    QCOMPARE(store.envelope(0).firstTimeMs(), kStartMs);
    QList<QPointF> points;
    store.envelope(0).appendPoints(kStartMs, kStartMs + 100'000.0, 1000.0, 0.0, points);
    QCOMPARE(points.front().y(), 1.0);
    QCOMPARE(points.at(1).y(), 999.0); // the spike the buffer dropped long ago
    QVERIFY(store.envelopeBytes() > 0);
    store.clearSamples();
    QVERIFY(store.envelope(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestSeriesEnvelope)
#include "tst_seriesenvelope.moc"
