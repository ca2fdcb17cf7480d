// Tests FrameDecoder, JsonPointer and DecodeConfig::fromJson against the contract's decoding
// rules (CONTRACT.md, "Profile file"): one data row per input shape, malformed input included.
#include "decode/decodeconfig.h"
#include "decode/framedecoder.h"
#include "decode/jsonpointer.h"
#include "model/stablename.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {
// 2026-11-26T10:00:00.123456Z: the receive time every row uses.
constexpr qint64 kReceiveUs = 1795687200123456;
constexpr double kReceiveMs = 1795687200123.456;
const QString kFeed = QStringLiteral("trades");

// Doubles are compared through their 17-digit text: equal text means equal doubles, and a
// failure shows both numbers in full. QCOMPARE on doubles is fuzzy (1e-12 relative, which is
// ~2 ms at today's epoch) and would hide off-by-a-microsecond times.
QString exact(double d)
{
    return QString::number(d, 'g', 17);
}

QString S(const QString &key, const QString &field, double timeMs, double value)
{
    return key + QLatin1Char('|') + field + QLatin1Char('|') + exact(timeMs) + QLatin1Char('|')
        + exact(value);
}

QString S(const QString &field, double value)
{
    return S(QString(), field, kReceiveMs, value);
}

QString L(const QString &level, const QString &message, qint64 timeUs = kReceiveUs)
{
    return level + QLatin1Char('|') + message + QLatin1Char('|') + QString::number(timeUs);
}

DecodeConfig config(const char *json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qFatal("bad test config %s: %s", json, qPrintable(parseError.errorString()));
    QString error;
    const auto parsed = DecodeConfig::fromJson(doc.object(), &error);
    if (!parsed)
        qFatal("bad test config %s: %s", json, qPrintable(error));
    return *parsed;
}

QStringList samplesOf(const FrameDecodeResult &result)
{
    QStringList list;
    for (const DecodedSample &s : result.samples)
        list << S(s.key(), s.field(), s.timeMs, s.value);
    return list;
}

QStringList logsOf(const FrameDecodeResult &result)
{
    QStringList list;
    for (const LogRecord &r : result.logs)
        list << L(logLevelName(r.level), r.message, r.timeUs);
    return list;
}
} // namespace

class TestFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodeText_data();
    void decodeText();
    void decodeBinary_data();
    void decodeBinary();
    void resultIsClearedBetweenFrames();
    void logRecordsShareTheFeedNameText();
    void nonFiniteNumberLiteralKeepsOtherFields();
    void logRecordMappingAlsoYieldsNumericLeaves();
    void nestedBatchOfLogLines();
    void nestedBatchReadsTheEnclosingRecord();
    void nestedBatchOfAnotherShape();
    void epochMsFromNumber_data();
    void epochMsFromNumber();
    void epochMsFromIsoString_data();
    void epochMsFromIsoString();
    void parseNumericString_data();
    void parseNumericString();
    void jsonPointerParse_data();
    void jsonPointerParse();
    void jsonPointerResolve_data();
    void jsonPointerResolve();
    void jsonPointerEscapeToken();
    void decodeConfigFromJson_data();
    void decodeConfigFromJson();
    void decodeConfigRoundTrip();
};

