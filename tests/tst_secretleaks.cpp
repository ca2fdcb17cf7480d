// Secrets never leave the process (issue 7): a profile saved with a secret Authorization
// header (the value in the 0600 secrets file, as the GUI saves it) drives the real
// `feedboard --headless` binary against servers that answer 401, accept then close, work,
// and one nobody listens on, with every logging category on. The token reaches the servers
// (so the test would notice a run that never used it), yet appears in no output: stdout,
// stderr, the capture, the CSV/JSONL/log exports, the shared profile, nor the error output
// of bad command lines.
#include "cannedhttppeer.h"
#include "profiles/profilestore.h"
#include "profiles/secretplaceholders.h"
#include "refusingport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>
#include "testpaths.h"

namespace {
using TestSupport::readFile;
const QString kHeader = QStringLiteral("Authorization");

// A WebSocket server that sends a few ticks (and then closes, when `closes`); keeps the
// Authorization values, queries and messages it was shown. One that `echoes` closes on the
// first message with a reason quoting it, as servers do with a refused key.
class TickPeer final : public QObject
{
public:
    explicit TickPeer(bool closes, bool echoes = false)
        : m_server(QStringLiteral("ticks"), QWebSocketServer::NonSecureMode)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QWebSocketServer::newConnection, this, [this, closes, echoes] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, socket, echoes](const QString &text) {
                            m_messages << text;
                            if (echoes)
                                socket->close(QWebSocketProtocol::CloseCode(4001),
                                              QStringLiteral("refused: ") + text.left(90));
                        });
                m_tokens << QString::fromUtf8(socket->request().rawHeader(kHeader.toUtf8()));
                m_queries << socket->requestUrl().query();
                for (int i = 0; i < 5; ++i)
                    socket->sendTextMessage(QStringLiteral(R"({"s":"A","p":%1})").arg(i));
                if (closes)
                    socket->close(QWebSocketProtocol::CloseCode(4003),
                                  QStringLiteral("token refused"));
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QStringList tokens() const { return m_tokens; }
    QStringList queries() const { return m_queries; }
    QStringList messages() const { return m_messages; }

private:
    QWebSocketServer m_server;
    QStringList m_tokens;
    QStringList m_queries;
    QStringList m_messages;
};

FeedSpec feed(const QString &name, quint16 port, const QString &token)
{
    FeedSpec spec
        = TestSupport::feedSpec(name, QUrl(QStringLiteral("ws://127.0.0.1:%1/stream").arg(port)));
    spec.headers
        = { { kHeader, QStringLiteral("Bearer ") + token }, { QStringLiteral("X-Client"), name } };
    spec.secretHeaders = { kHeader };
    spec.reconnectInitialDelayMs = 50;
    spec.reconnectMaxDelayMs = 200;
    return spec;
}
} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headlessRunNeverShowsTheToken();
    void urlCredentialStaysOutOfOutputs();
    void badCommandLinesNeverShowTheToken_data();
    void badCommandLinesNeverShowTheToken();
    void placeholdersNeverShowTheirValues();
    void unattendedRunTakesSecretsFromTheEnvironment();

private:
    // Runs the binary with the test's config folder and every logging category on.
    QProcess *start(const QStringList &arguments,
                    const QProcessEnvironment &extra = QProcessEnvironment());
    // Fails naming the output that holds the token.
    static void checkClean(const QString &what, const QByteArray &bytes, const QString &token);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_token;
    std::unique_ptr<QProcess> m_process;
};

void TestSecretLeaks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Unique per run, and with no part a log line would hold by chance.
    m_token = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::Id128);
}

QProcess *TestSecretLeaks::start(const QStringList &arguments, const QProcessEnvironment &extra)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the 0600 file
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    m_process->setProcessEnvironment(env);
    m_process->start(TestPaths::binary(), arguments);
    return m_process.get();
}

void TestSecretLeaks::checkClean(const QString &what, const QByteArray &bytes, const QString &token)
{
    QVERIFY2(!bytes.contains(token.toUtf8()),
             qPrintable(what + QStringLiteral(" holds the token")));
    QVERIFY2(!bytes.contains(token.toUtf8().toBase64()),
             qPrintable(what + QStringLiteral(" holds it in base64")));
}

