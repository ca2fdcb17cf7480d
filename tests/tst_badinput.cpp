// Bad input end to end (issue 7): a real server on 127.0.0.1 sends [good, BAD, good] through
// the real IngestEngine with capture on. For every kind of bad frame: the error is counted
// with a reason the user sees (FeedStats::lastError / recentErrors), the good frame after it
// is decoded (the feed keeps going), and the capture holds every frame the server sent, in
// order and byte for byte (binary ones as bytes again after base64). Bytes Qt's server cannot
// send (invalid UTF-8, a frame cut off by a TCP close) come from a hand-written RFC 6455 peer.
#include "capture/capturereader.h"
#include "rawwspeer.h"
#include "session/ingestengine.h"
#include "testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <functional>

namespace {
struct Frame
{
    bool binary = false;
    QByteArray bytes;
};

// Sends `frames` to each client once it connects; keeps the connection open. Sockets are
// children of the server.
class FrameServer final : public QObject
{
public:
    explicit FrameServer(QList<Frame> frames = {})
        : m_frames(std::move(frames))
        , m_server(QStringLiteral("bad input"), QWebSocketServer::NonSecureMode)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                m_client = socket;
                send(m_frames);
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(m_server.serverPort()));
    }
    QWebSocket *client() const { return m_client; }
    void send(const QList<Frame> &frames)
    {
        for (const Frame &frame : frames) {
            if (frame.binary)
                m_client->sendBinaryMessage(frame.bytes);
            else
                m_client->sendTextMessage(QString::fromUtf8(frame.bytes));
        }
        m_client->flush();
    }

private:
    QList<Frame> m_frames;
    QWebSocketServer m_server;
    QWebSocket *m_client = nullptr;
};

constexpr qint64 kMaxMessageBytes = 32LL * 1024 * 1024; // room for the 16 MiB string row

FeedSpec feedSpec(const QUrl &url, const QJsonObject &decode)
{
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("bad"), url, decode, 50, 100);
    spec.maxMessageBytes = kMaxMessageBytes;
    return spec;
}

const QJsonObject kDecode { { QStringLiteral("time"), QStringLiteral("/T") },
                            { QStringLiteral("fields"), QJsonArray { QStringLiteral("/p") } } };

QByteArray tick(qint64 timeMs, int p)
{
    return QByteArray("{\"T\":") + QByteArray::number(timeMs) + ",\"p\":" + QByteArray::number(p)
        + '}';
}

// What reached the GUI side of the engine.
struct Collected
{
    std::vector<SeriesInfo> series;
    std::vector<SamplePoint> samples;
    std::vector<LogRecord> logs;
    size_t largestBatch = 0;

    void attach(IngestEngine &engine, QObject *context)
    {
        QObject::connect(
            &engine, &IngestEngine::batchReady, context, [this](const IngestBatch &batch) {
                series.insert(series.end(), batch.newSeries.begin(), batch.newSeries.end());
                samples.insert(samples.end(), batch.samples.begin(), batch.samples.end());
                logs.insert(logs.end(), batch.logs.begin(), batch.logs.end());
                largestBatch = std::max(largestBatch, batch.samples.size());
            });
    }
    const SamplePoint *withValue(double value) const
    {
        const auto it = std::find_if(samples.begin(), samples.end(),
                                     [value](const SamplePoint &s) { return s.value == value; });
        return it == samples.end() ? nullptr : &*it;
    }
};

// The capture's records after the header, in file order.
QList<CaptureRecord> readCapture(const QString &path)
{
    CaptureReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    QList<CaptureRecord> records;
    CaptureRecord record;
    while (reader.next(record))
        records << record;
    return records;
}

QList<CaptureRecord> framesOf(const QList<CaptureRecord> &records)
{
    QList<CaptureRecord> frames;
    std::copy_if(records.begin(), records.end(), std::back_inserter(frames),
                 [](const CaptureRecord &r) { return r.kind != CaptureRecord::Kind::Event; });
    return frames;
}