void TestFrameDecoder::decodeText_data()
{
    QTest::addColumn<QByteArray>("decode"); // the profile's decode object
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QStringList>("logs");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("errorText"); // substring of the joined reasons, if any

    const QStringList none;
    const QByteArray p = R"({"fields":["/p"]})";
    const QByteArray pt = R"({"fields":["/p"],"time":"/t"})";

    // Plain numbers and numeric strings.
    QTest::newRow("number") << p << QByteArray(R"({"p":37020.11})")
                            << QStringList { S("/p", 37020.11) } << none << 0 << QString();
    QTest::newRow("integer") << p << QByteArray(R"({"p":42})") << QStringList { S("/p", 42) }
                             << none << 0 << QString();
    QTest::newRow("negative") << p << QByteArray(R"({"p":-0.5})") << QStringList { S("/p", -0.5) }
                              << none << 0 << QString();
    QTest::newRow("numeric string") << p << QByteArray(R"({"p":"0.00123400"})")
                                    << QStringList { S("/p", 0.001234) } << none << 0 << QString();
    QTest::newRow("numeric string exponent")
        << p << QByteArray(R"({"p":"-1.5e3"})") << QStringList { S("/p", -1500) } << none << 0
        << QString();
    QTest::newRow("two fields in config order")
        << QByteArray(R"({"fields":["/q","/p"]})") << QByteArray(R"({"p":1,"q":"2"})")
        << QStringList { S("/q", 2), S("/p", 1) } << none << 0 << QString();
    QTest::newRow("whitespace around document")
        << p << QByteArray(" \t{\"p\":1} \r\n") << QStringList { S("/p", 1) } << none << 0
        << QString();

    // Automatic discovery: nested objects and arrays are named by their pointers.
    QTest::newRow("auto flat") << QByteArray("{}")
                               << QByteArray(R"({"a":1,"b":"2.5","c":"x","d":true,"e":null})")
                               << QStringList { S("/a", 1), S("/b", 2.5) } << none << 0
                               << QString();
    QTest::newRow("auto nested") << QByteArray("{}")
                                 << QByteArray(R"({"a":{"b":1.5,"c":{"d":-2}}})")
                                 << QStringList { S("/a/b", 1.5), S("/a/c/d", -2) } << none << 0
                                 << QString();
    QTest::newRow("auto arrays") << QByteArray("{}")
                                 << QByteArray(R"({"bids":[["100.5","2"],["100.4","1"]]})")
                                 << QStringList { S("/bids/0/0", 100.5), S("/bids/0/1", 2),
                                                  S("/bids/1/0", 100.4), S("/bids/1/1", 1) }
                                 << none << 0 << QString();
    QTest::newRow("configured array element")
        << QByteArray(R"({"fields":["/bids/0/0","/bids/1/1"]})")
        << QByteArray(R"({"bids":[["100.5","2"],["100.4","1"]]})")
        << QStringList { S("/bids/0/0", 100.5), S("/bids/1/1", 1) } << none << 0 << QString();
    QTest::newRow("auto root array of numbers")
        << QByteArray("{}") << QByteArray("[1,2.5]") << QStringList { S("/0", 1), S("/1", 2.5) }
        << none << 0 << QString();
    QTest::newRow("auto skips key and time")
        << QByteArray(R"({"key":"/s","time":"/t"})")
        << QByteArray(R"({"s":7,"t":1795687200,"p":1})")
        << QStringList { S(QStringLiteral("7"), QStringLiteral("/p"), 1795687200000.0, 1) } << none
        << 0 << QString();
    QTest::newRow("pointer escaping auto")
        << QByteArray("{}") << QByteArray(R"({"a/b":{"c~d":1.5}})")
        << QStringList { S("/a~1b/c~0d", 1.5) } << none << 0 << QString();
    QTest::newRow("pointer escaping configured")
        << QByteArray(R"({"fields":["/a~1b/c~0d","/~01"]})")
        << QByteArray(R"({"a/b":{"c~d":1.5},"~1":2})")
        << QStringList { S("/a~1b/c~0d", 1.5), S("/~01", 2) } << none << 0 << QString();

    // Batches: a root array of objects, or `root` naming an array inside a wrapper.
    const QByteArray keyed = R"({"key":"/s","fields":["/p"]})";
    QTest::newRow("batch root array")
        << keyed << QByteArray(R"([{"s":"A","p":1},{"s":"B","p":"2"},{"s":"A","p":3}])")
        << QStringList { S("A", "/p", kReceiveMs, 1), S("B", "/p", kReceiveMs, 2),
                         S("A", "/p", kReceiveMs, 3) }
        << none << 0 << QString();
    QTest::newRow("batch under root")
        << QByteArray(R"({"root":"/data","key":"/s","time":"/T","fields":["/p","/q"]})")
        << QByteArray(
               R"({"stream":"x","data":[{"s":"BTC","T":1795687200123,"p":"37020.11","q":"0.5"},{"s":"ETH","T":1795687200124,"p":"2000"}]})")
        << QStringList { S("BTC", "/p", 1795687200123.0, 37020.11),
                         S("BTC", "/q", 1795687200123.0, 0.5),
                         S("ETH", "/p", 1795687200124.0, 2000) }
        << none << 0 << QString();
    QTest::newRow("root names an object")
        << QByteArray(R"({"root":"/data","fields":["/p"]})") << QByteArray(R"({"data":{"p":5}})")
        << QStringList { S("/p", 5) } << none << 0 << QString();
    QTest::newRow("batch element not an object")
        << QByteArray(R"({"root":"/data","fields":["/p"]})")
        << QByteArray(R"({"data":[{"p":1},7]})") << QStringList { S("/p", 1) } << none << 1
        << QStringLiteral("record 1");
    QTest::newRow("auto batch") << QByteArray("{}") << QByteArray(R"([{"p":1},{"p":2}])")
                                << QStringList { S("/p", 1), S("/p", 2) } << none << 0 << QString();

    // NDJSON: several documents in one frame.
    QTest::newRow("ndjson") << p << QByteArray("{\"p\":1}\n{\"p\":2}\n{\"p\":3}")
                            << QStringList { S("/p", 1), S("/p", 2), S("/p", 3) } << none << 0
                            << QString();
    QTest::newRow("ndjson crlf and blank lines")
        << p << QByteArray("{\"p\":1}\r\n\r\n{\"p\":2}\r\n")
        << QStringList { S("/p", 1), S("/p", 2) } << none << 0 << QString();
    QTest::newRow("ndjson one bad line")
        << p << QByteArray("{\"p\":1}\n{\"p\":\n{\"p\":3}")
        << QStringList { S("/p", 1), S("/p", 3) } << none << 1 << QStringLiteral("malformed JSON");
    QTest::newRow("ndjson with text line")
        << p << QByteArray("{\"p\":1}\nERROR upstream lag\n{\"p\":2}")
        << QStringList { S("/p", 1), S("/p", 2) }
        << QStringList { L("ERROR", "ERROR upstream lag") } << 0 << QString();
    QTest::newRow("pretty-printed document")
        << p << QByteArray("{\n  \"p\": 1,\n  \"q\": 2\n}\n") << QStringList { S("/p", 1) } << none
        << 0 << QString();

    // Keys: strings and numbers split series.
    QTest::newRow("key string") << keyed << QByteArray(R"({"s":"BTCUSDT","p":1})")
                                << QStringList { S("BTCUSDT", "/p", kReceiveMs, 1) } << none << 0
                                << QString();
    QTest::newRow("key integer") << keyed << QByteArray(R"({"s":42,"p":1})")
                                 << QStringList { S("42", "/p", kReceiveMs, 1) } << none << 0
                                 << QString();
    QTest::newRow("key fraction") << keyed << QByteArray(R"({"s":1.5,"p":1})")
                                  << QStringList { S("1.5", "/p", kReceiveMs, 1) } << none << 0
                                  << QString();
    QTest::newRow("key missing") << keyed << QByteArray(R"({"p":1})")
                                 << QStringList { S(QString(), "/p", kReceiveMs, 1) } << none << 0
                                 << QString();
    QTest::newRow("nested key") << QByteArray(R"({"key":"/m/sym","fields":["/p"]})")
                                << QByteArray(R"({"m":{"sym":"X"},"p":1})")
                                << QStringList { S("X", "/p", kReceiveMs, 1) } << none << 0
                                << QString();

    // Time by magnitude, ISO-8601 strings, and the receive time as fallback.
    QTest::newRow("time seconds") << pt << QByteArray(R"({"t":1795687200,"p":1})")
                                  << QStringList { S("", "/p", 1795687200000.0, 1) } << none << 0
                                  << QString();
    QTest::newRow("time seconds fraction")
        << pt << QByteArray(R"({"t":1795687200.5,"p":1})")
        << QStringList { S("", "/p", 1795687200500.0, 1) } << none << 0 << QString();
    QTest::newRow("time ms") << pt << QByteArray(R"({"t":1795687200123,"p":1})")
                             << QStringList { S("", "/p", 1795687200123.0, 1) } << none << 0
                             << QString();
    QTest::newRow("time us") << pt << QByteArray(R"({"t":1795687200123456,"p":1})")
                             << QStringList { S("", "/p", 1795687200123.456, 1) } << none << 0
                             << QString();
    QTest::newRow("time ns") << pt << QByteArray(R"({"t":1795687200123000000,"p":1})")
                             << QStringList { S("", "/p", 1795687200123.0, 1) } << none << 0
                             << QString();
    QTest::newRow("time ms as string")
        << pt << QByteArray(R"({"t":"1795687200123","p":1})")
        << QStringList { S("", "/p", 1795687200123.0, 1) } << none << 0 << QString();
    QTest::newRow("time iso Z") << pt << QByteArray(R"({"t":"2026-11-26T10:00:00Z","p":1})")
                                << QStringList { S("", "/p", 1795687200000.0, 1) } << none << 0
                                << QString();
    QTest::newRow("time iso ms") << pt << QByteArray(R"({"t":"2026-11-26T10:00:00.123Z","p":1})")
                                 << QStringList { S("", "/p", 1795687200123.0, 1) } << none << 0
                                 << QString();
    QTest::newRow("time iso us") << pt << QByteArray(R"({"t":"2026-11-26T10:00:00.123456Z","p":1})")
                                 << QStringList { S("", "/p", 1795687200123.456, 1) } << none << 0
                                 << QString();
    QTest::newRow("time iso offset")
        << pt << QByteArray(R"({"t":"2026-11-26T12:00:00.250+02:00","p":1})")
        << QStringList { S("", "/p", 1795687200250.0, 1) } << none << 0 << QString();
    QTest::newRow("time iso negative offset")
        << pt << QByteArray(R"({"t":"2026-11-26T05:30:00.5-04:30","p":1})")
        << QStringList { S("", "/p", 1795687200500.0, 1) } << none << 0 << QString();
    QTest::newRow("time missing") << pt << QByteArray(R"({"p":1})") << QStringList { S("/p", 1) }
                                  << none << 0 << QString();
    QTest::newRow("time null") << pt << QByteArray(R"({"t":null,"p":1})")
                               << QStringList { S("/p", 1) } << none << 0 << QString();
    QTest::newRow("time unreadable") << pt << QByteArray(R"({"t":"yesterday","p":1})")
                                     << QStringList { S("/p", 1) } << none << 0 << QString();
    QTest::newRow("time per batch record")
        << QByteArray(R"({"time":"/t","fields":["/p"]})")
        << QByteArray(R"([{"t":1795687200,"p":1},{"p":2},{"t":"2026-11-26T10:00:01Z","p":3}])")
        << QStringList { S("", "/p", 1795687200000.0, 1), S("/p", 2),
                         S("", "/p", 1795687201000.0, 3) }
        << none << 0 << QString();

    // Missing, wrong-typed and non-finite fields.
    QTest::newRow("field missing")
        << QByteArray(R"({"fields":["/p","/q"]})") << QByteArray(R"({"p":1})")
        << QStringList { S("/p", 1) } << none << 0 << QString();
    QTest::newRow("no configured field present")
        << p << QByteArray(R"({"event":"heartbeat"})") << none << none << 0 << QString();
    QTest::newRow("field null") << p << QByteArray(R"({"p":null})") << none << none << 0
                                << QString();
    QTest::newRow("field text") << p << QByteArray(R"({"p":"abc"})") << none << none << 1
                                << QStringLiteral("/p");
    QTest::newRow("field bool") << p << QByteArray(R"({"p":true})") << none << none << 1
                                << QStringLiteral("/p");
    QTest::newRow("field object") << p << QByteArray(R"({"p":{"x":1}})") << none << none << 1
                                  << QStringLiteral("/p");
    QTest::newRow("field comma decimal")
        << p << QByteArray(R"({"p":"1,5"})") << none << none << 1 << QStringLiteral("/p");
    QTest::newRow("field hex") << p << QByteArray(R"({"p":"0x10"})") << none << none << 1
                               << QStringLiteral("/p");
    QTest::newRow("field empty string")
        << p << QByteArray(R"({"p":""})") << none << none << 1 << QStringLiteral("/p");
    QTest::newRow("wrong type keeps other fields")
        << QByteArray(R"({"fields":["/p","/q"]})") << QByteArray(R"({"p":"abc","q":2})")
        << QStringList { S("/q", 2) } << none << 1 << QStringLiteral("/p");
    QTest::newRow("NaN string") << p << QByteArray(R"({"p":"NaN"})") << none << none << 1
                                << QStringLiteral("/p");
    QTest::newRow("Infinity string")
        << p << QByteArray(R"({"p":"Infinity"})") << none << none << 1 << QStringLiteral("/p");
    QTest::newRow("-inf string") << p << QByteArray(R"({"p":"-inf"})") << none << none << 1
                                 << QStringLiteral("/p");
    QTest::newRow("1e400 string") << p << QByteArray(R"({"p":"1e400"})") << none << none << 1
                                  << QStringLiteral("/p");
    QTest::newRow("1e400 number") << p << QByteArray(R"({"p":1e400})") << none << none << 1
                                  << QString();
    QTest::newRow("underflow string is zero")
        << p << QByteArray(R"({"p":"1e-400"})") << QStringList { S("/p", 0) } << none << 0
        << QString();

    // Malformed and empty frames.
    QTest::newRow("truncated") << p << QByteArray(R"({"p":1)") << none << none << 1
                               << QStringLiteral("malformed JSON");
    QTest::newRow("truncated array")
        << p << QByteArray(R"([{"p":1},)") << none << none << 1 << QStringLiteral("malformed JSON");
    QTest::newRow("trailing garbage") << p << QByteArray(R"({"p":1} xyz)") << none << none << 1
                                      << QStringLiteral("malformed JSON");
    QTest::newRow("two documents on one line") << p << QByteArray(R"({"p":1}{"p":2})") << none
                                               << none << 1 << QStringLiteral("malformed JSON");
    QTest::newRow("empty") << p << QByteArray() << none << none << 1 << QStringLiteral("empty");
    QTest::newRow("blank") << p << QByteArray(" \r\n\t") << none << none << 1
                           << QStringLiteral("empty");

    // Non-JSON text is a log line; its level is read from the text.
    QTest::newRow("text ERROR") << p << QByteArray("2026-11-26T10:00:00Z ERROR connection reset")
                                << none
                                << QStringList { L("ERROR",
                                                   "2026-11-26T10:00:00Z ERROR connection reset") }
                                << 0 << QString();
    QTest::newRow("text warning") << p << QByteArray("warning: disk almost full\n") << none
                                  << QStringList { L("WARN", "warning: disk almost full") } << 0
                                  << QString();
    QTest::newRow("text Info") << p << QByteArray("[Info] service started") << none
                               << QStringList { L("INFO", "[Info] service started") } << 0
                               << QString();
    // Bracketed prefixes start most log layouts; a leading '[' does not make a line JSON.
    QTest::newRow("text bracketed timestamp")
        << p << QByteArray("[2026-11-26 10:00:00] WARN slow consumer") << none
        << QStringList { L("WARN", "[2026-11-26 10:00:00] WARN slow consumer") } << 0 << QString();
    QTest::newRow("text debug") << p << QByteArray("debug: tick") << none
                                << QStringList { L("DEBUG", "debug: tick") } << 0 << QString();
    QTest::newRow("text fatal") << p << QByteArray("FATAL out of memory") << none
                                << QStringList { L("FATAL", "FATAL out of memory") } << 0
                                << QString();
    QTest::newRow("text critical")
        << p << QByteArray("Critical: broker down") << none
        << QStringList { L("FATAL", "Critical: broker down") } << 0 << QString();
    QTest::newRow("text trace") << p << QByteArray("trace enter f()") << none
                                << QStringList { L("TRACE", "trace enter f()") } << 0 << QString();
    QTest::newRow("text no level") << p << QByteArray("heartbeat") << none
                                   << QStringList { L("INFO", "heartbeat") } << 0 << QString();
    QTest::newRow("text word inside word")
        << p << QByteArray("processed 10 items, errors=0") << none
        << QStringList { L("INFO", "processed 10 items, errors=0") } << 0 << QString();
    QTest::newRow("text number") << p << QByteArray("42") << none << QStringList { L("INFO", "42") }
                                 << 0 << QString();

    // JSON log records via level/message.
    const QByteArray logCfg = R"({"level":"/level","message":"/msg","time":"/ts"})";
    QTest::newRow("json log")
        << logCfg
        << QByteArray(R"({"ts":"2026-11-26T10:00:00.5Z","level":"warning","msg":"disk low"})")
        << none << QStringList { L("WARN", "disk low", 1795687200500000) } << 0 << QString();
    QTest::newRow("json log numeric level")
        << logCfg << QByteArray(R"({"level":3,"msg":"x"})") << none
        << QStringList { L("ERROR", "x") } << 0 << QString();
    QTest::newRow("json log without level")
        << logCfg << QByteArray(R"({"msg":"ERROR: boom"})") << none
        << QStringList { L("ERROR", "ERROR: boom") } << 0 << QString();
    QTest::newRow("json log unknown level")
        << logCfg << QByteArray(R"({"level":"chatty","msg":"x"})") << none
        << QStringList { L("INFO", "x") } << 0 << QString();
    QTest::newRow("json log batch")
        << logCfg << QByteArray(R"([{"level":"debug","msg":"a"},{"level":"FATAL","msg":"b"}])")
        << none << QStringList { L("DEBUG", "a"), L("FATAL", "b") } << 0 << QString();
    QTest::newRow("json log with fields")
        << QByteArray(R"({"level":"/level","message":"/msg","fields":["/lat"]})")
        << QByteArray(R"({"level":"info","msg":"req","lat":12.5})")
        << QStringList { S("/lat", 12.5) } << QStringList { L("INFO", "req") } << 0 << QString();
    QTest::newRow("auto json log")
        << QByteArray("{}") << QByteArray(R"({"level":"error","message":"boom"})") << none
        << QStringList { L("ERROR", "boom") } << 0 << QString();
}

