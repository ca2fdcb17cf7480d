// Rotating and compressed captures (issue 17): parts by size and by age, --keep, zstd round
// trip, a zstd capture torn by kill -9, damaged zstd data, and several parts (or a folder)
// read back as one run in time order.
#include "capture/capturereader.h"
#include "capture/capturerotation.h"
#include "capture/capturewriter.h"
#include "capture/zstdstream.h"
#include "service/serviceoptions.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include "testpaths.h"

namespace {
const qint64 kStartUs = 1'700'000'000'000'000;

FeedSpec ticksSpec()
{
    return TestSupport::feedSpec(QStringLiteral("ticks"),
                                 QUrl(QStringLiteral("ws://127.0.0.1:1/ticks")));
}

QByteArray tick(int i)
{
    // Demo-like ticks: repetitive keys, varying numbers (what compression sees in practice).
    return QByteArray(R"({"symbol":"SYM)") + QByteArray::number(i % 7) + R"(","price":)"
        + QByteArray::number(100.0 + (i * 37 % 1000) / 100.0, 'f', 2) + R"(,"volume":)"
        + QByteArray::number(i % 40 * 100) + R"(,"seq":)" + QByteArray::number(i) + '}';
}

// Every record of a capture (or a set of parts), in order; warnings out.
QList<CaptureRecord> readAll(const QStringList &paths, QStringList *warnings = nullptr,
                             QString *error = nullptr)
{
    CaptureReader reader;
    QString ignored;
    QList<CaptureRecord> records;
    if (!reader.open(paths, error ? error : &ignored))
        return records;
    CaptureRecord record;
    while (reader.next(record))
        records << record;
    if (warnings)
        *warnings = reader.warnings();
    return records;
}

// The records 0..n-1 of tick(), in order, and nothing else.
bool isTickRun(const QList<CaptureRecord> &records, int first, int count)
{
    if (records.size() != count)
        return false;
    for (int i = 0; i < count; ++i) {
        if (records[i].data != tick(first + i) || records[i].timeUs != kStartUs + first + i)
            return false;
    }
    return true;
}
} // namespace

class tst_CaptureRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void partNames();
    void rotatesBySize();
    void rotatesByTime();
    void keepsNewest();
    void zstdRoundTrip();
    void zstdTornByKill();
    void damagedZstd();
    void severalFilesInTimeOrder();
    void diskFillsWhileRotating();
    void commandLine_data();
    void commandLine();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CaptureRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                            + QStringLiteral("/i17-rotation-XXXXXX"));
    QVERIFY(m_dir->isValid());
}

void tst_CaptureRotation::partNames()
{
    const QString record = m_dir->filePath(QStringLiteral("desk.capture.jsonl.zst"));
    const QDateTime start(QDate(2026, 12, 1), QTime(10, 15, 0, 123), Qt::UTC);
    const QString first = CaptureRotation::partPath(record, start);
    QCOMPARE(QFileInfo(first).fileName(),
             QStringLiteral("desk-20261201T101500.123Z.capture.jsonl.zst"));
    QFile(first).open(QIODevice::WriteOnly);
    // Taken: one millisecond on, so names stay in time order.
    const QString second = CaptureRotation::partPath(record, start);
    QCOMPARE(QFileInfo(second).fileName(),
             QStringLiteral("desk-20261201T101500.124Z.capture.jsonl.zst"));
    QFile(second).open(QIODevice::WriteOnly);
    QFile(m_dir->filePath(QStringLiteral("desk-other.capture.jsonl.zst")))
        .open(QIODevice::WriteOnly);
    QCOMPARE(CaptureRotation::parts(record), QStringList({ first, second }));
}

void tst_CaptureRotation::rotatesBySize()
{
    const QString record = m_dir->filePath(QStringLiteral("run.capture.jsonl"));
    CaptureWriter writer;
    CaptureRotation rotation;
    rotation.maxBytes = 4000;
    writer.setRotation(rotation);
    QVERIFY(writer.open(record, { ticksSpec() }, nullptr));
    QVERIFY(!QFileInfo::exists(record)); // parts only
    for (int i = 0; i < 500; ++i)
        writer.writeText(kStartUs + i, QStringLiteral("ticks"), tick(i));
    QVERIFY(writer.close());
    const QStringList parts = CaptureRotation::parts(record);
    QVERIFY2(parts.size() >= 10, qPrintable(parts.join(QLatin1Char(' '))));
    for (const QString &part : parts) {
        const QList<QByteArray> lines = TestSupport::readLines(part);
        QVERIFY(lines.first().startsWith(R"({"format":"feedboard-capture")")); // self-contained
        // A part ends at the first line end at or past the size.
        QVERIFY2(QFileInfo(part).size() < rotation.maxBytes + 200, qPrintable(part));
        QVERIFY(readAll({ part }).size() > 0);
    }
    QVERIFY(isTickRun(readAll({ m_dir->path() }), 0, 500));
}

