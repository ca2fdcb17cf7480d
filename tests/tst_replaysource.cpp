// Tests ReplaySource's controls on a real capture file and a real IngestEngine: as fast as
// possible, pause and resume, a speed change while playing, seeking, and progress reports.
#include "tickcapture.h"
#include "session/ingestengine.h"
#include "session/replaysource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr int kFrames = 400;
constexpr qint64 kStartUs = kTickCaptureStartUs;

QString writeCapture(const QTemporaryDir &dir, qint64 stepUs)
{
    return writeTickCapture(dir.filePath(QStringLiteral("c.jsonl")), kFrames, stepUs);
}
} // namespace

class TestReplaySource : public QObject
{
    Q_OBJECT

private slots:
    void fullSpeedPlaysEverything();
    void pauseAndResume();
    void speedChangeWhilePlaying();
    void seekSkipsAhead_data();
    void seekSkipsAhead();
};

void TestReplaySource::fullSpeedPlaysEverything()
{
    QTemporaryDir dir;
    const QString path = writeCapture(dir, 10'000);
    IngestEngine engine;
    ReplaySource replay(&engine);
    QVERIFY(replay.open(path, nullptr));
    QCOMPARE(replay.firstTimeUs(), kStartUs);
    QCOMPARE(replay.lastTimeUs(), kStartUs + (kFrames - 1) * 10'000);
    QSignalSpy progress(&replay, &ReplaySource::progressChanged);
    QSignalSpy finished(&replay, &ReplaySource::finished);
    replay.setSpeed(0);
    replay.start();
    QVERIFY(finished.wait());
    QCOMPARE(replay.framesReplayed(), quint64(kFrames));
    QCOMPARE(engine.stats().front().samples, quint64(kFrames));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);
    QCOMPARE(progress.last().at(1).toLongLong(), replay.lastTimeUs());
}

void TestReplaySource::pauseAndResume()
{
    QTemporaryDir dir;
    const QString path = writeCapture(dir, 1000); // 0.4 s at 1x
    IngestEngine engine;
    ReplaySource replay(&engine);
    QVERIFY(replay.open(path, nullptr));
    QSignalSpy paused(&replay, &ReplaySource::pausedChanged);
    QSignalSpy finished(&replay, &ReplaySource::finished);
    replay.setSpeed(1);
    replay.setPaused(true);
    replay.start();
    QCOMPARE(paused.count(), 1);
    QTest::qWait(100); // paused: the event loop runs, nothing may be played
    QCOMPARE(replay.framesReplayed(), quint64(0));
    replay.setPaused(false);
    QCOMPARE(paused.last().first().toBool(), false);
    QTRY_VERIFY(replay.framesReplayed() > 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(replay.framesReplayed(), quint64(kFrames));
}

void TestReplaySource::speedChangeWhilePlaying()
{
    QTemporaryDir dir;
    const QString path = writeCapture(dir, 100'000); // 40 s at 1x
    IngestEngine engine;
    ReplaySource replay(&engine);
    QVERIFY(replay.open(path, nullptr));
    QSignalSpy finished(&replay, &ReplaySource::finished);
    replay.setSpeed(1);
    replay.start();
    QTRY_VERIFY(replay.framesReplayed() > 0);
    QVERIFY(replay.framesReplayed() < kFrames / 2);
    replay.setSpeed(0); // as fast as possible from here
    QVERIFY(finished.wait(5000));
    QCOMPARE(replay.framesReplayed(), quint64(kFrames));
}

void TestReplaySource::seekSkipsAhead_data()
{
    QTest::addColumn<double>("fraction");
    QTest::newRow("start") << 0.0;
    QTest::newRow("half") << 0.5;
    QTest::newRow("end") << 1.0;
}

void TestReplaySource::seekSkipsAhead()
{
    QFETCH(double, fraction);
    QTemporaryDir dir;
    const QString path = writeCapture(dir, 10'000);
    IngestEngine engine;
    ReplaySource replay(&engine);
    QVERIFY(replay.open(path, nullptr));
    QSignalSpy progress(&replay, &ReplaySource::progressChanged);
    QSignalSpy finished(&replay, &ReplaySource::finished);
    replay.seek(fraction);
    QCOMPARE(progress.count(), 1);
    QVERIFY(qAbs(progress.first().first().toDouble() - fraction) < 0.01);
    replay.setSpeed(0);
    replay.start();
    QVERIFY(finished.wait());
    // Lines are nearly equal in size, so the share of frames played matches the share of
    // the file left, give or take a couple of lines.
    const double expected = (1.0 - fraction) * kFrames;
    QVERIFY2(qAbs(double(replay.framesReplayed()) - expected) <= 3,
             qPrintable(QString::number(replay.framesReplayed())));
}

QTEST_GUILESS_MAIN(TestReplaySource)
#include "tst_replaysource.moc"
