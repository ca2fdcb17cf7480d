// GUI tests (offscreen) of the profile editor: URL and pointer checks as the user types, Save
// disabled with the reason while anything is wrong, the saved file holds the values but no
// secret value, unknown keys survive an edit, and "Discover" against a real QWebSocketServer
// on 127.0.0.1 lists the paths of the frames with their types.
#include "profiles/profilestore.h"
#include "discoverydialog.h"
#include "profiles/feedchecks.h"
#include "feed/discoveryprobe.h"
#include "profileeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include "testsupport.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

namespace {
template<typename T> T *child(QObject *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private slots:
    void urlChecks_data();
    void urlChecks();
    void pointerChecks_data();
    void pointerChecks();
    void newProfileSavesValuesButNoSecret();
    void editKeepsUnknownKeys();
    void placeholdersAskForTheirSecrets();
    void proxyIsCheckedAndItsPasswordIsASecret();
    void discoveryListsPathsAndTypes();
};

void TestProfileEditor::urlChecks_data()
{
    // The rules themselves are tst_urlchecks's (validator, profile file and command line);
    // here, that the editor shows the validator's verdict as the user types.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reasonPart"); // empty: valid
    QTest::newRow("empty") << QString() << QStringLiteral("Enter");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1/x") << QStringLiteral("ws://");
    QTest::newRow("port too big") << QStringLiteral("ws://127.0.0.1:70000/x")
                                  << QStringLiteral("65535");
    QTest::newRow("ws") << QStringLiteral("ws://127.0.0.1:9000/stream") << QString();
}

void TestProfileEditor::urlChecks()
{
    QFETCH(QString, url);
    QFETCH(QString, reasonPart);
    const QString problem = FeedChecks::urlProblem(url);
    if (reasonPart.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(reasonPart), qPrintable(problem));

    // The same in the real editor, typed by the user: the reason shows and Save stays off.
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    ProfileEditor editor(&store, Profile());
    editor.show();
    QTest::keyClicks(child<QLineEdit>(&editor, "profileName"), QStringLiteral("desk"));
    QTest::mouseClick(child<QPushButton>(&editor, "addFeed"), Qt::LeftButton);
    retype(child<QLineEdit>(&editor, "feedName"), QStringLiteral("trades"));
    retype(child<QLineEdit>(&editor, "feedUrl"), url);
    QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *urlProblem = child<QLabel>(&editor, "urlProblem");
    QCOMPARE(save->isEnabled(), reasonPart.isEmpty());
    QCOMPARE(urlProblem->isVisible(), !reasonPart.isEmpty());
    if (!reasonPart.isEmpty())
        QCOMPARE(urlProblem->text(), problem);
}

void TestProfileEditor::pointerChecks_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("root slash") << QStringLiteral("/") << true;
    QTest::newRow("nested") << QStringLiteral("/data/0/p") << true;
    QTest::newRow("escapes") << QStringLiteral("/a~1b/c~0d") << true;
    QTest::newRow("no slash") << QStringLiteral("p") << false;
    QTest::newRow("bad tilde") << QStringLiteral("/a~2") << false;
    QTest::newRow("trailing tilde") << QStringLiteral("/a~") << false;
}

void TestProfileEditor::pointerChecks()
{
    QFETCH(QString, pointer);
    QFETCH(bool, valid);
    QCOMPARE(FeedChecks::pointerProblem(pointer).isEmpty(), valid);
}

