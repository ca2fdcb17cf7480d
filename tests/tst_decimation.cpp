// Tests decimateMinMax(), which reduces a series to about four points per pixel column for
// the chart: every column's minimum and maximum survive (a one-sample spike stays visible),
// the output stays within 4 * columns (+1 for the sample left of the window), small inputs
// pass through unchanged, and the output list is reused.
#include "store/decimation.h"
#include "store/seriesbuffer.h"

#include <QtTest>

#include <cmath>

namespace {
// A noisy wave sampled every `stepMs` from t = 1000.
void fillWave(SeriesBuffer &buffer, int count, double stepMs)
{
    for (int i = 0; i < count; ++i)
        buffer.append(1000.0 + i * stepMs, std::sin(i * 0.01) * 10.0 + ((i * 7919) % 13) * 0.1);
}

int columnOf(double t, double fromMs, double toMs, int columns)
{
    return int(std::floor((t - fromMs) / ((toMs - fromMs) / columns)));
}
} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT

private slots:
    void smallInputPassesThrough();
    void spikeStaysVisible();
    void minMaxPerColumn_data();
    void minMaxPerColumn();
    void sizeBound_data();
    void sizeBound();
    void timeOrdered();
    void degenerateInputs();
    void outputIsCleared();
};

void TestDecimation::smallInputPassesThrough()
{
    SeriesBuffer buffer;
    for (int i = 0; i < 10; ++i)
        buffer.append(100.0 + i, i * i);
    QList<QPointF> out;
    decimateMinMax(buffer, 100.0, 109.0, 100, out);
    QCOMPARE(out.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(out.at(i), QPointF(100.0 + i, double(i * i)));
}

void TestDecimation::spikeStaysVisible()
{
    SeriesBuffer buffer(200000);
    const int count = 100000;
    for (int i = 0; i < count; ++i) {
        double value = 5.0;
        if (i == 54321)
            value = 1000.0; // one-sample spike
        if (i == 77777)
            value = -1000.0; // one-sample dip
        buffer.append(i, value);
    }
    QList<QPointF> out;
    decimateMinMax(buffer, 0.0, count - 1, 200, out);
    QVERIFY(out.size() < 1000);
    QVERIFY(out.contains(QPointF(54321.0, 1000.0)));
    QVERIFY(out.contains(QPointF(77777.0, -1000.0)));
}

void TestDecimation::minMaxPerColumn_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::newRow("10k into 100") << 10000 << 100;
    QTest::newRow("50k into 1280") << 50000 << 1280;
    QTest::newRow("just over pass-through") << 41 << 10;
    QTest::newRow("one column") << 5000 << 1;
}

void TestDecimation::minMaxPerColumn()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    SeriesBuffer buffer(count);
    fillWave(buffer, count, 1.0);
    const double fromMs = buffer.timeAt(0);
    const double toMs = buffer.lastTime() + 1.0; // keeps the last sample inside the last column
    QList<QPointF> out;
    decimateMinMax(buffer, fromMs, toMs, columns, out);

    QHash<int, QPair<double, double>> inputRange;
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        const int c = columnOf(buffer.timeAt(i), fromMs, toMs, columns);
        const double v = buffer.valueAt(i);
        auto it = inputRange.find(c);
        if (it == inputRange.end())
            inputRange.insert(c, { v, v });
        else
            *it = { std::min(it->first, v), std::max(it->second, v) };
    }
    QHash<int, QPair<double, double>> outputRange;
    for (const QPointF &p : std::as_const(out)) {
        const int c = columnOf(p.x(), fromMs, toMs, columns);
        auto it = outputRange.find(c);
        if (it == outputRange.end())
            outputRange.insert(c, { p.y(), p.y() });
        else
            *it = { std::min(it->first, p.y()), std::max(it->second, p.y()) };
    }
    QCOMPARE(outputRange.size(), inputRange.size());
    for (auto it = inputRange.cbegin(); it != inputRange.cend(); ++it) {
        QVERIFY2(outputRange.contains(it.key()),
                 qPrintable(QStringLiteral("column %1").arg(it.key())));
        QCOMPARE(outputRange.value(it.key()), it.value());
    }
}

