// Servers that misbehave during or after the handshake: every case gives the feed a clear
// reason, a reconnect on the backoff policy (never a busy loop, never a hang in
// "connecting"), and the process keeps running. Raw QTcpServer peers on 127.0.0.1 play the
// broken HTTP side; a real QWebSocketServer plays the close-with-reason case.
#include "cannedhttppeer.h"
#include "feed/feedconnection.h"
#include "testsupport.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

namespace {
FeedSpec specFor(quint16 port)
{
    return TestSupport::quickFeedSpec(QStringLiteral("bad"),
                                      QUrl(QStringLiteral("ws://127.0.0.1:%1/stream").arg(port)),
                                      {}, 50, 100);
}
} // namespace

class TestBadServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenHandshakes_data();
    void brokenHandshakes();
    void closeWithCodeAndReason();
};

void TestBadServers::brokenHandshakes_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("close");
    QTest::addColumn<QString>("reason");
    const auto http = [](const char *status) -> QByteArray {
        return QByteArray("HTTP/1.1 ") + status
            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    };
    QTest::newRow("401") << http("401 Unauthorized") << true << QStringLiteral("401");
    QTest::newRow("404") << http("404 Not Found") << true << QStringLiteral("404");
    QTest::newRow("500") << http("500 Internal Server Error") << true << QStringLiteral("500");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << true << QString();
    QTest::newRow("never answers") << QByteArray() << false << QStringLiteral("handshake");
}

void TestBadServers::brokenHandshakes()
{
    QFETCH(QByteArray, reply);
    QFETCH(bool, close);
    QFETCH(QString, reason);
    CannedHttpPeer peer(reply, close);
    FeedConnection connection(specFor(peer.port()));
    connection.setHandshakeTimeoutMs(300);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    // Two scheduled retries: the first failure is reported, and the feed tries again.
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 2, 10000);
    QCOMPARE(connection.state(), FeedState::Reconnecting);
    QVERIFY(!connection.everConnected());
    QVERIFY2(connection.stateDetail().contains(QLatin1String("retrying")),
             qPrintable(connection.stateDetail()));
    if (!reason.isEmpty())
        QVERIFY2(connection.stateDetail().contains(reason, Qt::CaseInsensitive),
                 qPrintable(connection.stateDetail()));
    QVERIFY(peer.connections() >= 2);
    for (const QList<QVariant> &retry : std::as_const(retries))
        QVERIFY(retry.at(0).toInt() >= 25); // never a busy loop: half the initial delay at least
    connection.close();
    QCOMPARE(connection.state(), FeedState::Closed);
}

void TestBadServers::closeWithCodeAndReason()
{
    QWebSocketServer server(QStringLiteral("closer"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server);
            socket->sendTextMessage(QStringLiteral(R"({"p":1})"));
            socket->close(QWebSocketProtocol::CloseCode(4001),
                          QStringLiteral("maintenance window"));
        }
    });
    FeedConnection connection(specFor(server.serverPort()));
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 1, 10000);
    QVERIFY(connection.everConnected());
    QVERIFY(frames.size() >= 1); // what arrived before the close is delivered
    QVERIFY2(connection.stateDetail().contains(QLatin1String("4001")),
             qPrintable(connection.stateDetail()));
    QVERIFY2(connection.stateDetail().contains(QLatin1String("maintenance window")),
             qPrintable(connection.stateDetail()));
    connection.close();
}

QTEST_GUILESS_MAIN(TestBadServers)
#include "tst_badservers.moc"
