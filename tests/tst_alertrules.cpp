// Alert rules as profiles and --alerts files hold them (contract: "Alerts"): the contract's
// examples read with their defaults, unknown keys survive a rewrite, and every bad rule is
// refused with the JSON Pointer of the bad value and the reason.
#include "alerts/alertrule.h"
#include "profiles/profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray profileWith(const QByteArray &alerts)
{
    return R"({"version":1,"name":"p","feeds":[{"name":"trades","url":"ws://127.0.0.1:1/"}],)"
           R"("alerts":)"
        + alerts + "}";
}

const QByteArray kContractRules = R"([
 {"name": "BTC high", "series": {"feed": "trades", "key": "BTC*", "field": "/p"}, "above": 40000, "clear": 39900},
 {"name": "ETH low", "series": {"feed": "trades", "key": "ETHUSDT", "field": "/p"}, "below": 1800},
 {"name": "jump", "series": {"feed": "trades", "key": "*", "field": "/p"}, "changePercent": 2, "withinMs": 60000},
 {"name": "silent", "feed": "trades", "staleMs": 5000},
 {"name": "down", "feed": "trades", "notOpenMs": 10000},
 {"name": "timeouts", "feed": "api-logs", "logLevel": "ERROR", "match": "timeout", "count": 3, "withinMs": 60000},
 {"name": "garbage", "feed": "trades", "errorsPerSecond": 10}
])";
} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractExamplesRead();
    void unknownKeysSurviveRewrite();
    void badRulesRefused_data();
    void badRulesRefused();
    void profileFileErrorNamesPathAndPointer();
    void alertsFileAddsAndReplaces();
};

void TestAlertRules::contractExamplesRead()
{
    QString error;
    const auto profile = Profile::fromJson(profileWith(kContractRules), &error);
    QVERIFY2(profile, qPrintable(error));
    using C = AlertRule::Condition;
    const QList<AlertRule> &rules = profile->alerts;
    QCOMPARE(rules.size(), 7);
    QCOMPARE(rules[0].name, QStringLiteral("BTC high"));
    QCOMPARE(rules[0].condition, C::Above);
    QCOMPARE(rules[0].level, 40000.0);
    QCOMPARE(rules[0].clear, 39900.0);
    QCOMPARE(rules[0].key, QStringLiteral("BTC*"));
    QCOMPARE(rules[0].field, QStringLiteral("/p"));
    QCOMPARE(rules[0].severity, AlertSeverity::Warning); // default
    QCOMPARE(rules[0].notifyEveryMs, 60000); // default
    QCOMPARE(rules[0].forMs, 0);
    QCOMPARE(rules[1].condition, C::Below);
    QCOMPARE(rules[1].clear, 1800.0); // clear defaults to the level
    QCOMPARE(rules[2].condition, C::Change);
    QVERIFY(rules[2].changeIsPercent);
    QCOMPARE(rules[2].withinMs, 60000);
    QCOMPARE(rules[3].condition, C::Stale);
    QVERIFY(!rules[3].isSeriesCondition());
    QCOMPARE(rules[4].condition, C::NotOpen);
    QCOMPARE(rules[4].notOpenMs, 10000);
    QCOMPARE(rules[5].condition, C::LogMatch);
    QCOMPARE(rules[5].logLevel, LogLevel::Error);
    QCOMPARE(rules[5].count, 3);
    QVERIFY(rules[5].match.match(QStringLiteral("db timeout after 5 s")).hasMatch());
    QCOMPARE(rules[6].condition, C::ErrorRate);
    QCOMPARE(rules[6].errorsPerSecond, 10.0);
}

