// Reading a past stretch back from a capture: the engine records frames from a real
// WebSocket server on 127.0.0.1 and notes where each second of each feed starts
// (CaptureIndex); CaptureReadback then returns exactly the samples the live run decoded for
// one series in a stretch, seeking there instead of scanning the file.
#include "capture/captureindex.h"
#include "capture/capturereadback.h"
#include "capture/capturereader.h"
#include "capture/readbackqueue.h"
#include "session/ingestengine.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <algorithm>

namespace {
// Sends `total` ticks in bursts every 10 ms, each stamped with the time it is sent, so a run
// of about three seconds spans several index steps.
class PacedTickServer : public QObject
{
public:
    explicit PacedTickServer(int total)
        : m_total(total)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            m_client = m_server.nextPendingConnection();
            m_client->setParent(this); // Qt 6.4 leaves accepted sockets to the caller
            m_timer.start(10);
        });
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (int n = 0; n < 100 && m_sent < m_total && m_client; ++n, ++m_sent) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                m_client->sendTextMessage(
                    QStringLiteral(R"({"s":"%1","T":%2,"v":%3})")
                        .arg(m_sent % 2 ? QStringLiteral("B") : QStringLiteral("A"))
                        .arg(now)
                        .arg(m_sent));
            }
            if (m_sent >= m_total)
                m_timer.stop();
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ticks").arg(m_server.serverPort()));
    }

private:
    QWebSocketServer m_server { QStringLiteral("ticks"), QWebSocketServer::NonSecureMode };
    QWebSocket *m_client = nullptr; // child of this
    QTimer m_timer;
    int m_total;
    int m_sent = 0;
};
} // namespace

class TestCaptureReadback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastStretchComesBackExactly();
};

