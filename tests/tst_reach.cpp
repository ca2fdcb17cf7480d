// Reach (issue 16, contract section Reach): feeds through real proxies on 127.0.0.1 (Debian's
// tinyproxy for HTTP CONNECT, microsocks for SOCKS5, started here on free ports), a proxy that
// asks for credentials (407) and one that is down, the system proxy from the environment, and
// application keepalive messages. The proxies bind their outgoing connections to their own
// loopback address (127.0.0.3, 127.0.0.4), so the WebSocket server sees which path a
// connection took.
#include "feed/feedconnection.h"
#include "feed/feedproxy.h"
#include "profiles/secretplaceholders.h"
#include "refusingport.h"
#include "profiles/profile.h"
#include "session/commandline.h"
#include "testsupport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <vector>

namespace {
const QHostAddress kSocksOut(QStringLiteral("127.0.0.3"));
const QHostAddress kHttpOut(QStringLiteral("127.0.0.4"));

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QTest::qWait(50);
    }
    return false;
}

// A WebSocket server that greets every client with one text frame and keeps what it hears:
// the clients' source addresses and their text messages.
class GreetingServer : public QObject
{
public:
    explicit GreetingServer(const QHostAddress &address)
        : m_server(QStringLiteral("reach"), QWebSocketServer::NonSecureMode)
    {
        if (!m_server.listen(address, 0))
            qFatal("cannot listen on %s", qPrintable(address.toString()));
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this); // Qt 6.4 leaves pending sockets to the caller
                peers << socket->peerAddress();
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this](const QString &text) { received << text; });
                socket->sendTextMessage(QStringLiteral("{\"hello\":1}"));
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://%1:%2/")
                        .arg(m_server.serverAddress().toString())
                        .arg(m_server.serverPort()));
    }

    QList<QHostAddress> peers;
    QStringList received;

private:
    QWebSocketServer m_server;
};

// A server with Home Assistant's login (its WebSocket API documentation): it sends
// {"type":"auth_required"}, takes {"type":"auth","access_token":..}, answers auth_ok or
// auth_invalid (and closes); once logged in, each {"type":"subscribe_events"} starts events.
// `silent` never answers the login.
class LoginServer : public QObject
{
public:
    explicit LoginServer(bool silent = false)
        : m_server(QStringLiteral("login"), QWebSocketServer::NonSecureMode)
        , m_silent(silent)
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                ++connections;
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, socket](const QString &text) { onMessage(socket, text); });
                socket->sendTextMessage(
                    QStringLiteral(R"({"type":"auth_required","ha_version":"2024.1"})"));
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/api/websocket").arg(m_server.serverPort()));
    }

    int connections = 0;
    QStringList received;

private:
    void onMessage(QWebSocket *socket, const QString &text)
    {
        received << text;
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = message.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("auth") && !m_silent) {
            if (message.value(QStringLiteral("access_token")).toString()
                == QLatin1String("good-token")) {
                socket->sendTextMessage(QStringLiteral(R"({"type":"auth_ok"})"));
            } else {
                socket->sendTextMessage(QStringLiteral(
                    R"({"type":"auth_invalid","message":"Invalid access token or password"})"));
                socket->close();
            }
        } else if (type == QLatin1String("subscribe_events")) {
            for (int i = 1; i <= 3; ++i)
                socket->sendTextMessage(
                    QStringLiteral(R"({"type":"event","event":{"data":{"v":%1}}})").arg(i));
        }
    }

    QWebSocketServer m_server;
    bool m_silent;
};

