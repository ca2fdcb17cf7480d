// Service mode (issue 17, contract "Service mode"): the pieces (address parsing, series
// globs and their cap, the Prometheus text, the token compare) and the real binary run
// headless with --serve against a QWebSocketServer on 127.0.0.1, scraped over HTTP with
// QNetworkAccessManager and checked by Prometheus's own promtool.
#include "model/ingestbatch.h"
#include "service/serveaddress.h"
#include "service/serviceendpoint.h"
#include "service/servicesnapshot.h"
#include "service/seriesselection.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include "testpaths.h"

namespace {
// Sends the same three frames to every client that connects, then (first client only) closes
// it, so the run sees one reconnect.
class ScriptedPeer final : public QObject
{
public:
    ScriptedPeer()
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                ++m_connections;
                if (m_connections > 1)
                    continue;
                for (const char *frame :
                     { R"({"s":"AAA","p":1.25,"q":7})", R"({"s":"BBB","p":-3.5e-7,"q":8})",
                       R"({"s":"AAA","p":2.75,"q":9})" })
                    socket->sendTextMessage(QString::fromLatin1(frame));
                socket->flush();
                QTimer::singleShot(300, socket, [socket] { socket->close(); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()));
    }
    int connections() const { return m_connections; }

private:
    QWebSocketServer m_server { QStringLiteral("scripted"), QWebSocketServer::NonSecureMode };
    int m_connections = 0;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

Reply httpGet(const QUrl &url, const QByteArray &authorization = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

// The sample value of `metric{labels}` in a scrape, or NaN when the line is missing.
double metricValue(const QByteArray &scrape, const QByteArray &metricWithLabels)
{
    for (const QByteArray &line : scrape.split('\n')) {
        if (line.startsWith(QByteArray(metricWithLabels + ' ')))
            return line.mid(metricWithLabels.size() + 1).toDouble();
    }
    return qQNaN();
}

// A headless feedboard with --serve on a free port; knows its URL once it said so on stderr.
class ServedRun
{
public:
    explicit ServedRun(const QStringList &arguments)
    {
        m_process.setProgram(TestPaths::binary());
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~ServedRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Waits for "serving http://ADDR:PORT/" on stderr.
    QUrl waitForUrl()
    {
        static const QRegularExpression serving(QStringLiteral("serving (http://\\S+/)"));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_err += m_process.readAllStandardError();
            const auto match = serving.match(QString::fromUtf8(m_err));
            if (match.hasMatch())
                return QUrl(match.captured(1));
        }
        return {};
    }
    QProcess &process() { return m_process; }
    QByteArray err()
    {
        m_err += m_process.readAllStandardError();
        return m_err;
    }

private:
    QProcess m_process;
    QByteArray m_err;
};

SeriesInfo info(int id, const char *feed, const QByteArray &key, const char *field)
{
    return TestSupport::seriesInfo(id, QString::fromUtf8(feed), QString::fromUtf8(key),
                                   QString::fromUtf8(field));
}
} // namespace

class tst_Service : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serveAddress_data();
    void serveAddress();
    void globs_data();
    void globs();
    void selectionCap();
    void constantTimeCompare();
    void prometheusTextEscapes();
    void metricsOfALiveRun();
    void tokenRequired();
    void refusals_data();
    void refusals();
    void portInUse();
};

void tst_Service::serveAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("port only") << "9464" << true << "127.0.0.1" << 9464 << true;
    QTest::newRow("free port") << "0" << true << "127.0.0.1" << 0 << true;
    QTest::newRow("ipv4") << "127.0.0.2:80" << true << "127.0.0.2" << 80 << true;
    QTest::newRow("localhost") << "localhost:81" << true << "127.0.0.1" << 81 << true;
    QTest::newRow("ipv6") << "[::1]:82" << true << "::1" << 82 << true;
    QTest::newRow("any") << "0.0.0.0:83" << true << "0.0.0.0" << 83 << false;
    QTest::newRow("bare ipv6") << "::1:82" << false << "" << 0 << false;
    QTest::newRow("host name") << "example.invalid:80" << false << "" << 0 << false;
    QTest::newRow("port too big") << "65536" << false << "" << 0 << false;
    QTest::newRow("not a port") << "http" << false << "" << 0 << false;
    QTest::newRow("empty") << "" << false << "" << 0 << false;
}

void tst_Service::serveAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto parsed = ServeAddress::parse(text, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(bool, loopback);
    QCOMPARE(parsed->address, QHostAddress(address));
    QCOMPARE(int(parsed->port), port);
    QCOMPARE(parsed->isLoopback(), loopback);
}

