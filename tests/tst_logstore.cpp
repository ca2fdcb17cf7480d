// Tests LogStore, the bounded log ring: its cap, order, and the sequence numbers that let a
// view tell which rows were dropped.
#include "store/logstore.h"

#include <QtTest>

namespace {
LogRecord record(int n)
{
    LogRecord r;
    r.timeUs = 1000 + n;
    r.feed = QStringLiteral("f");
    r.level = LogLevel(n % 6);
    r.message = QStringLiteral("m%1").arg(n);
    return r;
}
} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT

private slots:
    void bounds_data();
    void bounds();
    void capacityAtLeastOne();
    void clearKeepsSequence();
};

void TestLogStore::bounds_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appends");
    QTest::newRow("empty") << 3 << 0;
    QTest::newRow("below cap") << 3 << 2;
    QTest::newRow("at cap") << 3 << 3;
    QTest::newRow("one over") << 3 << 4;
    QTest::newRow("wrapped several times") << 3 << 20;
    QTest::newRow("cap 1") << 1 << 5;
    QTest::newRow("large") << 500 << 10007;
}

void TestLogStore::bounds()
{
    QFETCH(int, capacity);
    QFETCH(int, appends);
    LogStore store(capacity);
    QCOMPARE(store.capacity(), qsizetype(capacity));
    for (int i = 0; i < appends; ++i)
        store.append(record(i));
    const int kept = qMin(capacity, appends);
    QCOMPARE(store.size(), qsizetype(kept));
    QCOMPARE(store.dropped(), quint64(appends - kept));
    QCOMPARE(store.firstSequence(), quint64(appends - kept));
    QCOMPARE(store.totalAppended(), quint64(appends));
    // at(i) is the record with sequence number firstSequence() + i, oldest first.
    for (qsizetype i = 0; i < store.size(); ++i) {
        const int n = int(store.firstSequence() + quint64(i));
        QCOMPARE(store.at(i).message, QStringLiteral("m%1").arg(n));
        QCOMPARE(store.at(i).timeUs, qint64(1000 + n));
        QCOMPARE(store.at(i).level, LogLevel(n % 6));
    }
}

void TestLogStore::capacityAtLeastOne()
{
    LogStore store(0);
    QCOMPARE(store.capacity(), qsizetype(1));
    store.append(record(0));
    store.append(record(1));
    QCOMPARE(store.size(), qsizetype(1));
    QCOMPARE(store.at(0).message, QStringLiteral("m1"));
    QCOMPARE(store.dropped(), quint64(1));
}

void TestLogStore::clearKeepsSequence()
{
    // Sequence numbers run over the store's life, so a view never mistakes a new row for an
    // old one after a clear.
    LogStore store(4);
    for (int i = 0; i < 6; ++i)
        store.append(record(i));
    store.clear();
    QCOMPARE(store.size(), qsizetype(0));
    QCOMPARE(store.totalAppended(), quint64(6));
    QCOMPARE(store.firstSequence(), quint64(6));
    for (int i = 6; i < 9; ++i)
        store.append(record(i));
    QCOMPARE(store.size(), qsizetype(3));
    QCOMPARE(store.firstSequence(), quint64(6));
    QCOMPARE(store.totalAppended(), quint64(9));
    QCOMPARE(store.at(0).message, QStringLiteral("m6"));
    QCOMPARE(store.at(2).message, QStringLiteral("m8"));
    for (int i = 9; i < 12; ++i)
        store.append(record(i));
    QCOMPARE(store.size(), qsizetype(4));
    QCOMPARE(store.at(0).message, QStringLiteral("m8"));
    QCOMPARE(store.at(3).message, QStringLiteral("m11"));
    QCOMPARE(store.firstSequence(), quint64(8));
}

QTEST_APPLESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
