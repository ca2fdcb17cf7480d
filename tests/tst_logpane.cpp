// The Log pane as a person uses it on a live feed (issue 11), in the real MainWindow with a
// SessionController connected to a trade stream on 127.0.0.1 that also sends log lines:
// after scrolling up, "Jump to latest" scrolls back and the pane follows new records again;
// an invalid regular expression shows no rows and says why; and when the server drops the
// connection, the loss and the return show as records of the feed.
#include "logfiltermodel.h"
#include "logmodel.h"
#include "logpane.h"
#include "mainwindow.h"
#include "tradepeer.h"
#include "shots.h"

#include "session/sessioncontroller.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using TestSupport::TradePeer;

class TestLogPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jumpToLatestFollowsAgain();
    void invalidRegexShowsNoRowsAndWhy();
    void connectionLossIsARecordOfTheFeed();

private:
    // The rows of the log view as "FEED LEVEL MESSAGE".
    QStringList shownRows() const;

    std::unique_ptr<TradePeer> m_peer;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<MainWindow> m_window;
    LogPane *m_pane = nullptr;
    QTableView *m_view = nullptr;
};

void TestLogPane::init()
{
    m_peer = std::make_unique<TradePeer>(5);
    m_peer->setLogLines(true);
    QVERIFY(m_peer->listen());
    m_session = std::make_unique<SessionController>();
    FeedSpec spec;
    spec.name = QStringLiteral("trades");
    spec.url = m_peer->url();
    spec.reconnectInitialDelayMs = 200;
    m_session->addFeed(spec);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1280, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->findChild<QDockWidget *>(QStringLiteral("logDock"))->raise(); // its tab
    m_pane = m_window->logPane();
    m_view = m_pane->view();
    m_session->start();
}

void TestLogPane::cleanup()
{
    if (m_session)
        m_session->stop();
    m_window.reset();
    m_session.reset();
    m_peer.reset();
}

QStringList TestLogPane::shownRows() const
{
    QStringList rows;
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        rows << model->index(row, LogModel::FeedColumn).data().toString() + QLatin1Char(' ')
                + model->index(row, LogModel::LevelColumn).data().toString() + QLatin1Char(' ')
                + model->index(row, LogModel::MessageColumn).data().toString();
    }
    return rows;
}

void TestLogPane::jumpToLatestFollowsAgain()
{
    QAbstractItemModelTester tester(m_view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QScrollBar *bar = m_view->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowCount() > 200, 15000);
    QTRY_COMPARE(bar->value(), bar->maximum()); // following the newest
    auto *latest = m_pane->findChild<QToolButton *>(QStringLiteral("logLatestButton"));
    QVERIFY(latest);
    QVERIFY(!latest->isEnabled()); // already there

    // The person drags the scroll bar to the top to read; new records must not pull the view
    // away.
    QStyleOptionSlider option;
    option.initFrom(bar);
    option.orientation = bar->orientation();
    option.minimum = bar->minimum();
    option.maximum = bar->maximum();
    option.sliderPosition = bar->sliderPosition();
    option.sliderValue = bar->value();
    option.pageStep = bar->pageStep();
    option.singleStep = bar->singleStep();
    const QRect handle = bar->style()->subControlRect(QStyle::CC_ScrollBar, &option,
                                                      QStyle::SC_ScrollBarSlider, bar);
    QTest::mousePress(bar, Qt::LeftButton, {}, handle.center());
    QTest::mouseMove(bar, QPoint(handle.center().x(), handle.center().y() - bar->height()));
    QTest::mouseRelease(bar, Qt::LeftButton, {},
                        QPoint(handle.center().x(), handle.center().y() - bar->height()));
    QCOMPARE(bar->value(), 0);
    const int rows = m_view->model()->rowCount();
    QTRY_VERIFY(m_view->model()->rowCount() > rows + 20);
    QCOMPARE(bar->value(), 0);
    QVERIFY(latest->isEnabled());
    TestSupport::saveShot(m_window.get(), QStringLiteral("log-scrolled-up"));

    // Jump to latest: the newest row is in view, and stays in view as records keep coming.
    QTest::mouseClick(latest, Qt::LeftButton);
    QCOMPARE(bar->value(), bar->maximum());
    const int last = m_view->model()->rowCount() - 1;
    QVERIFY(
        m_view->viewport()->rect().intersects(m_view->visualRect(m_view->model()->index(last, 0))));
    const int now = m_view->model()->rowCount();
    QTRY_VERIFY(m_view->model()->rowCount() > now + 20);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(!latest->isEnabled());
}

void TestLogPane::invalidRegexShowsNoRowsAndWhy()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowCount() > 20, 15000);
    auto *regex = m_pane->findChild<QCheckBox *>(QStringLiteral("logRegexCheck"));
    auto *filter = m_pane->findChild<QLineEdit *>(QStringLiteral("logTextFilter"));
    QTest::mouseClick(regex, Qt::LeftButton, {}, QPoint(6, regex->height() / 2));
    QVERIFY(regex->isChecked());
    QTest::keyClicks(filter, QStringLiteral("trade (1"));
    // Unreadable: no row pretends to match, and the pane says why.
    QCOMPARE(m_view->model()->rowCount(), 0);
    QTest::qWait(200); // more records arrive; none is shown
    QCOMPARE(m_view->model()->rowCount(), 0);
    auto *why = m_pane->findChild<QLabel *>(QStringLiteral("logFilterError"));
    QVERIFY(why);
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(QLatin1String("Invalid regular expression")),
             qPrintable(why->text()));
    TestSupport::saveShot(m_window.get(), QStringLiteral("log-bad-regex"));
    QVERIFY2(filter->toolTip().contains(QLatin1String("Invalid regular expression")),
             qPrintable(filter->toolTip()));

    // Fixed: the matching rows are back and the message goes.
    QTest::keyClicks(filter, QStringLiteral(")"));
    QTRY_VERIFY(m_view->model()->rowCount() > 0);
    for (const QString &row : shownRows())
        QVERIFY2(row.contains(QLatin1String("trade 1")), qPrintable(row));
    QVERIFY(!why->isVisible());
}

void TestLogPane::connectionLossIsARecordOfTheFeed()
{
    m_peer->setLogLines(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_peer->sent() > 10, 15000);
    m_peer->dropClients(); // the server goes down for maintenance, then takes clients again
    const auto hasRow = [this](const QString &prefix) {
        const QStringList rows = shownRows();
        return std::any_of(rows.begin(), rows.end(),
                           [&](const QString &row) { return row.startsWith(prefix); });
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        hasRow(QStringLiteral(
            "trades WARN connection lost: connection closed (code 1001: maintenance)")),
        qPrintable(shownRows().join(u'\n')), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(hasRow(QStringLiteral("trades INFO connection restored")),
                              qPrintable(shownRows().join(u'\n')), 10000);
    TestSupport::saveShot(m_window.get(), QStringLiteral("log-connection-loss"));
}

QTEST_MAIN(TestLogPane)
#include "tst_logpane.moc"
