// FeedConnection against real WebSocket servers on 127.0.0.1 (QWebSocketServer in the test,
// plain and TLS, and a raw TCP peer that speaks the handshake but never answers pings):
// handshake options, subscribe after every reconnect, backoff against a refused port, TLS
// refusal and trust, the message size cap, round-trip time, and the pong watchdog.
// tests/data/selfsigned-127.0.0.1.{crt,key}: generated once with
//   openssl req -x509 -newkey rsa:2048 -nodes -days 36500
//     -subj "/CN=FeedBoard test 127.0.0.1/O=FeedBoard tests" -addext subjectAltName=IP:127.0.0.1
#include "feed/feedconnection.h"
#include "feed/reconnectpolicy.h"
#include "refusingport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/resource.h>

#include <memory>
#include <vector>
#include "testpaths.h"

namespace {
// Accepts clients, remembers what each one sent, and can drop them without a close frame.
class TestServer : public QObject
{
public:
    explicit TestServer(QWebSocketServer::SslMode mode = QWebSocketServer::NonSecureMode)
        : m_server(QStringLiteral("test"), mode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                m_clients.emplace_back(socket);
                m_received.append(QStringList());
                const qsizetype index = m_received.size() - 1;
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, index](const QString &text) { m_received[index] << text; });
                if (m_greeting.size())
                    socket->sendTextMessage(m_greeting);
            }
        });
    }
    QWebSocketServer &server() { return m_server; }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    QUrl url(const QString &scheme = QStringLiteral("ws")) const
    {
        return QUrl(
            QStringLiteral("%1://127.0.0.1:%2/feed").arg(scheme).arg(m_server.serverPort()));
    }
    QWebSocket *client(qsizetype i) const { return m_clients.at(size_t(i)).get(); }
    qsizetype clientCount() const { return qsizetype(m_clients.size()); }
    const QList<QStringList> &received() const { return m_received; }
    void setGreeting(const QString &text) { m_greeting = text; }

private:
    QWebSocketServer m_server;
    std::vector<std::unique_ptr<QWebSocket>> m_clients;
    QList<QStringList> m_received;
    QString m_greeting;
};

FeedSpec spec(const QUrl &url)
{
    return TestSupport::quickFeedSpec(QStringLiteral("feed"), url, {}, 20, 160);
}

QSslConfiguration serverTls()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QFile cert(TestPaths::data("/selfsigned-127.0.0.1.crt"));
    QFile key(TestPaths::data("/selfsigned-127.0.0.1.key"));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return config;
    config.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
    config.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

quint16 refusedPort()
{
    // Bound for the whole run, never listening: refused, and no parallel test can take it.
    static const RefusingPort reserved;
    return reserved.port();
}
} // namespace

class TestFeedConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconnectPolicyGrowsWithinJitterBounds_data();
    void reconnectPolicyGrowsWithinJitterBounds();
    void headersAndSubprotocolReachServer();
    void subscribeResentInOrderAfterDrop();
    void refusedHostBacksOffWithoutBusyLoop();
    void tlsSelfSigned_data();
    void tlsSelfSigned();
    void oversizeMessageRefused_data();
    void oversizeMessageRefused();
    void pingMeasuresRoundTrip();
    void silentPeerWithoutPongsIsDropped();
    void userCloseStopsReconnecting();
};

void TestFeedConnection::reconnectPolicyGrowsWithinJitterBounds_data()
{
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("maximum");
    QTest::newRow("500..30000") << 500 << 30000;
    QTest::newRow("20..160") << 20 << 160;
    QTest::newRow("initial above max") << 800 << 100;
    QTest::newRow("1..1") << 1 << 1;
}

void TestFeedConnection::reconnectPolicyGrowsWithinJitterBounds()
{
    QFETCH(int, initial);
    QFETCH(int, maximum);
    ReconnectPolicy policy(initial, maximum, 42);
    const qint64 cap = std::max(initial, maximum);
    for (int round = 0; round < 2; ++round) {
        for (int attempt = 0; attempt < 40; ++attempt) {
            const qint64 ceiling = std::min<qint64>(qint64(initial) << std::min(attempt, 20), cap);
            const int delay = policy.nextDelayMs();
            QVERIFY2(delay >= std::max<qint64>(1, ceiling / 2) && delay <= ceiling,
                     qPrintable(QStringLiteral("attempt %1: %2 not in [%3, %4]")
                                    .arg(attempt)
                                    .arg(delay)
                                    .arg(ceiling / 2)
                                    .arg(ceiling)));
        }
        policy.reset(); // after a stable connection the backoff starts over
        QCOMPARE(policy.attempt(), 0);
    }
}

