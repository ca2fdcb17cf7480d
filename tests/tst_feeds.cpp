// Feeds end to end against a peer no one here wrote: Debian's python3-websockets, running
// tests/peers/feed_peer.py (started and stopped by each test on a free port). Real exchange
// and log formats through IngestEngine: two feeds at once, string prices in wrapper objects,
// ISO-8601 times, batches, NDJSON, malformed and binary frames, the series cap, stale
// detection, a server that dies without a close frame and comes back, and the headless
// stats line's health pairs.
#include "capture/capturereader.h"
#include "feed/feedconnection.h"
#include "session/ingestengine.h"
#include "refusingport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>
#include "testpaths.h"

namespace {
constexpr qint64 kBaseMs = 1795687200000LL; // the peer's 2026-11-26T10:00:00Z

// One feed_peer.py process; killed (no close frame, like a crashed server) when destroyed.
class PythonPeer
{
public:
    ~PythonPeer() { kill(); }
    bool start(const QStringList &arguments = {})
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(QStringList { TestPaths::source("/tests/peers/feed_peer.py") }
                               + arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(10000))
            out += m_process.readAllStandardOutput();
        if (!out.startsWith("LISTENING "))
            return false;
        m_port = quint16(out.mid(10).trimmed().toUInt());
        return m_port != 0;
    }
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

FeedSpec feedSpec(const QString &name, const QUrl &url, const QJsonObject &decodeObject)
{
    return TestSupport::quickFeedSpec(name, url, decodeObject, 20, 200);
}

const QJsonObject kRecordDecode { { QStringLiteral("key"), QStringLiteral("/s") },
                                  { QStringLiteral("time"), QStringLiteral("/T") },
                                  { QStringLiteral("fields"),
                                    QJsonArray { QStringLiteral("/v") } } };

// Collects everything an engine hands the GUI.
struct Collected
{
    std::vector<SeriesInfo> series;
    std::vector<SamplePoint> samples;
    std::vector<LogRecord> logs;
    // The connection's context: it ends with this object, whichever of it and the engine
    // (whose destructor flushes a last batch) goes first.
    QObject receiver;

    void attach(IngestEngine &engine)
    {
        QObject::connect(
            &engine, &IngestEngine::batchReady, &receiver, [this](const IngestBatch &batch) {
                series.insert(series.end(), batch.newSeries.begin(), batch.newSeries.end());
                samples.insert(samples.end(), batch.samples.begin(), batch.samples.end());
                logs.insert(logs.end(), batch.logs.begin(), batch.logs.end());
            });
    }
    std::vector<SamplePoint> of(const QString &feed, const QString &field) const
    {
        std::vector<SamplePoint> out;
        for (const SamplePoint &p : samples) {
            const SeriesInfo &info = series.at(size_t(p.seriesId));
            if (info.feed == feed && info.field == field)
                out.push_back(p);
        }
        return out;
    }
};
} // namespace

class TestFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exchangeAndTickerAtOnce();
    void recordShapes_data();
    void recordShapes();
    void handshakeSeenByPeer();
    void seriesCapAndStale();
    void pendingBatchCapFlushesEarly();
    void serverDiesAndComesBack();
    void headlessStatsShowFeedHealth();

private:
    PythonPeer m_peer; // shared by the tests that need no restarts
};

void TestFeeds::initTestCase()
{
    QVERIFY2(m_peer.start(),
             "tests/peers/feed_peer.py did not start: is python3-websockets installed "
             "(scripts/install-deps.sh)?");
}

