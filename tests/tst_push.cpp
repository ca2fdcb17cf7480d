// --push (issue 17): the real binary records a feed from a QWebSocketServer on 127.0.0.1 and
// pushes every sample in the InfluxDB line protocol to a real VictoriaMetrics (Debian
// victoria-metrics) started on a free 127.0.0.1 port with a temporary data folder; every sample
// is read back with its exact value and time, also when the store restarts mid-run. A store
// that refuses batches (HTTP 400) costs counted drops, never the recording.
#include "cannedhttppeer.h"
#include "model/ingestbatch.h"
#include "service/influxpusher.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <map>
#include <memory>
#include <set>
#include "testpaths.h"

namespace {
constexpr qint64 kStartMs = 1'795'687'200'000;

// Frame i: key K<i%3>, a value with few digits (stores keep it exactly), time kStartMs + i.
double valueOf(int i)
{
    return (i % 1000) + 0.125 * (i % 8);
}

// Sends `total` frames, `perTick` every 10 ms, to each client.
class TradeFeed final : public QObject
{
public:
    TradeFeed(int total, int perTick)
        : m_total(total)
        , m_perTick(perTick)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                m_client = socket;
            }
        });
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (int n = 0; m_client && n < m_perTick && m_sent < m_total; ++n, ++m_sent)
                m_client->sendTextMessage(QStringLiteral(R"({"s":"K%1","p":%2,"t":%3})")
                                              .arg(m_sent % 3)
                                              .arg(valueOf(m_sent), 0, 'g', 17)
                                              .arg(kStartMs + m_sent));
        });
        m_timer.start();
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }
    int sent() const { return m_sent; }

private:
    QWebSocketServer m_server { QStringLiteral("trades"), QWebSocketServer::NonSecureMode };
    QPointer<QWebSocket> m_client;
    QTimer m_timer;
    int m_total;
    int m_perTick;
    int m_sent = 0;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray httpGet(const QString &url)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body
        = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

// A VictoriaMetrics single node of the test's own.
class Store
{
public:
    Store(const QString &dataDir, quint16 port)
        : m_dataDir(dataDir)
        , m_port(port)
    { }
    ~Store() { stop(); }
    bool start()
    {
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("victoria-metrics"));
        if (binary.isEmpty())
            return false;
        m_process.start(binary,
                        { QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(m_port),
                          QStringLiteral("-storageDataPath=%1").arg(m_dataDir),
                          QStringLiteral("-loggerLevel=ERROR") });
        if (!m_process.waitForStarted())
            return false;
        for (int i = 0; i < 100; ++i) {
            if (httpGet(url(QStringLiteral("/health"))).startsWith("OK"))
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(15000))
            m_process.kill();
        m_process.waitForFinished();
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    // Every sample of trades_p: (key, time ms) -> value.
    std::map<std::pair<QString, qint64>, double> samples()
    {
        httpGet(url(QStringLiteral("/internal/force_flush")));
        std::map<std::pair<QString, qint64>, double> all;
        const QByteArray body = httpGet(url(
            QStringLiteral("/api/v1/export?match[]=%1")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("trades_p"))))));
        for (const QByteArray &line : body.split('\n')) {
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            const QString key = row.value(QStringLiteral("metric"))
                                    .toObject()
                                    .value(QStringLiteral("key"))
                                    .toString();
            const QJsonArray values = row.value(QStringLiteral("values")).toArray();
            const QJsonArray times = row.value(QStringLiteral("timestamps")).toArray();
            for (qsizetype i = 0; i < values.size() && i < times.size(); ++i)
                all[std::make_pair(key, qint64(times[i].toDouble()))] = values[i].toDouble();
        }
        return all;
    }

private:
    QString m_dataDir;
    quint16 m_port;
    QProcess m_process;
};

QString writeProfile(const QString &dir, const QString &url)
{
    const QString path = dir + QStringLiteral("/push-profile.json");
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(
        QStringLiteral(R"({"version":1,"name":"push","feeds":[{"name":"trades","url":"%1",)"
                       R"("decode":{"key":"/s","time":"/t","fields":["/p"]},"pingIntervalMs":0}]})")
            .arg(url)
            .toUtf8());
    return path;
}

