// The headless recorder as a watchdog (contract: "Alerts"), run as users' scripts run it: one
// `alert ...` line per transition, --export-alerts of a replay equal to the live run's,
// --exit-on-alert ending the run with status 3 and its files complete, and bad rules refused
// with the file, the JSON Pointer and the reason (status 1).
#include "feedboardrun.h"
#include "testsupport.h"

#include <QFile>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
using TestSupport::readLines;

using TestSupport::Run;
using TestSupport::runFeedboard;

QList<QByteArray> alertLines(const QByteArray &out)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("alert "))
            lines << line;
    }
    return lines;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// Rules that fire and resolve on the demo feed within seconds: prices above a level (some
// symbols start above it), small price changes within 200 ms (a random walk flaps), warnings
// in the log stream (each resolves 300 ms later, a deadline), and two that never fire.
const QByteArray kDemoRules = R"({"alerts":[
  {"name":"dear stock","series":{"feed":"ticks","key":"*","field":"/price"},"above":150,"clear":149},
  {"name":"move","severity":"info","series":{"feed":"ticks","key":"*","field":"/price"},"changeBy":0.15,"withinMs":200},
  {"name":"warnings","feed":"logs","logLevel":"WARN","count":1,"withinMs":300},
  {"name":"silent","severity":"critical","feed":"ticks","staleMs":20000},
  {"name":"down","severity":"critical","feed":"*","notOpenMs":20000}
]})";
} // namespace

class TestHeadlessAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void alertLinesFollowTheContract();
    void replayExportsEqualLiveExports();
    void exitOnAlertEndsWithThree();
    void badRulesExitOne_data();
    void badRulesExitOne();
    void helpNamesTheFlags();

private:
    QTemporaryDir m_dir;
    QString m_rules, m_capture, m_csv, m_jsonl;
    Run m_live;
};

void TestHeadlessAlerts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rules = m_dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(m_rules, kDemoRules));
    m_capture = m_dir.filePath(QStringLiteral("live.capture.jsonl"));
    m_csv = m_dir.filePath(QStringLiteral("live.alerts.csv"));
    m_jsonl = m_dir.filePath(QStringLiteral("live.alerts.jsonl"));
    // 6 s: the demo sends 6 log records a second, one in four WARN or worse, and under a
    // sanitizer the log feed can take a second or two to open; the rule "warnings" must see one.
    m_live = runFeedboard({ QStringLiteral("--demo"), QStringLiteral("--headless"),
                            QStringLiteral("--duration"), QStringLiteral("6"),
                            QStringLiteral("--alerts"), m_rules, QStringLiteral("--record"),
                            m_capture, QStringLiteral("--export-alerts"), m_csv });
    QVERIFY2(m_live.exitCode == 0, m_live.err.constData());
}

