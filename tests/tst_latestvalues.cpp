// The Latest Values table on a live feed with long series names and large values (issue 11):
// every number shows whole (its column fits it), and a name too long for its column is cut
// in the middle with the whole name in the tooltip. The real MainWindow and SessionController
// against a WebSocket server on 127.0.0.1.
#include "latestvaluesmodel.h"
#include "mainwindow.h"
#include "shots.h"

#include "session/sessioncontroller.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

namespace {
const QString kLongSymbol
    = QStringLiteral("BTCUSDT-PERPETUAL-SWAP-2026-12-25-QUARTERLY-SETTLED-IN-USDC");
}

class TestLatestValues : public QObject
{
    Q_OBJECT

private slots:
    void longNamesAndLargeValuesShowWhole();
};

void TestLatestValues::longNamesAndLargeValuesShowWhole()
{
    QWebSocketServer server(QStringLiteral("big"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    QList<QWebSocket *> clients;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *socket = server.nextPendingConnection();
        socket->setParent(&server);
        clients << socket;
    });
    QTimer sender;
    int n = 0;
    connect(&sender, &QTimer::timeout, this, [&] {
        ++n;
        const QString frame
            = QStringLiteral(R"({"data":{"s":"%1","p":"37002.17","quote_volume_usd":%2}})")
                  .arg(n % 2 ? kLongSymbol : QStringLiteral("ETH"))
                  .arg(QString::number(123456789012.5 + n, 'f', 1));
        for (QWebSocket *socket : std::as_const(clients))
            socket->sendTextMessage(frame);
    });
    sender.start(20);

    SessionController session;
    FeedSpec spec;
    spec.name = QStringLiteral("trades");
    spec.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()));
    spec.decode = *DecodeConfig::fromJson(
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/data/s") } }, nullptr);
    session.addFeed(spec);
    MainWindow window(&session);
    window.resize(1280, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<QTableView *>(QStringLiteral("latestValuesView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 15000);
    QTRY_VERIFY(
        !view->model()->index(3, LatestValuesModel::LastColumn).data().toString().isEmpty());
    QTest::qWait(600); // two refreshes of the table

    const QFontMetrics metrics = view->fontMetrics();
    const QAbstractItemModel *model = view->model();
    bool sawCutName = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, LatestValuesModel::SeriesColumn).data().toString();
        // Numbers (every column but the stretched last) fit their column.
        for (int column = LatestValuesModel::LastColumn; column < LatestValuesModel::AgeColumn;
             ++column) {
            const QString text = model->index(row, column).data().toString();
            QVERIFY2(view->columnWidth(column) >= metrics.horizontalAdvance(text),
                     qPrintable(QStringLiteral("%1 column %2: \"%3\" in %4 px")
                                    .arg(name)
                                    .arg(column)
                                    .arg(text)
                                    .arg(view->columnWidth(column))));
        }
        // Names fit, or are cut in the middle with the whole name at hand.
        const QModelIndex index = model->index(row, LatestValuesModel::SeriesColumn);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), name);
        const int width = view->columnWidth(LatestValuesModel::SeriesColumn);
        if (name.contains(kLongSymbol))
            sawCutName = width < metrics.horizontalAdvance(name);
        else // the short names are whole: the column grew to them
            QVERIFY2(width >= metrics.horizontalAdvance(name), qPrintable(name));
    }
    TestSupport::saveShot(&window, QStringLiteral("latest-values"));
    QVERIFY(sawCutName); // the 60-character symbol is longer than the column may grow
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    session.stop();
}

QTEST_MAIN(TestLatestValues)
#include "tst_latestvalues.moc"
