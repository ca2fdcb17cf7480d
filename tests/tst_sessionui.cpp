// GUI tests (offscreen) of the replay bar and the File menu's session actions, on a real
// SessionController: a capture replayed through the worker thread, paused, sped up to the
// end; the capture size shown while recording; the actions sit in the File menu before Quit.
#include "tickcapture.h"
#include "feed/demofeedserver.h"
#include "chartpanel.h"
#include "dashboarddata.h"
#include "latestvaluesmodel.h"
#include "logmodel.h"
#include "messageinspector.h"
#include "rawframesmodel.h"
#include "store/seriesstore.h"
#include "profiles/profilestore.h"
#include "session/sessioncontroller.h"
#include "mainwindow.h"
#include "replaybar.h"
#include "sessionactions.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

namespace {
constexpr int kFrames = 300;

// 30 s of capture time: at 1x the replay cannot end within the test.
QString writeCapture(const QTemporaryDir &dir)
{
    return writeTickCapture(dir.filePath(QStringLiteral("c.jsonl")), kFrames, 100'000);
}
} // namespace

class TestSessionUi : public QObject
{
    Q_OBJECT

private slots:
    void replayBarPausesAndRunsToTheEnd();
    void actionsInFileMenuAndCaptureSize();
    void switchingSessionsClearsTheWindow();
    void rewoundBatchEmptiesTheWindowsStores();
    void layoutTravelsWithTheProfile();
};

void TestSessionUi::replayBarPausesAndRunsToTheEnd()
{
    QTemporaryDir dir;
    SessionController session;
    QString error;
    QVERIFY2(session.setReplay(writeCapture(dir), 1.0, &error), qPrintable(error));
    QVERIFY(session.hasReplay());
    ReplayBar bar(&session);
    QSignalSpy progress(&session, &SessionController::replayProgress);
    QSignalSpy paused(&session, &SessionController::replayPausedChanged);
    QSignalSpy finished(&session, &SessionController::replayFinished);
    session.start();
    QVERIFY(progress.wait());
    auto *play = bar.findChild<QToolButton *>(QStringLiteral("replayPlay"));
    QVERIFY(play && play->isChecked());
    play->click(); // pause
    QVERIFY(paused.wait());
    QCOMPARE(paused.last().first().toBool(), true);
    QVERIFY(finished.isEmpty());
    auto *speed = bar.findChild<QComboBox *>(QStringLiteral("replaySpeed"));
    speed->setCurrentIndex(speed->findData(0.0)); // Max
    play->click(); // resume at full speed
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE(bar.slider()->value(), bar.slider()->maximum());
    session.stop();
}

void TestSessionUi::actionsInFileMenuAndCaptureSize()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    SessionController session;
    FeedSpec spec;
    spec.name = QStringLiteral("ticks");
    spec.url = QUrl(QStringLiteral("ws://127.0.0.1:1/ticks"));
    QString error;
    QVERIFY2(session.setReplay(writeCapture(dir), 0.0, &error), qPrintable(error));
    const QString capture = dir.filePath(QStringLiteral("again.jsonl"));
    QVERIFY2(session.setCapture(capture, &error), qPrintable(error));
    MainWindow window(&session);
    auto *actions = new SessionActions(&window, &session, &store);
    actions->setCapturePath(capture);
    QMenu *file = window.menuBar()->actions().first()->menu();
    const QList<QAction *> items = file->actions();
    const auto indexOf = [&](const char *name) {
        for (int i = 0; i < items.size(); ++i) {
            if (items[i]->objectName() == QLatin1String(name))
                return i;
        }
        return -1;
    };
    for (const char *name : {"actionOpenProfile", "actionImportProfile", "actionExportProfile",
                             "actionOpenCapture", "actionRecordCapture", "actionCaptureFile"}) {
        QVERIFY2(indexOf(name) >= 0, name);
        QVERIFY2(indexOf(name) < indexOf("actionQuit"), name);
    }
    QVERIFY(actions->captureAction()->isChecked());
    // Replayed frames are captured again; the label follows the file's size.
    session.start();
    QTRY_VERIFY(actions->captureLabel()->text().contains(QStringLiteral("KiB")));
    QCOMPARE(actions->captureLabel()->toolTip(), capture);
    session.stop();
}