FeedSpec loginSpec(const QUrl &url, const QString &token, int timeoutMs = 3000)
{
    const auto type = [](const char *value) {
        return QJsonObject { { QStringLiteral("pointer"), QStringLiteral("/type") },
                             { QStringLiteral("equals"), QLatin1String(value) } };
    };
    const QJsonObject auth { { QStringLiteral("type"), QStringLiteral("auth") },
                             { QStringLiteral("access_token"), token } };
    const QJsonArray handshake {
        QJsonObject { { QStringLiteral("expect"), type("auth_required") } },
        QJsonObject { { QStringLiteral("send"),
                        QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)) },
                      { QStringLiteral("expect"), type("auth_ok") },
                      { QStringLiteral("failOn"), type("auth_invalid") },
                      { QStringLiteral("timeoutMs"), timeoutMs } }
    };
    const QJsonObject feed { { QStringLiteral("name"), QStringLiteral("home") },
                             { QStringLiteral("url"), url.toString() },
                             { QStringLiteral("handshake"), handshake },
                             { QStringLiteral("subscribe"),
                               QJsonArray {
                                   QStringLiteral("{\"id\":1,\"type\":\"subscribe_events\"}") } },
                             { QStringLiteral("pingIntervalMs"), 0 },
                             { QStringLiteral("reconnect"),
                               QJsonObject { { QStringLiteral("initialDelayMs"), 50 },
                                             { QStringLiteral("maxDelayMs"), 100 } } } };
    QString error;
    const auto spec = FeedSpec::fromJson(feed, &error);
    if (!spec)
        qFatal("bad login spec: %s", qPrintable(error));
    return *spec;
}

// A proxy process run for one test; killed with it.
struct ProxyProcess
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    quint16 port = 0;
    ~ProxyProcess()
    {
        process->kill();
        process->waitForFinished(2000);
    }
};

struct Opened
{
    bool open = false;
    QString detail; // the last state's detail
};

// Opens a connection for `spec` and waits for its greeting (or gives up after `timeoutMs`).
Opened openAndGreet(FeedConnection &connection, int timeoutMs = 5000)
{
    Opened result;
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    connection.open();
    result.open = frames.wait(timeoutMs) || !frames.isEmpty();
    result.detail = connection.stateDetail();
    return result;
}
} // namespace

class TestReach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proxySettingsAreChecked_data();
    void proxySettingsAreChecked();
    void keepaliveSettingsAreChecked_data();
    void keepaliveSettingsAreChecked();
    void settingsSurviveTheProfileFile();
    void commandLineProxyAppliesToEveryFeed();
    void httpConnectProxy();
    void socks5Proxy();
    void proxyAskingForCredentialsIsNamed();
    void proxyDownIsNamedAndRetried();
    void proxyAnsweringGarbageIsNamedAndRetried_data();
    void proxyAnsweringGarbageIsNamedAndRetried();
    void systemProxyFromTheEnvironment();
    void systemProxyLeavesLocalhostAlone();
    void keepaliveMessagesWhileOpen();
    void handshakeSettingsAreChecked_data();
    void handshakeSettingsAreChecked();
    void handshakeLogsInBeforeSubscribing();
    void handshakeRefusalStopsTheFeed();
    void handshakeTimeoutRetries();
    void handshakeRegexOnTextFrames();
    void proxyPasswordFromASecret();
    void handshakeSecretPutInAtConnect();
    void missingSecretStopsTheFeed();

private:
    std::unique_ptr<ProxyProcess> startTinyproxy(const QStringList &extraConfig);
    std::unique_ptr<ProxyProcess> startMicrosocks();

    QTemporaryDir m_dir;
};

