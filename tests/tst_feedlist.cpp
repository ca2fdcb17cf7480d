// FeedList: the feeds a run asks for (profile, demo, bare URLs) and the names bare URLs get,
// the same for the window and the headless recorder.
#include "feed/demofeedserver.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/feedlist.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

class TestFeedList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameForUrl_data();
    void nameForUrl();
    void profileThenDemoThenUrls();
    void badProfileIsRefusedWithItsReason();
    void demoStartsOnlyWhenAsked();
};

void TestFeedList::nameForUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::newRow("host port path") << QStringLiteral("ws://127.0.0.1:9000/stream") << QStringList()
                                    << QStringLiteral("127.0.0.1:9000/stream");
    QTest::newRow("no port") << QStringLiteral("wss://example.com/ws") << QStringList()
                             << QStringLiteral("example.com/ws");
    QTest::newRow("root path") << QStringLiteral("ws://localhost:81/") << QStringList()
                               << QStringLiteral("localhost:81");
    QTest::newRow("taken once") << QStringLiteral("ws://h:1/a")
                                << QStringList { QStringLiteral("h:1/a") }
                                << QStringLiteral("h:1/a#2");
    QTest::newRow("taken twice") << QStringLiteral(
        "ws://h:1/a") << QStringList { QStringLiteral("h:1/a"), QStringLiteral("h:1/a#2") }
                                 << QStringLiteral("h:1/a#3");
}

void TestFeedList::nameForUrl()
{
    QFETCH(QString, url);
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    QCOMPARE(FeedList::nameForUrl(QUrl(url), taken), name);
}

void TestFeedList::profileThenDemoThenUrls()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    Profile profile;
    profile.name = QStringLiteral("desk");
    profile.feeds << TestSupport::feedSpec(QStringLiteral("127.0.0.1:9000/a"),
                                           QUrl(QStringLiteral("ws://127.0.0.1:9000/a")));
    QString error;
    const auto path = store.save(profile, &error);
    QVERIFY2(path, qPrintable(error));

    RunOptions options;
    options.profile = *path;
    options.urls << QUrl(QStringLiteral("ws://127.0.0.1:9000/a"))
                 << QUrl(QStringLiteral("ws://127.0.0.1:9000/a"));
    const QList<FeedSpec> demo { TestSupport::feedSpec(
        QStringLiteral("ticks"), QUrl(QStringLiteral("ws://127.0.0.1:1/ticks"))) };
    const auto feeds = FeedList::collect(options, demo, store, &error);
    QVERIFY2(feeds, qPrintable(error));
    QStringList names;
    for (const FeedSpec &feed : feeds->feeds)
        names << feed.name;
    // The bare URLs do not take the profile's name: each gets one of its own.
    QCOMPARE(names,
             (QStringList { QStringLiteral("127.0.0.1:9000/a"), QStringLiteral("ticks"),
                            QStringLiteral("127.0.0.1:9000/a#2"),
                            QStringLiteral("127.0.0.1:9000/a#3") }));
    QCOMPARE(store.recent().value(0), *path); // a profile run is a recent profile
    QCOMPARE(feeds->profilePath, *path);
    QVERIFY(feeds->profile);
    QCOMPARE(feeds->profile->feeds.size(), 1); // the profile as read, without the extra feeds
}

void TestFeedList::badProfileIsRefusedWithItsReason()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\":1,\"feeds\":[{\"name\":\"a\",\"url\":\"http://x\"}]}");
    file.close();
    RunOptions options;
    options.profile = path;
    QString error;
    QVERIFY(!FeedList::collect(options, {}, store, &error));
    QVERIFY2(error.contains(QStringLiteral("/feeds/0/url")), qPrintable(error));
    QVERIFY(store.recent().isEmpty());
}

void TestFeedList::demoStartsOnlyWhenAsked()
{
    RunOptions options;
    QString error;
    QVERIFY(!FeedList::startDemo(options, &error));
    QVERIFY(error.isEmpty());
    options.demo = true;
    options.demoRate = 50;
    const auto demo = FeedList::startDemo(options, &error);
    QVERIFY2(demo, qPrintable(error));
    QVERIFY(demo->port() > 0);
    QCOMPARE(demo->ticksUrl().host(), QStringLiteral("127.0.0.1"));
}

QTEST_GUILESS_MAIN(TestFeedList)
#include "tst_feedlist.moc"
