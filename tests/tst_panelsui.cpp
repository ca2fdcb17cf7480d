// The chart kinds in the window (issue 15, panels), offscreen: a card switched through its
// kind selector shows candles, XY, stat tiles, a gauge or a histogram of its checked series
// with the values core computes; each draws something; each round-trips through the layout
// JSON into a fresh ChartsArea; an old layout loads as lines; each exports as PNG and SVG.
// With FEEDBOARD_TEST_SHOTS=DIR, a screenshot of each kind (light and dark) goes to DIR.
#include "alertsmodel.h"
#include "candlesview.h"
#include "chartcard.h"
#include "chartimage.h"
#include "chartmarks.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "chartstyle.h"
#include "gaugeview.h"
#include "histogramview.h"
#include "panelchart.h"
#include "stattile.h"
#include "stattilesview.h"
#include "xyview.h"

#include "shots.h"

#include "panels/histogram.h"
#include "store/seriesstore.h"

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>
#include <numeric>
#include <random>

namespace {
constexpr double kT0 = 1795687200000.0; // on an hour boundary
constexpr int kSamples = 3000; // 10 min at 200 ms
constexpr double kStepMs = 200.0;
constexpr int kPrice = 0; // ticks ACME /price
constexpr int kQty = 1; // ticks ACME /qty
constexpr int kBeta = 2; // ticks BETA /price
constexpr int kLatency = 3; // api - /latency_ms

SeriesInfo info(int id, const QString &feed, const QString &key, const QString &field)
{
    SeriesInfo s;
    s.id = id;
    s.feed = feed;
    s.key = key;
    s.field = field;
    return s;
}

// Pixels of the picture that are not its background colour (top-left corner).
int inkPixels(QWidget *widget)
{
    QCoreApplication::processEvents(); // the charts' layout requests, as the event loop would
    const QImage image = widget->grab().toImage();
    const QRgb background = image.pixel(1, 1);
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != background;
    }
    return ink;
}
} // namespace

class TestPanelsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void kindSelectorSwitchesPicture();
    void candlesFromTicks();
    void formingCandleUpdatesLive();
    void xyAlignsTwoSeries();
    void statTilesShowChangeAndAlertColour();
    void manyTilesRefreshInTurn();
    void gaugeBandsFromAlertThresholds();
    void histogramOverTheWindow();
    void everyKindDrawsSomething_data();
    void everyKindDrawsSomething();
    void layoutRoundTripOfEveryKind();
    void oldLayoutLoadsAsLine();
    void everyKindExports();

private:
    ChartCard *cardOf(PanelSettings::Kind kind, const std::vector<int> &ids, qint64 windowMs);
    void shoot(ChartCard *card, const QString &name);

    std::vector<double> m_price, m_qty, m_beta, m_latency;
    std::unique_ptr<SeriesStore> m_store;
    std::unique_ptr<ChartsArea> m_area;
    ChartMarks m_marks;
};

void TestPanelsUi::initTestCase()
{
    // A random walk for ACME, BETA following it at half the size with noise of its own, a
    // volume per tick and a latency with a long tail: the shapes each kind is for.
    std::mt19937 random(15);
    std::normal_distribution<double> step(0.0, 0.35);
    std::exponential_distribution<double> tail(1.0 / 12.0);
    double price = 100.0;
    for (int i = 0; i < kSamples; ++i) {
        price += step(random);
        m_price.push_back(std::round(price * 100) / 100);
        m_qty.push_back(1 + i % 7);
        m_beta.push_back(std::round((50 + 0.5 * (price - 100) + step(random) * 0.4) * 100) / 100);
        m_latency.push_back(std::round((20 + tail(random)) * 10) / 10);
    }
}

