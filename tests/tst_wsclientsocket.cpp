// FeedBoard's own WebSocket client (WsClientSocket, WsFrameCodec) against real servers on
// 127.0.0.1: Qt's QWebSocketServer for the protocol as another implementation speaks it, and
// raw TCP peers for what a broken or hostile server sends (fragments, frames cut across reads,
// masked frames, wrong handshake answers).
#include "feed/wsclientsocket.h"
#include "feed/wsframecodec.h"
#include "rawwspeer.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

namespace {
using Peer = TestSupport::RawWebSocketPeer;

// A server frame with FIN and opcode as given (Peer::frame always sets FIN).
QByteArray rawFrame(quint8 firstByte, const QByteArray &payload)
{
    QByteArray frame = Peer::frame(0, payload);
    frame[0] = char(firstByte);
    return frame;
}

// A QWebSocketServer on 127.0.0.1 that keeps its connections and what they received.
struct QtServer
{
    QWebSocketServer server { QStringLiteral("tst"), QWebSocketServer::NonSecureMode };
    QList<QWebSocket *> sockets;
    QStringList received;
    QList<QByteArray> authorizations;

    QtServer()
    {
        server.setSupportedSubprotocols({ QStringLiteral("feed.v2") });
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [this] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                socket->setParent(&server);
                sockets << socket;
                authorizations << socket->request().rawHeader("Authorization");
                QObject::connect(socket, &QWebSocket::textMessageReceived, &server,
                                 [this](const QString &text) { received << text; });
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/s").arg(server.serverPort()));
    }
};
} // namespace

class TestWsClientSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerLengthForms();
    void headerRefusesWhatServersMustNotSend();
    void clientFramesAreMasked();
    void closePayloadKeepsCharactersWhole();
    void utf8Validation();
    void talksToQtServer();
    void serverCloseCarriesCodeAndReason();
    void framesCutAcrossReadsAndFragments();
    void protocolViolationsCloseWithTheirCode_data();
    void protocolViolationsCloseWithTheirCode();
    void wrongHandshakeAnswersAreRefused_data();
    void wrongHandshakeAnswersAreRefused();
    void refusedConnectionIsAnError();
};

void TestWsClientSocket::headerLengthForms()
{
    for (const qsizetype size : { qsizetype(0), qsizetype(125), qsizetype(126), qsizetype(65535),
                                  qsizetype(65536), qsizetype(300000) }) {
        const QByteArray frame = Peer::frame(WsFrameCodec::Text, QByteArray(size, 'x'));
        WsFrameCodec::Header header;
        QString error;
        QCOMPARE(WsFrameCodec::readHeader(frame.constData(), frame.size(), header, &error),
                 WsFrameCodec::Parse::Ok);
        QCOMPARE(header.payloadSize, quint64(size));
        QCOMPARE(header.headerSize + qsizetype(header.payloadSize), frame.size());
        QVERIFY(header.fin);
        QCOMPARE(header.opcode, quint8(WsFrameCodec::Text));
        // Every cut inside the header asks for more bytes.
        for (qsizetype cut = 0; cut < header.headerSize; ++cut)
            QCOMPARE(WsFrameCodec::readHeader(frame.constData(), cut, header, &error),
                     WsFrameCodec::Parse::Incomplete);
    }
}

void TestWsClientSocket::headerRefusesWhatServersMustNotSend()
{
    const auto parse = [](const QByteArray &bytes) {
        WsFrameCodec::Header header;
        QString error;
        const auto result
            = WsFrameCodec::readHeader(bytes.constData(), bytes.size(), header, &error);
        if (result == WsFrameCodec::Parse::ProtocolError && error.isEmpty())
            return WsFrameCodec::Parse::Ok; // a refusal must say why
        return result;
    };
    using P = WsFrameCodec::Parse;
    QCOMPARE(parse(QByteArray("\x81\x05hello", 7)), P::Ok);
    QCOMPARE(parse(QByteArray("\x81\x85\x01\x02\x03\x04hello", 11)), P::ProtocolError); // masked
    QCOMPARE(parse(QByteArray("\xC1\x05hello", 7)), P::ProtocolError); // RSV1
    QCOMPARE(parse(QByteArray("\x83\x00", 2)), P::ProtocolError); // opcode 3
    QCOMPARE(parse(QByteArray("\x09\x00", 2)), P::ProtocolError); // fragmented ping
    QCOMPARE(parse(rawFrame(0x89, QByteArray(126, 'p'))), P::ProtocolError); // long ping
    QByteArray huge("\x82\x7f\x80\x00\x00\x00\x00\x00\x00\x01", 10);
    QCOMPARE(parse(huge), P::ProtocolError); // top bit of a 64-bit length
}

