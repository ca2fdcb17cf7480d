// Candles over 1 M ticks (issue 15's floor): one render tick of a candle chart (read the new
// ticks, update the forming candle, redraw) must cost the same with 1 k or 1 M ticks behind
// it, and at most 16 ms. Both runs in this process, the 1 k one the reference; each tick
// brings 50 new ticks and a volume for each, as a 1.5 k msg/s feed at 30 Hz would.
// Run: QT_QPA_PLATFORM=offscreen build/bench/fb_candlebench [--ticks N]
#include "candlesview.h"

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
constexpr int kRenderTicks = 300; // 10 s of render clock at 30 Hz
constexpr int kNewPerTick = 50;
constexpr double kTickMs = 1000.0 / 30.0;

struct Figures
{
    double firstMs = 0.0; // the first render: every retained tick read once
    double medianMs = 0.0; // render + repaint, per tick
    double p99Ms = 0.0;
    double maxMs = 0.0;
    double renderOnlyMs = 0.0; // median of render() alone
    double renderP99Ms = 0.0;
    double newCandleMs = 0.0; // median of the ticks that started a candle (one scrolls off)
    int candles = 0;
};

double percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(q * double(values.size())))];
}

Figures run(qsizetype history)
{
    SeriesStore store(history + kRenderTicks * kNewPerTick + 16);
    store.addSeries(
        SeriesInfo { 0, QStringLiteral("bench"), QStringLiteral("ACME"), QStringLiteral("/p") });
    store.addSeries(
        SeriesInfo { 1, QStringLiteral("bench"), QStringLiteral("ACME"), QStringLiteral("/q") });
    // The history spans at least 10 min, so either size fills the 1 min window with candles.
    const double startMs = 1795687200000.0;
    const double stepMs = std::max(10.0, 600000.0 / double(history));
    double price = 100.0;
    double t = startMs;
    for (qsizetype i = 0; i < history; ++i, t += stepMs) {
        price += std::sin(double(i) * 0.37) * 0.05;
        store.append({ 0, t, price });
        store.append({ 1, t, double(1 + i % 5) });
    }
    CandlesView view(store);
    view.resize(1200, 600);
    PanelSettings settings;
    settings.kind = PanelSettings::Kind::Candles;
    settings.candleIntervalMs = 1000;
    settings.volumeField = QStringLiteral("/q");
    view.setSettings(settings);
    view.setInputs({ 0 }, 60000);
    Figures f;
    QElapsedTimer first;
    first.start();
    view.render({ 0, 1 });
    (void)view.grab();
    f.firstMs = double(first.nsecsElapsed()) / 1e6;
    std::vector<double> total;
    std::vector<double> renderOnly;
    std::vector<double> newCandle;
    for (int tick = 0; tick < kRenderTicks; ++tick) {
        const bool starts = std::floor((t + tick * kTickMs) / 1000.0)
            != std::floor((t + (tick + 1) * kTickMs) / 1000.0);
        for (int k = 0; k < kNewPerTick; ++k) {
            const double at = t + (tick + double(k) / kNewPerTick) * kTickMs;
            price += std::sin(at * 0.001) * 0.02;
            store.append({ 0, at, price });
            store.append({ 1, at, 1.0 + k % 3 });
        }
        QElapsedTimer timer;
        timer.start();
        view.render({ 0, 1 });
        renderOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
        (void)view.grab(); // the repaint the render clock causes
        total.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (starts)
            newCandle.push_back(total.back());
    }
    f.newCandleMs = newCandle.empty() ? 0.0 : percentile(newCandle, 0.5);
    f.medianMs = percentile(total, 0.5);
    f.p99Ms = percentile(total, 0.99);
    f.maxMs = *std::max_element(total.begin(), total.end());
    f.renderOnlyMs = percentile(renderOnly, 0.5);
    f.renderP99Ms = percentile(renderOnly, 0.99);
    f.candles = view.candleCount();
    return f;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qsizetype big = 1000000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--ticks") == 0)
            big = qsizetype(std::atoll(argv[i + 1]));
    }
    std::printf("candles, 1 s interval, 1 min window, volume pane, 1200x600; %d render ticks of "
                "%d new ticks each\n",
                kRenderTicks, kNewPerTick);
    std::printf("%-10s %-9s %-10s %-10s %-12s %-10s %-10s %s\n", "history", "candles", "first ms",
                "render ms", "render p99", "tick ms", "p99 ms", "max ms");
    Figures reference;
    for (const qsizetype history : { qsizetype(1000), big }) {
        const Figures f = run(history);
        if (history == 1000)
            reference = f;
        std::printf("%-10lld %-9d %-10.1f %-10.3f %-12.3f %-10.2f %-10.2f %-10.2f %.2f\n",
                    static_cast<long long>(history), f.candles, f.firstMs, f.renderOnlyMs,
                    f.renderP99Ms, f.medianMs, f.p99Ms, f.maxMs, f.newCandleMs);
        if (history != 1000)
            std::printf("ratio %lld/1000: tick %.2f, render %.2f (1.0: no cost per tick behind); "
                        "floor: each tick <= 16 ms\n",
                        static_cast<long long>(history), f.medianMs / reference.medianMs,
                        f.renderOnlyMs / reference.renderOnlyMs);
    }
    return 0;
}