void TestFeeds::exchangeAndTickerAtOnce()
{
    constexpr int n = 200;
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    // Binance-style: string prices inside {"stream":..,"data":{..}}, event time in ms.
    engine.addFeed(feedSpec(QStringLiteral("exchange"),
                            m_peer.url(QStringLiteral("/exchange?n=%1").arg(n)),
                            { { QStringLiteral("root"), QStringLiteral("/data") },
                              { QStringLiteral("key"), QStringLiteral("/s") },
                              { QStringLiteral("time"), QStringLiteral("/E") },
                              { QStringLiteral("fields"),
                                QJsonArray { QStringLiteral("/p"), QStringLiteral("/q") } } }));
    // Coinbase-style ticker: ISO-8601 times with microseconds.
    engine.addFeed(
        feedSpec(QStringLiteral("ticker"), m_peer.url(QStringLiteral("/ticker?n=%1").arg(n)),
                 { { QStringLiteral("key"), QStringLiteral("/product_id") },
                   { QStringLiteral("time"), QStringLiteral("/time") },
                   { QStringLiteral("fields"),
                     QJsonArray { QStringLiteral("/price"), QStringLiteral("/best_bid") } } }));
    Collected got;
    got.attach(engine);
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(got.samples.size(), size_t(4 * n), 10000);
    const std::vector<FeedStats> stats = engine.stats();
    for (const FeedStats &s : stats) {
        QCOMPARE(s.state, FeedState::Open);
        QCOMPARE(s.frames, quint64(n));
        QCOMPARE(s.decoded, quint64(n));
        QCOMPARE(s.errors, quint64(0));
    }
    const auto prices = got.of(QStringLiteral("exchange"), QStringLiteral("/p"));
    const auto quantities = got.of(QStringLiteral("exchange"), QStringLiteral("/q"));
    const auto tickerPrices = got.of(QStringLiteral("ticker"), QStringLiteral("/price"));
    QCOMPARE(prices.size(), size_t(n));
    QCOMPARE(tickerPrices.size(), size_t(n));
    for (int i = 0; i < n; ++i) {
        QCOMPARE(prices[size_t(i)].value, QString::number(37000 + i * 0.25, 'f', 2).toDouble());
        QCOMPARE(prices[size_t(i)].timeMs, double(kBaseMs + i));
        QCOMPARE(got.series.at(size_t(prices[size_t(i)].seriesId)).key,
                 i % 2 ? QStringLiteral("BTCUSDT") : QStringLiteral("ETHUSDT"));
        QCOMPARE(quantities[size_t(i)].value, QString::number(0.001 * (i + 1), 'f', 8).toDouble());
        QCOMPARE(tickerPrices[size_t(i)].value, double(42000 + i));
        QCOMPARE(tickerPrices[size_t(i)].timeMs, double(kBaseMs) + i * 1.5); // µs kept
    }
}

void TestFeeds::recordShapes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("decodeObject");
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("decoded");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QStringList>("logs"); // "LEVEL message"
    QTest::addColumn<int>("binaryFrames");
    QTest::addColumn<qint64>("firstLogUs"); // 0: not checked

    QJsonObject batch = kRecordDecode;
    batch.insert(QStringLiteral("root"), QStringLiteral("/data"));
    QTest::newRow("batches") << QStringLiteral("/batch?n=2") << batch << 2 << 2 << 0
                             << QList<double> { 0, 0.5, 1, 1.5, 2, 2.5 } << QStringList() << 0
                             << qint64(0);
    QTest::newRow("NDJSON") << QStringLiteral("/ndjson?n=2") << kRecordDecode << 2 << 2 << 0
                            << QList<double> { 0, 0.5, 1, 1.5, 2, 2.5 } << QStringList() << 0
                            << qint64(0);
    QTest::newRow("malformed interleaved")
        << QStringLiteral("/mixed") << kRecordDecode << 6 << 3 << 3 << QList<double> { 1, 2, 3 }
        << QStringList() << 0 << qint64(0);
    QTest::newRow("binary frames")
        << QStringLiteral("/binary") << kRecordDecode << 2 << 1 << 1 << QList<double> { 7.5 }
        << QStringList { QStringLiteral("WARN binary frame, 25 bytes: 00 01 02 fe ff") } << 2
        << qint64(0);
    QTest::newRow("log stream")
        << QStringLiteral("/logs")
        << QJsonObject { { QStringLiteral("time"), QStringLiteral("/ts") },
                         { QStringLiteral("level"), QStringLiteral("/level") },
                         { QStringLiteral("message"), QStringLiteral("/msg") } }
        << 3 << 3 << 0 << QList<double>()
        << QStringList { QStringLiteral("WARN disk 91% full"),
                         QStringLiteral("ERROR 2026-11-26 10:00:01 ERROR payment gateway timeout"),
                         QStringLiteral("INFO recovered") }
        << 0 << (kBaseMs - 3600000 + 250) * 1000; // +01:00 offset, ms
}

