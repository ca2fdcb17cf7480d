// fb_chartbench: one chart redraw at 1200x600 with 4 series of 1,000,000 retained points
// each, all inside the visible window (the worst case). A "redraw" is what a live render
// tick does: new samples arrive, ChartPanel::render() re-decimates the dirty series and
// replaces their points, and the view repaints synchronously. Reference: a naive chart that
// replace()s all 4M points and repaints once. Run offscreen or under Xvfb.
//
//   QT_QPA_PLATFORM=offscreen fb_chartbench [--ticks 30] [--no-naive]
#include "benchstats.h"
#include "chartpanel.h"

#include "store/seriesstore.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {
constexpr int kSeries = 4;
constexpr qsizetype kPoints = 1000000;
constexpr double kWindowMs = 60000.0;
constexpr double kStepMs = kWindowMs / double(kPoints); // 1M points span the 60 s window
constexpr int kPerTick = 2000; // new samples per series per tick (60k/s each)

double valueAt(int series, qint64 i)
{
    return 100.0 * (series + 1) + 10.0 * std::sin(double(i) * 1e-4) + double(i % 97) * 0.01;
}

using BenchStats::median;

double naiveMs(const SeriesStore &store)
{
    QChartView view;
    view.resize(1200, 600);
    auto *chart = view.chart();
    std::vector<QLineSeries *> lines;
    for (int s = 0; s < kSeries; ++s) {
        lines.push_back(new QLineSeries);
        chart->addSeries(lines.back());
    }
    chart->createDefaultAxes();
    view.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    for (int s = 0; s < kSeries; ++s) {
        const SeriesBuffer &b = store.buffer(s);
        QList<QPointF> points;
        points.reserve(b.size());
        for (qsizetype i = 0; i < b.size(); ++i)
            points.append(QPointF(b.timeAt(i), b.valueAt(i)));
        lines[size_t(s)]->replace(points);
    }
    QCoreApplication::processEvents();
    view.repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype ticksAt = args.indexOf(QStringLiteral("--ticks"));
    const int ticks = ticksAt > 0 && ticksAt + 1 < args.size() ? args[ticksAt + 1].toInt() : 30;

    SeriesStore store(kPoints);
    qint64 next = 0;
    const auto appendTick = [&](qint64 n) {
        for (qint64 k = 0; k < n; ++k, ++next) {
            for (int s = 0; s < kSeries; ++s)
                store.append(SamplePoint { s, 1.7e12 + double(next) * kStepMs, valueAt(s, next) });
        }
    };
    for (int s = 0; s < kSeries; ++s)
        store.addSeries(SeriesInfo { s, QStringLiteral("bench"), QStringLiteral("SYM%1").arg(s),
                                     s % 2 ? QStringLiteral("/p") : QStringLiteral("/q") });
    appendTick(kPoints);

    ChartPanel panel(store);
    panel.resize(1200, 600);
    panel.setWindowMs(qint64(kWindowMs));
    for (int s = 0; s < kSeries; ++s)
        panel.setSeriesVisible(s, true);
    panel.show();
    QCoreApplication::processEvents();
    const std::vector<int> dirty { 0, 1, 2, 3 };
    panel.render(dirty);
    panel.repaint();

    QWidget *viewport = panel.findChild<QChartView *>()->viewport();
    std::vector<double> renderMs;
    std::vector<double> totalMs;
    for (int t = 0; t < ticks; ++t) {
        appendTick(kPerTick);
        QElapsedTimer timer;
        timer.start();
        panel.render(dirty);
        renderMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        // Deliver the chart's deferred item updates, then paint the chart's view synchronously
        // (the panel's own repaint() leaves the view's pending scene update for later).
        QCoreApplication::processEvents();
        viewport->repaint();
        totalMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("points per series=%lld retained=%lld shown per series=%d\n", (long long)kPoints,
                (long long)store.retainedSamples(), panel.pointCount(0));
    double naive = -1.0;
    if (!args.contains(QStringLiteral("--no-naive")))
        naive = naiveMs(store);
    std::printf(
        "result chart median_ms=%.2f render_median_ms=%.2f max_ms=%.2f naive_ms=%.1f ticks=%d\n",
        median(totalMs), median(renderMs), *std::max_element(totalMs.begin(), totalMs.end()), naive,
        ticks);
    return 0;
}
