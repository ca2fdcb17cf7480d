// Measures one render tick of a ChartPanel (decimate, replace, repaint) with 4 visible series of
// 1,000 to 1,000,000 retained samples each: the decimation to the plot's pixel width should
// make the cost nearly independent of the retained size. Figures, not pass/fail.
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_chartrender
#include "chartpanel.h"

#include "store/seriesstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <cmath>
#include <cstdio>

namespace {
constexpr int kSeries = 4;
constexpr int kTicks = 40;

double msPerTick(qsizetype samples, qint64 windowMs, double *renderMs, int *points)
{
    SeriesStore store(samples + kTicks);
    const double startMs = 1795687200000.0;
    // Samples spread evenly over one hour, so every window holds its share.
    const double stepMs = 3600000.0 / double(samples);
    std::vector<int> ids;
    for (int id = 0; id < kSeries; ++id) {
        store.addSeries(SeriesInfo { id, QStringLiteral("bench"), QStringLiteral("K%1").arg(id),
                                     QStringLiteral("/price") });
        ids.push_back(id);
    }
    for (qsizetype i = 0; i < samples; ++i) {
        for (int id = 0; id < kSeries; ++id)
            store.append(SamplePoint { id, startMs + double(i) * stepMs,
                                       100.0 + id + std::sin(double(i) * 0.001) });
    }
    ChartPanel panel(store);
    panel.resize(1200, 600);
    panel.setWindowMs(windowMs);
    for (int id : ids)
        panel.setSeriesVisible(id, true);
    panel.render(ids);
    (void)panel.grab();
    QElapsedTimer timer;
    qint64 renderNs = 0;
    timer.start();
    for (int tick = 0; tick < kTicks; ++tick) {
        for (int id : ids)
            store.append(SamplePoint { id, startMs + 3600000.0 + tick * 33.0, 101.0 + id });
        QElapsedTimer render;
        render.start();
        panel.render(ids);
        renderNs += render.nsecsElapsed();
        (void)panel.grab(); // the repaint the render clock would cause
    }
    *renderMs = double(renderNs) / 1e6 / kTicks;
    *points = panel.pointCount(0);
    return double(timer.nsecsElapsed()) / 1e6 / kTicks;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::printf(
        "4 series in a 1200x600 chart; ms per render tick (decimate+replace / with repaint)\n");
    std::printf("%-10s %-7s %-14s %-12s %s\n", "samples", "window", "points/series", "decimate ms",
                "total ms");
    for (const qint64 windowMs : { qint64(60000), qint64(0) }) {
        for (const qsizetype samples : { qsizetype(1000), qsizetype(100000), qsizetype(1000000) }) {
            double renderMs = 0.0;
            int points = 0;
            const double total = msPerTick(samples, windowMs, &renderMs, &points);
            std::printf("%-10lld %-7s %-14d %-12.2f %.2f\n", static_cast<long long>(samples),
                        windowMs ? "1 min" : "all", points, renderMs, total);
        }
    }
    return 0;
}
