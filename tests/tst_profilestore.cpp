// Tests ProfileStore and SecretStore: the per-user profile folder (one file per profile,
// written atomically), round trips that keep unknown keys, secret header values kept out of
// every profile file and shared export (in the 0600 fallback file when no keychain runs),
// import/export, the recent list, and a listing that survives every kind of corrupt file.
#include "profiles/profilestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include "testpaths.h"

namespace {
const QString kSecret = QStringLiteral("Bearer s3cr3t-token");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

Profile fullProfile()
{
    QString error;
    auto profile = Profile::load(TestPaths::data("/full-profile.json"), &error);
    if (!profile)
        qFatal("%s", qPrintable(error));
    return *profile;
}

QString headerValue(const FeedSpec &feed, const QString &name)
{
    for (const auto &header : feed.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// Every file under root whose bytes contain the secret (the fallback file excepted).
QStringList filesHoldingSecret(const QString &root, const QString &except)
{
    QStringList found;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path != except && readAll(path).contains(kSecret.toUtf8()))
            found << path;
    }
    return found;
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saveAndLoadRoundTrip();
    void secretsNeverInProfileFiles();
    void fallbackFileIsOwnerOnly();
    void autoBackendFallsBackWithoutKeychain();
    void exportSharedLeavesSecretsOut();
    void importKeepsUnknownKeysAndRenames();
    void listsCorruptFilesAndLoadsTheRest_data();
    void listsCorruptFilesAndLoadsTheRest();
    void fileNamesAreSafe_data();
    void fileNamesAreSafe();
    void recentList();
    void removeProfile();
    void unwritableFolder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->path(), SecretStore::Backend::FileOnly);
}

void TestProfileStore::saveAndLoadRoundTrip()
{
    const Profile original = fullProfile();
    QString error;
    const auto path = m_store->save(original, &error);
    QVERIFY2(path, qPrintable(error));
    QCOMPARE(*path, m_store->directory() + QStringLiteral("/crypto desk.json"));
    const auto loaded = m_store->load(*path, &error);
    QVERIFY2(loaded, qPrintable(error));
    // Unknown keys at every level survive, and the secret comes back from the secret store.
    QCOMPARE(loaded->extra, original.extra);
    QCOMPARE(loaded->feeds.size(), 2);
    QCOMPARE(loaded->feeds[0].extra, original.feeds[0].extra);
    QCOMPARE(headerValue(loaded->feeds[0], QStringLiteral("Authorization")), kSecret);
    QCOMPARE(headerValue(loaded->feeds[0], QStringLiteral("X-Client")),
             QStringLiteral("feedboard"));
    QCOMPARE(loaded->feeds[0].subprotocols, original.feeds[0].subprotocols);
    QCOMPARE(loaded->feeds[0].decode.toJson(), original.feeds[0].decode.toJson());
    QCOMPARE(loaded->feeds[0].reconnectMaxDelayMs, 60000);
    // Saving what was loaded gives the same file, byte for byte.
    const QByteArray first = readAll(*path);
    QVERIFY(m_store->save(*loaded, &error));
    QCOMPARE(readAll(*path), first);
}

void TestProfileStore::secretsNeverInProfileFiles()
{
    QString error;
    const auto path = m_store->save(fullProfile(), &error);
    QVERIFY2(path, qPrintable(error));
    const QString secretsFile = m_store->secrets().fallbackPath();
    QCOMPARE(filesHoldingSecret(m_dir->path(), secretsFile), QStringList());
    QVERIFY(readAll(secretsFile).contains(kSecret.toUtf8()));
    // The header's name stays listed, so the editor knows a secret is expected.
    QVERIFY(readAll(*path).contains("secretHeaders"));
    QVERIFY(!readAll(*path).contains("Bearer"));
}

void TestProfileStore::fallbackFileIsOwnerOnly()
{
    QString error;
    QVERIFY2(m_store->save(fullProfile(), &error), qPrintable(error));
    const QFileInfo info(m_store->secrets().fallbackPath());
    QVERIFY(info.exists());
    QCOMPARE(info.permissions()
                 & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
             QFileDevice::Permissions());
}