void TestFrameDecoder::decodeText()
{
    QFETCH(QByteArray, decode);
    QFETCH(QByteArray, frame);
    QFETCH(QStringList, samples);
    QFETCH(QStringList, logs);
    QFETCH(int, errors);
    QFETCH(QString, errorText);

    const DecodeConfig cfg = config(decode.constData());
    const FrameDecoder decoder(kFeed, cfg);
    FrameDecodeResult result;
    decoder.decodeText(frame, kReceiveUs, result);

    QStringList got = samplesOf(result);
    // Discovered fields come in whatever order the JSON object iterates; configured fields in
    // the configured order, records in frame order.
    if (cfg.autoFields()) {
        got.sort();
        samples.sort();
    }
    QCOMPARE(got, samples);
    QCOMPARE(logsOf(result), logs);
    QCOMPARE(result.errors.size(), errors);
    QCOMPARE(result.ok(), errors == 0);
    for (const QString &reason : std::as_const(result.errors))
        QVERIFY2(!reason.trimmed().isEmpty(), "every error has a reason");
    if (!errorText.isEmpty()) {
        const QString joined = result.errors.join(QLatin1Char('\n'));
        QVERIFY2(joined.contains(errorText, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(errorText, joined)));
    }
    for (const LogRecord &record : result.logs)
        QCOMPARE(record.feed, kFeed);
}

