// Socket.IO feeds (contract, section Reach): the Engine.IO 4 / Socket.IO 5 packets on their
// own, then end to end against a server no one here wrote: Debian's python3-socketio with
// python3-aiohttp, running tests/peers/socketio_server.py on a free 127.0.0.1 port. Events
// decoded through IngestEngine, `events` filtering, frames that are no Socket.IO, binary
// events, a refused namespace login, server pings answered, a closed namespace reconnected.
#include "feed/feedconnection.h"
#include "profiles/secretplaceholders.h"
#include "feed/socketioclient.h"
#include "feed/socketioframing.h"
#include "profiles/feedspec.h"
#include "session/ingestengine.h"
#include "testpaths.h"
#include "feedboardrun.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

namespace {
constexpr qint64 kBaseMs = 1795687200000LL; // the server's BASE_MS

using Type = SocketIoFraming::Type;

// One socketio_server.py process, killed when destroyed.
class SocketIoServer
{
public:
    ~SocketIoServer()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool start(const QStringList &arguments = {})
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(QStringList { TestPaths::source("/tests/peers/socketio_server.py") }
                               + arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        while (!m_output.contains('\n') && m_process.waitForReadyRead(10000))
            m_output += m_process.readAllStandardOutput();
        if (!m_output.startsWith("LISTENING "))
            return false;
        m_port = quint16(m_output.mid(10, m_output.indexOf('\n') - 10).trimmed().toUInt());
        return m_port != 0;
    }
    // The namespace connects the server accepted so far.
    int connects(const QByteArray &nsp)
    {
        m_output += m_process.readAllStandardOutput();
        const QByteArray line = QByteArray("CONNECT ") + nsp + QByteArray("\n");
        return int(m_output.count(line));
    }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
    }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

// A socket.io feed decoding the first argument of each event, {"s":..,"p":..,"T":..}.
FeedSpec socketIoFeed(const QUrl &url, const QStringList &events = {},
                      const QString &nsp = QString(), const QJsonObject &auth = {})
{
    FeedSpec spec = TestSupport::quickFeedSpec(
        QStringLiteral("sio"), url,
        { { QStringLiteral("root"), QStringLiteral("/1") },
          { QStringLiteral("key"), QStringLiteral("/s") },
          { QStringLiteral("time"), QStringLiteral("/T") },
          { QStringLiteral("fields"), QJsonArray { QStringLiteral("/p") } } },
        20, 200);
    spec.protocol = QStringLiteral("socket.io");
    spec.socketIoEvents = events;
    spec.socketIoNamespace = nsp;
    spec.socketIoAuth = auth;
    return spec;
}

FeedStats statsOf(const IngestEngine &engine)
{
    return engine.stats().at(0);
}

// Every state a connection goes through, with its detail.
std::shared_ptr<QList<QPair<FeedState, QString>>> recordStates(FeedConnection &connection)
{
    auto states = std::make_shared<QList<QPair<FeedState, QString>>>();
    QObject::connect(&connection, &FeedConnection::stateChanged, &connection,
                     [states](FeedState state, const QString &detail) {
                         states->append({ state, detail });
                     });
    return states;
}

const QJsonObject kGoodToken { { QStringLiteral("token"), QStringLiteral("let-me-in") } };
} // namespace

class TestSocketIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // Packets without sockets.
    void parse_data();
    void parse();
    void buildPackets();
    void engineUrl_data();
    void engineUrl();
    void clientSession();
    void profileKeys();
    void profileErrors_data();
    void profileErrors();
    // Against the real server.
    void eventsDecoded();
    void eventsFiltered();
    void badFramesAreDecodeErrors();
    void refusedLoginFails();
    void authTokenFromASecret();
    void closedNamespaceReconnects();
    void serverPingsAnswered();
    void subscribeSentAsWritten();
    void handshakeStepsSeeEvents();
    void unansweredConnectReconnects();
    void headlessRunFromProfile();
    void silentServerDropped();
};

void TestSocketIo::initTestCase()
{
    const int found
        = QProcess::execute(QStringLiteral("/usr/bin/python3"),
                            { QStringLiteral("-c"), QStringLiteral("import socketio, aiohttp") });
    QVERIFY2(found == 0,
             "the Socket.IO test server needs python3-socketio and python3-aiohttp "
             "(scripts/install-deps.sh installs them)");
}

