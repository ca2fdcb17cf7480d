// Tests CaptureWriter and CaptureReader against the contract's capture format (CONTRACT.md,
// "Capture file"): the header line, text frames byte-exact, binary frames in base64, events,
// and how the reader survives a torn last line or a damaged middle line.
#include "capture/capturereader.h"
#include "capture/capturewriter.h"
#include "capture/chunkfilewriter.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using TestSupport::readLines;
constexpr qint64 kT0 = 1795687200123456; // 2026-11-26T10:00:00.123456Z in µs

FeedSpec feed(const QString &name, const QString &url)
{
    return TestSupport::feedSpec(name, QUrl(url));
}

QJsonObject parseObject(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

bool appendBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}
} // namespace

class TestCapture : public QObject
{
    Q_OBJECT

private slots:
    void headerMatchesContract();
    void headerHasNoSecrets();
    void headerKeepsHarmlessUrlsExactly_data();
    void headerKeepsHarmlessUrlsExactly();
    void readerReadsHeader();
    void textFrames_data();
    void textFrames();
    void textFrameExactLine();
    void binaryFrames_data();
    void binaryFrames();
    void events();
    void mixedOrderKept();
    void largeFrames();
    void tornLastLine();
    void lastLineWithoutNewlineButComplete();
    void damagedMiddleLine();
    void notACapture_data();
    void notACapture();
    void unwritablePath();
    void diskThreadKeepsChunkOrder();
    void manyFramesThroughTheDiskThread();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestCapture::headerMatchesContract()
{
    QVERIFY(m_dir.isValid());
    const QString file = path("header.fbcap");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    CaptureWriter writer;
    QString error;
    QVERIFY2(writer.open(
                 file,
                 { feed(QStringLiteral("trades"), QStringLiteral("wss://example.invalid/stream")),
                   feed(QStringLiteral("logs"), QStringLiteral("ws://127.0.0.1:9000/logs")) },
                 &error),
             qPrintable(error));
    QVERIFY(writer.isOpen());
    QVERIFY(writer.close());
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const QList<QByteArray> lines = readLines(file);
    QCOMPARE(lines.size(), 1);
    const QByteArray header = lines.first();
    // Keys in the contract's order, as the contract writes them.
    QVERIFY2(header.startsWith(R"({"format":"feedboard-capture","version":1,"created":")"),
             header.constData());
    QVERIFY2(header.indexOf(R"(,"feeds":[)") > header.indexOf(R"("created":)"), header.constData());

    const QJsonObject object = parseObject(header);
    QVERIFY2(!object.isEmpty(), header.constData());
    QCOMPARE(object.value(QStringLiteral("format")).toString(),
             QStringLiteral("feedboard-capture"));
    QVERIFY(object.value(QStringLiteral("version")).isDouble());
    QCOMPARE(object.value(QStringLiteral("version")).toDouble(), 1.0);

    const QString createdText = object.value(QStringLiteral("created")).toString();
    const QDateTime created = QDateTime::fromString(createdText, Qt::ISODateWithMs);
    QVERIFY2(created.isValid(), qPrintable(createdText));
    QVERIFY2(created.toMSecsSinceEpoch() >= before.toMSecsSinceEpoch() - 1000
                 && created.toMSecsSinceEpoch() <= after.toMSecsSinceEpoch() + 1000,
             qPrintable(createdText));

    const QJsonArray feeds = object.value(QStringLiteral("feeds")).toArray();
    QCOMPARE(feeds.size(), 2);
    QCOMPARE(feeds.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("trades"));
    QCOMPARE(feeds.at(0).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("wss://example.invalid/stream"));
    QCOMPARE(feeds.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("logs"));
    QCOMPARE(feeds.at(1).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("ws://127.0.0.1:9000/logs"));
}

void TestCapture::headerHasNoSecrets()
{
    QVERIFY(m_dir.isValid());
    FeedSpec spec
        = feed(QStringLiteral("trades"),
               QStringLiteral("wss://alice:pa55word@example.invalid/stream?apiKey=K3Y&symbol=BTC"));
    spec.headers = { { QStringLiteral("Authorization"), QStringLiteral("Bearer s3cr3t") },
                     { QStringLiteral("X-Client"), QStringLiteral("cl1ent") } };
    spec.secretHeaders = { QStringLiteral("Authorization") };
    spec.subscribe = { QStringLiteral(R"({"op":"auth","token":"t0ken"})") };
    const QString file = path("secrets.fbcap");
    CaptureWriter writer;
    QString error;
    QVERIFY2(writer.open(file, { spec }, &error), qPrintable(error));
    QVERIFY(writer.close());

    const QByteArray header = readLines(file).value(0);
    for (const char *secret : { "s3cr3t", "pa55word", "K3Y", "t0ken", "Authorization" })
        QVERIFY2(!header.contains(secret),
                 qPrintable(QStringLiteral("'%1' in %2")
                                .arg(QLatin1String(secret), QString::fromUtf8(header))));
    const QJsonObject entry
        = parseObject(header).value(QStringLiteral("feeds")).toArray().at(0).toObject();
    QVERIFY(!entry.contains(QStringLiteral("headers")));
    const QUrl url(entry.value(QStringLiteral("url")).toString());
    QCOMPARE(url.host(), QStringLiteral("example.invalid"));
    QCOMPARE(url.path(), QStringLiteral("/stream"));
    QVERIFY(url.userInfo().isEmpty());
    QVERIFY2(url.query().contains(QLatin1String("symbol=BTC")), qPrintable(url.toString()));
}

void TestCapture::headerKeepsHarmlessUrlsExactly_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << QStringLiteral("wss://example.invalid/stream");
    QTest::newRow("port and query") << QStringLiteral("ws://127.0.0.1:9000/ws?symbol=BTC&depth=5");
    // %2B is a literal '+'; written back as '+' many servers read it as a space.
    QTest::newRow("escaped plus") << QStringLiteral("wss://example.invalid/ws?symbol=BTC%2BUSD");
    QTest::newRow("escaped ampersand") << QStringLiteral("wss://example.invalid/ws?q=a%26b&x=1");
}

