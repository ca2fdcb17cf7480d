// The Message Inspector as a person uses it on a live feed (issue 11): a clicked frame stays
// selected and in place while new frames arrive and old ones drop out of the bounded list,
// its details stay when it drops out, "Pause list" holds the list still while the feed goes
// on, and the Value column shows each value as the frame wrote it. A real MainWindow and
// SessionController against a Binance-style trade stream on 127.0.0.1.
#include "mainwindow.h"
#include "messageinspector.h"
#include "rawframesmodel.h"
#include "tradepeer.h"
#include "shots.h"

#include "session/sessioncontroller.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using TestSupport::TradePeer;

namespace {
// The E of the frame in a row: which frame it is.
qint64 eventOf(const RawFrame &frame)
{
    const QJsonObject data
        = QJsonDocument::fromJson(frame.data).object().value(QStringLiteral("data")).toObject();
    return qint64(data.value(QStringLiteral("E")).toDouble());
}

// Clicks the tab of a tabified dock, as a person brings it to the front.
void clickDockTab(QMainWindow *window, const QString &title)
{
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == title) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                return;
            }
        }
    }
    qWarning("no tab %s", qPrintable(title));
}
} // namespace

class TestMessageInspector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void selectionFollowsItsFrame();
    void pauseHoldsTheListStill();
    void valuesAsTheFrameWroteThem();

private:
    // Clicks the row in the middle of the list; returns it.
    int clickVisibleRow();

    std::unique_ptr<TradePeer> m_peer;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<MainWindow> m_window;
    MessageInspector *m_inspector = nullptr;
    QTableView *m_view = nullptr;
};

void TestMessageInspector::init()
{
    m_peer
        = std::make_unique<TradePeer>(10); // 100 frames a second: the list of 200 turns over in 2 s
    QVERIFY(m_peer->listen());
    m_session = std::make_unique<SessionController>();
    FeedSpec spec;
    spec.name = QStringLiteral("trades");
    spec.url = m_peer->url();
    m_session->addFeed(spec);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1280, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_inspector = m_window->messageInspector();
    m_view = m_inspector->frameView();
    clickDockTab(m_window.get(), QStringLiteral("Message Inspector"));
    QVERIFY(m_view->isVisible());
    m_session->start();
}

void TestMessageInspector::cleanup()
{
    if (m_session)
        m_session->stop();
    m_window.reset();
    m_session.reset();
    m_peer.reset();
}

int TestMessageInspector::clickVisibleRow()
{
    const int row = m_view->rowAt(m_view->viewport()->height() / 2);
    if (row < 0)
        return -1;
    const QRect rect
        = m_view->visualRect(m_inspector->model()->index(row, RawFramesModel::PreviewColumn));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rect.center());
    return row;
}

void TestMessageInspector::selectionFollowsItsFrame()
{
    QAbstractItemModelTester tester(m_inspector->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    RawFramesModel *model = m_inspector->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(model->capacity()),
                              15000); // full: rows now drop out
    const int row = clickVisibleRow();
    QVERIFY(row >= 0);
    const qint64 selected = eventOf(model->frame(row));
    const int top = m_view->visualRect(model->index(row, 0)).top();
    const QString pretty = m_inspector->prettyText();
    QVERIFY2(pretty.contains(QString::number(selected)), qPrintable(pretty));

    // 30 frames later: 30 older ones dropped out, the rows shifted under the selection.
    const qint64 firstBefore = eventOf(model->frame(0));
    QTRY_VERIFY_WITH_TIMEOUT(eventOf(model->frame(0)) >= firstBefore + 30, 10000);
    QVERIFY(eventOf(model->frame(0)) < selected);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(eventOf(model->frame(rows.first().row())), selected);
    // It holds still on screen, and the details still show it.
    QCOMPARE(m_view->visualRect(rows.first()).top(), top);
    QCOMPARE(m_inspector->prettyText(), pretty);
    TestSupport::saveShot(m_window.get(), QStringLiteral("inspector-selected"));

    // Once it has dropped out of the list, its details stay; no other frame takes its place.
    QTRY_VERIFY_WITH_TIMEOUT(eventOf(model->frame(0)) > selected, 10000);
    QTest::qWait(100); // a few more render ticks
    QCOMPARE(m_inspector->prettyText(), pretty);
    QVERIFY(m_view->selectionModel()->selectedRows().isEmpty());
    auto *gone = m_inspector->findChild<QLabel *>(QStringLiteral("inspectorFrameGone"));
    QVERIFY(gone);
    QVERIFY(gone->isVisible());
    TestSupport::saveShot(m_window.get(), QStringLiteral("inspector-dropped-out"));
}

void TestMessageInspector::pauseHoldsTheListStill()
{
    RawFramesModel *model = m_inspector->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 50, 15000);
    auto *pause = m_inspector->findChild<QToolButton *>(QStringLiteral("inspectorPause"));
    QVERIFY(pause);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(pause->isChecked());
    const int row = clickVisibleRow();
    QVERIFY(row >= 0);
    const qint64 selected = eventOf(model->frame(row));
    QList<qint64> shown;
    for (int i = 0; i < model->rowCount(); ++i)
        shown << eventOf(model->frame(i));

    // The feed goes on while the list holds still.
    const qint64 before = m_peer->sent();
    QTRY_VERIFY_WITH_TIMEOUT(m_peer->sent() >= before + 100, 10000);
    QTest::qWait(200); // received, decoded and past a few render ticks
    QList<qint64> now;
    for (int i = 0; i < model->rowCount(); ++i)
        now << eventOf(model->frame(i));
    QCOMPARE(now, shown);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), row);

    // Resumed: the frames that came meanwhile appear, and the selection stays on its frame.
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!pause->isChecked());
    QTRY_VERIFY(eventOf(model->frame(model->rowCount() - 1)) > shown.last() + 50);
    const QModelIndexList after = m_view->selectionModel()->selectedRows();
    if (eventOf(model->frame(0)) <= selected) {
        QCOMPARE(after.size(), 1);
        QCOMPARE(eventOf(model->frame(after.first().row())), selected);
    } else {
        QVERIFY(after.isEmpty()); // it dropped out meanwhile: no other frame takes its place
    }
}

void TestMessageInspector::valuesAsTheFrameWroteThem()
{
    RawFramesModel *model = m_inspector->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 10, 15000);
    // The details are read right after the click: no frame can arrive in between.
    const int row = clickVisibleRow();
    QVERIFY(row >= 0);
    const qint64 event = eventOf(model->frame(row));
    QTableWidget *decoded = m_inspector->decodedTable();
    QHash<QString, QString> values;
    for (int i = 0; i < decoded->rowCount(); ++i)
        values.insert(decoded->item(i, 1)->text(), decoded->item(i, 3)->text());
    // "37002.17" stays 37002.17 (no grouping, no 37002.169999…); "0.00200" keeps its zeros.
    QCOMPARE(values.value(QStringLiteral("/data/p")), TradePeer::priceText(event));
    QCOMPARE(values.value(QStringLiteral("/data/q")), QStringLiteral("0.00200"));
    TestSupport::saveShot(m_window.get(), QStringLiteral("inspector-values"));
}

QTEST_MAIN(TestMessageInspector)
#include "tst_messageinspector.moc"