QHash<QString, QString> pairsOf(const QByteArray &line)
{
    QHash<QString, QString> map;
    for (const QByteArray &part : line.split(' ')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            map.insert(QString::fromUtf8(part.left(eq)), QString::fromUtf8(part.mid(eq + 1)));
    }
    return map;
}

QByteArray lastLineStarting(const QByteArray &out, const QByteArray &prefix)
{
    QByteArray found;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(prefix))
            found = line;
    return found;
}
// A store of the test's own that holds every request `delayMs` before answering, so requests
// overlap: it reads each whole request (Content-Length), answers the first `failFirst` with
// 503 and the rest with 204, and keeps the values of the lines it accepted and the most
// requests it held at once.
class SlowStore final : public QObject
{
public:
    SlowStore(int delayMs, int failFirst)
        : m_delayMs(delayMs)
        , m_failFirst(failFirst)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                // The connection's unread bytes, owned by the slot (freed with the socket).
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket, buffer] { onData(socket, *buffer); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/write").arg(m_server.serverPort()));
    }
    int mostHeld() const { return m_mostHeld; }
    int requests() const { return m_requests; }
    const std::multiset<double> &accepted() const { return m_accepted; }

private:
    void onData(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray lower = buffer.left(headerEnd).toLower();
        const qsizetype at = lower.indexOf("content-length:");
        const qsizetype length = at < 0
            ? 0
            : lower.mid(at + 15, lower.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        const bool fail = m_requests++ < m_failFirst;
        m_mostHeld = std::max(m_mostHeld, ++m_held);
        QTimer::singleShot(m_delayMs, socket, [this, socket, body, fail] {
            --m_held;
            if (fail) {
                socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
                return;
            }
            for (const QByteArray &line : body.split('\n')) {
                const qsizetype eq = line.indexOf('=', line.indexOf(' ')); // after the tags
                if (eq > 0)
                    m_accepted.insert(line.mid(eq + 1, line.indexOf(' ', eq) - eq - 1).toDouble());
            }
            socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
        });
    }

    QTcpServer m_server;
    int m_delayMs;
    int m_failFirst;
    int m_requests = 0;
    int m_held = 0;
    int m_mostHeld = 0;
    std::multiset<double> m_accepted;
};

// `batches` full batches of one series "trades K0 /p", values 0, 1, 2, ... in order.
IngestBatch fullBatches(int batches)
{
    IngestBatch batch;
    batch.newSeries.push_back(
        { 0, QStringLiteral("trades"), QStringLiteral("K0"), QStringLiteral("/p") });
    for (int i = 0; i < batches * InfluxPusher::kMaxBatchPoints; ++i)
        batch.samples.push_back({ 0, double(kStartMs + i), double(i) });
    return batch;
}
} // namespace

class tst_Push : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineProtocol();
    void everySampleReachesTheStore();
    void storeRestartsMidRun();
    void refusedBatchesAreCounted();
    void badUrl();
    void requestsOverlap();
    void fullBufferKeepsBatchesOnTheWire();

private:
    // Runs feedboard to the end while this process's event loop keeps serving the peers.
    bool runToEnd(QProcess &app, const QStringList &arguments, int timeoutMs = 60000)
    {
        app.start(TestPaths::binary(), arguments);
        if (!app.waitForStarted())
            return false;
        QElapsedTimer clock;
        clock.start();
        while (app.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
            QTest::qWait(50);
        return app.state() == QProcess::NotRunning && app.exitStatus() == QProcess::NormalExit;
    }
};

void tst_Push::lineProtocol()
{
    QCOMPARE(InfluxPusher::linePrefix(QStringLiteral("trades"), QStringLiteral("BTC USDT"),
                                      QStringLiteral("/p")),
             QByteArray("trades,key=BTC\\ USDT p="));
    QCOMPARE(
        InfluxPusher::linePrefix(QStringLiteral("my feed,1"), QString(), QStringLiteral("/a=b")),
        QByteArray("my\\ feed\\,1 a\\=b="));
    QCOMPARE(
        InfluxPusher::linePrefix(QStringLiteral("derived"), QString(), QStringLiteral("spread")),
        QByteArray("derived spread="));
    QCOMPARE(InfluxPusher::nanoseconds(1795687200123.0), qint64(1795687200123000000));
    QCOMPARE(InfluxPusher::nanoseconds(1795687200123.5), qint64(1795687200123500000));
    QCOMPARE(InfluxPusher::nanoseconds(1795687200123.001), qint64(1795687200123001000));
}

