// Integration: a real QWebSocketServer on 127.0.0.1 sends N known frames to an IngestEngine;
// every frame must be decoded with exact values and captured byte for byte.
#include "capture/capturereader.h"
#include "session/ingestengine.h"
#include "testsupport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <vector>

namespace {
// Sends `frames` to every client as soon as it connects, then keeps the connection open.
class FrameServer : public QObject
{
public:
    explicit FrameServer(QStringList frames)
        : m_frames(std::move(frames))
        , m_server(QStringLiteral("test"), QWebSocketServer::NonSecureMode)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                m_clients.emplace_back(socket);
                for (const QString &frame : std::as_const(m_frames))
                    socket->sendTextMessage(frame);
                socket->flush();
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(m_server.serverPort()));
    }

private:
    QStringList m_frames;
    QWebSocketServer m_server;
    std::vector<std::unique_ptr<QWebSocket>> m_clients;
};

FeedSpec tradeSpec(const QUrl &url)
{
    FeedSpec spec = TestSupport::feedSpec(
        QStringLiteral("trades"), url,
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/s") },
                      { QStringLiteral("time"), QStringLiteral("/T") },
                      { QStringLiteral("fields"),
                        QJsonArray { QStringLiteral("/p"), QStringLiteral("/q") } } });
    spec.pingIntervalMs = 0;
    return spec;
}

QString tradeFrame(int i)
{
    // Prices as strings, quantities as numbers, as exchanges send them.
    return QStringLiteral(R"({"s":"%1","T":%2,"p":"%3","q":%4})")
        .arg(i % 2 ? QStringLiteral("BTCUSDT") : QStringLiteral("ETHUSDT"))
        .arg(1795687200000LL + i)
        .arg(QString::number(37000.0 + i * 0.01, 'f', 2))
        .arg(i + 0.5);
}
} // namespace

class TestIngestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allFramesDecodedAndCaptured();
    void malformedFramesAreCountedAndKept();
    void rawFramesKeepTheNewestOfEachFeed();
};

void TestIngestEngine::allFramesDecodedAndCaptured()
{
    constexpr int kFrames = 2000;
    QStringList frames;
    for (int i = 0; i < kFrames; ++i)
        frames << tradeFrame(i);
    FrameServer server(frames);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString capturePath = dir.filePath(QStringLiteral("capture.jsonl"));

    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    engine.addFeed(tradeSpec(server.url()));
    QString error;
    QVERIFY2(engine.startCapture(capturePath, &error), qPrintable(error));

    std::vector<SeriesInfo> series;
    std::vector<SamplePoint> samples;
    connect(&engine, &IngestEngine::batchReady, this, [&](const IngestBatch &batch) {
        series.insert(series.end(), batch.newSeries.begin(), batch.newSeries.end());
        samples.insert(samples.end(), batch.samples.begin(), batch.samples.end());
    });
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(samples.size(), size_t(kFrames * 2), 10000);
    engine.stop();

    const std::vector<FeedStats> stats = engine.stats();
    QCOMPARE(stats.size(), size_t(1));
    QCOMPARE(stats[0].frames, quint64(kFrames));
    QCOMPARE(stats[0].decoded, quint64(kFrames));
    QCOMPARE(stats[0].errors, quint64(0));
    QCOMPARE(stats[0].samples, quint64(kFrames * 2));

    // 2 keys x 2 fields.
    QCOMPARE(series.size(), size_t(4));
    for (int i = 0; i < kFrames; ++i) {
        const SamplePoint &price = samples[size_t(2 * i)];
        const SamplePoint &qty = samples[size_t(2 * i + 1)];
        const SeriesInfo &priceSeries = series[size_t(price.seriesId)];
        QCOMPARE(priceSeries.feed, QStringLiteral("trades"));
        QCOMPARE(priceSeries.key, i % 2 ? QStringLiteral("BTCUSDT") : QStringLiteral("ETHUSDT"));
        QCOMPARE(priceSeries.field, QStringLiteral("/p"));
        QCOMPARE(series[size_t(qty.seriesId)].field, QStringLiteral("/q"));
        QCOMPARE(price.timeMs, double(1795687200000LL + i));
        QCOMPARE(price.value, QString::number(37000.0 + i * 0.01, 'f', 2).toDouble());
        QCOMPARE(qty.value, i + 0.5);
    }

    CaptureReader reader;
    QVERIFY2(reader.open(capturePath, &error), qPrintable(error));
    QCOMPARE(reader.feeds().size(), 1);
    QCOMPARE(reader.feeds().first().name, QStringLiteral("trades"));
    CaptureRecord record;
    int textFrames = 0;
    bool sawConnected = false;
    qint64 previousTime = 0;
    while (reader.next(record)) {
        QVERIFY(record.timeUs >= previousTime);
        previousTime = record.timeUs;
        if (record.kind == CaptureRecord::Kind::Event) {
            sawConnected = sawConnected || record.event == QLatin1String("connected");
            continue;
        }
        QCOMPARE(record.kind, CaptureRecord::Kind::Text);
        QCOMPARE(QString::fromUtf8(record.data), frames.at(textFrames));
        ++textFrames;
    }
    QVERIFY(sawConnected);
    QCOMPARE(textFrames, kFrames);
    QVERIFY(reader.warnings().isEmpty());
}