void TestSecretLeaks::headlessRunNeverShowsTheToken()
{
    CannedHttpPeer refusing("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\n"
                            "Content-Length: 0\r\nConnection: close\r\n\r\n",
                            true);
    TickPeer closing(true);
    TickPeer working(false);
    const RefusingPort nobody;
    Profile profile;
    profile.name = QStringLiteral("secret desk");
    profile.feeds = { feed(QStringLiteral("refused"), refusing.port(), m_token),
                      feed(QStringLiteral("closing"), closing.port(), m_token),
                      feed(QStringLiteral("working"), working.port(), m_token),
                      feed(QStringLiteral("nobody"), nobody.port(), m_token) };
    // Saved the way the GUI saves it, into the folder the child process will read.
    ProfileStore store(m_dir->filePath(QStringLiteral("config/FeedBoard/FeedBoard")),
                       SecretStore::Backend::FileOnly);
    QString error;
    const auto saved = store.save(profile, &error);
    QVERIFY2(saved, qPrintable(error));
    checkClean(QStringLiteral("the saved profile"), readFile(*saved), m_token);
    const QString shared = m_dir->filePath(QStringLiteral("shared.json"));
    QVERIFY2(ProfileStore::exportShared(profile, shared, &error), qPrintable(error));
    checkClean(QStringLiteral("the shared profile"), readFile(shared), m_token);

    const QString capture = m_dir->filePath(QStringLiteral("run.capture.jsonl"));
    const QString csv = m_dir->filePath(QStringLiteral("run.csv"));
    const QString logs = m_dir->filePath(QStringLiteral("run.log"));
    QProcess *run = start({ QStringLiteral("--headless"), QStringLiteral("--profile"), profile.name,
                            QStringLiteral("--duration"), QStringLiteral("2"),
                            QStringLiteral("--record"), capture, QStringLiteral("--export"), csv,
                            QStringLiteral("--export-logs"), logs });
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 20000);
    QCOMPARE(run->exitCode(), 0);
    // The secret was really sent, to every server that got as far as a request.
    QVERIFY(refusing.requests().contains(m_token.toUtf8()));
    QVERIFY(closing.tokens().contains(QStringLiteral("Bearer ") + m_token));
    QVERIFY(working.tokens().contains(QStringLiteral("Bearer ") + m_token));
    const QByteArray err = run->readAllStandardError();
    QVERIFY2(err.contains("401") && err.contains("token refused"), err.constData()); // errors shown
    checkClean(QStringLiteral("stderr"), err, m_token);
    checkClean(QStringLiteral("stdout"), run->readAllStandardOutput(), m_token);
    QVERIFY(readFile(capture).contains(R"(\"p\":4)"));
    checkClean(QStringLiteral("the capture"), readFile(capture), m_token);
    QVERIFY(readFile(csv).contains("working"));
    checkClean(QStringLiteral("the CSV export"), readFile(csv), m_token);
    checkClean(QStringLiteral("the log export"), readFile(logs), m_token);

    // The capture replayed into JSON Lines exports: still nothing.
    const QString jsonl = m_dir->filePath(QStringLiteral("replay.jsonl"));
    const QString logsJsonl = m_dir->filePath(QStringLiteral("replay.logs.jsonl"));
    QProcess *replay
        = start({ QStringLiteral("--headless"), QStringLiteral("--replay"), capture,
                  QStringLiteral("--export"), jsonl, QStringLiteral("--export-logs"), logsJsonl });
    QTRY_VERIFY_WITH_TIMEOUT(replay->state() == QProcess::NotRunning, 20000);
    QCOMPARE(replay->exitCode(), 0);
    QVERIFY(readFile(jsonl).contains("working"));
    checkClean(QStringLiteral("the JSONL export"), readFile(jsonl), m_token);
    checkClean(QStringLiteral("the JSONL log export"), readFile(logsJsonl), m_token);
    checkClean(QStringLiteral("replay output"),
               replay->readAllStandardError() + replay->readAllStandardOutput(), m_token);
}

