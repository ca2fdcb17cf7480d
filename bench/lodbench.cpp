// fb_lodbench: charts over a whole long run (issue 13, item 5). Generates 8 series at 1 kHz
// for 24 hours of data time (691 M samples) into the GUI's SeriesStore (a 100,000-sample
// buffer per series plus its min/max envelope), and the capture such a run records (with
// its time -> offset index), then measures:
//  - memory: the envelopes' bytes and the process's resident memory growth;
//  - the "all" window (24 h) redrawn at 1200x600: render() of every line plus a synchronous
//    paint, median of 21; reference, in the same run: the live 60 s window of the same chart;
//  - a zoom into one minute long gone from the buffers: reading the raw samples of all 8
//    series back from the capture (one pass, seeking with the index) plus the redraw, median
//    over minutes spread across the day;
//  - the same zooms as the window makes them, read on a worker thread (ReadbackQueue): how
//    long the zoom keeps the GUI thread busy (envelope drawn), and how long until the raw
//    samples are on screen.
//
//   QT_QPA_PLATFORM=offscreen fb_lodbench [--hours 24] [--capture-hours H] [--dir DIR]
// --capture-hours writes the capture for the last H hours only (default: all of them; the
// index makes the read cost independent of the file's size).
#include "benchstats.h"
#include "chartpanel.h"

#include "capture/captureindex.h"
#include "capture/capturereadback.h"
#include "capture/capturewriter.h"
#include "capture/readbackqueue.h"
#include "store/seriesstore.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {
constexpr int kSeries = 8;
constexpr double kStartMs = 1795687200000.0; // 2026-11-26T10:00:00Z

double valueAt(int series, qint64 i)
{
    // A slow wave, a faster one and a saw tooth: detail at every zoom level.
    return 100.0 * (series + 1) + 20.0 * std::sin(double(i) * 2e-6 * (series + 1))
        + 3.0 * std::sin(double(i) * 1e-3) + double(i % 97) * 0.01;
}

using BenchStats::median;

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0.0;
    const QList<QByteArray> parts = statm.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toDouble() * 4096.0 / 1048576.0 : 0.0;
}

QString argValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