void TestFrameDecoder::decodeBinary_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("logLevel");
    QTest::addColumn<QString>("logText"); // substring of the log message

    QTest::newRow("utf8 json") << QByteArray(R"({"p":2.5})") << QStringList { S("/p", 2.5) } << 0
                               << QString() << QString();
    QTest::newRow("not utf8") << QByteArray("\xff\xfe\x00\x01", 4) << QStringList() << 1
                              << QStringLiteral("WARN") << QStringLiteral("ff fe 00 01");
    QTest::newRow("truncated utf8 sequence")
        << QByteArray("{\"p\":\"\xe2\x82") << QStringList() << 1 << QStringLiteral("WARN")
        << QStringLiteral("7b 22 70");
    QTest::newRow("long binary") << QByteArray(40, '\x80') << QStringList() << 1
                                 << QStringLiteral("WARN") << QStringLiteral("40 bytes");
}

void TestFrameDecoder::decodeBinary()
{
    QFETCH(QByteArray, frame);
    QFETCH(QStringList, samples);
    QFETCH(int, errors);
    QFETCH(QString, logLevel);
    QFETCH(QString, logText);

    const FrameDecoder decoder(kFeed, config(R"({"fields":["/p"]})"));
    FrameDecodeResult result;
    decoder.decodeBinary(frame, kReceiveUs, result);
    QCOMPARE(samplesOf(result), samples);
    QCOMPARE(result.errors.size(), errors);
    if (logLevel.isEmpty()) {
        QCOMPARE(result.logs.size(), size_t(0));
        return;
    }
    QCOMPARE(result.logs.size(), size_t(1));
    QCOMPARE(logLevelName(result.logs[0].level), logLevel);
    QCOMPARE(result.logs[0].timeUs, kReceiveUs);
    QCOMPARE(result.logs[0].feed, kFeed);
    QVERIFY2(result.logs[0].message.contains(logText), qPrintable(result.logs[0].message));
}

