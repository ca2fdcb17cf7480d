// Issue 11's smaller items, as a new user meets them on the GUI composition main() runs:
//  - started with no feed, the start page shows; Try the demo hides it and the demo's series
//    reach the chart (the built-in DemoFeedServer on 127.0.0.1);
//  - File > Export... confirms the file in the status bar and the next export starts in the
//    folder the last one went to;
//  - Help > Keyboard Shortcuts lists the window's shortcuts (Ctrl+E, Export); Help > User Guide
//    shows the guide;
//  - Settings > Capture Retention... persists the limits and the capture label shows them.
#include "chartpanel.h"
#include "exportdialog.h"
#include "guisession.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "recipedialog.h"
#include "recipepeer.h"
#include "sessionactions.h"
#include "startpage.h"
#include "shots.h"
#include "testsupport.h"
#include "uisettings.h"

#include "feed/demofeedserver.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/sessionswitcher.h"
#include "store/seriesstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

namespace {
QPushButton *acceptButton(const QWidget *dialog)
{
    const auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

QAction *windowAction(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// A menu bar's action by the menu's title and the item's object name, as a person picks it.
QAction *menuAction(const MainWindow &window, const QString &menuTitle, const char *name)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu() && top->text() == menuTitle) {
            for (QAction *action : top->menu()->actions()) {
                if (action->objectName() == QLatin1String(name))
                    return action;
            }
        }
    }
    return nullptr;
}
} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tryTheDemoFromTheStartPage();
    void exportConfirmsAndRemembersItsFolder();
    void helpListsShortcutsAndShowsTheGuide();
    void captureRetentionSetInSettings();
    void profileFromATemplate();

private:
    QTemporaryDir m_dir;
};

void TestStartPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestStartPage::cleanupTestCase()
{
    QSettings().clear();
    QDir(SessionSwitcher::defaultCaptureFolder()).removeRecursively();
}

void TestStartPage::tryTheDemoFromTheStartPage()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("config")), SecretStore::Backend::FileOnly);
    GuiSession gui(&store);
    QString error;
    QVERIFY2(gui.configure(RunOptions(), {}, &error), qPrintable(error)); // no arguments
    gui.start();
    MainWindow &window = *gui.window();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StartPage *page = window.findChild<StartPage *>(QStringLiteral("startPage"));
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QVERIFY(!window.chartPanel()->isVisible());

    auto *demo = page->findChild<QPushButton *>(QStringLiteral("tryDemo"));
    QVERIFY(demo);
    QTest::mouseClick(demo, Qt::LeftButton);
    QTRY_VERIFY(!page->isVisible());
    QVERIFY(gui.demoServer());
    QVERIFY(window.chartPanel()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.chartPanel()->visibleSeriesCount() > 0, 10000);
    for (int id : window.chartPanel()->visibleSeriesIds())
        QCOMPARE(window.seriesStore().info(id).feed, QStringLiteral("ticks"));
    // The demo session records to a default capture, and the label says what is kept.
    QVERIFY(!gui.switcher()->capturePath().isEmpty());
    QTRY_VERIFY(
        gui.actions()->captureLabel()->toolTip().contains(QStringLiteral("Default captures kept")));
}

void TestStartPage::exportConfirmsAndRemembersItsFolder()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("config")), SecretStore::Backend::FileOnly);
    GuiSession gui(&store);
    QString error;
    QVERIFY(gui.configure(RunOptions(), {}, &error));
    gui.start();
    MainWindow &window = *gui.window();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.startPage()->findChild<QPushButton *>(QStringLiteral("tryDemo")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.seriesStore().seriesIds().size() > 0, 10000);

    QTemporaryDir out;
    QVERIFY(out.isValid());
    QStringList startFolders;
    auto exportOnce = [&](const QString &name) {
        QTimer driver;
        bool clickedExport = false;
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                startFolders << files->directory().absolutePath();
                files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
                    ->setText(out.filePath(name));
                acceptButton(files)->click();
            } else if (auto *dialog = qobject_cast<ExportDialog *>(modal);
                       dialog && !clickedExport) {
                clickedExport = true;
                // Later: the click runs the file dialog's exec(), and this timer must keep firing.
                QTimer::singleShot(0, dialog, [dialog] {
                    QTest::mouseClick(acceptButton(dialog), Qt::LeftButton);
                });
            }
        });
        driver.start(20);
        windowAction(window, "actionExport")->trigger();
    };
    exportOnce(QStringLiteral("first.csv"));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("first.csv"))));
    QVERIFY2(window.statusBar()->currentMessage().contains(
                 QDir::toNativeSeparators(out.filePath(QStringLiteral("first.csv")))),
             qPrintable(window.statusBar()->currentMessage()));
    exportOnce(QStringLiteral("second.csv"));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("second.csv"))));
    QCOMPARE(startFolders.size(), 2);
    QCOMPARE(startFolders.last(), QFileInfo(out.path()).absoluteFilePath());
}

