// Tests IncrementalDecimator, the chart's per-line decimation: each column's minimum and
// maximum survive (spikes stay visible), the output is bounded by the column count whatever
// the retained size, a tick folds in only the new samples, the result equals a decimation
// from scratch after appends, ring drops and window changes, and silences become NaN breaks.
#include "incrementaldecimator.h"

#include "store/seriesbuffer.h"

#include <QtTest>

#include <cmath>

namespace {
constexpr double kStartMs = 1795687200000.0;

double wave(qsizetype i)
{
    return std::sin(double(i) * 0.01) * 10.0 + double(i % 7);
}

void fill(SeriesBuffer &buffer, qsizetype from, qsizetype to, double stepMs)
{
    for (qsizetype i = from; i < to; ++i)
        buffer.append(kStartMs + double(i) * stepMs, wave(i));
}

QList<QPointF> fresh(const SeriesBuffer &buffer, double fromMs, double toMs, int columns,
                     double gapMs = 0.0)
{
    IncrementalDecimator decimator;
    QList<QPointF> out;
    decimator.update(buffer, fromMs, toMs, columns, gapMs, out);
    return out;
}

bool samePoints(const QList<QPointF> &a, const QList<QPointF> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const bool bothNan = std::isnan(a[i].y()) && std::isnan(b[i].y());
        if (a[i].x() != b[i].x() || (!bothNan && a[i].y() != b[i].y()))
            return false;
    }
    return true;
}
} // namespace

class TestIncrementalDecimator : public QObject
{
    Q_OBJECT

private slots:
    void spikesAndExtremesSurvive();
    void outputBoundedByColumns_data();
    void outputBoundedByColumns();
    void appendsFoldOnlyNewSamples();
    void equalsFromScratchAfterRingDrops();
    void windowChangeRebuilds();
    void silenceBecomesNaN();
    void smallInputIsExact();
    void emptyAndDegenerate();
};