void TestHeadlessAlerts::alertLinesFollowTheContract()
{
    const QList<QByteArray> lines = alertLines(m_live.out);
    QVERIFY2(lines.size() >= 6, m_live.out.constData());
    const QRegularExpression format(QStringLiteral(
        R"(^alert state=(firing|resolved) rule=(\S+) severity=(info|warning|critical))"
        R"(( feed=\S+)?( key=\S+)?( field=\S+)?( value=-?[0-9.e+-]+)? time=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    QSet<QString> rules;
    for (const QByteArray &line : lines) {
        const auto match = format.match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch(), line.constData());
        rules << match.captured(2);
    }
    // Spaces in a rule's name become '_'; the rules that cannot fire in 6 s did not.
    QVERIFY(rules.contains(QStringLiteral("dear_stock")));
    QVERIFY(rules.contains(QStringLiteral("move")));
    QVERIFY(rules.contains(QStringLiteral("warnings")));
    QVERIFY(!rules.contains(QStringLiteral("silent")) && !rules.contains(QStringLiteral("down")));
    QVERIFY(lines.constFirst().contains(" feed=ticks key=")
            || lines.constFirst().contains(" feed=logs"));
    // One export row per line, and one capture event per line with the line as its detail.
    const QList<QByteArray> csv = readLines(m_csv);
    QCOMPARE(csv.constFirst(),
             QByteArray("time_iso,time_ms,state,rule,severity,feed,key,field,value"));
    QCOMPARE(csv.size() - 1, lines.size());
    qsizetype captured = 0;
    const QList<QByteArray> capture = readLines(m_capture);
    const QJsonObject header = QJsonDocument::fromJson(capture.constFirst()).object();
    QCOMPARE(header.value(QStringLiteral("alerts")).toArray().size(), 5);
    for (const QByteArray &record : capture) {
        const QJsonObject object = QJsonDocument::fromJson(record).object();
        if (object.value(QStringLiteral("event")) == QLatin1String("alert")) {
            ++captured;
            QVERIFY(lines.contains("alert "
                                   + object.value(QStringLiteral("detail")).toString().toUtf8()));
        }
    }
    QCOMPARE(captured, lines.size());
}

void TestHeadlessAlerts::replayExportsEqualLiveExports()
{
    // The rules come from the capture's header: none given to the replay.
    const QString csv = m_dir.filePath(QStringLiteral("replay.alerts.csv"));
    const Run replay
        = runFeedboard({ QStringLiteral("--replay"), m_capture, QStringLiteral("--headless"),
                         QStringLiteral("--export-alerts"), csv });
    QVERIFY2(replay.exitCode == 0, replay.err.constData());
    const QByteArray live = TestSupport::readFile(m_csv);
    QVERIFY(live.count('\n') > 6);
    QCOMPARE(TestSupport::readFile(csv), live);
    // No captured alert event reported twice: one line per transition, as live.
    QCOMPARE(alertLines(replay.out).size(), alertLines(m_live.out).size());

    // The same with the rules given again (--alerts replaces the header's by name), as JSONL.
    const QString jsonl = m_dir.filePath(QStringLiteral("replay.alerts.jsonl"));
    const Run again = runFeedboard({ QStringLiteral("--replay"), m_capture,
                                     QStringLiteral("--headless"), QStringLiteral("--alerts"),
                                     m_rules, QStringLiteral("--export-alerts"), jsonl });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QList<QByteArray> rows = readLines(jsonl);
    QCOMPARE(rows.size(), live.count('\n') - 1);
    const QJsonObject first = QJsonDocument::fromJson(rows.constFirst()).object();
    for (const char *key :
         { "time_iso", "time_ms", "state", "rule", "severity", "feed", "key", "field", "value" })
        QVERIFY2(first.contains(QLatin1String(key)), key);
}

void TestHeadlessAlerts::exitOnAlertEndsWithThree()
{
    const QString rules = m_dir.filePath(QStringLiteral("critical.json"));
    QVERIFY(writeFile(rules, R"({"alerts":[
        {"name":"acme","severity":"critical","series":{"feed":"ticks","key":"ACME","field":"/price"},"above":0},
        {"name":"note only","severity":"info","series":{"feed":"ticks","key":"*","field":"/bid"},"above":0}
    ]})"));
    const QString capture = m_dir.filePath(QStringLiteral("exit.capture.jsonl"));
    const QString samples = m_dir.filePath(QStringLiteral("exit.csv"));
    const QString alerts = m_dir.filePath(QStringLiteral("exit.alerts.csv"));
    // "--exit-on-alert" followed by another flag: the default severity (warning).
    const Run run = runFeedboard(
        { QStringLiteral("--demo"), QStringLiteral("--headless"), QStringLiteral("--duration"),
          QStringLiteral("30"), QStringLiteral("--exit-on-alert"), QStringLiteral("--alerts"),
          rules, QStringLiteral("--record"), capture, QStringLiteral("--export"), samples,
          QStringLiteral("--export-alerts"), alerts });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.elapsedMs < 20000, "ended by the alert, not by --duration");
    QVERIFY(alertLines(run.out).constFirst().contains("severity="));
    QVERIFY(run.out.contains("alert state=firing rule=acme severity=critical feed=ticks key=ACME"));
    QVERIFY(run.out.trimmed().split('\n').constLast().startsWith("total "));
    // Capture flushed: every line whole JSON, the firing event in it.
    const QList<QByteArray> lines = readLines(capture);
    QVERIFY(lines.size() > 1);
    bool sawFiring = false;
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        sawFiring = sawFiring
            || object.value(QStringLiteral("detail"))
                   .toString()
                   .startsWith(QLatin1String("state=firing rule=acme"));
    }
    QVERIFY(sawFiring);
    // Exports written: the samples up to the end, the alert rows.
    QCOMPARE(readLines(samples).constFirst(), QByteArray("time_iso,time_ms,feed,key,field,value"));
    QVERIFY(readLines(samples).size() > 1);
    const QList<QByteArray> rows = readLines(alerts);
    QVERIFY(rows.size() >= 2);
    QVERIFY(std::any_of(rows.begin() + 1, rows.end(), [](const QByteArray &row) {
        return row.contains(",firing,acme,critical,ticks,ACME,/price,");
    }));

    // A run whose alerts are all below the asked severity is not ended by them.
    const QString infoRules = m_dir.filePath(QStringLiteral("info.json"));
    QVERIFY(writeFile(
        infoRules,
        R"({"alerts":[{"name":"note only","severity":"info","series":{"feed":"ticks","key":"*","field":"/bid"},"above":0}]})"));
    const Run info = runFeedboard({ QStringLiteral("--demo"), QStringLiteral("--headless"),
                                    QStringLiteral("--duration"), QStringLiteral("1.5"),
                                    QStringLiteral("--alerts"), infoRules,
                                    QStringLiteral("--exit-on-alert"), QStringLiteral("warning") });
    QCOMPARE(info.exitCode, 0);
    QVERIFY(!alertLines(info.out).isEmpty());
}

