// Tests FrameDecoder's simdjson fast path where it differs in mechanics from the general
// path: one FrameDecodeResult reused across frames of changing shape (samples overwritten in
// place, keys interned), and frames it must hand back to the general path (errors, batches,
// out-of-range numbers), whose results must not keep anything of the previous frame.
#include "decode/decodeconfig.h"
#include "decode/framedecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
constexpr qint64 kReceiveUs = 1795687200123456;

DecodeConfig config(const char *json)
{
    QString error;
    const auto parsed
        = DecodeConfig::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(), &error);
    if (!parsed)
        qFatal("bad test config %s: %s", json, qPrintable(error));
    return *parsed;
}

QStringList samplesOf(const FrameDecodeResult &result)
{
    QStringList list;
    for (const DecodedSample &s : result.samples)
        list << s.key() + QLatin1Char('|') + s.field() + QLatin1Char('|')
                + QString::number(s.timeMs, 'g', 17) + QLatin1Char('|')
                + QString::number(s.value, 'g', 17);
    return list;
}
} // namespace

class TestFastDecode : public QObject
{
    Q_OBJECT

private slots:
    void reusedResultAcrossFrames_data();
    void reusedResultAcrossFrames();
    void manyKeysStayDistinct();
    void manyKeysInOneFrame();
    void keyAlsoAField();
    void seriesHintNamesOneSeries();
};

void TestFastDecode::reusedResultAcrossFrames_data()
{
    QTest::addColumn<QByteArrayList>("frames");
    QTest::addColumn<QStringList>("last");
    QTest::addColumn<int>("lastErrors");

    QTest::newRow("fewer fields after more")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1,"q":2})",
                            R"({"s":"B","t":1795687201,"p":3})" }
        << QStringList { QStringLiteral("B|/p|1795687201000|3") } << 0;
    QTest::newRow("more fields after fewer")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1})",
                            R"({"s":"A","t":1795687201,"p":3,"q":"4.5"})" }
        << QStringList { QStringLiteral("A|/p|1795687201000|3"),
                         QStringLiteral("A|/q|1795687201000|4.5") }
        << 0;
    QTest::newRow("numeric key after string key")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1})", R"({"s":7,"t":1795687200,"p":2})" }
        << QStringList { QStringLiteral("7|/p|1795687200000|2") } << 0;
    QTest::newRow("missing key after key")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1})", R"({"t":1795687200,"p":2})" }
        << QStringList { QStringLiteral("|/p|1795687200000|2") } << 0;
    QTest::newRow("general path after fast path: error")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1,"q":2})",
                            R"({"s":"A","t":1795687200,"p":true,"q":2})" }
        << QStringList { QStringLiteral("A|/q|1795687200000|2") } << 1;
    QTest::newRow("general path after fast path: out of range")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1,"q":2})",
                            R"({"s":"A","t":1795687200,"p":1e400,"q":3})" }
        << QStringList { QStringLiteral("A|/q|1795687200000|3") } << 1;
    QTest::newRow("fast path after general path")
        << QByteArrayList { "not json at all", R"({"s":"C","t":1795687200,"p":5})" }
        << QStringList { QStringLiteral("C|/p|1795687200000|5") } << 0;
    QTest::newRow("duplicate member: the last wins")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1,"p":9})" }
        << QStringList { QStringLiteral("A|/p|1795687200000|9") } << 0;
    // The decoder remembers the last record's member layout: other orders must still map.
    QTest::newRow("members reordered")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1,"q":2})",
                            R"({"q":4,"p":3,"t":1795687201,"s":"B"})" }
        << QStringList { QStringLiteral("B|/p|1795687201000|3"),
                         QStringLiteral("B|/q|1795687201000|4") }
        << 0;
    QTest::newRow("a member renamed at the same place")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1,"q":2})",
                            R"({"s":"A","t":1795687200,"x":1,"q":2})" }
        << QStringList { QStringLiteral("A|/q|1795687200000|2") } << 0;
    QTest::newRow("an extra member shifts the rest")
        << QByteArrayList { R"({"s":"A","t":1795687200,"p":1,"q":2})",
                            R"({"z":0,"s":"A","t":1795687200,"p":5,"q":6})" }
        << QStringList { QStringLiteral("A|/p|1795687200000|5"),
                         QStringLiteral("A|/q|1795687200000|6") }
        << 0;
}

void TestFastDecode::reusedResultAcrossFrames()
{
    QFETCH(QByteArrayList, frames);
    QFETCH(QStringList, last);
    QFETCH(int, lastErrors);
    const FrameDecoder decoder(QStringLiteral("f"),
                               config(R"({"key":"/s","time":"/t","fields":["/p","/q"]})"));
    FrameDecodeResult result;
    for (const QByteArray &frame : frames)
        decoder.decodeText(frame, kReceiveUs, result);
    QCOMPARE(samplesOf(result), last);
    QCOMPARE(int(result.errors.size()), lastErrors);
    // A fresh result gives the same: nothing of earlier frames leaks into the last one.
    FrameDecodeResult fresh;
    decoder.decodeText(frames.constLast(), kReceiveUs, fresh);
    QCOMPARE(samplesOf(fresh), last);
}