void TestStartPage::helpListsShortcutsAndShowsTheGuide()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("config")), SecretStore::Backend::FileOnly);
    GuiSession gui(&store);
    QString error;
    QVERIFY(gui.configure(RunOptions(), {}, &error));
    gui.start();
    MainWindow &window = *gui.window();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QAction *shortcuts = menuAction(window, QStringLiteral("&Help"), "actionShortcuts");
    QVERIFY(shortcuts);
    shortcuts->trigger();
    QTRY_VERIFY(QApplication::activeModalWidget());
    auto *table = QApplication::activeModalWidget()->findChild<QTableWidget *>(
        QStringLiteral("shortcutTable"));
    QVERIFY(table);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << table->item(row, 1)->text() + QLatin1Char('=') + table->item(row, 2)->text();
    QVERIFY2(rows.contains(QStringLiteral("Export…=Ctrl+E")), qPrintable(rows.join(u' ')));
    QVERIFY2(rows.contains(QStringLiteral("Pause / Resume=Ctrl+P")), qPrintable(rows.join(u' ')));
    QVERIFY2(rows.contains(QStringLiteral("Open Profile…=Ctrl+O")), qPrintable(rows.join(u' ')));
    QTest::mouseClick(QApplication::activeModalWidget()->findChild<QDialogButtonBox *>()->button(
                          QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    QAction *guide = menuAction(window, QStringLiteral("&Help"), "actionUserGuide");
    QVERIFY(guide);
    guide->trigger();
    QTRY_VERIFY(QApplication::activeModalWidget());
    auto *browser
        = QApplication::activeModalWidget()->findChild<QTextBrowser *>(QStringLiteral("userGuide"));
    QVERIFY(browser);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Try the demo")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Capture Retention")));
    QApplication::activeModalWidget()->close();
}

