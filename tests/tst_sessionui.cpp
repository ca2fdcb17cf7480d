// GUI tests (offscreen) of the replay bar and the File menu's session actions, on the GUI
// composition main() runs (GuiSession): a capture replayed through the worker thread, paused,
// sped up to the end; the capture size shown while recording; the actions sit in the File
// menu before Quit; switching sessions; the layout saved with a profile; Edit... in the Feeds
// panel.
#include "tickcapture.h"
#include "feed/demofeedserver.h"
#include "chartcard.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "feedspanel.h"
#include "guisession.h"
#include "latestvaluesmodel.h"
#include "profileeditor.h"
#include "logmodel.h"
#include "messageinspector.h"
#include "rawframesmodel.h"
#include "store/seriesstore.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/sessioncontroller.h"
#include "session/sessionswitcher.h"
#include "mainwindow.h"
#include "replaybar.h"
#include "sessionactions.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSlider>
#include <QPushButton>
#include <QTableView>
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
    void layoutTravelsWithTheProfile();
    void feedsPanelEditOpensTheProfileEditor();
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
    GuiSession gui(&store);
    RunOptions options;
    options.replayPath = writeCapture(dir);
    options.speed = 0.0;
    const QString capture = dir.filePath(QStringLiteral("again.jsonl"));
    options.recordPath = capture;
    QString error;
    QVERIFY2(gui.configure(options, {}, &error), qPrintable(error));
    SessionActions *actions = gui.actions();
    QMenu *file = gui.window()->menuBar()->actions().first()->menu();
    const QList<QAction *> items = file->actions();
    const auto indexOf = [&](const char *name) {
        for (int i = 0; i < items.size(); ++i) {
            if (items[i]->objectName() == QLatin1String(name))
                return i;
        }
        return -1;
    };
    for (const char *name :
         { "actionOpenProfile", "actionImportProfile", "actionExportProfile", "actionOpenCapture",
           "actionRecordCapture", "actionCaptureFile", "actionExport" }) {
        QVERIFY2(indexOf(name) >= 0, name);
        QVERIFY2(indexOf(name) < indexOf("actionQuit"), name);
    }
    QCOMPARE(items.last(), gui.window()->quitAction());
    QVERIFY(actions->captureAction()->isChecked());
    // Replayed frames are captured again; the label follows the file's size.
    gui.session()->start();
    QTRY_VERIFY(actions->captureLabel()->text().contains(QStringLiteral("KiB")));
    QCOMPARE(actions->captureLabel()->toolTip().section(QLatin1Char('\n'), 0, 0), capture);
    gui.session()->stop();
}

// Opening a capture, then a profile, replaces the window's session in place: the old
// series and logs are gone at once, only the new session's arrive, the replay bar comes and
// goes, and a live profile gets its own default capture.
void TestSessionUi::switchingSessionsClearsTheWindow()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    GuiSession gui(&store);
    RunOptions options;
    options.replayPath = writeCapture(dir);
    options.speed = 0.0;
    QString error;
    QVERIFY2(gui.configure(options, {}, &error), qPrintable(error));
    MainWindow &window = *gui.window();
    SessionActions *actions = gui.actions();
    QVERIFY(gui.replayBar());
    gui.session()->start();
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
        QVERIFY(writer.open(second, { other }, &error));
        for (int i = 0; i < 50; ++i)
            writer.writeText(kTickCaptureStartUs + i * 1000, other.name,
                             QByteArray("{\"q\":") + QByteArray::number(i) + ",\"r\":1}");
        QVERIFY(writer.close());
    }
    QVERIFY(actions->openCaptureFile(second));
    QCOMPARE(window.seriesStore().seriesCount(), 0); // cleared before anything new arrives
    QCOMPARE(window.logModel()->rowCount(), 0);
    QCOMPARE(window.latestValuesModel()->rowCount(), 0);
    QVERIFY(window.messageInspector()->model()->feeds().isEmpty());
    QVERIFY(gui.replayBar());
    QTRY_COMPARE(window.seriesStore().seriesCount(), 2);
    QCOMPARE(window.seriesStore().info(0).feed, QStringLiteral("other"));
    QCOMPARE(window.seriesStore().info(1).feed, QStringLiteral("other"));
    QTRY_VERIFY(window.chartPanel()->visibleSeriesCount() > 0);
    QTRY_COMPARE(window.messageInspector()->model()->feeds(),
                 QStringList { QStringLiteral("other") });
    QTRY_COMPARE(window.latestValuesModel()->rowCount(), 2);

    // A live profile: the demo server on 127.0.0.1.
    DemoFeedServer demo;
    QVERIFY2(demo.listen(&error), qPrintable(error));
    Profile profile;
    profile.name = QStringLiteral("demo");
    profile.feeds = demo.feedSpecs();
    const auto path = store.save(profile, &error);
    QVERIFY2(path, qPrintable(error));
    QVERIFY(actions->openProfileFile(*path));
    QCOMPARE(window.seriesStore().seriesCount(), 0);
    QVERIFY(!gui.replayBar());
    QCOMPARE(gui.switcher()->currentProfile(), *path);
    QCOMPARE(window.windowTitle(), QStringLiteral("FeedBoard — demo"));
    // The capture label's tooltip names the file first, then the retention limits.
    const QString capture = gui.switcher()->capturePath();
    QVERIFY2(capture.contains(QStringLiteral("captures/session-")), qPrintable(capture));
    QVERIFY(actions->captureLabel()->toolTip().startsWith(capture));
    QTRY_VERIFY(window.seriesStore().seriesCount() > 0);
    for (int id : window.seriesStore().seriesIds())
        QVERIFY(window.seriesStore().info(id).feed != QStringLiteral("other"));
    QCOMPARE(store.recent().value(0), *path);
    gui.session()->stop();
    QVERIFY(QFileInfo(capture).size() > 0);
    QFile::remove(capture);
}

