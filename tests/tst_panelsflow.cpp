// Chart kinds as a person meets them (issue 15, panels): the window on the demo feed, the
// prices chart switched to candles with the keyboard on its kind selector, a 1 s interval and
// the /volume field picked in its settings row; candles and volume bars appear and a new
// candle forms each second; then stat tiles, one per price; the layout saved with the profile
// brings the kinds back in a new window. Screenshots with FEEDBOARD_TEST_SHOTS=DIR.
#include "candlesview.h"
#include "chartcard.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "demosession.h"
#include "mainwindow.h"
#include "shots.h"
#include "stattile.h"
#include "stattilesview.h"

#include "store/seriesstore.h"

#include <QComboBox>
#include <QtTest>

class TestPanelsFlow : public QObject
{
    Q_OBJECT

private slots:
    void candlesThenTilesThenLayout();
};

void TestPanelsFlow::candlesThenTilesThenLayout()
{
    DemoSession demo(200, 5);
    QString error;
    QVERIFY2(demo.listen(&error), qPrintable(error));
    MainWindow window(&demo.session);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    demo.session.start();

    ChartCard *card = window.chartsArea()->activeCard();
    QTRY_VERIFY_WITH_TIMEOUT(card->panel()->visibleSeriesCount() >= 2, 15000);
    const QString first = card->panel()->visibleSeriesNames().constFirst();
    QVERIFY2(first.endsWith(QLatin1String(" /price")), qPrintable(first));

    // Candles: the kind selector, then the interval and volume field in the settings row.
    auto *kind = card->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    QVERIFY(kind);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentText(), QStringLiteral("Candles"));
    auto *interval = card->findChild<QComboBox *>(QStringLiteral("candleIntervalCombo"));
    QVERIFY(interval && interval->isVisible());
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_Home);
    QCOMPARE(interval->currentText(), QStringLiteral("1 s"));
    auto *volume = card->findChild<QComboBox *>(QStringLiteral("volumeFieldCombo"));
    QVERIFY(volume);
    QTRY_VERIFY(volume->findText(QStringLiteral("/volume")) >= 0);
    volume->setFocus();
    QTest::keyClicks(volume, QStringLiteral("/v"));
    QCOMPARE(volume->currentText(), QStringLiteral("/volume"));
    QCOMPARE(card->settings().candleIntervalMs, qint64(1000));
    QCOMPARE(card->settings().volumeField, QStringLiteral("/volume"));

    auto *candles = qobject_cast<CandlesView *>(card->view());
    QVERIFY(candles);
    QTRY_VERIFY_WITH_TIMEOUT(candles->candleCount() >= 1, 10000);
    QCOMPARE(candles->volumeBarCount(), candles->candleCount());
    const int before = candles->candleCount();
    QTRY_VERIFY_WITH_TIMEOUT(candles->candleCount() >= before + 2, 10000); // one a second
    TestSupport::saveShot(&window, QStringLiteral("panels-window-candles"));

    // Stat tiles: one per price the chart shows, each with a value.
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentText(), QStringLiteral("Stat tiles"));
    auto *tiles = qobject_cast<StatTilesView *>(card->view());
    QVERIFY(tiles);
    QTRY_COMPARE(tiles->tileCount(), card->panel()->visibleSeriesCount());
    QTRY_VERIFY(tiles->hasData());
    for (int i = 0; i < tiles->tileCount(); ++i)
        QCOMPARE(tiles->tile(i)->name(), card->panel()->visibleSeriesNames().at(i));
    TestSupport::saveShot(&window, QStringLiteral("panels-window-tiles"));

    // The layout the profile keeps: a new window shows the same kinds and settings.
    const QJsonObject layout = window.saveLayout();
    demo.session.stop();
    MainWindow again(nullptr);
    QVERIFY(again.restoreLayout(layout));
    ChartCard *restored = again.chartsArea()->activeCard();
    QCOMPARE(restored->kind(), PanelSettings::Kind::StatTiles);
    QVERIFY(restored->settings() == card->settings());
    QVERIFY(qobject_cast<StatTilesView *>(restored->view()));
    QCOMPARE(again.chartsArea()->chartCount(), window.chartsArea()->chartCount());
}

QTEST_MAIN(TestPanelsFlow)
#include "tst_panelsflow.moc"