void tst_CaptureRotation::rotatesByTime()
{
    const QString record = m_dir->filePath(QStringLiteral("timed.capture.jsonl.zst"));
    CaptureWriter writer;
    CaptureRotation rotation;
    rotation.maxSeconds = 1;
    writer.setRotation(rotation);
    QVERIFY(writer.open(record, { ticksSpec() }, nullptr));
    int written = 0;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 100; ++i, ++written)
            writer.writeText(kStartUs + written, QStringLiteral("ticks"), tick(written));
        writer.handOff(); // the engine's 200 ms hand-over checks the part's age
        if (round < 2)
            QTest::qWait(1100);
        writer.handOff();
    }
    QVERIFY(writer.close());
    QCOMPARE(CaptureRotation::parts(record).size(), 3);
    QVERIFY(isTickRun(readAll(CaptureRotation::parts(record)), 0, 300));
}

void tst_CaptureRotation::keepsNewest()
{
    const QString record = m_dir->filePath(QStringLiteral("kept.capture.jsonl"));
    CaptureWriter writer;
    CaptureRotation rotation;
    rotation.maxBytes = 2000;
    rotation.keep = 3;
    writer.setRotation(rotation);
    QVERIFY(writer.open(record, { ticksSpec() }, nullptr));
    for (int i = 0; i < 400; ++i)
        writer.writeText(kStartUs + i, QStringLiteral("ticks"), tick(i));
    QVERIFY(writer.close());
    const QStringList parts = CaptureRotation::parts(record);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.last(), writer.path());
    // The newest parts: the run's end is there, its start is gone.
    const QList<CaptureRecord> records = readAll({ m_dir->path() });
    QVERIFY(!records.isEmpty());
    QVERIFY(records.first().data != tick(0));
    const int first = records.first().data.split(':').last().chopped(1).toInt();
    QVERIFY(isTickRun(records, first, 400 - first));
}

void tst_CaptureRotation::zstdRoundTrip()
{
    const QString plain = m_dir->filePath(QStringLiteral("r.capture.jsonl"));
    const QString packed = m_dir->filePath(QStringLiteral("r.capture.jsonl.zst"));
    for (const QString &path : { plain, packed }) {
        CaptureWriter writer;
        QVERIFY(writer.open(path, { ticksSpec() }, nullptr));
        writer.writeEvent(kStartUs - 1, QStringLiteral("ticks"), QStringLiteral("connected"),
                          QStringLiteral("open"));
        for (int i = 0; i < 200000; ++i) // > 4 MiB: several zstd frames
            writer.writeText(kStartUs + i, QStringLiteral("ticks"), tick(i));
        writer.writeBinary(kStartUs + 200000, QStringLiteral("ticks"), QByteArray("\x00\xff", 2));
        QVERIFY(writer.close());
    }
    QVERIFY(Zstd::hasMagic(TestSupport::readFile(packed).left(4)));
    QVERIFY2(
        QFileInfo(packed).size() * 5 < QFileInfo(plain).size(),
        qPrintable(
            QStringLiteral("%1 vs %2").arg(QFileInfo(packed).size()).arg(QFileInfo(plain).size())));
    QStringList warnings;
    const QList<CaptureRecord> a = readAll({ plain });
    const QList<CaptureRecord> b = readAll({ packed }, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(b.size(), 200002);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].timeUs, a[i].timeUs);
        QCOMPARE(b[i].data, a[i].data);
        QCOMPARE(b[i].event, a[i].event);
    }
    QCOMPARE(b.last().kind, CaptureRecord::Kind::Binary);
    // Its last time is found from the tail, as a replay's duration needs.
    CaptureReader reader;
    QVERIFY(reader.open(packed, nullptr));
    QCOMPARE(reader.lastTimeUs(), std::optional<qint64>(kStartUs + 200000));
    // Seeking to the middle lands on a line start and reads on to the end.
    QVERIFY(reader.seek(reader.size() / 2));
    CaptureRecord record;
    int after = 0;
    while (reader.next(record))
        ++after;
    QVERIFY2(after > 50000 && after < 150000, qPrintable(QString::number(after)));
    QVERIFY(reader.warnings().isEmpty());
}