void TestSocketIo::parse_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<qint64>("ackId");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<bool>("hasError");

    const auto row
        = [](const char *name, const QString &frame, Type type, const QString &nsp, qint64 ackId,
             const QString &payload, const QString &eventName, bool hasError) {
              QTest::newRow(name) << frame << int(type) << nsp << ackId << payload << eventName
                                  << hasError;
          };
    const QString open = QStringLiteral("{\"sid\":\"a\",\"pingInterval\":25000}");
    row("open", QLatin1Char('0') + open, Type::Open, {}, -1, open, {}, false);
    row("close", QStringLiteral("1"), Type::Close, {}, -1, {}, {}, false);
    row("ping", QStringLiteral("2"), Type::Ping, {}, -1, {}, {}, false);
    row("ping probe", QStringLiteral("2probe"), Type::Ping, {}, -1, QStringLiteral("probe"), {},
        false);
    row("pong", QStringLiteral("3"), Type::Pong, {}, -1, {}, {}, false);
    row("upgrade", QStringLiteral("5"), Type::Upgrade, {}, -1, {}, {}, false);
    row("noop", QStringLiteral("6"), Type::Noop, {}, -1, {}, {}, false);
    row("connect", QStringLiteral("40"), Type::Connect, QStringLiteral("/"), -1, {}, {}, false);
    row("connect sid", QStringLiteral("40{\"sid\":\"x\"}"), Type::Connect, QStringLiteral("/"), -1,
        QStringLiteral("{\"sid\":\"x\"}"), {}, false);
    row("connect ns", QStringLiteral("40/feed,{\"sid\":\"x\"}"), Type::Connect,
        QStringLiteral("/feed"), -1, QStringLiteral("{\"sid\":\"x\"}"), {}, false);
    row("disconnect", QStringLiteral("41"), Type::Disconnect, QStringLiteral("/"), -1, {}, {},
        false);
    row("disconnect ns", QStringLiteral("41/feed,"), Type::Disconnect, QStringLiteral("/feed"), -1,
        {}, {}, false);
    row("disconnect ns no comma", QStringLiteral("41/feed"), Type::Disconnect,
        QStringLiteral("/feed"), -1, {}, {}, false);
    row("event", QStringLiteral("42[\"trade\",{\"p\":1}]"), Type::Event, QStringLiteral("/"), -1,
        QStringLiteral("[\"trade\",{\"p\":1}]"), QStringLiteral("trade"), false);
    row("event spaces", QStringLiteral("42[ \"trade\" ]"), Type::Event, QStringLiteral("/"), -1,
        QStringLiteral("[ \"trade\" ]"), QStringLiteral("trade"), false);
    row("event ns", QStringLiteral("42/feed,[\"trade\",1]"), Type::Event, QStringLiteral("/feed"),
        -1, QStringLiteral("[\"trade\",1]"), QStringLiteral("trade"), false);
    row("event ack", QStringLiteral("4217[\"trade\"]"), Type::Event, QStringLiteral("/"), 17,
        QStringLiteral("[\"trade\"]"), QStringLiteral("trade"), false);
    row("event ns ack", QStringLiteral("42/feed,17[\"trade\",1]"), Type::Event,
        QStringLiteral("/feed"), 17, QStringLiteral("[\"trade\",1]"), QStringLiteral("trade"),
        false);
    row("event escaped name", QStringLiteral("42[\"tr\\\"ade\\u0021\",1]"), Type::Event,
        QStringLiteral("/"), -1, QStringLiteral("[\"tr\\\"ade\\u0021\",1]"),
        QStringLiteral("tr\"ade!"), false);
    row("ack", QStringLiteral("43/feed,5[]"), Type::Ack, QStringLiteral("/feed"), 5,
        QStringLiteral("[]"), {}, false);
    row("connect error", QStringLiteral("44{\"message\":\"bad\"}"), Type::ConnectError,
        QStringLiteral("/"), -1, QStringLiteral("{\"message\":\"bad\"}"), {}, false);
    row("connect error ns", QStringLiteral("44/feed,{\"message\":\"bad\"}"), Type::ConnectError,
        QStringLiteral("/feed"), -1, QStringLiteral("{\"message\":\"bad\"}"), {}, false);
    row("binary event", QStringLiteral("451-[\"trade\",{\"_placeholder\":true,\"num\":0}]"),
        Type::Binary, QStringLiteral("/"), -1,
        QStringLiteral("[\"trade\",{\"_placeholder\":true,\"num\":0}]"), {}, true);
    row("binary ack ns", QStringLiteral("461-/feed,3[{\"_placeholder\":true,\"num\":0}]"),
        Type::Binary, QStringLiteral("/feed"), 3,
        QStringLiteral("[{\"_placeholder\":true,\"num\":0}]"), {}, true);
    // Not Engine.IO, or no Socket.IO packet this client can read.
    row("empty", QString(), Type::Invalid, {}, -1, {}, {}, true);
    row("engine type", QStringLiteral("9x"), Type::Invalid, {}, -1, {}, {}, true);
    row("json frame", QStringLiteral("{\"p\":1}"), Type::Invalid, {}, -1, {}, {}, true);
    row("open not json", QStringLiteral("0sid"), Type::Invalid, {}, -1, {}, {}, true);
    row("message without type", QStringLiteral("4"), Type::Invalid, {}, -1, {}, {}, true);
    row("socket type", QStringLiteral("49garbage"), Type::Invalid, {}, -1, {}, {}, true);
    row("event not array", QStringLiteral("42notanarray"), Type::Invalid, {}, -1, {}, {}, true);
    row("event no name", QStringLiteral("42[1,2]"), Type::Invalid, {}, -1, {}, {}, true);
    row("event unterminated", QStringLiteral("42[\"trade"), Type::Invalid, {}, -1, {}, {}, true);
    row("event name then junk", QStringLiteral("42[\"a\"x]"), Type::Invalid, {}, -1, {}, {}, true);
    row("event empty", QStringLiteral("42"), Type::Invalid, {}, -1, {}, {}, true);
}