void tst_Service::globs_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("match");
    QTest::newRow("star all") << "*"
                              << "" << true;
    QTest::newRow("star slash") << "*"
                                << "/a/b" << true;
    QTest::newRow("prefix") << "BTC*"
                            << "BTCUSDT" << true;
    QTest::newRow("prefix miss") << "BTC*"
                                 << "ETHUSDT" << false;
    QTest::newRow("question") << "A?C"
                              << "ABC" << true;
    QTest::newRow("question short") << "A?C"
                                    << "AC" << false;
    QTest::newRow("middle") << "*US*T"
                            << "BTCUSDT" << true;
    QTest::newRow("literal") << "/p"
                             << "/p" << true;
    QTest::newRow("literal miss") << "/p"
                                  << "/q" << false;
}

void tst_Service::globs()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, match);
    QCOMPARE(globMatches(pattern, text), match);
}

void tst_Service::selectionCap()
{
    QString error;
    QVERIFY(!SeriesPattern::parse(QStringLiteral("ticks"), &error));
    QVERIFY(!SeriesPattern::parse(QStringLiteral("ticks/*/"), &error));
    const auto pattern = SeriesPattern::parse(QStringLiteral("ticks/K*/p"), &error);
    QVERIFY2(pattern, qPrintable(error));
    QCOMPARE(pattern->field, QStringLiteral("p"));
    const auto doubled = SeriesPattern::parse(QStringLiteral("ticks/K*//p"), &error);
    QVERIFY(doubled);
    QVERIFY(doubled->matches(info(0, "ticks", "K1", "/p")));
    QVERIFY(pattern->matches(info(0, "ticks", "K1", "/p")));
    QVERIFY(!pattern->matches(info(0, "ticks", "K1", "/q")));
    QVERIFY(!pattern->matches(info(0, "other", "K1", "/p")));

    SeriesSelection selection({ *pattern }, 2);
    IngestBatch batch;
    for (int i = 0; i < 5; ++i)
        batch.newSeries.push_back(info(i, "ticks", QByteArray("K" + QByteArray::number(i)), "/p"));
    batch.newSeries.push_back(info(5, "ticks", "K", "/q")); // not chosen
    batch.samples = { { 0, 1000.0, 1.5 },
                      { 1, 1001.0, 2.5 },
                      { 4, 1002.0, 9.0 },
                      { 5, 1003.0, 7.0 },
                      { 0, 1004.0, 3.5 } };
    selection.addBatch(batch);
    QCOMPARE(selection.values().size(), size_t(2));
    QCOMPARE(selection.refused(), quint64(3));
    QCOMPARE(selection.values()[0].value, 3.5); // the latest
    QCOMPARE(selection.values()[0].timeMs, 1004.0);
    QCOMPARE(selection.values()[1].value, 2.5);

    // A feed restarted by a reload announces its series again under new ids: same slot.
    IngestBatch again;
    again.newSeries.push_back(info(7, "ticks", "K0", "/p"));
    again.samples = { { 7, 1005.0, 4.5 } };
    selection.addBatch(again);
    QCOMPARE(selection.values().size(), size_t(2));
    QCOMPARE(selection.values()[0].value, 4.5);
    QCOMPARE(selection.refused(), quint64(3));
}

void tst_Service::constantTimeCompare()
{
    QVERIFY(ServiceEndpoint::constantTimeEquals("Bearer abc", "Bearer abc"));
    QVERIFY(!ServiceEndpoint::constantTimeEquals("Bearer abd", "Bearer abc"));
    QVERIFY(!ServiceEndpoint::constantTimeEquals("Bearer ab", "Bearer abc"));
    QVERIFY(!ServiceEndpoint::constantTimeEquals("", "Bearer abc"));
    QVERIFY(!ServiceEndpoint::constantTimeEquals(QByteArray("Bearer abc\0", 11), "Bearer abc"));
}

void tst_Service::prometheusTextEscapes()
{
    FeedStats feed;
    feed.feed = QStringLiteral("we\"ird\\name\n");
    feed.frames = 12;
    feed.state = FeedState::Open;
    feed.rttMs = 2.5;
    ServiceSnapshot snapshot;
    snapshot.feeds = { feed };
    const QByteArray text = ServiceFormat::prometheusText(snapshot);
    const QByteArray labels = R"({feed="we\"ird\\name\n"})";
    QCOMPARE(metricValue(text, "feedboard_frames_total" + labels), 12.0);
    QCOMPARE(metricValue(text, "feedboard_feed_up" + labels), 1.0);
    QCOMPARE(metricValue(text, "feedboard_rtt_seconds" + labels), 0.0025);
    QVERIFY(text.contains("# TYPE feedboard_frames_total counter\n"));
    QVERIFY(text.endsWith('\n'));
}

