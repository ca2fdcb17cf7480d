// Tests IncrementalDecimator, the chart's per-line decimation that folds in only new samples:
// after any sequence of appends (ring wrapping included) its output equals a rebuild from
// scratch, every grid column's minimum and maximum survive, the output stays within
// 2 * columns + 1 points, and few samples pass through unchanged.
#include "store/incrementaldecimator.h"
#include "store/seriesbuffer.h"

#include <QtTest>

#include <cmath>

namespace {
double valueAt(qint64 i)
{
    return std::sin(double(i) * 0.013) * 10.0 + double((i * 7919) % 13) * 0.1;
}

void appendRange(SeriesBuffer &buffer, qint64 from, qint64 to, double stepMs)
{
    for (qint64 i = from; i < to; ++i)
        buffer.append(1000.0 + double(i) * stepMs, valueAt(i));
}

// The window the chart shows: ending at the newest sample.
QList<QPointF> decimate(IncrementalDecimator &d, const SeriesBuffer &b, double windowMs, int columns)
{
    QList<QPointF> out;
    d.update(b, b.lastTime() - windowMs, b.lastTime(), columns, out);
    return out;
}
} // namespace

class TestIncrementalDecimator : public QObject
{
    Q_OBJECT

private slots:
    void incrementalEqualsRebuild_data();
    void incrementalEqualsRebuild();
    void keepsEveryColumnsExtremes();
    void fewSamplesPassThrough();
    void outOfOrderFallsBack();
};

void TestIncrementalDecimator::incrementalEqualsRebuild_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<double>("stepMs");
    QTest::newRow("no wrap, small chunks") << 200000 << 37 << 1.0;
    QTest::newRow("no wrap, large chunks") << 200000 << 5000 << 0.5;
    QTest::newRow("ring wraps inside window") << 20000 << 900 << 1.0;
    QTest::newRow("sparse samples") << 200000 << 3 << 250.0;
}

void TestIncrementalDecimator::incrementalEqualsRebuild()
{
    QFETCH(int, capacity);
    QFETCH(int, chunk);
    QFETCH(double, stepMs);
    SeriesBuffer buffer(capacity);
    IncrementalDecimator live;
    qint64 next = 0;
    appendRange(buffer, 0, 30000, stepMs);
    next = 30000;
    for (int tick = 0; tick < 40; ++tick) {
        appendRange(buffer, next, next + chunk, stepMs);
        next += chunk;
        IncrementalDecimator fresh;
        const QList<QPointF> a = decimate(live, buffer, 10000.0, 300);
        const QList<QPointF> b = decimate(fresh, buffer, 10000.0, 300);
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a, b);
        QVERIFY(a.size() <= 2 * 300 + 1);
    }
}

void TestIncrementalDecimator::keepsEveryColumnsExtremes()
{
    SeriesBuffer buffer(100000);
    appendRange(buffer, 0, 50000, 1.0);
    buffer.append(1000.0 + 50000.0, 500.0); // a one-sample spike...
    appendRange(buffer, 50001, 60000, 1.0);
    IncrementalDecimator d;
    const QList<QPointF> out = decimate(d, buffer, 20000.0, 200);
    QVERIFY(out.contains(QPointF(51000.0, 500.0))); // ...stays visible
    // Every sample in the window lies within the min/max of the output points of its column.
    const double from = buffer.lastTime() - 20000.0;
    const double width = 20000.0 / 199.0;
    QHash<qint64, QPair<double, double>> range;
    for (const QPointF &p : out) {
        const auto k = qint64(std::floor(p.x() / width));
        auto it = range.find(k);
        if (it == range.end())
            range.insert(k, {p.y(), p.y()});
        else
            *it = {std::min(it->first, p.y()), std::max(it->second, p.y())};
    }
    for (qsizetype i = buffer.lowerBound(from); i < buffer.size(); ++i) {
        const auto k = qint64(std::floor(buffer.timeAt(i) / width));
        QVERIFY2(range.contains(k), qPrintable(QString::number(k)));
        QVERIFY(buffer.valueAt(i) >= range.value(k).first);
        QVERIFY(buffer.valueAt(i) <= range.value(k).second);
    }
}

void TestIncrementalDecimator::fewSamplesPassThrough()
{
    SeriesBuffer buffer(1000);
    appendRange(buffer, 0, 50, 1.0);
    IncrementalDecimator d;
    const QList<QPointF> out = decimate(d, buffer, 60000.0, 300);
    QCOMPARE(out.size(), 50);
    QCOMPARE(out.constFirst(), QPointF(1000.0, valueAt(0)));
}

void TestIncrementalDecimator::outOfOrderFallsBack()
{
    SeriesBuffer buffer(100000);
    appendRange(buffer, 0, 20000, 1.0);
    IncrementalDecimator d;
    QVERIFY(!decimate(d, buffer, 10000.0, 100).isEmpty());
    buffer.append(500.0, 42.0); // far in the past: no fixed grid can fold it in
    appendRange(buffer, 20000, 20100, 1.0);
    const QList<QPointF> out = decimate(d, buffer, 10000.0, 100);
    QVERIFY(!out.isEmpty());
    QVERIFY(out.size() <= 4 * 100 + 1); // decimateMinMax's bound
    QCOMPARE(out.constLast(), QPointF(buffer.lastTime(), buffer.lastValue()));
}

QTEST_APPLESS_MAIN(TestIncrementalDecimator)
#include "tst_incrementaldecimator.moc"
