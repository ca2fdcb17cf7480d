// Tests ChartPanel: each visible series is decimated to the plot's width and replaced once per
// render tick (only when dirty), the time axis ends at the newest sample, and each field gets
// its own Y axis scaled to the visible data with 5 % padding.
#include "chartpanel.h"

#include "store/seriesstore.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QValueAxis>
#include <QtTest>

#include <cmath>

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

// Series 0's samples as init() made them, one a millisecond (what the app reads back from
// the capture), with the spike at 31.337 s.
void appendRawSamples(double fromMs, double toMs, QList<QPointF> &out)
{
    for (qint64 i = qint64(std::ceil(fromMs - kStartMs)); i <= qint64(toMs - kStartMs); ++i)
        out.append(QPointF(kStartMs + double(i), i == 31337 ? 20.0 : 10.0 + (i % 100) * 0.05));
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
    void linesAreDrawnWhereTheAxesPutThem();
    void renderWithNothingNewRepaintsNothing();
    void axesFollowVisibleData();
    void hidingRemovesLineAndAxis();
    void silenceBreaksTheLine();
    void pauseFreezesUntilResume();
    void zoomKeepsRangeUntilReset();
    void allWindowShowsEverything();
    void allWindowOutlivesTheBuffer();
    void zoomIntoDroppedStretchReadsRawSamples();
    void followingNewSamplesNeverReadsBack();
    void zoomDrawsEnvelopeUntilRawSamplesArrive();
    void denseLinesDrawWithoutAntialiasing();
    void crosshairReadsTimeAndValues();
    void legendToggleHidesLine();
    void darkThemeRecolours();

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
    for (int id = 0; id < 2; ++id) {
        QVERIFY(m_panel->pointCount(id) > width);
        // +1: the sample left of the window that carries the line in from the edge.
        QVERIFY2(m_panel->pointCount(id) <= 4 * width + 1,
                 qPrintable(QString::number(m_panel->pointCount(id))));
    }
    QVERIFY(m_panel->shownPoints(0).contains(QPointF(kStartMs + 31337, 20.0)));
}

void TestChartPanel::replacesOnlyDirtySeriesOnce()
{
    // A line's points are decimated again only when its series got samples (or the window
    // changed): an untouched line keeps the very list it had.
    m_panel->setSeriesVisible(0, true);
    m_panel->setSeriesVisible(1, true);
    m_panel->render({ 0, 1 });
    const QList<QPointF> acme = m_panel->shownPoints(0);
    const QList<QPointF> hooli = m_panel->shownPoints(1);

    m_store->append(SamplePoint { 0, kStartMs + 60000, 15.0 });
    m_panel->render({ 0 });
    QVERIFY(!m_panel->shownPoints(0).isSharedWith(acme));
    QVERIFY(m_panel->shownPoints(1).isSharedWith(hooli));
    QCOMPARE(m_panel->shownPoints(0).constLast(), QPointF(kStartMs + 60000, 15.0));

    const QList<QPointF> acmeNow = m_panel->shownPoints(0);
    m_panel->render({}); // nothing new: nothing decimated
    QVERIFY(m_panel->shownPoints(0).isSharedWith(acmeNow));
    m_panel->setWindowMs(10000); // a new window re-decimates every visible series
    m_panel->render({});
    QVERIFY(!m_panel->shownPoints(0).isSharedWith(acmeNow));
    QVERIFY(!m_panel->shownPoints(1).isSharedWith(hooli));
}