void TestHeadlessAlerts::badRulesExitOne_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("reason");
    QTest::newRow("invalid regex")
        << QByteArray(R"({"alerts":[{"name":"a","feed":"logs","match":"(oops"}]})")
        << "/alerts/0/match: invalid regular expression";
    QTest::newRow("non-finite level") << QByteArray(
        R"({"alerts":[{"name":"a","series":{"feed":"ticks","field":"/price"},"above":"NaN"}]})")
                                      << "/alerts/0/above: expected a finite number";
    QTest::newRow("unknown severity")
        << QByteArray(R"({"alerts":[{"name":"a","severity":"loud","feed":"ticks","staleMs":1}]})")
        << "/alerts/0/severity: unknown severity";
    QTest::newRow("two conditions")
        << QByteArray(R"({"alerts":[{"name":"a","feed":"ticks","staleMs":1,"notOpenMs":1}]})")
        << "/alerts/0/notOpenMs: a rule has exactly one condition";
}

void TestHeadlessAlerts::badRulesExitOne()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.json").arg(QTest::currentDataTag()));
    QVERIFY(writeFile(path, rules));
    const Run run = runFeedboard({ QStringLiteral("--demo"), QStringLiteral("--headless"),
                                   QStringLiteral("--duration"), QStringLiteral("5"),
                                   QStringLiteral("--alerts"), path });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains((path + QStringLiteral(": ") + reason).toUtf8()),
             run.err.constData());
    QVERIFY(run.out.isEmpty()); // refused before anything ran

    // The same rules inside a profile: refused with the profile's path.
    const QString profile
        = m_dir.filePath(QStringLiteral("profile-%1.json").arg(QTest::currentDataTag()));
    QJsonObject object { { QStringLiteral("version"), 1 },
                         { QStringLiteral("feeds"), QJsonArray {} },
                         { QStringLiteral("alerts"),
                           QJsonDocument::fromJson(rules).object().value(
                               QStringLiteral("alerts")) } };
    QVERIFY(writeFile(profile, QJsonDocument(object).toJson()));
    const Run viaProfile
        = runFeedboard({ QStringLiteral("--profile"), profile, QStringLiteral("--headless"),
                         QStringLiteral("--duration"), QStringLiteral("1") });
    QCOMPARE(viaProfile.exitCode, 1);
    QVERIFY2(viaProfile.err.contains((profile + QStringLiteral(": ") + reason).toUtf8()),
             viaProfile.err.constData());
}

void TestHeadlessAlerts::helpNamesTheFlags()
{
    const Run help = runFeedboard({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *flag : { "--alerts <FILE>", "--export-alerts <FILE>", "--exit-on-alert" })
        QVERIFY2(help.out.contains(flag), flag);
    const Run bad
        = runFeedboard({ QStringLiteral("--demo"), QStringLiteral("--headless"),
                         QStringLiteral("--export-alerts"), QStringLiteral("/tmp/x.txt") });
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("--export-alerts /tmp/x.txt: use a .csv or .jsonl file name"));
}

QTEST_GUILESS_MAIN(TestHeadlessAlerts)
#include "tst_headlessalerts.moc"
