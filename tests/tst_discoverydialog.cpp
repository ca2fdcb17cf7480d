// "Discover from Live Messages…" as a new user lives it (issue 11), in the real profile
// editor against a Binance-style trade stream on 127.0.0.1: the key (/data/s) and time
// (/data/E) are proposed and pre-selected, each list offers only what fits (Time: epoch-like
// numbers and ISO strings; Key: strings), the fields come ticked, and OK fills the editor. A
// feed that is down is retried, and said to be, until it comes up.
#include "discoverydialog.h"
#include "profileeditor.h"
#include "tradepeer.h"
#include "shots.h"

#include "profiles/profilestore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using TestSupport::TradePeer;

namespace {
template<typename T> T *child(QObject *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QStringList itemData(const QComboBox *combo)
{
    QStringList data;
    for (int i = 0; i < combo->count(); ++i)
        data << combo->itemData(i).toString();
    return data;
}

QStringList tickedPaths(const QTreeWidget *tree)
{
    QStringList paths;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->checkState(0) == Qt::Checked)
            paths << tree->topLevelItem(i)->text(0);
    }
    return paths;
}

void clickTab(QWidget *editor, int index)
{
    // The editor's own tabs (Connection, Decoding, Behaviour), not the profile's feed list.
    for (QTabWidget *tabs : editor->findChildren<QTabWidget *>()) {
        if (tabs->count() == 3) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                              tabs->tabBar()->tabRect(index).center());
            return;
        }
    }
    qWarning("no feed editor tabs");
}
} // namespace

class TestDiscoveryDialog : public QObject
{
    Q_OBJECT

private slots:
    void proposesKeyTimeAndFields();
    void retriesADeadFeedUntilItComesUp();

private:
    // Opens the editor with one feed at `url`, clicks Discover and runs `inDialog` on the
    // modal dialog; the dialog is cancelled afterwards unless inDialog closed it.
    void discover(const QUrl &url, const std::function<void(DiscoveryDialog *)> &inDialog);

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileEditor> m_editor;
};

void TestDiscoveryDialog::discover(const QUrl &url,
                                   const std::function<void(DiscoveryDialog *)> &inDialog)
{
    m_store = std::make_unique<ProfileStore>(m_dir.path(), SecretStore::Backend::FileOnly);
    m_editor = std::make_unique<ProfileEditor>(m_store.get(), Profile());
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    QTest::keyClicks(child<QLineEdit>(m_editor.get(), "profileName"), QStringLiteral("desk"));
    QTest::mouseClick(child<QPushButton>(m_editor.get(), "addFeed"), Qt::LeftButton);
    auto *urlEdit = child<QLineEdit>(m_editor.get(), "feedUrl");
    urlEdit->selectAll();
    QTest::keyClick(urlEdit, Qt::Key_Delete);
    QTest::keyClicks(urlEdit, url.toString());
    clickTab(m_editor.get(), 1);
    auto *button = child<QPushButton>(m_editor.get(), "discover");
    QVERIFY(button && button->isEnabled());
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DiscoveryDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QFAIL("no modal discovery dialog");
            return;
        }
        ran = true;
        inDialog(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton); // runs the dialog until it closes
    QVERIFY(ran);
}

void TestDiscoveryDialog::proposesKeyTimeAndFields()
{
    TradePeer peer(10);
    QVERIFY(peer.listen());
    discover(peer.url(), [](DiscoveryDialog *dialog) {
        auto *key = child<QComboBox>(dialog, "discoverKey");
        auto *time = child<QComboBox>(dialog, "discoverTime");
        auto *paths = child<QTreeWidget>(dialog, "discoverPaths");
        QTRY_VERIFY_WITH_TIMEOUT(paths->topLevelItemCount() > 0, 10000);
        // What a person sees pre-selected.
        QVERIFY2(key->currentText().startsWith(QLatin1String("/data/s ")),
                 qPrintable(key->currentText()));
        QVERIFY2(time->currentText().startsWith(QLatin1String("/data/E ")),
                 qPrintable(time->currentText()));
        QCOMPARE(tickedPaths(paths),
                 (QStringList { QStringLiteral("/data/p"), QStringLiteral("/data/q") }));
        // Only what fits each list: no /stream or price as a time, no numbers as a key.
        QCOMPARE(itemData(time), (QStringList { QString(), QStringLiteral("/data/E") }));
        QCOMPARE(itemData(key),
                 (QStringList { QString(), QStringLiteral("/data/s"), QStringLiteral("/stream") }));
        TestSupport::saveShot(dialog, QStringLiteral("discover-proposal"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(child<QLineEdit>(m_editor.get(), "decodeKey")->text(), QStringLiteral("/data/s"));
    QCOMPARE(child<QLineEdit>(m_editor.get(), "decodeTime")->text(), QStringLiteral("/data/E"));
    QCOMPARE(child<QPlainTextEdit>(m_editor.get(), "decodeFields")->toPlainText(),
             QStringLiteral("/data/p\n/data/q"));
}

void TestDiscoveryDialog::retriesADeadFeedUntilItComesUp()
{
    // A port nobody listens on (yet).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    const quint16 port = probe.serverPort();
    probe.close();
    TradePeer peer(10);
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
    discover(url, [&peer, port](DiscoveryDialog *dialog) {
        auto *status = child<QLabel>(dialog, "discoverStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("retrying")), 10000);
        QVERIFY2(status->text().contains(QLatin1String("Trying again")),
                 qPrintable(status->text()));
        // Longer than Discover used to wait before giving up (4 s).
        QElapsedTimer waited;
        waited.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            waited.elapsed() > 5000 && status->text().contains(QLatin1String("retrying")), 10000);
        TestSupport::saveShot(dialog, QStringLiteral("discover-retrying"));
        QVERIFY(peer.listen(port)); // the feed comes up
        auto *key = child<QComboBox>(dialog, "discoverKey");
        QTRY_VERIFY_WITH_TIMEOUT(key->currentText().startsWith(QLatin1String("/data/s ")), 40000);
        QVERIFY(peer.connections() >= 1);
    });
}

QTEST_MAIN(TestDiscoveryDialog)
#include "tst_discoverydialog.moc"