void tst_Service::metricsOfALiveRun()
{
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/i17-service-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString capture = dir.filePath(QStringLiteral("run.capture.jsonl"));
    // One rule the feed's /p (2.75 at last) fires, one it never does.
    const QString rules = dir.filePath(QStringLiteral("rules.json"));
    {
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"alerts":[
          {"name":"p high","severity":"critical","series":{"feed":"*","key":"*","field":"/p"},"above":2},
          {"name":"p negative","severity":"info","series":{"feed":"*","key":"*","field":"/p"},"below":-100}
        ]})");
    }
    ServedRun run({ QStringLiteral("--headless"), QStringLiteral("--url"), peer.url().toString(),
                    QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--serve"),
                    QStringLiteral("0"), QStringLiteral("--metrics-series"),
                    QStringLiteral("*/*/p"), QStringLiteral("--record"), capture,
                    QStringLiteral("--alerts"), rules });
    const QUrl base = run.waitForUrl();
    QVERIFY2(base.isValid(), run.err().constData());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));

    // The feed is named after its URL (host:port); the peer drops the first connection after
    // its frames, and the feed reconnects.
    const QByteArray name = "127.0.0.1:" + QByteArray::number(peer.url().port());
    const QByteArray feed = "{feed=\"" + name + "\"}";
    QTRY_VERIFY_WITH_TIMEOUT(peer.connections() >= 2, 15000);
    QByteArray scrape;
    QTRY_VERIFY_WITH_TIMEOUT((scrape = httpGet(base.resolved(QUrl(QStringLiteral("metrics")))).body,
                              metricValue(scrape, "feedboard_reconnects_total" + feed) >= 1.0
                                  && metricValue(scrape, "feedboard_feed_up" + feed) == 1.0),
                             15000);
    const Reply metrics = httpGet(base.resolved(QUrl(QStringLiteral("metrics"))));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.contentType.startsWith("text/plain; version=0.0.4"));
    scrape = metrics.body;
    QCOMPARE(metricValue(scrape, "feedboard_frames_total" + feed), 3.0);
    QCOMPARE(metricValue(scrape, "feedboard_decoded_total" + feed), 3.0);
    QCOMPARE(metricValue(scrape, "feedboard_decode_errors_total" + feed), 0.0);
    QVERIFY(metricValue(scrape, "feedboard_bytes_total" + feed) > 60.0);
    QVERIFY(metricValue(scrape, "feedboard_capture_bytes") > 100.0);
    // The last /p of the feed (no key), exact; /q is not chosen.
    QCOMPARE(
        metricValue(scrape, "feedboard_series_value{feed=\"" + name + "\",key=\"\",field=\"/p\"}"),
        2.75);
    QVERIFY(!scrape.contains("field=\"/q\""));
    QVERIFY(scrape.contains("# TYPE feedboard_rtt_seconds gauge"));
    // Active alerts: by severity (zeros included), and the instance that fires.
    QCOMPARE(metricValue(scrape, "feedboard_alerts_active{severity=\"critical\"}"), 1.0);
    QCOMPARE(metricValue(scrape, "feedboard_alerts_active{severity=\"info\"}"), 0.0);
    QCOMPARE(metricValue(scrape, "feedboard_alerts_active{severity=\"warning\"}"), 0.0);
    QCOMPARE(metricValue(scrape,
                         "feedboard_alert_firing{rule=\"p high\",severity=\"critical\",feed=\""
                             + name + "\",key=\"\",field=\"/p\"}"),
             1.0);
    QVERIFY(!scrape.contains("rule=\"p negative\""));

    // promtool, Prometheus's own checker, accepts the scrape.
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QVERIFY2(!promtool.isEmpty(), "promtool missing: run scripts/install-deps.sh (prometheus)");
    QProcess check;
    check.start(promtool, { QStringLiteral("check"), QStringLiteral("metrics") });
    QVERIFY(check.waitForStarted());
    check.write(scrape);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    QVERIFY2(check.exitCode() == 0,
             QByteArray(check.readAllStandardOutput() + check.readAllStandardError()).constData());

    const Reply status = httpGet(base.resolved(QUrl(QStringLiteral("status"))));
    QCOMPARE(status.status, 200);
    const QJsonObject root = QJsonDocument::fromJson(status.body).object();
    const QJsonArray feeds = root.value(QStringLiteral("feeds")).toArray();
    QCOMPARE(feeds.size(), 1);
    const QJsonObject first = feeds.first().toObject();
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(first.value(QStringLiteral("frames")).toInt(), 3);
    QVERIFY(first.value(QStringLiteral("reconnects")).toInt() >= 1);
    QCOMPARE(
        root.value(QStringLiteral("capture")).toObject().value(QStringLiteral("path")).toString(),
        capture);
    QVERIFY(root.value(QStringLiteral("uptimeSeconds")).toDouble() > 0.0);
    const QJsonArray alerts = root.value(QStringLiteral("alerts")).toArray();
    QCOMPARE(alerts.size(), 1);
    const QJsonObject alert = alerts.first().toObject();
    QCOMPARE(alert.value(QStringLiteral("rule")).toString(), QStringLiteral("p high"));
    QCOMPARE(alert.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(alert.value(QStringLiteral("state")).toString(), QStringLiteral("firing"));
    QCOMPARE(alert.value(QStringLiteral("field")).toString(), QStringLiteral("/p"));
    QCOMPARE(alert.value(QStringLiteral("value")).toDouble(), 2.75);

    const Reply health = httpGet(base.resolved(QUrl(QStringLiteral("healthz"))));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.trimmed(), QByteArray("ok"));
    QCOMPARE(httpGet(base.resolved(QUrl(QStringLiteral("nothing")))).status, 404);

    // SIGTERM ends it cleanly, stats lines unchanged in form.
    run.process().terminate();
    QVERIFY(run.process().waitForFinished(15000));
    QCOMPARE(run.process().exitCode(), 0);
    QVERIFY(run.process().readAllStandardOutput().contains("total frames=3 "));
}