void TestWsClientSocket::clientFramesAreMasked()
{
    const QByteArray payload = QByteArray("{\"op\":\"subscribe\"}").repeated(10);
    const quint32 key = 0xA1B2C3D4;
    const QByteArray frame
        = WsFrameCodec::clientFrame(WsFrameCodec::Text, payload.constData(), payload.size(), key);
    QCOMPARE(quint8(frame.at(0)), quint8(0x81));
    QCOMPARE(quint8(frame.at(1)), quint8(0x80 | 126));
    QCOMPARE((quint8(frame.at(2)) << 8) | quint8(frame.at(3)), int(payload.size()));
    QCOMPARE(frame.mid(4, 4), QByteArray("\xA1\xB2\xC3\xD4", 4));
    QByteArray unmasked = frame.mid(8);
    QVERIFY(unmasked != payload);
    for (qsizetype i = 0; i < unmasked.size(); ++i)
        unmasked[i] = char(unmasked[i] ^ frame.at(4 + (i & 3)));
    QCOMPARE(unmasked, payload);
}

void TestWsClientSocket::closePayloadKeepsCharactersWhole()
{
    const QString reason = QString(200, QChar(0x00e9)); // é: two bytes each in UTF-8
    const QByteArray payload = WsFrameCodec::closePayload(4001, reason);
    QVERIFY(payload.size() <= 125);
    QCOMPARE((quint8(payload.at(0)) << 8) | quint8(payload.at(1)), 4001);
    quint16 code = 0;
    QString back;
    QVERIFY(WsFrameCodec::readClosePayload(payload.constData(), payload.size(), code, back));
    QCOMPARE(code, quint16(4001));
    QCOMPARE(back, QString(back.size(), QChar(0x00e9)));
    QCOMPARE(back.size(), 61); // 122 bytes of reason, cut between characters
    QVERIFY(!WsFrameCodec::readClosePayload("\x03", 1, code, back));
    QVERIFY(WsFrameCodec::readClosePayload("", 0, code, back));
    QCOMPARE(code, quint16(1000));
}

void TestWsClientSocket::utf8Validation()
{
    const auto valid = [](const QByteArray &bytes) {
        return WsFrameCodec::isValidUtf8(bytes.constData(), bytes.size());
    };
    QVERIFY(valid(QByteArray()));
    QVERIFY(valid(QByteArray(R"({"s":"BTCUSDT","p":37000.5})")));
    QVERIFY(valid(QStringLiteral("{\"s\":\"\u00e9\u4e2d\U0001F600\"}").toUtf8()));
    // A bad byte at every position: in the 8-byte words and in the tail after them.
    const QByteArray ascii(21, 'a');
    for (qsizetype at = 0; at < ascii.size(); ++at) {
        QByteArray bad = ascii;
        bad[at] = char(0xff);
        QVERIFY2(!valid(bad), qPrintable(QString::number(at)));
        QByteArray overlong = ascii;
        overlong.insert(at, "\xc0\xaf");
        QVERIFY2(!valid(overlong), qPrintable(QString::number(at)));
        QByteArray fine = ascii;
        fine.insert(at, "\xc3\xa9");
        QVERIFY2(valid(fine), qPrintable(QString::number(at)));
    }
}

