// Tests MainWindow's wiring: batches from the session reach the chart, the series list, the
// log model (one insertion per render tick) and the status bar; and, end to end, the demo
// feed fills the chart and the log through a real SessionController.
#include "chartcard.h"
#include "filesizelimit.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "demosession.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "serieslist.h"
#include "statusbar.h"
#include "testsupport.h"

#include "store/seriesstore.h"

#include <QAction>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

namespace {
using TestSupport::seriesInfo;
// Two ticks keys with /price and /volume, plus a key-less log feed with /latency_ms.
IngestBatch syntheticBatch(double startMs, int samplesPerSeries, int logs)
{
    IngestBatch batch;
    batch.newSeries = {
        seriesInfo(0, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/volume")),
        seriesInfo(1, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/price")),
        seriesInfo(2, QStringLiteral("ticks"), QStringLiteral("HOOLI"), QStringLiteral("/price")),
        seriesInfo(3, QStringLiteral("logs"), QString(), QStringLiteral("/latency_ms"))
    };
    for (int i = 0; i < samplesPerSeries; ++i) {
        for (int id = 0; id < 4; ++id)
            batch.samples.push_back(SamplePoint { id, startMs + i * 10.0, 100.0 + id + (i % 7) });
    }
    for (int i = 0; i < logs; ++i) {
        LogRecord record;
        record.timeUs = qint64(startMs * 1000.0) + i;
        record.feed = QStringLiteral("logs");
        record.level = LogLevel(i % 6);
        record.message = QStringLiteral("record %1").arg(i);
        batch.logs.push_back(record);
    }
    FeedStats stats;
    stats.feed = QStringLiteral("ticks");
    stats.state = FeedState::Open;
    stats.frames = 1234;
    stats.errors = 3;
    batch.stats.push_back(stats);
    return batch;
}

bool isLevelName(const QString &text)
{
    static const QStringList levels { QStringLiteral("TRACE"), QStringLiteral("DEBUG"),
                                      QStringLiteral("INFO"),  QStringLiteral("WARN"),
                                      QStringLiteral("ERROR"), QStringLiteral("FATAL") };
    return levels.contains(text);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void demoFeedFillsChartAndLog();
    void defaultSeriesAndToggling();
    void logRowsArriveOncePerTick();
    void statusBarShowsStatsAndFileErrors();
    void viewMenuChangesWindow();
    void fullDiskShowsInWindowWhileChartsGoOn();
};

void TestMainWindow::demoFeedFillsChartAndLog()
{
    DemoSession demo(400, 20);
    QString error;
    QVERIFY2(demo.listen(&error), qPrintable(error));
    SessionController &session = demo.session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session.start();

    ChartPanel *chart = window.chartPanel();
    QTRY_VERIFY_WITH_TIMEOUT(chart->visibleSeriesCount() >= 4, 15000);
    // The demo's six symbols each show /price by default, once each has ticked.
    const auto allPricesShown = [chart] {
        const QStringList names = chart->visibleSeriesNames();
        const QStringList symbols = DemoFeedServer::symbols();
        return std::all_of(symbols.begin(), symbols.end(), [&names](const QString &symbol) {
            return names.contains(QStringLiteral("ticks %1 /price").arg(symbol));
        });
    };
    QTRY_VERIFY2_WITH_TIMEOUT(allPricesShown(), qPrintable(chart->visibleSeriesNames().join(u',')),
                              15000);
    const auto everyLineHasPoints = [chart] {
        for (int id : chart->visibleSeriesIds()) {
            if (chart->pointCount(id) <= 1)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(everyLineHasPoints(), 15000);

    LogModel *logs = window.logModel();
    QTRY_VERIFY_WITH_TIMEOUT(logs->rowCount() > 0, 15000);
    const QString level = logs->index(0, LogModel::LevelColumn).data().toString();
    QVERIFY2(isLevelName(level), qPrintable(level));
    QVERIFY(window.seriesStore().seriesCount() >= 6);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.feedStatusBar()->feedStatesText().contains(QStringLiteral("ticks: open")), 15000);
    session.stop();
}

void TestMainWindow::defaultSeriesAndToggling()
{
    SessionController session; // never started: the test emits its signals itself
    MainWindow window(&session);
    window.setRenderIntervalMs(5);
    window.show();
    Q_EMIT session.batchReady(syntheticBatch(1795687200000.0, 50, 0));

    // /price for each key; the key-less log feed shows its first field, on a chart of its
    // own (a field per chart), and the first chart stays the active one.
    ChartPanel *chart = window.chartPanel();
    QTRY_COMPARE(chart->visibleSeriesCount(), 2);
    QStringList names = chart->visibleSeriesNames();
    names.sort();
    QCOMPARE(names,
             (QStringList { QStringLiteral("ticks ACME /price"),
                            QStringLiteral("ticks HOOLI /price") }));
    QCOMPARE(window.chartsArea()->chartCount(), 2);
    QCOMPARE(window.chartsArea()->chart(0)->panel(), chart);
    QCOMPARE(window.chartsArea()->chart(1)->panel()->visibleSeriesNames(),
             QStringList { QStringLiteral("logs /latency_ms") });
    QTRY_COMPARE(chart->pointCount(chart->visibleSeriesIds().front()), 50);
    QVERIFY(chart->seriesColor(1).isValid());
    QVERIFY(!chart->seriesColor(0).isValid()); // /volume stays hidden
    QVERIFY(!window.seriesList()->isSeriesChecked(3)); // the list shows the active chart

    window.seriesList()->setSeriesChecked(2, false);
    QCOMPARE(chart->visibleSeriesCount(), 1);
    QVERIFY(!chart->isSeriesVisible(2));
    window.seriesList()->setSeriesChecked(0, true);
    QVERIFY(chart->isSeriesVisible(0));
    QTRY_COMPARE(chart->pointCount(0), 50); // the line just shown
}

void TestMainWindow::logRowsArriveOncePerTick()
{
    SessionController session;
    MainWindow window(&session);
    window.setRenderIntervalMs(60000); // ticks only when the test asks below
    QSignalSpy inserted(window.logModel(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 5; ++i)
        Q_EMIT session.batchReady(syntheticBatch(1795687200000.0 + i * 1000.0, 1, 10));
    QCOMPARE(window.logModel()->rowCount(), 0); // nothing until the render clock ticks

    window.setRenderIntervalMs(10);
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 49);
    QCOMPARE(window.logModel()->rowCount(), 50);
}

void TestMainWindow::statusBarShowsStatsAndFileErrors()
{
    SessionController session;
    MainWindow window(&session);
    window.setRenderIntervalMs(5);
    FeedStatusBar *status = window.feedStatusBar();
    status->setRateIntervalMs(50);
    // Frames keep arriving while the test looks, as from a live feed: msg/s is the change
    // per interval, so a single batch would show a rate for one interval only.
    IngestBatch batch = syntheticBatch(1795687200000.0, 1, 0);
    QTimer feed;
    connect(&feed, &QTimer::timeout, &session, [&session, &batch] {
        batch.stats.front().frames += 100;
        Q_EMIT session.batchReady(batch);
    });
    feed.start(5);
    QTRY_VERIFY(status->feedStatesText().contains(QStringLiteral("ticks: open")));
    QTRY_VERIFY(status->messagesPerSecond() > 0.0);
    feed.stop();
    batch.stats.front().frames = 1234;
    Q_EMIT session.batchReady(batch);
    QTRY_VERIFY(status->findChild<QLabel *>(QStringLiteral("framesLabel"))
                    ->text()
                    .contains(QLocale().toString(1234)));

    QVERIFY(status->fileErrorText().isEmpty());
    Q_EMIT session.fileError(QStringLiteral("capture stopped: disk full"));
    QCOMPARE(status->fileErrorText(), QStringLiteral("capture stopped: disk full"));
    const QLabel *label = status->findChild<QLabel *>(QStringLiteral("fileErrorLabel"));
    QVERIFY(label);
    QVERIFY(label->palette().color(QPalette::WindowText).red() > 150);
}

void TestMainWindow::viewMenuChangesWindow()
{
    MainWindow window(nullptr);
    QCOMPARE(window.chartPanel()->windowMs(), 60000);
    auto *tenSeconds = window.findChild<QAction *>(QStringLiteral("actionWindow10s"));
    QVERIFY(tenSeconds);
    tenSeconds->trigger();
    QCOMPARE(window.chartPanel()->windowMs(), 10000);
    auto *combo
        = window.chartsArea()->activeCard()->findChild<QComboBox *>(QStringLiteral("windowCombo"));
    QCOMPARE(combo->currentData().toLongLong(), 10000); // the chart's header follows
    window.findChild<QAction *>(QStringLiteral("actionWindow300s"))->trigger();
    QCOMPARE(window.chartPanel()->windowMs(), 300000);
    QCOMPARE(combo->currentData().toLongLong(), 300000);
    window.findChild<QAction *>(QStringLiteral("actionWindow0s"))->trigger();
    QCOMPARE(window.chartPanel()->windowMs(), 0); // all
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionQuit")));
}

namespace {
quint64 samplesStored(const SeriesStore &store)
{
    quint64 total = 0;
    for (int id : store.seriesIds())
        total += store.buffer(id).appended();
    return total;
}
} // namespace

void TestMainWindow::fullDiskShowsInWindowWhileChartsGoOn()
{
    // A full disk mid-capture, end to end through the window: the status bar names the file
    // and the reason, and the chart keeps receiving samples from the live feed.
    DemoSession demo(400, 20);
    QString error;
    QVERIFY2(demo.listen(&error), qPrintable(error));
    SessionController &session = demo.session;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString capture = dir.filePath(QStringLiteral("full.jsonl"));
    QVERIFY2(session.setCapture(capture, &error), qPrintable(error));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    FileSizeLimit limit(32 * 1024);
    QVERIFY(limit.isActive());
    session.start();
    FeedStatusBar *status = window.feedStatusBar();
    QTRY_VERIFY_WITH_TIMEOUT(!status->fileErrorText().isEmpty(), 15000);
    limit.lift();
    QVERIFY2(status->fileErrorText().contains(capture), qPrintable(status->fileErrorText()));
    QVERIFY(QFileInfo(capture).size() <= 32 * 1024);

    const quint64 atError = samplesStored(window.seriesStore());
    QTRY_VERIFY_WITH_TIMEOUT(samplesStored(window.seriesStore()) > atError + 100, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(window.chartPanel()->visibleSeriesCount() > 0, 15000);
    session.stop();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
