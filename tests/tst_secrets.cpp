// ${secret:NAME} placeholders (issue 16, contract section Reach): found in every field they may
// stand in, put in with the right encoding, masked back out of messages, kept as written in
// profile files, and their values kept in the secret store, never in the profile.
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/secretplaceholders.h"
#include "capture/capturewriter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreFound();
    void textIsSubstituted();
    void urlValuesArePercentEncoded();
    void valuesAreMasked();
    void environmentWinsOverTheStore();
    void profileKeepsPlaceholdersAsWritten();
    void storeKeepsValuesOutOfTheFile();
    void sentMessagesAreRedacted();
};

void TestSecrets::namesAreFound()
{
    using SecretPlaceholders::namesIn;
    QCOMPARE(namesIn(QStringLiteral("{\"k\":\"${secret:A}\",\"j\":\"${secret:b_2}${secret:A}\"}")),
             (QStringList { QStringLiteral("A"), QStringLiteral("b_2") }));
    QCOMPARE(namesIn(QStringLiteral("wss://h/p?t=$%7Bsecret:TOKEN%7d")),
             QStringList { QStringLiteral("TOKEN") });
    // Not placeholders: no name, a bad name, no closing brace, another kind.
    QVERIFY(
        namesIn(QStringLiteral("${secret:} ${secret:1A} ${secret:A ${env:A} $secret:A")).isEmpty());
    QVERIFY(SecretPlaceholders::isValidName(QStringLiteral("_x9")));
    QVERIFY(!SecretPlaceholders::isValidName(QStringLiteral("9x")));
    QVERIFY(!SecretPlaceholders::isValidName(QStringLiteral("a-b")));

    FeedSpec spec = TestSupport::feedSpec(
        QStringLiteral("f"),
        SecretPlaceholders::parseUrl(QStringLiteral("wss://h:1/s?key=${secret:URL}")));
    spec.headers = { { QStringLiteral("Authorization"), QStringLiteral("Bearer ${secret:HDR}") } };
    spec.subscribe = { QStringLiteral("{\"auth\":\"${secret:SUB}\"}") };
    HandshakeStep step;
    step.send = QStringLiteral("login ${secret:STEP}");
    spec.handshake = { step };
    spec.keepaliveMessage = QStringLiteral("ping ${secret:KEEP}");
    spec.proxy = QStringLiteral("http://u:${secret:PROXY}@127.0.0.1:3128");
    QCOMPARE(
        SecretPlaceholders::namesIn(spec),
        (QStringList { QStringLiteral("URL"), QStringLiteral("HDR"), QStringLiteral("SUB"),
                       QStringLiteral("STEP"), QStringLiteral("KEEP"), QStringLiteral("PROXY") }));
}

void TestSecrets::textIsSubstituted()
{
    const QHash<QString, QString> values { { QStringLiteral("A"), QStringLiteral("v&1 \"q\"") } };
    QCOMPARE(SecretPlaceholders::substitute(QStringLiteral("x ${secret:A} y ${secret:A}"), values),
             QStringLiteral("x v&1 \"q\" y v&1 \"q\""));
    // A name with no value stays as written (FeedConnection refuses to connect before that).
    QCOMPARE(SecretPlaceholders::substitute(QStringLiteral("${secret:B}"), values),
             QStringLiteral("${secret:B}"));
    QCOMPARE(SecretPlaceholders::substitute(QStringLiteral("plain"), values),
             QStringLiteral("plain"));
}

void TestSecrets::urlValuesArePercentEncoded()
{
    const QUrl url = SecretPlaceholders::parseUrl(
        QStringLiteral("wss://127.0.0.1:9/s?token=${secret:T}&symbol=BTC%2BUSD"));
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    const QUrl put = SecretPlaceholders::substitute(
        url, { { QStringLiteral("T"), QStringLiteral("a&b=c/d+e") } });
    QVERIFY(put.isValid());
    // One query item still, with the value whole; the other item byte for byte.
    QCOMPARE(put.query(QUrl::FullyEncoded),
             QStringLiteral("token=a%26b%3Dc%2Fd%2Be&symbol=BTC%2BUSD"));
    QCOMPARE(SecretPlaceholders::urlText(url),
             QStringLiteral("wss://127.0.0.1:9/s?token=${secret:T}&symbol=BTC%2BUSD"));
}