void TestFeeds::recordShapes()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, decodeObject);
    QFETCH(int, frames);
    QFETCH(int, decoded);
    QFETCH(int, errors);
    QFETCH(QList<double>, values);
    QFETCH(QStringList, logs);
    QFETCH(int, binaryFrames);
    QFETCH(qint64, firstLogUs);

    QTemporaryDir dir;
    const QString capturePath = dir.filePath(QStringLiteral("c.jsonl"));
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    engine.addFeed(feedSpec(QStringLiteral("f"), m_peer.url(path), decodeObject));
    QString error;
    QVERIFY2(engine.startCapture(capturePath, &error), qPrintable(error));
    Collected got;
    got.attach(engine);
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().at(0).frames, quint64(frames), 10000);
    engine.stop();

    const FeedStats s = engine.stats().at(0);
    QCOMPARE(s.decoded, quint64(decoded));
    QCOMPARE(s.errors, quint64(errors));
    QCOMPARE(s.binaryFrames, quint64(binaryFrames));
    QCOMPARE(s.recentErrors.size(), qsizetype(errors)); // each failed frame left its reason
    QList<double> gotValues;
    for (const SamplePoint &p : got.samples)
        gotValues << p.value;
    QCOMPARE(gotValues, values);
    QStringList gotLogs;
    for (const LogRecord &log : got.logs)
        gotLogs << logLevelName(log.level) + QLatin1Char(' ') + log.message;
    QCOMPARE(gotLogs.size(), logs.size());
    for (qsizetype i = 0; i < logs.size(); ++i)
        QVERIFY2(gotLogs.at(i).startsWith(logs.at(i).section(QLatin1Char(' '), 0, 0))
                     && gotLogs.at(i).contains(logs.at(i).section(QLatin1Char(' '), 1)),
                 qPrintable(gotLogs.at(i)));
    if (firstLogUs)
        QCOMPARE(got.logs.at(0).timeUs, firstLogUs);
    // Every frame is captured as received, failed ones and binary ones (base64) included.
    CaptureReader reader;
    QVERIFY2(reader.open(capturePath, &error), qPrintable(error));
    CaptureRecord record;
    int captured = 0, capturedBinary = 0;
    while (reader.next(record)) {
        captured += record.kind != CaptureRecord::Kind::Event;
        capturedBinary += record.kind == CaptureRecord::Kind::Binary;
    }
    QCOMPARE(captured, frames);
    QCOMPARE(capturedBinary, binaryFrames);
}

void TestFeeds::handshakeSeenByPeer()
{
    FeedSpec spec = feedSpec(QStringLiteral("h"), m_peer.url(QStringLiteral("/handshake")), {});
    spec.headers = { { QStringLiteral("X-Api-Key"), QStringLiteral("k-123") },
                     { QStringLiteral("X-Client"), QStringLiteral("feedboard") } };
    spec.secretHeaders = { QStringLiteral("X-Api-Key") };
    spec.subprotocols = { QStringLiteral("feedboard.v2") };
    spec.subscribe = { QStringLiteral("sub-1"), QStringLiteral("sub-2") };
    FeedConnection connection(spec);
    QStringList frames;
    connect(&connection, &FeedConnection::textFrameReceived, this,
            [&frames](const QString &text) { frames << text; });
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 3, 5000);
    const QJsonObject hello = QJsonDocument::fromJson(frames.at(0).toUtf8()).object();
    const QJsonObject headers = hello.value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("X-Api-Key")).toString(), QStringLiteral("k-123"));
    QCOMPARE(headers.value(QStringLiteral("X-Client")).toString(), QStringLiteral("feedboard"));
    QCOMPARE(hello.value(QStringLiteral("subprotocol")).toString(), QStringLiteral("feedboard.v2"));
    QCOMPARE(connection.negotiatedSubprotocol(), QStringLiteral("feedboard.v2"));
    QCOMPARE(frames.at(1), QStringLiteral(R"({"echo": "sub-1"})"));
    QCOMPARE(frames.at(2), QStringLiteral(R"({"echo": "sub-2"})"));
}

