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
    void blocksAndSinglesKeepOneSequence_data();
    void blocksAndSinglesKeepOneSequence();
    void blocksAreSharedNotCopied();
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

void TestLogStore::blocksAndSinglesKeepOneSequence_data()
{
    // Each case: the store's capacity and the appends, a block's size or 0 for one single
    // record. The cap falls inside blocks, on their edges, and across singles between them.
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("appends");
    QTest::newRow("blocks under the cap") << 50 << QList<int> { 5, 7, 3 };
    QTest::newRow("cap inside a block") << 10 << QList<int> { 6, 6, 6 };
    QTest::newRow("cap on a block's edge") << 6 << QList<int> { 6, 6, 6 };
    QTest::newRow("one block over the cap") << 4 << QList<int> { 11 };
    QTest::newRow("singles between blocks") << 5 << QList<int> { 0, 0, 3, 0, 4, 0, 0, 0 };
    QTest::newRow("cap 1") << 1 << QList<int> { 0, 3, 0, 2, 0 };
    QTest::newRow("many singles past a block") << 7 << QList<int> { 9, 0, 0, 0, 0, 0, 0, 0, 0 };
    QList<int> manySingles(3000, 0);
    manySingles.insert(1500, 40);
    QTest::newRow("more singles than one block holds") << 100 << manySingles;
}

void TestLogStore::blocksAndSinglesKeepOneSequence()
{
    QFETCH(int, capacity);
    QFETCH(QList<int>, appends);
    LogStore store(capacity);
    int next = 0;
    for (int count : appends) {
        if (count == 0) {
            store.append(record(next++));
            continue;
        }
        LogRecords block;
        for (int i = 0; i < count; ++i)
            block.push_back(record(next++));
        store.append(block);
    }
    const int kept = qMin(capacity, next);
    QCOMPARE(store.size(), qsizetype(kept));
    QCOMPARE(store.totalAppended(), quint64(next));
    QCOMPARE(store.firstSequence(), quint64(next - kept));
    for (qsizetype i = 0; i < store.size(); ++i)
        QCOMPARE(store.at(i).message, QStringLiteral("m%1").arg(next - kept + int(i)));
}

void TestLogStore::blocksAreSharedNotCopied()
{
    LogStore store(100);
    LogRecords block { record(0), record(1), record(2) };
    store.append(block);
    // The store reads the very records of the block: no copy of each was made.
    QCOMPARE(&store.at(1), &block.at(1));
    // A single record after it must not grow the caller's block, which the store shares.
    store.append(record(3));
    QCOMPARE(block.size(), qsizetype(3));
    QCOMPARE(store.size(), qsizetype(4));
    QCOMPARE(store.at(3).message, QStringLiteral("m3"));
    QCOMPARE(store.at(2).message, QStringLiteral("m2"));
}

QTEST_APPLESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
