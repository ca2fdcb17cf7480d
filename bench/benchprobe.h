#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

class DashboardData;
class MainWindow;
class QWidget;

// Measurement hook for bench/guibench.py, attached to the shipped GUI composition by
// fb_gui (guibench_main.cpp), never to the feedboard binary: writes "bench first_paint" to stderr
// when the window first paints, and at exit one line with the event-loop latency (lateness of a 10
// ms timer), chart repaints per second, and the latency from a sample's time (the load generator's
// send time) to the chart repaint that first shows it. GUI thread; owned by the main window.
class BenchProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchProbe)

public:
    explicit BenchProbe(MainWindow *window);
    ~BenchProbe() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLoopTick();
    void onChartPainted();
    void report() const;

    MainWindow *m_window;
    QWidget *m_chartViewport = nullptr;
    QTimer m_loopTimer;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceTick;
    std::vector<double> m_loopLatencyMs;
    std::vector<double> m_paintLatencyMs;
    double m_lastShownSampleMs = 0.0;
    qint64 m_firstChartPaintNs = -1;
    qint64 m_lastChartPaintNs = -1;
    int m_chartPaints = 0;
    const DashboardData *m_data = nullptr;
    quint64 m_frames = 0; // received by all feeds, as of the last loop tick
    quint64 m_decoded = 0;
    bool m_firstPaintSeen = false;

    // FEEDBOARD_BENCH_TRACE=1: every event delivered on the GUI thread is noted, and a late
    // loop tick (> 25 ms) prints the longest gaps between them, named by the event before.
    struct TracedEvent
    {
        qint64 ns;
        const char *receiver;
        const char *parent;
        const char *grandparent;
        int type;
    };
    void traceSlowTick(qint64 fromNs, qint64 toNs, double lateMs);
    bool m_trace = false;
    std::vector<TracedEvent> m_events;
    size_t m_eventsNext = 0;
    qint64 m_lastTickNs = 0;
};