void TestFeedConnection::headersAndSubprotocolReachServer()
{
    TestServer server;
    server.server().setSupportedSubprotocols({ QStringLiteral("feedboard.v2") });
    QVERIFY(server.listen());
    FeedSpec s = spec(server.url());
    s.headers = { { QStringLiteral("Authorization"), QStringLiteral("Bearer t0ken") },
                  { QStringLiteral("X-Client"), QStringLiteral("feedboard-test") } };
    s.secretHeaders = { QStringLiteral("Authorization") };
    s.subprotocols = { QStringLiteral("feedboard.v1"), QStringLiteral("feedboard.v2") };
    FeedConnection connection(s);
    connection.open();
    QTRY_COMPARE(connection.state(), FeedState::Open);
    QTRY_COMPARE(server.clientCount(), 1);
    const QNetworkRequest seen = server.client(0)->request();
    QCOMPARE(seen.rawHeader("Authorization"), QByteArray("Bearer t0ken"));
    QCOMPARE(seen.rawHeader("X-Client"), QByteArray("feedboard-test"));
    QCOMPARE(server.client(0)->subprotocol(), QStringLiteral("feedboard.v2"));
    QCOMPARE(connection.negotiatedSubprotocol(), QStringLiteral("feedboard.v2"));
    QVERIFY2(connection.stateDetail().contains(QLatin1String("feedboard.v2")),
             qPrintable(connection.stateDetail()));
    QVERIFY(!connection.stateDetail().contains(QLatin1String("t0ken")));
}

void TestFeedConnection::subscribeResentInOrderAfterDrop()
{
    TestServer server;
    QVERIFY(server.listen());
    FeedSpec s = spec(server.url());
    s.subscribe
        = { QStringLiteral(R"({"op":"auth"})"), QStringLiteral(R"({"op":"subscribe","ch":"a"})"),
            QStringLiteral(R"({"op":"subscribe","ch":"b"})") };
    FeedConnection connection(s);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QTRY_COMPARE(server.received().size(), 1);
    QTRY_COMPARE(server.received().at(0), s.subscribe);
    // The server drops the TCP connection without a close frame.
    server.client(0)->abort();
    QTRY_COMPARE(server.received().size(), 2);
    QTRY_COMPARE(server.received().at(1), s.subscribe);
    QCOMPARE(retries.size(), 1);
    QTRY_COMPARE(connection.state(), FeedState::Open);
    // The GUI's send box: a message by hand reaches the server after the subscriptions.
    QVERIFY(connection.sendText(QStringLiteral("hello")));
    QTRY_COMPARE(server.received().at(1).size(), s.subscribe.size() + 1);
    QCOMPARE(server.received().at(1).last(), QStringLiteral("hello"));
}

void TestFeedConnection::refusedHostBacksOffWithoutBusyLoop()
{
    const quint16 port = refusedPort();
    QVERIFY(port != 0);
    FeedSpec s = spec(QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(port)));
    s.reconnectInitialDelayMs = 20;
    s.reconnectMaxDelayMs = 160;
    FeedConnection connection(s);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = cpuSeconds();
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 7, 5000);
    const double cpuUsed = cpuSeconds() - cpuBefore;
    const qint64 wallMs = wall.elapsed();
    QCOMPARE(connection.state(), FeedState::Reconnecting);
    QVERIFY2(connection.stateDetail().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(connection.stateDetail()));
    QVERIFY(connection.nextRetryEpochMs() > 0);
    // Each delay lies in [ceiling/2, ceiling] with the ceiling doubling up to the maximum.
    for (int i = 0; i < retries.size(); ++i) {
        const int delay = retries.at(i).at(0).toInt();
        const int ceiling = std::min(20 << std::min(i, 20), 160);
        QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                 qPrintable(QStringLiteral("retry %1 waited %2 ms").arg(i).arg(delay)));
    }
    // Waiting is idle: a busy loop would burn about one core for the whole wait. The bound is
    // loose (half the wall time) so a loaded machine cannot make it flaky.
    QVERIFY2(cpuUsed < 0.5 * double(wallMs) / 1000.0,
             qPrintable(QStringLiteral("%1 s CPU in %2 ms").arg(cpuUsed).arg(wallMs)));
}

void TestFeedConnection::tlsSelfSigned_data()
{
    QTest::addColumn<bool>("ignoreSslErrors");
    QTest::newRow("refused by default") << false;
    QTest::newRow("accepted with ignoreSslErrors") << true;
}

void TestFeedConnection::tlsSelfSigned()
{
    QFETCH(bool, ignoreSslErrors);
    TestServer server(QWebSocketServer::SecureMode);
    const QSslConfiguration tls = serverTls();
    QVERIFY(!tls.localCertificate().isNull());
    server.server().setSslConfiguration(tls);
    server.setGreeting(QStringLiteral(R"({"v":1})"));
    QVERIFY(server.listen());
    FeedSpec s = spec(server.url(QStringLiteral("wss")));
    s.ignoreSslErrors = ignoreSslErrors;
    FeedConnection connection(s);
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    if (ignoreSslErrors) {
        QVERIFY(frames.wait(5000));
        QCOMPARE(frames.at(0).at(0).toString(), QStringLiteral(R"({"v":1})"));
        QCOMPARE(connection.state(), FeedState::Open);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), FeedState::Failed, 5000);
    const QString detail = connection.stateDetail();
    const QString fingerprint
        = QString::fromLatin1(tls.localCertificate().digest(QCryptographicHash::Sha256).toHex(':'));
    QVERIFY2(detail.contains(QLatin1String("FeedBoard test 127.0.0.1")), qPrintable(detail));
    QVERIFY2(detail.contains(fingerprint), qPrintable(detail));
    QVERIFY(connection.nextRetryEpochMs() < 0);
    // No retry loop: twenty backoff periods later it has still not tried again.
    QTest::qWait(400);
    QCOMPARE(retries.size(), 0);
    QCOMPARE(frames.size(), 0);
    QCOMPARE(connection.state(), FeedState::Failed);
}