void TestReach::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("tinyproxy")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("microsocks")).isEmpty())
        QFAIL("tinyproxy or microsocks missing: run scripts/install-deps.sh");
    // Nothing from the environment may send the test's own connections elsewhere.
    for (const char *name : { "http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                              "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY" })
        qunsetenv(name);
}

std::unique_ptr<ProxyProcess> TestReach::startTinyproxy(const QStringList &extraConfig)
{
    auto proxy = std::make_unique<ProxyProcess>();
    proxy->port = freePort();
    const QString config = m_dir.filePath(QStringLiteral("tinyproxy-%1.conf").arg(proxy->port));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    // No ConnectPort line: CONNECT to any port. Outgoing connections leave from 127.0.0.4.
    QStringList lines { QStringLiteral("Port %1").arg(proxy->port),
                        QStringLiteral("Listen 127.0.0.1"),
                        QStringLiteral("Bind %1").arg(kHttpOut.toString()),
                        QStringLiteral("Timeout 30"),
                        QStringLiteral("MaxClients 20"),
                        QStringLiteral("Allow 127.0.0.1"),
                        QStringLiteral("LogLevel Info") };
    lines += extraConfig;
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    file.close();
    proxy->process->setProcessChannelMode(QProcess::MergedChannels);
    proxy->process->start(QStringLiteral("tinyproxy"),
                          { QStringLiteral("-d"), QStringLiteral("-c"), config });
    if (!proxy->process->waitForStarted(5000) || !waitForPort(proxy->port))
        return nullptr;
    return proxy;
}

std::unique_ptr<ProxyProcess> TestReach::startMicrosocks()
{
    auto proxy = std::make_unique<ProxyProcess>();
    proxy->port = freePort();
    proxy->process->start(QStringLiteral("microsocks"),
                          { QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                            QString::number(proxy->port), QStringLiteral("-b"),
                            kSocksOut.toString() });
    if (!proxy->process->waitForStarted(5000) || !waitForPort(proxy->port))
        return nullptr;
    return proxy;
}

void TestReach::proxySettingsAreChecked_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::newRow("system") << "system"
                            << "";
    QTest::newRow("none") << "none"
                          << "";
    QTest::newRow("http") << "http://127.0.0.1:3128"
                          << "";
    QTest::newRow("http with user") << "http://desk@127.0.0.1:3128"
                                    << "";
    QTest::newRow("socks5") << "socks5://[::1]:1080"
                            << "";
    QTest::newRow("ftp") << "ftp://127.0.0.1:21"
                         << "the scheme must be http or socks5";
    QTest::newRow("no port") << "http://127.0.0.1"
                             << "a port from 1 to 65535 is required";
    QTest::newRow("no host") << "socks5://:1080"
                             << "no host";
    QTest::newRow("password") << "http://desk:hunter2@127.0.0.1:3128"
                              << "a password does not belong in the proxy URL";
    QTest::newRow("word") << "direct"
                          << "expected \"system\", \"none\"";
    QTest::newRow("path") << "http://127.0.0.1:3128/x"
                          << "a proxy URL has no path";
    QTest::newRow("secret password") << "http://desk:${secret:PROXY_PW}@127.0.0.1:3128"
                                     << "";
    QTest::newRow("secret user") << "http://${secret:PROXY_USER}@127.0.0.1:3128"
                                 << "may stand only for the whole password";
    QTest::newRow("secret in a password") << "socks5://desk:x${secret:PROXY_PW}@127.0.0.1:1080"
                                          << "may stand only for the whole password";
}

void TestReach::proxySettingsAreChecked()
{
    QFETCH(QString, proxy);
    QFETCH(QString, reason);
    const QJsonObject feed { { QStringLiteral("name"), QStringLiteral("f") },
                             { QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:1/") },
                             { QStringLiteral("proxy"), proxy } };
    QString error;
    const auto spec = FeedSpec::fromJson(feed, &error);
    const auto parsed
        = parseCommandLine({ QStringLiteral("feedboard"), QStringLiteral("--proxy"), proxy });
    if (reason.isEmpty()) {
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->proxy, proxy);
        QCOMPARE(parsed.exitCode, 0);
        QCOMPARE(parsed.options->proxy, proxy);
    } else {
        QVERIFY(!spec);
        QVERIFY2(error.startsWith(QStringLiteral("/proxy: ")) && error.contains(reason),
                 qPrintable(error));
        QCOMPARE(parsed.exitCode, 1);
        QVERIFY2(parsed.message.contains(QStringLiteral("--proxy "))
                     && parsed.message.contains(reason),
                 qPrintable(parsed.message));
        // The text is echoed, never a password in it.
        QVERIFY2(!error.contains(QStringLiteral("hunter2")), qPrintable(error));
        QVERIFY2(!parsed.message.contains(QStringLiteral("hunter2")), qPrintable(parsed.message));
        // A text with a password part is echoed without it.
        if (!proxy.contains(QLatin1String("hunter2")) && !proxy.contains(QLatin1String("desk:")))
            QVERIFY2(error.contains(proxy), qPrintable(error));
    }
}

