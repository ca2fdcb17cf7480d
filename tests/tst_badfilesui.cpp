// GUI (offscreen) of bad files opened from the window (issue 7): File ▸ Open Profile and
// Open Capture for Replay given a directory, a 1 GiB file (sparse: no disk) or a damaged one
// show a warning box naming the file and why, and the running session carries on untouched.
#include "tickcapture.h"
#include "guisession.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/sessioncontroller.h"
#include "sessionactions.h"
#include "store/seriesstore.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {
// Accepts the next modal message box as soon as it shows, keeping its title and text.
class MessageBoxCatcher final : public QObject
{
public:
    MessageBoxCatcher()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_title = box->windowTitle();
                m_text = box->text();
                m_icon = box->icon();
                box->accept();
                m_timer.stop();
            }
        });
        m_timer.start();
    }
    QString title() const { return m_title; }
    QString text() const { return m_text; }
    QMessageBox::Icon icon() const { return m_icon; }

private:
    QTimer m_timer;
    QString m_title;
    QString m_text;
    QMessageBox::Icon m_icon = QMessageBox::NoIcon;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}
} // namespace

class TestBadFilesUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badFileKeepsTheSession_data();
    void badFileKeepsTheSession();

private:
    QTemporaryDir m_dir;
};

void TestBadFilesUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestBadFilesUi::badFileKeepsTheSession_data()
{
    QTest::addColumn<bool>("capture"); // Open Capture for Replay, else Open Profile
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    const QString directory = m_dir.filePath(QStringLiteral("folder.json"));
    QVERIFY(QDir().mkpath(directory));
    const QString huge = m_dir.filePath(QStringLiteral("huge.json"));
    QFile hugeFile(huge);
    QVERIFY(hugeFile.open(QIODevice::WriteOnly) && hugeFile.resize(qint64(1) << 30)); // sparse
    hugeFile.close();
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.json"));
    writeFile(corrupt,
              R"({"version":1,"name":"x","feeds":[{"name":"a","url":"ws://127.0.0.1:1/"})");
    const QString badUrl = m_dir.filePath(QStringLiteral("badurl.json"));
    writeFile(badUrl,
              R"({"version":1,"name":"x","feeds":[{"name":"a","url":"http://127.0.0.1:1/"}]})");
    const QString notCapture = m_dir.filePath(QStringLiteral("notes.jsonl"));
    writeFile(notCapture, "{\"t\":1,\"feed\":\"a\",\"type\":\"text\",\"data\":\"x\"}\n");

    QTest::newRow("profile: directory") << false << directory << QStringLiteral("is a directory");
    QTest::newRow("profile: 1 GiB") << false << huge << QStringLiteral("too large for a profile");
    QTest::newRow("profile: corrupt JSON") << false << corrupt << QString();
    QTest::newRow("profile: http URL") << false << badUrl << QStringLiteral("/feeds/0/url");
    QTest::newRow("profile: missing")
        << false << m_dir.filePath(QStringLiteral("gone.json")) << QStringLiteral("no such file");
    QTest::newRow("capture: directory") << true << directory << QString();
    QTest::newRow("capture: 1 GiB of zeros")
        << true << huge << QStringLiteral("not a FeedBoard capture");
    QTest::newRow("capture: no header")
        << true << notCapture << QStringLiteral("not a FeedBoard capture");
    QTest::newRow("capture: missing")
        << true << m_dir.filePath(QStringLiteral("gone.jsonl")) << QString();
}

void TestBadFilesUi::badFileKeepsTheSession()
{
    QFETCH(bool, capture);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    GuiSession gui(&store);
    // The running session: a replay at real time of 60 s of ticks, far from its end.
    RunOptions options;
    options.replayPath
        = writeTickCapture(dir.filePath(QStringLiteral("running.jsonl")), 600, 100'000);
    options.speed = 1.0;
    QString error;
    QVERIFY2(gui.configure(options, {}, &error), qPrintable(error));
    MainWindow &window = *gui.window();
    SessionActions *actions = gui.actions();
    window.setWindowTitle(QStringLiteral("running session"));
    gui.session()->start();
    QTRY_COMPARE(window.seriesStore().seriesCount(), 1);
    QTRY_VERIFY(window.seriesStore().buffer(0).size() > 0);

    MessageBoxCatcher box;
    QVERIFY(!(capture ? actions->openCaptureFile(path) : actions->openProfileFile(path)));
    // Where the user looks: a warning box with the file and the reason.
    QCOMPARE(box.icon(), QMessageBox::Warning);
    QVERIFY2(box.title().contains(capture ? QStringLiteral("Capture") : QStringLiteral("Profile")),
             qPrintable(box.title()));
    QVERIFY2(box.text().contains(path), qPrintable(box.text()));
    QVERIFY2(box.text().size() > path.size() + 4, qPrintable(box.text())); // and why
    if (!reason.isEmpty())
        QVERIFY2(box.text().contains(reason), qPrintable(box.text()));

    // The running session carries on: same feed, same title, samples still arriving.
    QCOMPARE(window.windowTitle(), QStringLiteral("running session"));
    QCOMPARE(window.seriesStore().seriesCount(), 1);
    QCOMPARE(window.seriesStore().info(0).feed, QStringLiteral("ticks"));
    const qsizetype before = window.seriesStore().buffer(0).size();
    QTRY_VERIFY(window.seriesStore().buffer(0).size() > before);
    QVERIFY(gui.replayBar());
    QVERIFY(!store.recent().contains(path));
    gui.session()->stop();
}

QTEST_MAIN(TestBadFilesUi)
#include "tst_badfilesui.moc"