void TestSecrets::valuesAreMasked()
{
    const QHash<QString, QString> values { { QStringLiteral("T"), QStringLiteral("tok/123") },
                                           { QStringLiteral("S"), QStringLiteral("ab") } };
    QCOMPARE(SecretPlaceholders::mask(QStringLiteral("invalid token tok/123 (tok%2F123)"), values),
             QStringLiteral("invalid token ${secret:T} (${secret:T})"));
    // Too short to tell from ordinary text: left alone rather than mangling every message.
    QCOMPARE(SecretPlaceholders::mask(QStringLiteral("abc"), values), QStringLiteral("abc"));
}

void TestSecrets::environmentWinsOverTheStore()
{
    FeedSpec spec = TestSupport::feedSpec(QStringLiteral("f"), QUrl(QStringLiteral("ws://h:1/")));
    spec.subscribe
        = { QStringLiteral("${secret:ENV_ONE} ${secret:STORED_ONE} ${secret:NONE_ONE}") };
    qputenv("FEEDBOARD_SECRET_ENV_ONE", "from-env");
    QStringList missing;
    const auto values = SecretPlaceholders::resolve(
        spec,
        { { QStringLiteral("ENV_ONE"), QStringLiteral("stored") },
          { QStringLiteral("STORED_ONE"), QStringLiteral("stored-2") } },
        &missing);
    qunsetenv("FEEDBOARD_SECRET_ENV_ONE");
    QCOMPARE(values.value(QStringLiteral("ENV_ONE")), QStringLiteral("from-env"));
    QCOMPARE(values.value(QStringLiteral("STORED_ONE")), QStringLiteral("stored-2"));
    QCOMPARE(missing, QStringList { QStringLiteral("NONE_ONE") });
}

void TestSecrets::profileKeepsPlaceholdersAsWritten()
{
    const QString url = QStringLiteral("wss://127.0.0.1:9/s?token=${secret:TOKEN}");
    const QJsonObject feed { { QStringLiteral("name"), QStringLiteral("f") },
                             { QStringLiteral("url"), url } };
    QString error;
    const auto spec = FeedSpec::fromJson(feed, &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->toJson().value(QStringLiteral("url")).toString(), url);
    QCOMPARE(SecretPlaceholders::namesIn(*spec), QStringList { QStringLiteral("TOKEN") });
}

void TestSecrets::storeKeepsValuesOutOfTheFile()
{
    QTemporaryDir dir;
    const QString value = QStringLiteral("val-8c1f2e");
    Profile profile;
    profile.name = QStringLiteral("desk");
    FeedSpec spec = TestSupport::feedSpec(QStringLiteral("f"), QUrl(QStringLiteral("ws://h:1/")));
    spec.subscribe = { QStringLiteral("{\"apiKey\":\"${secret:DESK_KEY}\"}") };
    spec.storedSecrets.insert(QStringLiteral("DESK_KEY"), value);
    profile.feeds = { spec };
    {
        ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
        QString error;
        const auto path = store.save(profile, &error);
        QVERIFY2(path, qPrintable(error));
        const QByteArray file = TestSupport::readFile(*path);
        QVERIFY(file.contains("${secret:DESK_KEY}"));
        QVERIFY(!file.contains(value.toUtf8()));
    }
    // A new store (a new run) reads the value back from the secrets file for the placeholder.
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    QString error;
    const auto loaded = store.load(store.pathForName(profile.name), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->feeds.constFirst().storedSecrets.value(QStringLiteral("DESK_KEY")), value);
    // Named secrets are the user's, not one profile's: another profile using the name gets it.
    FeedSpec other = spec;
    other.storedSecrets.clear();
    store.readNamedSecrets(other);
    QCOMPARE(other.storedSecrets.value(QStringLiteral("DESK_KEY")), value);
}

void TestSecrets::sentMessagesAreRedacted()
{
    // Placeholders stay; a credential written in clear does not reach a capture.
    QCOMPARE(CaptureWriter::redactedMessage(QStringLiteral("{\"token\":\"${secret:T}\",\"op\":1}")),
             QStringLiteral("{\"token\":\"${secret:T}\",\"op\":1}"));
    QCOMPARE(CaptureWriter::redactedMessage(
                 QStringLiteral("{\"op\":\"auth\",\"args\":[{\"apiKey\":\"abc\",\"n\":1}]}")),
             QStringLiteral("{\"args\":[{\"apiKey\":\"REDACTED\",\"n\":1}],\"op\":\"auth\"}"));
    QCOMPARE(CaptureWriter::redactedMessage(QStringLiteral("{\"op\":\"subscribe\"}")),
             QStringLiteral("{\"op\":\"subscribe\"}"));
    QCOMPARE(CaptureWriter::redactedMessage(QStringLiteral("not json password=x")),
             QStringLiteral("not json password=x"));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