void TestSocketIo::parse()
{
    QFETCH(QString, frame);
    QFETCH(int, type);
    QFETCH(QString, nsp);
    QFETCH(qint64, ackId);
    QFETCH(QString, payload);
    QFETCH(QString, eventName);
    QFETCH(bool, hasError);
    const SocketIoFraming::Packet packet = SocketIoFraming::parse(frame);
    QCOMPARE(int(packet.type), type);
    QCOMPARE(packet.error.isEmpty(), !hasError);
    if (packet.type == Type::Invalid)
        return;
    QCOMPARE(packet.nsp, nsp);
    QCOMPARE(packet.ackId, ackId);
    QCOMPARE(packet.payload, payload);
    QCOMPARE(packet.eventName, eventName);
}

void TestSocketIo::buildPackets()
{
    QCOMPARE(SocketIoFraming::connectPacket(QString(), {}), QStringLiteral("40"));
    QCOMPARE(SocketIoFraming::connectPacket(QStringLiteral("/"), {}), QStringLiteral("40"));
    QCOMPARE(SocketIoFraming::connectPacket(QStringLiteral("/feed"), {}),
             QStringLiteral("40/feed,"));
    QCOMPARE(SocketIoFraming::connectPacket(QStringLiteral("/"), kGoodToken),
             QStringLiteral("40{\"token\":\"let-me-in\"}"));
    QCOMPARE(SocketIoFraming::connectPacket(QStringLiteral("/feed"), kGoodToken),
             QStringLiteral("40/feed,{\"token\":\"let-me-in\"}"));
    QCOMPARE(SocketIoFraming::pongPacket(QString()), QStringLiteral("3"));
    QCOMPARE(SocketIoFraming::pongPacket(QStringLiteral("probe")), QStringLiteral("3probe"));
    QCOMPARE(SocketIoFraming::connectErrorMessage(QStringLiteral("{\"message\":\"bad token\"}")),
             QStringLiteral("bad token"));
    QCOMPARE(SocketIoFraming::connectErrorMessage(QStringLiteral("{\"code\":4}")),
             QStringLiteral("{\"code\":4}"));
}

void TestSocketIo::engineUrl_data()
{
    QTest::addColumn<QString>("feedUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no path") << "ws://h:1"
                             << "ws://h:1/socket.io/?EIO=4&transport=websocket";
    QTest::newRow("slash") << "wss://h/"
                           << "wss://h/socket.io/?EIO=4&transport=websocket";
    QTest::newRow("query kept") << "ws://h:1/?n=5"
                                << "ws://h:1/socket.io/?n=5&EIO=4&transport=websocket";
    QTest::newRow("own path, old EIO replaced")
        << "ws://h:1/x/socket.io/?a=1&EIO=3&transport=polling"
        << "ws://h:1/x/socket.io/?a=1&EIO=4&transport=websocket";
}

void TestSocketIo::engineUrl()
{
    QFETCH(QString, feedUrl);
    QFETCH(QString, expected);
    QCOMPARE(SocketIoFraming::engineUrl(QUrl(feedUrl)).toString(), expected);
}

