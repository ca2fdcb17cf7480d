// Tests StoreExport (File → Export): chosen series within a time range come out merged in
// time order in the contract's CSV; logs filtered by feed; a cancelled export leaves no file
// and an earlier file at the target untouched.
#include "store/logstore.h"
#include "store/seriesstore.h"
#include "capture/storeexport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> list = file.readAll().split('\n');
    list.removeAll(QByteArray());
    return list;
}
} // namespace

class TestStoreExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void samplesMergedInTimeOrder();
    void logsFilteredByFeed();
    void cancelLeavesNoPartialFile();

private:
    SeriesStore m_series;
    LogStore m_logs;
    QTemporaryDir m_dir;
};

void TestStoreExport::init()
{
    m_series = SeriesStore();
    m_logs.clear();
    // Three series, interleaved: series i has samples at 1000 + 3k + i ms.
    for (int id = 0; id < 3; ++id)
        m_series.addSeries(
            { id, QStringLiteral("ticks"), QStringLiteral("K%1").arg(id), QStringLiteral("/p") });
    for (int k = 0; k < 1000; ++k) {
        for (int id = 0; id < 3; ++id)
            m_series.append({ id, 1000.0 + 3 * k + id, double(k) });
    }
    for (int i = 0; i < 10; ++i) {
        LogRecord record;
        record.timeUs = (1000 + i) * 1000LL;
        record.feed = i % 2 ? QStringLiteral("a") : QStringLiteral("b");
        record.message = QStringLiteral("m%1").arg(i);
        m_logs.append(record);
    }
}

void TestStoreExport::samplesMergedInTimeOrder()
{
    StoreExport exporter(m_series, m_logs);
    exporter.setSliceRows(100); // many slices
    const QString path = m_dir.filePath(QStringLiteral("s.csv"));
    QSignalSpy finished(&exporter, &StoreExport::finished);
    QSignalSpy progress(&exporter, &StoreExport::progress);
    QString error;
    QVERIFY2(exporter.startSamples(path, { 0, 2 }, 1000.0, 1599.0, &error), qPrintable(error));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(progress.count(), 4); // 400 rows in slices of 100
    const QList<QByteArray> rows = lines(path);
    QCOMPARE(rows.first(), QByteArray("time_iso,time_ms,feed,key,field,value"));
    QCOMPARE(rows.size(), 1 + 200 + 200); // k = 0..199 for both series
    double previous = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> fields = rows[i].split(',');
        const double timeMs = fields[1].toDouble();
        QVERIFY(timeMs >= previous);
        QVERIFY(fields[3] != "K1");
        previous = timeMs;
    }
}

void TestStoreExport::logsFilteredByFeed()
{
    StoreExport exporter(m_series, m_logs);
    const QString path = m_dir.filePath(QStringLiteral("l.log"));
    QSignalSpy finished(&exporter, &StoreExport::finished);
    QString error;
    QVERIFY2(exporter.startLogs(path, { QStringLiteral("a") }, 0, 1e15, &error), qPrintable(error));
    QVERIFY(finished.wait());
    const QList<QByteArray> rows = lines(path);
    QCOMPARE(rows.size(), 5);
    for (const QByteArray &row : rows)
        QCOMPARE(row.split('\t').at(1), QByteArray("a"));
}

void TestStoreExport::cancelLeavesNoPartialFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier export\n");
    }
    StoreExport exporter(m_series, m_logs);
    exporter.setSliceRows(10);
    QSignalSpy finished(&exporter, &StoreExport::finished);
    QSignalSpy progress(&exporter, &StoreExport::progress);
    QString error;
    QVERIFY(exporter.startSamples(path, { 0, 1, 2 }, 0, 1e15, &error));
    QVERIFY(progress.wait());
    exporter.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(lines(path), QList<QByteArray> { "earlier export" });
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("c.csv") });
}

QTEST_GUILESS_MAIN(TestStoreExport)
#include "tst_storeexport.moc"