void TestWsClientSocket::talksToQtServer()
{
    QtServer qt;
    QVERIFY(qt.server.isListening());
    WsClientSocket socket;
    QSignalSpy connected(&socket, &WsClientSocket::connected);
    QList<QByteArray> texts;
    socket.setTextHandler([&texts](const QByteArray &utf8) { texts << utf8; });
    QSignalSpy binaries(&socket, &WsClientSocket::binaryMessageReceived);
    QSignalSpy pongs(&socket, &WsClientSocket::pong);
    QNetworkRequest request(qt.url());
    request.setRawHeader("Authorization", "Bearer t0ken");
    socket.open(request, { QStringLiteral("other"), QStringLiteral("feed.v2") });
    QCOMPARE(socket.state(), QAbstractSocket::ConnectingState);
    QTRY_COMPARE(connected.size(), 1);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(socket.subprotocol(), QStringLiteral("feed.v2"));
    QTRY_COMPARE(qt.sockets.size(), 1);
    QCOMPARE(qt.authorizations.first(), QByteArray("Bearer t0ken"));

    // Both directions, with text of every UTF-8 length and a message Qt sends in fragments.
    QWebSocket *peer = qt.sockets.first();
    const QString mixed = QStringLiteral("{\"s\":\"\u00e9\u4e2d\U0001F600\"}");
    peer->sendTextMessage(mixed);
    peer->sendBinaryMessage(QByteArray("\x00\x01\xff", 3));
    peer->setOutgoingFrameSize(1000);
    const QString big = QString(5000, QLatin1Char('z'));
    peer->sendTextMessage(big);
    QTRY_COMPARE(texts.size(), 2);
    QCOMPARE(QString::fromUtf8(texts.at(0)), mixed);
    QCOMPARE(QString::fromUtf8(texts.at(1)), big);
    QCOMPARE(binaries.size(), 1);
    QCOMPARE(binaries.at(0).at(0).toByteArray(), QByteArray("\x00\x01\xff", 3));
    QCOMPARE(socket.sendTextMessage(QStringLiteral("{\"op\":\"sub\"}")), qint64(12));
    QTRY_COMPARE(qt.received, QStringList { QStringLiteral("{\"op\":\"sub\"}") });
    socket.ping();
    QTRY_COMPARE(pongs.size(), 1);

    // Our close: the server answers, and the connection ends.
    QSignalSpy closed(&socket, &WsClientSocket::disconnected);
    socket.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("bye"));
    QCOMPARE(socket.state(), QAbstractSocket::ClosingState);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(int(socket.closeCode()), int(QWebSocketProtocol::CloseCodeNormal));
}

void TestWsClientSocket::serverCloseCarriesCodeAndReason()
{
    QtServer qt;
    WsClientSocket socket;
    QSignalSpy connected(&socket, &WsClientSocket::connected);
    QSignalSpy aboutToClose(&socket, &WsClientSocket::aboutToClose);
    QSignalSpy closed(&socket, &WsClientSocket::disconnected);
    socket.open(QNetworkRequest(qt.url()), {});
    QTRY_COMPARE(qt.sockets.size(), 1);
    QTRY_COMPARE(connected.size(), 1);
    QCOMPARE(socket.subprotocol(), QString());
    qt.sockets.first()->close(QWebSocketProtocol::CloseCode(4001),
                              QStringLiteral("maintenance window"));
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(aboutToClose.size(), 1);
    QCOMPARE(int(socket.closeCode()), 4001);
    QCOMPARE(socket.closeReason(), QStringLiteral("maintenance window"));
}

void TestWsClientSocket::framesCutAcrossReadsAndFragments()
{
    // 2000 frames of every length form, written in pieces of 7 bytes, with a fragmented
    // message (and a ping between its fragments) in the middle.
    QByteArray stream;
    QList<QByteArray> expected;
    for (int i = 0; i < 2000; ++i) {
        const int repeats = i % 500 == 0 ? 20000 : (i % 3 == 0 ? 40 : 1 + i % 50);
        const QByteArray payload = QByteArray::number(i).repeated(repeats);
        if (i == 1000) {
            stream += rawFrame(0x01, "{\"part\":");
            stream += rawFrame(0x89, "are you there");
            stream += rawFrame(0x00, "1,\"more\":");
            stream += rawFrame(0x80, "2}");
            expected << QByteArray("{\"part\":1,\"more\":2}");
        }
        stream += Peer::frame(WsFrameCodec::Text, payload);
        expected << payload;
    }
    Peer peer([&](QTcpSocket *socket, int) {
        qsizetype piece = 1;
        for (qsizetype at = 0; at < stream.size(); at += piece, piece = 1 + (piece + 5) % 13)
            socket->write(stream.mid(at, piece));
    });
    WsClientSocket socket;
    QList<QByteArray> got;
    qint64 firstReadUs = 0;
    const qint64 startUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    socket.setTextHandler([&](const QByteArray &utf8) {
        got << utf8;
        if (!firstReadUs)
            firstReadUs = socket.readEpochUs();
    });
    socket.open(QNetworkRequest(peer.url()), {});
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), expected.size(), 20000);
    QCOMPARE(got, expected);
    QVERIFY2(firstReadUs >= startUs - 1000
                 && firstReadUs <= QDateTime::currentMSecsSinceEpoch() * 1000 + 1000,
             qPrintable(QString::number(firstReadUs - startUs)));
    // The ping was answered with a masked pong carrying its payload.
    QTRY_VERIFY(!peer.received().isEmpty());
    const QByteArray clientBytes = peer.received();
    QCOMPARE(quint8(clientBytes.at(0)), quint8(0x8A));
    QCOMPARE(quint8(clientBytes.at(1)), quint8(0x80 | 13));
}