void TestPanelsUi::init()
{
    m_store = std::make_unique<SeriesStore>(100000);
    m_store->addSeries(
        info(kPrice, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/price")));
    m_store->addSeries(
        info(kQty, QStringLiteral("ticks"), QStringLiteral("ACME"), QStringLiteral("/qty")));
    m_store->addSeries(
        info(kBeta, QStringLiteral("ticks"), QStringLiteral("BETA"), QStringLiteral("/price")));
    m_store->addSeries(
        info(kLatency, QStringLiteral("api"), QString(), QStringLiteral("/latency_ms")));
    for (int i = 0; i < kSamples; ++i) {
        const double t = kT0 + i * kStepMs;
        m_store->append({ kPrice, t, m_price[size_t(i)] });
        m_store->append({ kQty, t, m_qty[size_t(i)] });
        m_store->append({ kBeta, t, m_beta[size_t(i)] });
        m_store->append({ kLatency, t, m_latency[size_t(i)] });
    }
    m_marks = ChartMarks();
    m_area = std::make_unique<ChartsArea>(*m_store);
    m_area->setChartMarks(&m_marks);
    m_area->addChart();
    m_area->resize(900, 520);
    m_area->show();
}

void TestPanelsUi::cleanup()
{
    m_area.reset();
    m_store.reset();
}

// The active (only) card showing `ids` as `kind`, rendered once.
ChartCard *TestPanelsUi::cardOf(PanelSettings::Kind kind, const std::vector<int> &ids,
                                qint64 windowMs)
{
    ChartCard *card = m_area->activeCard();
    card->setWindowMs(windowMs);
    for (int id : ids)
        card->panel()->setSeriesVisible(id, true);
    card->setKind(kind);
    m_area->render({ kPrice, kQty, kBeta, kLatency });
    return card;
}

void TestPanelsUi::shoot(ChartCard *card, const QString &name)
{
    QCoreApplication::processEvents(); // the charts' layout requests, as the event loop would
    TestSupport::saveShot(card, name);
    if (qEnvironmentVariableIsEmpty("FEEDBOARD_TEST_SHOTS"))
        return;
    m_area->setDarkTheme(true);
    m_area->render({});
    QCoreApplication::processEvents();
    TestSupport::saveShot(card, name + QStringLiteral("-dark"));
    m_area->setDarkTheme(false);
    m_area->render({});
}

void TestPanelsUi::kindSelectorSwitchesPicture()
{
    ChartCard *card = m_area->activeCard();
    card->panel()->setSeriesVisible(kPrice, true);
    auto *combo = card->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentText(), QStringLiteral("Line"));
    QVERIFY(!card->view());
    // The keyboard on the selector, as a person picks the next kind.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(card->kind(), PanelSettings::Kind::Candles);
    QVERIFY(qobject_cast<CandlesView *>(card->view()));
    QVERIFY(card->view()->isVisible());
    QVERIFY(!card->panel()->isVisible());
    auto *interval = card->findChild<QComboBox *>(QStringLiteral("candleIntervalCombo"));
    QVERIFY(interval && interval->isVisible());
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(qobject_cast<XYView *>(card->view()));
    QVERIFY(!interval->isVisible());
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(qobject_cast<StatTilesView *>(card->view()));
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(qobject_cast<GaugeView *>(card->view()));
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(qobject_cast<HistogramView *>(card->view()));
    // The histogram's bin count through its spin box.
    auto *bins = card->findChild<QSpinBox *>(QStringLiteral("binsSpin"));
    QVERIFY(bins && bins->isVisible());
    QCOMPARE(bins->text(), QStringLiteral("Auto"));
    bins->setFocus();
    QTest::keyClick(bins, Qt::Key_Up);
    QCOMPARE(card->settings().histogramBins, 1);
    m_area->render({ kPrice });
    QCOMPARE(qobject_cast<HistogramView *>(card->view())->histogram().counts.size(), size_t(1));
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(card->kind(), PanelSettings::Kind::Line);
    QVERIFY(!card->view());
    QVERIFY(card->panel()->isVisible());
    QCOMPARE(card->panel()->visibleSeriesIds(), std::vector<int> { kPrice }); // kept throughout
}

void TestPanelsUi::candlesFromTicks()
{
    ChartCard *card = m_area->activeCard();
    PanelSettings settings;
    settings.kind = PanelSettings::Kind::Candles;
    settings.candleIntervalMs = 5000;
    settings.volumeField = QStringLiteral("/qty");
    card->setSettings(settings);
    cardOf(PanelSettings::Kind::Candles, { kPrice }, 300000);
    auto *view = qobject_cast<CandlesView *>(card->view());
    QVERIFY(view);
    // 5 min of 5 s candles: the newest 60 of the run's 120, each of 25 ticks.
    QCOMPARE(view->candleCount(), 60);
    QCOMPARE(view->volumeBarCount(), 60);
    QList<QCandlestickSeries *> series;
    for (QAbstractSeries *s : view->chart()->series())
        series << qobject_cast<QCandlestickSeries *>(s);
    QCOMPARE(series.size(), 2);
    QCandlestickSeries *prices = series.at(1);
    QCandlestickSeries *volumes = series.at(0);
    QCOMPARE(prices->name(), QStringLiteral("ticks ACME /price"));
    for (int c : { 0, 31, 59 }) {
        const int first = (60 + c) * 25; // the candle's first tick
        const auto begin = m_price.begin() + first;
        const QCandlestickSet *set = prices->sets().at(c);
        QCOMPARE(set->timestamp(), kT0 + (60 + c) * 5000.0);
        QCOMPARE(set->open(), m_price[size_t(first)]);
        QCOMPARE(set->close(), m_price[size_t(first + 24)]);
        QCOMPARE(set->high(), *std::max_element(begin, begin + 25));
        QCOMPARE(set->low(), *std::min_element(begin, begin + 25));
        const double volume
            = std::accumulate(m_qty.begin() + first, m_qty.begin() + first + 25, 0.0);
        QCOMPARE(volumes->sets().at(c)->close(), volume);
    }
    shoot(card, QStringLiteral("panel-candles"));
}

void TestPanelsUi::formingCandleUpdatesLive()
{
    ChartCard *card = cardOf(PanelSettings::Kind::Candles, { kPrice }, 300000);
    auto *view = qobject_cast<CandlesView *>(card->view());
    QVERIFY(view);
    QCandlestickSeries *prices = nullptr;
    for (QAbstractSeries *s : view->chart()->series()) {
        if (s->name() == QStringLiteral("ticks ACME /price"))
            prices = qobject_cast<QCandlestickSeries *>(s);
    }
    QVERIFY(prices);
    // 1 min candles over 10 min: 10 candles, the last one forming.
    const int before = view->candleCount();
    QCOMPARE(before, 10);
    const double last = kT0 + (kSamples - 1) * kStepMs;
    QCandlestickSet *forming = prices->sets().constLast();
    const double high = forming->high();
    m_store->append({ kPrice, last + 100, high + 5 });
    m_area->render({ kPrice });
    QCOMPARE(view->candleCount(), before);
    QCOMPARE(prices->sets().constLast(), forming); // the same candle, updated in place
    QCOMPARE(forming->high(), high + 5);
    QCOMPARE(forming->close(), high + 5);
    // The next minute's first tick starts a new candle.
    m_store->append({ kPrice, kT0 + 600000.0, 42.0 });
    m_area->render({ kPrice });
    QCOMPARE(view->candleCount(), before + 1);
    QCOMPARE(prices->sets().constLast()->open(), 42.0);
}

void TestPanelsUi::xyAlignsTwoSeries()
{
    ChartCard *card = m_area->activeCard();
    PanelSettings settings;
    settings.kind = PanelSettings::Kind::XY;
    settings.trailLength = 400;
    card->setSettings(settings);
    cardOf(PanelSettings::Kind::XY, { kPrice, kBeta }, 60000);
    auto *view = qobject_cast<XYView *>(card->view());
    QVERIFY(view);
    // Same times in both: one point per tick, each the pair of that tick.
    const std::deque<XYPoint> &points = view->points();
    QCOMPARE(points.size(), size_t(400));
    for (size_t k : { size_t(0), size_t(199), size_t(399) }) {
        const size_t i = size_t(kSamples) - 400 + k;
        QCOMPARE(points[k].timeMs, kT0 + double(i) * kStepMs);
        QCOMPARE(points[k].x, m_price[i]);
        QCOMPARE(points[k].y, m_beta[i]);
    }
    // The picture before the jump below, which only this test makes.
    shoot(card, QStringLiteral("panel-xy"));
    // Only X moves: Y's value is held.
    m_store->append({ kPrice, kT0 + kSamples * kStepMs, 123.0 });
    m_area->render({ kPrice });
    QCOMPARE(view->points().back().x, 123.0);
    QCOMPARE(view->points().back().y, m_beta.back());
}

void TestPanelsUi::statTilesShowChangeAndAlertColour()
{
    m_marks.thresholds.push_back(
        { kPrice, QStringLiteral("ACME high"), 90, 89, AlertSeverity::Critical, true });
    m_marks.thresholds.push_back(
        { kLatency, QStringLiteral("slow"), 500, 500, AlertSeverity::Warning, false });
    ChartCard *card = cardOf(PanelSettings::Kind::StatTiles, { kPrice, kBeta, kLatency }, 60000);
    auto *view = qobject_cast<StatTilesView *>(card->view());
    QVERIFY(view);
    QCOMPARE(view->tileCount(), 3);
    // The window's first sample is 60 s before the last: index kSamples - 1 - 300.
    const double first = m_price[size_t(kSamples - 1 - 300)];
    const StatTile *acme = view->tile(0);
    QCOMPARE(acme->name(), QStringLiteral("ticks ACME /price"));
    QCOMPARE(acme->summary().last, m_price.back());
    QCOMPARE(acme->summary().change, m_price.back() - first);
    QCOMPARE(acme->valueText(), ChartStyle::valueText(m_price.back()));
    // Four significant digits and the percentage of the window's first value.
    const double change = m_price.back() - first;
    QCOMPARE(
        acme->changeText(),
        QStringLiteral("%1%2 (%1%3 %)")
            .arg(change > 0 ? QStringLiteral("+") : QString(),
                 QString::number(change, 'f', 3 - int(std::floor(std::log10(std::abs(change))))),
                 QString::number(100.0 * change / std::abs(first), 'f', 2)));
    QCOMPARE(acme->alertColor(), AlertsModel::severityColor(AlertSeverity::Critical));
    QVERIFY(!view->tile(1)->alertColor().isValid()); // nothing watches BETA
    QCOMPARE(view->tile(1)->lineColor(), card->panel()->seriesColor(kBeta)); // as in the list
    QVERIFY(view->tile(1)->lineColor() != view->tile(0)->lineColor());
    QCOMPARE(view->tile(2)->alertColor(), PanelChart::alertStateColor(0)); // watched, calm
    shoot(card, QStringLiteral("panel-stat-tiles"));
}

// 120 tiles: a tick refreshes a third of the changed ones, the next ticks the others in turn,
// and when the data stops the rest still show within a few catch-up intervals.
void TestPanelsUi::manyTilesRefreshInTurn()
{
    SeriesStore store(1000);
    std::vector<int> ids;
    for (int i = 0; i < 120; ++i) {
        const int id = 100 + i;
        store.addSeries(
            info(id, QStringLiteral("f"), QStringLiteral("K%1").arg(i), QStringLiteral("/v")));
        store.append({ id, kT0, double(i) });
        ids.push_back(id);
    }
    StatTilesView view(store);
    view.resize(1200, 900);
    view.setInputs(ids, 60000);
    view.render(ids); // the first tick builds the tiles and fills every one
    QCOMPARE(view.tileCount(), 120);
    for (int i = 0; i < 120; ++i)
        QCOMPARE(view.tile(i)->summary().last, double(i));

    const auto shown = [&view](double value) {
        int n = 0;
        for (int i = 0; i < view.tileCount(); ++i)
            n += view.tile(i)->summary().last == value + i ? 1 : 0;
        return n;
    };
    for (int i = 0; i < 120; ++i)
        store.append({ ids[size_t(i)], kT0 + 1000, 1000.0 + i });
    view.render(ids);
    QCOMPARE(shown(1000.0), 40); // a third of 120
    view.render({}); // a tick with nothing new goes on with the others
    QCOMPARE(shown(1000.0), 80);
    // Data stopped: the last third comes with the catch-up timer, not with a tick.
    QTRY_COMPARE_WITH_TIMEOUT(shown(1000.0), 120, 2000);
}

void TestPanelsUi::gaugeBandsFromAlertThresholds()
{
    m_marks.thresholds.push_back(
        { kLatency, QStringLiteral("slow"), 40, 35, AlertSeverity::Warning, false });
    m_marks.thresholds.push_back(
        { kLatency, QStringLiteral("very slow"), 60, 60, AlertSeverity::Critical, false });
    ChartCard *card = cardOf(PanelSettings::Kind::Gauge, { kLatency }, 60000);
    auto *view = qobject_cast<GaugeView *>(card->view());
    QVERIFY(view);
    QCOMPARE(view->value(), m_latency.back());
    const double lo = *std::min_element(m_latency.begin(), m_latency.end());
    QVERIFY(view->rangeMin() <= lo && view->rangeMin() > lo - 40);
    QVERIFY(view->rangeMax() >= 60);
    const auto &bands = view->bands();
    QCOMPARE(bands.size(), size_t(3));
    QCOMPARE(bands[0].severity, -1);
    QCOMPARE(bands[1].from, 40.0);
    QCOMPARE(bands[1].to, 60.0);
    QCOMPARE(bands[1].severity, int(AlertSeverity::Warning));
    QCOMPARE(bands[2].from, 60.0);
    QCOMPARE(bands[2].severity, int(AlertSeverity::Critical));
    shoot(card, QStringLiteral("panel-gauge"));
    // A set range replaces the automatic one.
    PanelSettings settings = card->settings();
    settings.gaugeAuto = false;
    settings.gaugeMin = 0;
    settings.gaugeMax = 200;
    card->setSettings(settings);
    QCOMPARE(view->rangeMin(), 0.0);
    QCOMPARE(view->rangeMax(), 200.0);
}

void TestPanelsUi::histogramOverTheWindow()
{
    ChartCard *card = cardOf(PanelSettings::Kind::Histogram, { kLatency }, 60000);
    auto *view = qobject_cast<HistogramView *>(card->view());
    QVERIFY(view);
    // 60 s of 200 ms samples ending at the last one: 301 values, bins as core chooses them.
    const std::vector<double> window(m_latency.end() - 301, m_latency.end());
    const Histogram expected = HistogramBins::build(window);
    QCOMPARE(view->histogram().total(), 301);
    QCOMPARE(view->histogram().counts, expected.counts);
    QVERIFY(expected.counts.size() > 3);
    shoot(card, QStringLiteral("panel-histogram"));
    PanelSettings settings = card->settings();
    settings.histogramBins = 12;
    card->setSettings(settings);
    QCOMPARE(view->histogram().counts, HistogramBins::build(window, 12).counts);
    // New samples are counted at the next render tick at least kRecountMs after the last count
    // (even if that tick brings nothing new).
    m_store->append({ kLatency, kT0 + kSamples * kStepMs, 1000.0 });
    m_area->render({ kLatency });
    const auto topEdge
        = [view] { return view->histogram().edge(int(view->histogram().counts.size())); };
    QTRY_VERIFY((m_area->render({}), topEdge() == 1000.0));
    QCOMPARE(view->histogram().total(), 301); // the window moved on by one sample
}

void TestPanelsUi::everyKindDrawsSomething_data()
{
    QTest::addColumn<int>("kind");
    for (PanelSettings::Kind kind : PanelSettings::kinds())
        QTest::newRow(qPrintable(PanelSettings::kindKey(kind))) << int(kind);
}

void TestPanelsUi::everyKindDrawsSomething()
{
    QFETCH(int, kind);
    // The same card empty, then with data: the data must add ink.
    ChartCard *card = cardOf(PanelSettings::Kind(kind), {}, 60000);
    QWidget *picture = card->view() ? static_cast<QWidget *>(card->view()) : card->panel();
    const int empty = inkPixels(picture);
    for (int id : { kPrice, kBeta })
        card->panel()->setSeriesVisible(id, true);
    m_area->render({ kPrice, kBeta });
    QCoreApplication::processEvents();
    const int full = inkPixels(picture);
    QVERIFY2(full > empty + 300, qPrintable(QStringLiteral("%1 vs %2").arg(full).arg(empty)));
    if (card->view())
        QVERIFY(card->view()->hasData());
    if (PanelSettings::Kind(kind) == PanelSettings::Kind::Line)
        shoot(card, QStringLiteral("panel-line"));
}

void TestPanelsUi::layoutRoundTripOfEveryKind()
{
    // One card of each kind, each with settings other than the defaults.
    std::vector<PanelSettings> wanted;
    for (PanelSettings::Kind kind : PanelSettings::kinds()) {
        ChartCard *card = m_area->chartCount() == 1 && wanted.empty() ? m_area->activeCard()
                                                                      : m_area->addChart();
        PanelSettings s;
        s.kind = kind;
        s.candleIntervalMs = 1000;
        s.volumeField = QStringLiteral("/qty");
        s.xSeries = { QStringLiteral("ticks"), QStringLiteral("BETA"), QStringLiteral("/price") };
        s.ySeries = { QStringLiteral("ticks"), QStringLiteral("GAMMA"), QStringLiteral("/p") };
        s.trailLength = 77;
        s.histogramBins = 9;
        s.gaugeAuto = false;
        s.gaugeMin = 10;
        s.gaugeMax = 30;
        card->setSettings(s);
        card->setWindowMs(300000);
        card->panel()->setSeriesVisible(kPrice, true);
        wanted.push_back(s);
    }
    const QJsonObject saved = m_area->saveState();
    const QJsonArray charts = saved.value(QStringLiteral("charts")).toArray();
    QCOMPARE(charts.size(), 6);
    QCOMPARE(charts.at(1).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("candles"));

    ChartsArea fresh(*m_store);
    QVERIFY(fresh.restoreState(QJsonDocument::fromJson(QJsonDocument(saved).toJson()).object()));
    QCOMPARE(fresh.chartCount(), 6);
    for (int i = 0; i < 6; ++i) {
        QVERIFY(fresh.chart(i)->settings() == wanted[size_t(i)]);
        QCOMPARE(fresh.chart(i)->kind(), wanted[size_t(i)].kind);
        QCOMPARE(bool(fresh.chart(i)->view()), wanted[size_t(i)].kind != PanelSettings::Kind::Line);
        QCOMPARE(fresh.chart(i)->panel()->visibleSeriesIds(), std::vector<int> { kPrice });
    }
    // Everything saved comes back (sizes follow the fresh area's own geometry).
    QJsonObject again = fresh.saveState();
    QCOMPARE(again.value(QStringLiteral("charts")), saved.value(QStringLiteral("charts")));
    QCOMPARE(again.value(QStringLiteral("active")), saved.value(QStringLiteral("active")));
}

void TestPanelsUi::oldLayoutLoadsAsLine()
{
    const QJsonObject series { { QStringLiteral("feed"), QStringLiteral("ticks") },
                               { QStringLiteral("key"), QStringLiteral("ACME") },
                               { QStringLiteral("field"), QStringLiteral("/price") } };
    const QJsonObject old { { QStringLiteral("charts"),
                              QJsonArray {
                                  QJsonObject { { QStringLiteral("series"), QJsonArray { series } },
                                                { QStringLiteral("windowMs"), 300000.0 } } } },
                            { QStringLiteral("active"), 0 } };
    QVERIFY(m_area->restoreState(old));
    ChartCard *card = m_area->chart(0);
    QCOMPARE(card->kind(), PanelSettings::Kind::Line);
    QVERIFY(!card->view());
    QCOMPARE(card->panel()->visibleSeriesIds(), std::vector<int> { kPrice });
    const QJsonObject chart
        = m_area->saveState().value(QStringLiteral("charts")).toArray().at(0).toObject();
    QCOMPARE(chart.value(QStringLiteral("kind")).toString(), QStringLiteral("line"));
    QCOMPARE(chart.value(QStringLiteral("windowMs")).toDouble(), 300000.0);
    QCOMPARE(chart.value(QStringLiteral("series")).toArray(), QJsonArray { series });
}

void TestPanelsUi::everyKindExports()
{
    QTemporaryDir dir;
    for (PanelSettings::Kind kind : PanelSettings::kinds()) {
        ChartCard *card = cardOf(kind, { kPrice, kBeta }, 60000);
        const QString name = PanelSettings::kindKey(kind);
        QString error;
        const QString png = dir.filePath(name + QStringLiteral(".png"));
        QVERIFY2(writeChartImage(card, png, &error), qPrintable(error));
        const QImage image(png);
        QWidget *picture = card->view() ? static_cast<QWidget *>(card->view()) : card->panel();
        QCOMPARE(image.size(), picture->size() * picture->devicePixelRatio());
        const QString svg = dir.filePath(name + QStringLiteral(".svg"));
        QVERIFY2(writeChartImage(m_area.get(), svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QXmlStreamReader xml(bytes);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String("svg"));
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(elements > 20, qPrintable(name)); // drawn, not an empty page
    }
}

QTEST_MAIN(TestPanelsUi)
#include "tst_panelsui.moc"