void TestProfileEditor::newProfileSavesValuesButNoSecret()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    ProfileEditor editor(&store, Profile());
    editor.show();
    QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *problem = child<QLabel>(&editor, "profileProblem");
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("name")));

    QTest::keyClicks(child<QLineEdit>(&editor, "profileName"), QStringLiteral("desk"));
    QVERIFY(!save->isEnabled()); // no feed yet
    QTest::mouseClick(child<QPushButton>(&editor, "addFeed"), Qt::LeftButton);
    auto *name = child<QLineEdit>(&editor, "feedName");
    retype(name, QStringLiteral("trades"));
    auto *url = child<QLineEdit>(&editor, "feedUrl");
    auto *urlProblem = child<QLabel>(&editor, "urlProblem");
    QTest::keyClicks(url, QStringLiteral("ws://127.0.0.1:99999/stream"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(urlProblem->isVisible() && urlProblem->text().contains(QStringLiteral("65535")),
             qPrintable(urlProblem->text()));
    QVERIFY(problem->text().contains(QStringLiteral("65535")));
    retype(url, QStringLiteral("ws://127.0.0.1:9000/stream"));
    QVERIFY2(save->isEnabled(), qPrintable(problem->text()));
    QVERIFY(!urlProblem->isVisible());

    // A key that is not a pointer disables Save again, with the reason.
    auto *key = child<QLineEdit>(&editor, "decodeKey");
    QTest::keyClicks(key, QStringLiteral("s"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("JSON Pointer")));
    retype(key, QStringLiteral("/s"));
    QVERIFY(save->isEnabled());
    auto *fields = child<QPlainTextEdit>(&editor, "decodeFields");
    QTest::keyClicks(fields, QStringLiteral("/p"));
    QTest::keyClick(fields, Qt::Key_Return);
    QTest::keyClicks(fields, QStringLiteral("/q"));
    QTest::keyClicks(child<QPlainTextEdit>(&editor, "subscribe"),
                     QStringLiteral("{\"op\":\"sub\"}"));
    QTest::keyClicks(child<QLineEdit>(&editor, "subprotocols"), QStringLiteral("json, v2"));

    QTest::mouseClick(child<QPushButton>(&editor, "addHeader"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&editor, "addHeader"), Qt::LeftButton);
    auto *headers = child<QTableWidget>(&editor, "headers");
    QCOMPARE(headers->rowCount(), 2);
    const QString secret = QStringLiteral("Bearer s3cr3t-value");
    headers->item(0, 0)->setText(QStringLiteral("Authorization"));
    headers->item(0, 1)->setText(secret);
    headers->item(0, 2)->setCheckState(Qt::Checked);
    headers->item(1, 0)->setText(QStringLiteral("X-Client"));
    headers->item(1, 1)->setText(QStringLiteral("feedboard"));
    // A secret value is edited in password mode; an ordinary one in plain text.
    headers->openPersistentEditor(headers->item(0, 1));
    headers->openPersistentEditor(headers->item(1, 1));
    auto *secretEditor
        = qobject_cast<QLineEdit *>(headers->indexWidget(headers->model()->index(0, 1)));
    auto *plainEditor
        = qobject_cast<QLineEdit *>(headers->indexWidget(headers->model()->index(1, 1)));
    QVERIFY(secretEditor && plainEditor);
    QCOMPARE(secretEditor->echoMode(), QLineEdit::Password);
    QCOMPARE(plainEditor->echoMode(), QLineEdit::Normal);
    headers->closePersistentEditor(headers->item(0, 1));
    headers->closePersistentEditor(headers->item(1, 1));

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(editor.savedPath(), store.pathForName(QStringLiteral("desk")));
    QFile file(editor.savedPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("s3cr3t"));
    const QJsonObject feed
        = QJsonDocument::fromJson(bytes).object()[QStringLiteral("feeds")][0].toObject();
    QCOMPARE(feed[QStringLiteral("url")].toString(), QStringLiteral("ws://127.0.0.1:9000/stream"));
    QCOMPARE(feed[QStringLiteral("secretHeaders")].toArray(),
             QJsonArray { QStringLiteral("Authorization") });
    QCOMPARE(feed[QStringLiteral("headers")].toObject(),
             (QJsonObject { { QStringLiteral("X-Client"), QStringLiteral("feedboard") } }));
    QCOMPARE(feed[QStringLiteral("subprotocols")].toArray(),
             (QJsonArray { QStringLiteral("json"), QStringLiteral("v2") }));
    QCOMPARE(feed[QStringLiteral("subscribe")].toArray(),
             QJsonArray { QStringLiteral("{\"op\":\"sub\"}") });
    const QJsonObject decode = feed[QStringLiteral("decode")].toObject();
    QCOMPARE(decode[QStringLiteral("key")].toString(), QStringLiteral("/s"));
    QCOMPARE(decode[QStringLiteral("fields")].toArray(),
             (QJsonArray { QStringLiteral("/p"), QStringLiteral("/q") }));

    // The secret went to the store, and comes back on load.
    QString error;
    const auto loaded = store.load(editor.savedPath(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(
        loaded->feeds.first().headers.contains(qMakePair(QStringLiteral("Authorization"), secret)));
}

void TestProfileEditor::editKeepsUnknownKeys()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    const QByteArray json = R"({"version":1,"name":"keep","theme":"dark","layout":{"a":1},
        "feeds":[{"name":"f","url":"ws://127.0.0.1:1/x","colour":"red",
                  "decode":{"fields":["/p"],"future":true},"reconnect":{"initialDelayMs":700,"jitter":0.5}}]})";
    QString error;
    const auto profile = Profile::fromJson(json, &error);
    QVERIFY2(profile, qPrintable(error));
    ProfileEditor editor(&store, *profile);
    retype(child<QLineEdit>(&editor, "feedName"), QStringLiteral("renamed"));
    editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(!editor.savedPath().isEmpty());
    const QJsonObject saved = readJson(editor.savedPath());
    QCOMPARE(saved[QStringLiteral("theme")].toString(), QStringLiteral("dark"));
    QCOMPARE(saved[QStringLiteral("layout")].toObject()[QStringLiteral("a")].toInt(), 1);
    const QJsonObject feed = saved[QStringLiteral("feeds")][0].toObject();
    QCOMPARE(feed[QStringLiteral("name")].toString(), QStringLiteral("renamed"));
    QCOMPARE(feed[QStringLiteral("colour")].toString(), QStringLiteral("red"));
    QCOMPARE(feed[QStringLiteral("decode")][QStringLiteral("future")].toBool(), true);
    QCOMPARE(feed[QStringLiteral("reconnect")][QStringLiteral("jitter")].toDouble(), 0.5);
    QCOMPARE(feed[QStringLiteral("reconnect")][QStringLiteral("initialDelayMs")].toInt(), 700);
}

