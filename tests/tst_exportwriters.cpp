// Tests the export writers against the contract (CONTRACT.md, "CSV export" and --export-logs):
// the CSV header and columns, RFC 4180 quoting, numbers that read back exactly, times, the
// JSON Lines variants, and atomic replacement of the target file.
#include "capture/exportwriters.h"
#include "capture/textformat.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cstdlib>

namespace {
const QByteArray kCsvHeader = "time_iso,time_ms,feed,key,field,value\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A strict RFC 4180 reader: records of fields, quoted fields may hold commas, quotes ("")
// and line breaks. Returns false on anything malformed.
bool parseCsv(const QByteArray &text, QList<QStringList> *records)
{
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                field.append('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                return false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == ',') {
            record << QString::fromUtf8(field);
            field.clear();
            wasQuoted = false;
        } else if (c == '\n') {
            record << QString::fromUtf8(field);
            *records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') {
            continue; // CRLF record ends are RFC 4180's own
        } else {
            if (wasQuoted)
                return false; // text after the closing quote
            field.append(c);
        }
    }
    return !quoted && field.isEmpty() && record.isEmpty(); // ends with a line break
}

QString exportCsv(const QString &path, double timeMs, const QString &feed, const QString &key,
                  const QString &field, double value)
{
    SampleExportWriter writer;
    QString error;
    if (!writer.open(path, &error))
        return error;
    writer.write(timeMs, feed, key, field, value);
    if (!writer.commit(&error))
        return error;
    return QString();
}
} // namespace

class TestExportWriters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void contractExample();
    void headerOnlyWhenEmpty();
    void numbers_data();
    void numbers();
    void times_data();
    void times();
    void quoting_data();
    void quoting();
    void jsonStringEscapesEveryByteAnywhere();
    void jsonStringEscapesEveryPairInAWord();
    void manyRowsInOrder();
    void sampleJsonLines();
    void formatForPath_data();
    void formatForPath();
    void badPaths();
    void replacesAtomically();
    void cancelLeavesTargetUntouched();
    void logText();
    void logJsonLines();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportWriters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportWriters::contractExample()
{
    // The example row of CONTRACT.md, byte for byte.
    const QString file = path("samples.csv");
    QCOMPARE(exportCsv(file, 1795687200123.0, QStringLiteral("trades"), QStringLiteral("BTCUSDT"),
                       QStringLiteral("/p"), 37020.11),
             QString());
    QCOMPARE(readAll(file),
             kCsvHeader + "2026-11-26T10:00:00.123Z,1795687200123,trades,BTCUSDT,/p,37020.11\n");
}

void TestExportWriters::headerOnlyWhenEmpty()
{
    const QString file = path("empty.csv");
    SampleExportWriter writer;
    QString error;
    QVERIFY2(writer.open(file, &error), qPrintable(error));
    QVERIFY2(writer.commit(&error), qPrintable(error));
    QCOMPARE(readAll(file), kCsvHeader);
}

void TestExportWriters::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected"); // "|"-separated acceptable spellings
    QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("37020.11") << 37020.11 << QStringLiteral("37020.11");
    QTest::newRow("integer") << 42.0 << QStringLiteral("42");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative") << -1500.0 << QStringLiteral("-1500");
    QTest::newRow("1e-7") << 1e-7 << QStringLiteral("1e-07|1e-7");
    QTest::newRow("0.001234") << 0.001234 << QStringLiteral("0.001234");
    QTest::newRow("third") << 1.0 / 3.0 << QStringLiteral("0.3333333333333333");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    QTest::newRow("large integer") << 9007199254740993.0 << QStringLiteral("9007199254740992");
    // %g style: both spellings are "%.17g-equivalent, shortest form preferred".
    QTest::newRow("100000") << 100000.0 << QStringLiteral("100000|1e+05");
    QTest::newRow("0.0001") << 0.0001 << QStringLiteral("0.0001|1e-04");
    QTest::newRow("1e21") << 1e21 << QStringLiteral("1e+21");
    QTest::newRow("max") << 1.7976931348623157e308 << QStringLiteral("1.7976931348623157e+308");
    QTest::newRow("denormal") << 5e-324 << QStringLiteral("5e-324");
}

void TestExportWriters::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    const QString file = path("numbers.csv");
    QCOMPARE(exportCsv(file, 0.0, QStringLiteral("f"), QString(), QStringLiteral("/v"), value),
             QString());
    QList<QStringList> records;
    QVERIFY(parseCsv(readAll(file), &records));
    QCOMPARE(records.size(), 2);
    const QString text = records.at(1).value(5);
    QVERIFY2(expected.split(QLatin1Char('|')).contains(text), qPrintable(text));
    // Whatever the spelling, it reads back to the very same double.
    QVERIFY(std::strtod(text.toLatin1().constData(), nullptr) == value);
}