QByteArray deepNesting(int depth)
{
    return "{\"p\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
}
} // namespace

Q_DECLARE_METATYPE(Frame)

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void badFrameBetweenGoodOnes_data();
    void badFrameBetweenGoodOnes();
    void brokenFramesCostTheConnection_data();
    void brokenFramesCostTheConnection();
    void seriesExplosionIsCapped();
    void floodIsBoundedAndFullyCaptured();
    void stallMarksStaleUntilDataResumes();

private:
    void startRecording(IngestEngine &engine, const FeedSpec &spec, Collected &got);

    QTemporaryDir m_dir;
    QString m_capture;
};

void TestBadInput::init()
{
    QVERIFY(m_dir.isValid());
    m_capture
        = m_dir.filePath(QStringLiteral("%1.capture.jsonl").arg(QTest::currentTestFunction()));
    QFile::remove(m_capture);
}

// Adds the feed, records its capture to m_capture, collects the batches into got, starts.
void TestBadInput::startRecording(IngestEngine &engine, const FeedSpec &spec, Collected &got)
{
    engine.addFeed(spec);
    QString error;
    QVERIFY2(engine.startCapture(m_capture, &error), qPrintable(error));
    got.attach(engine, this);
    engine.start();
}

void TestBadInput::badFrameBetweenGoodOnes_data()
{
    QTest::addColumn<Frame>("bad");
    // Empty: not an error (the frame decodes); else a piece of the reason the user sees.
    QTest::addColumn<QString>("reason");
    // The bad frame's sample (p=1) carries the receive time, not the record's time.
    QTest::addColumn<bool>("receiveTime");

    const auto text = [](const QByteArray &bytes) { return Frame { false, bytes }; };
    const auto binary = [](const QByteArray &bytes) { return Frame { true, bytes }; };
    QTest::newRow("truncated") << text(R"({"p":1)") << QStringLiteral("malformed JSON") << false;
    QTest::newRow("trailing garbage")
        << text(R"({"p":1} }{)") << QStringLiteral("malformed JSON") << false;
    QTest::newRow("wrong type: bool")
        << text(R"({"p":true})") << QStringLiteral("field /p: not a number (true)") << false;
    QTest::newRow("wrong type: object")
        << text(R"({"p":{"v":1}})") << QStringLiteral("field /p: not a number (an object)")
        << false;
    QTest::newRow("wrong type: array")
        << text(R"({"p":[1]})") << QStringLiteral("field /p: not a number (an array)") << false;
    QTest::newRow("wrong type: text")
        << text(R"({"p":"abc"})") << QStringLiteral(R"(field /p: not a number ("abc"))") << false;
    QTest::newRow("10,000-deep nesting")
        << text(deepNesting(10000)) << QStringLiteral("nested") << false;
    QTest::newRow("1e400") << text(R"({"p":1e400})")
                           << QStringLiteral("field /p: value is not finite") << false;
    QTest::newRow("NaN string") << text(R"({"p":"NaN"})")
                                << QStringLiteral("field /p: value is not finite") << false;
    QTest::newRow("Infinity string")
        << text(R"({"p":"Infinity"})") << QStringLiteral("field /p: value is not finite") << false;
    QTest::newRow("-Infinity string")
        << text(R"({"p":"-Infinity"})") << QStringLiteral("field /p: value is not finite") << false;
    // RFC 8259 leaves duplicate names to the parser: the last one wins (as in JavaScript and
    // Python), on both decoding paths; not an error.
    QTest::newRow("duplicate keys") << text(R"({"p":3,"p":7})") << QString() << false;
    QTest::newRow("16 MiB string value")
        << text("{\"p\":\"" + QByteArray(16 * 1024 * 1024, 'x') + "\"}")
        << QStringLiteral(R"(field /p: not a number ("xxxx)") << false;
    QTest::newRow("empty text frame")
        << text(QByteArray()) << QStringLiteral("empty frame") << false;
    QTest::newRow("empty binary frame")
        << binary(QByteArray()) << QStringLiteral("binary frame of 0 bytes") << false;
    QTest::newRow("binary garbage")
        << binary(QByteArray::fromHex("00ff fe7f 8081 c0c1 f5ff 0a0d 7b22"))
        << QStringLiteral("binary frame of 14 bytes is not UTF-8 JSON") << false;
    QTest::newRow("far-past time") << text(tick(1, 1)) << QStringLiteral("time /T") << true;
    QTest::newRow("far-future time")
        << text(tick(32503680000000, 1)) << QStringLiteral("time /T") << true;
    // Out-of-order times are data (trades arrive out of order): no error; the store keeps
    // its time order (see tst_seriesbuffer), the export keeps the record's time.
    QTest::newRow("time going backwards") << text("BACKWARDS") << QString() << false;
}

