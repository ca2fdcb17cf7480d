// Tests ChartPanel: each visible series is decimated to the plot's width and replaced once per
// render tick (only when dirty), the time axis ends at the newest sample, and each field gets
// its own Y axis scaled to the visible data with 5 % padding.
#include "chartpanel.h"

#include "store/seriesstore.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QSignalSpy>
#include <QValueAxis>
#include <QtTest>

namespace {
constexpr double kStartMs = 1795687200000.0;

SeriesInfo seriesInfo(int id, const QString &key, const QString &field)
{
    SeriesInfo info;
    info.id = id;
    info.feed = QStringLiteral("ticks");
    info.key = key;
    info.field = field;
    return info;
}

QLineSeries *lineNamed(ChartPanel &panel, const QString &name)
{
    const QChart *chart = panel.findChild<QChartView *>()->chart();
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

QList<QValueAxis *> valueAxes(ChartPanel &panel)
{
    QList<QValueAxis *> axes;
    for (QAbstractAxis *axis : panel.findChild<QChartView *>()->chart()->axes(Qt::Vertical))
        axes << qobject_cast<QValueAxis *>(axis);
    return axes;
}
} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decimatesToPlotWidth();
    void replacesOnlyDirtySeriesOnce();
    void axesFollowVisibleData();
    void hidingRemovesLineAndAxis();

private:
    std::unique_ptr<SeriesStore> m_store;
    std::unique_ptr<ChartPanel> m_panel;
};