void TestChartPanel::linesAreDrawnWhereTheAxesPutThem()
{
    // LinePlotItem draws the lines, not the (empty) series: every drawn point lands where the
    // chart's own mapping puts it, on the plot, in the line's colour; a hidden line is not drawn.
    m_panel->setSeriesVisible(0, true);
    m_panel->render({ 0 });
    QApplication::processEvents(); // the chart lays out its plot area
    m_panel->render({ 0 });
    QChartView *view = m_panel->findChild<QChartView *>();
    QChart *chart = view->chart();
    QLineSeries *acme = lineNamed(*m_panel, QStringLiteral("ticks ACME /price"));
    QCOMPARE(acme->count(), 0);
    const QColor color = m_panel->seriesColor(0);
    const auto near = [&](const QImage &image, QPointF at) {
        // The line passes within a pixel of `at` (antialiased edges blend: a close colour).
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const QColor c = image.pixelColor(int(at.x()) + dx, int(at.y()) + dy);
                if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green())
                        + qAbs(c.blue() - color.blue())
                    < 60)
                    return true;
            }
        }
        return false;
    };
    const QList<QPointF> points = m_panel->shownPoints(0);
    QVERIFY(points.size() > 100);
    QImage image = view->grab().toImage();
    int checked = 0;
    for (qsizetype i = 1; i < points.size(); i += points.size() / 10) {
        if (std::isnan(points.at(i).y()))
            continue;
        const QPointF at
            = view->mapFromScene(chart->mapToScene(chart->mapToPosition(points.at(i), acme)));
        QVERIFY2(chart->plotArea()
                     .adjusted(-1, -1, 1, 1)
                     .contains(chart->mapToPosition(points.at(i), acme)),
                 qPrintable(QStringLiteral("point %1 off the plot").arg(i)));
        QVERIFY2(near(image, at), qPrintable(QStringLiteral("no line at point %1").arg(i)));
        ++checked;
    }
    QVERIFY(checked >= 5);

    Q_EMIT chart->legend()->markers(acme).constFirst()->clicked(); // hide it
    QVERIFY(m_panel->isLineHidden(0));
    image = view->grab().toImage();
    for (qsizetype i = 1; i < points.size(); i += points.size() / 10) {
        if (!std::isnan(points.at(i).y()))
            QVERIFY(!near(
                image,
                view->mapFromScene(chart->mapToScene(chart->mapToPosition(points.at(i), acme)))));
    }
}

void TestChartPanel::renderWithNothingNewRepaintsNothing()
{
    // The render clock calls render() 30 times a second whether or not anything arrived; a
    // chart whose lines, ranges and labels stay as they are is not painted again.
    m_panel->setSeriesVisible(0, true);
    m_panel->render({ 0 });
    QApplication::processEvents(); // the chart lays out its plot area
    m_panel->render({ 0 });
    QApplication::processEvents();
    QGraphicsScene *scene = m_panel->findChild<QChartView *>()->scene();
    QSignalSpy changed(scene, &QGraphicsScene::changed);
    m_panel->render({});
    QApplication::processEvents();
    QCOMPARE(changed.count(), 0);
    m_store->append(SamplePoint { 0, kStartMs + 60000, 15.0 }); // something new: drawn
    m_panel->render({ 0 });
    QApplication::processEvents();
    QVERIFY(changed.count() > 0);
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

void TestChartPanel::silenceBreaksTheLine()
{
    // Five seconds of silence in series 1 (a disconnection), then samples again.
    m_store->append(SamplePoint { 1, kStartMs + 65000, 105.0 });
    m_store->append(SamplePoint { 1, kStartMs + 65001, 106.0 });
    m_panel->setSeriesVisible(1, true);
    m_panel->render({ 1 });
    const QList<QPointF> points = m_panel->shownPoints(1);
    const auto nan = std::find_if(points.begin(), points.end(),
                                  [](const QPointF &p) { return std::isnan(p.y()); });
    QVERIFY(nan != points.end());
    QVERIFY(nan->x() > kStartMs + 59999 && nan->x() < kStartMs + 65000);
    QCOMPARE(std::count_if(points.begin(), points.end(),
                           [](const QPointF &p) { return std::isnan(p.y()); }),
             1); // steady 1 kHz data has no gap
}

void TestChartPanel::pauseFreezesUntilResume()
{
    m_panel->setSeriesVisible(0, true);
    m_panel->render({ 0 });
    QSignalSpy paused(m_panel.get(), &ChartPanel::pausedChanged);
    m_panel->setPaused(true);
    QCOMPARE(paused.count(), 1);
    m_store->append(SamplePoint { 0, kStartMs + 70000, 12.0 });
    m_panel->render({ 0 });
    auto *time = qobject_cast<QDateTimeAxis *>(
        m_panel->findChild<QChartView *>()->chart()->axes(Qt::Horizontal).constFirst());
    QCOMPARE(time->max().toMSecsSinceEpoch(), qint64(kStartMs + 59999)); // frozen
    QVERIFY(m_panel->shownPoints(0).constLast().x() < kStartMs + 70000);
    m_panel->setPaused(false);
    m_panel->render({});
    QCOMPARE(time->max().toMSecsSinceEpoch(), qint64(kStartMs + 70000));
    QCOMPARE(m_panel->shownPoints(0).constLast(), QPointF(kStartMs + 70000, 12.0));
}

void TestChartPanel::zoomKeepsRangeUntilReset()
{
    m_panel->setSeriesVisible(0, true);
    m_panel->render({ 0 });
    QChart *chart = m_panel->findChild<QChartView *>()->chart();
    QSignalSpy zoom(m_panel.get(), &ChartPanel::zoomChanged);
    // What a rubber band does: the chart zooms into a rectangle of the plot.
    const QRectF plot = chart->plotArea();
    chart->zoomIn(
        QRectF(plot.left() + plot.width() * 0.4, plot.top(), plot.width() * 0.2, plot.height()));
    QCOMPARE(zoom.count(), 1);
    QVERIFY(m_panel->isZoomed());
    auto *time = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).constFirst());
    const qint64 zoomedMin = time->min().toMSecsSinceEpoch();
    const qint64 zoomedMax = time->max().toMSecsSinceEpoch();
    QVERIFY(zoomedMax - zoomedMin < 20000);
    m_store->append(SamplePoint { 0, kStartMs + 61000, 12.0 });
    m_panel->render({ 0 });
    QCOMPARE(time->max().toMSecsSinceEpoch(), zoomedMax);
    // Re-decimated for the zoomed range: every shown point but the edges lies inside it.
    const QList<QPointF> points = m_panel->shownPoints(0);
    QVERIFY(points.size() > 100);
    const auto outside = std::count_if(points.begin(), points.end(), [&](const QPointF &p) {
        return p.x() < zoomedMin || p.x() > zoomedMax;
    });
    QVERIFY2(outside <= 6, qPrintable(QString::number(outside))); // a column each side at most
    // A zoom stops following; resetting it returns to the range of that moment.
    QVERIFY(m_panel->isPaused());
    m_panel->resetZoom();
    QCOMPARE(zoom.count(), 2);
    QVERIFY(!m_panel->isZoomed());
    QCOMPARE(time->max().toMSecsSinceEpoch(), qint64(kStartMs + 59999));
    m_panel->setPaused(false); // resuming follows the newest sample again
    QCOMPARE(time->max().toMSecsSinceEpoch(), qint64(kStartMs + 61000));
}

