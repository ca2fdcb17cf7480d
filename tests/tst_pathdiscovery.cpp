// PathDiscovery's proposals (issue 11): from the first frames of a feed it guesses the key (a
// short string with few distinct values), the time (epoch-like numbers in s/ms/µs/ns, or
// ISO-8601 strings) and the fields (the other numeric leaves, numeric strings included), and
// offers only sensible candidates for each list. Data-driven: one row per kind of feed.
#include "decode/pathdiscovery.h"

#include <QtTest>

Q_DECLARE_METATYPE(QList<QByteArray>)

namespace {
// n frames from a pattern: %1 = 10000 plus the frame's number, %2 = one of two names,
// %3 = the frame's number in two digits.
QList<QByteArray> frames(const char *pattern, int n = 20, const char *a = "BTCUSDT",
                         const char *b = "ETHUSDT")
{
    QList<QByteArray> list;
    for (int i = 0; i < n; ++i) {
        QString frame = QString::fromUtf8(pattern);
        frame.replace(QLatin1String("%1"), QString::number(10000 + i));
        frame.replace(QLatin1String("%2"), QLatin1String(i % 2 ? b : a));
        frame.replace(QLatin1String("%3"), QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')));
        list << frame.toUtf8();
    }
    return list;
}
} // namespace

class TestPathDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void guess_data();
    void guess();
};

void TestPathDiscovery::guess_data()
{
    QTest::addColumn<QList<QByteArray>>("input");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("timeCandidates");
    QTest::addColumn<QStringList>("keyCandidates");

    QTest::newRow("binance combined stream") << frames(
        R"({"stream":"%2@trade","data":{"E":17000000%1,"s":"%2","p":"37002.17","q":"0.002"}})")
                                             << QString() << "/data/s"
                                             << "/data/E" << QStringList { "/data/p", "/data/q" }
                                             << QStringList { "/data/E" }
                                             << QStringList { "/data/s", "/stream" };
    QTest::newRow("two epoch times: the event time, the other is no field")
        << frames(R"({"e":"trade","E":17000000%1,"T":16999999%1,"s":"%2","p":"1.5","q":2,"t":%1})")
        << QString() << "/s"
        << "/E" << QStringList { "/p", "/q", "/t" } << QStringList { "/E", "/T" }
        << QStringList { "/s", "/e" };
    QTest::newRow("root: the records under /data")
        << frames(R"({"stream":"x","data":{"E":17000000%1,"s":"%2","p":"37002.17"}})") << "/data"
        << "/s"
        << "/E" << QStringList { "/p" } << QStringList { "/E" } << QStringList { "/s" };
    QTest::newRow("ISO-8601 time, device key")
        << frames(R"({"ts":"2026-11-26T10:00:%3.5Z","device":"%2","temp":21.5,"ok":true})", 20,
                  "boiler", "attic")
        << QString() << "/device"
        << "/ts" << QStringList { "/temp" } << QStringList { "/ts" } << QStringList { "/device" };
    QTest::newRow("seconds with a fraction")
        << frames(R"({"t":1700000000.%1,"sym":"%2","v":%1})") << QString() << "/sym"
        << "/t" << QStringList { "/v" } << QStringList { "/t" } << QStringList { "/sym" };
    QTest::newRow("nanoseconds") << frames(R"({"time":17000000001230%1,"v":%1})") << QString()
                                 << QString() << "/time" << QStringList { "/v" }
                                 << QStringList { "/time" } << QStringList {};
    QTest::newRow("a different id per record is no key")
        << frames(R"({"id":"order-%1","qty":%1})") << QString() << QString() << QString()
        << QStringList { "/qty" } << QStringList {} << QStringList { "/id" };
    QTest::newRow("log records: level is no key")
        << frames(R"({"level":"%2","msg":"request %1 done","latency_ms":%1})", 20, "INFO", "WARN")
        << QString() << QString() << QString() << QStringList { "/latency_ms" } << QStringList {}
        << QStringList { "/level", "/msg" };
    QTest::newRow("small numbers are no time")
        << frames(R"({"s":"%2","count":%1,"price":"12.5"})") << QString() << "/s" << QString()
        << QStringList { "/count", "/price" } << QStringList {} << QStringList { "/s" };
    QTest::newRow("the demo's ticks") << frames(
        R"({"type":"tick","symbol":"%2","price":101.5,"bid":101.4,"ask":101.6,"volume":300,"ts":17000000%1})",
        20, "ACME", "HOOLI") << QString()
                                      << "/symbol"
                                      << "/ts"
                                      << QStringList { "/ask", "/bid", "/price", "/volume" }
                                      << QStringList { "/ts" }
                                      << QStringList { "/symbol", "/type" };
    QTest::newRow("one frame: a named key with one value")
        << frames(R"({"s":"%2","p":"1.25","E":1700000000123})", 1) << QString() << "/s"
        << "/E" << QStringList { "/p" } << QStringList { "/E" } << QStringList { "/s" };
    QTest::newRow("long strings are no key")
        << frames(R"({"note":"%2 %2 %2 %2 %2 %2","v":%1})", 20, "a long sentence of text",
                  "another one")
        << QString() << QString() << QString() << QStringList { "/v" } << QStringList {}
        << QStringList { "/note" };
}

void TestPathDiscovery::guess()
{
    QFETCH(QList<QByteArray>, input);
    QFETCH(QString, root);
    PathDiscovery discovery(root.isEmpty() ? JsonPointer() : *JsonPointer::parse(root));
    for (const QByteArray &frame : std::as_const(input))
        QVERIFY(discovery.addFrame(frame));
    const DiscoveryGuess guess = discovery.guess();
    QTEST(guess.key, "key");
    QTEST(guess.time, "time");
    QTEST(guess.fields, "fields");
    QTEST(discovery.timeCandidates(), "timeCandidates");
    QTEST(discovery.keyCandidates(), "keyCandidates");
}

QTEST_APPLESS_MAIN(TestPathDiscovery)
#include "tst_pathdiscovery.moc"