void TestSocketIo::clientSession()
{
    using Outcome = SocketIoClient::Outcome;
    SocketIoClient client(QStringLiteral("/feed"), kGoodToken, { QStringLiteral("trade") });
    const QString trade = QStringLiteral("[\"trade\",{\"p\":1}]");
    // Nothing is handed on before the namespace is connected.
    auto reply = client.onFrame(QStringLiteral("42/feed,") + trade);
    QVERIFY(reply.event.isEmpty());
    QCOMPARE(client.silenceLimitMs(), 0);
    reply = client.onFrame(
        QStringLiteral("0{\"sid\":\"s\",\"pingInterval\":1000,\"pingTimeout\":500}"));
    QCOMPARE(reply.connect, QStringLiteral("40/feed,{\"token\":\"let-me-in\"}"));
    QVERIFY(reply.send.isEmpty());
    QCOMPARE(reply.outcome, Outcome::None);
    QCOMPARE(client.silenceLimitMs(), 1500);
    reply = client.onFrame(QStringLiteral("2"));
    QCOMPARE(reply.send, QStringList { QStringLiteral("3") });
    reply = client.onFrame(QStringLiteral("40{\"sid\":\"other namespace\"}"));
    QCOMPARE(reply.outcome, Outcome::None);
    QVERIFY(!client.isConnected());
    reply = client.onFrame(QStringLiteral("40/feed,{\"sid\":\"x\"}"));
    QCOMPARE(reply.outcome, Outcome::Connected);
    QVERIFY(client.isConnected());
    QVERIFY(reply.send.isEmpty());
    // Events: only this namespace's, only the names asked for.
    QCOMPARE(client.onFrame(QStringLiteral("42/feed,") + trade).event, trade);
    QCOMPARE(client.onFrame(QStringLiteral("42/feed,7") + trade).event, trade);
    QVERIFY(client.onFrame(QStringLiteral("42") + trade).event.isEmpty());
    reply = client.onFrame(QStringLiteral("42/feed,[\"other\",1]"));
    QVERIFY(reply.event.isEmpty());
    QVERIFY(reply.error.isEmpty()); // dropped, not an error
    reply = client.onFrame(QStringLiteral("451-/feed,[\"trade\",{\"_placeholder\":true}]"));
    QVERIFY(reply.event.isEmpty());
    QVERIFY(reply.error.contains(QLatin1String("binary")));
    reply = client.onFrame(QStringLiteral("not engine.io"));
    QVERIFY(!reply.error.isEmpty());
    QCOMPARE(reply.outcome, Outcome::None);
    QCOMPARE(client.onFrame(QStringLiteral("41")).outcome, Outcome::None); // not ours
    reply = client.onFrame(QStringLiteral("41/feed,"));
    QCOMPARE(reply.outcome, Outcome::Lost);
    QCOMPARE(reply.reason, QStringLiteral("socket.io: the server closed namespace /feed"));
    QCOMPARE(client.onFrame(QStringLiteral("1")).outcome, Outcome::Lost);

    // A new connection: open again, and this time the login is refused.
    client.reset();
    QVERIFY(!client.isConnected());
    QCOMPARE(client.silenceLimitMs(), 0);
    QVERIFY(!client.onFrame(QStringLiteral("0{\"sid\":\"t\"}")).connect.isEmpty());
    reply = client.onFrame(QStringLiteral("44/feed,{\"message\":\"bad token\"}"));
    QCOMPARE(reply.outcome, Outcome::Refused);
    QCOMPARE(reply.reason,
             QStringLiteral("socket.io: the server refused namespace /feed: bad token"));

    // No `events`: every event of the default namespace.
    SocketIoClient all(QString(), {}, {});
    QCOMPARE(all.onFrame(QStringLiteral("0{}")).connect, QStringLiteral("40"));
    QCOMPARE(all.onFrame(QStringLiteral("40")).outcome, Outcome::Connected);
    QCOMPARE(all.onFrame(QStringLiteral("42[\"other\",1]")).event, QStringLiteral("[\"other\",1]"));
}

void TestSocketIo::profileKeys()
{
    const QJsonObject object {
        { QStringLiteral("name"), QStringLiteral("sio") },
        { QStringLiteral("url"), QStringLiteral("wss://example.com") },
        { QStringLiteral("protocol"), QStringLiteral("socket.io") },
        { QStringLiteral("namespace"), QStringLiteral("/feed") },
        { QStringLiteral("auth"), kGoodToken },
        { QStringLiteral("events"), QJsonArray { QStringLiteral("trade") } },
    };
    QString error;
    const auto spec = FeedSpec::fromJson(object, &error);
    QVERIFY2(spec, qPrintable(error));
    QVERIFY(spec->isSocketIo());
    QCOMPARE(spec->socketIoNamespace, QStringLiteral("/feed"));
    QCOMPARE(spec->socketIoAuth, kGoodToken);
    QCOMPARE(spec->socketIoEvents, QStringList { QStringLiteral("trade") });
    QVERIFY(spec->extra.isEmpty());
    // Written back, also without secrets: a saved profile must still log in.
    for (const bool withSecrets : { true, false }) {
        const QJsonObject written = spec->toJson(withSecrets);
        for (const char *key : { "protocol", "namespace", "auth", "events" })
            QCOMPARE(written.value(QLatin1String(key)), object.value(QLatin1String(key)));
    }
    // A plain feed writes none of them.
    const auto plain
        = FeedSpec::fromJson({ { QStringLiteral("name"), QStringLiteral("p") },
                               { QStringLiteral("url"), QStringLiteral("wss://example.com") } },
                             &error);
    QVERIFY(plain);
    QVERIFY(!plain->isSocketIo());
    QVERIFY(!plain->toJson().contains(QStringLiteral("protocol")));
}