void TestFastDecode::manyKeysStayDistinct()
{
    // More distinct keys than the intern cache has slots: evicted keys must still read right.
    const FrameDecoder decoder(QStringLiteral("f"), config(R"({"key":"/s","fields":["/p"]})"));
    FrameDecodeResult result;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 2000; ++i) {
            const QByteArray frame
                = R"({"s":"K)" + QByteArray::number(i) + R"(","p":)" + QByteArray::number(i) + "}";
            decoder.decodeText(frame, kReceiveUs, result);
            QCOMPARE(result.samples.size(), size_t(1));
            QCOMPARE(result.samples[0].key(), QStringLiteral("K%1").arg(i));
            QCOMPARE(result.samples[0].value, double(i));
        }
    }
}

void TestFastDecode::manyKeysInOneFrame()
{
    // A batch with more distinct keys and discovered fields than the intern caches have
    // slots: a sample points at its strings until the next frame, so none may be taken over.
    const FrameDecoder decoder(QStringLiteral("f"), config(R"({"key":"/s"})"));
    QByteArray frame = "[";
    for (int i = 0; i < 2000; ++i)
        frame += (i ? "," : "") + QByteArray(R"({"s":"K)") + QByteArray::number(i) + R"(","f)"
            + QByteArray::number(i % 700) + R"(":)" + QByteArray::number(i) + "}";
    frame += "]";
    FrameDecodeResult result;
    decoder.decodeText(frame, kReceiveUs, result);
    QVERIFY(!result.slowPath);
    QCOMPARE(result.samples.size(), size_t(2000));
    for (int i = 0; i < 2000; ++i) {
        QCOMPARE(result.samples[size_t(i)].key(), QStringLiteral("K%1").arg(i));
        QCOMPARE(result.samples[size_t(i)].field(), QStringLiteral("/f%1").arg(i % 700));
        QCOMPARE(result.samples[size_t(i)].value, double(i));
    }
}

void TestFastDecode::keyAlsoAField()
{
    // One member serving two paths: the key, and a field of the same name.
    const FrameDecoder decoder(QStringLiteral("f"),
                               config(R"({"key":"/s","time":"/t","fields":["/s","/p"]})"));
    FrameDecodeResult result;
    for (int i = 0; i < 3; ++i)
        decoder.decodeText(R"({"s":"12.5","t":1795687200,"p":7})", kReceiveUs, result);
    QCOMPARE(samplesOf(result),
             (QStringList { QStringLiteral("12.5|/s|1795687200000|12.5"),
                            QStringLiteral("12.5|/p|1795687200000|7") }));
}

void TestFastDecode::seriesHintNamesOneSeries()
{
    // The engine maps hints straight to series ids, so a hint must never stand for two
    // (key, field) pairs — across interned string and numeric keys, batches, evictions of the
    // intern cache, and frames the general path decodes (no hint).
    const FrameDecoder decoder(QStringLiteral("f"), config(R"({"key":"/s","fields":["/p","/q"]})"));
    FrameDecodeResult result;
    QHash<qint64, QString> seriesOfHint;
    int hinted = 0;
    int general = 0;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 1500; ++i) {
            // A key spelled 0.0 is left to the general path (Qt reads such literals its way).
            const QByteArray key = i % 13 == 0 ? QByteArray("0.0")
                : i % 7 == 0                   ? QByteArray::number(i)
                             : QByteArray("\"K" + QByteArray::number(i % 900) + '"');
            const QByteArray record = "{\"s\":" + key + ",\"p\":1,\"q\":2}";
            const QByteArray frame
                = i % 11 == 0 ? QByteArray('[' + record + ",{\"s\":\"B\",\"p\":3}]") : record;
            decoder.decodeText(frame, kReceiveUs, result);
            QVERIFY(result.ok());
            QCOMPARE(result.slowPath, i % 13 == 0);
            for (const DecodedSample &sample : result.samples) {
                if (i % 13 == 0) {
                    QCOMPARE(sample.seriesHint, qint64(-1));
                    ++general;
                    continue;
                }
                QVERIFY(sample.seriesHint >= 0);
                ++hinted;
                const QString series = sample.key() + QLatin1Char('|') + sample.field();
                const auto known = seriesOfHint.constFind(sample.seriesHint);
                if (known != seriesOfHint.constEnd())
                    QCOMPARE(known.value(), series);
                else
                    seriesOfHint.insert(sample.seriesHint, series);
            }
        }
    }
    QVERIFY(general > 0);
    QVERIFY(hinted > 5000);
}

QTEST_APPLESS_MAIN(TestFastDecode)
#include "tst_fastdecode.moc"