void TestChartPanel::allWindowShowsEverything()
{
    m_panel->setWindowMs(0);
    m_panel->setSeriesVisible(0, true);
    m_panel->render({ 0 });
    auto *time = qobject_cast<QDateTimeAxis *>(
        m_panel->findChild<QChartView *>()->chart()->axes(Qt::Horizontal).constFirst());
    QCOMPARE(time->min().toMSecsSinceEpoch(), qint64(kStartMs));
    QCOMPARE(time->max().toMSecsSinceEpoch(), qint64(kStartMs + 59999));
}

void TestChartPanel::allWindowOutlivesTheBuffer()
{
    // A buffer of 5,000 samples that saw 60,000: the "all" window still spans the whole run,
    // drawn from the series' envelope where the buffer dropped it, spike included.
    m_store->setCapacityPerSeries(5000);
    QVERIFY(m_store->buffer(0).dropped() > 0);
    m_panel->setWindowMs(0);
    m_panel->setSeriesVisible(0, true);
    m_panel->render({ 0 });
    auto *time = qobject_cast<QDateTimeAxis *>(
        m_panel->findChild<QChartView *>()->chart()->axes(Qt::Horizontal).constFirst());
    QCOMPARE(time->min().toMSecsSinceEpoch(), qint64(kStartMs));
    QCOMPARE(time->max().toMSecsSinceEpoch(), qint64(kStartMs + 59999));
    const QList<QPointF> points = m_panel->shownPoints(0);
    const int width = int(m_panel->findChild<QChartView *>()->chart()->plotArea().width());
    QVERIFY2(points.size() <= 4 * width + 8, qPrintable(QString::number(points.size())));
    QVERIFY(points.front().x() < kStartMs + 1000.0);
    bool spike = false; // at 31.337 s, long gone from the buffer
    for (qsizetype i = 1; i < points.size(); ++i) {
        QVERIFY(points[i].x() >= points[i - 1].x());
        spike = spike || points[i].y() == 20.0;
    }
    QVERIFY(spike);
    const auto axes = valueAxes(*m_panel);
    QCOMPARE(axes.size(), 1);
    QVERIFY(axes.first()->max() > 20.0); // scaled for the spike as well
}