void TestSocketIo::profileErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("socketIo");
    QTest::addColumn<QString>("error");
    QTest::newRow("protocol") << "protocol" << QJsonValue(QStringLiteral("mqtt")) << false
                              << "/protocol: expected \"socket.io\"";
    QTest::newRow("namespace without protocol")
        << "namespace" << QJsonValue(QStringLiteral("/feed")) << false
        << "/namespace: only for \"protocol\": \"socket.io\"";
    QTest::newRow("events without protocol")
        << "events" << QJsonValue(QJsonArray { QStringLiteral("a") }) << false
        << "/events: only for";
    QTest::newRow("namespace no slash")
        << "namespace" << QJsonValue(QStringLiteral("feed")) << true << "/namespace: expected";
    QTest::newRow("namespace comma")
        << "namespace" << QJsonValue(QStringLiteral("/a,b")) << true << "/namespace: expected";
    QTest::newRow("auth") << "auth" << QJsonValue(QStringLiteral("token")) << true
                          << "/auth: expected an object";
    QTest::newRow("events") << "events" << QJsonValue(QJsonArray { 1 }) << true
                            << "/events/0: expected a string";
}

void TestSocketIo::profileErrors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, socketIo);
    QFETCH(QString, error);
    QJsonObject object { { QStringLiteral("name"), QStringLiteral("sio") },
                         { QStringLiteral("url"), QStringLiteral("wss://example.com") } };
    if (socketIo)
        object.insert(QStringLiteral("protocol"), QStringLiteral("socket.io"));
    object.insert(key, value);
    QString reason;
    QVERIFY(!FeedSpec::fromJson(object, &reason));
    QVERIFY2(reason.startsWith(error), qPrintable(reason));
}

void TestSocketIo::eventsDecoded()
{
    SocketIoServer server;
    QVERIFY(server.start());
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    // Path "/": the app asks for /socket.io/; the query reaches the server.
    engine.addFeed(socketIoFeed(server.url(QStringLiteral("/?n=5"))));
    std::vector<SamplePoint> samples;
    std::vector<SeriesInfo> series;
    connect(&engine, &IngestEngine::batchReady, this, [&](const IngestBatch &batch) {
        series.insert(series.end(), batch.newSeries.begin(), batch.newSeries.end());
        samples.insert(samples.end(), batch.samples.begin(), batch.samples.end());
    });
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(statsOf(engine).decoded, quint64(10), 10000);
    const FeedStats stats = statsOf(engine);
    QCOMPARE(stats.state, FeedState::Open);
    QCOMPARE(stats.frames, quint64(10)); // 5 "trade", 5 "other"; pings and connects are not
    QCOMPARE(stats.errors, quint64(0));
    QTRY_COMPARE(samples.size(), size_t(10));
    std::vector<SamplePoint> btc;
    for (const SamplePoint &p : samples) {
        if (series.at(size_t(p.seriesId)).key == QLatin1String("BTC"))
            btc.push_back(p);
        else
            QCOMPARE(p.value, -1.0); // ETH, from "other"
    }
    QCOMPARE(btc.size(), size_t(5));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(btc[size_t(i)].value, 100.0 + i);
        QCOMPARE(btc[size_t(i)].timeMs, double(kBaseMs + i));
    }
    QCOMPARE(server.connects("/"), 1);
}