void TestProfileStore::autoBackendFallsBackWithoutKeychain()
{
    // Tests run without a Secret Service (no session bus): the keychain job fails and the
    // value must land in the fallback file rather than be lost.
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("a D-Bus session bus is set: a real keychain may answer and keep the value");
    SecretStore store(m_dir->filePath(QStringLiteral("secrets.json")), SecretStore::Backend::Auto);
    QString error;
    QVERIFY2(store.write(QStringLiteral("p/f/authorization"), kSecret, &error), qPrintable(error));
    QVERIFY(store.usingFallback());
    QCOMPARE(store.read(QStringLiteral("p/f/authorization")), std::optional<QString>(kSecret));
    SecretStore again(store.fallbackPath(), SecretStore::Backend::Auto);
    QCOMPARE(again.read(QStringLiteral("p/f/authorization")), std::optional<QString>(kSecret));
    QVERIFY(again.remove(QStringLiteral("p/f/authorization"), &error));
    QCOMPARE(again.read(QStringLiteral("p/f/authorization")), std::nullopt);
}

void TestProfileStore::exportSharedLeavesSecretsOut()
{
    const QString target = m_dir->filePath(QStringLiteral("shared/desk.json"));
    QString error;
    QVERIFY2(ProfileStore::exportShared(fullProfile(), target, &error), qPrintable(error));
    const QByteArray bytes = readAll(target);
    QVERIFY(!bytes.contains("s3cr3t"));
    QVERIFY(bytes.contains("X-Client"));
    const auto back = Profile::load(target, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(headerValue(back->feeds[0], QStringLiteral("Authorization")), QString());
    QCOMPARE(back->extra, fullProfile().extra);
}

void TestProfileStore::importKeepsUnknownKeysAndRenames()
{
    QString error;
    const auto first = m_store->importFile(TestPaths::data("/full-profile.json"), &error);
    QVERIFY2(first, qPrintable(error));
    const auto second = m_store->importFile(TestPaths::data("/full-profile.json"), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(*first != *second);
    const QList<ProfileEntry> entries = m_store->list();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].name, QStringLiteral("crypto desk"));
    QCOMPARE(entries[1].name, QStringLiteral("crypto desk (2)"));
    QVERIFY(entries[1].profile);
    QCOMPARE(entries[1].profile->extra, fullProfile().extra);
    QCOMPARE(filesHoldingSecret(m_dir->path(), m_store->secrets().fallbackPath()), QStringList());
    const auto loaded = m_store->load(*second, &error);
    QCOMPARE(headerValue(loaded->feeds[0], QStringLiteral("Authorization")), kSecret);
}

void TestProfileStore::listsCorruptFilesAndLoadsTheRest_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("pointer"); // of the bad value; empty: the whole file
    QTest::addColumn<QString>("word");

    const QString whole;
    QTest::newRow("empty") << QByteArray() << whole << QStringLiteral("empty");
    QTest::newRow("truncated") << QByteArray("{\"version\":1,\"feeds\":[{\"name\":\"a\",") << whole
                               << QStringLiteral("JSON");
    QTest::newRow("binary garbage")
        << QByteArray("\x00\xff\xfe{", 4) << whole << QStringLiteral("JSON");
    QTest::newRow("top-level array") << QByteArray("[]") << whole << QStringLiteral("object");
    QTest::newRow("version string") << QByteArray("{\"version\":\"1\",\"feeds\":[]}")
                                    << QStringLiteral("/version") << QStringLiteral("version");
    QTest::newRow("feeds object") << QByteArray("{\"version\":1,\"feeds\":{}}")
                                  << QStringLiteral("/feeds") << QStringLiteral("array");
    QTest::newRow("url number") << QByteArray(
        "{\"version\":1,\"feeds\":[{\"name\":\"a\",\"url\":5}]}")
                                << QStringLiteral("/feeds/0/url") << QStringLiteral("string");
    QTest::newRow("ping string") << QByteArray("{\"version\":1,\"feeds\":[{\"name\":\"a\",\"url\":"
                                               "\"ws://127.0.0.1/\",\"pingIntervalMs\":\"5\"}]}")
                                 << QStringLiteral("/feeds/0/pingIntervalMs")
                                 << QStringLiteral("whole number");
    QTest::newRow("decode field not pointer")
        << QByteArray("{\"version\":1,\"feeds\":[{\"name\":\"a\",\"url\":\"ws://127.0.0.1/"
                      "\",\"decode\":{\"fields\":[\"p\"]}}]}")
        << QStringLiteral("/feeds/0/decode/fields/0") << QString();
}

