// Tests SeriesBuffer, the bounded per-series ring: its cap, oldest-first order, drop counts,
// shrinking, and the time search the decimation and charts rely on.
#include "store/seriesbuffer.h"

#include <QtTest>

namespace {
// Sample i has time 1000 + i and value i * 0.5: enough to tell which ones survived.
void fill(SeriesBuffer &buffer, int from, int count)
{
    for (int i = from; i < from + count; ++i)
        buffer.append(1000.0 + i, i * 0.5);
}

// Checks that the buffer holds exactly samples [first, first + size) in order.
bool holds(const SeriesBuffer &buffer, int first, qsizetype size, QString *why)
{
    if (buffer.size() != size) {
        *why = QStringLiteral("size %1, expected %2").arg(buffer.size()).arg(size);
        return false;
    }
    for (qsizetype i = 0; i < size; ++i) {
        const int n = first + int(i);
        if (buffer.timeAt(i) != 1000.0 + n || buffer.valueAt(i) != n * 0.5) {
            *why = QStringLiteral("index %1: (%2, %3), expected (%4, %5)")
                       .arg(i)
                       .arg(buffer.timeAt(i))
                       .arg(buffer.valueAt(i))
                       .arg(1000.0 + n)
                       .arg(n * 0.5);
            return false;
        }
    }
    return true;
}
} // namespace

class TestSeriesBuffer : public QObject
{
    Q_OBJECT

private slots:
    void bounds_data();
    void bounds();
    void capacityAtLeastOne();
    void clear();
    void setCapacity_data();
    void setCapacity();
    void lowerBound_data();
    void lowerBound();
    void lowerBoundAfterWrap();
    void backwardsTimesKeepTheOrder_data();
    void backwardsTimesKeepTheOrder();
};

void TestSeriesBuffer::bounds_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appends");
    QTest::newRow("empty") << 4 << 0;
    QTest::newRow("below cap") << 4 << 3;
    QTest::newRow("at cap") << 4 << 4;
    QTest::newRow("one over") << 4 << 5;
    QTest::newRow("wrapped twice") << 4 << 11;
    QTest::newRow("cap 1") << 1 << 7;
    QTest::newRow("large") << 1000 << 25000;
}

void TestSeriesBuffer::bounds()
{
    QFETCH(int, capacity);
    QFETCH(int, appends);
    SeriesBuffer buffer(capacity);
    QCOMPARE(buffer.capacity(), qsizetype(capacity));
    fill(buffer, 0, appends);
    const int kept = qMin(capacity, appends);
    QCOMPARE(buffer.isEmpty(), kept == 0);
    QCOMPARE(buffer.appended(), quint64(appends));
    QCOMPARE(buffer.dropped(), quint64(appends - kept));
    QString why;
    QVERIFY2(holds(buffer, appends - kept, kept, &why), qPrintable(why));
    if (kept > 0) {
        QCOMPARE(buffer.lastTime(), 1000.0 + appends - 1);
        QCOMPARE(buffer.lastValue(), (appends - 1) * 0.5);
    }
}

void TestSeriesBuffer::capacityAtLeastOne()
{
    SeriesBuffer buffer(0);
    QCOMPARE(buffer.capacity(), qsizetype(1));
    fill(buffer, 0, 3);
    QString why;
    QVERIFY2(holds(buffer, 2, 1, &why), qPrintable(why));
    QCOMPARE(buffer.dropped(), quint64(2));
}

void TestSeriesBuffer::clear()
{
    SeriesBuffer buffer(4);
    fill(buffer, 0, 6);
    buffer.clear();
    QVERIFY(buffer.isEmpty());
    QCOMPARE(buffer.size(), qsizetype(0));
    QCOMPARE(buffer.capacity(), qsizetype(4));
    fill(buffer, 10, 5);
    QString why;
    QVERIFY2(holds(buffer, 11, 4, &why), qPrintable(why));
}

void TestSeriesBuffer::setCapacity_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appends");
    QTest::addColumn<int>("newCapacity");
    QTest::addColumn<int>("appendsAfter");
    QTest::newRow("shrink unwrapped") << 10 << 6 << 3 << 0;
    QTest::newRow("shrink wrapped") << 5 << 13 << 2 << 0;
    QTest::newRow("shrink then append") << 5 << 13 << 3 << 4;
    QTest::newRow("shrink to more than size") << 10 << 4 << 6 << 0;
    QTest::newRow("grow wrapped then append") << 4 << 10 << 8 << 3;
    QTest::newRow("grow then overflow") << 4 << 10 << 6 << 9;
    QTest::newRow("shrink to zero means one") << 4 << 6 << 0 << 0;
}