void TestSocketIo::eventsFiltered()
{
    SocketIoServer server;
    QVERIFY(server.start());
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    engine.addFeed(socketIoFeed(server.url(QStringLiteral("/?n=5")), { QStringLiteral("trade") }));
    std::vector<double> values;
    connect(&engine, &IngestEngine::batchReady, this, [&](const IngestBatch &batch) {
        for (const SamplePoint &p : batch.samples)
            values.push_back(p.value);
    });
    engine.start();
    // The server sends "other" before each "trade": all of them had arrived by the last one.
    QTRY_VERIFY_WITH_TIMEOUT(!values.empty() && values.back() == 104.0, 10000);
    QCOMPARE(values, (std::vector<double> { 100, 101, 102, 103, 104 }));
    const FeedStats stats = statsOf(engine);
    QCOMPARE(stats.frames, quint64(5));
    QCOMPARE(stats.decoded, quint64(5));
    QCOMPARE(stats.errors, quint64(0));
}

void TestSocketIo::badFramesAreDecodeErrors()
{
    SocketIoServer server;
    QVERIFY(server.start());
    IngestEngine engine;
    engine.setFlushIntervalMs(5);
    engine.addFeed(socketIoFeed(server.url(QStringLiteral("/?n=3&garbage=1&binary=1")),
                                { QStringLiteral("trade") }));
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(statsOf(engine).decoded, quint64(3), 10000);
    // Sent before the trades: a packet type 9, an event that is no array, a binary event
    // (whose attachment frame is dropped with it).
    const FeedStats stats = statsOf(engine);
    QCOMPARE(stats.errors, quint64(3));
    QCOMPARE(stats.frames, quint64(6));
    QCOMPARE(stats.binaryFrames, quint64(0));
    QCOMPARE(stats.state, FeedState::Open);
    QCOMPARE(stats.recentErrors.size(), 3);
    QVERIFY2(stats.recentErrors.at(0).contains(QLatin1String("Socket.IO packet type \"9\"")),
             qPrintable(stats.recentErrors.join(QLatin1Char('|'))));
    QVERIFY(stats.recentErrors.at(1).contains(QLatin1String("not a JSON array")));
    QVERIFY(stats.recentErrors.at(2).contains(QLatin1String("binary")));
}

void TestSocketIo::refusedLoginFails()
{
    SocketIoServer server;
    QVERIFY(server.start());
    FeedConnection connection(
        socketIoFeed(server.url(QStringLiteral("/?n=3")), {}, QStringLiteral("/feed"),
                     QJsonObject { { QStringLiteral("token"), QStringLiteral("nope") } }));
    const auto states = recordStates(connection);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), FeedState::Failed, 10000);
    QCOMPARE(connection.stateDetail(),
             QStringLiteral("socket.io: the server refused namespace /feed: bad token"));
    for (const auto &change : *states)
        QVERIFY(change.first != FeedState::Open);
    QVERIFY(!connection.everConnected());
    QCOMPARE(retries.count(), 0);
    QCOMPARE(frames.count(), 0);
    QCOMPARE(server.connects("/feed"), 0);
}

void TestSocketIo::authTokenFromASecret()
{
    // The namespace's auth as a ${secret:NAME}: the server gets the value, the app reports
    // (and a capture records) the placeholder.
    SocketIoServer server;
    QVERIFY(server.start());
    FeedSpec spec = socketIoFeed(
        server.url(QStringLiteral("/?n=3")), {}, QStringLiteral("/feed"),
        QJsonObject { { QStringLiteral("token"), QStringLiteral("${secret:SIO_TOKEN}") } });
    QCOMPARE(SecretPlaceholders::namesIn(spec), QStringList { QStringLiteral("SIO_TOKEN") });
    spec.storedSecrets.insert(QStringLiteral("SIO_TOKEN"), QStringLiteral("let-me-in"));
    FeedConnection connection(spec);
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    QSignalSpy sent(&connection, &FeedConnection::messageSent);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 3, 10000);
    QCOMPARE(server.connects("/feed"), 1);
    QCOMPARE(sent.count(), 1); // the connect; pongs are not reported
    QCOMPARE(sent.at(0).at(0).toString(),
             QStringLiteral("40/feed,{\"token\":\"${secret:SIO_TOKEN}\"}"));
    // Without a value the feed does not connect at all.
    spec.storedSecrets.clear();
    FeedConnection missing(spec);
    missing.open();
    QCOMPARE(missing.state(), FeedState::Failed);
    QVERIFY(missing.stateDetail().contains(QStringLiteral("SIO_TOKEN")));
}