void TestSecretLeaks::urlCredentialStaysOutOfOutputs()
{
    // A token in the URL's query belongs to the profile the user wrote (it is in that file),
    // but not in what a run prints or writes: the capture and messages show the URL redacted.
    TickPeer working(false);
    FeedSpec spec = feed(QStringLiteral("query"), working.port(), m_token);
    spec.headers.clear();
    spec.secretHeaders.clear();
    spec.url.setQuery(QStringLiteral("access_token=") + m_token);
    Profile profile;
    profile.name = QStringLiteral("url token");
    profile.feeds = { spec };
    const QString path = m_dir->filePath(QStringLiteral("url.json"));
    QString error;
    QVERIFY2(writeFileAtomically(path, profile.toJson(true), &error), qPrintable(error));
    const QString capture = m_dir->filePath(QStringLiteral("url.capture.jsonl"));
    const QString csv = m_dir->filePath(QStringLiteral("url.csv"));
    QProcess *run = start({ QStringLiteral("--headless"), QStringLiteral("--profile"), path,
                            QStringLiteral("--duration"), QStringLiteral("1"),
                            QStringLiteral("--record"), capture, QStringLiteral("--export"), csv });
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 20000);
    QCOMPARE(run->exitCode(), 0);
    QCOMPARE(working.queries().value(0), QStringLiteral("access_token=") + m_token); // it was used
    QVERIFY(readFile(capture).contains("REDACTED"));
    checkClean(QStringLiteral("stderr"), run->readAllStandardError(), m_token);
    checkClean(QStringLiteral("stdout"), run->readAllStandardOutput(), m_token);
    checkClean(QStringLiteral("the capture"), readFile(capture), m_token);
    checkClean(QStringLiteral("the CSV export"), readFile(csv), m_token);
}

void TestSecretLeaks::badCommandLinesNeverShowTheToken_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--no-such-option") } << 1;
    QTest::newRow("bad url") << QStringList { QStringLiteral("--url"), QStringLiteral("http://x") }
                             << 1;
    QTest::newRow("bad duration") << QStringList { QStringLiteral("--duration"),
                                                   QStringLiteral("soon") }
                                  << 1;
    QTest::newRow("unwritable capture")
        << QStringList { QStringLiteral("--record"), QStringLiteral("/proc/feedboard/c.jsonl") }
        << 1;
    QTest::newRow("only an unreachable host")
        << QStringList { QStringLiteral("--duration"), QStringLiteral("0.5") } << 2;
}

void TestSecretLeaks::badCommandLinesNeverShowTheToken()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    // The secret sits in the profile file itself here (hand-written files may hold it).
    Profile profile;
    profile.name = QStringLiteral("bad run");
    const RefusingPort nobody;
    profile.feeds = { feed(QStringLiteral("nobody"), nobody.port(), m_token) };
    const QString path = m_dir->filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(profile.toJson(true)) > 0);
    file.close();
    QVERIFY(readFile(path).contains(m_token.toUtf8()));
    QProcess *run = start(
        QStringList { QStringLiteral("--headless"), QStringLiteral("--profile"), path } + extra);
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 20000);
    QCOMPARE(run->exitCode(), exitCode);
    const QByteArray err = run->readAllStandardError();
    QVERIFY(!err.isEmpty()); // a reason is printed ...
    checkClean(QStringLiteral("stderr"), err, m_token); // ... without the secret
    checkClean(QStringLiteral("stdout"), run->readAllStandardOutput(), m_token);
}