// One frame of the capture: {"T":ms,"a0":v,...,"a7":v}, shortest round-trip numbers.
void appendFrame(QByteArray &out, qint64 timeMs, const double *values)
{
    char digits[32];
    out.append(R"({"T":)");
    auto r = std::to_chars(digits, digits + sizeof digits, timeMs);
    out.append(digits, r.ptr - digits);
    for (int s = 0; s < kSeries; ++s) {
        out.append(",\"a");
        out.append(char('0' + s));
        out.append("\":");
        r = std::to_chars(digits, digits + sizeof digits, values[s]);
        out.append(digits, r.ptr - digits);
    }
    out.append('}');
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const double hours = argValue(args, QStringLiteral("--hours"), QStringLiteral("24")).toDouble();
    const double captureHours = std::min(
        hours,
        argValue(args, QStringLiteral("--capture-hours"), QString::number(hours)).toDouble());
    QTemporaryDir tmp;
    const QString dir = argValue(args, QStringLiteral("--dir"), tmp.path());
    const qint64 samplesPerSeries = qint64(hours * 3600.0 * 1000.0);
    const qint64 captureFrom = samplesPerSeries - qint64(captureHours * 3600.0 * 1000.0);

    SeriesStore store(100000);
    for (int s = 0; s < kSeries; ++s) {
        SeriesInfo info;
        info.id = s;
        info.feed = QStringLiteral("sensors");
        info.field = QStringLiteral("/a%1").arg(s);
        store.addSeries(info);
    }
    const double rssBefore = residentMiB();
    const QString capturePath = QDir(dir).filePath(QStringLiteral("lod.capture.jsonl"));
    CaptureWriter capture;
    auto index = std::make_shared<CaptureIndex>();
    capture.setIndex(index);
    FeedSpec spec;
    spec.name = QStringLiteral("sensors");
    spec.url = QUrl(QStringLiteral("ws://127.0.0.1:1/sensors"));
    spec.decode.time = *JsonPointer::parse(QStringLiteral("/T"));
    QString error;
    if (!capture.open(capturePath, { spec }, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray frame;
    double values[kSeries];
    for (qint64 i = 0; i < samplesPerSeries; ++i) {
        const double t = kStartMs + double(i);
        for (int s = 0; s < kSeries; ++s) {
            values[s] = valueAt(s, i);
            store.append(SamplePoint { s, t, values[s] });
        }
        if (i >= captureFrom) {
            frame.clear();
            appendFrame(frame, qint64(t), values);
            capture.writeText(qint64(t) * 1000, spec.name, frame);
        }
    }
    if (!capture.close()) {
        std::fprintf(stderr, "capture: %s\n", qPrintable(capture.errorString()));
        return 1;
    }
    const double fillSeconds = timer.elapsed() / 1000.0;
    const double envelopeMiB = double(store.envelopeBytes()) / 1048576.0;
    const double rssGrowth = residentMiB() - rssBefore;
    std::printf("lod generate series=%d hours=%.2f samples=%lld fill_s=%.1f "
                "capture_hours=%.2f capture_mib=%.0f\n",
                kSeries, hours, (long long)(samplesPerSeries * kSeries), fillSeconds, captureHours,
                double(QFile(capturePath).size()) / 1048576.0);
    std::printf("lod memory envelopes_mib=%.1f buffers_mib=%.1f rss_growth_mib=%.1f "
                "floor_envelopes_mib=256\n",
                envelopeMiB, double(store.retainedSamples()) * 16.0 / 1048576.0, rssGrowth);

    ChartPanel panel(store);
    panel.resize(1200, 600);
    for (int s = 0; s < kSeries; ++s)
        panel.setSeriesVisible(s, true);
    panel.show();
    QCoreApplication::processEvents();
    std::vector<int> ids;
    for (int s = 0; s < kSeries; ++s)
        ids.push_back(s);
    // Delivers the chart's deferred item updates, then paints the chart's view at once:
    // ChartPanel::repaint() alone leaves the view's pending scene update for later.
    QWidget *viewport = panel.findChild<QChartView *>()->viewport();
    const auto paintNow = [&] {
        QCoreApplication::processEvents();
        viewport->repaint();
    };
    const auto redrawMs = [&](qint64 windowMs) {
        panel.setWindowMs(windowMs);
        panel.render(ids);
        QCoreApplication::processEvents();
        std::vector<double> times;
        for (int n = 0; n < 21; ++n) {
            QElapsedTimer t;
            t.start();
            panel.render(ids); // every line dirty, as when new samples arrived for all
            paintNow();
            times.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        return median(times);
    };
    const double liveMs = redrawMs(60000);
    const double allMs = redrawMs(0);
    int shown = 0;
    for (int s = 0; s < kSeries; ++s)
        shown += int(panel.shownPoints(s).size());
    std::printf("lod redraw all_window_ms=%.2f live_60s_window_ms=%.2f ratio=%.2f points_shown=%d "
                "floor_all_ms=16\n",
                allMs, liveMs, allMs / liveMs, shown);

    // Zooms into one minute at places spread over the captured part of the day.
    CaptureReadback::FeedSamples cached;
    double cachedFrom = -1.0;
    std::vector<double> readTimes;
    panel.setRawSource([&](int id, double fromMs, double toMs, QList<QPointF> &out) {
        if (fromMs != cachedFrom) {
            cached.clear();
            CaptureReadback::Request request;
            request.path = capturePath;
            request.feed = spec.name;
            request.fromMs = fromMs;
            request.toMs = toMs;
            QElapsedTimer readTimer;
            readTimer.start();
            if (!CaptureReadback::readFeed(request, *index, cached, &error))
                return false;
            readTimes.push_back(double(readTimer.nsecsElapsed()) / 1e6);
            cachedFrom = fromMs;
        }
        out += cached.value(CaptureReadback::seriesName(QString(), store.info(id).field));
        return true;
    });
    QChart *chart = panel.findChild<QChartView *>()->chart();
    std::vector<double> zoomTimes;
    int rawPoints = 0;
    const double capturedFromMs = kStartMs + double(captureFrom);
    const double capturedSpanMs = double(samplesPerSeries - captureFrom) - 200'000.0;
    // What a rubber band over the minute from `from` does, seen from the "all" window: the
    // chart zooms into its rectangle.
    const auto rubberBandOver = [&](double from) {
        panel.setWindowMs(0);
        panel.render(ids);
        const QRectF plot = chart->plotArea();
        const double allFrom = chart->mapToValue(plot.topLeft()).x();
        const double allTo = chart->mapToValue(plot.topRight()).x();
        const double x0 = plot.left() + plot.width() * (from - allFrom) / (allTo - allFrom);
        const double w = plot.width() * 60000.0 / (allTo - allFrom);
        return QRectF(x0, plot.top(), std::max(w, 0.01), plot.height());
    };
    for (int z = 1; z <= 5; ++z) {
        const QRectF band = rubberBandOver(capturedFromMs + capturedSpanMs * z / 6.0);
        QElapsedTimer t;
        t.start();
        chart->zoomIn(band);
        panel.render(ids);
        paintNow();
        zoomTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        rawPoints = int(panel.shownPoints(0).size());
        panel.resetZoom();
        panel.setPaused(false);
    }
    std::printf("lod zoom one_minute_ms=%.1f read_back_ms=%.1f raw_reads=%d points_line0=%d "
                "floor_zoom_ms=200\n",
                median(zoomTimes), median(readTimes), panel.rawReads(), rawPoints);

    // The same zooms as the window makes them: the capture is read on a worker thread
    // (ReadbackQueue). The GUI thread draws the envelope at once (gui_ms: what the zoom keeps
    // the window busy) and redraws with the raw samples once they are read (raw_ms: from the
    // zoom to the raw samples on screen).
    ReadbackQueue queue;
    panel.setRawSource([&](int id, double fromMs, double toMs, QList<QPointF> &out) {
        CaptureReadback::Request request;
        request.path = capturePath;
        request.feed = spec.name;
        request.field = store.info(id).field;
        request.fromMs = fromMs;
        request.toMs = toMs;
        return queue.samples(request, index, out) == ReadbackQueue::Answer::Ready;
    });
    QObject::connect(&queue, &ReadbackQueue::finished, &panel, &ChartPanel::rawSamplesArrived);
    std::vector<double> guiTimes;
    std::vector<double> rawTimes;
    for (int z = 1; z <= 5; ++z) {
        const QRectF band = rubberBandOver(capturedFromMs + capturedSpanMs * (z + 0.5) / 6.5);
        bool read = false; // connected first: paintNow() may deliver a fast read's end
        const QMetaObject::Connection done
            = QObject::connect(&queue, &ReadbackQueue::finished, &panel, [&] { read = true; });
        QElapsedTimer t;
        t.start();
        chart->zoomIn(band);
        panel.render(ids);
        paintNow();
        guiTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        while (!read && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QObject::disconnect(done);
        paintNow();
        rawTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!read)
            std::fprintf(stderr, "fb_lodbench: a background read did not finish\n");
        rawPoints = int(panel.shownPoints(0).size());
        panel.resetZoom();
        panel.setPaused(false);
    }
    std::printf("lod zoom_background gui_ms=%.1f raw_ms=%.1f points_line0=%d\n", median(guiTimes),
                median(rawTimes), rawPoints);
    QFile::remove(capturePath);
    return 0;
}