// Opening a capture, then a profile, replaces the window's session in place: the old
// series and logs are gone at once, only the new session's arrive, the replay bar comes and
// goes, and a live profile gets its own default capture.
void TestSessionUi::switchingSessionsClearsTheWindow()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    SessionController session;
    QString error;
    QVERIFY2(session.setReplay(writeCapture(dir), 0.0, &error), qPrintable(error));
    MainWindow window(&session);
    auto *actions = new SessionActions(&window, &session, &store);
    connect(actions, &SessionActions::sessionCleared, &window, &MainWindow::clearSession);
    actions->updateReplayBar(0.0);
    QVERIFY(actions->replayBar());
    session.start();
    QTRY_COMPARE(window.seriesStore().seriesCount(), 1);
    QTRY_VERIFY(window.seriesStore().buffer(0).size() > 0);
    QTRY_VERIFY(window.latestValuesModel()->rowCount() > 0);
    QTRY_VERIFY(window.messageInspector()->model()->feeds().contains(QStringLiteral("ticks")));

    // A second capture, on another feed.
    FeedSpec other;
    other.name = QStringLiteral("other");
    other.url = QUrl(QStringLiteral("ws://127.0.0.1:1/other"));
    const QString second = dir.filePath(QStringLiteral("second.jsonl"));
    {
        CaptureWriter writer;
        QVERIFY(writer.open(second, {other}, &error));
        for (int i = 0; i < 50; ++i)
            writer.writeText(kTickCaptureStartUs + i * 1000, other.name,
                             QByteArray("{\"q\":") + QByteArray::number(i) + ",\"r\":1}");
        QVERIFY(writer.close());
    }
    QVERIFY(actions->switchToCapture(second));
    QCOMPARE(window.seriesStore().seriesCount(), 0); // cleared before anything new arrives
    QCOMPARE(window.logModel()->rowCount(), 0);
    QCOMPARE(window.latestValuesModel()->rowCount(), 0);
    QVERIFY(window.messageInspector()->model()->feeds().isEmpty());
    QVERIFY(actions->replayBar());
    QTRY_COMPARE(window.seriesStore().seriesCount(), 2);
    QCOMPARE(window.seriesStore().info(0).feed, QStringLiteral("other"));
    QCOMPARE(window.seriesStore().info(1).feed, QStringLiteral("other"));
    QTRY_VERIFY(window.chartPanel()->visibleSeriesCount() > 0);
    QTRY_COMPARE(window.messageInspector()->model()->feeds(), QStringList{QStringLiteral("other")});
    QTRY_COMPARE(window.latestValuesModel()->rowCount(), 2);

    // A live profile: the demo server on 127.0.0.1.
    DemoFeedServer demo;
    QVERIFY2(demo.listen(&error), qPrintable(error));
    Profile profile;
    profile.name = QStringLiteral("demo");
    profile.feeds = demo.feedSpecs();
    const auto path = store.save(profile, &error);
    QVERIFY2(path, qPrintable(error));
    QVERIFY(actions->switchToProfile(*path));
    QCOMPARE(window.seriesStore().seriesCount(), 0);
    QVERIFY(!actions->replayBar());
    QCOMPARE(actions->currentProfile(), *path);
    const QString capture = actions->captureLabel()->toolTip();
    QVERIFY2(capture.contains(QStringLiteral("captures/session-")), qPrintable(capture));
    QTRY_VERIFY(window.seriesStore().seriesCount() > 0);
    for (int id : window.seriesStore().seriesIds())
        QVERIFY(window.seriesStore().info(id).feed != QStringLiteral("other"));
    QCOMPARE(store.recent().value(0), *path);
    session.stop();
    QVERIFY(QFileInfo(capture).size() > 0);
    QFile::remove(capture);
}

void TestSessionUi::rewoundBatchEmptiesTheWindowsStores()
{
    DashboardData data(1000, 1000);
    IngestBatch first;
    SeriesInfo info;
    info.id = 0;
    info.feed = QStringLiteral("ticks");
    info.field = QStringLiteral("/p");
    first.newSeries.push_back(info);
    for (int i = 0; i < 10; ++i)
        first.samples.push_back(SamplePoint{0, 1000.0 + i, double(i)});
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
    again.samples.push_back(SamplePoint{0, 500.0, 1.0});
    data.ingest(again);
    QCOMPARE(data.seriesStore().seriesCount(), 1); // still registered
    QCOMPARE(data.seriesStore().buffer(0).size(), 1);
    QCOMPARE(data.seriesStore().buffer(0).timeAt(0), 500.0);
    data.takeDirtySeries(dirty);
    QCOMPARE(dirty, std::vector<int>{0});
    QCOMPARE(data.commitPendingLogs(), 0);
    QCOMPARE(data.logStore().size(), 0);
}

// The layout hooks stand in for MainWindow::saveLayout()/restoreLayout() (issue 4): what
// the window reports is saved under "layout", and opening the profile hands it back.
void TestSessionUi::layoutTravelsWithTheProfile()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    SessionController session;
    MainWindow window(&session);
    auto *actions = new SessionActions(&window, &session, &store);
    const QJsonObject layout{{QStringLiteral("charts"), QJsonArray{QStringLiteral("/p")}},
                             {QStringLiteral("windowMs"), 10000}};
    QJsonObject restored;
    actions->setLayoutHooks([&] { return layout; }, [&](const QJsonObject &object) {
        restored = object;
        return true;
    });
    Profile profile;
    profile.name = QStringLiteral("laid out");
    FeedSpec feed;
    feed.name = QStringLiteral("f");
    feed.url = QUrl(QStringLiteral("ws://127.0.0.1:1/x")); // refused: the session just retries
    profile.feeds.append(feed);
    QString error;
    const auto path = store.save(actions->withCurrentLayout(profile), &error);
    QVERIFY2(path, qPrintable(error));
    QFile file(*path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("layout")).toObject(), layout);
    QVERIFY(actions->switchToProfile(*path));
    QCOMPARE(restored, layout);
    const QString capture = actions->captureLabel()->toolTip();
    session.stop();
    QFile::remove(capture);
}

QTEST_MAIN(TestSessionUi)
#include "tst_sessionui.moc"