void TestReach::keepaliveSettingsAreChecked_data()
{
    QTest::addColumn<QByteArray>("keepalive");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::newRow("ok") << QByteArray(R"({"intervalMs": 20000, "message": "{\"op\":\"ping\"}"})")
                        << "";
    QTest::newRow("not an object") << QByteArray("5000") << "/keepalive: expected an object";
    QTest::newRow("no interval") << QByteArray(R"({"message": "x"})")
                                 << "/keepalive/intervalMs: required";
    QTest::newRow("interval too short") << QByteArray(R"({"intervalMs": 5, "message": "x"})")
                                        << "/keepalive/intervalMs: expected a whole number";
    QTest::newRow("no message") << QByteArray(R"({"intervalMs": 1000})")
                                << "/keepalive/message: a non-empty string is required";
    QTest::newRow("empty message") << QByteArray(R"({"intervalMs": 1000, "message": ""})")
                                   << "/keepalive/message: a non-empty string is required";
}

void TestReach::keepaliveSettingsAreChecked()
{
    QFETCH(QByteArray, keepalive);
    QFETCH(QString, reason);
    const QByteArray json
        = R"({"name": "f", "url": "ws://127.0.0.1:1/", "keepalive": )" + keepalive + "}";
    QString error;
    const auto spec = FeedSpec::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (reason.isEmpty()) {
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->keepaliveIntervalMs, 20000);
        QCOMPARE(spec->keepaliveMessage, QStringLiteral("{\"op\":\"ping\"}"));
    } else {
        QVERIFY(!spec);
        QVERIFY2(error.startsWith(reason), qPrintable(error));
    }
}

void TestReach::settingsSurviveTheProfileFile()
{
    FeedSpec spec
        = TestSupport::feedSpec(QStringLiteral("f"), QUrl(QStringLiteral("ws://127.0.0.1:9/")));
    spec.proxy = QStringLiteral("socks5://desk@127.0.0.1:1080");
    spec.keepaliveIntervalMs = 15000;
    spec.keepaliveMessage = QStringLiteral("{\"type\":\"ping\"}");
    QString error;
    const auto back = FeedSpec::fromJson(spec.toJson(false), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->proxy, spec.proxy);
    QCOMPARE(back->keepaliveIntervalMs, 15000);
    QCOMPARE(back->keepaliveMessage, spec.keepaliveMessage);
    // The defaults write nothing: older files stay as they were.
    const QJsonObject plain = TestSupport::feedSpec(QStringLiteral("g"), spec.url).toJson();
    QVERIFY(!plain.contains(QStringLiteral("proxy")));
    QVERIFY(!plain.contains(QStringLiteral("keepalive")));
}

void TestReach::commandLineProxyAppliesToEveryFeed()
{
    const auto parsed
        = parseCommandLine({ QStringLiteral("feedboard"), QStringLiteral("--url"),
                             QStringLiteral("ws://127.0.0.1:9/a"), QStringLiteral("--url"),
                             QStringLiteral("ws://127.0.0.1:9/b"), QStringLiteral("--proxy"),
                             QStringLiteral("none") });
    QCOMPARE(parsed.exitCode, 0);
    QCOMPARE(parsed.options->proxy, QStringLiteral("none"));
}

void TestReach::httpConnectProxy()
{
    const auto proxy = startTinyproxy({});
    QVERIFY2(proxy, "tinyproxy did not start");
    GreetingServer server(QHostAddress::LocalHost);
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("f"), server.url());
    spec.proxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy->port);
    FeedConnection connection(spec);
    const Opened opened = openAndGreet(connection);
    QVERIFY2(opened.open, qPrintable(opened.detail));
    QCOMPARE(server.peers.size(), 1);
    QCOMPARE(server.peers.constFirst(), kHttpOut); // it came through the proxy
}

void TestReach::socks5Proxy()
{
    const auto proxy = startMicrosocks();
    QVERIFY2(proxy, "microsocks did not start");
    GreetingServer server(QHostAddress::LocalHost);
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("f"), server.url());
    spec.proxy = QStringLiteral("socks5://127.0.0.1:%1").arg(proxy->port);
    FeedConnection connection(spec);
    const Opened opened = openAndGreet(connection);
    QVERIFY2(opened.open, qPrintable(opened.detail));
    QCOMPARE(server.peers.size(), 1);
    QCOMPARE(server.peers.constFirst(), kSocksOut);
    // "none" on the same feed goes straight to the server.
    spec.proxy = FeedProxy::kNone;
    FeedConnection direct(spec);
    QVERIFY(openAndGreet(direct).open);
    QCOMPARE(server.peers.size(), 2);
    QCOMPARE(server.peers.last(), QHostAddress(QHostAddress::LocalHost));
}

