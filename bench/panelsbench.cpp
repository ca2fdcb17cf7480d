// Issue 15's load floor for the new chart kinds: 100 stat tiles and 8 candle charts while
// 200 k samples/s arrive. What blocks the GUI's event loop is the render tick: every chart's
// render(dirty ids) and the repaint it causes, once per 33 ms. This measures that tick over
// 300 ticks, each after 1/30 s of
// samples (6,667 spread over 100 series), and prints its median, p99 and max against the
// 33 ms floor. The area is shown (offscreen), so processing the posted events after render()
// runs the layouts and the one repaint of the window, as the event loop would. Not the whole GUI
// (no decoding, no other docks): the charts' share of it. Run: QT_QPA_PLATFORM=offscreen
// build/bench/fb_panelsbench [--rate N] [--ticks N]
//      [--tiles N] [--candles N] (either part alone, to see which costs what)
#include "benchstats.h"
#include "chartcard.h"
#include "chartpanel.h"
#include "chartsarea.h"

#include "store/seriesstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {
constexpr int kSeries = 100;
constexpr double kTickMs = 1000.0 / 30.0;
constexpr double kStartMs = 1795687200000.0;

using BenchStats::percentile;

// `count` samples over [fromMs, fromMs + kTickMs), round-robin over the series.
void feed(SeriesStore &store, double fromMs, int count, std::vector<double> &prices)
{
    for (int i = 0; i < count; ++i) {
        const int id = i % kSeries;
        prices[size_t(id)] += std::sin(double(i) * 0.7 + fromMs * 1e-3) * 0.01;
        store.append({ id, fromMs + kTickMs * i / count, prices[size_t(id)] });
    }
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int rate = 200000;
    int ticks = 300;
    int candleCharts = 8;
    int tileCount = kSeries;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--candles") == 0)
            candleCharts = std::clamp(std::atoi(argv[i + 1]), 0, kSeries);
        if (std::strcmp(argv[i], "--tiles") == 0)
            tileCount = std::clamp(std::atoi(argv[i + 1]), 0, kSeries);
        if (std::strcmp(argv[i], "--rate") == 0)
            rate = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--ticks") == 0)
            ticks = std::max(10, std::atoi(argv[i + 1]));
    }
    const int perTick = int(std::lround(rate * kTickMs / 1000.0));
    SeriesStore store(100000);
    std::vector<int> ids;
    std::vector<double> prices(kSeries, 100.0);
    for (int id = 0; id < kSeries; ++id) {
        store.addSeries(SeriesInfo { id, QStringLiteral("bench"), QStringLiteral("K%1").arg(id),
                                     QStringLiteral("/p") });
        ids.push_back(id);
        prices[size_t(id)] += id;
    }
    // 10 s of history at the rate, so the candles and tiles start full.
    double t = kStartMs;
    for (int n = 0; n < 300; ++n, t += kTickMs)
        feed(store, t, perTick, prices);

    ChartsArea area(store);
    area.resize(1600, 1400);
    area.show();
    if (tileCount > 0) {
        ChartCard *tiles = area.addChart();
        for (int id = 0; id < tileCount; ++id)
            tiles->panel()->setSeriesVisible(id, true);
        tiles->setKind(PanelSettings::Kind::StatTiles);
    }
    for (int c = 0; c < candleCharts; ++c) {
        ChartCard *card = area.addChart();
        PanelSettings settings;
        settings.kind = PanelSettings::Kind::Candles;
        settings.candleIntervalMs = 1000;
        card->setSettings(settings);
        card->panel()->setSeriesVisible(ids[size_t(c)], true);
    }
    area.render(ids);
    QCoreApplication::processEvents();
    (void)area.grab();

    std::vector<double> costs;
    std::vector<double> renders; // render() of every chart
    for (int n = 0; n < ticks; ++n, t += kTickMs) {
        feed(store, t, perTick, prices);
        QElapsedTimer timer;
        timer.start();
        area.render(ids);
        renders.push_back(double(timer.nsecsElapsed()) / 1e6);
        // What the loop then does: the charts' layout requests and the window's repaint (the
        // area is shown, so its update requests paint its backing store).
        QCoreApplication::processEvents();
        costs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!qEnvironmentVariableIsEmpty("FEEDBOARD_BENCH_SHOT"))
        area.grab().save(qEnvironmentVariable("FEEDBOARD_BENCH_SHOT"));
    std::printf("%d stat tiles + %d candle charts (1 s, 1 min window) in 1600x1400, %d samples/s "
                "(%d a tick), %d render ticks\n",
                tileCount, candleCharts, rate, perTick, ticks);
    std::printf(
        "render+layout+repaint ms per tick: median %.2f  p99 %.2f  max %.2f  (floor: p99 <= 33 "
        "ms)\n",
        percentile(costs, 0.5), percentile(costs, 0.99),
        *std::max_element(costs.begin(), costs.end()));
    std::printf("of which render() median %.2f ms, the rest layout and repaint\n",
                percentile(renders, 0.5));
    return 0;
}