void TestChartPanel::zoomIntoDroppedStretchReadsRawSamples()
{
    // The buffer keeps the last 5 s of 60; a zoom into one second around the spike at 31.337 s
    // is finer than the envelope's 100 ms buckets: the panel asks for the raw samples (here
    // computed as init() made them; in the app, read back from the capture).
    m_store->setCapacityPerSeries(5000);
    QList<std::pair<double, double>> asked;
    m_panel->setRawSource([&asked](int id, double fromMs, double toMs, QList<QPointF> &out) {
        if (id != 0)
            return false;
        asked.append({ fromMs, toMs });
        appendRawSamples(fromMs, toMs, out);
        return true;
    });
    m_panel->setWindowMs(0);
    m_panel->setSeriesVisible(0, true);
    m_panel->render({ 0 });
    // 60 s over the plot is finer than 100 ms a column, but the chart follows the newest
    // samples: the envelope draws the dropped part (see followingNewSamplesNeverReadsBack).
    const int readsBefore = m_panel->rawReads();
    QChart *chart = m_panel->findChild<QChartView *>()->chart();
    const QRectF plot = chart->plotArea();
    chart->zoomIn(QRectF(plot.left() + plot.width() * (30.8 / 60.0), plot.top(),
                         plot.width() / 60.0, plot.height()));
    m_panel->render({ 0 });
    QCOMPARE(m_panel->rawReads(), readsBefore + 1);
    QVERIFY(asked.last().second < kStartMs + 33000.0); // the zoomed range
    const QList<QPointF> points = m_panel->shownPoints(0);
    QVERIFY(std::any_of(points.begin(), points.end(), [](const QPointF &p) {
        return p.x() == kStartMs + 31337.0 && p.y() == 20.0; // the raw sample, at its own time
    }));
    QVERIFY(std::any_of(points.begin(), points.end(), [](const QPointF &p) {
        return p.x() == kStartMs + 31101.0 && p.y() == 10.05;
    }));
    m_panel->render({ 0 }); // the same zoom: read once, kept
    QCOMPARE(m_panel->rawReads(), readsBefore + 1);
}

void TestChartPanel::followingNewSamplesNeverReadsBack()
{
    // A live 1 min window longer than the buffer (5 s kept) moves every tick: reading its
    // dropped part back each time froze the window for seconds a tick on a fast feed. While
    // following, the envelope draws it (a zoom's fixed range is read back once:
    // zoomIntoDroppedStretchReadsRawSamples).
    m_store->setCapacityPerSeries(5000);
    int reads = 0;
    m_panel->setRawSource([&reads](int, double fromMs, double toMs, QList<QPointF> &out) {
        ++reads;
        out.append(QPointF(fromMs, 10.0));
        out.append(QPointF(toMs, 10.0));
        return true;
    });
    m_panel->setWindowMs(60000);
    m_panel->setSeriesVisible(0, true);
    for (int tick = 0; tick < 5; ++tick) {
        for (int i = 0; i < 100; ++i)
            m_store->append(SamplePoint { 0, kStartMs + 60000.0 + tick * 100 + i, 15.0 });
        m_panel->render({ 0 });
    }
    QCOMPARE(reads, 0);
    QCOMPARE(m_panel->rawReads(), 0);
    const QList<QPointF> live = m_panel->shownPoints(0);
    QVERIFY(!live.isEmpty());
    QVERIFY2(live.front().x() < kStartMs + 10000.0, // the envelope's part of the window
             qPrintable(QString::number(live.front().x() - kStartMs)));
}

void TestChartPanel::zoomDrawsEnvelopeUntilRawSamplesArrive()
{
    // The window's source reads the capture on a worker thread: the first ask answers false,
    // the envelope is drawn meanwhile (the GUI thread never waits for the file), and once
    // the samples are in, rawSamplesArrived() draws them without any new sample arriving.
    m_store->setCapacityPerSeries(5000);
    bool ready = false;
    int asks = 0;
    m_panel->setRawSource([&](int id, double fromMs, double toMs, QList<QPointF> &out) {
        ++asks;
        if (id != 0 || !ready)
            return false;
        appendRawSamples(fromMs, toMs, out);
        return true;
    });
    m_panel->setWindowMs(0);
    m_panel->setSeriesVisible(0, true);
    m_panel->render({ 0 });
    QChart *chart = m_panel->findChild<QChartView *>()->chart();
    const QRectF plot = chart->plotArea();
    chart->zoomIn(QRectF(plot.left() + plot.width() * (30.8 / 60.0), plot.top(),
                         plot.width() / 60.0, plot.height()));
    m_panel->render({ 0 });
    QCOMPARE(asks, 1);
    const auto rawSpike = [](const QList<QPointF> &points) {
        return std::any_of(points.begin(), points.end(), [](const QPointF &p) {
            return p.x() == kStartMs + 31337.0 && p.y() == 20.0;
        });
    };
    const QList<QPointF> meanwhile = m_panel->shownPoints(0);
    QVERIFY(!meanwhile.isEmpty()); // the envelope's buckets
    QVERIFY(!rawSpike(meanwhile));
    ready = true;
    m_panel->rawSamplesArrived();
    QCOMPARE(asks, 2);
    QVERIFY(rawSpike(m_panel->shownPoints(0)));
    m_panel->rawSamplesArrived(); // nothing waits any more: no ask
    m_panel->render({});
    QCOMPARE(asks, 2);
}