void TestFeeds::seriesCapAndStale()
{
    constexpr int n = 10;
    FeedSpec spec
        = feedSpec(QStringLiteral("capped"), m_peer.url(QStringLiteral("/exchange?n=%1").arg(n)),
                   { { QStringLiteral("root"), QStringLiteral("/data") },
                     { QStringLiteral("key"), QStringLiteral("/s") },
                     { QStringLiteral("fields"),
                       QJsonArray { QStringLiteral("/p"), QStringLiteral("/q") } } });
    spec.maxSeries = 3; // ETHUSDT /p, /q and BTCUSDT /p fit; BTCUSDT /q is refused
    spec.staleAfterMs = 150;
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    engine.addFeed(spec);
    QSignalSpy events(&engine, &IngestEngine::feedEvent);
    Collected got;
    got.attach(engine);
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().at(0).frames, quint64(n), 10000);
    QTRY_VERIFY(engine.stats().at(0).stale); // open, but the peer sent everything it had
    const FeedStats s = engine.stats().at(0);
    QCOMPARE(s.state, FeedState::Open);
    QCOMPARE(got.series.size(), size_t(3));
    QCOMPARE(s.refusedSeries, quint64(n / 2));
    QCOMPARE(s.samples, quint64(2 * n - n / 2));
    QTRY_COMPARE(got.samples.size(), size_t(2 * n - n / 2));
    QVERIFY(!s.recentErrors.isEmpty());
    QVERIFY2(s.recentErrors.first().contains(QLatin1String("series cap of 3")),
             qPrintable(s.recentErrors.first()));
    QVERIFY2(s.recentErrors.first().contains(QLatin1String("BTCUSDT /q")),
             qPrintable(s.recentErrors.first()));
    bool staleEvent = false;
    for (const auto &event : events)
        staleEvent = staleEvent || event.at(1).toString().startsWith(QLatin1String("stale"));
    QVERIFY(staleEvent);
    QCOMPARE(s.errors, quint64(0)); // a cap is not a decode error
}

void TestFeeds::pendingBatchCapFlushesEarly()
{
    QJsonObject batch = kRecordDecode;
    batch.insert(QStringLiteral("root"), QStringLiteral("/data"));
    std::vector<size_t> sizes; // before the engine: its destructor flushes a last batch
    IngestEngine engine;
    engine.setFlushIntervalMs(600000); // the render clock never ticks in this test
    engine.setMaxPendingSamples(6);
    engine.addFeed(feedSpec(QStringLiteral("b"), m_peer.url(QStringLiteral("/batch?n=4")), batch));
    connect(&engine, &IngestEngine::batchReady, this,
            [&sizes](const IngestBatch &b) { sizes.push_back(b.samples.size()); });
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(sizes.size(), size_t(2), 10000);
    QCOMPARE(sizes, (std::vector<size_t> { 6, 6 })); // 4 frames x 3 records, in batches of the cap
}

