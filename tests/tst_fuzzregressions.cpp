// Every input a fuzzer (scripts/fuzz.sh) found to crash or misbehave stays here as a
// regression: each file under tests/data/fuzz-regressions/<reader>/ must be read without
// undefined behaviour (the sanitizer build runs this too) and with a reason when refused.
#include "capture/capturereader.h"
#include "decode/framedecoder.h"
#include "profiles/profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include "testpaths.h"

namespace {
QString regressionDir(const char *reader)
{
    return TestPaths::data("/fuzz-regressions/") + QLatin1String(reader);
}

void addRowsFor(const char *reader)
{
    QTest::addColumn<QString>("path");
    const QDir dir(regressionDir(reader));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), reader);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profile_data() { addRowsFor("profile"); }
    void profile();
    void captureReader_data() { addRowsFor("capturereader"); }
    void captureReader();
    void frameDecoder_data() { addRowsFor("framedecoder"); }
    void frameDecoder();
};

void TestFuzzRegressions::profile()
{
    QFETCH(QString, path);
    QString error;
    const auto profile = Profile::fromJson(readAll(path), &error);
    if (!profile) {
        QVERIFY2(error.startsWith(QLatin1Char('/')) || error.startsWith(QLatin1Char(':')),
                 qPrintable(error));
        return;
    }
    QVERIFY(Profile::fromJson(profile->toJson(), &error).has_value());
}

void TestFuzzRegressions::captureReader()
{
    QFETCH(QString, path);
    CaptureReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        QVERIFY(!error.isEmpty());
        return;
    }
    CaptureRecord record;
    int records = 0;
    while (reader.next(record)) {
        QVERIFY(record.timeUs >= 0);
        ++records;
    }
    // Damaged lines are skipped with a warning naming the line, never read as records.
    QVERIFY(records + reader.warnings().size() > 0);
}

void TestFuzzRegressions::frameDecoder()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.isEmpty());
    QString error;
    const FrameDecoder decoder(
        QStringLiteral("fuzz"),
        *DecodeConfig::fromJson({ { QStringLiteral("key"), QStringLiteral("/s") },
                                  { QStringLiteral("time"), QStringLiteral("/T") },
                                  { QStringLiteral("fields"),
                                    QJsonArray { QStringLiteral("/p"), QStringLiteral("/q") } } },
                                &error));
    FrameDecodeResult result;
    const qint64 receiveUs = 1795687200000000LL;
    decoder.decodeText(bytes.mid(1), receiveUs, result);
    for (const DecodedSample &sample : result.samples) {
        QVERIFY(std::isfinite(sample.value));
        // Times beyond any plausible epoch fall back to the receive time.
        QVERIFY(std::fabs(sample.timeMs) < 1.0e15);
    }
}

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
