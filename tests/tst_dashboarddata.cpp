// DashboardData (core): the window's stores, fed by batches, without a window.
#include "store/dashboarddata.h"
#include "testsupport.h"

#include <QtTest>

class TestDashboardData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewoundBatchEmptiesTheStores();
};

void TestDashboardData::rewoundBatchEmptiesTheStores()
{
    DashboardData data(1000, 1000);
    IngestBatch first;
    first.newSeries.push_back(
        TestSupport::seriesInfo(0, QStringLiteral("ticks"), QString(), QStringLiteral("/p")));
    for (int i = 0; i < 10; ++i)
        first.samples.push_back(SamplePoint { 0, 1000.0 + i, double(i) });
    LogRecord record;
    record.feed = QStringLiteral("ticks");
    record.message = QStringLiteral("late");
    first.logs.push_back(record);
    data.ingest(first);
    QCOMPARE(data.commitPendingLogs(), 1);
    std::vector<int> dirty;
    data.takeDirtySeries(dirty);

    IngestBatch again;
    again.rewound = true;
    again.samples.push_back(SamplePoint { 0, 500.0, 1.0 });
    data.ingest(again);
    QCOMPARE(data.seriesStore().seriesCount(), 1); // still registered
    QCOMPARE(data.seriesStore().buffer(0).size(), 1);
    QCOMPARE(data.seriesStore().buffer(0).timeAt(0), 500.0);
    data.takeDirtySeries(dirty);
    QCOMPARE(dirty, std::vector<int> { 0 });
    QCOMPARE(data.commitPendingLogs(), 0);
    QCOMPARE(data.logStore().size(), 0);
}

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
