// Tests LogModel, the table over the bounded LogStore: one insertion per flush, removal of the
// rows the store dropped, columns, level colours and roles, all under QAbstractItemModelTester.
#include "logmodel.h"
#include "store/logstore.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QSignalSpy>
#include <QtTest>

namespace {
LogRecord record(int n, LogLevel level = LogLevel::Info)
{
    LogRecord r;
    r.timeUs = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0)).toMSecsSinceEpoch() * 1000
        + qint64(n) * 1000;
    r.feed = QStringLiteral("feed");
    r.level = level;
    r.message = QStringLiteral("message %1").arg(n);
    return r;
}

QString messageAt(const LogModel &model, int row)
{
    return model.index(row, LogModel::MessageColumn).data().toString();
}

// (first, last) of each emitted range.
QList<QPair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<QPair<int, int>> result;
    for (const QList<QVariant> &arguments : spy)
        result.append({ arguments.at(1).toInt(), arguments.at(2).toInt() });
    return result;
}
} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void startsWithStoreContents();
    void appendsInOneBatch();
    void flushWithoutChangeEmitsNothing();
    void removesDroppedRows_data();
    void removesDroppedRows();
    void storeClearRemovesAll();
    void columnsAndRoles();
    void levelColours();
};

void TestLogModel::startsWithStoreContents()
{
    LogStore store(10);
    for (int i = 0; i < 3; ++i)
        store.append(record(i));
    LogModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(messageAt(model, 2), QStringLiteral("message 2"));
}

void TestLogModel::appendsInOneBatch()
{
    LogStore store(100);
    LogModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    for (int i = 0; i < 5; ++i)
        store.append(record(i));
    QCOMPARE(model.rowCount(), 0); // the store alone changes nothing until flush()
    model.flush();
    QCOMPARE(ranges(inserted), (QList<QPair<int, int>> { { 0, 4 } }));

    for (int i = 5; i < 12; ++i)
        store.append(record(i));
    model.flush();
    QCOMPARE(ranges(inserted), (QList<QPair<int, int>> { { 0, 4 }, { 5, 11 } }));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(messageAt(model, 11), QStringLiteral("message 11"));
}

void TestLogModel::flushWithoutChangeEmitsNothing()
{
    LogStore store(10);
    store.append(record(0));
    LogModel model(store);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.flush();
    model.flush();
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void TestLogModel::removesDroppedRows_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("before"); // records flushed first
    QTest::addColumn<int>("appended"); // then appended before the next flush
    QTest::addColumn<int>("expectRemoved");
    QTest::addColumn<int>("expectInserted");
    QTest::newRow("fits") << 10 << 4 << 6 << 0 << 6;
    QTest::newRow("two fall off") << 5 << 5 << 2 << 2 << 2;
    QTest::newRow("partly full, some fall off") << 5 << 3 << 4 << 2 << 4;
    QTest::newRow("all replaced") << 5 << 5 << 5 << 5 << 5;
    QTest::newRow("more than capacity arrive") << 5 << 5 << 23 << 5 << 5;
    QTest::newRow("capacity one") << 1 << 1 << 3 << 1 << 1;
}

void TestLogModel::removesDroppedRows()
{
    QFETCH(int, capacity);
    QFETCH(int, before);
    QFETCH(int, appended);
    QFETCH(int, expectRemoved);
    QFETCH(int, expectInserted);

    LogStore store(capacity);
    LogModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int n = 0;
    for (; n < before; ++n)
        store.append(record(n));
    model.flush();
    QCOMPARE(model.rowCount(), before);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < appended; ++i, ++n)
        store.append(record(n));
    model.flush();

    // At most one removal from the front and one insertion at the end per flush.
    QCOMPARE(removed.size(), expectRemoved > 0 ? 1 : 0);
    if (expectRemoved > 0)
        QCOMPARE(ranges(removed).constFirst(), qMakePair(0, expectRemoved - 1));
    QCOMPARE(inserted.size(), 1);
    const int kept = before - expectRemoved;
    QCOMPARE(ranges(inserted).constFirst(), qMakePair(kept, kept + expectInserted - 1));

    QCOMPARE(model.rowCount(), int(store.size()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(messageAt(model, row), store.at(row).message);
    QCOMPARE(messageAt(model, model.rowCount() - 1), QStringLiteral("message %1").arg(n - 1));
}

void TestLogModel::storeClearRemovesAll()
{
    LogStore store(10);
    for (int i = 0; i < 4; ++i)
        store.append(record(i));
    LogModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    store.clear();
    model.flush();
    QCOMPARE(ranges(removed), (QList<QPair<int, int>> { { 0, 3 } }));
    QCOMPARE(model.rowCount(), 0);
    store.append(record(9));
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(messageAt(model, 0), QStringLiteral("message 9"));
}

void TestLogModel::columnsAndRoles()
{
    LogStore store(10);
    store.append(record(1, LogLevel::Warn));
    LogModel model(store);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(LogModel::TimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Time"));
    QCOMPARE(model.headerData(LogModel::MessageColumn, Qt::Horizontal).toString(),
             QStringLiteral("Message"));

    const QDateTime local = QDateTime::fromMSecsSinceEpoch(store.at(0).timeUs / 1000).toLocalTime();
    QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(),
             local.toString(QStringLiteral("hh:mm:ss.zzz")));
    QCOMPARE(model.index(0, LogModel::FeedColumn).data().toString(), QStringLiteral("feed"));
    QCOMPARE(model.index(0, LogModel::LevelColumn).data().toString(), QStringLiteral("WARN"));
    QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(),
             QStringLiteral("message 1"));
    QCOMPARE(model.index(0, 0).data(LogModel::LevelRole).toInt(), int(LogLevel::Warn));
    QCOMPARE(model.index(0, 0).data(LogModel::TimeUsRole).toLongLong(), store.at(0).timeUs);
}

void TestLogModel::levelColours()
{
    LogStore store(10);
    for (LogLevel level : { LogLevel::Trace, LogLevel::Debug, LogLevel::Info, LogLevel::Warn,
                            LogLevel::Error, LogLevel::Fatal })
        store.append(record(int(level), level));
    LogModel model(store);
    const auto colour = [&model](int row) {
        return model.index(row, LogModel::MessageColumn).data(Qt::ForegroundRole).value<QColor>();
    };
    QVERIFY(!model.index(2, 0).data(Qt::ForegroundRole).isValid()); // INFO: the palette's colour
    const QColor error = colour(4);
    QVERIFY(error.red() > 150 && error.green() < 80 && error.blue() < 80);
    QCOMPARE(colour(5), error);
    const QColor warn = colour(3);
    QVERIFY(warn.red() > 150 && warn.green() > 80 && warn.blue() < 60);
    const QColor grey = colour(0);
    QCOMPARE(grey.red(), grey.green());
    QCOMPARE(grey.green(), grey.blue());
    QCOMPARE(colour(1), grey);
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