void tst_Service::tokenRequired()
{
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    const QByteArray token = "s3cr3t-token-i17";
    ServedRun run({ QStringLiteral("--headless"), QStringLiteral("--url"), peer.url().toString(),
                    QStringLiteral("--serve"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--serve-token"), QString::fromLatin1(token) });
    const QUrl base = run.waitForUrl();
    QVERIFY2(base.isValid(), run.err().constData());
    const QUrl metrics = base.resolved(QUrl(QStringLiteral("metrics")));
    QCOMPARE(httpGet(metrics).status, 401);
    QCOMPARE(httpGet(metrics, "Bearer wrong").status, 401);
    QCOMPARE(httpGet(metrics, "Bearer " + token + "x").status, 401);
    QCOMPARE(httpGet(base.resolved(QUrl(QStringLiteral("healthz"))), "Bearer x").status, 401);
    const Reply ok = httpGet(metrics, "Bearer " + token);
    QCOMPARE(ok.status, 200);
    const Reply status = httpGet(base.resolved(QUrl(QStringLiteral("status"))), "Bearer " + token);
    QCOMPARE(status.status, 200);
    QVERIFY(!ok.body.contains(token));
    QVERIFY(!status.body.contains(token));
    run.process().terminate();
    QVERIFY(run.process().waitForFinished(15000));
    QVERIFY(!run.process().readAllStandardOutput().contains(token));
    QVERIFY(!run.err().contains(token));
}

void tst_Service::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString demo = QStringLiteral("--demo");
    const QString headless = QStringLiteral("--headless");
    const QString serve = QStringLiteral("--serve");
    QTest::newRow("non-loopback without token")
        << QStringList { demo, headless, serve, QStringLiteral("0.0.0.0:0") }
        << "needs --serve-token";
    QTest::newRow("not headless") << QStringList { demo, serve, QStringLiteral("0") }
                                  << "--serve needs --headless";
    QTest::newRow("bad port") << QStringList { demo, headless, serve, QStringLiteral("99999") }
                              << "port from 0 to 65535";
    QTest::newRow("bad series") << QStringList { demo,
                                                 headless,
                                                 serve,
                                                 QStringLiteral("0"),
                                                 QStringLiteral("--metrics-series"),
                                                 QStringLiteral("ticks") }
                                << "FEED/KEY/FIELD";
    QTest::newRow("series without serve")
        << QStringList { demo, headless, QStringLiteral("--metrics-series"),
                         QStringLiteral("a/b/c") }
        << "needs --serve";
}

void tst_Service::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FEEDBOARD_SERVE_TOKEN"));
    process.setProcessEnvironment(env);
    process.start(TestPaths::binary(), arguments);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains(reason.toUtf8()), err.constData());
    QCOMPARE(err.count('\n'), 1); // one line
}

void tst_Service::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(TestPaths::binary(),
                  { QStringLiteral("--demo"), QStringLiteral("--headless"),
                    QStringLiteral("--serve"), QString::number(taken.serverPort()) });
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("cannot listen"), err.constData());
    QVERIFY2(err.contains(QByteArray::number(taken.serverPort())), err.constData());
}

QTEST_GUILESS_MAIN(tst_Service)
#include "tst_service.moc"