void TestReach::proxyAskingForCredentialsIsNamed()
{
    const auto proxy = startTinyproxy({ QStringLiteral("BasicAuth desk s3cret-pass") });
    QVERIFY2(proxy, "tinyproxy did not start");
    GreetingServer server(QHostAddress::LocalHost);
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("f"), server.url(), {}, 200, 400);
    spec.proxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy->port);
    FeedConnection connection(spec);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QVERIFY(retries.wait(5000));
    const QString detail = connection.stateDetail();
    QVERIFY2(detail.startsWith(QStringLiteral("proxy 127.0.0.1:%1: ").arg(proxy->port)),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("authentication"), Qt::CaseInsensitive),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("retrying in")), qPrintable(detail));
    QVERIFY(server.peers.isEmpty());
    QVERIFY(!detail.contains(QStringLiteral("s3cret")));
}

void TestReach::proxyDownIsNamedAndRetried()
{
    GreetingServer server(QHostAddress::LocalHost);
    const RefusingPort down;
    const quint16 nothing = down.port();
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("f"), server.url(), {}, 50, 100);
    spec.proxy = QStringLiteral("socks5://127.0.0.1:%1").arg(nothing);
    FeedConnection connection(spec);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 2, 5000); // backoff, as for any failure
    const QString detail = connection.stateDetail();
    QVERIFY2(detail.startsWith(QStringLiteral("proxy 127.0.0.1:%1: ").arg(nothing)),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(detail));
    QCOMPARE(connection.state(), FeedState::Reconnecting);
    QVERIFY(server.peers.isEmpty());
}

void TestReach::proxyAnsweringGarbageIsNamedAndRetried_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("http") << QStringLiteral("http");
    QTest::newRow("socks5") << QStringLiteral("socks5");
}

void TestReach::proxyAnsweringGarbageIsNamedAndRetried()
{
    // Something listens where the proxy should be, but speaks neither HTTP nor SOCKS.
    QFETCH(QString, scheme);
    QTcpServer junk;
    QVERIFY(junk.listen(QHostAddress::LocalHost, 0));
    int served = 0;
    connect(&junk, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = junk.nextPendingConnection()) {
            socket->setParent(&junk);
            ++served;
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("\x05\xff garbage \x00\x01\r\nnot a proxy\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
    GreetingServer server(QHostAddress::LocalHost);
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("f"), server.url(), {}, 50, 100);
    spec.proxy = QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(junk.serverPort());
    FeedConnection connection(spec);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 2, 10000); // backoff, as for any failure
    QVERIFY(served >= 2);
    const QString detail = connection.stateDetail();
    QVERIFY2(detail.startsWith(QStringLiteral("proxy 127.0.0.1:%1: ").arg(junk.serverPort())),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("retrying in")), qPrintable(detail));
    QVERIFY(server.peers.isEmpty());
}

void TestReach::systemProxyFromTheEnvironment()
{
    const auto proxy = startTinyproxy({});
    QVERIFY2(proxy, "tinyproxy did not start");
    // 127.0.0.2: loopback, yet not one of the names "system" keeps away from a proxy.
    GreetingServer server(QHostAddress(QStringLiteral("127.0.0.2")));
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(proxy->port).toUtf8());
    FeedConnection connection(TestSupport::quickFeedSpec(QStringLiteral("f"), server.url()));
    const Opened opened = openAndGreet(connection);
    qunsetenv("http_proxy");
    QVERIFY2(opened.open, qPrintable(opened.detail));
    QCOMPARE(server.peers.size(), 1);
    QCOMPARE(server.peers.constFirst(), kHttpOut);
}