void tst_CaptureRotation::zstdTornByKill()
{
    const QString path = m_dir->filePath(QStringLiteral("killed.capture.jsonl.zst"));
    QProcess app;
    app.start(TestPaths::binary(),
              { QStringLiteral("--demo"), QStringLiteral("--headless"),
                QStringLiteral("--demo-rate"), QStringLiteral("20000"), QStringLiteral("--record"),
                path });
    QVERIFY(app.waitForStarted());
    // Until it has written for a while (several hand-overs), then SIGKILL: no clean end.
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += app.readAllStandardOutput()).contains("stats feed=ticks state=open"), 15000);
    // Thousands of records flushed (zstd ticks take ~10-20 bytes each), however slowly this
    // build runs (a sanitizer build writes a fraction of the plain build's rate).
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 64 * 1024, 60000);
    QTest::qWait(300); // one more flush, so the kill is likely to tear a frame
    const qint64 sizeBeforeKill = QFileInfo(path).size();
    app.kill();
    QVERIFY(app.waitForFinished(10000));
    QVERIFY(sizeBeforeKill > 0);
    QStringList warnings;
    QString error;
    const QList<CaptureRecord> records = readAll({ path }, &warnings, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(records.size() > 1000, qPrintable(QString::number(records.size())));
    for (const QString &warning : warnings) // at most the torn last line
        QVERIFY2(warning.contains(QLatin1String("incomplete last line")), qPrintable(warning));
    // Times never go backwards: what was read is an intact prefix of the run.
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY(records[i].timeUs >= records[i - 1].timeUs);
}

void tst_CaptureRotation::damagedZstd()
{
    const QString path = m_dir->filePath(QStringLiteral("damaged.capture.jsonl.zst"));
    {
        CaptureWriter writer;
        QVERIFY(writer.open(path, { ticksSpec() }, nullptr));
        for (int i = 0; i < 300000; ++i) // about 20 MiB of lines: several frames
            writer.writeText(kStartUs + i, QStringLiteral("ticks"), tick(i));
        QVERIFY(writer.close());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    QVERIFY(file.seek(middle));
    QVERIFY(file.write(QByteArray(64, '\x55')) == 64); // garbage over part of one frame
    file.close();
    QStringList warnings;
    QString error;
    const QList<CaptureRecord> records = readAll({ path }, &warnings, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!warnings.isEmpty());
    // Damage inside literals decodes to garbage lines (skipped as such) until the frame's
    // checksum fails; either way zstd's own report is among the warnings.
    QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QLatin1String("damaged zstd data")),
             qPrintable(warnings.first()));
    // Before and after the damage: the start and the very end of the run are there.
    QVERIFY(records.size() > 100000 && records.size() < 300000);
    QCOMPARE(records.first().data, tick(0));
    QCOMPARE(records.last().data, tick(299999));

    // A file that is not zstd at all behind a .zst name: a clear refusal.
    const QString bogus = m_dir->filePath(QStringLiteral("bogus.capture.jsonl.zst"));
    QFile junk(bogus);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray("\x28\xB5\x2F\xFD") + QByteArray(1000, '\x01'));
    junk.close();
    QVERIFY(readAll({ bogus }, nullptr, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("not a FeedBoard capture")), qPrintable(error));
}

void tst_CaptureRotation::severalFilesInTimeOrder()
{
    // Two captures written out of name order: the header times decide.
    const QString later = m_dir->filePath(QStringLiteral("a-later.capture.jsonl.zst"));
    const QString earlier = m_dir->filePath(QStringLiteral("b-earlier.capture.jsonl"));
    {
        CaptureWriter writer;
        QVERIFY(writer.open(earlier, { ticksSpec() }, nullptr));
        for (int i = 0; i < 50; ++i)
            writer.writeText(kStartUs + i, QStringLiteral("ticks"), tick(i));
        QVERIFY(writer.close());
    }
    QTest::qWait(5); // a later "created"
    {
        CaptureWriter writer;
        FeedSpec other = TestSupport::feedSpec(QStringLiteral("logs"),
                                               QUrl(QStringLiteral("ws://127.0.0.1:1/logs")));
        QVERIFY(writer.open(later, { ticksSpec(), other }, nullptr));
        for (int i = 50; i < 100; ++i)
            writer.writeText(kStartUs + i, QStringLiteral("ticks"), tick(i));
        QVERIFY(writer.close());
    }
    QVERIFY(isTickRun(readAll({ later, earlier }), 0, 100));
    QVERIFY(isTickRun(readAll({ m_dir->path() }), 0, 100));
    CaptureReader reader;
    QVERIFY(reader.open(QStringList { later, earlier }, nullptr));
    QCOMPARE(reader.files(), QStringList({ earlier, later }));
    QCOMPARE(reader.feeds().size(), 2); // the union of the headers' feeds

    // The binary replays them as one run.
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    QProcess app;
    app.start(TestPaths::binary(),
              { QStringLiteral("--headless"), QStringLiteral("--replay"), later,
                QStringLiteral("--replay"), earlier, QStringLiteral("--export"), csv });
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(app.readAllStandardOutput().contains("total frames=100 "));
}

