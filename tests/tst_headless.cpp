// Runs the built feedboard binary headless, as users' scripts do, and checks its output and
// files against the contract: stats lines, total line, capture, CSV and log exports, exit
// statuses, and that replaying the capture exports the same CSV as the live run.
#include "feedboardrun.h"
#include "refusingport.h"
#include "testsupport.h"
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cmath>
#include "testpaths.h"

namespace {
using TestSupport::readLines;
using TestSupport::Run;
using TestSupport::runFeedboard;

QHash<QString, QString> pairs(const QByteArray &line)
{
    QHash<QString, QString> map;
    const QList<QByteArray> parts = line.split(' ');
    for (const QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            map.insert(QString::fromUtf8(part.left(eq)), QString::fromUtf8(part.mid(eq + 1)));
    }
    return map;
}

// Splits one CSV record (RFC 4180; the demo's fields need no quotes but handle them anyway).
QStringList csvFields(const QByteArray &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    const QString text = QString::fromUtf8(line);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}
} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoRunMatchesContract();
    void replayExportsEqualLiveExports();
    void badArguments_data();
    void badArguments();
    void unreachableFeedExitsWithTwo();
    void decodeErrorReasonsOnStderr();
    void profileByName_data();
    void profileByName();

private:
    QTemporaryDir m_dir;
    QString m_capture, m_csv, m_logs;
    Run m_live;
};

void TestHeadless::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_capture = m_dir.filePath(QStringLiteral("demo.capture.jsonl"));
    m_csv = m_dir.filePath(QStringLiteral("demo.csv"));
    m_logs = m_dir.filePath(QStringLiteral("demo.log"));
    m_live = runFeedboard({ QStringLiteral("--demo"), QStringLiteral("--headless"),
                            QStringLiteral("--duration"), QStringLiteral("3.5"),
                            QStringLiteral("--record"), m_capture, QStringLiteral("--export"),
                            m_csv, QStringLiteral("--export-logs"), m_logs });
}

