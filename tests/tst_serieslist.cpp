// Tests SeriesList's default selection: /price of each key is shown, a feed without /price
// shows the first field of each key (switching to /price if it appears later, unless the user
// chose), at most eight series are checked by default, and the user's checks are signalled.
#include "serieslist.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTreeWidgetItemIterator>
#include <QtTest>

namespace {
using TestSupport::seriesInfo;
// A series item by the end of its full name ("ACME /bid" finds "ticks ACME /bid").
QTreeWidgetItem *itemFor(SeriesList &list, const QString &text)
{
    for (QTreeWidgetItemIterator it(&list); *it; ++it) {
        if ((*it)->childCount() == 0 && (*it)->toolTip(0).endsWith(QLatin1Char(' ') + text))
            return *it;
    }
    return nullptr;
}
} // namespace

class TestSeriesList : public QObject
{
    Q_OBJECT

private slots:
    void priceOfEachKey();
    void firstFieldWithoutPrice();
    void switchesToLatePrice();
    void userChoiceIsKept();
    void atMostEightByDefault();
};

void TestSeriesList::priceOfEachKey()
{
    SeriesList list;
    QSignalSpy toggled(&list, &SeriesList::seriesToggled);
    list.addSeries(
        seriesInfo(0, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/price")));
    list.addSeries(
        seriesInfo(1, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/bid")));
    list.addSeries(
        seriesInfo(2, QStringLiteral("ticks"), QStringLiteral("HOOLI"), QStringLiteral("/price")));
    QVERIFY(list.isSeriesChecked(0));
    QVERIFY(!list.isSeriesChecked(1));
    QVERIFY(list.isSeriesChecked(2));
    QCOMPARE(toggled.size(), 2);
    QCOMPARE(toggled.at(0), (QList<QVariant> { 0, true }));
    QVERIFY(itemFor(list, QStringLiteral("ACME /bid")));
    QCOMPARE(list.topLevelItemCount(), 1);
}

void TestSeriesList::firstFieldWithoutPrice()
{
    SeriesList list;
    list.addSeries(seriesInfo(0, QStringLiteral("logs"), QString(), QStringLiteral("/latency_ms")));
    list.addSeries(seriesInfo(1, QStringLiteral("logs"), QString(), QStringLiteral("/size")));
    QVERIFY(list.isSeriesChecked(0));
    QVERIFY(!list.isSeriesChecked(1));
    QVERIFY(itemFor(list, QStringLiteral("/latency_ms")));
}

void TestSeriesList::switchesToLatePrice()
{
    SeriesList list;
    QSignalSpy toggled(&list, &SeriesList::seriesToggled);
    list.addSeries(
        seriesInfo(0, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/volume")));
    list.addSeries(
        seriesInfo(1, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/price")));
    QVERIFY(!list.isSeriesChecked(0));
    QVERIFY(list.isSeriesChecked(1));
    QCOMPARE(toggled.size(), 3); // on, off, on
    QCOMPARE(toggled.at(1), (QList<QVariant> { 0, false }));
}

void TestSeriesList::userChoiceIsKept()
{
    SeriesList list;
    list.addSeries(
        seriesInfo(0, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/volume")));
    QSignalSpy toggled(&list, &SeriesList::seriesToggled);
    // As a click does it: through the item, not setSeriesChecked().
    itemFor(list, QStringLiteral("ACME /volume"))->setCheckState(0, Qt::Unchecked);
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.at(0), (QList<QVariant> { 0, false }));
    itemFor(list, QStringLiteral("ACME /volume"))->setCheckState(0, Qt::Checked);
    list.addSeries(
        seriesInfo(1, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/price")));
    QVERIFY(list.isSeriesChecked(0)); // the user's choice stands
    QVERIFY(!list.isSeriesChecked(1));
}

void TestSeriesList::atMostEightByDefault()
{
    SeriesList list;
    for (int i = 0; i < 12; ++i)
        list.addSeries(seriesInfo(i, QStringLiteral("ticks"), QStringLiteral("K%1").arg(i),
                                  QStringLiteral("/price")));
    int checked = 0;
    for (int i = 0; i < 12; ++i)
        checked += list.isSeriesChecked(i) ? 1 : 0;
    QCOMPARE(checked, SeriesList::kMaxDefaultChecked);
    list.setSeriesChecked(11, true); // the user may show more
    QVERIFY(list.isSeriesChecked(11));
}

QTEST_MAIN(TestSeriesList)
#include "tst_serieslist.moc"
