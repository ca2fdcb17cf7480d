// The GUI's "whole run, from the capture file" export (File → Export…): the capture is replayed
// off the GUI thread into the chosen format and gives exactly the file that the headless
// `--replay FILE --export OUT` (or --export-logs) gives; a cancelled conversion leaves no
// file behind. Runs the real feedboard binary for the reference.
#include "capture/capturewriter.h"
#include "store/dashboarddata.h"
#include "exportdialog.h"
#include "session/captureconversion.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include "testpaths.h"

namespace {
constexpr qint64 kStartUs = 1'700'000'000'000'000;

// Two feeds: ticks with a key, string numbers and ms times; logs with levels and messages
// that need quoting and escaping.
QString writeMixedCapture(const QString &path, int frames)
{
    FeedSpec ticks;
    ticks.name = QStringLiteral("ticks");
    ticks.url = QUrl(QStringLiteral("ws://127.0.0.1:1/ticks"));
    FeedSpec logs;
    logs.name = QStringLiteral("logs, \"quoted\"");
    logs.url = QUrl(QStringLiteral("ws://127.0.0.1:1/logs"));
    CaptureWriter writer;
    if (!writer.open(path, { ticks, logs }, nullptr))
        return {};
    for (int i = 0; i < frames; ++i) {
        const qint64 t = kStartUs + i * 1000;
        writer.writeText(t, ticks.name,
                         QStringLiteral(R"({"s":"S%1","p":"%2.125","q":%3,"T":%4})")
                             .arg(i % 3)
                             .arg(100 + i)
                             .arg(i * 0.1)
                             .arg(t / 1000)
                             .toUtf8());
        if (i % 10 == 0)
            writer.writeText(
                t, logs.name,
                QStringLiteral("2026-11-26T10:00:00Z ERROR disk, \"full\"\tno %1").arg(i).toUtf8());
    }
    return writer.close() ? path : QString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestCaptureExport : public QObject
{
    Q_OBJECT

private slots:
    void wholeRunEqualsHeadlessReplay_data();
    void wholeRunEqualsHeadlessReplay();
    void cancelLeavesNoFile();
};

void TestCaptureExport::wholeRunEqualsHeadlessReplay_data()
{
    QTest::addColumn<int>("kindIndex");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("headlessOption");
    QTest::newRow("samples csv") << 0 << QStringLiteral(".csv") << QStringLiteral("--export");
    QTest::newRow("samples jsonl") << 1 << QStringLiteral(".jsonl") << QStringLiteral("--export");
    QTest::newRow("logs text") << 2 << QStringLiteral(".log") << QStringLiteral("--export-logs");
    QTest::newRow("logs jsonl") << 3 << QStringLiteral(".jsonl") << QStringLiteral("--export-logs");
}

void TestCaptureExport::wholeRunEqualsHeadlessReplay()
{
    QFETCH(int, kindIndex);
    QFETCH(QString, suffix);
    QFETCH(QString, headlessOption);
    QTemporaryDir dir;
    const QString capture
        = writeMixedCapture(dir.filePath(QStringLiteral("run.capture.jsonl")), 3000);
    QVERIFY(!capture.isEmpty());

    const QString reference = dir.filePath(QStringLiteral("headless") + suffix);
    QProcess headless;
    headless.start(TestPaths::binary(),
                   { QStringLiteral("--replay"), capture, QStringLiteral("--headless"),
                     headlessOption, reference });
    QVERIFY(headless.waitForFinished(30000));
    QCOMPARE(headless.exitCode(), 0);

    DashboardData empty; // the window retained nothing: all must come from the capture
    QWidget chart;
    ExportDialog dialog(empty, &chart);
    dialog.setCaptureSource(capture, {});
    auto *kind = dialog.findChild<QComboBox *>();
    kind->setCurrentIndex(kindIndex);
    auto *fromCapture = dialog.findChild<QCheckBox *>(QStringLiteral("fromCapture"));
    QVERIFY(fromCapture && fromCapture->isEnabled());
    fromCapture->setChecked(true);
    const QString gui = dir.filePath(QStringLiteral("gui") + suffix);
    QVERIFY(dialog.exportTo(gui));
    const QByteArray expected = readAll(reference);
    QVERIFY(expected.count('\n') > 100);
    QCOMPARE(readAll(gui), expected);
}

void TestCaptureExport::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString capture
        = writeMixedCapture(dir.filePath(QStringLiteral("big.capture.jsonl")), 30000);
    QVERIFY(!capture.isEmpty());
    CaptureConversion::Request request;
    request.capturePath = capture;
    request.samplesPath = dir.filePath(QStringLiteral("out.csv"));
    CaptureConversion conversion(request);
    QSignalSpy finished(&conversion, &CaptureConversion::finished);
    bool cancelledMidway = false;
    connect(&conversion, &CaptureConversion::progress, this, [&](double fraction) {
        if (fraction < 1.0 && !cancelledMidway) {
            cancelledMidway = true;
            conversion.cancel();
        }
    });
    conversion.start();
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QVERIFY(cancelledMidway);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!QFile::exists(request.samplesPath));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList { QStringLiteral("big.capture.jsonl") });
}

QTEST_MAIN(TestCaptureExport)
#include "tst_captureexport.moc"