void TestReach::systemProxyLeavesLocalhostAlone()
{
    // A proxy that is down: had the feed used it, it could not open.
    const RefusingPort down;
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(down.port()).toUtf8());
    GreetingServer server(QHostAddress::LocalHost);
    FeedConnection connection(TestSupport::quickFeedSpec(QStringLiteral("f"), server.url()));
    const Opened opened = openAndGreet(connection);
    qunsetenv("http_proxy");
    QVERIFY2(opened.open, qPrintable(opened.detail));
    QCOMPARE(server.peers.constFirst(), QHostAddress(QHostAddress::LocalHost));
}

void TestReach::keepaliveMessagesWhileOpen()
{
    GreetingServer server(QHostAddress::LocalHost);
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("f"), server.url());
    spec.subscribe = { QStringLiteral("{\"op\":\"subscribe\"}") };
    spec.keepaliveIntervalMs = 100;
    spec.keepaliveMessage = QStringLiteral("{\"op\":\"ping\"}");
    FeedConnection connection(spec);
    QVERIFY(openAndGreet(connection).open);
    QTRY_VERIFY_WITH_TIMEOUT(server.received.size() >= 6, 5000);
    // The subscribe message first, then only keepalives.
    QCOMPARE(server.received.constFirst(), QStringLiteral("{\"op\":\"subscribe\"}"));
    for (qsizetype i = 1; i < server.received.size(); ++i)
        QCOMPARE(server.received.at(i), spec.keepaliveMessage);
    connection.close();
    QTest::qWait(100);
    const qsizetype afterClose = server.received.size();
    QTest::qWait(400);
    QCOMPARE(server.received.size(), afterClose); // none once closed
}

void TestReach::handshakeSettingsAreChecked_data()
{
    QTest::addColumn<QByteArray>("handshake");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::newRow("ok") << QByteArray(R"([{"send": "hi", "expect": {"regex": "^ok"}}])") << "";
    QTest::newRow("not an array") << QByteArray(R"({"send": "hi"})")
                                  << "/handshake: expected an array of steps";
    QTest::newRow("empty step") << QByteArray("[{}]")
                                << "/handshake/0: a step needs \"send\" and/or \"expect\"";
    QTest::newRow("send not text")
        << QByteArray(R"([{"send": 5}])") << "/handshake/0/send: a non-empty string is required";
    QTest::newRow("bad regex") << QByteArray(R"([{"expect": {"regex": "(["}}])")
                               << "/handshake/0/expect/regex: invalid regular expression";
    QTest::newRow("both forms") << QByteArray(R"([{"expect": {"regex": "a", "pointer": "/a"}}])")
                                << "/handshake/0/expect: expected either";
    QTest::newRow("no equals") << QByteArray(R"([{"expect": {"pointer": "/type"}}])")
                               << "/handshake/0/expect/equals: required";
    QTest::newRow("bad pointer") << QByteArray(R"([{"expect": {"pointer": "type", "equals": 1}}])")
                                 << "/handshake/0/expect/pointer: ";
    QTest::newRow("failOn alone") << QByteArray(R"([{"send": "x", "failOn": {"regex": "no"}}])")
                                  << "/handshake/0/failOn: needs an \"expect\"";
    QTest::newRow("timeout") << QByteArray(R"([{"expect": {"regex": "a"}, "timeoutMs": 0}])")
                             << "/handshake/0/timeoutMs: expected a whole number";
}

void TestReach::handshakeSettingsAreChecked()
{
    QFETCH(QByteArray, handshake);
    QFETCH(QString, reason);
    const QByteArray json
        = R"({"name": "f", "url": "ws://127.0.0.1:1/", "handshake": )" + handshake + "}";
    QString error;
    const auto spec = FeedSpec::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (reason.isEmpty()) {
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->handshake.size(), 1);
        // And it survives the profile file.
        const auto back = FeedSpec::fromJson(spec->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson().value(QStringLiteral("handshake")),
                 spec->toJson().value(QStringLiteral("handshake")));
    } else {
        QVERIFY(!spec);
        QVERIFY2(error.startsWith(reason), qPrintable(error));
    }
}

void TestReach::handshakeLogsInBeforeSubscribing()
{
    LoginServer server;
    FeedConnection connection(loginSpec(server.url(), QStringLiteral("good-token")));
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    QList<FeedState> states;
    connect(&connection, &FeedConnection::stateChanged, this,
            [&states](FeedState state, const QString &) { states << state; });
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 3, 5000);
    // Only the events reach the decoder; the login's replies stay in the handshake.
    QCOMPARE(frames.at(0).at(0).toString(),
             QStringLiteral(R"({"type":"event","event":{"data":{"v":1}}})"));
    // Open once logged in, not before; the login went before the subscription.
    QCOMPARE(states.count(FeedState::Open), 1);
    QCOMPARE(connection.state(), FeedState::Open);
    QCOMPARE(server.received.size(), 2);
    QVERIFY(server.received.at(0).contains(QStringLiteral("\"access_token\":\"good-token\"")));
    QVERIFY(server.received.at(1).contains(QStringLiteral("subscribe_events")));
    QVERIFY(connection.everConnected());
}