// The window's layout is saved under "layout" with the profile (issue 4), and opening the
// profile brings it back: here, a second chart and its time window.
void TestSessionUi::layoutTravelsWithTheProfile()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    GuiSession gui(&store);
    MainWindow &window = *gui.window();
    ChartsArea *charts = window.chartsArea();
    charts->addChart()->setWindowMs(10'000);
    QCOMPARE(charts->chartCount(), 2);
    const QJsonObject layout = window.saveLayout();
    Profile profile;
    profile.name = QStringLiteral("laid out");
    // Refused (port 1): the session just retries.
    profile.feeds << TestSupport::feedSpec(QStringLiteral("f"),
                                           QUrl(QStringLiteral("ws://127.0.0.1:1/x")));
    QString error;
    const auto path = store.save(gui.actions()->withCurrentLayout(profile), &error);
    QVERIFY2(path, qPrintable(error));
    QFile file(*path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("layout")).toObject(),
        layout);

    charts->removeChart(charts->chart(1));
    QCOMPARE(charts->chartCount(), 1);
    QVERIFY(gui.actions()->openProfileFile(*path));
    QCOMPARE(charts->chartCount(), 2);
    QCOMPARE(charts->chart(1)->panel()->windowMs(), 10'000);
    const QString capture = gui.actions()->captureLabel()->toolTip();
    gui.session()->stop();
    QFile::remove(capture);
}

// The Feeds panel's Edit... opens the profile editor on the session's feeds: the wiring
// main() gets from GuiSession, clicked as a person would.
void TestSessionUi::feedsPanelEditOpensTheProfileEditor()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    GuiSession gui(&store);
    RunOptions options;
    QString error;
    const FeedSpec feed = TestSupport::feedSpec(QStringLiteral("prices"),
                                                QUrl(QStringLiteral("ws://127.0.0.1:1/p")));
    FeedList::Run run;
    run.feeds << feed;
    QVERIFY2(gui.configure(options, run, &error), qPrintable(error));
    gui.start();
    QVERIFY(QTest::qWaitForWindowExposed(gui.window()));
    auto *view = gui.window()->feedsPanel()->findChild<QTableView *>(QStringLiteral("feedsView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QString seenFeeds;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ProfileEditor *>(QApplication::activeModalWidget()));
        auto *editor = qobject_cast<ProfileEditor *>(QApplication::activeModalWidget());
        seenFeeds = editor->profile().feeds.value(0).name;
        editor->reject();
    });
    auto *edit = gui.window()->feedsPanel()->findChild<QPushButton *>(QStringLiteral("editButton"));
    QVERIFY(edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(seenFeeds, QStringLiteral("prices"));
    const QString capture = gui.switcher()->capturePath();
    gui.session()->stop();
    QFile::remove(capture);
}

QTEST_MAIN(TestSessionUi)
#include "tst_sessionui.moc"
