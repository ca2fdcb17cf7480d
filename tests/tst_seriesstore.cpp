// Tests SeriesStore: series registration by id, lookup by (feed, key, field), per-series caps,
// and that samples for unknown ids are counted rather than lost silently.
#include "store/seriesstore.h"

#include <QtTest>

namespace {
SeriesInfo info(int id, const char *feed, const char *key, const char *field)
{
    SeriesInfo s;
    s.id = id;
    s.feed = QString::fromUtf8(feed);
    s.key = QString::fromUtf8(key);
    s.field = QString::fromUtf8(field);
    return s;
}

SamplePoint point(int id, double timeMs, double value)
{
    SamplePoint p;
    p.seriesId = id;
    p.timeMs = timeMs;
    p.value = value;
    return p;
}
} // namespace

class TestSeriesStore : public QObject
{
    Q_OBJECT

private slots:
    void addAndFind();
    void find_data();
    void find();
    void appendRoutesById();
    void unknownIdsCounted_data();
    void unknownIdsCounted();
    void sparseIds();
    void repeatedIdKeepsBuffer();
    void capacityPerSeries();
};

void TestSeriesStore::addAndFind()
{
    SeriesStore store(10);
    QCOMPARE(store.seriesCount(), 0);
    QVERIFY(!store.contains(0));
    store.addSeries(info(0, "trades", "BTC", "/p"));
    store.addSeries(info(1, "trades", "ETH", "/p"));
    QCOMPARE(store.seriesCount(), 2);
    QVERIFY(store.contains(0));
    QVERIFY(store.contains(1));
    QVERIFY(!store.contains(2));
    QVERIFY(!store.contains(-1));
    QCOMPARE(store.info(1).key, QStringLiteral("ETH"));
    QCOMPARE(store.seriesIds(), (std::vector<int> { 0, 1 }));
    QCOMPARE(store.buffer(0).capacity(), qsizetype(10));
    QVERIFY(store.buffer(0).isEmpty());
}

void TestSeriesStore::find_data()
{
    QTest::addColumn<QString>("feed");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("id");
    QTest::newRow("keyed") << QStringLiteral("trades") << QStringLiteral("BTC")
                           << QStringLiteral("/p") << 0;
    QTest::newRow("other key") << QStringLiteral("trades") << QStringLiteral("ETH")
                               << QStringLiteral("/p") << 1;
    QTest::newRow("no key") << QStringLiteral("trades") << QString() << QStringLiteral("/p") << 2;
    QTest::newRow("other feed") << QStringLiteral("book") << QStringLiteral("BTC")
                                << QStringLiteral("/p") << 3;
    QTest::newRow("unknown field")
        << QStringLiteral("trades") << QStringLiteral("BTC") << QStringLiteral("/q") << -1;
    QTest::newRow("unknown feed") << QStringLiteral("x") << QStringLiteral("BTC")
                                  << QStringLiteral("/p") << -1;
    // The parts must not run together: ("trades", "BTC/p") is not ("tradesBTC", "/p").
    QTest::newRow("no concatenation")
        << QStringLiteral("tradesBTC") << QString() << QStringLiteral("/p") << -1;
}

void TestSeriesStore::find()
{
    QFETCH(QString, feed);
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(int, id);
    SeriesStore store(10);
    store.addSeries(info(0, "trades", "BTC", "/p"));
    store.addSeries(info(1, "trades", "ETH", "/p"));
    store.addSeries(info(2, "trades", "", "/p"));
    store.addSeries(info(3, "book", "BTC", "/p"));
    QCOMPARE(store.find(feed, key, field), id);
}

void TestSeriesStore::appendRoutesById()
{
    SeriesStore store(10);
    store.addSeries(info(0, "f", "", "/a"));
    store.addSeries(info(1, "f", "", "/b"));
    store.append(point(0, 1.0, 10.0));
    store.append(point(1, 1.0, 20.0));
    store.append(point(0, 2.0, 11.0));
    QCOMPARE(store.buffer(0).size(), qsizetype(2));
    QCOMPARE(store.buffer(1).size(), qsizetype(1));
    QCOMPARE(store.buffer(0).valueAt(1), 11.0);
    QCOMPARE(store.buffer(1).valueAt(0), 20.0);
    QCOMPARE(store.retainedSamples(), qsizetype(3));
    QCOMPARE(store.unknownSamples(), quint64(0));
}

void TestSeriesStore::unknownIdsCounted_data()
{
    QTest::addColumn<int>("id");
    QTest::newRow("negative") << -1;
    QTest::newRow("past the end") << 5;
    QTest::newRow("hole") << 1;
}

void TestSeriesStore::unknownIdsCounted()
{
    QFETCH(int, id);
    SeriesStore store(10);
    store.addSeries(info(0, "f", "", "/a"));
    store.addSeries(info(2, "f", "", "/c"));
    store.append(point(id, 1.0, 1.0));
    store.append(point(id, 2.0, 1.0));
    QCOMPARE(store.unknownSamples(), quint64(2));
    QCOMPARE(store.retainedSamples(), qsizetype(0));
    QVERIFY(!store.contains(id));
}

void TestSeriesStore::sparseIds()
{
    SeriesStore store(10);
    store.addSeries(info(3, "f", "", "/d"));
    QVERIFY(!store.contains(0));
    QVERIFY(store.contains(3));
    QCOMPARE(store.seriesIds(), std::vector<int> { 3 });
    QCOMPARE(store.find(QStringLiteral("f"), QString(), QStringLiteral("/d")), 3);
    store.addSeries(info(-1, "f", "", "/x"));
    QCOMPARE(store.find(QStringLiteral("f"), QString(), QStringLiteral("/x")), -1);
}

void TestSeriesStore::repeatedIdKeepsBuffer()
{
    SeriesStore store(10);
    store.addSeries(info(0, "f", "", "/a"));
    store.append(point(0, 1.0, 5.0));
    store.addSeries(info(0, "f", "", "/a"));
    QCOMPARE(store.buffer(0).size(), qsizetype(1));
    QCOMPARE(store.buffer(0).valueAt(0), 5.0);
}

void TestSeriesStore::capacityPerSeries()
{
    SeriesStore store(4);
    store.addSeries(info(0, "f", "", "/a"));
    store.addSeries(info(1, "f", "", "/b"));
    for (int i = 0; i < 10; ++i)
        store.append(point(0, i, i));
    for (int i = 0; i < 3; ++i)
        store.append(point(1, i, i));
    QCOMPARE(store.buffer(0).size(), qsizetype(4));
    QCOMPARE(store.buffer(0).timeAt(0), 6.0); // oldest kept
    QCOMPARE(store.totalDropped(), quint64(6));
    QCOMPARE(store.retainedSamples(), qsizetype(7));

    store.setCapacityPerSeries(2);
    QCOMPARE(store.capacityPerSeries(), qsizetype(2));
    QCOMPARE(store.buffer(0).size(), qsizetype(2));
    QCOMPARE(store.buffer(0).timeAt(0), 8.0);
    QCOMPARE(store.buffer(1).timeAt(0), 1.0);
    QCOMPARE(store.totalDropped(), quint64(6 + 2 + 1));
    QCOMPARE(store.retainedSamples(), qsizetype(4));

    // Series added later get the new cap.
    store.addSeries(info(2, "f", "", "/c"));
    QCOMPARE(store.buffer(2).capacity(), qsizetype(2));
}

QTEST_APPLESS_MAIN(TestSeriesStore)
#include "tst_seriesstore.moc"