void TestFrameDecoder::logRecordsShareTheFeedNameText()
{
    // Every record names its feed over the one kept text (StableName): copies of it count no
    // reference, and it outlives the decoder and the name it was made from.
    FrameDecodeResult first;
    FrameDecodeResult second;
    {
        const QString name = QStringLiteral("logs-") + QString::number(7);
        const FrameDecoder decoder(name, config(R"({"level":"/l","message":"/m"})"));
        decoder.decodeText(R"({"l":"warn","m":"disk 91%"})", kReceiveUs, first);
        decoder.decodeText(R"({"l":"info","m":"ok"})", kReceiveUs, second);
    }
    QCOMPARE(first.logs.size(), size_t(1));
    QCOMPARE(second.logs.size(), size_t(1));
    const QString &feed = first.logs[0].feed;
    QCOMPARE(feed, QStringLiteral("logs-7"));
    QCOMPARE(second.logs[0].feed, QStringLiteral("logs-7"));
    QCOMPARE(feed.constData(), second.logs[0].feed.constData());
    QCOMPARE(StableName::of(QStringLiteral("logs-7")).constData(), feed.constData());
    QVERIFY(StableName::of(QStringLiteral("logs-8")).constData() != feed.constData());
    QCOMPARE(second.logs[0].message, QStringLiteral("ok"));
}

void TestFrameDecoder::resultIsClearedBetweenFrames()
{
    const FrameDecoder decoder(kFeed, config(R"({"fields":["/p"]})"));
    FrameDecodeResult result;
    decoder.decodeText("{\"p\":1}\nnot json\n{\"p\":\"x\"}", kReceiveUs, result);
    QCOMPARE(result.samples.size(), size_t(1));
    QCOMPARE(result.logs.size(), size_t(1));
    QCOMPARE(result.errors.size(), 1);
    decoder.decodeText(R"({"p":2})", kReceiveUs + 1000, result);
    QCOMPARE(samplesOf(result), QStringList { S("", "/p", kReceiveMs + 1.0, 2) });
    QVERIFY(result.logs.empty());
    QVERIFY(result.ok());
    decoder.decodeBinary(QByteArray("\xff", 1), kReceiveUs, result);
    QVERIFY(result.samples.empty());
    QCOMPARE(result.logs.size(), size_t(1));
}

