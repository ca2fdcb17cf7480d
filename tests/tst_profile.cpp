// Tests Profile / FeedSpec reading and writing (CONTRACT.md, "Profile file"): a full round trip
// that keeps unknown keys, secrets left out on request, and one row per corrupt file, each of
// which must name the file and the JSON Pointer of the bad value.
#include "profiles/profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include "testpaths.h"

namespace {
// A profile that uses every key, plus unknown ones at the top level and in a feed.
QByteArray fullProfile()
{
    QFile file(TestPaths::data("/full-profile.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// JSON with ' for " keeps the rows readable. (Raw strings would be nicer, but moc reads the
// "//" of a URL inside one as a comment and then fails to find the test class.)
QByteArray q(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}

// A valid feed to splice into corrupt profiles, so each row breaks exactly one thing.
const QByteArray kGoodFeed = q("{'name':'a','url':'wss://h.invalid/x'}");

QByteArray withFeed(const QByteArray &feed)
{
    return QByteArray(q("{'version':1,'feeds':[")) + feed + "]}";
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QStringList decodePointers(const DecodeConfig &d)
{
    QStringList list { d.root.text(), d.key.text(), d.time.text(), d.level.text(),
                       d.message.text() };
    for (const JsonPointer &p : d.fields)
        list << p.text();
    return list;
}
} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKey();
    void minimalFeedDefaults();
    void roundTrip();
    void roundTripThroughFile();
    void roundTripKeepsMaxMessageBytes();
    void roundTripKeepsUnknownNestedKeys();
    void withoutSecrets();
    void contractExampleLoads();
    void validVariants_data();
    void validVariants();
    void corrupt_data();
    void corrupt();
    void headerPointerIsEscaped();
    void missingFile();
    void directory();

private:
    void compareProfiles(const Profile &a, const Profile &b);
    QTemporaryDir m_dir;
};

void TestProfile::compareProfiles(const Profile &a, const Profile &b)
{
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.extra, b.extra);
    QCOMPARE(a.feeds.size(), b.feeds.size());
    for (qsizetype i = 0; i < a.feeds.size(); ++i) {
        const FeedSpec &x = a.feeds.at(i);
        const FeedSpec &y = b.feeds.at(i);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.url, y.url);
        QCOMPARE(x.headers, y.headers);
        QCOMPARE(x.secretHeaders, y.secretHeaders);
        QCOMPARE(x.subprotocols, y.subprotocols);
        QCOMPARE(x.subscribe, y.subscribe);
        QCOMPARE(decodePointers(x.decode), decodePointers(y.decode));
        QCOMPARE(x.reconnectInitialDelayMs, y.reconnectInitialDelayMs);
        QCOMPARE(x.reconnectMaxDelayMs, y.reconnectMaxDelayMs);
        QCOMPARE(x.pingIntervalMs, y.pingIntervalMs);
        QCOMPARE(x.ignoreSslErrors, y.ignoreSslErrors);
        QCOMPARE(x.maxMessageBytes, y.maxMessageBytes);
        QCOMPARE(x.staleAfterMs, y.staleAfterMs);
        QCOMPARE(x.maxSeries, y.maxSeries);
        QCOMPARE(x.extra, y.extra);
    }
}

void TestProfile::readsEveryKey()
{
    QString error;
    const auto profile = Profile::fromJson(fullProfile(), &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->version, 1);
    QCOMPARE(profile->name, QStringLiteral("crypto desk"));
    QCOMPARE(profile->extra.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(profile->extra.value(QStringLiteral("layout"))
                 .toObject()
                 .value(QStringLiteral("split"))
                 .toArray(),
             (QJsonArray { 1, 2 }));
    QCOMPARE(profile->extra.size(), 2);
    QCOMPARE(profile->feeds.size(), 2);

    const FeedSpec &f = profile->feeds.at(0);
    QCOMPARE(f.name, QStringLiteral("trades"));
    QCOMPARE(f.url, QUrl(QStringLiteral("wss://example.invalid/stream")));
    QCOMPARE(f.headers.size(), 2);
    QVERIFY(f.headers.contains(
        qMakePair(QStringLiteral("Authorization"), QStringLiteral("Bearer s3cr3t-token"))));
    QVERIFY(f.headers.contains(qMakePair(QStringLiteral("X-Client"), QStringLiteral("feedboard"))));
    QVERIFY(f.isSecretHeader(QStringLiteral("Authorization"))); // names match in any case
    QVERIFY(!f.isSecretHeader(QStringLiteral("X-Client")));
    QCOMPARE(f.subprotocols, (QStringList { QStringLiteral("json"), QStringLiteral("v2") }));
    QCOMPARE(f.subscribe,
             QStringList { QString::fromUtf8(q("{'op':'subscribe','channel':'trades'}")) });
    QCOMPARE(decodePointers(f.decode),
             (QStringList { QStringLiteral("/data"), QStringLiteral("/s"), QStringLiteral("/T"),
                            QStringLiteral("/level"), QStringLiteral("/msg"), QStringLiteral("/p"),
                            QStringLiteral("/q") }));
    QCOMPARE(f.reconnectInitialDelayMs, 250);
    QCOMPARE(f.reconnectMaxDelayMs, 60000);
    QCOMPARE(f.pingIntervalMs, 10000);
    QCOMPARE(f.ignoreSslErrors, true);
    QCOMPARE(f.extra.value(QStringLiteral("color")).toString(), QStringLiteral("#ff0000"));
    QCOMPARE(f.extra.value(QStringLiteral("panel")).toObject().value(QStringLiteral("row")).toInt(),
             1);
    QCOMPARE(f.extra.size(), 2);
}

void TestProfile::minimalFeedDefaults()
{
    QString error;
    const auto profile = Profile::fromJson(withFeed(kGoodFeed), &error);
    QVERIFY2(profile, qPrintable(error));
    QVERIFY(profile->name.isEmpty());
    QVERIFY(profile->extra.isEmpty());
    const FeedSpec &f = profile->feeds.at(0);
    const FeedSpec defaults;
    QVERIFY(f.headers.isEmpty());
    QVERIFY(f.subscribe.isEmpty());
    QVERIFY(f.decode.autoFields());
    QVERIFY(!f.decode.hasKey());
    QCOMPARE(f.reconnectInitialDelayMs, defaults.reconnectInitialDelayMs);
    QCOMPARE(f.reconnectMaxDelayMs, defaults.reconnectMaxDelayMs);
    QCOMPARE(f.pingIntervalMs, defaults.pingIntervalMs);
    QCOMPARE(f.ignoreSslErrors, false);
    QVERIFY(f.extra.isEmpty());
}

void TestProfile::roundTrip()
{
    QString error;
    const auto first = Profile::fromJson(fullProfile(), &error);
    QVERIFY2(first, qPrintable(error));
    const QByteArray written = first->toJson();
    const auto second = Profile::fromJson(written, &error);
    QVERIFY2(second, qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(written)));
    compareProfiles(*first, *second);
    // Writing is stable: a second rewrite changes nothing.
    QCOMPARE(second->toJson(), written);
}

void TestProfile::roundTripThroughFile()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto first = Profile::fromJson(fullProfile(), &error);
    QVERIFY2(first, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
    QVERIFY(writeFile(path, first->toJson()));
    const auto loaded = Profile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareProfiles(*first, *loaded);
}

void TestProfile::roundTripKeepsMaxMessageBytes()
{
    // maxMessageBytes is read from the file; a rewrite must not reset it to the default.
    QString error;
    const auto first = Profile::fromJson(
        withFeed(q("{'name':'a','url':'wss://h.invalid/x','maxMessageBytes':2048}")), &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->feeds.at(0).maxMessageBytes, qint64(2048));
    const auto second = Profile::fromJson(first->toJson(), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->feeds.at(0).maxMessageBytes, qint64(2048));
    // The feed caps and stale time of issue #3 survive a rewrite the same way.
    const auto caps = Profile::fromJson(
        withFeed(q("{'name':'a','url':'ws://127.0.0.1:1/x','staleAfterMs':0,'maxSeries':5}")),
        &error);
    QVERIFY2(caps, qPrintable(error));
    QCOMPARE(caps->feeds.at(0).staleAfterMs, 0);
    QCOMPARE(caps->feeds.at(0).maxSeries, 5);
    const auto rewritten = Profile::fromJson(caps->toJson(), &error);
    QVERIFY2(rewritten, qPrintable(error));
    QCOMPARE(rewritten->feeds.at(0).staleAfterMs, 0);
    QCOMPARE(rewritten->feeds.at(0).maxSeries, 5);
    QCOMPARE(FeedSpec().maxSeries, 2000);
}

void TestProfile::roundTripKeepsUnknownNestedKeys()
{
    // Contract: "Unknown keys are kept when the app rewrites a file" - inside `decode` and
    // `reconnect` too, e.g. keys a newer version added.
    QString error;
    const auto first = Profile::fromJson(
        withFeed(q("{'name':'a','url':'wss://h.invalid/x','decode':{'fields':['/"
                   "p'],'precision':4},'reconnect':{'initialDelayMs':250,'jitter':0.2}}")),
        &error);
    QVERIFY2(first, qPrintable(error));
    const QJsonObject feed = QJsonDocument::fromJson(first->toJson())
                                 .object()
                                 .value(QStringLiteral("feeds"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(
        feed.value(QStringLiteral("decode")).toObject().value(QStringLiteral("precision")).toInt(),
        4);
    QCOMPARE(feed.value(QStringLiteral("reconnect"))
                 .toObject()
                 .value(QStringLiteral("jitter"))
                 .toDouble(),
             0.2);
}

void TestProfile::withoutSecrets()
{
    QString error;
    const auto profile = Profile::fromJson(fullProfile(), &error);
    QVERIFY2(profile, qPrintable(error));
    const QByteArray shared = profile->toJson(false);
    QVERIFY2(!shared.contains("s3cr3t"), shared.constData());
    const auto reread = Profile::fromJson(shared, &error);
    QVERIFY2(reread, qPrintable(error));
    const FeedSpec &f = reread->feeds.at(0);
    // The non-secret header and the list of secret names stay; only the value goes.
    QVERIFY(f.headers.contains(qMakePair(QStringLiteral("X-Client"), QStringLiteral("feedboard"))));
    for (const auto &header : f.headers)
        QVERIFY2(!header.second.contains(QLatin1String("s3cr3t")), qPrintable(header.first));
    QCOMPARE(f.secretHeaders, QStringList { QStringLiteral("authorization") });
    QCOMPARE(f.name, QStringLiteral("trades"));
    QCOMPARE(reread->extra, profile->extra);
    // With secrets, the value is written.
    QVERIFY(profile->toJson(true).contains("Bearer s3cr3t-token"));
}

void TestProfile::contractExampleLoads()
{
    // The example of CONTRACT.md, verbatim.
    const QString path = TestPaths::data("/contract-profile.json");
    QString error;
    const auto profile = Profile::load(path, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->feeds.size(), 1);
    QCOMPARE(profile->feeds.at(0).pingIntervalMs, 10000);
    QCOMPARE(profile->feeds.at(0).decode.fields.size(), 2);
    QVERIFY(profile->extra.isEmpty());
    QVERIFY(profile->feeds.at(0).extra.isEmpty());
}

void TestProfile::validVariants_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("feeds");
    QTest::newRow("no feeds") << QByteArray(q("{'version':1,'feeds':[]}")) << 0;
    QTest::newRow("utf-8 BOM") << QByteArray("\xef\xbb\xbf") + withFeed(kGoodFeed) << 1;
    QTest::newRow("CRLF") << withFeed(kGoodFeed).replace(",", ",\r\n") << 1;
    QTest::newRow("unicode names") << QByteArray(
        q("{'version':1,'name':'Kurse €','feeds':[{'name':'行情','url':'wss://h.invalid/x'}]}"))
                                   << 1;
    QTest::newRow("ws with port and query")
        << withFeed(q("{'name':'a','url':'ws://127.0.0.1:8080/x?s=1'}")) << 1;
    QTest::newRow("version 1.0") << QByteArray(q("{'version':1.0,'feeds':[]}")) << 0;
    QTest::newRow("null optionals")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/"
                      "x','headers':null,'decode':null,'reconnect':null,'subscribe':null}"))
        << 1;
    QTest::newRow("pingIntervalMs 0 disables")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','pingIntervalMs':0}")) << 1;
}

void TestProfile::validVariants()
{
    QFETCH(QByteArray, content);
    QFETCH(int, feeds);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("valid.json"));
    QVERIFY(writeFile(path, content));
    QString error;
    const auto profile = Profile::load(path, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->feeds.size(), feeds);
}