void TestReach::handshakeRefusalStopsTheFeed()
{
    LoginServer server;
    FeedConnection connection(loginSpec(server.url(), QStringLiteral("wrong-token")));
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), FeedState::Failed, 5000);
    const QString detail = connection.stateDetail();
    QVERIFY2(detail.startsWith(QStringLiteral("handshake step 2 refused: ")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("auth_invalid")), qPrintable(detail));
    QTest::qWait(300);
    QCOMPARE(retries.size(), 0); // a refused login is not retried
    QCOMPARE(server.connections, 1);
    QVERIFY(frames.isEmpty());
    QVERIFY(!connection.everConnected());
}

void TestReach::handshakeTimeoutRetries()
{
    LoginServer server(true);
    FeedConnection connection(loginSpec(server.url(), QStringLiteral("good-token"), 200));
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 2, 5000); // backoff, as for any failure
    QTRY_VERIFY_WITH_TIMEOUT(server.connections >= 2, 5000);
    const QString detail = connection.stateDetail();
    QVERIFY2(detail.contains(QStringLiteral(
                 "handshake step 2: no reply matching /type = \"auth_ok\" within 0.2 s")),
             qPrintable(detail));
    QVERIFY(!connection.everConnected());
}

void TestReach::handshakeRegexOnTextFrames()
{
    GreetingServer server(QHostAddress::LocalHost); // greets with {"hello":1}
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("f"), server.url());
    HandshakeStep step;
    QString error;
    step.expect = HandshakeMatch::fromJson(
        QJsonObject { { QStringLiteral("regex"), QStringLiteral("\"hello\":\\s*1") } }, &error);
    QVERIFY2(step.expect, qPrintable(error));
    step.send = QStringLiteral("login");
    spec.handshake = { step };
    // A send-only step after the wait: sent once the greeting matched.
    HandshakeStep then;
    then.send = QStringLiteral("then");
    spec.handshake << then;
    spec.subscribe = { QStringLiteral("subscribe") };
    FeedConnection connection(spec);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), FeedState::Open, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 3, 5000);
    QCOMPARE(server.received,
             QStringList(
                 { QStringLiteral("login"), QStringLiteral("then"), QStringLiteral("subscribe") }));
}

void TestReach::proxyPasswordFromASecret()
{
    const auto proxy = startTinyproxy({ QStringLiteral("BasicAuth desk s3cret-pass") });
    QVERIFY2(proxy, "tinyproxy did not start");
    GreetingServer server(QHostAddress::LocalHost);
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("f"), server.url(), {}, 200, 400);
    spec.proxy = QStringLiteral("http://desk:${secret:PROXY_PW}@127.0.0.1:%1").arg(proxy->port);
    QVERIFY(FeedProxy::problem(spec.proxy).isEmpty());
    QCOMPARE(FeedProxy::describe(spec.proxy), QStringLiteral("127.0.0.1:%1").arg(proxy->port));
    spec.storedSecrets.insert(QStringLiteral("PROXY_PW"), QStringLiteral("s3cret-pass"));
    FeedConnection connection(spec);
    const Opened opened = openAndGreet(connection);
    QVERIFY2(opened.open, qPrintable(opened.detail));
    QCOMPARE(server.peers.size(), 1);
    QCOMPARE(server.peers.constFirst(), kHttpOut); // through the proxy, logged in

    // A wrong value: the proxy refuses, the reason names it, and never the value.
    spec.storedSecrets.insert(QStringLiteral("PROXY_PW"), QStringLiteral("wrong-pass"));
    FeedConnection refused(spec);
    QSignalSpy retries(&refused, &FeedConnection::reconnectScheduled);
    refused.open();
    QVERIFY(retries.wait(5000));
    const QString detail = refused.stateDetail();
    QVERIFY2(detail.startsWith(QStringLiteral("proxy 127.0.0.1:%1: ").arg(proxy->port)),
             qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("wrong-pass")), qPrintable(detail));
    QCOMPARE(server.peers.size(), 1);
}