// Contract: "Values that are not finite ("NaN", "Infinity", 1e400) are not samples: they count
// as decode errors, with the reason." 1e400 as a JSON number literal is such a value; it must
// not take the record's other, valid fields down with it, and the reason must name the field.
void TestFrameDecoder::nonFiniteNumberLiteralKeepsOtherFields()
{
    const FrameDecoder decoder(kFeed, config(R"({"fields":["/p","/q"]})"));
    FrameDecodeResult result;
    decoder.decodeText(R"({"p":1e400,"q":2})", kReceiveUs, result);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().contains(QLatin1String("/p")),
             qPrintable(result.errors.first()));
    QCOMPARE(samplesOf(result), QStringList { S("/q", 2) });
}

// Contract: "`level` / `message`: make a record a log record *as well*", and with `fields`
// omitted "every numeric leaf except key and time becomes a field".
void TestFrameDecoder::logRecordMappingAlsoYieldsNumericLeaves()
{
    const FrameDecoder decoder(kFeed, config(R"({"level":"/level","message":"/msg"})"));
    FrameDecodeResult result;
    decoder.decodeText(R"({"level":"info","msg":"request done","latencyMs":12.5})", kReceiveUs,
                       result);
    QCOMPARE(logsOf(result), QStringList { L("INFO", "request done") });
    QCOMPARE(samplesOf(result), QStringList { S("/latencyMs", 12.5) });
    QVERIFY(result.ok());
}

void TestFrameDecoder::nestedBatchOfLogLines()
{
    // Grafana Loki's tail: streams of label sets, each with [ns-time, line] pairs.
    const DecodeConfig loki = config(
        R"({"root":"/streams","records":"/values","time":"/0","message":"/1","level":"/stream/level"})");
    const QByteArray frame
        = R"({"streams":[{"stream":{"job":"api","level":"error"},"values":[["1795687100000000000","db down"],["1795687101500000000","db still down"]]},)"
          R"({"stream":{"job":"web"},"values":[["1795687102000000000","WARN slow request"]]}],"dropped_entries":null})";
    for (const bool fast : { true, false }) {
        FrameDecoder decoder(kFeed, loki);
        decoder.setFastPathEnabled(fast);
        FrameDecodeResult result;
        decoder.decodeText(frame, kReceiveUs, result);
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char(';'))));
        // Each line a log record at its own time; the level from the stream's labels, else
        // from the line's text.
        QCOMPARE(logsOf(result),
                 (QStringList { L("ERROR", "db down", 1795687100000000),
                                L("ERROR", "db still down", 1795687101500000),
                                L("WARN", "WARN slow request", 1795687102000000) }));
        QVERIFY(samplesOf(result).isEmpty());
        QCOMPARE(result.slowPath, fast); // counted: nested batches take the general path
    }
}

void TestFrameDecoder::nestedBatchReadsTheEnclosingRecord()
{
    const FrameDecoder decoder(
        kFeed, config(R"({"records":"/readings","key":"/sensor","time":"/t","fields":["/v"]})"));
    FrameDecodeResult result;
    decoder.decodeText(
        R"({"sensor":"a","readings":[{"t":1795687100000,"v":1.5},{"t":1795687101000,"v":2,"sensor":"b"}]})",
        kReceiveUs, result);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char(';'))));
    // The element's own value wins; what it lacks comes from the record around it.
    QCOMPARE(
        samplesOf(result),
        (QStringList { S("a", "/v", 1795687100000.0, 1.5), S("b", "/v", 1795687101000.0, 2) }));
}

void TestFrameDecoder::nestedBatchOfAnotherShape()
{
    const FrameDecoder decoder(kFeed, config(R"({"records":"/values","message":"/1"})"));
    FrameDecodeResult result;
    // A frame without the nested batch (an acknowledgement): nothing, and no error.
    decoder.decodeText(R"({"type":"ack"})", kReceiveUs, result);
    QVERIFY(result.ok());
    QVERIFY(result.logs.empty() && result.samples.empty());
    // Not an array where the batch should be: the reason names the pointer.
    decoder.decodeText(R"({"values":"oops"})", kReceiveUs, result);
    QCOMPARE(result.errors,
             QStringList { QStringLiteral("records /values: expected an array, got \"oops\"") });
    // An element that is neither an object nor an array: its position is named.
    decoder.decodeText(R"({"values":[[1,"fine"],7]})", kReceiveUs, result);
    QCOMPARE(logsOf(result).size(), 1);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(QStringLiteral("/values/1: expected an object")),
             qPrintable(result.errors.first()));
    // The key round-trips through a profile.
    const DecodeConfig parsed = config(R"({"root":"/streams","records":"/values"})");
    QCOMPARE(parsed.toJson().value(QStringLiteral("records")).toString(),
             QStringLiteral("/values"));
    QVERIFY(parsed.extra.isEmpty());
}

void TestFrameDecoder::epochMsFromNumber_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<double>("ms");
    QTest::newRow("seconds") << 1795687200.0 << 1795687200000.0;
    QTest::newRow("seconds fraction") << 1795687200.25 << 1795687200250.0;
    QTest::newRow("seconds 2001") << 1000000000.0 << 1000000000000.0;
    QTest::newRow("milliseconds") << 1795687200123.0 << 1795687200123.0;
    QTest::newRow("milliseconds 2001") << 1000000000000.0 << 1000000000000.0;
    QTest::newRow("microseconds") << 1795687200123456.0 << 1795687200123.456;
    QTest::newRow("nanoseconds") << 1795687200000000000.0 << 1795687200000.0;
    QTest::newRow("zero") << 0.0 << 0.0;
}

void TestFrameDecoder::epochMsFromNumber()
{
    QFETCH(double, number);
    QFETCH(double, ms);
    QCOMPARE(exact(FrameDecoder::epochMsFromNumber(number)), exact(ms));
}