void TestHeadless::demoRunMatchesContract()
{
    QVERIFY2(m_live.exitCode == 0, m_live.err.constData());
    const QList<QByteArray> lines = m_live.out.trimmed().split('\n');
    // 3 whole seconds x 2 feeds of stats lines, then the total line.
    QVERIFY2(lines.size() >= 7, m_live.out.constData());
    const QRegularExpression statsLine(QStringLiteral(
        R"(^stats feed=(\S+) state=(\S+) frames=(\d+) decoded=(\d+) rate=(\d+) errors=(\d+) samples=(\d+)( \S+=\S+)*$)"));
    QSet<QString> feeds;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const auto match = statsLine.match(QString::fromUtf8(lines[i]));
        QVERIFY2(match.hasMatch(), lines[i].constData());
        feeds << match.captured(1);
        QCOMPARE(match.captured(2), QStringLiteral("open"));
    }
    QCOMPARE(feeds, (QSet<QString> { QStringLiteral("ticks"), QStringLiteral("logs") }));
    QVERIFY(lines.last().startsWith("total "));
    const auto total = pairs(lines.last());
    for (const char *key : { "frames", "decoded", "errors", "samples", "seconds" })
        QVERIFY2(total.contains(QLatin1String(key)), key);
    const quint64 frames = total.value(QStringLiteral("frames")).toULongLong();
    const quint64 samples = total.value(QStringLiteral("samples")).toULongLong();
    QVERIFY2(frames > 500, lines.last().constData()); // ~400 ticks/s for 3.5 s
    QCOMPARE(total.value(QStringLiteral("errors")), QStringLiteral("0"));
    QCOMPARE(total.value(QStringLiteral("decoded")).toULongLong(), frames);

    // Capture: header, then one line per frame with t, feed, type, data.
    const QList<QByteArray> capture = readLines(m_capture);
    QVERIFY(!capture.isEmpty());
    const QJsonObject header = QJsonDocument::fromJson(capture.first()).object();
    QCOMPARE(header.value(QStringLiteral("format")).toString(),
             QStringLiteral("feedboard-capture"));
    QCOMPARE(header.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(
        QDateTime::fromString(header.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs)
            .isValid());
    const QJsonArray headerFeeds = header.value(QStringLiteral("feeds")).toArray();
    QCOMPARE(headerFeeds.size(), 2);
    for (const QJsonValue &feed : headerFeeds) {
        QVERIFY(feed.toObject().value(QStringLiteral("name")).isString());
        QVERIFY(feed.toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QLatin1String("ws://127.0.0.1:")));
    }
    quint64 textFrames = 0;
    for (qsizetype i = 1; i < capture.size(); ++i) {
        QJsonParseError error;
        const QJsonObject line = QJsonDocument::fromJson(capture[i], &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, capture[i].constData());
        QVERIFY(line.value(QStringLiteral("t")).isDouble());
        const double t = line.value(QStringLiteral("t")).toDouble();
        QCOMPARE(t, std::floor(t)); // integer microseconds
        QVERIFY(t > 1.7e15);
        QVERIFY(line.value(QStringLiteral("feed")).isString());
        if (line.contains(QStringLiteral("event")))
            continue;
        QCOMPARE(line.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QVERIFY(QJsonDocument::fromJson(line.value(QStringLiteral("data")).toString().toUtf8())
                    .isObject());
        ++textFrames;
    }
    QCOMPARE(textFrames, frames);

    // CSV: exact header, one row per sample, time_iso consistent with time_ms.
    const QList<QByteArray> csv = readLines(m_csv);
    QCOMPARE(csv.first(), QByteArray("time_iso,time_ms,feed,key,field,value"));
    QCOMPARE(quint64(csv.size() - 1), samples);
    const QStringList tickFields = { QStringLiteral("/price"), QStringLiteral("/bid"),
                                     QStringLiteral("/ask"), QStringLiteral("/volume") };
    for (qsizetype i = 1; i < csv.size(); ++i) {
        const QStringList row = csvFields(csv[i]);
        QCOMPARE(row.size(), 6);
        bool ok = false;
        const double timeMs = row[1].toDouble(&ok);
        QVERIFY(ok);
        QCOMPARE(row[0],
                 QDateTime::fromMSecsSinceEpoch(qint64(std::floor(timeMs)), Qt::UTC)
                     .toString(Qt::ISODateWithMs));
        QVERIFY(row[0].endsWith(QLatin1Char('Z')));
        if (row[2] == QLatin1String("ticks")) {
            QVERIFY2(!row[3].isEmpty(), csv[i].constData());
            QVERIFY2(tickFields.contains(row[4]), csv[i].constData());
        } else {
            QCOMPARE(row[2], QStringLiteral("logs"));
            QVERIFY(row[3].isEmpty());
            QCOMPARE(row[4], QStringLiteral("/latency_ms"));
        }
        row[5].toDouble(&ok);
        QVERIFY2(ok, csv[i].constData());
    }

    // Log export: TIME_ISO<TAB>FEED<TAB>LEVEL<TAB>MESSAGE.
    const QList<QByteArray> logs = readLines(m_logs);
    QVERIFY(logs.size() >= 5);
    const QStringList levels
        = { QStringLiteral("TRACE"), QStringLiteral("DEBUG"), QStringLiteral("INFO"),
            QStringLiteral("WARN"),  QStringLiteral("ERROR"), QStringLiteral("FATAL") };
    for (const QByteArray &line : logs) {
        const QList<QByteArray> fields = line.split('\t');
        QCOMPARE(fields.size(), 4);
        QVERIFY(QDateTime::fromString(QString::fromUtf8(fields[0]), Qt::ISODateWithMs).isValid());
        QCOMPARE(fields[1], QByteArray("logs"));
        QVERIFY2(levels.contains(QString::fromUtf8(fields[2])), line.constData());
        QVERIFY(!fields[3].isEmpty());
    }
}

void TestHeadless::replayExportsEqualLiveExports()
{
    QVERIFY2(m_live.exitCode == 0, m_live.err.constData());
    const QString csv = m_dir.filePath(QStringLiteral("replay.csv"));
    const QString logs = m_dir.filePath(QStringLiteral("replay.log"));
    const Run replay
        = runFeedboard({ QStringLiteral("--replay"), m_capture, QStringLiteral("--headless"),
                         QStringLiteral("--export"), csv, QStringLiteral("--export-logs"), logs });
    QVERIFY2(replay.exitCode == 0, replay.err.constData());
    QVERIFY(replay.out.contains("total frames="));
    QCOMPARE(readLines(csv), readLines(m_csv));
    QCOMPARE(readLines(logs), readLines(m_logs));
}

