// The first minutes of a new user (issue 11), on the GUI composition main() runs, against
// real WebSocket servers on 127.0.0.1, driven through menus, buttons and dialogs:
//  - File > New Profile..., a feed of Binance-style trades, Discover, Save: the new profile's
//    own series are charted at once (not the demo's layout), and again when it is reopened
//    from Recent Profiles; the layout changes made meanwhile are saved with it;
//  - switching sessions replaces every view's feeds: Feeds dock, Send box, Log filter and
//    Message Inspector offer the new session's feeds only.
#include "chartcard.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "discoverydialog.h"
#include "feedspanel.h"
#include "guisession.h"
#include "logpane.h"
#include "mainwindow.h"
#include "messageinspector.h"
#include "profileeditor.h"
#include "rawframesmodel.h"
#include "sessionactions.h"
#include "testsupport.h"

#include "feed/demofeedserver.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/sessionswitcher.h"
#include "store/seriesstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <functional>

namespace {
// Sends Binance-style trades of two symbols, BTC near 37,000 and ETH near 2,000, to every
// client, every 20 ms.
class TradeServer final : public QObject
{
public:
    TradeServer()
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_clients << socket;
                connect(socket, &QWebSocket::disconnected, this,
                        [this, socket] { m_clients.removeAll(socket); });
            }
        });
        connect(&m_timer, &QTimer::timeout, this, [this] {
            ++m_sequence;
            const bool btc = m_sequence % 2 == 0;
            const QString frame
                = QStringLiteral(
                      R"({"stream":"%1@trade","data":{"e":"trade","E":%2,"s":"%3","p":"%4","q":"0.002"}})")
                      .arg(btc ? QStringLiteral("btcusdt") : QStringLiteral("ethusdt"))
                      .arg(QDateTime::currentMSecsSinceEpoch())
                      .arg(btc ? QStringLiteral("BTCUSDT") : QStringLiteral("ETHUSDT"))
                      .arg(btc ? 37000.25 + m_sequence % 7 : 2000.5 + m_sequence % 5, 0, 'f', 2);
            for (QWebSocket *client : std::as_const(m_clients))
                client->sendTextMessage(frame);
        });
    }
    // The sockets are children of this QObject and go after m_clients: a late disconnected()
    // must not reach the destroyed list.
    ~TradeServer() override
    {
        for (QWebSocket *client : std::as_const(m_clients))
            client->disconnect(this);
    }
    bool listen()
    {
        m_timer.start(20);
        return m_server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
    }
    QString url() const
    {
        return QStringLiteral("ws://127.0.0.1:%1/stream").arg(m_server.serverPort());
    }

private:
    QWebSocketServer m_server { QStringLiteral("trades"), QWebSocketServer::NonSecureMode };
    QTimer m_timer;
    QList<QWebSocket *> m_clients;
    int m_sequence = 0;
};

// Runs `step` on the next modal dialog of type T as soon as it shows (polling, since exec()
// blocks the caller).
template<typename T> void whenModal(QObject *context, std::function<void(T *)> step)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, step] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            // The step may open nested event loops: the timer (and this lambda, holding
            // `step`) must not be deleted under it, so only after it returns.
            timer->stop();
            step(dialog);
            timer->deleteLater();
        }
    });
    timer->start();
}

// A step that fails inside a dialog returns and leaves it open, and exec() would wait for
// ever: from `ms` on, while `guard` lives, every modal dialog is rejected so the test goes on
// to fail where it checks what the dialogs should have done.
void rejectDialogsAfter(QObject *guard, int ms)
{
    QTimer::singleShot(ms, guard, [guard] {
        auto *timer = new QTimer(guard);
        QObject::connect(timer, &QTimer::timeout, guard, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        timer->start(200);
    });
}

// With FEEDBOARD_TEST_SCREENSHOTS=DIR, saves what the person sees at a step as DIR/NAME.png
// (to look at the flow; nothing is asserted on it).
void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("FEEDBOARD_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

QStringList feedsOnChart(const MainWindow &window)
{
    QStringList feeds;
    for (int id : window.chartPanel()->visibleSeriesIds())
        feeds << window.seriesStore().info(id).feed;
    feeds.removeDuplicates();
    return feeds;
}

QAction *fileAction(const MainWindow &window, const char *name)
{
    for (QAction *action : window.fileMenu()->actions()) {
        if (action->objectName() == QLatin1String(name))
            return action;
    }
    return nullptr;
}
} // namespace

class TestFirstMinutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newProfileShowsItsChartAndKeepsIt();
    void renamingAProfileLeavesNoOldFile();

private:
    QTemporaryDir m_dir;
};