void TestFrameDecoder::epochMsFromIsoString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("ms"); // NaN: unreadable
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("Z") << QStringLiteral("2026-11-26T10:00:00Z") << 1795687200000.0;
    QTest::newRow("tenths") << QStringLiteral("2026-11-26T10:00:00.1Z") << 1795687200100.0;
    QTest::newRow("ms") << QStringLiteral("2026-11-26T10:00:00.123Z") << 1795687200123.0;
    QTest::newRow("us") << QStringLiteral("2026-11-26T10:00:00.123456Z") << 1795687200123.456;
    QTest::newRow("+02:00") << QStringLiteral("2026-11-26T12:00:00.123+02:00") << 1795687200123.0;
    QTest::newRow("+0200") << QStringLiteral("2026-11-26T12:00:00+0200") << 1795687200000.0;
    QTest::newRow("-04:30") << QStringLiteral("2026-11-26T05:30:00-04:30") << 1795687200000.0;
    QTest::newRow("us with offset")
        << QStringLiteral("2026-11-26T11:00:00.000250+01:00") << 1795687200000.25;
    QTest::newRow("space separator") << QStringLiteral("2026-11-26 10:00:00.5Z") << 1795687200500.0;
    QTest::newRow("no offset reads as UTC")
        << QStringLiteral("2026-11-26T10:00:00") << 1795687200000.0;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  2026-11-26T10:00:00Z ") << 1795687200000.0;
    QTest::newRow("words") << QStringLiteral("yesterday at noon") << nan;
    QTest::newRow("empty") << QString() << nan;
    QTest::newRow("month 13") << QStringLiteral("2026-13-26T10:00:00Z") << nan;
    QTest::newRow("hour 25") << QStringLiteral("2026-11-26T25:00:00Z") << nan;
}

void TestFrameDecoder::epochMsFromIsoString()
{
    QFETCH(QString, text);
    QFETCH(double, ms);
    const double got = FrameDecoder::epochMsFromIsoString(text);
    if (std::isnan(ms))
        QVERIFY2(std::isnan(got), qPrintable(exact(got)));
    else
        QCOMPARE(exact(got), exact(ms));
}

void TestFrameDecoder::parseNumericString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isNumber");
    QTest::addColumn<bool>("finite");
    QTest::addColumn<double>("value");
    QTest::newRow("trailing zeros") << QStringLiteral("0.00123400") << true << true << 0.001234;
    QTest::newRow("exponent") << QStringLiteral("-1.5e3") << true << true << -1500.0;
    QTest::newRow("plus exponent") << QStringLiteral("2E+2") << true << true << 200.0;
    QTest::newRow("integer") << QStringLiteral("37020") << true << true << 37020.0;
    QTest::newRow("leading dot") << QStringLiteral(".5") << true << true << 0.5;
    QTest::newRow("NaN") << QStringLiteral("NaN") << true << false << 0.0;
    QTest::newRow("Infinity") << QStringLiteral("Infinity") << true << false << 0.0;
    QTest::newRow("-Infinity") << QStringLiteral("-Infinity") << true << false << 0.0;
    QTest::newRow("1e400") << QStringLiteral("1e400") << true << false << 0.0;
    QTest::newRow("1e-400 underflows to zero") << QStringLiteral("1e-400") << true << true << 0.0;
    QTest::newRow("empty") << QString() << false << false << 0.0;
    QTest::newRow("word") << QStringLiteral("abc") << false << false << 0.0;
    QTest::newRow("suffix") << QStringLiteral("12abc") << false << false << 0.0;
    QTest::newRow("hex") << QStringLiteral("0x10") << false << false << 0.0;
    QTest::newRow("comma") << QStringLiteral("1,5") << false << false << 0.0;
    QTest::newRow("sign only") << QStringLiteral("-") << false << false << 0.0;
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << false << false << 0.0;
}

void TestFrameDecoder::parseNumericString()
{
    QFETCH(QString, text);
    QFETCH(bool, isNumber);
    QFETCH(bool, finite);
    QFETCH(double, value);
    double got = -999.0;
    bool gotFinite = !finite;
    QCOMPARE(FrameDecoder::parseNumericString(text, &got, &gotFinite), isNumber);
    if (!isNumber)
        return;
    QCOMPARE(gotFinite, finite);
    if (finite)
        QCOMPARE(exact(got), exact(value));
}

void TestFrameDecoder::jsonPointerParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is the whole document") << QString() << true;
    QTest::newRow("slash") << QStringLiteral("/") << true;
    QTest::newRow("simple") << QStringLiteral("/a/b") << true;
    QTest::newRow("escapes") << QStringLiteral("/a~0b~1c") << true;
    QTest::newRow("array index") << QStringLiteral("/bids/0/0") << true;
    QTest::newRow("no leading slash") << QStringLiteral("a/b") << false;
    QTest::newRow("hash fragment form") << QStringLiteral("#/a") << false;
    QTest::newRow("bare tilde") << QStringLiteral("/a~") << false;
    QTest::newRow("tilde two") << QStringLiteral("/a~2") << false;
    QTest::newRow("tilde letter") << QStringLiteral("/~x/b") << false;
}

void TestFrameDecoder::jsonPointerParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto pointer = JsonPointer::parse(text, &error);
    QCOMPARE(pointer.has_value(), valid);
    if (valid) {
        QCOMPARE(pointer->text(), text);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(!error.isEmpty(), "an invalid pointer comes with a reason");
    }
}

