// GUI tests (offscreen) of the replay bar and the File menu's session actions, on a real
// SessionController: a capture replayed through the worker thread, paused, sped up to the
// end; the capture size shown while recording; the actions sit in the File menu before Quit.
#include "tickcapture.h"
#include "profiles/profilestore.h"
#include "session/sessioncontroller.h"
#include "mainwindow.h"
#include "replaybar.h"
#include "sessionactions.h"

#include <QAction>
#include <QComboBox>
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

QTEST_MAIN(TestSessionUi)
#include "tst_sessionui.moc"
