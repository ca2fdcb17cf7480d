// SIGHUP reloads the profile of a headless run (issue 17, README "Running as a service"): the
// real binary against three QWebSocketServers on 127.0.0.1. Feeds that left the profile stop,
// new ones start, changed ones restart; an unchanged feed keeps its connection and counters;
// a profile that no longer reads is refused with one line and the run goes on.
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include "testpaths.h"

#include <csignal>

namespace {
// Sends {"p":n} every 10 ms to every client; counts connections and open clients.
class TickPeer final : public QObject
{
public:
    TickPeer()
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                ++m_connections;
                ++m_open;
                connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                    --m_open;
                    socket->deleteLater();
                });
                auto *timer = new QTimer(socket);
                connect(timer, &QTimer::timeout, socket, [this, socket] {
                    socket->sendTextMessage(QStringLiteral("{\"p\":%1}").arg(++m_sent));
                });
                timer->start(10);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }
    int connections() const { return m_connections; }
    int open() const { return m_open; }

private:
    QWebSocketServer m_server { QStringLiteral("tick"), QWebSocketServer::NonSecureMode };
    int m_connections = 0;
    int m_open = 0;
    int m_sent = 0;
};

QByteArray feedJson(const char *name, const TickPeer &peer, const char *field = "/p")
{
    return QByteArray(R"({"name":")") + name + R"(","url":")" + peer.url().toUtf8()
        + R"(","decode":{"fields":[")" + field + R"("]}})";
}

bool writeProfile(const QString &path, const QList<QByteArray> &feeds)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray json = R"({"version":1,"name":"reload","feeds":[)";
    for (qsizetype i = 0; i < feeds.size(); ++i)
        json += (i ? "," : "") + feeds[i];
    // A feed quiet for 1.5 s fires "quiet": a feed a reload removed must not.
    json += R"(],"alerts":[{"name":"quiet","feed":"*","staleMs":1500}]})";
    return file.write(json) == json.size();
}
} // namespace

class tst_Reload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sighupReloadsTheProfile();

private:
    // Reads what the run printed so far; stats lines of feed `b` must never count down.
    void pump(int ms);
    QList<quint64> framesOf(const QByteArray &feed) const;

    QProcess m_run;
    QByteArray m_out;
    QByteArray m_err;
};

void tst_Reload::pump(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QTest::qWait(20);
        m_out += m_run.readAllStandardOutput();
        m_err += m_run.readAllStandardError();
    }
}

QList<quint64> tst_Reload::framesOf(const QByteArray &feed) const
{
    static const QRegularExpression frames(QStringLiteral("frames=(\\d+)"));
    QList<quint64> values;
    for (const QByteArray &line : m_out.split('\n')) {
        if (!line.startsWith(QByteArray("stats feed=" + feed + ' ')))
            continue;
        values << frames.match(QString::fromUtf8(line)).captured(1).toULongLong();
    }
    return values;
}

void tst_Reload::sighupReloadsTheProfile()
{
    TickPeer a, b, c;
    QVERIFY(a.listen() && b.listen() && c.listen());
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/i17-rest-reload-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(QStringLiteral("desk.json"));
    QVERIFY(writeProfile(profile, { feedJson("a", a), feedJson("b", b) }));

    m_run.start(TestPaths::binary(),
                { QStringLiteral("--headless"), QStringLiteral("--profile"), profile,
                  QStringLiteral("--duration"), QStringLiteral("120") });
    QVERIFY(m_run.waitForStarted());
    const auto hangUp = [this] { QCOMPARE(::kill(pid_t(m_run.processId()), SIGHUP), 0); };
    QTRY_VERIFY_WITH_TIMEOUT(a.open() == 1 && b.open() == 1, 15000);
    pump(1500);
    QVERIFY2(!framesOf("b").isEmpty() && framesOf("b").constLast() > 0, m_out.constData());

    // b unchanged, a gone, c new.
    QVERIFY(writeProfile(profile, { feedJson("b", b), feedJson("c", c) }));
    hangUp();
    QTRY_VERIFY_WITH_TIMEOUT(c.open() == 1 && a.open() == 0, 15000);
    pump(2500);
    QVERIFY2(m_err.contains("feedboard: reload: feed a removed, stopped\n"), m_err.constData());
    QVERIFY2(m_err.contains("feedboard: reload: feed c added, started\n"), m_err.constData());
    QVERIFY2(m_err.contains(": 1 added, 1 removed, 0 changed, 1 unchanged\n"), m_err.constData());
    const qsizetype reloaded = m_out.size();
    pump(1200);
    QVERIFY2(!m_out.mid(reloaded).contains("stats feed=a "), m_out.constData());
    QVERIFY(m_out.mid(reloaded).contains("stats feed=c state=open "));

    // c changed (another field): restarted; b still untouched.
    QVERIFY(writeProfile(profile, { feedJson("b", b), feedJson("c", c, "/q") }));
    hangUp();
    QTRY_VERIFY_WITH_TIMEOUT(c.connections() == 2 && c.open() == 1, 15000);
    pump(300);
    QVERIFY2(m_err.contains("feedboard: reload: feed c changed, restarted\n"), m_err.constData());

    // A profile that no longer reads: one line, the run goes on with the feeds it has.
    {
        QFile broken(profile);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write(R"({"version":1,"feeds":[{"name":)");
    }
    const qsizetype errBefore = m_err.size();
    hangUp();
    pump(2500);
    const QByteArray refused = m_err.mid(errBefore);
    QVERIFY2(refused.startsWith("feedboard: reload refused, the run goes on"), refused.constData());
    QCOMPARE(refused.count('\n'), 1);
    QCOMPARE(m_run.state(), QProcess::Running);

    // b was connected once and its frame count only ever grew, across all three reloads.
    QCOMPARE(b.connections(), 1);
    QCOMPARE(b.open(), 1);
    const QList<quint64> bFrames = framesOf("b");
    QVERIFY(bFrames.size() >= 6);
    for (qsizetype i = 1; i < bFrames.size(); ++i)
        QVERIFY2(bFrames[i] >= bFrames[i - 1], m_out.constData());
    QVERIFY(bFrames.constLast() > bFrames.constFirst());
    QCOMPARE(a.connections(), 1);
    QVERIFY2(!m_out.contains("rule=quiet severity=warning feed=a "), m_out.constData());

    m_run.terminate();
    QVERIFY(m_run.waitForFinished(15000));
    QCOMPARE(m_run.exitCode(), 0);
    m_out += m_run.readAllStandardOutput();
    QVERIFY(m_out.contains("\ntotal frames="));
}

QTEST_GUILESS_MAIN(tst_Reload)
#include "tst_reload.moc"