void TestFrameDecoder::jsonPointerResolve_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected"); // compact JSON of the result, empty: nothing
    // RFC 6901 section 5 example document.
    QTest::newRow("whole") << QString()
                           << QStringLiteral(
                                  R"({"":0,"a/b":1,"c%d":2,"foo":["bar","baz"],"m~n":8})");
    QTest::newRow("/foo/0") << QStringLiteral("/foo/0") << QStringLiteral(R"(["bar"])");
    QTest::newRow("/") << QStringLiteral("/") << QStringLiteral("[0]");
    QTest::newRow("/a~1b") << QStringLiteral("/a~1b") << QStringLiteral("[1]");
    QTest::newRow("/c%d") << QStringLiteral("/c%d") << QStringLiteral("[2]");
    QTest::newRow("/m~0n") << QStringLiteral("/m~0n") << QStringLiteral("[8]");
    QTest::newRow("missing key") << QStringLiteral("/nope") << QString();
    QTest::newRow("index out of range") << QStringLiteral("/foo/2") << QString();
    QTest::newRow("leading zero index") << QStringLiteral("/foo/01") << QString();
    QTest::newRow("dash index") << QStringLiteral("/foo/-") << QString();
    QTest::newRow("through a scalar") << QStringLiteral("/a~1b/x") << QString();
}

void TestFrameDecoder::jsonPointerResolve()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    const QJsonObject doc
        = QJsonDocument::fromJson(R"({"foo":["bar","baz"],"":0,"a/b":1,"c%d":2,"m~n":8})").object();
    const auto parsed = JsonPointer::parse(pointer);
    QVERIFY(parsed);
    const QJsonValue value = parsed->resolve(doc);
    if (expected.isEmpty()) {
        QVERIFY(value.isUndefined());
        return;
    }
    const QByteArray json = value.isObject()
        ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    QCOMPARE(QString::fromUtf8(json), expected);
}

void TestFrameDecoder::jsonPointerEscapeToken()
{
    QCOMPARE(JsonPointer::escapeToken(QStringLiteral("a/b")), QStringLiteral("a~1b"));
    QCOMPARE(JsonPointer::escapeToken(QStringLiteral("m~n")), QStringLiteral("m~0n"));
    QCOMPARE(JsonPointer::escapeToken(QStringLiteral("~1")), QStringLiteral("~01"));
    QCOMPARE(JsonPointer::escapeToken(QStringLiteral("/~")), QStringLiteral("~1~0"));
    // Escaping then resolving finds the original key.
    const QString key = QStringLiteral("we~ird/key~1");
    const auto pointer = JsonPointer::parse(QLatin1Char('/') + JsonPointer::escapeToken(key));
    QVERIFY(pointer);
    QCOMPARE(pointer->resolve(QJsonObject { { key, 5 } }).toInt(), 5);
}

void TestFrameDecoder::decodeConfigFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPrefix"); // empty: valid
    QTest::newRow("empty object") << QByteArray("{}") << QString();
    QTest::newRow("all keys") << QByteArray(
        R"({"root":"/data","key":"/s","time":"/T","fields":["/p","/q"],"level":"/l","message":"/m"})")
                              << QString();
    QTest::newRow("nulls") << QByteArray(R"({"root":null,"fields":null})") << QString();
    QTest::newRow("root not string") << QByteArray(R"({"root":5})") << QStringLiteral("/root: ");
    QTest::newRow("key without slash") << QByteArray(R"({"key":"s"})") << QStringLiteral("/key: ");
    QTest::newRow("time bad escape")
        << QByteArray(R"({"time":"/~x"})") << QStringLiteral("/time: ");
    QTest::newRow("level array") << QByteArray(R"({"level":["/l"]})") << QStringLiteral("/level: ");
    QTest::newRow("message bool") << QByteArray(R"({"message":true})")
                                  << QStringLiteral("/message: ");
    QTest::newRow("fields string")
        << QByteArray(R"({"fields":"/p"})") << QStringLiteral("/fields: ");
    QTest::newRow("fields object")
        << QByteArray(R"({"fields":{"p":"/p"}})") << QStringLiteral("/fields: ");
    QTest::newRow("fields element number")
        << QByteArray(R"({"fields":["/p",3]})") << QStringLiteral("/fields/1: ");
    QTest::newRow("fields element bad pointer")
        << QByteArray(R"({"fields":["/p","/q","q"]})") << QStringLiteral("/fields/2: ");
    QTest::newRow("fields element null")
        << QByteArray(R"({"fields":[null]})") << QStringLiteral("/fields/0: ");
}

void TestFrameDecoder::decodeConfigFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPrefix);
    QString error;
    const auto parsed = DecodeConfig::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (errorPrefix.isEmpty()) {
        QVERIFY2(parsed, qPrintable(error));
        return;
    }
    QVERIFY(!parsed);
    QVERIFY2(error.startsWith(errorPrefix), qPrintable(error));
    QVERIFY2(error.size() > errorPrefix.size(), "the reason follows the pointer");
}

void TestFrameDecoder::decodeConfigRoundTrip()
{
    const QByteArray json
        = R"({"root":"/data","key":"/s","time":"/T","fields":["/p","/a~1b"],"level":"/l","message":"/m"})";
    QString error;
    const auto parsed = DecodeConfig::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->root.text(), QStringLiteral("/data"));
    QCOMPARE(parsed->key.text(), QStringLiteral("/s"));
    QCOMPARE(parsed->time.text(), QStringLiteral("/T"));
    QCOMPARE(parsed->fields.size(), 2);
    QCOMPARE(parsed->fields.at(1).text(), QStringLiteral("/a~1b"));
    QCOMPARE(parsed->level.text(), QStringLiteral("/l"));
    QCOMPARE(parsed->message.text(), QStringLiteral("/m"));
    QVERIFY(parsed->hasKey() && parsed->hasTime() && parsed->hasLog() && !parsed->autoFields());
    QCOMPARE(parsed->toJson(), QJsonDocument::fromJson(json).object());
    QVERIFY(DecodeConfig().toJson().isEmpty());
}

QTEST_APPLESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