void TestIngestEngine::malformedFramesAreCountedAndKept()
{
    const QStringList frames = {
        tradeFrame(1),
        QStringLiteral(R"({"s":"BTCUSDT","p":"37000.5")"), // truncated
        QStringLiteral(R"({"s":"BTCUSDT","p":"NaN","q":1})"), // not finite
        QStringLiteral("ERROR upstream feed lagging"), // plain-text log line
        tradeFrame(2),
        QStringLiteral(R"({"s":"BTCUSDT","p":"abc","q":1} trailing)"),
        tradeFrame(3),
    };
    FrameServer server(frames);
    QTemporaryDir dir;
    const QString capturePath = dir.filePath(QStringLiteral("capture.jsonl"));
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    engine.addFeed(tradeSpec(server.url()));
    QString error;
    QVERIFY(engine.startCapture(capturePath, &error));
    std::vector<LogRecord> logs;
    connect(&engine, &IngestEngine::batchReady, this, [&](const IngestBatch &batch) {
        logs.insert(logs.end(), batch.logs.begin(), batch.logs.end());
    });
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().at(0).frames, quint64(frames.size()), 10000);
    engine.stop();

    const FeedStats stats = engine.stats().at(0);
    QCOMPARE(stats.errors, quint64(3));
    QCOMPARE(stats.decoded, quint64(4));
    // The NaN frame still yields its good field (/q); the other two bad frames yield nothing.
    QCOMPARE(stats.samples, quint64(3 * 2 + 1));
    QVERIFY2(stats.lastError.contains(QLatin1String("malformed JSON")),
             qPrintable(stats.lastError));
    QCOMPARE(logs.size(), size_t(1));
    QCOMPARE(logs[0].level, LogLevel::Error);

    // Every frame is in the capture exactly as received, good or bad.
    CaptureReader reader;
    QVERIFY(reader.open(capturePath, &error));
    CaptureRecord record;
    QStringList captured;
    while (reader.next(record)) {
        if (record.kind == CaptureRecord::Kind::Text)
            captured << QString::fromUtf8(record.data);
    }
    QCOMPARE(captured, frames);
}

void TestIngestEngine::rawFramesKeepTheNewestOfEachFeed()
{
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    FeedSpec a;
    a.name = QStringLiteral("a");
    FeedSpec b;
    b.name = QStringLiteral("b");
    engine.addReplayFeed(a);
    engine.addReplayFeed(b);
    std::vector<IngestBatch> batches;
    connect(&engine, &IngestEngine::batchReady, this,
            [&](const IngestBatch &batch) { batches.push_back(batch); });
    engine.start();
    const int count = IngestBatch::kRawFramesPerFeed * 2 + 20;
    for (int i = 0; i < count; ++i)
        engine.ingestText(0, QByteArray("{\"n\":") + QByteArray::number(i) + '}', 1000 + i);
    engine.ingestBinary(1, QByteArray("\x01\x02", 2), 7);
    QTRY_VERIFY(!batches.empty());
    const std::vector<RawFrame> &frames = batches.front().rawFrames;
    QCOMPARE(frames.size(), size_t(IngestBatch::kRawFramesPerFeed + 1));
    // Feed a: only the newest, oldest first; then feed b's one binary frame.
    for (int i = 0; i < IngestBatch::kRawFramesPerFeed; ++i) {
        const int n = count - IngestBatch::kRawFramesPerFeed + i;
        QCOMPARE(frames[size_t(i)].feed, QStringLiteral("a"));
        QCOMPARE(frames[size_t(i)].data, QByteArray("{\"n\":") + QByteArray::number(n) + '}');
        QCOMPARE(frames[size_t(i)].receiveUs, qint64(1000 + n));
    }
    QCOMPARE(frames.back().feed, QStringLiteral("b"));
    QVERIFY(frames.back().binary);

    // The next batch carries only what arrived since.
    batches.clear();
    engine.ingestText(0, QByteArray("{\"n\":-1}"), 5000);
    QTRY_VERIFY(std::any_of(batches.begin(), batches.end(),
                            [](const IngestBatch &batch) { return !batch.rawFrames.empty(); }));
    for (const IngestBatch &batch : batches) {
        if (!batch.rawFrames.empty()) {
            QCOMPARE(batch.rawFrames.size(), size_t(1));
            QCOMPARE(batch.rawFrames.front().data, QByteArray("{\"n\":-1}"));
        }
    }
    engine.stop();
}

QTEST_GUILESS_MAIN(TestIngestEngine)
#include "tst_ingestengine.moc"