void TestCapture::headerKeepsHarmlessUrlsExactly()
{
    // Redaction must only touch credentials: any other URL is stored as the feed's own.
    QFETCH(QString, url);
    QVERIFY(m_dir.isValid());
    const QString file = path("urls.fbcap");
    CaptureWriter writer;
    QString error;
    QVERIFY2(writer.open(file, { feed(QStringLiteral("f"), url) }, &error), qPrintable(error));
    QVERIFY(writer.close());
    const QJsonObject entry = parseObject(readLines(file).value(0))
                                  .value(QStringLiteral("feeds"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(entry.value(QStringLiteral("url")).toString(), url);
}

void TestCapture::readerReadsHeader()
{
    QVERIFY(m_dir.isValid());
    FeedSpec spec = feed(QStringLiteral("trades \"eu\" 行情"),
                         QStringLiteral("wss://example.invalid/stream"));
    QString error;
    spec.decode = *DecodeConfig::fromJson(
        QJsonDocument::fromJson(R"({"key":"/s","fields":["/p"]})").object(), &error);
    const QString file = path("reader-header.fbcap");
    {
        CaptureWriter writer;
        QVERIFY2(writer.open(
                     file, { spec, feed(QStringLiteral("logs"), QStringLiteral("ws://h.invalid")) },
                     &error),
                 qPrintable(error));
    } // the destructor closes and flushes

    CaptureReader reader;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    QVERIFY(reader.created().isValid());
    QVERIFY(qAbs(reader.created().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(reader.feeds().size(), 2);
    QCOMPARE(reader.feeds().at(0).name, spec.name);
    QCOMPARE(reader.feeds().at(0).url, spec.url);
    QCOMPARE(reader.feeds().at(0).decode.key.text(), QStringLiteral("/s"));
    QCOMPARE(reader.feeds().at(1).name, QStringLiteral("logs"));
    CaptureRecord record;
    QVERIFY(!reader.next(record)); // no frames
    QVERIFY(reader.warnings().isEmpty());
}

void TestCapture::textFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("feedName");
    QTest::newRow("json") << QByteArray(R"({"s":"BTC","p":"37020.11"})")
                          << QStringLiteral("trades");
    QTest::newRow("quotes and backslashes")
        << QByteArray(R"({"a":"x\"y\\z","b":"C:\\dir"} "bare" \)") << QStringLiteral("trades");
    QTest::newRow("newlines") << QByteArray("{\"p\":1}\n{\"p\":2}\r\nlast line\n")
                              << QStringLiteral("trades");
    QTest::newRow("controls") << QByteArray("tab\there\x01\x1f\x7f bell\a ff\f bs\b")
                              << QStringLiteral("t");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("t");
    QTest::newRow("unicode") << QByteArray("€ ü 行情 😀 \xe2\x80\xa8 sep")
                             << QStringLiteral("行情 \"feed\"");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("trades");
    QTest::newRow("json-looking escapes kept literally")
        << QByteArray(R"(\u0041\n\")") << QStringLiteral("trades");
}

void TestCapture::textFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, feedName);
    QVERIFY(m_dir.isValid());
    const QString file = path("text.fbcap");
    CaptureWriter writer;
    QString error;
    QVERIFY2(writer.open(file, { feed(feedName, QStringLiteral("ws://h.invalid")) }, &error),
             qPrintable(error));
    writer.writeText(kT0, feedName, frame);
    writer.writeText(kT0 + 1, feedName, frame + "#2");
    QVERIFY(writer.close());

    // Each line is a JSON object by itself, with the contract's keys.
    const QList<QByteArray> lines = readLines(file);
    QCOMPARE(lines.size(), 3);
    const QJsonObject line = parseObject(lines.at(1));
    QVERIFY2(!line.isEmpty(), lines.at(1).constData());
    QVERIFY2(lines.at(1).startsWith(QByteArray("{\"t\":" + QByteArray::number(kT0) + ",")),
             lines.at(1).constData());
    QCOMPARE(line.value(QStringLiteral("feed")).toString(), feedName);
    QCOMPARE(line.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(line.value(QStringLiteral("data")).toString(), QString::fromUtf8(frame));

    CaptureReader reader;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    CaptureRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.kind, CaptureRecord::Kind::Text);
    QCOMPARE(record.timeUs, kT0);
    QCOMPARE(record.feed, feedName);
    QCOMPARE(record.data, frame);
    QVERIFY(reader.next(record));
    QCOMPARE(record.timeUs, kT0 + 1);
    QCOMPARE(record.data, frame + "#2");
    QVERIFY(!reader.next(record));
    QVERIFY2(reader.warnings().isEmpty(), qPrintable(reader.warnings().join(QLatin1Char('\n'))));
}