// A 2 MiB tmpfs fills after a few 256 KiB parts: one clear line on stderr, the feeds go on
// being counted, and every part closed before the disk filled reads back complete.
void tst_CaptureRotation::diskFillsWhileRotating()
{
    const QString disk = m_dir->filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=2m"), QStringLiteral("tmpfs"), disk });
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit
        || mount.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a 2 MiB tmpfs to fill (needs root): %1")
                             .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
    const auto unmount = qScopeGuard([&disk] {
        QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), disk });
    });

    const QString record = disk + QStringLiteral("/run.capture.jsonl");
    QProcess app;
    app.start(TestPaths::binary(),
              { QStringLiteral("--demo"), QStringLiteral("--headless"),
                QStringLiteral("--demo-rate"), QStringLiteral("8000"), QStringLiteral("--record"),
                record, QStringLiteral("--rotate-size"), QStringLiteral("256K"),
                QStringLiteral("--duration"), QStringLiteral("6") });
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0); // the run went on to its end
    const QByteArray err = app.readAllStandardError();
    const QByteArray out = app.readAllStandardOutput();
    QVERIFY2(err.contains("stopped: No space left on device"), err.constData());
    QCOMPARE(err.count("feedboard: error: capture "), 1); // said once, not per frame

    const QStringList parts = CaptureRotation::parts(record);
    QVERIFY2(parts.size() >= 4, qPrintable(parts.join(QLatin1Char(' '))));
    qsizetype kept = 0;
    for (const QString &part : parts) {
        QStringList warnings;
        QString error;
        const QList<CaptureRecord> records = readAll({ part }, &warnings, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        kept += records.size();
        if (part == parts.constLast()) { // the one the disk cut: a torn last line at most
            for (const QString &warning : warnings)
                QVERIFY2(warning.contains(QLatin1String("incomplete last line")),
                         qPrintable(warning));
            continue;
        }
        QVERIFY2(warnings.isEmpty(), qPrintable(part + QLatin1Char(' ') + warnings.join(' ')));
        QVERIFY(records.size() > 100);
        QFile file(part);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith('\n'));
    }
    // The feeds were counted long after the capture stopped: far more than the disk holds.
    static const QRegularExpression total(QStringLiteral("total frames=(\\d+) "));
    const qint64 frames = total.match(QString::fromUtf8(out)).captured(1).toLongLong();
    QVERIFY2(frames > 2 * kept,
             qPrintable(QStringLiteral("%1 frames, %2 kept").arg(frames).arg(kept)));
}

void tst_CaptureRotation::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString demo = QStringLiteral("--demo");
    const QString headless = QStringLiteral("--headless");
    const QString record = QStringLiteral("--record");
    const QString file = QDir::tempPath() + QStringLiteral("/i17-never-written.jsonl");
    QTest::newRow("rotate without record")
        << QStringList { demo, headless, QStringLiteral("--rotate-size"), QStringLiteral("1M") }
        << "need --record";
    QTest::newRow("keep without rotate") << QStringList {
        demo, headless, record, file, QStringLiteral("--keep"), QStringLiteral("3")
    } << "--keep needs --rotate-size or --rotate-time";
    QTest::newRow("bad size") << QStringList {
        demo, headless, record, file, QStringLiteral("--rotate-size"), QStringLiteral("lots")
    } << "expected a size in bytes";
    QTest::newRow("bad time") << QStringList {
        demo, headless, record, file, QStringLiteral("--rotate-time"), QStringLiteral("0")
    } << "expected whole seconds";
    QTest::newRow("replay empty folder")
        << QStringList { headless, QStringLiteral("--replay"),
                         QDir::tempPath() + QStringLiteral("/i17-empty-dir") }
        << "is a directory without FeedBoard capture files";
}

void tst_CaptureRotation::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QDir().mkpath(QDir::tempPath() + QStringLiteral("/i17-empty-dir"));
    QProcess app;
    app.start(TestPaths::binary(), arguments);
    QVERIFY(app.waitForFinished(15000));
    QCOMPARE(app.exitCode(), 1);
    const QByteArray err = app.readAllStandardError();
    QVERIFY2(err.contains(reason.toUtf8()), err.constData());
    QVERIFY(!QFileInfo::exists(QDir::tempPath() + QStringLiteral("/i17-never-written.jsonl")));
}

QTEST_GUILESS_MAIN(tst_CaptureRotation)
#include "tst_capturerotation.moc"