void TestSocketIo::closedNamespaceReconnects()
{
    SocketIoServer server;
    QVERIFY(server.start());
    FeedConnection connection(socketIoFeed(server.url(QStringLiteral("/?n=3&close=1")), {},
                                           QStringLiteral("/feed"), kGoodToken));
    const auto states = recordStates(connection);
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    QSignalSpy refused(&connection, &FeedConnection::frameRefused);
    connection.open();
    // Three events, the namespace closed, a reconnect, three more.
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 6, 10000);
    QCOMPARE(frames.at(0).at(0).toString(),
             QStringLiteral("[\"trade\",{\"s\":\"BTC\",\"p\":100,\"T\":1795687200000}]"));
    QCOMPARE(frames.at(3).at(0).toString(), frames.at(0).at(0).toString());
    QVERIFY(server.connects("/feed") >= 2);
    QCOMPARE(refused.count(), 0);
    bool sawReason = false;
    int opens = 0;
    for (const auto &[state, detail] : *states) {
        opens += state == FeedState::Open ? 1 : 0;
        sawReason = sawReason
            || (state == FeedState::Reconnecting
                && detail.startsWith(
                    QLatin1String("socket.io: the server closed namespace /feed; retrying")));
    }
    QVERIFY(sawReason);
    QVERIFY(opens >= 2);
}

void TestSocketIo::serverPingsAnswered()
{
    // Pings every second, and a client silent for a second longer is dropped: eight ticks
    // half a second apart (4 s) arrive on one connection only if every ping was answered.
    SocketIoServer server;
    QVERIFY(server.start({ QStringLiteral("--ping-interval"), QStringLiteral("1"),
                           QStringLiteral("--ping-timeout"), QStringLiteral("1") }));
    FeedConnection connection(
        socketIoFeed(server.url(QStringLiteral("/?ticks=8")), { QStringLiteral("tick") }));
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 8, 15000);
    QCOMPARE(frames.last().at(0).toString(), QStringLiteral("[\"tick\",{\"s\":\"TICK\",\"p\":7}]"));
    QCOMPARE(retries.count(), 0);
    QCOMPARE(connection.state(), FeedState::Open);
    QCOMPARE(server.connects("/"), 1);
}

void TestSocketIo::subscribeSentAsWritten()
{
    // `subscribe` goes out as raw text once the namespace is connected: here a Socket.IO
    // event the server answers with a trade of that symbol.
    SocketIoServer server;
    QVERIFY(server.start());
    FeedSpec spec = socketIoFeed(server.url(QString()), { QStringLiteral("trade") });
    spec.subscribe = QStringList { QStringLiteral("42[\"subscribe\",\"XRP\"]") };
    FeedConnection connection(spec);
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 1, 10000);
    QCOMPARE(frames.at(0).at(0).toString(),
             QStringLiteral("[\"trade\",{\"s\":\"XRP\",\"p\":1,\"T\":1795687200000}]"));
}

void TestSocketIo::handshakeStepsSeeEvents()
{
    // `handshake` steps run once the namespace is connected and read events as the decoder
    // would (["name", args...]); the reply a step waits for is not handed on.
    SocketIoServer server;
    QVERIFY(server.start());
    FeedSpec spec = socketIoFeed(server.url(QString()), { QStringLiteral("trade") });
    QString error;
    const auto steps = HandshakeStep::listFromJson(
        QJsonArray { QJsonObject {
            { QStringLiteral("send"), QStringLiteral("42[\"subscribe\",\"XRP\"]") },
            { QStringLiteral("expect"),
              QJsonObject { { QStringLiteral("pointer"), QStringLiteral("/1/s") },
                            { QStringLiteral("equals"), QStringLiteral("XRP") } } } } },
        &error);
    QVERIFY2(steps, qPrintable(error));
    spec.handshake = *steps;
    spec.subscribe = QStringList { QStringLiteral("42[\"subscribe\",\"ETH\"]") };
    FeedConnection connection(spec);
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 1, 10000);
    QCOMPARE(connection.state(), FeedState::Open);
    QCOMPARE(frames.at(0).at(0).toString(),
             QStringLiteral("[\"trade\",{\"s\":\"ETH\",\"p\":1,\"T\":1795687200000}]"));
}

void TestSocketIo::unansweredConnectReconnects()
{
    // A WebSocket server that sends the open packet and never answers the namespace connect:
    // the feed is not open, and the attempt is lost after the handshake timeout.
    QWebSocketServer server(QStringLiteral("silent"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QStringList requests;
    QStringList received;
    connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server); // Qt 6.4 leaves pending sockets to the caller
            requests << socket->requestUrl().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [&received](const QString &text) { received << text; });
            socket->sendTextMessage(QStringLiteral("0{\"sid\":\"s\",\"pingInterval\":25000}"));
        }
    });
    FeedConnection connection(
        socketIoFeed(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())), {},
                     QStringLiteral("/feed"), kGoodToken));
    connection.setHandshakeTimeoutMs(300);
    const auto states = recordStates(connection);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 1, 10000);
    QCOMPARE(requests.value(0), QStringLiteral("/socket.io/?EIO=4&transport=websocket"));
    QCOMPARE(received.value(0), QStringLiteral("40/feed,{\"token\":\"let-me-in\"}"));
    QVERIFY(!connection.everConnected());
    bool sawReason = false;
    for (const auto &[state, detail] : *states) {
        QVERIFY(state != FeedState::Open);
        sawReason = sawReason
            || (state == FeedState::Reconnecting
                && detail.startsWith(QLatin1String(
                    "socket.io: no answer to the namespace connect within 0.3 s; retrying")));
    }
    QVERIFY(sawReason);
}

