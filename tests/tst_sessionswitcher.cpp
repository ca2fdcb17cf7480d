// SessionSwitcher without a window: a profile of the demo feed on 127.0.0.1 replaces a
// replay (with a default capture of its own), a capture replaces the profile, and a bad
// profile or capture changes nothing of the running session.
#include "tickcapture.h"
#include "feed/demofeedserver.h"
#include "profiles/profilestore.h"
#include "session/sessioncontroller.h"
#include "session/sessionswitcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestSessionSwitcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profileThenCaptureThenProfile();
    void badFilesLeaveTheSessionRunning();
    void defaultCaptureStartPrunesOldOnes();
};

void TestSessionSwitcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSessionSwitcher::profileThenCaptureThenProfile()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    SessionController session;
    SessionSwitcher switcher(&session, &store);
    DemoFeedServer demo;
    QString error;
    QVERIFY2(demo.listen(&error), qPrintable(error));
    Profile profile;
    profile.name = QStringLiteral("demo desk");
    profile.feeds = demo.feedSpecs();
    const auto path = store.save(profile, &error);
    QVERIFY2(path, qPrintable(error));

    // Views are told before the new session starts, so they can forget the old one first.
    QList<bool> runningWhenReplaced;
    QStringList titles;
    connect(&switcher, &SessionSwitcher::sessionReplaced, this, [&](const QString &title) {
        runningWhenReplaced << session.isRunning();
        titles << title;
    });
    QSignalSpy batches(&session, &SessionController::batchReady);

    const auto opened = switcher.switchToProfile(*path, &error);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(opened->name, profile.name);
    QCOMPARE(titles, QStringList { QStringLiteral("demo desk") });
    QCOMPARE(runningWhenReplaced, QList<bool> { false });
    QVERIFY(session.isRunning());
    QCOMPARE(session.feedSpecs().size(), 2);
    QCOMPARE(switcher.currentProfile(), *path);
    QCOMPARE(store.recent().value(0), *path);
    const QString firstCapture = switcher.capturePath();
    QVERIFY2(firstCapture.startsWith(SessionSwitcher::defaultCaptureFolder()
                                     + QStringLiteral("/session-")),
             qPrintable(firstCapture));
    QVERIFY(switcher.captureError().isEmpty());
    QTRY_VERIFY(QFileInfo(firstCapture).size() > 0);

    // A capture replaces the live profile: no feeds of its own, no capture, no profile.
    const QString replay = writeTickCapture(dir.filePath(QStringLiteral("c.jsonl")), 50, 1000);
    QVERIFY(switcher.switchToCapture(replay, &error));
    QCOMPARE(titles.last(), QStringLiteral("c.jsonl"));
    QCOMPARE(runningWhenReplaced.last(), false);
    QVERIFY(session.hasReplay());
    QVERIFY(session.feedSpecs().isEmpty());
    QVERIFY(switcher.currentProfile().isEmpty());
    QVERIFY(switcher.capturePath().isEmpty());

    // And the profile again: a new capture file, not the first one reopened.
    QTest::qWait(5); // the default capture's name has millisecond resolution
    QVERIFY(switcher.switchToProfile(*path, &error));
    QVERIFY(!session.hasReplay());
    QVERIFY(!switcher.capturePath().isEmpty());
    QVERIFY(switcher.capturePath() != firstCapture);
    session.stop();
    QFile::remove(firstCapture);
    QFile::remove(switcher.capturePath());
}

void TestSessionSwitcher::badFilesLeaveTheSessionRunning()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    SessionController session;
    SessionSwitcher switcher(&session, &store);
    const QString replay = writeTickCapture(dir.filePath(QStringLiteral("c.jsonl")), 5000, 10'000);
    QString error;
    QVERIFY(switcher.switchToCapture(replay, &error));
    QSignalSpy replaced(&switcher, &SessionSwitcher::sessionReplaced);

    const QString notProfile = dir.filePath(QStringLiteral("bad.json"));
    QFile file(notProfile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    QVERIFY(!switcher.switchToProfile(notProfile, &error));
    QVERIFY2(error.contains(QStringLiteral("JSON")), qPrintable(error));
    QVERIFY(!switcher.switchToCapture(dir.filePath(QStringLiteral("missing.jsonl")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(replaced.count(), 0);
    QVERIFY(session.isRunning());
    QVERIFY(session.hasReplay());
    QCOMPARE(session.replayPath(), replay);
    session.stop();
}

// A default capture starting applies the retention limits to the older default captures.
void TestSessionSwitcher::defaultCaptureStartPrunesOldOnes()
{
    const QString folder = SessionSwitcher::defaultCaptureFolder(); // test mode: not the user's
    QVERIFY(QDir().mkpath(folder));
    const QString old = folder + QStringLiteral("/session-20200101-100000-000.capture.jsonl");
    const QString other = folder + QStringLiteral("/kept-by-hand.capture.jsonl");
    for (const QString &path : { old, other }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    SessionController session;
    SessionSwitcher switcher(&session, &store);
    CaptureRetention::Limits limits;
    limits.maxBytes = 1024; // less than the old file: it must go
    switcher.setCaptureRetention(limits);
    QString error;
    const QString current = switcher.startDefaultCapture(&error);
    QVERIFY2(!current.isEmpty(), qPrintable(error));
    QVERIFY(!QFile::exists(old));
    QVERIFY(QFile::exists(other));
    session.stop();
    QFile::remove(other);
    QFile::remove(current);
}

QTEST_GUILESS_MAIN(TestSessionSwitcher)
#include "tst_sessionswitcher.moc"
