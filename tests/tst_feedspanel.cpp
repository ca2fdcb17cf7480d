// Tests the Feeds dock: FeedsModel rows, rates and detail texts (under
// QAbstractItemModelTester), and, end to end against a QWebSocketServer on 127.0.0.1, the
// Disconnect / Connect buttons and the send box through a real SessionController.
#include "feedsmodel.h"
#include "feedspanel.h"
#include "mainwindow.h"

#include "session/sessioncontroller.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

namespace {
FeedStats feedStats(const QString &name, FeedState state, quint64 frames, quint64 bytes)
{
    FeedStats stats;
    stats.feed = name;
    stats.state = state;
    stats.frames = frames;
    stats.bytes = bytes;
    return stats;
}

QString cell(const FeedsModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

class TestFeedsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsAndRates();
    void detailShowsCapsAndRetry();
    void buttonsAndSendBoxDriveTheSession();
};

void TestFeedsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFeedsPanel::rowsAndRates()
{
    FeedsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setStats({ feedStats(QStringLiteral("ticks"), FeedState::Connecting, 0, 0) }, 1000);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, FeedsModel::StateColumn), QStringLiteral("connecting"));

    model.setStats({ feedStats(QStringLiteral("ticks"), FeedState::Open, 400, 40000),
                     feedStats(QStringLiteral("logs"), FeedState::Open, 0, 0) },
                   1500);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.messagesPerSecond(0), 0.0); // under a second: no rate yet
    model.setStats({ feedStats(QStringLiteral("ticks"), FeedState::Open, 2000, 200000) }, 3000);
    QCOMPARE(model.messagesPerSecond(0), 1000.0); // 2000 frames over 2 s
    QCOMPARE(cell(model, 0, FeedsModel::RateColumn), QLocale().toString(1000.0, 'f', 0));
    QCOMPARE(cell(model, 0, FeedsModel::BytesRateColumn), QStringLiteral("100.0 kB/s"));
    QCOMPARE(inserted.count(), 2); // known feeds update in place
}

void TestFeedsPanel::detailShowsCapsAndRetry()
{
    FeedsModel model;
    FeedStats stats = feedStats(QStringLiteral("ticks"), FeedState::Open, 10, 10);
    stats.stale = true;
    stats.rttMs = 0.25;
    stats.errors = 2;
    stats.refusedSeries = 7;
    stats.oversizeFrames = 1;
    stats.subprotocol = QStringLiteral("json");
    stats.lastError = QStringLiteral("/p: not a number");
    stats.recentErrors = QStringList { QStringLiteral("a"), QStringLiteral("b") };
    model.setStats({ stats }, 0);
    QCOMPARE(cell(model, 0, FeedsModel::StateColumn), QStringLiteral("open, silent"));
    QCOMPARE(cell(model, 0, FeedsModel::RttColumn), QStringLiteral("0.25 ms"));
    QCOMPARE(cell(model, 0, FeedsModel::ErrorsColumn), QStringLiteral("2"));
    const QString detail = cell(model, 0, FeedsModel::DetailColumn);
    for (const char *part : { "subprotocol json", "7 samples over the series cap",
                              "1 oversize frames refused", "last error: /p: not a number" })
        QVERIFY2(detail.contains(QLatin1String(part)), qPrintable(detail));
    QCOMPARE(model.index(0, FeedsModel::DetailColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("a\nb"));
    QVERIFY(model.index(0, FeedsModel::StateColumn).data(Qt::ForegroundRole).isValid());

    stats.state = FeedState::Reconnecting;
    stats.stale = false;
    stats.nextRetryMs = QDateTime::fromString(QStringLiteral("2026-11-26T10:00:05"), Qt::ISODate)
                            .toMSecsSinceEpoch();
    model.setStats({ stats }, 10);
    QVERIFY(cell(model, 0, FeedsModel::DetailColumn).contains(QStringLiteral("retry at 10:00:05")));
}

void TestFeedsPanel::buttonsAndSendBoxDriveTheSession()
{
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QWebSocket *> peers; // parented to the server below: pending connections are not
    QStringList received;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *peer = server.nextPendingConnection()) {
            peer->setParent(&server);
            peers << peer;
            connect(peer, &QWebSocket::textMessageReceived, this,
                    [&received](const QString &text) { received << text; });
        }
    });

    SessionController session;
    session.addFeed(
        TestSupport::feedSpec(QStringLiteral("echo"),
                              QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()))));
    MainWindow window(&session);
    window.setRenderIntervalMs(5);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session.start();

    FeedsPanel *panel = window.feedsPanel();
    FeedsModel *model = panel->model();
    QTRY_COMPARE_WITH_TIMEOUT(cell(*model, 0, FeedsModel::StateColumn), QStringLiteral("open"),
                              10000);

    auto *message = panel->findChild<QLineEdit *>(QStringLiteral("sendMessageEdit"));
    QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("sendFeedCombo"))->currentText(),
             QStringLiteral("echo"));
    QTest::keyClicks(message, QStringLiteral("{\"op\":\"ping\"}"));
    QTest::keyClick(message, Qt::Key_Return);
    QTRY_COMPARE(received, QStringList { QStringLiteral("{\"op\":\"ping\"}") });
    QVERIFY(message->text().isEmpty());

    auto *disconnect = panel->findChild<QPushButton *>(QStringLiteral("disconnectButton"));
    auto *connectButton = panel->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(!disconnect->isEnabled()); // nothing selected yet
    panel->selectFeed(QStringLiteral("echo"));
    QTest::mouseClick(disconnect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cell(*model, 0, FeedsModel::StateColumn), QStringLiteral("closed"),
                              10000);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cell(*model, 0, FeedsModel::StateColumn), QStringLiteral("open"),
                              10000);
    QTRY_COMPARE(peers.size(), 2);

    QSignalSpy edit(panel, &FeedsPanel::editRequested);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("editButton")),
                      Qt::LeftButton);
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.at(0).at(0).toString(), QStringLiteral("echo"));
    session.stop();
}

QTEST_MAIN(TestFeedsPanel)
#include "tst_feedspanel.moc"