void TestCapture::textFrameExactLine()
{
    QVERIFY(m_dir.isValid());
    const QString file = path("exact.fbcap");
    CaptureWriter writer;
    QString error;
    QVERIFY2(writer.open(file, { feed(QStringLiteral("trades"), QStringLiteral("ws://h.invalid")) },
                         &error),
             qPrintable(error));
    writer.writeText(kT0, QStringLiteral("trades"), R"({"p":1})");
    writer.writeBinary(kT0 + 5, QStringLiteral("trades"), QByteArray("\x00\xff", 2));
    writer.writeEvent(kT0 + 9, QStringLiteral("trades"), QStringLiteral("disconnected"),
                      QStringLiteral("remote closed"));
    QVERIFY(writer.close());
    const QList<QByteArray> lines = readLines(file);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(
        lines.at(1),
        QByteArray(R"({"t":1795687200123456,"feed":"trades","type":"text","data":"{\"p\":1}"})"));
    QCOMPARE(lines.at(2),
             QByteArray(R"({"t":1795687200123461,"feed":"trades","type":"binary","data":"AP8="})"));
    QCOMPARE(
        lines.at(3),
        QByteArray(
            R"({"t":1795687200123465,"feed":"trades","event":"disconnected","detail":"remote closed"})"));
}

void TestCapture::binaryFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QTest::newRow("every byte") << all;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("\x80", 1);
    QTest::newRow("utf8 text as binary") << QByteArray(R"({"p":1})");
}