void TestSeriesBuffer::setCapacity()
{
    QFETCH(int, capacity);
    QFETCH(int, appends);
    QFETCH(int, newCapacity);
    QFETCH(int, appendsAfter);
    SeriesBuffer buffer(capacity);
    fill(buffer, 0, appends);
    buffer.setCapacity(newCapacity);
    const int effective = qMax(1, newCapacity);
    QCOMPARE(buffer.capacity(), qsizetype(effective));
    fill(buffer, appends, appendsAfter);

    // Whatever the history, the buffer keeps the newest samples that fit and counts the rest.
    const int total = appends + appendsAfter;
    const int keptBefore = qMin(qMin(capacity, appends), effective);
    const int kept = qMin(effective, keptBefore + appendsAfter);
    QString why;
    QVERIFY2(holds(buffer, total - kept, kept, &why), qPrintable(why));
    QCOMPARE(buffer.dropped(), quint64(total - kept));
    QCOMPARE(buffer.appended(), quint64(total));
}

void TestSeriesBuffer::lowerBound_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<int>("index");
    // times: 10 20 20 30
    QTest::newRow("before all") << 5.0 << 0;
    QTest::newRow("first") << 10.0 << 0;
    QTest::newRow("between") << 15.0 << 1;
    QTest::newRow("first of equal run") << 20.0 << 1;
    QTest::newRow("after equal run") << 25.0 << 3;
    QTest::newRow("last") << 30.0 << 3;
    QTest::newRow("after all") << 35.0 << 4;
}

void TestSeriesBuffer::lowerBound()
{
    QFETCH(double, time);
    QFETCH(int, index);
    SeriesBuffer buffer(8);
    for (double t : { 10.0, 20.0, 20.0, 30.0 })
        buffer.append(t, t);
    QCOMPARE(buffer.lowerBound(time), qsizetype(index));
    QCOMPARE(SeriesBuffer(8).lowerBound(time), qsizetype(0));
}

void TestSeriesBuffer::lowerBoundAfterWrap()
{
    // The ring's physical start is mid-array; indices are logical (0 = oldest).
    SeriesBuffer buffer(5);
    fill(buffer, 0, 13); // keeps times 1008..1012
    QCOMPARE(buffer.lowerBound(0.0), qsizetype(0));
    QCOMPARE(buffer.lowerBound(1008.0), qsizetype(0));
    QCOMPARE(buffer.lowerBound(1009.5), qsizetype(2));
    QCOMPARE(buffer.lowerBound(1012.0), qsizetype(4));
    QCOMPARE(buffer.lowerBound(1012.5), qsizetype(5));
    QCOMPARE(buffer.timeAt(buffer.lowerBound(1010.0)), 1010.0);
}

void TestSeriesBuffer::backwardsTimesKeepTheOrder_data()
{
    QTest::addColumn<QList<double>>("times");
    QTest::addColumn<QList<double>>("stored");
    QTest::addColumn<int>("reordered");
    QTest::newRow("in order") << QList<double> { 1, 2, 3 } << QList<double> { 1, 2, 3 } << 0;
    QTest::newRow("equal times") << QList<double> { 1, 1, 1 } << QList<double> { 1, 1, 1 } << 0;
    QTest::newRow("one step back")
        << QList<double> { 10, 5, 11 } << QList<double> { 10, 10, 11 } << 1;
    QTest::newRow("far past") << QList<double> { 1.7e12, 1.0, 1.7e12 + 1 }
                              << QList<double> { 1.7e12, 1.7e12, 1.7e12 + 1 } << 1;
    QTest::newRow("clock steps back")
        << QList<double> { 100, 50, 60, 101 } << QList<double> { 100, 100, 100, 101 } << 2;
}

void TestSeriesBuffer::backwardsTimesKeepTheOrder()
{
    QFETCH(QList<double>, times);
    QFETCH(QList<double>, stored);
    QFETCH(int, reordered);
    SeriesBuffer buffer(2); // small: the order holds across the ring's wrap too
    QList<double> got;
    for (qsizetype i = 0; i < times.size(); ++i) {
        buffer.append(times[i], double(i));
        got << buffer.lastTime();
        QCOMPARE(buffer.lastValue(), double(i)); // the value is kept as it came
    }
    QCOMPARE(got, stored);
    QCOMPARE(buffer.reordered(), quint64(reordered));
    QVERIFY(buffer.timeAt(0) <= buffer.timeAt(buffer.size() - 1));
    QCOMPARE(buffer.lowerBound(buffer.lastTime()) <= buffer.size() - 1, true);
}

QTEST_APPLESS_MAIN(TestSeriesBuffer)
#include "tst_seriesbuffer.moc"