void TestBadInput::badFrameBetweenGoodOnes()
{
    QFETCH(Frame, bad);
    QFETCH(QString, reason);
    QFETCH(bool, receiveTime);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (bad.bytes == "BACKWARDS")
        bad.bytes = tick(nowMs - 60000, 1); // a minute before the frame ahead of it
    const QList<Frame> frames
        = { Frame { false, tick(nowMs, 0) }, bad, Frame { false, tick(nowMs + 1, 2) } };
    FrameServer server(frames);
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    Collected got;
    startRecording(engine, feedSpec(server.url(), kDecode), got);
    if (QTest::currentTestFailed())
        return;

    // The good frame after the bad one is decoded: the feed keeps going.
    QTRY_VERIFY_WITH_TIMEOUT(got.withValue(2) != nullptr, 20000);
    QCOMPARE(got.withValue(2)->timeMs, double(nowMs + 1));
    QCOMPARE(got.withValue(0)->timeMs, double(nowMs));
    FeedStats stats = engine.stats().at(0);
    QCOMPARE(stats.state, FeedState::Open);
    QCOMPARE(stats.frames, quint64(3));
    QCOMPARE(stats.errors, quint64(reason.isEmpty() ? 0 : 1));
    QCOMPARE(stats.decoded, quint64(reason.isEmpty() ? 3 : 2));
    if (!reason.isEmpty()) {
        QVERIFY2(stats.lastError.contains(reason), qPrintable(stats.lastError.left(200)));
        QCOMPARE(stats.recentErrors.size(), 1);
        QCOMPARE(stats.recentErrors.first(), stats.lastError);
        QVERIFY2(stats.lastError.size() < 300, "a reason is a line, not the frame");
    }
    if (QByteArray(QTest::currentDataTag()) == "duplicate keys") {
        QVERIFY(got.withValue(7));
        QVERIFY(!got.withValue(3));
    } else if (reason.contains(QLatin1String("not")) || reason.contains(QLatin1String("malformed"))
               || reason.contains(QLatin1String("binary"))
               || reason.contains(QLatin1String("empty"))) {
        QCOMPARE(got.samples.size(), size_t(2)); // a bad value is no sample, the good ones are
    }
    if (QByteArray(QTest::currentDataTag()) == "time going backwards")
        QCOMPARE(got.withValue(1)->timeMs, double(nowMs - 60000)); // the record's own time
    if (receiveTime) {
        const SamplePoint *sample = got.withValue(1);
        QVERIFY(sample);
        QVERIFY2(std::fabs(sample->timeMs - double(nowMs)) < 60000.0,
                 qPrintable(QString::number(sample->timeMs)));
    }
    engine.stop();

    // Every frame in the capture, in order, byte for byte.
    const QList<CaptureRecord> captured = framesOf(readCapture(m_capture));
    QCOMPARE(captured.size(), frames.size());
    for (qsizetype i = 0; i < frames.size(); ++i) {
        QCOMPARE(captured[i].kind,
                 frames[i].binary ? CaptureRecord::Kind::Binary : CaptureRecord::Kind::Text);
        QVERIFY2(captured[i].data == frames[i].bytes, qPrintable(QString::number(i)));
    }
}