void TestStartPage::captureRetentionSetInSettings()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("config")), SecretStore::Backend::FileOnly);
    GuiSession gui(&store);
    QString error;
    QVERIFY(gui.configure(RunOptions(), {}, &error));
    gui.start();
    MainWindow &window = *gui.window();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *retention = menuAction(window, QStringLiteral("&Settings"), "actionCaptureRetention");
    QVERIFY(retention);
    QTimer::singleShot(100, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *size = dialog->findChild<QSpinBox *>(QStringLiteral("retentionSize"));
        auto *age = dialog->findChild<QSpinBox *>(QStringLiteral("retentionAge"));
        QVERIFY(size && age);
        QCOMPARE(size->value(), 2048); // the default: 2 GiB
        QCOMPARE(age->value(), 30);
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("500"));
        age->selectAll();
        QTest::keyClicks(age, QStringLiteral("7"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    retention->trigger();
    QCOMPARE(UiSettings::captureMaxBytes(), qint64(500) << 20);
    QCOMPARE(UiSettings::captureMaxAgeDays(), 7);
    QCOMPARE(gui.switcher()->captureRetention().maxAgeDays, 7);
    QVERIFY2(gui.actions()->captureLabel()->toolTip().contains(QStringLiteral("7 day")),
             qPrintable(gui.actions()->captureLabel()->toolTip()));
    // A new composition (the next start) reads the persisted limits.
    GuiSession next(&store);
    QCOMPARE(next.switcher()->captureRetention().maxBytes, qint64(500) << 20);
}

void TestStartPage::profileFromATemplate()
{
    // A newcomer with an Alpaca account: the start page's template button, the Alpaca recipe,
    // the two keys typed into the Secrets table, and the profile runs (here against a local
    // server speaking Alpaca's documented login and trade frames, the host changed in the URL).
    RecipeService::RecipePeer alpaca(RecipeService::scriptFor(QStringLiteral("alpaca-trades")));
    QTemporaryDir config;
    ProfileStore store(config.filePath(QStringLiteral("config")), SecretStore::Backend::FileOnly);
    GuiSession gui(&store);
    QString error;
    QVERIFY(gui.configure(RunOptions(), {}, &error));
    gui.start();
    MainWindow &window = *gui.window();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(menuAction(window, tr("&File"), "actionNewProfileFromTemplate"));

    QStringList recipeTitles;
    QString description;
    QStringList secretNames;
    bool warned = false;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<RecipeDialog *>(modal)) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("recipes"));
            for (int row = 0; row < list->count(); ++row) {
                recipeTitles << list->item(row)->text();
                if (list->item(row)->data(Qt::UserRole).toString()
                    == QLatin1String("alpaca-trades"))
                    list->setCurrentRow(row);
            }
            description = dialog->findChild<QLabel *>(QStringLiteral("recipeDescription"))->text();
            TestSupport::saveShot(dialog, QStringLiteral("recipe-dialog"));
            acceptButton(dialog)->click();
        } else if (auto *editor = qobject_cast<ProfileEditor *>(modal)) {
            auto *secrets = editor->findChild<QTableWidget *>(QStringLiteral("secrets"));
            for (int row = 0; row < secrets->rowCount(); ++row)
                secretNames << secrets->item(row, 0)->text();
            warned = editor->findChild<QLabel *>(QStringLiteral("secretsWarning"))->isVisible();
            TestSupport::saveShot(editor, QStringLiteral("recipe-editor"));
            secrets->item(0, 1)->setText(QStringLiteral("test-key-id"));
            secrets->item(1, 1)->setText(QStringLiteral("test-secret-key"));
            auto *url = editor->findChild<QLineEdit *>(QStringLiteral("feedUrl"));
            url->setText(QStringLiteral("ws://127.0.0.1:%1/v2/iex").arg(alpaca.port()));
            acceptButton(editor)->click();
        }
    });
    driver.start(50);
    QTest::mouseClick(
        window.startPage()->findChild<QPushButton *>(QStringLiteral("newFromTemplate")),
        Qt::LeftButton);
    driver.stop();
    QVERIFY2(recipeTitles.size() >= 6, qPrintable(recipeTitles.join(QLatin1Char(','))));
    QVERIFY2(description.contains(QStringLiteral("APCA_API_SECRET_KEY"))
                 && description.contains(QStringLiteral("https://docs.alpaca.markets")),
             qPrintable(description));
    QCOMPARE(
        secretNames,
        (QStringList { QStringLiteral("APCA_API_KEY_ID"), QStringLiteral("APCA_API_SECRET_KEY") }));
    QVERIFY(warned); // before the values were typed

    // Saved without the values, and running: logged in, subscribed, trades on the chart.
    const QString path = store.pathForName(QStringLiteral("Alpaca stock trades"));
    QVERIFY(QFile::exists(path));
    const QByteArray file = TestSupport::readFile(path);
    QVERIFY(file.contains("${secret:APCA_API_KEY_ID}"));
    QVERIFY(!file.contains("test-key-id") && !file.contains("test-secret-key"));
    QTRY_VERIFY_WITH_TIMEOUT(alpaca.received.size() >= 2, 10000);
    QVERIFY(alpaca.received.at(0).contains(QStringLiteral("\"key\":\"test-key-id\"")));
    QTRY_VERIFY_WITH_TIMEOUT(window.seriesStore().find(QStringLiteral("alpaca"),
                                                       QStringLiteral("AAPL"), QStringLiteral("/p"))
                                 >= 0,
                             10000);
    gui.session()->stop();
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