void TestCapture::binaryFrames()
{
    QFETCH(QByteArray, frame);
    QVERIFY(m_dir.isValid());
    const QString file = path("binary.fbcap");
    CaptureWriter writer;
    QString error;
    QVERIFY2(
        writer.open(file, { feed(QStringLiteral("b"), QStringLiteral("ws://h.invalid")) }, &error),
        qPrintable(error));
    writer.writeBinary(kT0, QStringLiteral("b"), frame);
    QVERIFY(writer.close());

    const QJsonObject line = parseObject(readLines(file).value(1));
    QCOMPARE(line.value(QStringLiteral("type")).toString(), QStringLiteral("binary"));
    QCOMPARE(line.value(QStringLiteral("data")).toString().toLatin1(), frame.toBase64());

    CaptureReader reader;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    CaptureRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.kind, CaptureRecord::Kind::Binary);
    QCOMPARE(record.timeUs, kT0);
    QCOMPARE(record.data, frame);
    QVERIFY(!reader.next(record));
}

void TestCapture::events()
{
    QVERIFY(m_dir.isValid());
    const QString file = path("events.fbcap");
    CaptureWriter writer;
    QString error;
    QVERIFY2(
        writer.open(file, { feed(QStringLiteral("f"), QStringLiteral("ws://h.invalid")) }, &error),
        qPrintable(error));
    writer.writeEvent(kT0, QStringLiteral("f"), QStringLiteral("connected"), QString());
    writer.writeEvent(kT0 + 1, QStringLiteral("f"), QStringLiteral("error"),
                      QStringLiteral("TLS \"handshake\" failed\nline 2"));
    writer.writeEvent(kT0 + 2, QStringLiteral("f"), QStringLiteral("disconnected"),
                      QStringLiteral("1006"));
    QVERIFY(writer.close());

    const QList<QByteArray> lines = readLines(file);
    QCOMPARE(lines.size(), 4);
    for (int i = 1; i < 4; ++i) {
        const QJsonObject line = parseObject(lines.at(i));
        QVERIFY2(!line.isEmpty(), lines.at(i).constData());
        QVERIFY(line.value(QStringLiteral("t")).isDouble());
        QVERIFY(!line.contains(QStringLiteral("type")));
    }

    CaptureReader reader;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    const QStringList expected { QStringLiteral("connected|"),
                                 QStringLiteral("error|TLS \"handshake\" failed\nline 2"),
                                 QStringLiteral("disconnected|1006") };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CaptureRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.kind, CaptureRecord::Kind::Event);
        QCOMPARE(record.timeUs, kT0 + i);
        QCOMPARE(record.feed, QStringLiteral("f"));
        QCOMPARE(record.event + QLatin1Char('|') + record.detail, expected.at(i));
    }
    CaptureRecord record;
    QVERIFY(!reader.next(record));
}

void TestCapture::mixedOrderKept()
{
    // Arrival order, across feeds and kinds, is what a replay reproduces.
    QVERIFY(m_dir.isValid());
    const QString file = path("mixed.fbcap");
    CaptureWriter writer;
    QString error;
    QVERIFY2(writer.open(file,
                         { feed(QStringLiteral("a"), QStringLiteral("ws://h.invalid/a")),
                           feed(QStringLiteral("b"), QStringLiteral("ws://h.invalid/b")) },
                         &error),
             qPrintable(error));
    writer.writeEvent(kT0, QStringLiteral("a"), QStringLiteral("connected"), QString());
    writer.writeText(kT0 + 10, QStringLiteral("a"), "a1");
    writer.writeText(kT0 + 5, QStringLiteral("b"), "b1"); // out-of-order times stay in write order
    writer.writeBinary(kT0 + 20, QStringLiteral("a"), "\x01");
    writer.writeText(kT0 + 30, QStringLiteral("b"), "not json {");
    QVERIFY(writer.flush());
    QVERIFY(writer.bytesWritten() > 0);
    QCOMPARE(writer.bufferedBytes(), qint64(0));
    QVERIFY(writer.close());

    CaptureReader reader;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    QStringList got;
    CaptureRecord record;
    while (reader.next(record))
        got << QStringLiteral("%1 %2 %3")
                   .arg(record.timeUs - kT0)
                   .arg(record.feed, QString::fromUtf8(record.data.toHex()));
    QCOMPARE(got,
             (QStringList { QStringLiteral("0 a "), QStringLiteral("10 a 6131"),
                            QStringLiteral("5 b 6231"), QStringLiteral("20 a 01"),
                            QStringLiteral("30 b 6e6f74206a736f6e207b") }));
    QVERIFY(reader.warnings().isEmpty());
}

