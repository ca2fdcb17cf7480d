// fb_capturebench: zstd captures (issue 17) against JSON Lines captures, in one process and one
// run. Demo-like ticks (six symbols, random-walk prices, ~120 B each) are generated once, then
//  1. size: the same ticks written with CaptureWriter as .jsonl and as .jsonl.zst;
//  2. ingest: IngestEngine (capture, decoding, batches) fed the ticks as fast as it takes them
//     with a plain capture and with a zstd capture, alternating, the median of --runs each.
// Prints one line per figure with the ratio; floors: size >= 8x smaller, ingest >= 0.8x.
//
//   fb_capturebench [--ticks N] [--runs R] [--dir DIR]
#include "benchstats.h"
#include "benchclock.h"
#include "capture/capturewriter.h"
#include "session/ingestengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {
struct Tick
{
    qint64 timeUs;
    QByteArray json;
};

std::vector<Tick> makeTicks(int count)
{
    const char *names[] = { "ACME", "GLOBX", "INITECH", "UMBRL", "HOOLI", "STARK" };
    double prices[] = { 182.40, 143.10, 121.75, 64.20, 310.05, 97.60 };
    std::mt19937_64 rng(17);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::uniform_int_distribution<int> pick(0, 5), lots(1, 40);
    std::vector<Tick> ticks;
    ticks.reserve(size_t(count));
    qint64 t = 1'795'687'200'000'000;
    for (int i = 0; i < count; ++i) {
        const int s = pick(rng);
        prices[s] *= std::exp(0.001 * gauss(rng));
        const double mid = std::round(prices[s] * 100.0) / 100.0;
        t += 2500; // 400 ticks a second, as the demo
        const QByteArray json = QByteArray(R"({"type":"tick","symbol":")") + names[s]
            + R"(","price":)" + QByteArray::number(mid, 'f', 2) + R"(,"bid":)"
            + QByteArray::number(mid - 0.01, 'f', 2) + R"(,"ask":)"
            + QByteArray::number(mid + 0.01, 'f', 2) + R"(,"volume":)"
            + QByteArray::number(lots(rng) * 100) + R"(,"ts":)" + QByteArray::number(t / 1000)
            + '}';
        ticks.push_back({ t, json });
    }
    return ticks;
}

FeedSpec tickSpec()
{
    FeedSpec spec;
    spec.name = QStringLiteral("ticks");
    spec.url = QUrl(QStringLiteral("ws://127.0.0.1:1/ticks"));
    QString error;
    spec.decode = *DecodeConfig::fromJson(
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/symbol") },
                      { QStringLiteral("time"), QStringLiteral("/ts") },
                      { QStringLiteral("fields"),
                        QJsonArray { QStringLiteral("/price"), QStringLiteral("/bid"),
                                     QStringLiteral("/ask"), QStringLiteral("/volume") } } },
        &error);
    return spec;
}

qint64 writeCapture(const QString &path, const std::vector<Tick> &ticks)
{
    CaptureWriter writer;
    if (!writer.open(path, { tickSpec() }, nullptr))
        return -1;
    for (const Tick &tick : ticks)
        writer.writeText(tick.timeUs, QStringLiteral("ticks"), tick.json);
    writer.close();
    return QFileInfo(path).size();
}

// Frames per second through IngestEngine with a capture to `path`, until the capture is on disk.
double ingestRate(const QString &path, const std::vector<Tick> &ticks)
{
    IngestEngine engine;
    engine.addReplayFeed(tickSpec());
    QString error;
    if (!engine.startCapture(path, &error)) {
        std::fprintf(stderr, "fb_capturebench: %s\n", qPrintable(error));
        return 0;
    }
    engine.start();
    QElapsedTimer clock;
    clock.start();
    size_t i = 0;
    while (i < ticks.size()) {
        // Slices, so the engine's timers (hand-over to disk, batches) run as in a live run.
        const size_t end = std::min(ticks.size(), i + 20000);
        for (; i < end; ++i)
            engine.ingestText(0, ticks[i].json, ticks[i].timeUs);
        QCoreApplication::processEvents();
    }
    engine.stop(); // decodes what is queued and closes the capture: all of it on disk
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QFile::remove(path);
    return double(ticks.size()) / seconds;
}

using BenchStats::median;
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ticksOpt(QStringLiteral("ticks"), QStringLiteral("ticks"),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("runs each"),
                                     QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("folder for the files"),
                                    QStringLiteral("DIR"), QDir::tempPath());
    parser.addOptions({ ticksOpt, runsOpt, dirOpt });
    parser.process(app);
    QTemporaryDir dir(parser.value(dirOpt) + QStringLiteral("/fb-capturebench-XXXXXX"));
    const std::vector<Tick> ticks = makeTicks(std::max(1000, parser.value(ticksOpt).toInt()));
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    const qint64 plainBytes = writeCapture(dir.filePath(QStringLiteral("s.capture.jsonl")), ticks);
    const qint64 zstdBytes
        = writeCapture(dir.filePath(QStringLiteral("s.capture.jsonl.zst")), ticks);
    std::printf("capture size, %zu ticks: jsonl=%lld B zstd=%lld B ratio=%.1fx smaller "
                "(floor 8x) %s\n",
                ticks.size(), plainBytes, zstdBytes, double(plainBytes) / double(zstdBytes),
                plainBytes >= 8 * zstdBytes ? "ok" : "BELOW");

    std::vector<double> plain, zstd;
    for (int r = 0; r < runs; ++r) {
        plain.push_back(ingestRate(dir.filePath(QStringLiteral("i.capture.jsonl")), ticks));
        zstd.push_back(ingestRate(dir.filePath(QStringLiteral("i.capture.jsonl.zst")), ticks));
    }
    const double p = median(plain), z = median(zstd);
    std::printf("ingest with capture, median of %d: plain=%.0f msg/s zstd=%.0f msg/s "
                "ratio=%.2f (floor 0.8) %s\n",
                runs, p, z, z / p, z >= 0.8 * p ? "ok" : "BELOW");
    return 0;
}
