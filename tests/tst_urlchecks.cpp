// One URL validator (FeedChecks::urlProblem) for every place a feed URL comes from: each row
// goes through the validator, a profile file and the command line, and all three accept it
// or refuse it with the same reason.
#include "profiles/feedchecks.h"
#include "profiles/profile.h"
#include "session/commandline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QtTest>

class TestUrlChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRulesEverywhere_data();
    void sameRulesEverywhere();
};

void TestUrlChecks::sameRulesEverywhere_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reasonPart"); // empty: valid
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the feed's URL");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Enter the feed's URL");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1/x")
                          << QStringLiteral("ws:// or wss://");
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:9000")
                               << QStringLiteral("ws:// or wss://");
    QTest::newRow("typo ws//") << QStringLiteral("ws//127.0.0.1:9000/x")
                               << QStringLiteral("ws:// or wss://");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1:21/")
                         << QStringLiteral("ws:// or wss://");
    QTest::newRow("words") << QStringLiteral("trades feed") << QStringLiteral("ws:// or wss://");
    QTest::newRow("empty host with port")
        << QStringLiteral("ws://:9000/x") << QStringLiteral("no host");
    QTest::newRow("no host") << QStringLiteral("ws:///stream") << QStringLiteral("no host");
    QTest::newRow("port 0") << QStringLiteral("ws://127.0.0.1:0/x") << QStringLiteral("Port 0");
    QTest::newRow("port too big") << QStringLiteral("ws://127.0.0.1:70000/x")
                                  << QStringLiteral("1 to 65535");
    QTest::newRow("port letters") << QStringLiteral("ws://127.0.0.1:ab/x")
                                  << QStringLiteral("1 to 65535");
    QTest::newRow("port empty") << QStringLiteral("ws://127.0.0.1:/x")
                                << QStringLiteral("1 to 65535");
    QTest::newRow("bad character in host")
        << QStringLiteral("ws://exa mple.com/") << QStringLiteral("Not a valid URL");
    QTest::newRow("ws") << QStringLiteral("ws://127.0.0.1:9000/stream") << QString();
    QTest::newRow("wss upper") << QStringLiteral("WSS://localhost/x?a=1") << QString();
    QTest::newRow("ipv6") << QStringLiteral("ws://[::1]:8080/") << QString();
    QTest::newRow("user info") << QStringLiteral("wss://u:p@127.0.0.1:443/") << QString();
    QTest::newRow("port 65535") << QStringLiteral("ws://127.0.0.1:65535") << QString();
    QTest::newRow("surrounding blanks") << QStringLiteral(" ws://127.0.0.1:9000/ ") << QString();
}

void TestUrlChecks::sameRulesEverywhere()
{
    QFETCH(QString, url);
    QFETCH(QString, reasonPart);

    const QString problem = FeedChecks::urlProblem(url);
    if (reasonPart.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(reasonPart), qPrintable(problem));

    // A profile file holding the URL.
    const QJsonObject feed { { QStringLiteral("name"), QStringLiteral("f") },
                             { QStringLiteral("url"), url } };
    const QJsonObject profileObject { { QStringLiteral("version"), 1 },
                                      { QStringLiteral("name"), QStringLiteral("p") },
                                      { QStringLiteral("feeds"), QJsonArray { feed } } };
    QString error;
    const auto profile = Profile::fromJson(QJsonDocument(profileObject).toJson(), &error);
    QCOMPARE(bool(profile), problem.isEmpty());
    if (!profile) {
        QVERIFY2(error.contains(QStringLiteral("/feeds/0/url")), qPrintable(error));
        QVERIFY2(error.endsWith(problem), qPrintable(error));
    } else {
        QCOMPARE(profile->feeds.value(0).url, QUrl(url.trimmed(), QUrl::StrictMode));
    }

    // The command line.
    const CommandLineResult parsed
        = parseCommandLine({ QStringLiteral("feedboard"), QStringLiteral("--headless"),
                             QStringLiteral("--url"), url });
    QCOMPARE(bool(parsed.options), problem.isEmpty());
    if (!parsed.options) {
        QCOMPARE(parsed.exitCode, 1);
        QCOMPARE(parsed.message, QStringLiteral("feedboard: --url %1: %2").arg(url, problem));
    } else {
        QCOMPARE(parsed.options->urls.value(0), QUrl(url.trimmed(), QUrl::StrictMode));
    }
}

QTEST_GUILESS_MAIN(TestUrlChecks)
#include "tst_urlchecks.moc"