void TestFeedConnection::oversizeMessageRefused_data()
{
    QTest::addColumn<int>("serverFrameSize"); // 0: one frame; else the message is fragmented
    QTest::newRow("one big frame") << 0;
    QTest::newRow("small frames, big message") << 512;
}

void TestFeedConnection::oversizeMessageRefused()
{
    QFETCH(int, serverFrameSize);
    TestServer server;
    QVERIFY(server.listen());
    FeedSpec s = spec(server.url());
    s.maxMessageBytes = 1024;
    FeedConnection connection(s);
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    connection.open();
    QTRY_COMPARE(server.clientCount(), 1);
    if (serverFrameSize > 0)
        server.client(0)->setOutgoingFrameSize(quint64(serverFrameSize));
    server.client(0)->sendTextMessage(QString(4000, QLatin1Char('x')));
    QTRY_COMPARE(connection.oversizeFrames(), quint64(1));
    QVERIFY2(connection.stateDetail().contains(QLatin1String("1024")),
             qPrintable(connection.stateDetail()));
    // Per policy it reconnects; a message under the cap then arrives whole.
    QTRY_COMPARE(server.clientCount(), 2);
    QTRY_COMPARE(connection.state(), FeedState::Open);
    server.client(1)->sendTextMessage(QString(1000, QLatin1Char('y')));
    QVERIFY(frames.wait());
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).at(0).toString().size(), 1000);
    // A later drop without a close frame is not miscounted as another oversize message.
    server.client(1)->abort();
    QTRY_COMPARE(server.clientCount(), 3);
    QCOMPARE(connection.oversizeFrames(), quint64(1));
}

void TestFeedConnection::pingMeasuresRoundTrip()
{
    TestServer server;
    QVERIFY(server.listen());
    FeedSpec s = spec(server.url());
    s.pingIntervalMs = 50;
    FeedConnection connection(s);
    QCOMPARE(connection.rttMs(), -1.0);
    connection.open();
    QTRY_VERIFY(connection.rttMs() >= 0.0);
    QCOMPARE(connection.state(), FeedState::Open);
}

void TestFeedConnection::silentPeerWithoutPongsIsDropped()
{
    // A raw TCP peer that completes the handshake and then never reads again: what a
    // half-open connection looks like from the client.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost, 0));
    std::vector<QTcpSocket *> peers;
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *peer = raw.nextPendingConnection();
        peers.push_back(peer);
        connect(peer, &QTcpSocket::readyRead, peer, [peer] {
            const QByteArray request = peer->readAll();
            const qsizetype at = request.indexOf("Sec-WebSocket-Key: ");
            if (at < 0)
                return; // pings after the handshake: never answered
            const QByteArray key = request.mid(at + 19, request.indexOf("\r\n", at) - at - 19);
            const QByteArray magic = key + QByteArray("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
            const QByteArray accept
                = QCryptographicHash::hash(magic, QCryptographicHash::Sha1).toBase64();
            peer->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                        "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                        + accept + "\r\n\r\n");
        });
    });
    FeedSpec s = spec(QUrl(QStringLiteral("ws://127.0.0.1:%1/x").arg(raw.serverPort())));
    s.pingIntervalMs = 30;
    s.reconnectInitialDelayMs = 5000; // one drop is enough to see
    FeedConnection connection(s);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QTRY_COMPARE(connection.state(), FeedState::Open);
    QVERIFY(retries.wait(3000));
    QCOMPARE(connection.state(), FeedState::Reconnecting);
    QVERIFY2(connection.stateDetail().contains(QLatin1String("no pong")),
             qPrintable(connection.stateDetail()));
}

void TestFeedConnection::userCloseStopsReconnecting()
{
    const quint16 port = refusedPort();
    FeedConnection connection(spec(QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(port))));
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QVERIFY(retries.wait());
    connection.close();
    QCOMPARE(connection.state(), FeedState::Closed);
    QCOMPARE(connection.nextRetryEpochMs(), qint64(-1));
    QTest::qWait(300); // several backoff periods: no attempt may follow a user's close
    QCOMPARE(retries.size(), 1);
    QCOMPARE(connection.state(), FeedState::Closed);
}

QTEST_GUILESS_MAIN(TestFeedConnection)
#include "tst_feedconnection.moc"