void TestChartPanel::denseLinesDrawWithoutAntialiasing()
{
    // 60 s at 1 kHz over ~850 px: a point in every column, drawn without antialiasing (3x the
    // repaint on a fast feed); 200 ms of it is 200 points, a sparse line with smooth edges.
    const QChartView *view = m_panel->findChild<QChartView *>();
    const auto smooth = [view] { return view->renderHints().testFlag(QPainter::Antialiasing); };
    m_panel->setSeriesVisible(0, true);
    m_panel->setWindowMs(200);
    m_panel->render({ 0 });
    QVERIFY(m_panel->pointCount(0) < 400);
    QVERIFY(smooth());
    m_panel->setWindowMs(0);
    m_panel->render({ 0 });
    QVERIFY(m_panel->pointCount(0) > 900);
    QVERIFY(!smooth());
    m_panel->setWindowMs(200);
    m_panel->render({ 0 });
    QVERIFY(smooth());
}

void TestChartPanel::crosshairReadsTimeAndValues()
{
    m_panel->setSeriesVisible(1, true);
    m_panel->render({ 1 });
    QChartView *view = m_panel->findChild<QChartView *>();
    const QRectF plot = view->chart()->plotArea();
    const QPoint inside = view->mapFromScene(view->chart()->mapToScene(plot.center()));
    QTest::mouseMove(view->viewport(), inside);
    QTRY_VERIFY(!m_panel->crosshairText().isEmpty());
    const QStringList rows = m_panel->crosshairText().split(QLatin1Char('\n'));
    QCOMPARE(rows.size(), 2);
    QVERIFY(QTime::fromString(rows.at(0), QStringLiteral("hh:mm:ss.zzz")).isValid());
    QVERIFY2(rows.at(1).startsWith(QStringLiteral("ticks HOOLI /price: 10")),
             qPrintable(rows.at(1)));
    m_panel->showCrosshairAt(QPoint(1, 1)); // outside the plot
    QVERIFY(m_panel->crosshairText().isEmpty());
}

void TestChartPanel::legendToggleHidesLine()
{
    m_panel->setSeriesVisible(0, true);
    m_panel->setSeriesVisible(1, true);
    m_panel->render({ 0, 1 });
    QChart *chart = m_panel->findChild<QChartView *>()->chart();
    QLineSeries *hooli = lineNamed(*m_panel, QStringLiteral("ticks HOOLI /price"));
    QLegendMarker *marker = chart->legend()->markers(hooli).constFirst();
    Q_EMIT marker->clicked(); // what a click on the legend entry sends
    QVERIFY(m_panel->isLineHidden(1));
    QCOMPARE(hooli->pen().color().alpha(), 0);
    QCOMPARE(chart->legend()->markers(hooli).constFirst(), marker); // still there to click
    const auto *price = valueAxes(*m_panel).constFirst();
    QVERIFY(price->max() < 30.0); // scaled for ACME alone
    Q_EMIT marker->clicked();
    QVERIFY(!m_panel->isLineHidden(1));
    QCOMPARE(hooli->pen().color().alpha(), 255);
}

void TestChartPanel::darkThemeRecolours()
{
    QChart *chart = m_panel->findChild<QChartView *>()->chart();
    QVERIFY(chart->backgroundBrush().color().lightness() > 200);
    m_panel->setDarkTheme(true);
    QVERIFY(m_panel->isDarkTheme());
    QVERIFY(chart->backgroundBrush().color().lightness() < 60);
    QVERIFY(chart->axes(Qt::Horizontal).constFirst()->labelsBrush().color().lightness() > 150);
    m_panel->setSeriesVisible(0, true); // a new axis gets the dark colours too
    QVERIFY(valueAxes(*m_panel).constFirst()->labelsBrush().color().lightness() > 150);
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