void TestFeeds::serverDiesAndComesBack()
{
    constexpr int n = 40;
    PythonPeer first;
    QVERIFY(first.start({ QStringLiteral("--start"), QStringLiteral("0") }));
    const quint16 port = first.port();
    QTemporaryDir dir;
    const QString capturePath = dir.filePath(QStringLiteral("c.jsonl"));
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    FeedSpec spec
        = feedSpec(QStringLiteral("seq"), first.url(QStringLiteral("/seq?n=%1").arg(n)),
                   { { QStringLiteral("fields"), QJsonArray { QStringLiteral("/seq") } } });
    engine.addFeed(spec);
    QString error;
    QVERIFY(engine.startCapture(capturePath, &error));
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().at(0).frames, quint64(n), 10000);
    first.kill(); // the server process dies: no close frame
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().at(0).state, FeedState::Reconnecting, 5000);
    QVERIFY(engine.stats().at(0).nextRetryMs > 0);
    PythonPeer second;
    QVERIFY(second.start({ QStringLiteral("--port"), QString::number(port),
                           QStringLiteral("--start"), QString::number(n) }));
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().at(0).frames, quint64(2 * n), 10000);
    QCOMPARE(engine.stats().at(0).state, FeedState::Open);
    engine.stop();

    CaptureReader reader;
    QVERIFY(reader.open(capturePath, &error));
    CaptureRecord record;
    QList<int> seqs;
    QStringList events;
    while (reader.next(record)) {
        if (record.kind == CaptureRecord::Kind::Event)
            events << record.event;
        else
            seqs << QJsonDocument::fromJson(record.data)
                        .object()
                        .value(QStringLiteral("seq"))
                        .toInt();
    }
    QList<int> expected;
    for (int i = 0; i < 2 * n; ++i)
        expected << i;
    QCOMPARE(seqs, expected); // nothing before or after the outage is lost
    QVERIFY2(events.count(QStringLiteral("connected")) == 2,
             qPrintable(events.join(QLatin1Char(','))));
    QVERIFY(events.contains(QStringLiteral("disconnected")));
}

void TestFeeds::headlessStatsShowFeedHealth()
{
    const RefusingPort dead;
    const quint16 deadPort = dead.port();
    QTemporaryDir dir;
    const QString profilePath = dir.filePath(QStringLiteral("p.json"));
    const QJsonObject profile {
        { QStringLiteral("version"), 1 },
        { QStringLiteral("feeds"),
          QJsonArray {
              QJsonObject {
                  { QStringLiteral("name"), QStringLiteral("ex") },
                  { QStringLiteral("url"),
                    m_peer.url(QStringLiteral("/exchange?n=20")).toString() },
                  { QStringLiteral("maxSeries"), 1 },
                  { QStringLiteral("subprotocols"), QJsonArray { QStringLiteral("json") } },
                  { QStringLiteral("decode"),
                    QJsonObject {
                        { QStringLiteral("root"), QStringLiteral("/data") },
                        { QStringLiteral("key"), QStringLiteral("/s") },
                        { QStringLiteral("fields"), QJsonArray { QStringLiteral("/p") } } } } },
              QJsonObject {
                  { QStringLiteral("name"), QStringLiteral("dead") },
                  { QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:%1/x").arg(deadPort) },
                  { QStringLiteral("reconnect"),
                    QJsonObject { { QStringLiteral("initialDelayMs"), 50 },
                                  { QStringLiteral("maxDelayMs"), 400 } } } } } }
    };
    QFile file(profilePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(profile).toJson());
    file.close();

    QProcess app;
    app.start(TestPaths::binary(),
              { QStringLiteral("--profile"), profilePath, QStringLiteral("--headless"),
                QStringLiteral("--duration"), QStringLiteral("2.2") });
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    const QList<QByteArray> lines = app.readAllStandardOutput().split('\n');
    QByteArray lastEx, lastDead;
    for (const QByteArray &line : lines) {
        if (line.startsWith("stats feed=ex "))
            lastEx = line;
        // A line printed while a retry is connecting shows that instead of the refusal; the
        // test wants one between two attempts (on a loaded machine the last may be the other).
        else if (line.startsWith("stats feed=dead ")
                 && (lastDead.isEmpty() || line.contains(" reason=Connection_refused")))
            lastDead = line;
    }
    QVERIFY2(lastEx.contains(" state=open ") && lastEx.contains(" refused_series=10")
                 && lastEx.contains(" subprotocol=json") && lastEx.contains(" samples=10 "),
             lastEx.constData());
    QVERIFY2(lastDead.contains(" state=reconnecting ") && lastDead.contains(" retry_ms=")
                 && lastDead.contains(" retry_in_ms=")
                 && lastDead.contains(" reason=Connection_refused"),
             lastDead.constData());
}

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