void TestCaptureReadback::pastStretchComesBackExactly()
{
    constexpr int kFrames = 30000;
    PacedTickServer server(kFrames);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.capture.jsonl"));
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    engine.addFeed(TestSupport::feedSpec(
        QStringLiteral("ticks"), server.url(),
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/s") },
                      { QStringLiteral("time"), QStringLiteral("/T") },
                      { QStringLiteral("fields"), QJsonArray { QStringLiteral("/v") } } }));
    auto index = std::make_shared<CaptureIndex>();
    QString error;
    QVERIFY2(engine.startCapture(path, &error, index), qPrintable(error));
    std::vector<SeriesInfo> series;
    std::vector<SamplePoint> samples;
    connect(&engine, &IngestEngine::batchReady, this, [&](const IngestBatch &batch) {
        series.insert(series.end(), batch.newSeries.begin(), batch.newSeries.end());
        samples.insert(samples.end(), batch.samples.begin(), batch.samples.end());
    });
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(samples.size(), size_t(kFrames), 20000);
    engine.stop();

    // About three seconds of frames: an entry per second, the first at the data's start.
    QVERIFY2(index->entryCount(QStringLiteral("ticks")) >= 3,
             qPrintable(QString::number(index->entryCount(QStringLiteral("ticks")))));
    CaptureReader reader;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    const double firstMs = samples.front().timeMs;
    const double lastMs = samples.back().timeMs;
    QVERIFY(lastMs - firstMs > 2000.0);
    // A late stretch is found by seeking past the file's start.
    QVERIFY(index->offsetBefore(QStringLiteral("ticks"), qint64(lastMs) * 1000, reader.dataStart())
            > reader.dataStart());

    // What the live run decoded for series A in a 700 ms stretch in the middle.
    const int seriesA = std::find_if(series.begin(), series.end(), [](const SeriesInfo &s) {
                            return s.key == QStringLiteral("A");
                        })->id;
    const double fromMs = firstMs + 1200.0;
    const double toMs = fromMs + 700.0;
    QList<QPointF> expected;
    for (const SamplePoint &s : samples) {
        if (s.seriesId == seriesA && s.timeMs >= fromMs && s.timeMs <= toMs)
            expected.append(QPointF(s.timeMs, s.value));
    }
    QVERIFY(expected.size() > 100);

    CaptureReadback::Request request;
    request.path = path;
    request.feed = QStringLiteral("ticks");
    request.key = QStringLiteral("A");
    request.field = QStringLiteral("/v");
    request.fromMs = fromMs;
    request.toMs = toMs;
    QList<QPointF> got;
    QVERIFY2(CaptureReadback::read(request, *index, got, &error), qPrintable(error));
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected); // same times (stable order) and values

    // Another series, another field, a feed the capture never saw.
    request.key = QStringLiteral("B");
    got.clear();
    QVERIFY(CaptureReadback::read(request, *index, got, &error));
    QVERIFY(!got.isEmpty());
    QVERIFY(std::all_of(got.begin(), got.end(), [](const QPointF &p) {
        return int(p.y()) % 2 == 1; // B carries the odd ticks
    }));
    request.field = QStringLiteral("/nope");
    got.clear();
    QVERIFY(CaptureReadback::read(request, *index, got, &error));
    QVERIFY(got.isEmpty());
    request.feed = QStringLiteral("elsewhere");
    QVERIFY(!CaptureReadback::read(request, *index, got, &error));
    QVERIFY2(error.contains(QStringLiteral("elsewhere")), qPrintable(error));

    // The same stretches through ReadbackQueue, as the window asks: it never blocks the
    // asker, answers Pending, reads on a worker thread, then answers with the same samples.
    using Answer = ReadbackQueue::Answer;
    ReadbackQueue queue;
    QSignalSpy finished(&queue, &ReadbackQueue::finished);
    request.feed = QStringLiteral("ticks");
    request.key = QStringLiteral("A");
    request.field = QStringLiteral("/v");
    got.clear();
    QCOMPARE(queue.samples(request, index, got, &error), Answer::Pending);
    QVERIFY(got.isEmpty());
    QVERIFY(queue.busy());
    QCOMPARE(queue.samples(request, index, got, &error), Answer::Pending); // not read twice
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!queue.busy());
    QCOMPARE(queue.samples(request, index, got, &error), Answer::Ready);
    QCOMPARE(got, expected);
    // The feed's other series come from the same read.
    request.key = QStringLiteral("B");
    got.clear();
    QCOMPARE(queue.samples(request, index, got, &error), Answer::Ready);
    QVERIFY(!got.isEmpty());
    QVERIFY(!queue.busy());
    QCOMPARE(finished.count(), 1);

    // Stretches asked for while one is read wait their turn, each once.
    CaptureReadback::Request later = request;
    later.fromMs += 500.0;
    later.toMs += 500.0;
    CaptureReadback::Request missing = request;
    missing.feed = QStringLiteral("elsewhere");
    QCOMPARE(queue.samples(later, index, got), Answer::Pending);
    QCOMPARE(queue.samples(missing, index, got), Answer::Pending);
    QCOMPARE(queue.samples(later, index, got), Answer::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
    // The later stretch is kept, and the failed one answers with its reason without a read.
    error.clear();
    QCOMPARE(queue.samples(missing, index, got, &error), Answer::Failed);
    QVERIFY2(error.contains(QStringLiteral("elsewhere")), qPrintable(error));
    got.clear();
    QCOMPARE(queue.samples(later, index, got), Answer::Ready);
    QVERIFY(!got.isEmpty());
    QVERIFY(got.front().x() >= later.fromMs && got.back().x() <= later.toMs);
    QVERIFY(!queue.busy());
    QCOMPARE(finished.count(), 3);

    // clear() (a new session) discards a read in flight: its samples are not kept.
    QCOMPARE(queue.samples(request, index, got), Answer::Pending);
    queue.clear();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 10000);
    QCOMPARE(queue.samples(request, index, got), Answer::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 10000);

    // A session without a capture says so at once.
    CaptureReadback::Request none = request;
    none.path.clear();
    QCOMPARE(queue.samples(none, nullptr, got, &error), Answer::Failed);
    QVERIFY2(error.contains(QStringLiteral("no capture")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCaptureReadback)
#include "tst_capturereadback.moc"