void TestExportWriters::times_data()
{
    QTest::addColumn<double>("timeMs");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("ms");
    QTest::newRow("whole ms") << 1795687200123.0 << QStringLiteral("2026-11-26T10:00:00.123Z")
                              << QStringLiteral("1795687200123");
    QTest::newRow("fraction") << 1795687200123.456 << QStringLiteral("2026-11-26T10:00:00.123Z")
                              << QStringLiteral("1795687200123.456");
    QTest::newRow("quarter") << 1795687200000.25 << QStringLiteral("2026-11-26T10:00:00.000Z")
                             << QStringLiteral("1795687200000.25");
    QTest::newRow("no rounding up") << 1795687200999.9 << QStringLiteral("2026-11-26T10:00:00.999Z")
                                    << QStringLiteral("1795687200999.9");
    QTest::newRow("epoch") << 0.0 << QStringLiteral("1970-01-01T00:00:00.000Z")
                           << QStringLiteral("0");
    // Whole-second times that end in zeros must still read as milliseconds, not 1.795687e+12.
    QTest::newRow("whole 1000 s") << 1795687000000.0 << QStringLiteral("2026-11-26T09:56:40.000Z")
                                  << QStringLiteral("1795687000000");
    QTest::newRow("2001") << 1000000000000.0 << QStringLiteral("2001-09-09T01:46:40.000Z")
                          << QStringLiteral("1000000000000");
}

void TestExportWriters::times()
{
    QFETCH(double, timeMs);
    QFETCH(QString, iso);
    QFETCH(QString, ms);
    const QString file = path("times.csv");
    QCOMPARE(exportCsv(file, timeMs, QStringLiteral("f"), QString(), QStringLiteral("/v"), 1.0),
             QString());
    QList<QStringList> records;
    QVERIFY(parseCsv(readAll(file), &records));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).value(0), iso);
    QCOMPARE(records.at(1).value(1), ms);
    QVERIFY(std::strtod(ms.toLatin1().constData(), nullptr) == timeMs);
}

void TestExportWriters::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("csv"); // how the field must be written
    QTest::newRow("plain") << QStringLiteral("trades") << QByteArray("trades");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("newline") << QStringLiteral("line\nbreak") << QByteArray("\"line\nbreak\"");
    QTest::newRow("carriage return") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("spaces kept") << QStringLiteral(" padded ") << QByteArray(" padded ");
    QTest::newRow("unicode") << QStringLiteral("行情 €") << QByteArray("行情 €");
    QTest::newRow("pointer") << QStringLiteral("/a~1b/0") << QByteArray("/a~1b/0");
}

void TestExportWriters::quoting()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, csv);
    const QString file = path("quoting.csv");
    // The same text as feed, key and field: every text column quotes the same way.
    QCOMPARE(exportCsv(file, 1795687200123.0, text, text, text, 2.5), QString());
    const QByteArray content = readAll(file);
    QCOMPARE(content,
             kCsvHeader + "2026-11-26T10:00:00.123Z,1795687200123," + csv + ',' + csv + ',' + csv
                 + ",2.5\n");
    QList<QStringList> records;
    QVERIFY2(parseCsv(content, &records), content.constData());
    QCOMPARE(records.size(), 2);
    QCOMPARE(
        records.at(1),
        (QStringList { QStringLiteral("2026-11-26T10:00:00.123Z"), QStringLiteral("1795687200123"),
                       text, text, text, QStringLiteral("2.5") }));
}

void TestExportWriters::jsonStringEscapesEveryByteAnywhere()
{
    // Captures escape eight bytes at a time: every byte value, at every position of a word
    // and in the tail after the last whole word, must come out as JSON that reads back equal.
    for (int byte = 0; byte < 256; ++byte) {
        for (int at = 0; at < 19; ++at) {
            QByteArray input(19, 'x');
            input[at] = char(byte);
            QByteArray out = "[";
            TextFormat::appendJsonString(out, input);
            out += ']';
            if (byte >= 0x80) { // not valid UTF-8 alone: kept as it came
                QCOMPARE(out, "[\"" + input + "\"]");
                continue;
            }
            for (const char c : out)
                QVERIFY2(static_cast<unsigned char>(c) >= 0x20, qPrintable(QString::number(byte)));
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError,
                     qPrintable(QStringLiteral("byte %1 at %2: %3")
                                    .arg(byte)
                                    .arg(at)
                                    .arg(error.errorString())));
            QCOMPARE(parsed.array().at(0).toString(), QString::fromLatin1(input));
        }
    }
}