void TestCapture::largeFrames()
{
    // Frames larger than the writer's buffer threshold (4 MiB) round-trip whole.
    QVERIFY(m_dir.isValid());
    const QString file = path("large.fbcap");
    QByteArray big(5 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < big.size(); i += 1000)
        big[i] = '"';
    CaptureWriter writer;
    QString error;
    QVERIFY2(
        writer.open(file, { feed(QStringLiteral("f"), QStringLiteral("ws://h.invalid")) }, &error),
        qPrintable(error));
    writer.writeText(kT0, QStringLiteral("f"), big);
    writer.writeBinary(kT0 + 1, QStringLiteral("f"), big);
    QVERIFY(writer.close());

    CaptureReader reader;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    CaptureRecord record;
    QVERIFY(reader.next(record));
    QVERIFY(record.data == big);
    QVERIFY(reader.next(record));
    QCOMPARE(record.kind, CaptureRecord::Kind::Binary);
    QVERIFY(record.data == big);
    QVERIFY(!reader.next(record));
}

void TestCapture::tornLastLine()
{
    QVERIFY(m_dir.isValid());
    const QString file = path("torn.fbcap");
    {
        CaptureWriter writer;
        QString error;
        QVERIFY2(writer.open(file, { feed(QStringLiteral("f"), QStringLiteral("ws://h.invalid")) },
                             &error),
                 qPrintable(error));
        for (int i = 0; i < 3; ++i)
            writer.writeText(kT0 + i, QStringLiteral("f"), QByteArray::number(i));
        QVERIFY(writer.close());
    }
    // What a kill -9 in the middle of a write leaves behind.
    QVERIFY(appendBytes(file, R"({"t":1795687200999999,"feed":"f","type":"text","da)"));

    CaptureReader reader;
    QString error;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    CaptureRecord record;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(reader.next(record));
        QCOMPARE(record.data, QByteArray::number(i));
    }
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.warnings().size(), 1);
    QVERIFY2(reader.warnings().first().contains(QLatin1String("line 5")),
             qPrintable(reader.warnings().first()));
    QVERIFY(!reader.next(record)); // stays at the end, no second warning
    QCOMPARE(reader.warnings().size(), 1);
}

void TestCapture::lastLineWithoutNewlineButComplete()
{
    QVERIFY(m_dir.isValid());
    const QString file = path("nonewline.fbcap");
    {
        CaptureWriter writer;
        QString error;
        QVERIFY2(writer.open(file, { feed(QStringLiteral("f"), QStringLiteral("ws://h.invalid")) },
                             &error),
                 qPrintable(error));
    }
    QVERIFY(appendBytes(file, R"({"t":7,"feed":"f","type":"text","data":"ok"})"));
    CaptureReader reader;
    QString error;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    CaptureRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.data, QByteArray("ok"));
    QCOMPARE(record.timeUs, qint64(7));
    QVERIFY(!reader.next(record));
    QVERIFY(reader.warnings().isEmpty());
}

void TestCapture::damagedMiddleLine()
{
    QVERIFY(m_dir.isValid());
    const QString file = path("damaged.fbcap");
    {
        CaptureWriter writer;
        QString error;
        QVERIFY2(writer.open(file, { feed(QStringLiteral("f"), QStringLiteral("ws://h.invalid")) },
                             &error),
                 qPrintable(error));
        writer.writeText(kT0, QStringLiteral("f"), "first");
        QVERIFY(writer.close());
    }
    QVERIFY(appendBytes(
        file,
        "{\"t\":1,\"feed\":\"f\",\"type\":\"te\n" // line 3: torn
        "{\"t\":2,\"feed\":\"f\",\"type\":\"binary\",\"data\":\"!!\"}\n" // line 4: bad base64
        "{\"t\":3,\"feed\":\"f\",\"type\":\"text\",\"data\":\"last\"}\n"));
    CaptureReader reader;
    QString error;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    CaptureRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.data, QByteArray("first"));
    QVERIFY(reader.next(record));
    QCOMPARE(record.data, QByteArray("last"));
    QCOMPARE(record.timeUs, qint64(3));
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.warnings().size(), 2);
    QVERIFY2(reader.warnings().at(0).contains(QLatin1String("line 3")),
             qPrintable(reader.warnings().at(0)));
    QVERIFY2(reader.warnings().at(1).contains(QLatin1String("line 4")),
             qPrintable(reader.warnings().at(1)));
}