void TestProfileEditor::placeholdersAskForTheirSecrets()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    ProfileEditor editor(&store, Profile());
    editor.show();
    QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::keyClicks(child<QLineEdit>(&editor, "profileName"), QStringLiteral("alpaca"));
    QTest::mouseClick(child<QPushButton>(&editor, "addFeed"), Qt::LeftButton);
    retype(child<QLineEdit>(&editor, "feedName"), QStringLiteral("trades"));
    auto *secrets = child<QTableWidget>(&editor, "secrets");
    auto *warning = child<QLabel>(&editor, "secretsWarning");
    QCOMPARE(secrets->rowCount(), 0);
    QVERIFY(!secrets->isVisible());

    // A placeholder typed in the URL is a valid URL, and asks for its value.
    QTest::keyClicks(child<QLineEdit>(&editor, "feedUrl"),
                     QStringLiteral("ws://127.0.0.1:9000/stream?key=${secret:APCA_KEY}"));
    QVERIFY2(save->isEnabled(), qPrintable(child<QLabel>(&editor, "profileProblem")->text()));
    QCOMPARE(secrets->rowCount(), 1);
    QCOMPARE(secrets->item(0, 0)->text(), QStringLiteral("APCA_KEY"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("APCA_KEY")));
    // One in a subscribe message adds a row; the same name twice is one row.
    QTest::keyClicks(child<QPlainTextEdit>(&editor, "subscribe"),
                     QStringLiteral("{\"action\":\"auth\",\"key\":\"${secret:APCA_KEY}\","
                                    "\"secret\":\"${secret:APCA_SECRET}\"}"));
    QCOMPARE(secrets->rowCount(), 2);
    QCOMPARE(secrets->item(1, 0)->text(), QStringLiteral("APCA_SECRET"));

    // Values are typed in password mode and shown as dots.
    secrets->openPersistentEditor(secrets->item(0, 1));
    auto *valueEditor
        = qobject_cast<QLineEdit *>(secrets->indexWidget(secrets->model()->index(0, 1)));
    QVERIFY(valueEditor);
    QCOMPARE(valueEditor->echoMode(), QLineEdit::Password);
    secrets->closePersistentEditor(secrets->item(0, 1));
    secrets->item(0, 1)->setText(QStringLiteral("key-5f1a"));
    secrets->item(1, 1)->setText(QStringLiteral("secret-77c2"));
    QVERIFY(!warning->isVisible());
    QCOMPARE(secrets->item(0, 2)->text(), QStringLiteral("keychain"));

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const QByteArray bytes = TestSupport::readFile(editor.savedPath());
    QVERIFY(bytes.contains("${secret:APCA_KEY}") && bytes.contains("${secret:APCA_SECRET}"));
    QVERIFY(!bytes.contains("key-5f1a") && !bytes.contains("secret-77c2"));
    QCOMPARE(
        readJson(editor.savedPath())[QStringLiteral("feeds")][0][QStringLiteral("url")].toString(),
        QStringLiteral("ws://127.0.0.1:9000/stream?key=${secret:APCA_KEY}"));
    // The values went to the store, and come back with the profile (and into a new editor).
    QString error;
    const auto loaded = store.load(editor.savedPath(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->feeds.first().storedSecrets.value(QStringLiteral("APCA_SECRET")),
             QStringLiteral("secret-77c2"));
    ProfileEditor again(&store, *loaded);
    auto *shown = child<QTableWidget>(&again, "secrets");
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(shown->item(0, 1)->text(), QStringLiteral("key-5f1a"));
}