void TestProfile::corrupt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("pointer"); // of the bad value; empty: the whole file
    QTest::addColumn<QString>("word"); // the reason mentions it (any case)

    const QString whole;
    QTest::newRow("empty file") << QByteArray() << whole << QStringLiteral("empty");
    QTest::newRow("blank file") << QByteArray(" \n\t\n") << whole << QStringLiteral("empty");
    QTest::newRow("truncated") << QByteArray(q("{'version':1,'feeds':[{'name':'a',")) << whole
                               << QStringLiteral("JSON");
    QTest::newRow("trailing garbage")
        << QByteArray(q("{'version':1,'feeds':[]} x")) << whole << QStringLiteral("JSON");
    QTest::newRow("top-level array")
        << QByteArray(q("[{'version':1,'feeds':[]}]")) << whole << QStringLiteral("object");
    QTest::newRow("missing version") << QByteArray(q("{'feeds':[]}")) << QStringLiteral("/version")
                                     << QStringLiteral("required");
    QTest::newRow("version 2") << QByteArray(q("{'version':2,'feeds':[]}"))
                               << QStringLiteral("/version") << QStringLiteral("version");
    QTest::newRow("version string") << QByteArray(q("{'version':'1','feeds':[]}"))
                                    << QStringLiteral("/version") << QStringLiteral("version");
    QTest::newRow("name number") << QByteArray(q("{'version':1,'name':5,'feeds':[]}"))
                                 << QStringLiteral("/name") << QStringLiteral("string");
    QTest::newRow("feeds missing")
        << QByteArray(q("{'version':1}")) << QStringLiteral("/feeds") << QStringLiteral("array");
    QTest::newRow("feeds object") << QByteArray(q("{'version':1,'feeds':{'name':'a'}}"))
                                  << QStringLiteral("/feeds") << QStringLiteral("array");
    QTest::newRow("feed not object")
        << withFeed("5") << QStringLiteral("/feeds/0") << QStringLiteral("object");
    QTest::newRow("feed without url")
        << withFeed(q("{'name':'a'}")) << QStringLiteral("/feeds/0/url")
        << QStringLiteral("required");
    QTest::newRow("feed without name")
        << withFeed(q("{'url':'wss://h.invalid/x'}")) << QStringLiteral("/feeds/0/name")
        << QStringLiteral("required");
    QTest::newRow("feed blank name") << withFeed(q("{'name':'  ','url':'wss://h.invalid/x'}"))
                                     << QStringLiteral("/feeds/0/name") << QStringLiteral("empty");
    QTest::newRow("url number") << withFeed(q("{'name':'a','url':5}"))
                                << QStringLiteral("/feeds/0/url") << QStringLiteral("string");
    QTest::newRow("url http scheme") << withFeed(q("{'name':'a','url':'http://h.invalid/x'}"))
                                     << QStringLiteral("/feeds/0/url") << QStringLiteral("ws://");
    QTest::newRow("url without host") << withFeed(q("{'name':'a','url':'ws:///x'}"))
                                      << QStringLiteral("/feeds/0/url") << QStringLiteral("host");
    QTest::newRow("url not a url") << withFeed(q("{'name':'a','url':'trades feed'}"))
                                   << QStringLiteral("/feeds/0/url") << QStringLiteral("ws://");
    QTest::newRow("second feed bad url")
        << QByteArray(q("{'version':1,'feeds':[{'name':'a','url':'wss://h.invalid/"
                        "x'},{'name':'b','url':'https://h.invalid'}]}"))
        << QStringLiteral("/feeds/1/url") << QStringLiteral("ws://");
    QTest::newRow("headers array")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','headers':['A: b']}"))
        << QStringLiteral("/feeds/0/headers") << QStringLiteral("object");
    QTest::newRow("header value not string")
        << withFeed(
               q("{'name':'a','url':'wss://h.invalid/x','headers':{'X-Ok':'1','Authorization':5}}"))
        << QStringLiteral("/feeds/0/headers/Authorization") << QStringLiteral("string");
    QTest::newRow("secretHeaders string")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','secretHeaders':'Authorization'}"))
        << QStringLiteral("/feeds/0/secretHeaders") << QStringLiteral("array");
    QTest::newRow("subprotocols element")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','subprotocols':['json',2]}"))
        << QStringLiteral("/feeds/0/subprotocols/1") << QStringLiteral("string");
    QTest::newRow("subscribe object")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','subscribe':{'op':'sub'}}"))
        << QStringLiteral("/feeds/0/subscribe") << QStringLiteral("array");
    QTest::newRow("decode string")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','decode':'/p'}"))
        << QStringLiteral("/feeds/0/decode") << QStringLiteral("object");
    QTest::newRow("fields not array")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','decode':{'fields':'/p'}}"))
        << QStringLiteral("/feeds/0/decode/fields") << QStringLiteral("array");
    QTest::newRow("fields element not pointer")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','decode':{'fields':['/p','q']}}"))
        << QStringLiteral("/feeds/0/decode/fields/1") << QStringLiteral("pointer");
    QTest::newRow("key not pointer")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','decode':{'key':'s'}}"))
        << QStringLiteral("/feeds/0/decode/key") << QStringLiteral("pointer");
    QTest::newRow("reconnect number")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','reconnect':5}"))
        << QStringLiteral("/feeds/0/reconnect") << QStringLiteral("object");
    QTest::newRow("initialDelayMs negative")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','reconnect':{'initialDelayMs':-5}}"))
        << QStringLiteral("/feeds/0/reconnect/initialDelayMs") << QStringLiteral("number");
    QTest::newRow("initialDelayMs fraction")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','reconnect':{'initialDelayMs':1.5}}"))
        << QStringLiteral("/feeds/0/reconnect/initialDelayMs") << QStringLiteral("whole");
    QTest::newRow("maxDelayMs string")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','reconnect':{'maxDelayMs':'30s'}}"))
        << QStringLiteral("/feeds/0/reconnect/maxDelayMs") << QStringLiteral("number");
    QTest::newRow("pingIntervalMs negative")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','pingIntervalMs':-1}"))
        << QStringLiteral("/feeds/0/pingIntervalMs") << QStringLiteral("number");
    QTest::newRow("ignoreSslErrors string")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','ignoreSslErrors':'yes'}"))
        << QStringLiteral("/feeds/0/ignoreSslErrors") << QStringLiteral("true");
    QTest::newRow("staleAfterMs negative")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','staleAfterMs':-1}"))
        << QStringLiteral("/feeds/0/staleAfterMs") << QStringLiteral("number");
    QTest::newRow("maxSeries zero")
        << withFeed(q("{'name':'a','url':'wss://h.invalid/x','maxSeries':0}"))
        << QStringLiteral("/feeds/0/maxSeries") << QStringLiteral("number");
    QTest::newRow("duplicate feed names") << QByteArray(
        q("{'version':1,'feeds':[{'name':'a','url':'wss://h.invalid/x'},{'name':'b','url':'wss://"
          "h.invalid/y'},{'name':'a','url':'wss://h.invalid/z'}]}"))
                                          << QStringLiteral("/feeds/2/name")
                                          << QStringLiteral("duplicate");
}