void TestWsClientSocket::protocolViolationsCloseWithTheirCode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    // A text frame "ab" with the mask bit and a mask key 01 02 03 04.
    QTest::newRow("masked frame") << QByteArray::fromHex("8182010203046162") << 1002;
    QTest::newRow("continuation without start") << rawFrame(0x80, "x") << 1002;
    QTest::newRow("new message inside a fragmented one")
        << rawFrame(0x01, "a") + rawFrame(0x81, "b") << 1002;
    QTest::newRow("invalid UTF-8") << Peer::frame(0x1, QByteArray("\"\xc0\xaf\"")) << 1007;
    QTest::newRow("over the cap") << Peer::frame(0x1, QByteArray(2000, 'x')) << 1009;
    QTest::newRow("over the cap in fragments")
        << rawFrame(0x01, QByteArray(600, 'x')) + rawFrame(0x00, QByteArray(600, 'x')) << 1009;
}

void TestWsClientSocket::protocolViolationsCloseWithTheirCode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    Peer peer([&](QTcpSocket *socket, int) {
        socket->write(Peer::frame(0x1, "{\"ok\":1}"));
        socket->write(bytes);
    });
    WsClientSocket socket;
    socket.setMaxAllowedIncomingMessageSize(1024);
    int texts = 0;
    socket.setTextHandler([&texts](const QByteArray &) { ++texts; });
    QSignalSpy closed(&socket, &WsClientSocket::disconnected);
    socket.open(QNetworkRequest(peer.url()), {});
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
    QCOMPARE(texts, 1); // what came before the violation is delivered, nothing after
    QCOMPARE(int(socket.closeCode()), code);
    QVERIFY(!socket.closeReason().isEmpty());
    // Our close frame went out, masked, with the code.
    QTRY_VERIFY(peer.received().size() >= 8);
    const QByteArray clientBytes = peer.received();
    QCOMPARE(quint8(clientBytes.at(0)), quint8(0x88));
    QByteArray codeBytes = clientBytes.mid(6, 2);
    codeBytes[0] = char(codeBytes[0] ^ clientBytes.at(2));
    codeBytes[1] = char(codeBytes[1] ^ clientBytes.at(3));
    QCOMPARE((quint8(codeBytes.at(0)) << 8) | quint8(codeBytes.at(1)), code);
}

void TestWsClientSocket::wrongHandshakeAnswersAreRefused_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("reason");
    QTest::newRow("401") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")
                         << QStringLiteral("HTTP 401 Unauthorized");
    QTest::newRow("wrong accept") << QByteArray(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
        "Connection: Upgrade\r\nSec-WebSocket-Accept: bm90IGl0\r\n\r\n")
                                  << QStringLiteral("Sec-WebSocket-Accept");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                              << QStringLiteral("not HTTP");
}

void TestWsClientSocket::wrongHandshakeAnswersAreRefused()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, reason);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *peer = server.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [peer, answer] {
            peer->readAll();
            peer->write(answer);
        });
    });
    WsClientSocket socket;
    QSignalSpy errors(&socket, &WsClientSocket::errorOccurred);
    QSignalSpy connected(&socket, &WsClientSocket::connected);
    socket.open(
        QNetworkRequest(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()))), {});
    QTRY_COMPARE(errors.size(), 1);
    QVERIFY2(socket.errorString().contains(reason), qPrintable(socket.errorString()));
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(connected.size(), 0);
}

void TestWsClientSocket::refusedConnectionIsAnError()
{
    QTcpServer closedPort;
    QVERIFY(closedPort.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closedPort.serverPort();
    closedPort.close();
    WsClientSocket socket;
    QSignalSpy errors(&socket, &WsClientSocket::errorOccurred);
    socket.open(QNetworkRequest(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))), {});
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

QTEST_GUILESS_MAIN(TestWsClientSocket)
#include "tst_wsclientsocket.moc"