void TestIncrementalDecimator::spikesAndExtremesSurvive()
{
    SeriesBuffer buffer(200000);
    fill(buffer, 0, 200000, 1.0);
    // A one-sample spike each way in the middle.
    SeriesBuffer spiky(200001);
    for (qsizetype i = 0; i < 200000; ++i)
        spiky.append(kStartMs + double(i), i == 123456 ? 1000.0 : i == 54321 ? -1000.0 : wave(i));
    QList<QPointF> out;
    IncrementalDecimator decimator;
    decimator.update(spiky, kStartMs, kStartMs + 199999, 500, 0.0, out);
    QVERIFY(out.contains(QPointF(kStartMs + 123456, 1000.0)));
    QVERIFY(out.contains(QPointF(kStartMs + 54321, -1000.0)));
    // Every column's own minimum and maximum are among the points, in time order.
    const double width = decimator.columnWidthMs();
    for (qsizetype c = 0; c < 3; ++c) {
        const double begin = std::floor(kStartMs / width) * width + double(c + 10) * width;
        double lo = INFINITY, hi = -INFINITY;
        for (qsizetype i = spiky.lowerBound(begin);
             i < spiky.size() && spiky.timeAt(i) < begin + width; ++i) {
            lo = std::min(lo, spiky.valueAt(i));
            hi = std::max(hi, spiky.valueAt(i));
        }
        const auto inColumn = [&](double value) {
            return std::any_of(out.begin(), out.end(), [&](const QPointF &p) {
                return p.x() >= begin && p.x() < begin + width && p.y() == value;
            });
        };
        QVERIFY(inColumn(lo));
        QVERIFY(inColumn(hi));
    }
    QVERIFY(std::is_sorted(out.begin(), out.end(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
}

void TestIncrementalDecimator::outputBoundedByColumns_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("columns");
    QTest::newRow("1k into 1000") << 1000 << 1000;
    QTest::newRow("100k into 800") << 100000 << 800;
    QTest::newRow("1M into 1200") << 1000000 << 1200;
    QTest::newRow("1M into 7") << 1000000 << 7;
}

void TestIncrementalDecimator::outputBoundedByColumns()
{
    QFETCH(int, samples);
    QFETCH(int, columns);
    SeriesBuffer buffer(samples);
    fill(buffer, 0, samples, 1.0);
    const QList<QPointF> out = fresh(buffer, kStartMs, kStartMs + samples - 1, columns);
    // At most two points per column, plus the columns at both edges.
    QVERIFY2(out.size() <= 2 * (columns + 3), qPrintable(QString::number(out.size())));
    QVERIFY(out.size() >= std::min(samples, columns / 2));
}

void TestIncrementalDecimator::appendsFoldOnlyNewSamples()
{
    SeriesBuffer buffer(400000);
    fill(buffer, 0, 300000, 1.0);
    IncrementalDecimator decimator;
    QList<QPointF> out;
    const double window = 3600000.0; // a window wider than the data, like "all"
    decimator.update(buffer, kStartMs, kStartMs + window, 1000, 0.0, out);
    QCOMPARE(decimator.lastFolded(), qsizetype(300000));
    fill(buffer, 300000, 300100, 1.0);
    decimator.update(buffer, kStartMs, kStartMs + window, 1000, 0.0, out);
    QCOMPARE(decimator.lastFolded(), qsizetype(100));
    QVERIFY(samePoints(out, fresh(buffer, kStartMs, kStartMs + window, 1000)));
}

void TestIncrementalDecimator::equalsFromScratchAfterRingDrops()
{
    // A rolling 10 s window over a 20,000-sample ring that wraps several times.
    SeriesBuffer buffer(20000);
    IncrementalDecimator decimator;
    QList<QPointF> out;
    qsizetype appended = 0;
    for (int tick = 0; tick < 30; ++tick) {
        fill(buffer, appended, appended + 3000, 1.0);
        appended += 3000;
        const double to = buffer.lastTime();
        decimator.update(buffer, to - 10000.0, to, 600, 0.0, out);
        QVERIFY2(samePoints(out, fresh(buffer, to - 10000.0, to, 600)),
                 qPrintable(QString::number(tick)));
        QVERIFY(decimator.lastFolded() <= 3000);
    }
}

void TestIncrementalDecimator::windowChangeRebuilds()
{
    SeriesBuffer buffer(100000);
    fill(buffer, 0, 100000, 1.0);
    IncrementalDecimator decimator;
    QList<QPointF> out;
    const double to = buffer.lastTime();
    decimator.update(buffer, to - 10000.0, to, 500, 0.0, out);
    const double narrow = decimator.columnWidthMs();
    decimator.update(buffer, to - 90000.0, to, 500, 0.0, out); // wider window, left of the old
    QVERIFY(decimator.columnWidthMs() > narrow);
    QVERIFY(samePoints(out, fresh(buffer, to - 90000.0, to, 500)));
    QVERIFY(out.constFirst().x() <= to - 90000.0 + decimator.columnWidthMs());
}

void TestIncrementalDecimator::silenceBecomesNaN()
{
    SeriesBuffer buffer(1000);
    fill(buffer, 0, 100, 10.0); // 0 .. 990 ms
    buffer.append(kStartMs + 6000, 1.0); // five seconds of silence
    buffer.append(kStartMs + 6010, 2.0);
    const QList<QPointF> out = fresh(buffer, kStartMs, kStartMs + 6010, 1000, 1000.0);
    const auto nan
        = std::find_if(out.begin(), out.end(), [](const QPointF &p) { return std::isnan(p.y()); });
    QVERIFY(nan != out.end());
    QVERIFY(nan->x() > kStartMs + 990 && nan->x() < kStartMs + 6000);
    QCOMPARE(
        std::count_if(out.begin(), out.end(), [](const QPointF &p) { return std::isnan(p.y()); }),
        1);
    // The same through columns: 100,000 samples into 200 columns, with a 20 s silence.
    SeriesBuffer dense(200000);
    fill(dense, 0, 100000, 1.0);
    for (qsizetype i = 0; i < 100000; ++i)
        dense.append(kStartMs + 120000.0 + double(i), wave(i));
    const QList<QPointF> columns = fresh(dense, kStartMs, dense.lastTime(), 200, 5000.0);
    QVERIFY(columns.size() <= 2 * 203);
    QCOMPARE(std::count_if(columns.begin(), columns.end(),
                           [](const QPointF &p) { return std::isnan(p.y()); }),
             1);
    const QList<QPointF> noGaps = fresh(buffer, kStartMs, kStartMs + 6010, 1000, 0.0);
    QVERIFY(std::none_of(noGaps.begin(), noGaps.end(),
                         [](const QPointF &p) { return std::isnan(p.y()); }));
}

void TestIncrementalDecimator::smallInputIsExact()
{
    // Fewer samples than columns: every sample is a point, unchanged.
    SeriesBuffer buffer(100);
    fill(buffer, 0, 50, 100.0);
    const QList<QPointF> out = fresh(buffer, kStartMs, kStartMs + 4900, 2000);
    QCOMPARE(out.size(), qsizetype(50));
    for (qsizetype i = 0; i < 50; ++i)
        QCOMPARE(out[i], QPointF(buffer.timeAt(i), buffer.valueAt(i)));
}

void TestIncrementalDecimator::emptyAndDegenerate()
{
    SeriesBuffer buffer(10);
    QList<QPointF> out { QPointF(1, 1) };
    IncrementalDecimator decimator;
    decimator.update(buffer, 0, 1000, 100, 0.0, out);
    QVERIFY(out.isEmpty()); // cleared
    buffer.append(kStartMs, 1.0);
    decimator.update(buffer, kStartMs, kStartMs, 100, 0.0, out); // empty range
    QVERIFY(out.isEmpty());
    decimator.update(buffer, kStartMs - 10, kStartMs + 10, 0, 0.0, out); // no columns
    QVERIFY(out.isEmpty());
    decimator.update(buffer, kStartMs - 10, kStartMs + 10, 10, 0.0, out);
    QCOMPARE(out, QList<QPointF> { QPointF(kStartMs, 1.0) });
}

QTEST_APPLESS_MAIN(TestIncrementalDecimator)
#include "tst_incrementaldecimator.moc"