void TestProfile::corrupt()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, pointer);
    QFETCH(QString, word);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("corrupt.json"));
    QVERIFY(writeFile(path, content));

    QString error;
    const auto profile = Profile::load(path, &error);
    QVERIFY(!profile);
    // "<file>: <pointer>: <reason>", or "<file>: <reason>" when the whole file is bad.
    const QString prefix = pointer.isEmpty()
        ? QString(path + QStringLiteral(": "))
        : QString(path + QStringLiteral(": ") + pointer + QStringLiteral(": "));
    QVERIFY2(error.startsWith(prefix),
             qPrintable(QStringLiteral("expected prefix '%1', got: %2").arg(prefix, error)));
    const QString reason = error.mid(prefix.size());
    if (pointer.isEmpty())
        QVERIFY2(!reason.startsWith(QLatin1Char('/')), qPrintable(error));
    QVERIFY2(reason.contains(word, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), "a one-line reason");

    // fromJson gives the same pointer, without the file name.
    QString bare;
    QVERIFY(!Profile::fromJson(content, &bare));
    QVERIFY2(pointer.isEmpty() ? bare.startsWith(QLatin1Char(':'))
                               : bare.startsWith(pointer + QStringLiteral(": ")),
             qPrintable(bare));
}

void TestProfile::headerPointerIsEscaped()
{
    // '~' is legal in an HTTP header name; in a JSON Pointer it must be written "~0" (RFC 6901),
    // or the pointer in the message names a different (or no) value.
    const QByteArray json
        = withFeed(q("{'name':'a','url':'wss://h.invalid/x','headers':{'X~Key':5}}"));
    QString error;
    QVERIFY(!Profile::fromJson(json, &error));
    QVERIFY2(error.startsWith(QStringLiteral("/feeds/0/headers/X~0Key: ")), qPrintable(error));
}

void TestProfile::missingFile()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("no-such-profile.json"));
    QString error;
    QVERIFY(!Profile::load(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.size() > path.size() + 2, qPrintable(error));
}

void TestProfile::directory()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("adir.json"));
    QVERIFY(QDir().mkpath(path));
    QString error;
    QVERIFY(!Profile::load(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("directory"), Qt::CaseInsensitive), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestProfile)
#include "tst_profile.moc"