void TestAlertRules::unknownKeysSurviveRewrite()
{
    const QByteArray json = profileWith(
        R"([{"name":"hot","severity":"critical","series":{"feed":"trades","field":"/t","unit":"C"},"above":90,"colour":"red"}])");
    QString error;
    const auto profile = Profile::fromJson(json, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->alerts.constFirst().severity, AlertSeverity::Critical);
    const auto again = Profile::fromJson(profile->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    const QJsonObject rule = again->alerts.constFirst().toJson();
    QCOMPARE(rule.value(QStringLiteral("colour")).toString(), QStringLiteral("red"));
    QCOMPARE(rule.value(QStringLiteral("series")).toObject().value(QStringLiteral("unit")),
             QJsonValue(QStringLiteral("C")));
    QCOMPARE(QJsonDocument::fromJson(again->toJson()).object().value(QStringLiteral("alerts")),
             QJsonDocument::fromJson(json).object().value(QStringLiteral("alerts")));
}

void TestAlertRules::badRulesRefused_data()
{
    QTest::addColumn<QByteArray>("alerts");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("reason");
    const QByteArray series = R"("series":{"feed":"trades","key":"*","field":"/p"})";
    QTest::newRow("invalid regex")
        << QByteArray(R"([{"name":"a","feed":"f","logLevel":"ERROR","match":"time(out"}])")
        << "/alerts/0/match"
        << "invalid regular expression";
    QTest::newRow("level not a number")
        << QByteArray(R"([{"name":"a",)" + series + R"(,"above":"high"}])") << "/alerts/0/above"
        << "finite number";
    QTest::newRow("level missing (null)")
        << QByteArray(R"([{"name":"a",)" + series + R"(,"below":null,"clear":3}])")
        << "/alerts/0/below"
        << "finite number";
    QTest::newRow("level not finite")
        << QByteArray(R"([{"name":"a",)" + series + R"(,"above":"Infinity"}])") << "/alerts/0/above"
        << "finite number";
    QTest::newRow("unknown severity")
        << QByteArray(R"([{"name":"a","severity":"urgent","feed":"f","staleMs":5}])")
        << "/alerts/0/severity"
        << "unknown severity \"urgent\"";
    QTest::newRow("unknown condition")
        << QByteArray(R"([{"name":"a",)" + series + R"(,"equals":3}])") << "/alerts/0"
        << "no condition";
    QTest::newRow("two conditions")
        << QByteArray(R"([{"name":"a",)" + series + R"(,"above":3,"below":1}])")
        << "/alerts/0/below"
        << "exactly one condition";
    QTest::newRow("duplicate name") << QByteArray(
        R"([{"name":"a","feed":"f","staleMs":5},{"name":"a","feed":"f","notOpenMs":5}])")
                                    << "/alerts/1/name"
                                    << "duplicate rule name";
    QTest::newRow("no name") << QByteArray(R"([{"feed":"f","staleMs":5}])") << "/alerts/0/name"
                             << "non-empty string";
    QTest::newRow("clear on the wrong side")
        << QByteArray(R"([{"name":"a",)" + series + R"(,"above":10,"clear":11}])")
        << "/alerts/0/clear"
        << "at most";
    QTest::newRow("change without window")
        << QByteArray(R"([{"name":"a",)" + series + R"(,"changePercent":2}])")
        << "/alerts/0/withinMs"
        << "required";
    QTest::newRow("stale without feed")
        << QByteArray(R"([{"name":"a","staleMs":5}])") << "/alerts/0/feed"
        << "staleMs needs";
    QTest::newRow("series without field")
        << QByteArray(R"([{"name":"a","series":{"feed":"trades"},"above":1}])")
        << "/alerts/0/series/field"
        << "required";
    QTest::newRow("unknown log level")
        << QByteArray(R"([{"name":"a","feed":"f","logLevel":"LOUD"}])") << "/alerts/0/logLevel"
        << "expected a level";
    QTest::newRow("count zero") << QByteArray(
        R"([{"name":"a","feed":"f","logLevel":"ERROR","count":0}])")
                                << "/alerts/0/count"
                                << "whole number";
    QTest::newRow("negative notifyEveryMs")
        << QByteArray(R"([{"name":"a","feed":"f","staleMs":5,"notifyEveryMs":-5}])")
        << "/alerts/0/notifyEveryMs"
        << "whole number of milliseconds";
    QTest::newRow("both feed and series")
        << QByteArray(R"([{"name":"a","feed":"f",)" + series + R"(,"above":1}])")
        << "/alerts/0/feed"
        << "not both";
    QTest::newRow("not an array") << QByteArray(R"({"name":"a"})") << "/alerts"
                                  << "array of rules";
    QTest::newRow("rule not an object") << QByteArray(R"([3])") << "/alerts/0"
                                        << "expected an object";
}

void TestAlertRules::badRulesRefused()
{
    QFETCH(QByteArray, alerts);
    QFETCH(QString, pointer);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Profile::fromJson(profileWith(alerts), &error));
    QVERIFY2(error.startsWith(pointer + QLatin1Char(':')), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestAlertRules::profileFileErrorNamesPathAndPointer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(profileWith(R"([{"name":"a","feed":"f","match":"[z-a]"}])"));
    file.close();
    QString error;
    QVERIFY(!Profile::load(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": /alerts/0/match: invalid regular")),
             qPrintable(error));
}

void TestAlertRules::alertsFileAddsAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"alerts":[{"name":"down","feed":"trades","notOpenMs":50},)"
               R"({"name":"new","feed":"trades","errorsPerSecond":1}]})");
    file.close();
    QString error;
    const auto extra = AlertRules::load(path, &error);
    QVERIFY2(extra, qPrintable(error));
    const auto profile = Profile::fromJson(profileWith(kContractRules), &error);
    QVERIFY(profile);
    const QList<AlertRule> all = AlertRules::merged(profile->alerts, *extra);
    QCOMPARE(all.size(), 8);
    const auto down = std::find_if(all.cbegin(), all.cend(), [](const AlertRule &r) {
        return r.name == QLatin1String("down");
    });
    QCOMPARE(down->notOpenMs, 50); // the file's rule replaced the profile's

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"alerts":[{"name":"x","feed":"f","logLevel":"ERROR","withinMs":0}]})");
    file.close();
    QVERIFY(!AlertRules::load(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": /alerts/0/withinMs: ")), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