void TestSecretLeaks::placeholdersNeverShowTheirValues()
{
    TickPeer working(false);
    TickPeer echoing(false, true);
    const auto placeholderFeed = [](const QString &name, quint16 port, const QString &secret) {
        FeedSpec spec = TestSupport::feedSpec(
            name,
            SecretPlaceholders::parseUrl(
                QStringLiteral("ws://127.0.0.1:%1/stream?key=${secret:%2}").arg(port).arg(secret)));
        spec.headers = { { kHeader, QStringLiteral("Bearer ${secret:%1}").arg(secret) } };
        spec.subscribe
            = { QStringLiteral("{\"op\":\"auth\",\"key\":\"${secret:%1}\"}").arg(secret) };
        spec.reconnectInitialDelayMs = 200;
        spec.reconnectMaxDelayMs = 400;
        return spec;
    };
    Profile profile;
    profile.name = QStringLiteral("placeholders");
    profile.feeds
        = { placeholderFeed(QStringLiteral("working"), working.port(), QStringLiteral("FB_TOKEN")),
            placeholderFeed(QStringLiteral("echoing"), echoing.port(), QStringLiteral("FB_TOKEN")),
            placeholderFeed(QStringLiteral("unset"), working.port(), QStringLiteral("FB_ABSENT")) };
    // The value entered once (the profile editor's Secrets table), for every feed using it.
    profile.feeds[0].storedSecrets.insert(QStringLiteral("FB_TOKEN"), m_token);
    ProfileStore store(m_dir->filePath(QStringLiteral("config/FeedBoard/FeedBoard")),
                       SecretStore::Backend::FileOnly);
    QString error;
    const auto saved = store.save(profile, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(readFile(*saved).contains("${secret:FB_TOKEN}"));
    checkClean(QStringLiteral("the saved profile"), readFile(*saved), m_token);

    const QString capture = m_dir->filePath(QStringLiteral("placeholders.capture.jsonl"));
    QProcess *run = start({ QStringLiteral("--headless"), QStringLiteral("--profile"), profile.name,
                            QStringLiteral("--duration"), QStringLiteral("2"),
                            QStringLiteral("--record"), capture });
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 20000);
    const QByteArray err = run->readAllStandardError();
    QCOMPARE(run->exitCode(), 0);
    // The value went where each placeholder stood: header, query, first message.
    QVERIFY(working.tokens().contains(QStringLiteral("Bearer ") + m_token));
    QVERIFY(working.queries().contains(QStringLiteral("key=") + m_token));
    QVERIFY(working.messages().contains(
        QStringLiteral("{\"op\":\"auth\",\"key\":\"%1\"}").arg(m_token)));
    QVERIFY(echoing.messages().size() >= 1);
    // The feed with no value says which secret, and never reached a server with the placeholder.
    QVERIFY2(err.contains("unset") && err.contains("FB_ABSENT")
                 && err.contains("FEEDBOARD_SECRET_FB_ABSENT"),
             err.constData());
    for (const QString &query : working.queries())
        QVERIFY2(!query.contains(QStringLiteral("secret")), qPrintable(query));
    // The server quoting the token back is shown with the placeholder instead.
    QVERIFY2(err.contains("refused: {\"op\":\"auth\",\"key\":\"${secret:FB_TOKEN}\"}"),
             err.constData());
    checkClean(QStringLiteral("stderr"), err, m_token);
    checkClean(QStringLiteral("stdout"), run->readAllStandardOutput(), m_token);
    // The capture records what was sent, as written.
    const QByteArray captured = readFile(capture);
    QVERIFY(captured.contains(R"("event":"sent")"));
    QVERIFY(captured.contains(R"(\"key\":\"${secret:FB_TOKEN}\")"));
    checkClean(QStringLiteral("the capture"), captured, m_token);
}

void TestSecretLeaks::unattendedRunTakesSecretsFromTheEnvironment()
{
    TickPeer working(false);
    QProcessEnvironment env;
    env.insert(QStringLiteral("FEEDBOARD_SECRET_FB_ENV"), m_token);
    const QString url
        = QStringLiteral("ws://127.0.0.1:%1/s?key=${secret:FB_ENV}").arg(working.port());
    const QString capture = m_dir->filePath(QStringLiteral("env.capture.jsonl"));
    QProcess *run = start({ QStringLiteral("--headless"), QStringLiteral("--url"), url,
                            QStringLiteral("--duration"), QStringLiteral("1"),
                            QStringLiteral("--record"), capture },
                          env);
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 20000);
    const QByteArray err = run->readAllStandardError();
    QVERIFY2(run->exitCode() == 0, err.constData());
    QCOMPARE(working.queries().value(0), QStringLiteral("key=") + m_token);
    checkClean(QStringLiteral("stderr"), err, m_token);
    checkClean(QStringLiteral("stdout"), run->readAllStandardOutput(), m_token);
    checkClean(QStringLiteral("the capture"), readFile(capture), m_token);
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