void TestChartPanel::init()
{
    // Two prices (10..20 and 100..110) and a volume, 60 s at 1 kHz, with a spike in price 0.
    m_store = std::make_unique<SeriesStore>(200000);
    m_store->addSeries(seriesInfo(0, QStringLiteral("ACME"), QStringLiteral("/price")));
    m_store->addSeries(seriesInfo(1, QStringLiteral("HOOLI"), QStringLiteral("/price")));
    m_store->addSeries(seriesInfo(2, QStringLiteral("ACME"), QStringLiteral("/volume")));
    for (int i = 0; i < 60000; ++i) {
        const double t = kStartMs + i;
        m_store->append(SamplePoint { 0, t, i == 31337 ? 20.0 : 10.0 + (i % 100) * 0.05 });
        m_store->append(SamplePoint { 1, t, 100.0 + (i % 200) * 0.05 });
        m_store->append(SamplePoint { 2, t, 1000.0 * (i % 3) });
    }
    m_panel = std::make_unique<ChartPanel>(*m_store);
    m_panel->resize(900, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestChartPanel::cleanup()
{
    m_panel.reset();
    m_store.reset();
}

void TestChartPanel::decimatesToPlotWidth()
{
    m_panel->setSeriesVisible(0, true);
    m_panel->setSeriesVisible(1, true);
    QCOMPARE(m_panel->visibleSeriesCount(), 2);
    QCOMPARE(m_panel->visibleSeriesNames(),
             (QStringList { QStringLiteral("ticks ACME /price"),
                            QStringLiteral("ticks HOOLI /price") }));
    m_panel->render({ 0, 1 });
    QApplication::processEvents(); // the chart lays out its plot area
    m_panel->render({ 0, 1 });

    const int width = int(m_panel->findChild<QChartView *>()->chart()->plotArea().width());
    QVERIFY(width > 100 && width < 900);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(m_panel->pointCount(i) > width);
        // +1: the sample left of the window that carries the line in from the edge.
        QVERIFY2(m_panel->pointCount(i) <= 4 * width + 1,
                 qPrintable(QString::number(m_panel->pointCount(i))));
    }
    QVERIFY(lineNamed(*m_panel, QStringLiteral("ticks ACME /price"))
                ->points()
                .contains(QPointF(kStartMs + 31337, 20.0)));
}

void TestChartPanel::replacesOnlyDirtySeriesOnce()
{
    m_panel->setSeriesVisible(0, true);
    m_panel->setSeriesVisible(1, true);
    m_panel->render({ 0, 1 });
    QLineSeries *acme = lineNamed(*m_panel, QStringLiteral("ticks ACME /price"));
    QLineSeries *hooli = lineNamed(*m_panel, QStringLiteral("ticks HOOLI /price"));
    QSignalSpy acmeReplaced(acme, &QXYSeries::pointsReplaced);
    QSignalSpy hooliReplaced(hooli, &QXYSeries::pointsReplaced);
    QSignalSpy acmeAdded(acme, &QXYSeries::pointAdded);

    m_store->append(SamplePoint { 0, kStartMs + 60000, 15.0 });
    m_panel->render({ 0 });
    QCOMPARE(acmeReplaced.size(), 1);
    QCOMPARE(hooliReplaced.size(), 0);
    QCOMPARE(acmeAdded.size(), 0); // never point by point
    QCOMPARE(acme->points().constLast(), QPointF(kStartMs + 60000, 15.0));

    m_panel->render({}); // nothing new: nothing replaced
    QCOMPARE(acmeReplaced.size(), 1);
    m_panel->setWindowMs(10000); // a new window re-decimates every visible series
    m_panel->render({});
    QCOMPARE(acmeReplaced.size(), 2);
    QCOMPARE(hooliReplaced.size(), 1);
}

void TestChartPanel::axesFollowVisibleData()
{
    m_panel->setWindowMs(20000);
    m_panel->setSeriesVisible(0, true);
    m_panel->setSeriesVisible(2, true);
    m_panel->render({ 0, 2 });

    auto *time = qobject_cast<QDateTimeAxis *>(
        m_panel->findChild<QChartView *>()->chart()->axes(Qt::Horizontal).constFirst());
    QCOMPARE(time->max().toMSecsSinceEpoch(), qint64(kStartMs + 59999));
    QCOMPARE(time->min().toMSecsSinceEpoch(), qint64(kStartMs + 59999 - 20000));

    // One axis per field; the spike at 31.337 s is outside the last 20 s, so it does not count.
    const QList<QValueAxis *> axes = valueAxes(*m_panel);
    QCOMPARE(axes.size(), 2);
    QValueAxis *price
        = axes.at(0)->titleText() == QStringLiteral("/price") ? axes.at(0) : axes.at(1);
    QValueAxis *volume = price == axes.at(0) ? axes.at(1) : axes.at(0);
    QCOMPARE(volume->titleText(), QStringLiteral("/volume"));
    const double priceSpan = 14.95 - 10.0;
    QVERIFY(qAbs(price->min() - (10.0 - 0.05 * priceSpan)) < 1e-9);
    QVERIFY(qAbs(price->max() - (14.95 + 0.05 * priceSpan)) < 1e-9);
    QVERIFY(qAbs(volume->min() - (-100.0)) < 1e-9);
    QVERIFY(qAbs(volume->max() - 2100.0) < 1e-9);
}

void TestChartPanel::hidingRemovesLineAndAxis()
{
    m_panel->setSeriesVisible(0, true);
    m_panel->setSeriesVisible(2, true);
    const QColor first = m_panel->seriesColor(0);
    QVERIFY(first.isValid());
    QVERIFY(m_panel->seriesColor(2) != first);
    QCOMPARE(valueAxes(*m_panel).size(), 2);

    m_panel->setSeriesVisible(2, false);
    QCOMPARE(m_panel->visibleSeriesCount(), 1);
    QCOMPARE(valueAxes(*m_panel).size(), 1);
    QVERIFY(!m_panel->seriesColor(2).isValid());
    m_panel->setSeriesVisible(1, true); // takes the freed colour
    m_panel->render({ 1 });
    QVERIFY(m_panel->pointCount(1) > 0);
    QCOMPARE(valueAxes(*m_panel).size(), 1);
    m_panel->setSeriesVisible(99, true); // unknown ids are ignored
    QCOMPARE(m_panel->visibleSeriesCount(), 2);
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