void TestProfileStore::listsCorruptFilesAndLoadsTheRest()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, pointer);
    QFETCH(QString, word);
    QString error;
    Profile good = fullProfile();
    QVERIFY2(m_store->save(good, &error), qPrintable(error));
    good.name = QStringLiteral("zz last");
    QVERIFY2(m_store->save(good, &error), qPrintable(error));
    const QString bad = m_store->directory() + QStringLiteral("/broken.json");
    QVERIFY(writeFile(bad, content));
    const QDateTime badTime = QFileInfo(bad).lastModified();

    const QList<ProfileEntry> entries = m_store->list();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].name, QStringLiteral("broken"));
    QVERIFY(!entries[0].profile);
    QVERIFY2(entries[0].error.startsWith(
                 bad + (pointer.isEmpty() ? QStringLiteral(":") : QStringLiteral(": ") + pointer)),
             qPrintable(entries[0].error));
    QVERIFY2(entries[0].error.contains(word, Qt::CaseInsensitive), qPrintable(entries[0].error));
    QVERIFY(entries[1].profile && entries[2].profile);
    QVERIFY(entries[1].error.isEmpty());
    // The bad file is neither repaired nor replaced.
    QCOMPARE(readAll(bad), content);
    QCOMPARE(QFileInfo(bad).lastModified(), badTime);
}

void TestProfileStore::fileNamesAreSafe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << QStringLiteral("desk") << QStringLiteral("desk.json");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a_b.json");
    QTest::newRow("dots") << QStringLiteral("../up") << QStringLiteral("profile.._up.json");
    QTest::newRow("unicode") << QStringLiteral("交易 Ü") << QStringLiteral("交易 Ü.json");
}

void TestProfileStore::fileNamesAreSafe()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QCOMPARE(m_store->pathForName(name), m_store->directory() + QLatin1Char('/') + file);
}

void TestProfileStore::recentList()
{
    QCOMPARE(m_store->recent(), QStringList());
    QStringList paths;
    for (int i = 0; i < ProfileStore::kMaxRecent + 2; ++i) {
        paths << m_dir->filePath(QStringLiteral("p%1.json").arg(i));
        QVERIFY(writeFile(paths.last(), "{}"));
        m_store->addRecent(paths.last());
    }
    m_store->addRecent(paths[5]); // again: moves to the front, no duplicate
    QStringList recent = m_store->recent();
    QCOMPARE(recent.size(), ProfileStore::kMaxRecent);
    QCOMPARE(recent.first(), paths[5]);
    QCOMPARE(recent.count(paths[5]), 1);
    QCOMPARE(recent[1], paths.last());
    // A file that went away drops out of the list; a new store reads the same list.
    QVERIFY(QFile::remove(paths.last()));
    recent = ProfileStore(m_dir->path(), SecretStore::Backend::FileOnly).recent();
    QVERIFY(!recent.contains(paths.last()));
    QCOMPARE(recent.first(), paths[5]);
}

void TestProfileStore::removeProfile()
{
    QString error;
    const auto path = m_store->save(fullProfile(), &error);
    QVERIFY(path && QFile::exists(*path));
    QVERIFY(m_store->remove(QStringLiteral("crypto desk"), &error));
    QVERIFY(!QFile::exists(*path));
    QCOMPARE(m_store->list().size(), 0);
}

void TestProfileStore::unwritableFolder()
{
    // A file where the profile folder should be: the save fails with the path in the reason.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("profiles")), "x"));
    QString error;
    QVERIFY(!m_store->save(fullProfile(), &error));
    QVERIFY2(error.contains(m_store->directory()), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