void TestSocketIo::headlessRunFromProfile()
{
    // The whole chain as users run it: a profile file with the socket.io keys, the headless
    // binary, its stats line, CSV export and capture.
    SocketIoServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QJsonObject feed {
        { QStringLiteral("name"), QStringLiteral("sio") },
        { QStringLiteral("url"), server.url(QStringLiteral("/?n=3")).toString() },
        { QStringLiteral("protocol"), QStringLiteral("socket.io") },
        { QStringLiteral("namespace"), QStringLiteral("/feed") },
        { QStringLiteral("auth"), kGoodToken },
        { QStringLiteral("events"), QJsonArray { QStringLiteral("trade") } },
        { QStringLiteral("decode"),
          QJsonObject { { QStringLiteral("root"), QStringLiteral("/1") },
                        { QStringLiteral("key"), QStringLiteral("/s") },
                        { QStringLiteral("time"), QStringLiteral("/T") },
                        { QStringLiteral("fields"), QJsonArray { QStringLiteral("/p") } } } },
    };
    const QString profile = dir.filePath(QStringLiteral("sio.json"));
    QVERIFY(TestSupport::writeFile(
        profile,
        QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 },
                                    { QStringLiteral("name"), QStringLiteral("sio") },
                                    { QStringLiteral("feeds"), QJsonArray { feed } } })
            .toJson()));
    const QString csv = dir.filePath(QStringLiteral("sio.csv"));
    const QString capture = dir.filePath(QStringLiteral("sio.capture.jsonl"));
    const TestSupport::Run run = TestSupport::runFeedboard(
        { QStringLiteral("--headless"), QStringLiteral("--profile"), profile,
          QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--export"), csv,
          QStringLiteral("--record"), capture });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("total frames=3 decoded=3 errors=0 samples=3"), run.out.constData());
    const QList<QByteArray> rows = TestSupport::readLines(csv);
    QCOMPARE(rows.size(), 4);
    for (int i = 0; i < 3; ++i) {
        const QList<QByteArray> row = rows.at(i + 1).split(',');
        QCOMPARE(row.size(), 6);
        QCOMPARE(row.at(1).toLongLong(), kBaseMs + i);
        QCOMPARE(row.at(3), QByteArray("BTC"));
        QCOMPARE(row.at(4), QByteArray("/p"));
        QCOMPARE(row.at(5).toDouble(), 100.0 + i);
    }
    // The capture holds the event arrays the decoder read.
    QStringList events;
    for (const QByteArray &line : TestSupport::readLines(capture)) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            events << object.value(QStringLiteral("data")).toString();
    }
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(2),
             QStringLiteral("[\"trade\",{\"s\":\"BTC\",\"p\":102,\"T\":1795687200002}]"));
}

void TestSocketIo::silentServerDropped()
{
    // A server that connects the namespace, then sends nothing, not even its pings (a
    // half-open connection looks like this): gone after pingInterval + pingTimeout.
    QWebSocketServer server(QStringLiteral("silent"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server); // Qt 6.4 leaves pending sockets to the caller
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &text) {
                        if (text == QLatin1String("40"))
                            socket->sendTextMessage(QStringLiteral("40{\"sid\":\"x\"}"));
                    });
            socket->sendTextMessage(
                QStringLiteral("0{\"sid\":\"s\",\"pingInterval\":200,\"pingTimeout\":300}"));
        }
    });
    FeedConnection connection(
        socketIoFeed(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()))));
    const auto states = recordStates(connection);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 1, 10000);
    QVERIFY(connection.everConnected());
    bool sawReason = false;
    for (const auto &[state, detail] : *states) {
        sawReason = sawReason
            || (state == FeedState::Reconnecting
                && detail.startsWith(QLatin1String("socket.io: nothing from the server for 0.5 s "
                                                   "(its ping interval and timeout); retrying")));
    }
    QVERIFY2(sawReason, qPrintable(states->isEmpty() ? QString() : states->last().second));
}

QTEST_GUILESS_MAIN(TestSocketIo)
#include "tst_socketio.moc"
