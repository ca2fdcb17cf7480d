// Capture crash and disk-error safety (issue 5): a headless run killed with SIGKILL leaves a
// capture that reads back whole except at most a torn last line; a full filesystem (a small
// tmpfs mounted by the test, or RLIMIT_FSIZE where mounting is not allowed) stops the capture
// with a clear message while the feeds, decoding and exports go on.
#include "capture/capturereader.h"
#include "capture/capturewriter.h"
#include "filesizelimit.h"
#include "session/ingestengine.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include "testpaths.h"

namespace {
// Mounts a tmpfs of `kib` KiB at dir; false (with why) where the test may not mount.
bool mountTmpfs(const QString &dir, int kib, QString *why)
{
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=%1k").arg(kib), QStringLiteral("tmpfs"), dir });
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit
        || mount.exitCode() != 0) {
        *why = QStringLiteral("cannot mount a tmpfs (needs root or CAP_SYS_ADMIN): ")
            + QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

void unmount(const QString &dir)
{
    QProcess::execute(QStringLiteral("umount"), { dir });
}

// A frame of about 1 KiB with one numeric field, so every frame is also a sample.
QByteArray frame(int i)
{
    return QByteArray("{\"p\":") + QByteArray::number(i) + ",\"pad\":\"" + QByteArray(1000, 'x')
        + "\"}";
}

// Every line before the last newline is one complete JSON object.
int completeLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QByteArray bytes = file.readAll();
    bytes.truncate(bytes.lastIndexOf('\n') + 1);
    int lines = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        if (!QJsonDocument::fromJson(line).isObject())
            return -1;
        ++lines;
    }
    return lines;
}
} // namespace

class TestCaptureSafety : public QObject
{
    Q_OBJECT

private slots:
    void captureAfterKill9();
    void fullFilesystemStopsCaptureFeedsGoOn();
    void fullFilesystemHeadlessRun();
    void fileSizeLimitStopsCapture();
};

void TestCaptureSafety::captureAfterKill9()
{
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("run.capture.jsonl"));
    QProcess process;
    process.start(TestPaths::binary(),
                  { QStringLiteral("--demo"), QStringLiteral("--headless"),
                    QStringLiteral("--demo-rate"), QStringLiteral("2000"),
                    QStringLiteral("--record"), capture });
    QVERIFY(process.waitForStarted());
    // Past a few flushes' worth, so the kill lands in the middle of steady writing.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(capture).size() > 200 * 1024, 15000);
    process.kill(); // SIGKILL: no handler, no flush, no exit code
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    const int lines = completeLines(capture);
    QVERIFY2(lines > 100, qPrintable(QString::number(lines)));
    CaptureReader reader;
    QString error;
    QVERIFY2(reader.open(capture, &error), qPrintable(error));
    CaptureRecord record;
    int records = 0;
    while (reader.next(record))
        ++records;
    // Everything but the header reads back; at most the torn last line is skipped.
    QCOMPARE(records, lines - 1);
    QVERIFY2(reader.warnings().size() <= 1, qPrintable(reader.warnings().join(u'\n')));
}

void TestCaptureSafety::fullFilesystemStopsCaptureFeedsGoOn()
{
    QTemporaryDir dir;
    QString why;
    if (!mountTmpfs(dir.path(), 256, &why))
        QSKIP(qPrintable(why));
    const auto cleanup = qScopeGuard([&] { unmount(dir.path()); });
    const QString capture = dir.filePath(QStringLiteral("c.jsonl"));

    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    engine.addReplayFeed(TestSupport::feedSpec(QStringLiteral("ticks"), QUrl()));
    QString error;
    QVERIFY2(engine.startCapture(capture, &error), qPrintable(error));
    QSignalSpy fileErrors(&engine, &IngestEngine::fileError);
    engine.start();
    const int index = engine.feedIndex(QStringLiteral("ticks"));
    // 1 MiB of frames into 256 KiB, in slices so the 250 ms flush timer gets to run.
    int sent = 0;
    for (; sent < 1000 && fileErrors.isEmpty(); ++sent) {
        engine.ingestText(index, frame(sent), qint64(sent) * 1000 + 1'700'000'000'000'000);
        if (sent % 50 == 49)
            QTest::qWait(60);
    }
    QTRY_COMPARE(fileErrors.count(), 1);
    const QString message = fileErrors.first().first().toString();
    QVERIFY2(message.contains(capture)
                 && message.contains(QStringLiteral("No space"), Qt::CaseInsensitive),
             qPrintable(message));
    // The feed goes on: frames after the error are still counted and decoded.
    for (int i = 0; i < 100; ++i)
        engine.ingestText(index, frame(sent + i), qint64(sent + i) * 1000 + 1'700'000'000'000'000);
    QCOMPARE(engine.stats().front().frames, quint64(sent + 100));
    QCOMPARE(engine.stats().front().decoded, quint64(sent + 100));
    engine.stop();
    QCOMPARE(fileErrors.count(), 1); // reported once, not again at stop
    // What was written is valid up to its last line: the writer cut back the partial write.
    CaptureReader reader;
    QVERIFY2(reader.open(capture, &error), qPrintable(error));
    CaptureRecord record;
    int records = 0;
    while (reader.next(record))
        ++records;
    QVERIFY(records > 10);
    QCOMPARE(reader.warnings(), QStringList());
}

void TestCaptureSafety::fullFilesystemHeadlessRun()
{
    QTemporaryDir full;
    QTemporaryDir out;
    QString why;
    if (!mountTmpfs(full.path(), 128, &why))
        QSKIP(qPrintable(why));
    const auto cleanup = qScopeGuard([&] { unmount(full.path()); });
    QProcess process;
    process.start(TestPaths::binary(),
                  { QStringLiteral("--demo"), QStringLiteral("--headless"),
                    QStringLiteral("--duration"), QStringLiteral("2"),
                    QStringLiteral("--demo-rate"), QStringLiteral("2000"),
                    QStringLiteral("--record"), full.filePath(QStringLiteral("c.jsonl")),
                    QStringLiteral("--export"), out.filePath(QStringLiteral("s.csv")) });
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(err.contains(QStringLiteral("error: capture"))
                 && err.contains(QStringLiteral("No space")),
             qPrintable(err));
    // The export, on a disk with room, holds far more than the capture could.
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("s.csv"))).size() > 256 * 1024);
}

void TestCaptureSafety::fileSizeLimitStopsCapture()
{
    // Works without mount rights: a soft RLIMIT_FSIZE makes write() fail with EFBIG.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.jsonl"));
    CaptureWriter writer;
    QString error;
    QVERIFY2(writer.open(path, {}, &error), qPrintable(error));
    bool ok = true;
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.isActive());
        for (int i = 0; i < 200 && ok; ++i) {
            writer.writeText(i, QStringLiteral("f"), frame(i));
            ok = writer.flush();
        }
    }
    QVERIFY(!ok);
    QVERIFY(writer.hasFailed());
    QVERIFY2(writer.errorString().contains(path), qPrintable(writer.errorString()));
    QVERIFY(QFileInfo(path).size() <= 64 * 1024);
    QVERIFY(completeLines(path) > 10);
    CaptureReader reader;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    CaptureRecord record;
    while (reader.next(record)) { }
    QCOMPARE(reader.warnings(), QStringList());
}

QTEST_GUILESS_MAIN(TestCaptureSafety)
#include "tst_capturesafety.moc"