void TestBadInput::brokenFramesCostTheConnection_data()
{
    QTest::addColumn<QByteArray>("broken"); // raw bytes after the first good frame
    QTest::addColumn<bool>("closeTcp"); // the peer closes TCP right after them
    QTest::addColumn<QString>("reason");
    QTest::newRow("invalid UTF-8 in a text frame")
        << TestSupport::RawWebSocketPeer::frame(0x1, QByteArray("{\"p\":\xff\xfe\xc0\xaf}"))
        << false << QStringLiteral("1007");
    QByteArray cut = TestSupport::RawWebSocketPeer::frame(
        0x1, QByteArray(R"({"p":1,"pad":")") + QByteArray(200, 'y') + "\"}");
    cut.truncate(40);
    QTest::newRow("closed mid-message") << cut << true << QStringLiteral("closed the connection");
}

void TestBadInput::brokenFramesCostTheConnection()
{
    QFETCH(QByteArray, broken);
    QFETCH(bool, closeTcp);
    QFETCH(QString, reason);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    using Peer = TestSupport::RawWebSocketPeer;
    Peer peer([&](QTcpSocket *socket, int connection) {
        if (connection > 0) { // the reconnect: a good frame, then the connection stays up
            socket->write(Peer::frame(0x1, tick(nowMs + 1, 2)));
            return;
        }
        socket->write(Peer::frame(0x1, tick(nowMs, 0)));
        socket->write(broken);
        if (closeTcp) {
            socket->flush();
            socket->disconnectFromHost();
        }
    });
    QVERIFY(peer.isListening());
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    QSignalSpy events(&engine, &IngestEngine::feedEvent);
    Collected got;
    startRecording(engine, feedSpec(peer.url(), kDecode), got);
    if (QTest::currentTestFailed())
        return;

    // The loss is reported with its reason, the feed reconnects, and data flows again.
    QTRY_VERIFY_WITH_TIMEOUT(got.withValue(2) != nullptr, 10000);
    QVERIFY(got.withValue(0));
    QVERIFY(peer.connections() >= 2);
    bool reported = false;
    for (const QList<QVariant> &event : std::as_const(events))
        reported = reported
            || (event.at(1).toString().contains(reason)
                && event.at(1).toString().contains(QLatin1String("retrying")));
    QVERIFY2(reported, qPrintable(events.isEmpty() ? QString() : events.last().at(1).toString()));
    const FeedStats stats = engine.stats().at(0);
    QCOMPARE(stats.state, FeedState::Open);
    QCOMPARE(stats.errors, quint64(0)); // the broken frame never reached the decoder
    engine.stop();

    // The capture: both good frames, and between them the disconnection with its reason.
    // The broken frame is not in it: the socket refuses it before the application sees it.
    const QList<CaptureRecord> records = readCapture(m_capture);
    const QList<CaptureRecord> frames = framesOf(records);
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].data, tick(nowMs, 0));
    QCOMPARE(frames[1].data, tick(nowMs + 1, 2));
    const auto lost = std::find_if(records.begin(), records.end(), [](const CaptureRecord &r) {
        return r.kind == CaptureRecord::Kind::Event && r.event == QLatin1String("disconnected");
    });
    QVERIFY(lost != records.end());
    QVERIFY2(lost->detail.contains(reason), qPrintable(lost->detail));
}