void TestProfileEditor::proxyIsCheckedAndItsPasswordIsASecret()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    Profile start;
    start.name = QStringLiteral("office");
    start.feeds = { TestSupport::feedSpec(QStringLiteral("f"),
                                          QUrl(QStringLiteral("ws://127.0.0.1:9000/s"))) };
    ProfileEditor editor(&store, start);
    editor.show();
    QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *problem = child<QLabel>(&editor, "profileProblem");
    auto *proxy = child<QLineEdit>(&editor, "proxy");
    QVERIFY(proxy->text().isEmpty()); // "system", the default
    QVERIFY(save->isEnabled());
    QTest::keyClicks(proxy, QStringLiteral("http://alice:hunter2@127.0.0.1:3128"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("password")), qPrintable(problem->text()));
    QVERIFY2(!problem->text().contains(QStringLiteral("hunter2")), qPrintable(problem->text()));
    retype(proxy, QStringLiteral("ftp://127.0.0.1:21"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("http or socks5")),
             qPrintable(problem->text()));
    retype(proxy, QStringLiteral("http://alice:${secret:PROXY_PW}@127.0.0.1:3128"));
    QVERIFY2(save->isEnabled(), qPrintable(problem->text()));
    auto *secrets = child<QTableWidget>(&editor, "secrets");
    QCOMPARE(secrets->rowCount(), 1);
    QCOMPARE(secrets->item(0, 0)->text(), QStringLiteral("PROXY_PW"));
    secrets->item(0, 1)->setText(QStringLiteral("pw-31337"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const QJsonObject feed = readJson(editor.savedPath())[QStringLiteral("feeds")][0].toObject();
    QCOMPARE(feed[QStringLiteral("proxy")].toString(),
             QStringLiteral("http://alice:${secret:PROXY_PW}@127.0.0.1:3128"));
    QVERIFY(!TestSupport::readFile(editor.savedPath()).contains("pw-31337"));
    QString error;
    const auto loaded = store.load(editor.savedPath(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->feeds.first().storedSecrets.value(QStringLiteral("PROXY_PW")),
             QStringLiteral("pw-31337"));
    // Back to the default: cleared, the file says "system" again.
    ProfileEditor again(&store, *loaded);
    retype(child<QLineEdit>(&again, "proxy"), QString());
    QCOMPARE(again.profile().feeds.first().proxy, QStringLiteral("system"));
}

void TestProfileEditor::discoveryListsPathsAndTypes()
{
    QWebSocketServer server(QStringLiteral("discovery"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    QByteArray seenHeader;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *socket = server.nextPendingConnection();
        socket->setParent(&server); // the caller owns pending connections
        seenHeader = socket->request().rawHeader("X-Token");
        socket->sendTextMessage(QStringLiteral(
            R"({"s":"BTC","p":"37020.5","q":1.5,"T":1795687200123,"meta":{"ok":true}})"));
        socket->sendTextMessage(
            QStringLiteral(R"({"s":"ETH","p":"2000","q":2,"T":1795687200124,"meta":{"ok":null}})"));
        socket->sendTextMessage(QStringLiteral("not json at all"));
    });
    FeedSpec spec;
    spec.name = QStringLiteral("probe");
    spec.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()));
    spec.headers.append({ QStringLiteral("X-Token"), QStringLiteral("t1") });
    DiscoveryDialog dialog(spec);
    QSignalSpy finished(dialog.probe(), &DiscoveryProbe::finished);
    dialog.start(3, 3000);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toString(), QString());
    QCOMPARE(seenHeader, QByteArray("t1"));
    QCOMPARE(dialog.probe()->result().nonJsonFrames(), 1);

    auto *tree = child<QTreeWidget>(&dialog, "discoverPaths");
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows << tree->topLevelItem(i)->text(0) + QLatin1Char('=') + tree->topLevelItem(i)->text(1);
    QCOMPARE(rows,
             (QStringList { QStringLiteral("/T=number"), QStringLiteral("/meta/ok=boolean, null"),
                            QStringLiteral("/p=numeric string"), QStringLiteral("/q=number"),
                            QStringLiteral("/s=string") }));
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("1795687200123"));
    QCOMPARE(tree->topLevelItem(4)->text(3), QStringLiteral("2"));

    auto *key = child<QComboBox>(&dialog, "discoverKey");
    auto *time = child<QComboBox>(&dialog, "discoverTime");
    key->setCurrentIndex(key->findData(QStringLiteral("/s")));
    time->setCurrentIndex(time->findData(QStringLiteral("/T")));
    QCOMPARE(dialog.key(), QStringLiteral("/s"));
    QCOMPARE(dialog.time(), QStringLiteral("/T"));
    // Numeric paths come ticked; the key and time are not fields.
    QCOMPARE(dialog.fields(), (QStringList { QStringLiteral("/p"), QStringLiteral("/q") }));
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