void TestFirstMinutes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFirstMinutes::newProfileShowsItsChartAndKeepsIt()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("config")), SecretStore::Backend::FileOnly);
    DemoFeedServer demo;
    QString error;
    QVERIFY2(demo.listen(&error), qPrintable(error));
    TradeServer trades;
    QVERIFY(trades.listen());

    // Started on the demo, as `feedboard --demo` does.
    GuiSession gui(&store);
    RunOptions options;
    options.demo = true;
    FeedList::Run run;
    run.feeds = demo.feedSpecs();
    QVERIFY2(gui.configure(options, run, &error), qPrintable(error));
    gui.start();
    MainWindow &window = *gui.window();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(feedsOnChart(window).contains(QStringLiteral("ticks")));

    // File > New Profile...: name it, point the feed at the trades, Discover, Save.
    bool discovered = false;
    bool saved = false;
    whenModal<ProfileEditor>(this, [&](ProfileEditor *editor) {
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("profileName"));
        auto *url = editor->findChild<QLineEdit *>(QStringLiteral("feedUrl"));
        QVERIFY(name && url);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("crypto desk"));
        url->selectAll();
        QTest::keyClicks(url, trades.url());
        // Runs after this step has returned: takes the editor by value.
        whenModal<DiscoveryDialog>(this, [&, editor](DiscoveryDialog *dialog) {
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 10000);
            QVERIFY2(dialog->fields().contains(QStringLiteral("/data/p")),
                     qPrintable(dialog->fields().join(u' ')));
            screenshot(dialog, "newprofile-1-discover");
            QTest::mouseClick(ok, Qt::LeftButton);
            discovered = true;
            // Back in the profile editor: Save.
            QTimer::singleShot(0, editor, [&, editor] {
                QPushButton *save
                    = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
                QVERIFY(save->isEnabled());
                screenshot(editor, "newprofile-2-editor");
                QTest::mouseClick(save, Qt::LeftButton);
                saved = true;
            });
        });
        auto *discover = editor->findChild<QPushButton *>(QStringLiteral("discover"));
        QVERIFY(discover && discover->isEnabled());
        QTest::mouseClick(discover, Qt::LeftButton);
    });
    {
        QObject guard;
        rejectDialogsAfter(&guard, 30000);
        fileAction(window, "actionNewProfile")->trigger();
    }
    QVERIFY(discovered);
    QVERIFY(saved);

    // The new profile runs, and its own series are on the chart: not the demo's, not none.
    const QString path = gui.switcher()->currentProfile();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("crypto desk.json"));
    QTRY_VERIFY_WITH_TIMEOUT(window.chartPanel()->visibleSeriesCount() > 0, 10000);
    QCOMPARE(feedsOnChart(window), QStringList { QStringLiteral("feed 1") });
    QTest::qWait(1500); // a second and a half of trades on the chart for the picture
    screenshot(&window, "newprofile-3-window");
    for (int id : window.chartPanel()->visibleSeriesIds())
        QVERIFY(window.seriesStore().info(id).field.startsWith(QStringLiteral("/data/")));

    // Every view offers the new session's feeds only (item 2).
    auto *feedsView = window.feedsPanel()->findChild<QTableView *>(QStringLiteral("feedsView"));
    QTRY_COMPARE(feedsView->model()->rowCount(), 1);
    QCOMPARE(feedsView->model()->index(0, 0).data().toString(), QStringLiteral("feed 1"));
    auto *sendFeed = window.feedsPanel()->findChild<QComboBox *>(QStringLiteral("sendFeedCombo"));
    QCOMPARE(comboTexts(sendFeed), QStringList { QStringLiteral("feed 1") });
    auto *logFeed = window.logPane()->findChild<QComboBox *>(QStringLiteral("logFeedCombo"));
    QCOMPARE(comboTexts(logFeed).mid(1), QStringList { QStringLiteral("feed 1") });
    QTRY_COMPARE(window.messageInspector()->model()->feeds(),
                 QStringList { QStringLiteral("feed 1") });

    // The profile was saved without the demo's layout.
    const QJsonObject savedProfile = QJsonDocument::fromJson(TestSupport::readFile(path)).object();
    QVERIFY(!QJsonDocument(savedProfile).toJson().contains("ticks"));

    // A layout change (a narrower window) is kept with the profile: switch away to the demo's
    // capture-less profile and come back through Recent Profiles.
    window.chartsArea()->activeCard()->setWindowMs(10'000);
    Profile demoProfile;
    demoProfile.name = QStringLiteral("demo");
    demoProfile.feeds = demo.feedSpecs();
    const auto demoPath = store.save(demoProfile, &error);
    QVERIFY2(demoPath, qPrintable(error));
    QVERIFY(gui.actions()->openProfileFile(*demoPath));
    QTRY_VERIFY(feedsOnChart(window).contains(QStringLiteral("ticks")));
    QVERIFY(!feedsOnChart(window).contains(QStringLiteral("feed 1")));
    QTRY_VERIFY(!comboTexts(logFeed).contains(QStringLiteral("feed 1")));

    QMenu *recent = gui.actions()->recentMenu();
    Q_EMIT recent->aboutToShow();
    QAction *again = nullptr;
    for (QAction *action : recent->actions()) {
        if (action->text() == QStringLiteral("crypto desk"))
            again = action;
    }
    QVERIFY(again);
    again->trigger();
    QCOMPARE(gui.switcher()->currentProfile(), path);
    QTRY_VERIFY_WITH_TIMEOUT(window.chartPanel()->visibleSeriesCount() > 0, 10000);
    QCOMPARE(feedsOnChart(window), QStringList { QStringLiteral("feed 1") });
    QCOMPARE(window.chartPanel()->windowMs(), 10'000);
    QTRY_COMPARE(comboTexts(sendFeed), QStringList { QStringLiteral("feed 1") });
    QFile::remove(gui.switcher()->capturePath());
}

// File > Edit Profile..., a new name, Save: the profile lives under its new name only (the
// old file would come back as a second profile in Recent Profiles and Open Profile).
void TestFirstMinutes::renamingAProfileLeavesNoOldFile()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("rename")), SecretStore::Backend::FileOnly);
    TradeServer trades;
    QVERIFY(trades.listen());
    Profile profile;
    profile.name = QStringLiteral("old name");
    profile.feeds << TestSupport::feedSpec(QStringLiteral("trades"), QUrl(trades.url()));
    QString error;
    const auto oldPath = store.save(profile, &error);
    QVERIFY2(oldPath, qPrintable(error));

    GuiSession gui(&store);
    RunOptions options;
    options.profile = *oldPath;
    const auto run = FeedList::collect(options, {}, store, &error); // as `--profile FILE` does
    QVERIFY2(run, qPrintable(error));
    QVERIFY2(gui.configure(options, *run, &error), qPrintable(error));
    gui.start();
    QCOMPARE(gui.switcher()->currentProfile(), *oldPath);

    bool saved = false;
    whenModal<ProfileEditor>(this, [&](ProfileEditor *editor) {
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("profileName"));
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("new name"));
        QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        saved = true;
    });
    {
        QObject guard;
        rejectDialogsAfter(&guard, 30000);
        fileAction(*gui.window(), "actionEditProfile")->trigger();
    }
    QVERIFY(saved);
    const QString newPath = store.pathForName(QStringLiteral("new name"));
    QVERIFY(QFileInfo::exists(newPath));
    QVERIFY2(!QFileInfo::exists(*oldPath), qPrintable(*oldPath));
    QCOMPARE(gui.switcher()->currentProfile(), newPath);
    QCOMPARE(store.list().size(), 1);
    QVERIFY(!store.recent().contains(*oldPath));
    QFile::remove(gui.switcher()->capturePath());
}

QTEST_MAIN(TestFirstMinutes)
#include "tst_firstminutes.moc"