void TestBadInput::seriesExplosionIsCapped()
{
    // A key whose values never repeat: each frame would be a new series.
    constexpr int kFrames = 3000;
    constexpr int kCap = 50;
    QList<Frame> frames;
    for (int i = 0; i < kFrames; ++i)
        frames << Frame { false,
                          QByteArray("{\"k\":\"order-") + QByteArray::number(i)
                              + "\",\"p\":" + QByteArray::number(i) + '}' };
    FrameServer server(frames);
    FeedSpec spec = feedSpec(server.url(),
                             { { QStringLiteral("key"), QStringLiteral("/k") },
                               { QStringLiteral("fields"), QJsonArray { QStringLiteral("/p") } } });
    spec.maxSeries = kCap;
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    Collected got;
    startRecording(engine, spec, got);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().at(0).frames, quint64(kFrames), 20000);
    engine.stop();

    const FeedStats stats = engine.stats().at(0);
    QCOMPARE(got.series.size(), size_t(kCap));
    QCOMPARE(engine.seriesCount(), quint64(kCap));
    QCOMPARE(stats.refusedSeries, quint64(kFrames - kCap));
    QCOMPARE(stats.samples, quint64(kCap));
    QCOMPARE(got.samples.size(), size_t(kCap));
    QCOMPARE(stats.errors, quint64(0)); // a cap is not a decode error
    // The reasons stay a short list, however many samples were refused.
    QVERIFY(!stats.recentErrors.isEmpty());
    QVERIFY(stats.recentErrors.size() <= 8);
    QVERIFY2(stats.recentErrors.last().contains(QLatin1String("series cap of 50")),
             qPrintable(stats.recentErrors.last()));
    QCOMPARE(framesOf(readCapture(m_capture)).size(), kFrames); // nothing captured is lost
}

void TestBadInput::floodIsBoundedAndFullyCaptured()
{
    // The server sends as fast as the event loop lets it for about a second; the test then
    // checks counts: every frame captured and decoded, and no batch above the pending cap.
    constexpr size_t kPendingCap = 2000;
    FrameServer server;
    IngestEngine engine;
    engine.setFlushIntervalMs(600000); // only the pending cap flushes while flooding
    engine.setMaxPendingSamples(kPendingCap);
    Collected got;
    startRecording(engine, feedSpec(server.url(), kDecode), got);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(server.client() && engine.stats().at(0).state == FeedState::Open,
                             10000);

    const qint64 baseMs = QDateTime::currentMSecsSinceEpoch();
    int sent = 0;
    QElapsedTimer clock;
    clock.start();
    QTimer blaster;
    connect(&blaster, &QTimer::timeout, this, [&] {
        QList<Frame> burst;
        for (int i = 0; i < 500; ++i, ++sent)
            burst << Frame { false, tick(baseMs + sent, sent) };
        server.send(burst);
        if (clock.elapsed() >= 1000)
            blaster.stop();
    });
    blaster.start(0);
    QTRY_VERIFY_WITH_TIMEOUT(!blaster.isActive(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().at(0).frames, quint64(sent), 30000);
    engine.stop();

    const FeedStats stats = engine.stats().at(0);
    QCOMPARE(stats.decoded, quint64(sent));
    QCOMPARE(stats.errors, quint64(0));
    QCOMPARE(got.samples.size(), size_t(sent));
    QVERIFY2(got.largestBatch <= kPendingCap, qPrintable(QString::number(got.largestBatch)));
    const QList<CaptureRecord> frames = framesOf(readCapture(m_capture));
    QCOMPARE(frames.size(), sent);
    QCOMPARE(frames.last().data, tick(baseMs + sent - 1, sent - 1));
}

void TestBadInput::stallMarksStaleUntilDataResumes()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    FrameServer server({ Frame { false, tick(nowMs, 0) } });
    FeedSpec spec = feedSpec(server.url(), kDecode);
    spec.staleAfterMs = 200;
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    engine.addFeed(spec);
    QSignalSpy events(&engine, &IngestEngine::feedEvent);
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().at(0).frames, quint64(1), 10000);
    // The server stalls mid-session: the connection stays open, nothing arrives.
    QTRY_VERIFY_WITH_TIMEOUT(engine.stats().at(0).stale, 5000);
    QCOMPARE(engine.stats().at(0).state, FeedState::Open);
    QVERIFY(std::any_of(events.begin(), events.end(), [](const QList<QVariant> &event) {
        return event.at(1).toString().startsWith(QLatin1String("stale: no data"));
    }));
    // Data again: no longer stale.
    server.send({ Frame { false, tick(nowMs + 1, 1) } });
    QTRY_VERIFY_WITH_TIMEOUT(!engine.stats().at(0).stale, 5000);
    QCOMPARE(engine.stats().at(0).frames, quint64(2));
    engine.stop();
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