void TestCapture::notACapture_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("profile") << QByteArray(R"({"version":1,"feeds":[]})"
                                           "\n");
    QTest::newRow("csv") << QByteArray("time_iso,time_ms,feed,key,field,value\n");
    QTest::newRow("other version") << QByteArray(
        R"({"format":"feedboard-capture","version":2,"created":"2026-11-26T10:00:00Z","feeds":[]})"
        "\n");
}

void TestCapture::notACapture()
{
    QFETCH(QByteArray, content);
    QVERIFY(m_dir.isValid());
    const QString file = path("not-a-capture.jsonl");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(content), content.size());
    }
    CaptureReader reader;
    QString error;
    QVERIFY(!reader.open(file, &error));
    QVERIFY2(error.startsWith(file), qPrintable(error));
}

void TestCapture::unwritablePath()
{
    QVERIFY(m_dir.isValid());
    const QString file = path("no/such/dir/x.fbcap");
    CaptureWriter writer;
    QString error;
    QVERIFY(!writer.open(file, {}, &error));
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY(!writer.isOpen());
    writer.writeText(kT0, QStringLiteral("f"), "ignored"); // harmless after a failed open
    CaptureReader reader;
    QVERIFY(!reader.open(file, &error));
    QVERIFY2(error.startsWith(file), qPrintable(error));
}

void TestCapture::diskThreadKeepsChunkOrder()
{
    // The producer keeps submitting while the disk thread writes; buffers come back for reuse.
    QVERIFY(m_dir.isValid());
    const QString file = path("chunks.bin");
    auto out = std::make_unique<QFile>(file);
    QVERIFY(out->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered));
    QByteArray expected;
    {
        ChunkFileWriter disk(std::move(out), 0);
        QByteArray chunk;
        for (int i = 0; i < 400; ++i) {
            const QByteArray line = QByteArray(1 + (i * 7919) % 5000, char('a' + i % 26)) + '\n';
            chunk += line;
            expected += line;
            if (i % 3 == 0) {
                disk.submit(chunk);
                QVERIFY(chunk.isEmpty());
            }
        }
        disk.submit(chunk);
        disk.drain();
        QCOMPARE(disk.bytesWritten(), qint64(expected.size()));
        QCOMPARE(disk.queuedBytes(), qint64(0));
        QVERIFY(!disk.hasFailed());
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), expected);
}

void TestCapture::manyFramesThroughTheDiskThread()
{
    // Well past the hand-off size, without flush() in between: every frame, in order.
    QVERIFY(m_dir.isValid());
    const QString file = path("many.fbcap");
    CaptureWriter writer;
    QString error;
    QVERIFY2(writer.open(file, { feed(QStringLiteral("a"), QStringLiteral("ws://h.invalid/a")) },
                         &error),
             qPrintable(error));
    constexpr int kFrames = 40000; // about 5 MiB of lines
    for (int i = 0; i < kFrames; ++i)
        writer.writeText(kT0 + i, QStringLiteral("a"),
                         R"({"n":)" + QByteArray::number(i)
                             + R"(,"pad":"\"quoted\" and more text to make a line"})");
    QVERIFY(writer.close());
    CaptureReader reader;
    QVERIFY2(reader.open(file, &error), qPrintable(error));
    CaptureRecord record;
    int n = 0;
    while (reader.next(record)) {
        QCOMPARE(record.timeUs, kT0 + n);
        QVERIFY(record.data.startsWith(QByteArray(R"({"n":)" + QByteArray::number(n) + ',')));
        ++n;
    }
    QCOMPARE(n, kFrames);
    QCOMPARE(reader.warnings(), QStringList());
}

QTEST_APPLESS_MAIN(TestCapture)
#include "tst_capture.moc"