void TestDecimation::sizeBound_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::addColumn<double>("windowFraction"); // of the buffer's time span, at its end
    QTest::addColumn<bool>("worstCase"); // four distinct extremes in every column
    QTest::addColumn<bool>("newestAtEnd"); // toMs == the newest sample's time
    QTest::newRow("100k into 1") << 100000 << 1 << 1.0 << false << true;
    QTest::newRow("100k into 7") << 100000 << 7 << 1.0 << false << true;
    QTest::newRow("100k into 1000") << 100000 << 1000 << 1.0 << false << true;
    QTest::newRow("100k into 1000, last tenth") << 100000 << 1000 << 0.1 << false << true;
    QTest::newRow("20k into 1920, last half") << 20000 << 1920 << 0.5 << false << true;
    QTest::newRow("5k into 1280") << 5000 << 1280 << 1.0 << false << true;
    QTest::newRow("worst case, window past newest") << 80000 << 1000 << 0.9 << true << false;
    QTest::newRow("worst case, newest at window end") << 80000 << 1000 << 0.9 << true << true;
    QTest::newRow("worst case, one column") << 800 << 1 << 0.9 << true << true;
}

// The chart asks for [newest - window, newest]: the newest sample sits exactly at toMs.
void TestDecimation::sizeBound()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    QFETCH(double, windowFraction);
    QFETCH(bool, worstCase);
    QFETCH(bool, newestAtEnd);
    SeriesBuffer buffer(count + 1);
    if (worstCase) {
        // First, minimum, maximum and last all differ in every column of 8+ samples.
        const double pattern[8] = { 0.0, -1.0, 3.0, 1.0, 2.0, -2.0, 4.0, 0.5 };
        for (int i = 0; i <= count; ++i)
            buffer.append(i, pattern[i % 8] + (i % 5) * 0.01);
    } else {
        fillWave(buffer, count, 0.37);
    }
    const double toMs = newestAtEnd ? buffer.lastTime() : buffer.lastTime() + 1.0;
    const double fromMs = toMs - (toMs - buffer.timeAt(0)) * windowFraction;
    QList<QPointF> out;
    decimateMinMax(buffer, fromMs, toMs, columns, out);
    QVERIFY(!out.isEmpty());
    QCOMPARE(out.constLast(), QPointF(buffer.lastTime(), buffer.lastValue()));
    // A sample exactly at toMs belongs to the last column; +1 is the sample left of the window.
    QVERIFY2(out.size() <= 4 * columns + 1,
             qPrintable(QStringLiteral("%1 points for %2 columns").arg(out.size()).arg(columns)));
}

void TestDecimation::timeOrdered()
{
    SeriesBuffer buffer(30000);
    fillWave(buffer, 30000, 2.0);
    QList<QPointF> out;
    decimateMinMax(buffer, buffer.timeAt(0), buffer.lastTime(), 640, out);
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY(out.at(i - 1).x() <= out.at(i).x());
}

void TestDecimation::degenerateInputs()
{
    SeriesBuffer empty;
    QList<QPointF> out;
    decimateMinMax(empty, 0.0, 100.0, 100, out);
    QVERIFY(out.isEmpty());

    SeriesBuffer buffer;
    fillWave(buffer, 100, 1.0);
    decimateMinMax(buffer, 0.0, 5000.0, 0, out);
    QVERIFY(out.isEmpty());
    decimateMinMax(buffer, 5000.0, 5000.0, 100, out);
    QVERIFY(out.isEmpty());
    decimateMinMax(buffer, 5000.0, 1000.0, 100, out);
    QVERIFY(out.isEmpty());

    SeriesBuffer single;
    single.append(42.0, 7.0);
    decimateMinMax(single, 0.0, 100.0, 10, out);
    QCOMPARE(out, QList<QPointF> { QPointF(42.0, 7.0) });
}

void TestDecimation::outputIsCleared()
{
    SeriesBuffer buffer;
    fillWave(buffer, 3, 1.0);
    QList<QPointF> out { QPointF(-1, -1), QPointF(-2, -2) };
    decimateMinMax(buffer, 1000.0, 1002.0, 10, out);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.constFirst().x(), 1000.0);
}

QTEST_APPLESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