void TestReach::handshakeSecretPutInAtConnect()
{
    LoginServer server;
    FeedSpec spec = loginSpec(server.url(), QStringLiteral("${secret:HA_TOKEN}"));
    spec.storedSecrets.insert(QStringLiteral("HA_TOKEN"), QStringLiteral("good-token"));
    FeedConnection connection(spec);
    QSignalSpy frames(&connection, &FeedConnection::textFrameReceived);
    QSignalSpy sent(&connection, &FeedConnection::messageSent);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 3, 5000);
    QVERIFY(server.received.at(0).contains(QStringLiteral("\"access_token\":\"good-token\"")));
    // What the app reports having sent keeps the placeholder.
    QCOMPARE(sent.size(), 2);
    QVERIFY(sent.at(0).at(0).toString().contains(QStringLiteral("${secret:HA_TOKEN}")));
    QVERIFY(!sent.at(0).at(0).toString().contains(QStringLiteral("good-token")));

    // The environment wins over the stored value (an unattended run's override).
    spec.storedSecrets.insert(QStringLiteral("HA_TOKEN"), QStringLiteral("stale-token"));
    qputenv("FEEDBOARD_SECRET_HA_TOKEN", "good-token");
    FeedConnection fromEnvironment(spec);
    QSignalSpy moreFrames(&fromEnvironment, &FeedConnection::textFrameReceived);
    fromEnvironment.open();
    const bool opened = moreFrames.wait(5000);
    qunsetenv("FEEDBOARD_SECRET_HA_TOKEN");
    QVERIFY2(opened, qPrintable(fromEnvironment.stateDetail()));
    QCOMPARE(fromEnvironment.state(), FeedState::Open);

    // Without the environment the stale value is sent, refused, and the refusal (the server
    // echoing it back) shows the placeholder, never the value.
    FeedConnection refused(spec);
    refused.open();
    QTRY_COMPARE_WITH_TIMEOUT(refused.state(), FeedState::Failed, 5000);
    QVERIFY2(!refused.stateDetail().contains(QStringLiteral("stale-token")),
             qPrintable(refused.stateDetail()));
    QVERIFY(server.received.contains(
        QStringLiteral("{\"access_token\":\"stale-token\",\"type\":\"auth\"}")));
}

void TestReach::missingSecretStopsTheFeed()
{
    LoginServer server;
    FeedSpec spec = TestSupport::quickFeedSpec(QStringLiteral("home"), server.url());
    spec.url = SecretPlaceholders::parseUrl(server.url().toString()
                                            + QStringLiteral("?token=${secret:NOT_SET_ANYWHERE}"));
    QVERIFY(spec.url.isValid());
    QCOMPARE(SecretPlaceholders::namesIn(spec), QStringList { QStringLiteral("NOT_SET_ANYWHERE") });
    FeedConnection connection(spec);
    QSignalSpy retries(&connection, &FeedConnection::reconnectScheduled);
    connection.open();
    QCOMPARE(connection.state(), FeedState::Failed);
    const QString detail = connection.stateDetail();
    QVERIFY2(detail.contains(QStringLiteral("NOT_SET_ANYWHERE"))
                 && detail.contains(QStringLiteral("FEEDBOARD_SECRET_NOT_SET_ANYWHERE")),
             qPrintable(detail));
    // Nothing went to the server (it would have seen the placeholder), and no retry is due.
    QTest::qWait(300);
    QCOMPARE(server.connections, 0);
    QCOMPARE(retries.size(), 0);
}

QTEST_GUILESS_MAIN(TestReach)
#include "tst_reach.moc"
