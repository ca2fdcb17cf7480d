#include "benchprobe.h"

#include "benchstats.h"
#include "chartpanel.h"
#include "mainwindow.h"
#include "store/dashboarddata.h"
#include "store/seriesstore.h"

#include <QApplication>
#include <QDateTime>
#include <QGraphicsView>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {
constexpr int kLoopProbeMs = 10;

using BenchStats::percentile;

double nowEpochMs()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count())
        / 1000.0;
}
} // namespace

BenchProbe::BenchProbe(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_sinceStart.start();
    m_data = window->findChild<DashboardData *>();
    m_trace = qEnvironmentVariableIntValue("FEEDBOARD_BENCH_TRACE") != 0;
    if (m_trace)
        m_events.resize(1 << 16);
    // The first paint of any widget of the window is the first painted frame.
    qApp->installEventFilter(this);
    if (auto *view = window->chartPanel()->findChild<QGraphicsView *>()) {
        m_chartViewport = view->viewport();
        m_chartViewport->installEventFilter(this);
    }
    m_loopTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_loopTimer, &QTimer::timeout, this, &BenchProbe::onLoopTick);
    m_loopTimer.start(kLoopProbeMs);
    m_sinceTick.start();
}

BenchProbe::~BenchProbe()
{
    report();
}

bool BenchProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_trace && QThread::currentThread() == thread()) {
        m_events[m_eventsNext++ & (m_events.size() - 1)]
            = { m_sinceStart.nsecsElapsed(), watched->metaObject()->className(),
                watched->parent() ? watched->parent()->metaObject()->className() : "-",
                watched->parent() && watched->parent()->parent()
                    ? watched->parent()->parent()->metaObject()->className()
                    : "-",
                int(event->type()) };
    }
    if (event->type() != QEvent::Paint)
        return false;
    if (!m_firstPaintSeen && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_firstPaintSeen = true;
        if (!m_trace)
            qApp->removeEventFilter(this);
        std::fprintf(stderr, "bench first_paint probe_ms=%.1f\n",
                     double(m_sinceStart.nsecsElapsed()) / 1e6);
        std::fflush(stderr);
    }
    if (watched == m_chartViewport) {
        // Measured once the paint (and whatever else is already queued) is done: the latency
        // ends when the pixels are drawn, if anything a little late.
        QMetaObject::invokeMethod(this, &BenchProbe::onChartPainted, Qt::QueuedConnection);
    }
    return false;
}

void BenchProbe::onLoopTick()
{
    // How late the timer fired: the time the event loop was busy elsewhere.
    const double elapsedMs = double(m_sinceTick.nsecsElapsed()) / 1e6;
    m_sinceTick.start();
    // What the window's feeds received and decoded, kept for the report (by then the window's
    // data is gone): the script compares it with what the generator sent, so "no frame lost"
    // is measured, not assumed.
    if (m_data) {
        m_frames = 0;
        m_decoded = 0;
        for (const FeedStats &stats : m_data->feedStats()) {
            m_frames += stats.frames;
            m_decoded += stats.decoded;
        }
    }
    if (m_chartViewport && !m_chartViewport->isVisible()) {
        // The layout shows other kinds of cards (guibench --panels): watch the first chart
        // view that is shown, the candles of its second card.
        for (QGraphicsView *view : m_window->findChildren<QGraphicsView *>()) {
            if (view->isVisible()) {
                m_chartViewport->removeEventFilter(this);
                m_chartViewport = view->viewport();
                m_chartViewport->installEventFilter(this);
                break;
            }
        }
    }
    m_loopLatencyMs.push_back(std::max(0.0, elapsedMs - kLoopProbeMs));
    const qint64 now = m_sinceStart.nsecsElapsed();
    if (m_trace && elapsedMs - kLoopProbeMs > 25.0)
        traceSlowTick(m_lastTickNs, now, elapsedMs - kLoopProbeMs);
    m_lastTickNs = now;
}

void BenchProbe::traceSlowTick(qint64 fromNs, qint64 toNs, double lateMs)
{
    struct Gap
    {
        double ms;
        const TracedEvent *before;
    };
    std::vector<Gap> gaps;
    const size_t n = std::min(m_eventsNext, m_events.size());
    const TracedEvent *previous = nullptr;
    int count = 0;
    for (size_t i = m_eventsNext - n; i < m_eventsNext; ++i) {
        const TracedEvent &e = m_events[i & (m_events.size() - 1)];
        if (e.ns < fromNs)
            continue;
        ++count;
        if (previous)
            gaps.push_back({ double(e.ns - previous->ns) / 1e6, previous });
        previous = &e;
    }
    if (previous)
        gaps.push_back({ double(toNs - previous->ns) / 1e6, previous });
    std::sort(gaps.begin(), gaps.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
    std::fprintf(stderr, "trace late=%.1fms events=%d:", lateMs, count);
    for (size_t i = 0; i < std::min<size_t>(5, gaps.size()); ++i) {
        std::fprintf(stderr, " [%.1fms after %s<%s<%s/%d]", gaps[i].ms, gaps[i].before->receiver,
                     gaps[i].before->parent, gaps[i].before->grandparent, gaps[i].before->type);
    }
    std::fprintf(stderr, "\n");
}

void BenchProbe::onChartPainted()
{
    const SeriesStore &store = m_window->seriesStore();
    double newest = 0.0;
    for (int id : store.seriesIds()) {
        const SeriesBuffer &buffer = store.buffer(id);
        if (!buffer.isEmpty())
            newest = std::max(newest, buffer.lastTime());
    }
    if (newest <= m_lastShownSampleMs)
        return; // a repaint without new data (resize, hover): not a chart update
    m_lastShownSampleMs = newest;
    const qint64 now = m_sinceStart.nsecsElapsed();
    if (m_firstChartPaintNs < 0)
        m_firstChartPaintNs = now;
    m_lastChartPaintNs = now;
    ++m_chartPaints;
    m_paintLatencyMs.push_back(nowEpochMs() - newest);
}

void BenchProbe::report() const
{
    const double spanS = double(m_lastChartPaintNs - m_firstChartPaintNs) / 1e9;
    std::fprintf(stderr,
                 "bench gui seconds=%.1f loop_p50_ms=%.2f loop_p99_ms=%.2f loop_max_ms=%.2f "
                 "chart_updates=%d chart_updates_per_s=%.1f r2p_p50_ms=%.1f r2p_p99_ms=%.1f "
                 "frames=%llu decoded=%llu\n",
                 double(m_sinceStart.nsecsElapsed()) / 1e9, percentile(m_loopLatencyMs, 0.5),
                 percentile(m_loopLatencyMs, 0.99), percentile(m_loopLatencyMs, 1.0), m_chartPaints,
                 spanS > 0 ? double(m_chartPaints - 1) / spanS : 0.0,
                 percentile(m_paintLatencyMs, 0.5), percentile(m_paintLatencyMs, 0.99),
                 (unsigned long long)m_frames, (unsigned long long)m_decoded);
    std::fflush(stderr);
}