void TestExportWriters::jsonStringEscapesEveryPairInAWord()
{
    // Two bytes to escape in one word (JSON text quotes every key), anywhere: the escaping
    // goes on right after the first, so the second must still be found, adjacent or not.
    const char specials[] = { '"', '\\', '\n', '\x01', '\x1f' };
    for (const char first : specials) {
        for (const char second : specials) {
            for (int a = 0; a < 19; ++a) {
                for (int b = a + 1; b < 19; ++b) {
                    QByteArray input(19, 'x');
                    input[a] = first;
                    input[b] = second;
                    QByteArray out = "[";
                    TextFormat::appendJsonString(out, input);
                    out += ']';
                    QJsonParseError error;
                    const QJsonDocument parsed = QJsonDocument::fromJson(out, &error);
                    QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
                    QCOMPARE(parsed.array().at(0).toString(), QString::fromLatin1(input));
                }
            }
        }
    }
}

void TestExportWriters::manyRowsInOrder()
{
    // More rows than fit the writer's 1 MiB buffer: all arrive, in write order.
    const QString file = path("many.csv");
    SampleExportWriter writer;
    QString error;
    QVERIFY2(writer.open(file, &error), qPrintable(error));
    const int rows = 30000;
    for (int i = 0; i < rows; ++i)
        writer.write(1795687200000.0 + i, QStringLiteral("f"), QStringLiteral("k,%1").arg(i % 7),
                     QStringLiteral("/v"), i * 0.25);
    QCOMPARE(writer.rows(), quint64(rows));
    QVERIFY2(writer.commit(&error), qPrintable(error));
    QList<QStringList> records;
    QVERIFY(parseCsv(readAll(file), &records));
    QCOMPARE(records.size(), rows + 1);
    for (int i = 0; i < rows; i += 997) {
        const QStringList &r = records.at(i + 1);
        QCOMPARE(r.value(1), QString::number(1795687200000LL + i));
        QCOMPARE(r.value(3), QStringLiteral("k,%1").arg(i % 7));
        QCOMPARE(r.value(5).toDouble(), i * 0.25);
    }
}

void TestExportWriters::sampleJsonLines()
{
    const QString file = path("samples.jsonl");
    SampleExportWriter writer;
    QString error;
    QVERIFY2(writer.open(file, &error), qPrintable(error));
    writer.write(1795687200123.456, QStringLiteral("tr\"ades"), QString(), QStringLiteral("/p"),
                 0.1);
    writer.write(1795687200124.0, QStringLiteral("t"), QStringLiteral("行情\n"),
                 QStringLiteral("/q"), -2.0);
    QVERIFY2(writer.commit(&error), qPrintable(error));
    const QList<QByteArray> lines = readAll(file).split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(2).isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("time_iso")).toString(),
             QStringLiteral("2026-11-26T10:00:00.123Z"));
    QVERIFY(first.value(QStringLiteral("time_ms")).toDouble() == 1795687200123.456);
    QCOMPARE(first.value(QStringLiteral("feed")).toString(), QStringLiteral("tr\"ades"));
    QCOMPARE(first.value(QStringLiteral("key")).toString(), QString());
    QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("/p"));
    QVERIFY(first.value(QStringLiteral("value")).toDouble() == 0.1);
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(QStringLiteral("key")).toString(), QStringLiteral("行情\n"));
    QCOMPARE(second.value(QStringLiteral("value")).toDouble(), -2.0);
}

void TestExportWriters::formatForPath_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sample"); // -1: none, else Format
    QTest::addColumn<int>("log");
    QTest::newRow("csv") << QStringLiteral("/x/out.csv") << int(SampleExportWriter::Format::Csv)
                         << -1;
    QTest::newRow("CSV") << QStringLiteral("OUT.CSV") << int(SampleExportWriter::Format::Csv) << -1;
    QTest::newRow("jsonl") << QStringLiteral("a.b.jsonl")
                           << int(SampleExportWriter::Format::JsonLines)
                           << int(LogExportWriter::Format::JsonLines);
    QTest::newRow("log") << QStringLiteral("run.log") << -1 << int(LogExportWriter::Format::Text);
    QTest::newRow("txt") << QStringLiteral("run.txt") << -1 << int(LogExportWriter::Format::Text);
    QTest::newRow("json") << QStringLiteral("run.json") << -1 << -1;
    QTest::newRow("none") << QStringLiteral("run") << -1 << -1;
}

void TestExportWriters::formatForPath()
{
    QFETCH(QString, file);
    QFETCH(int, sample);
    QFETCH(int, log);
    const auto s = SampleExportWriter::formatForPath(file);
    QCOMPARE(s ? int(*s) : -1, sample);
    const auto l = LogExportWriter::formatForPath(file);
    QCOMPARE(l ? int(*l) : -1, log);
}