void tst_Push::everySampleReachesTheStore()
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/i17-push-XXXXXX"));
    Store store(dir.filePath(QStringLiteral("vm")), freePort());
    QVERIFY2(store.start(), "victoria-metrics did not start (scripts/install-deps.sh)");
    const int total = 3000;
    TradeFeed feed(total, 20);
    QVERIFY(feed.listen());
    QProcess app;
    QVERIFY(
        runToEnd(app,
                 { QStringLiteral("--profile"), writeProfile(dir.path(), feed.url()),
                   QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("4"),
                   QStringLiteral("--push"), store.url(QStringLiteral("/write")) }));
    const QByteArray out = app.readAllStandardOutput();
    QCOMPARE(app.exitCode(), 0);
    QCOMPARE(feed.sent(), total);
    const auto totals = pairsOf(lastLineStarting(out, "total "));
    QCOMPARE(totals.value(QStringLiteral("pushed")), QString::number(total));
    QVERIFY(!totals.contains(QStringLiteral("push_dropped")));
    QVERIFY(lastLineStarting(out, "stats feed=trades").contains(" pushed="));

    const auto samples = store.samples();
    QCOMPARE(int(samples.size()), total);
    for (int i = 0; i < total; ++i) {
        const auto it = samples.find({ QStringLiteral("K%1").arg(i % 3), kStartMs + i });
        QVERIFY2(it != samples.end(), qPrintable(QStringLiteral("sample %1 missing").arg(i)));
        QCOMPARE(it->second, valueOf(i));
    }
}

void tst_Push::storeRestartsMidRun()
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/i17-push-XXXXXX"));
    const quint16 port = freePort();
    auto store = std::make_unique<Store>(dir.filePath(QStringLiteral("vm")), port);
    QVERIFY(store->start());
    const int total = 3000;
    TradeFeed feed(total, 5); // 500 a second: 6 s of data
    QVERIFY(feed.listen());
    QProcess app;
    app.start(TestPaths::binary(),
              { QStringLiteral("--profile"), writeProfile(dir.path(), feed.url()),
                QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("9"),
                QStringLiteral("--push"), store->url(QStringLiteral("/write")) });
    QVERIFY(app.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(feed.sent() > 600, 15000);
    store->stop(); // down for a while: batches wait in the buffer
    QTest::qWait(2500);
    QVERIFY(feed.sent() < total);
    store = std::make_unique<Store>(dir.filePath(QStringLiteral("vm")), port);
    QVERIFY(store->start());
    QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 60000);
    const QByteArray out = app.readAllStandardOutput();
    const QByteArray err = app.readAllStandardError();
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(err.contains("retrying"), err.constData());
    const auto totals = pairsOf(lastLineStarting(out, "total "));
    QCOMPARE(totals.value(QStringLiteral("pushed")), QString::number(total));
    QVERIFY(!totals.contains(QStringLiteral("push_dropped")));
    const auto samples = store->samples();
    QCOMPARE(int(samples.size()), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(samples.at({ QStringLiteral("K%1").arg(i % 3), kStartMs + i }), valueOf(i));
}

void tst_Push::refusedBatchesAreCounted()
{
    CannedHttpPeer refusing("HTTP/1.1 400 Bad Request\r\nContent-Length: 11\r\n"
                            "Connection: close\r\n\r\nbad request",
                            true);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/i17-push-XXXXXX"));
    TradeFeed feed(500, 50);
    QVERIFY(feed.listen());
    const QString capture = dir.filePath(QStringLiteral("kept.capture.jsonl"));
    QProcess app;
    QVERIFY(
        runToEnd(app,
                 { QStringLiteral("--profile"), writeProfile(dir.path(), feed.url()),
                   QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("3"),
                   QStringLiteral("--record"), capture, QStringLiteral("--push"),
                   QStringLiteral("http://127.0.0.1:%1/write").arg(refusing.port()) }));
    QCOMPARE(app.exitCode(), 0);
    const QByteArray out = app.readAllStandardOutput();
    const QByteArray err = app.readAllStandardError();
    QVERIFY2(err.contains("refused, dropped: HTTP 400"), err.constData());
    const auto totals = pairsOf(lastLineStarting(out, "total "));
    QCOMPARE(totals.value(QStringLiteral("pushed")), QStringLiteral("0"));
    QCOMPARE(totals.value(QStringLiteral("push_dropped")), QStringLiteral("500"));
    QCOMPARE(totals.value(QStringLiteral("frames")), QStringLiteral("500")); // recording went on
    QVERIFY(refusing.requests().startsWith("POST /write"));
    QVERIFY(refusing.requests().contains("trades,key=K0 p="));
}

