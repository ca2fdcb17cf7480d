// The dark theme's ticked checkbox (issue 11): after View ▸ Theme ▸ Dark, ticking a checkbox
// in the window shows a check mark, not a plain filled square that reads as a colour swatch;
// so does a ticked series in the series list, beside its colour swatch, on a live feed.
#include "logpane.h"
#include "mainwindow.h"
#include "serieslist.h"
#include "tradepeer.h"

#include "session/sessioncontroller.h"
#include "shots.h"

#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QStandardPaths>
#include <QTreeWidgetItemIterator>
#include <QtTest>

namespace {
// Pixels inside the checked indicator's fill (#58a6ff) that are far darker than the fill:
// the strokes of a check mark.
int markPixels(const QImage &image)
{
    const QColor fill(0x58, 0xa6, 0xff);
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - fill.red()) + std::abs(c.green() - fill.green())
                    + std::abs(c.blue() - fill.blue())
                < 30)
                box |= QRect(x, y, 1, 1);
        }
    }
    if (box.width() < 6 || box.height() < 6)
        return -1; // no indicator drawn in the fill colour at all
    int dark = 0;
    for (int y = box.top() + 1; y < box.bottom(); ++y) {
        for (int x = box.left() + 1; x < box.right(); ++x) {
            if (image.pixelColor(x, y).lightness() < 90)
                ++dark;
        }
    }
    return dark;
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void darkTickedCheckboxShowsACheckMark();
    void darkTickedSeriesIsNoSwatch();
};

void TestTheme::darkTickedCheckboxShowsACheckMark()
{
    MainWindow window(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dark = window.findChild<QAction *>(QStringLiteral("actionTheme_dark"));
    QVERIFY(dark);
    dark->trigger(); // View ▸ Theme ▸ Dark
    QVERIFY(window.isDarkTheme());
    auto *box = window.logPane()->findChild<QCheckBox *>(QStringLiteral("logRegexCheck"));
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    QVERIFY(box->isChecked());
    TestSupport::saveShot(&window, QStringLiteral("dark-theme"));
    TestSupport::saveShot(box, QStringLiteral("dark-checkbox"));
    const QImage image = box->grab().toImage();
    const int mark = markPixels(image);
    QVERIFY2(mark >= 6, qPrintable(QStringLiteral("check mark pixels: %1").arg(mark)));
}

void TestTheme::darkTickedSeriesIsNoSwatch()
{
    TestSupport::TradePeer peer(20);
    QVERIFY(peer.listen());
    SessionController session;
    FeedSpec spec;
    spec.name = QStringLiteral("trades");
    spec.url = peer.url();
    session.addFeed(spec);
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionTheme_dark"))->trigger();
    session.start();
    SeriesList *list = window.seriesList();
    const auto ticked = [list]() -> QTreeWidgetItem * {
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            if ((*it)->childCount() == 0 && (*it)->checkState(0) == Qt::Checked)
                return *it;
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(ticked(), 15000); // the default rule shows the first series
    QTest::qWait(100);
    const QRect row = list->visualItemRect(ticked());
    const QImage image = list->viewport()->grab(row).toImage();
    TestSupport::saveShot(list, QStringLiteral("dark-series-list"));
    const int mark = markPixels(image);
    QVERIFY2(mark >= 6, qPrintable(QStringLiteral("check mark pixels: %1").arg(mark)));
    session.stop();
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
