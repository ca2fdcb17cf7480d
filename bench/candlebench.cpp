// Candles over 1 M ticks (issue 15's floor): one render tick of a candle chart (read the new
// ticks, update the forming candle, redraw) must cost the same with 1 k or 1 M ticks behind
// it, and at most 16 ms. Both charts live in this process and take their render ticks in
// turn (A B A B...), so a neighbour's load on a shared machine falls on both alike; the 1 k
// chart is the reference. Each tick brings 50 new ticks and a volume for each, as a
// 1.5 k msg/s feed at 30 Hz would.
// Run: QT_QPA_PLATFORM=offscreen build/bench/fb_candlebench [--ticks N] [--render-ticks N]
#include "benchstats.h"
#include "candlesview.h"

#include "store/seriesstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace {
constexpr int kNewPerTick = 50;
constexpr double kTickMs = 1000.0 / 30.0;
constexpr double kStartMs = 1795687200000.0;

using BenchStats::percentile;

// A store with `history` ticks of one symbol (price and volume) and a candle chart of it.
class Rig
{
public:
    Rig(qsizetype history, int renderTicks)
        : m_history(history)
        , m_store(history + qsizetype(renderTicks) * kNewPerTick + 16)
    {
        m_store.addSeries(SeriesInfo { 0, QStringLiteral("bench"), QStringLiteral("ACME"),
                                       QStringLiteral("/p") });
        m_store.addSeries(SeriesInfo { 1, QStringLiteral("bench"), QStringLiteral("ACME"),
                                       QStringLiteral("/q") });
        // At least 10 min of history, so either size fills the 1 min window with candles.
        const double stepMs = std::max(10.0, 600000.0 / double(history));
        m_t = kStartMs;
        for (qsizetype i = 0; i < history; ++i, m_t += stepMs) {
            m_price += std::sin(double(i) * 0.37) * 0.05;
            m_store.append({ 0, m_t, m_price });
            m_store.append({ 1, m_t, double(1 + i % 5) });
        }
        m_view = std::make_unique<CandlesView>(m_store);
        m_view->resize(1200, 600);
        PanelSettings settings;
        settings.kind = PanelSettings::Kind::Candles;
        settings.candleIntervalMs = 1000;
        settings.volumeField = QStringLiteral("/q");
        m_view->setSettings(settings);
        m_view->setInputs({ 0 }, 60000);
        QElapsedTimer first;
        first.start();
        m_view->render({ 0, 1 });
        QCoreApplication::processEvents();
        (void)m_view->grab();
        firstMs = double(first.nsecsElapsed()) / 1e6;
    }

    // One render tick after kNewPerTick new ticks; records its cost.
    void tick(int n)
    {
        const bool startsCandle = std::floor((m_t + n * kTickMs) / 1000.0)
            != std::floor((m_t + (n + 1) * kTickMs) / 1000.0);
        for (int k = 0; k < kNewPerTick; ++k) {
            const double at = m_t + (n + double(k) / kNewPerTick) * kTickMs;
            m_price += std::sin(at * 0.001) * 0.02;
            m_store.append({ 0, at, m_price });
            m_store.append({ 1, at, 1.0 + k % 3 });
        }
        QElapsedTimer timer;
        timer.start();
        m_view->render({ 0, 1 });
        render.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents(); // the chart's layout requests, as the loop runs them
        (void)m_view->grab(); // the repaint the render clock causes
        total.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (startsCandle)
            newCandle.push_back(total.back());
    }

    void print() const
    {
        std::printf("%-10lld %-9d %-10.1f %-10.3f %-12.3f %-10.2f %-10.2f %-10.2f %.2f\n",
                    static_cast<long long>(m_history), m_view->candleCount(), firstMs,
                    percentile(render, 0.5), percentile(render, 0.99), percentile(total, 0.5),
                    percentile(total, 0.99), *std::max_element(total.begin(), total.end()),
                    newCandle.empty() ? 0.0 : percentile(newCandle, 0.5));
    }

    double firstMs = 0.0; // the first render: every retained tick read once
    std::vector<double> render; // render() alone, per tick
    std::vector<double> total; // render() and the repaint
    std::vector<double> newCandle; // the ticks that started a candle (one scrolls off)

private:
    qsizetype m_history;
    SeriesStore m_store;
    std::unique_ptr<CandlesView> m_view;
    double m_t = kStartMs;
    double m_price = 100.0;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qsizetype big = 1000000;
    int renderTicks = 600;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--ticks") == 0)
            big = qsizetype(std::atoll(argv[i + 1]));
        if (std::strcmp(argv[i], "--render-ticks") == 0)
            renderTicks = std::max(10, std::atoi(argv[i + 1]));
    }
    std::printf("candles, 1 s interval, 1 min window, volume pane, 1200x600; %d render ticks of "
                "%d new ticks each, the two charts in turn\n",
                renderTicks, kNewPerTick);
    Rig reference(1000, renderTicks);
    Rig large(big, renderTicks);
    for (int n = 0; n < renderTicks; ++n) {
        reference.tick(n);
        large.tick(n);
    }
    std::printf("%-10s %-9s %-10s %-10s %-12s %-10s %-10s %-10s %s\n", "history", "candles",
                "first ms", "render ms", "render p99", "tick ms", "p99 ms", "max ms",
                "new-candle tick ms");
    reference.print();
    large.print();
    std::printf("ratio %lld/1000: tick %.2f, render %.2f (1.0: no cost per tick behind); "
                "floor: each tick <= 16 ms\n",
                static_cast<long long>(big),
                percentile(large.total, 0.5) / percentile(reference.total, 0.5),
                percentile(large.render, 0.5) / percentile(reference.render, 0.5));
    return 0;
}