void tst_Push::badUrl()
{
    QProcess app;
    app.start(TestPaths::binary(),
              { QStringLiteral("--demo"), QStringLiteral("--headless"), QStringLiteral("--push"),
                QStringLiteral("ftp://127.0.0.1/write") });
    QVERIFY(app.waitForFinished(15000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(
        app.readAllStandardError().contains("--push ftp://127.0.0.1/write: expected an http://"));
}

// Several batches go at once (Qt feeds a POST body to its HTTP thread in pieces, so one
// request at a time was slow); a store that fails the first of them gets them again, each
// point accepted exactly once.
void tst_Push::requestsOverlap()
{
    SlowStore store(150, 2);
    QVERIFY(store.listen());
    InfluxPusher pusher(store.url());
    pusher.setRetryDelays(50, 200);
    QSignalSpy drained(&pusher, &InfluxPusher::drained);
    constexpr int kBatches = 8;
    pusher.addBatch(fullBatches(kBatches));
    pusher.drain(30000);
    QVERIFY(drained.wait(30000));
    constexpr int total = kBatches * InfluxPusher::kMaxBatchPoints;
    QCOMPARE(pusher.pushed(QStringLiteral("trades")), quint64(total));
    QCOMPARE(pusher.dropped(QStringLiteral("trades")), quint64(0));
    QVERIFY2(store.mostHeld() >= 2, qPrintable(QString::number(store.mostHeld())));
    QVERIFY(store.mostHeld() <= InfluxPusher::kMaxInFlight);
    QCOMPARE(store.requests(), kBatches + 2); // the two refused, sent again
    QCOMPARE(int(store.accepted().size()), total);
    int expected = 0;
    for (double value : store.accepted())
        QCOMPARE(value, double(expected++)); // each value once, none lost or doubled
}

// A buffer too small for what arrives drops the oldest batches that are not on the wire and
// keeps the newest: what is on the wire and the newest reach the store, the rest is counted.
void tst_Push::fullBufferKeepsBatchesOnTheWire()
{
    SlowStore store(300, 0);
    QVERIFY(store.listen());
    InfluxPusher pusher(store.url());
    pusher.setMaxBufferedPoints(2 * InfluxPusher::kMaxBatchPoints);
    QSignalSpy drained(&pusher, &InfluxPusher::drained);
    constexpr int kBatches = 10;
    pusher.addBatch(fullBatches(kBatches)); // all sealed before any reply can come
    pusher.drain(30000);
    QVERIFY(drained.wait(30000));
    constexpr int kBatch = InfluxPusher::kMaxBatchPoints;
    // Batches 1-4 were on the wire, 10 is the newest; 5-9 were dropped.
    QCOMPARE(pusher.pushed(QStringLiteral("trades")),
             quint64((InfluxPusher::kMaxInFlight + 1) * kBatch));
    QCOMPARE(pusher.dropped(QStringLiteral("trades")),
             quint64((kBatches - InfluxPusher::kMaxInFlight - 1) * kBatch));
    QCOMPARE(int(store.accepted().size()), (InfluxPusher::kMaxInFlight + 1) * kBatch);
    QCOMPARE(*store.accepted().begin(), 0.0);
    QCOMPARE(*store.accepted().rbegin(), double(kBatches * kBatch - 1));
    QVERIFY(!store.accepted().count(double(InfluxPusher::kMaxInFlight * kBatch)));
}

QTEST_GUILESS_MAIN(tst_Push)
#include "tst_push.moc"