void TestExportWriters::badPaths()
{
    SampleExportWriter writer;
    QString error;
    QVERIFY(!writer.open(path("samples.xlsx"), &error));
    QVERIFY2(error.contains(path("samples.xlsx")), qPrintable(error));
    QVERIFY(!writer.isOpen());

    const QString dir = path("adir.csv");
    QVERIFY(QDir().mkpath(dir));
    error.clear();
    QVERIFY(!writer.open(dir, &error));
    QVERIFY2(error.contains(dir), qPrintable(error));

    error.clear();
    QVERIFY(!writer.open(path("missing/dir/out.csv"), &error));
    QVERIFY2(!error.isEmpty(), "a reason");

    LogExportWriter logs;
    error.clear();
    QVERIFY(!logs.open(path("logs.csv"), &error));
    QVERIFY2(error.contains(path("logs.csv")), qPrintable(error));
}

void TestExportWriters::replacesAtomically()
{
    const QString file = path("replace.csv");
    QVERIFY(writeFile(file, "old content\n"));
    SampleExportWriter writer;
    QString error;
    QVERIFY2(writer.open(file, &error), qPrintable(error));
    for (int i = 0; i < 100; ++i)
        writer.write(1.0 * i, QStringLiteral("f"), QString(), QStringLiteral("/v"), i);
    // Until commit the old file stays whole: a crash mid-export leaves no half file behind.
    QCOMPARE(readAll(file), QByteArray("old content\n"));
    QVERIFY2(writer.commit(&error), qPrintable(error));
    const QByteArray content = readAll(file);
    QVERIFY(content.startsWith(kCsvHeader));
    QCOMPARE(content.count('\n'), 101);
}

void TestExportWriters::cancelLeavesTargetUntouched()
{
    const QString file = path("cancel.csv");
    QVERIFY(writeFile(file, "keep me\n"));
    SampleExportWriter writer;
    QString error;
    QVERIFY2(writer.open(file, &error), qPrintable(error));
    writer.write(1.0, QStringLiteral("f"), QString(), QStringLiteral("/v"), 1.0);
    writer.cancel();
    QVERIFY(!writer.isOpen());
    QCOMPARE(readAll(file), QByteArray("keep me\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             QStringList { QStringLiteral("cancel.csv") });
}

void TestExportWriters::logText()
{
    const QString file = path("logs.log");
    LogExportWriter writer;
    QString error;
    QVERIFY2(writer.open(file, &error), qPrintable(error));
    LogRecord a;
    a.timeUs = 1795687200123456;
    a.feed = QStringLiteral("logs");
    a.level = LogLevel::Warn;
    a.message = QStringLiteral("disk low");
    writer.write(a);
    LogRecord b = a;
    b.level = LogLevel::Error;
    b.message = QStringLiteral("multi\nline\twith tab 行情");
    writer.write(b);
    QCOMPARE(writer.rows(), quint64(2));
    QVERIFY2(writer.commit(&error), qPrintable(error));
    const QList<QByteArray> lines = readAll(file).split('\n');
    QCOMPARE(lines.size(), 3); // one line per record, then the final newline
    QCOMPARE(lines.at(0), QByteArray("2026-11-26T10:00:00.123Z\tlogs\tWARN\tdisk low"));
    const QList<QByteArray> cols = lines.at(1).split('\t');
    QCOMPARE(cols.size(), 4);
    QCOMPARE(cols.at(2), QByteArray("ERROR"));
    QVERIFY2(!cols.at(3).contains('\n') && cols.at(3).contains("multi")
                 && cols.at(3).contains("with tab 行情"),
             lines.at(1).constData());
}

void TestExportWriters::logJsonLines()
{
    const QString file = path("logs.jsonl");
    LogExportWriter writer;
    QString error;
    QVERIFY2(writer.open(file, &error), qPrintable(error));
    LogRecord r;
    r.timeUs = 1795687200123456;
    r.feed = QStringLiteral("lo\"gs");
    r.level = LogLevel::Fatal;
    r.message = QStringLiteral("a\nb \"c\"");
    writer.write(r);
    QVERIFY2(writer.commit(&error), qPrintable(error));
    const QList<QByteArray> lines = readAll(file).split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject o = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(o.value(QStringLiteral("time_iso")).toString(),
             QStringLiteral("2026-11-26T10:00:00.123Z"));
    QCOMPARE(o.value(QStringLiteral("feed")).toString(), r.feed);
    QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("FATAL"));
    QCOMPARE(o.value(QStringLiteral("message")).toString(), r.message);
}

QTEST_APPLESS_MAIN(TestExportWriters)
#include "tst_exportwriters.moc"