void TestHeadless::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--bogus") } << QStringLiteral("bogus");
    QTest::newRow("http url") << QStringList {
        QStringLiteral("--headless"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/")
    } << QStringLiteral("ws://");
    QTest::newRow("negative duration")
        << QStringList { QStringLiteral("--demo"), QStringLiteral("--headless"),
                         QStringLiteral("--duration"), QStringLiteral("-3") }
        << QStringLiteral("--duration");
    QTest::newRow("export extension")
        << QStringList { QStringLiteral("--demo"), QStringLiteral("--headless"),
                         QStringLiteral("--export"), QStringLiteral("out.xlsx") }
        << QStringLiteral(".csv");
    QTest::newRow("missing profile")
        << QStringList { QStringLiteral("--headless"), QStringLiteral("--profile"),
                         QStringLiteral("/nonexistent/p.json") }
        << QStringLiteral("no such file");
    QTest::newRow("headless without feed")
        << QStringList { QStringLiteral("--headless") } << QStringLiteral("needs a feed");
    // Bad URLs (issue 7): each named, with why.
    const auto url = [](const char *text) {
        return QStringList { QStringLiteral("--headless"), QStringLiteral("--url"),
                             QString::fromLatin1(text) };
    };
    QTest::newRow("url typo") << url("ws//127.0.0.1:9000/")
                              << QStringLiteral(
                                     "ws//127.0.0.1:9000/: The URL must start with ws://");
    QTest::newRow("ftp url") << url("ftp://127.0.0.1:21/")
                             << QStringLiteral(
                                    "ftp://127.0.0.1:21/: The URL must start with ws://");
    QTest::newRow("port 0") << url("ws://127.0.0.1:0/")
                            << QStringLiteral("Port 0 cannot be connected to");
    QTest::newRow("port 70000") << url("ws://127.0.0.1:70000/")
                                << QStringLiteral("from 1 to 65535");
    QTest::newRow("empty host") << url("ws://:9000/")
                                << QStringLiteral("ws://:9000/: The URL has no host");
    // Bad files: a directory, a missing file, and 1 GiB files (sparse: no disk, and the app
    // must refuse them without reading them).
    const QString directory = m_dir.filePath(QStringLiteral("a-directory"));
    QVERIFY(QDir().mkpath(directory));
    const QString huge = m_dir.filePath(QStringLiteral("huge.json"));
    QFile hugeFile(huge);
    QVERIFY(hugeFile.open(QIODevice::WriteOnly) && hugeFile.resize(qint64(1) << 30));
    hugeFile.close();
    const auto args = [](const char *option, const QString &path) {
        return QStringList { QStringLiteral("--headless"), QString::fromLatin1(option), path };
    };
    QTest::newRow("profile is a directory")
        << args("--profile", directory) << QStringLiteral("is a directory");
    QTest::newRow("profile of 1 GiB")
        << args("--profile", huge) << QStringLiteral("too large for a profile");
    const QString httpProfile = m_dir.filePath(QStringLiteral("http.json"));
    QFile profileFile(httpProfile);
    QVERIFY(profileFile.open(QIODevice::WriteOnly));
    profileFile.write(
        R"({"version":1,"name":"x","feeds":[{"name":"a","url":"http://127.0.0.1:1/"}]})");
    profileFile.close();
    QTest::newRow("profile with an http URL")
        << args("--profile", httpProfile) << QStringLiteral("/feeds/0/url");
    QTest::newRow("replay missing") << args("--replay", QStringLiteral("/nonexistent/c.jsonl"))
                                    << QStringLiteral("/nonexistent/c.jsonl: no such capture file");
    QTest::newRow("replay directory")
        << args("--replay", directory) << QStringLiteral("is a directory");
    QTest::newRow("replay 1 GiB of zeros")
        << args("--replay", huge) << QStringLiteral("not a FeedBoard capture");
}

void TestHeadless::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run run = runFeedboard(arguments);
    QCOMPARE(run.exitCode, 1);
    const QByteArray err = run.err.trimmed();
    QVERIFY2(!err.contains('\n'), err.constData()); // one line
    QVERIFY2(QString::fromUtf8(err).contains(reason), err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestHeadless::unreachableFeedExitsWithTwo()
{
    // A port with nobody listening (bound, never listening, for the whole run).
    const RefusingPort nobody;
    const quint16 port = nobody.port();
    const Run run = runFeedboard({ QStringLiteral("--headless"), QStringLiteral("--url"),
                                   QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                                   QStringLiteral("--duration"), QStringLiteral("1.5") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains("state=reconnecting"), run.out.constData());
    QVERIFY(run.out.contains("total frames=0"));
    QVERIFY2(run.err.contains("refused") || run.err.contains("Connection"), run.err.constData());
}

void TestHeadless::profileByName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("exitCode");
    // Found by file name or by the name inside the file: the feed is unreachable, so the
    // run reports it and exits 2; a missing profile is exit 1 with the path tried.
    QTest::newRow("file name") << QStringLiteral("crypto desk.json")
                               << QStringLiteral("crypto desk") << 2;
    QTest::newRow("name inside") << QStringLiteral("imported-2.json")
                                 << QStringLiteral("crypto desk") << 2;
    QTest::newRow("missing") << QStringLiteral("other.json") << QStringLiteral("nowhere") << 1;
}

void TestHeadless::profileByName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, argument);
    QFETCH(int, exitCode);
    QTemporaryDir config;
    QVERIFY(config.isValid());
    // AppConfigLocation is $XDG_CONFIG_HOME/<organisation>/<application>.
    const QString folder = config.filePath(QStringLiteral("FeedBoard/FeedBoard/profiles"));
    QVERIFY(QDir().mkpath(folder));
    const RefusingPort nobody;
    const quint16 port = nobody.port();
    QFile file(folder + QLatin1Char('/') + fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral(
            R"({"version":1,"name":"crypto desk","feeds":[{"name":"t","url":"ws://127.0.0.1:%1/"}]})")
            .arg(port)
            .toUtf8());
    file.close();

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    process.setProcessEnvironment(env);
    process.start(TestPaths::binary(),
                  { QStringLiteral("--headless"), QStringLiteral("--profile"), argument,
                    QStringLiteral("--duration"), QStringLiteral("1.5") });
    QVERIFY(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), exitCode);
    if (exitCode == 1)
        QVERIFY2(err.contains("no such file"), err.constData());
    else
        QVERIFY2(process.readAllStandardOutput().contains("stats feed=t "), err.constData());
}

void TestHeadless::decodeErrorReasonsOnStderr()
{
    // A real server on 127.0.0.1 sends a good frame and two bad ones; the headless run counts
    // the errors on stdout and says why on stderr (the test's event loop serves while waiting),
    // and how many frames the general decoding path took.
    QWebSocketServer server(QStringLiteral("bad frames"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server);
            socket->sendTextMessage(QStringLiteral(R"({"p":1})"));
            socket->sendTextMessage(QStringLiteral(R"({"p":1)"));
            socket->sendTextMessage(QStringLiteral(R"({"p":1} trailing)"));
        }
    });
    QProcess app;
    app.start(TestPaths::binary(),
              { QStringLiteral("--headless"), QStringLiteral("--url"),
                QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()),
                QStringLiteral("--duration"), QStringLiteral("1.5") });
    QTRY_COMPARE_WITH_TIMEOUT(app.state(), QProcess::NotRunning, 30000);
    QCOMPARE(app.exitCode(), 0);
    const QByteArray out = app.readAllStandardOutput();
    const QByteArray err = app.readAllStandardError();
    QVERIFY2(out.contains("total frames=3 decoded=1 errors=2"), out.constData());
    // The good frame took the fast decoder; the two malformed ones the general path, which
    // the stats line counts (an added pair, after the contract's).
    QVERIFY2(out.contains(" slow_path=2"), out.constData());
    QVERIFY2(!out.contains(" slow_path=3"), out.constData());
    QVERIFY2(err.contains(": 2 decode errors, the last: malformed JSON at offset"),
             err.constData());
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
