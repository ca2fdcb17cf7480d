#pragma once

// Two IngestEngines in one process decoding the same flat tick frames (64 symbols, fields
// /p /b /a /v, as fb_loadgen's ticks), handed in as a replay hands them (ingestText: no
// sockets, so the figure is the decode side, where alert rules and derived series run). The
// reference engine gets nothing; the other one the load under test. Rounds alternate between
// the two (ABBA); each figure is the median round. Shared by fb_alertbench and
// fb_derivedbench. Header-only.
#include "benchstats.h"
#include "benchclock.h"
#include "session/ingestengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace EnginePair {
constexpr int kSymbols = 64;

inline long long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

using BenchStats::median;

// 64k distinct frames, cycled: every symbol, prices that move.
inline std::vector<QByteArray> tickPool(long long startMs)
{
    std::vector<QByteArray> pool;
    for (int i = 0; i < 65536; ++i) {
        char buf[200];
        const double price = 100.0 + (i % 977) * 0.01;
        std::snprintf(buf, sizeof buf,
                      R"({"s":"SYM%03d","t":%lld,"p":%.4f,"b":%.4f,"a":%.4f,"v":%d})", i % kSymbols,
                      startMs + i, price, price - 0.01, price + 0.01, 100 + i % 50);
        pool.emplace_back(buf);
    }
    return pool;
}

// The feed "bench": key /s, time /t, fields /p /b /a /v.
inline FeedSpec tickFeed()
{
    QString error;
    const auto decode = DecodeConfig::fromJson(
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/s") },
                      { QStringLiteral("time"), QStringLiteral("/t") },
                      { QStringLiteral("fields"),
                        QJsonArray { QStringLiteral("/p"), QStringLiteral("/b"),
                                     QStringLiteral("/a"), QStringLiteral("/v") } } },
        &error);
    FeedSpec spec;
    spec.name = QStringLiteral("bench");
    spec.decode = decode.value_or(DecodeConfig());
    return spec;
}

// --frames N (per round) and --rounds N, next to the caller's own options, then processed.
struct Args
{
    long long frames = 1000000;
    int rounds = 5;
};
inline Args parseArgs(QCommandLineParser &parser, const QCoreApplication &app)
{
    parser.addHelpOption();
    const QCommandLineOption framesOpt(QStringLiteral("frames"), QStringLiteral("frames per round"),
                                       QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"),
                                       QStringLiteral("rounds per configuration"),
                                       QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({ framesOpt, roundsOpt });
    parser.process(app);
    return Args { std::max(1000LL, parser.value(framesOpt).toLongLong()),
                  std::max(1, parser.value(roundsOpt).toInt()) };
}

struct Result
{
    double referenceRate = 0.0; // median msg/s
    double loadedRate = 0.0;
    double referenceCpuNs = 0.0; // median CPU ns per message, both threads
    double loadedCpuNs = 0.0;
    // The least disturbed round of each (fastest, least CPU): on a shared machine other jobs
    // only ever add time, and bursts of them can move a median.
    double referenceBestRate = 0.0;
    double loadedBestRate = 0.0;
    double referenceBestCpuNs = 0.0;
    double loadedBestCpuNs = 0.0;
    long long rssFirstKb = -1; // after the first loaded round
    long long rssLastKb = -1;
};

// The pool's frames start {"s":"SYM000","t":<13 digits>: the time can be rewritten in place.
constexpr int kTimeOffset = 18;
constexpr int kTimeDigits = 13;
inline void setTime(QByteArray &frame, long long timeMs)
{
    char *digit = frame.data() + kTimeOffset + kTimeDigits;
    for (int i = 0; i < kTimeDigits; ++i, timeMs /= 10)
        *--digit = char('0' + timeMs % 10);
}

// Runs `rounds` ABBA rounds of `frames` frames on each engine (after one warm-up each). The
// pool's data times repeat every 64k frames (a time going back, which a state keeping
// windows of data time may take as its cheapest case); with `monotonicTimes` every frame
// handed in gets the next millisecond instead (both engines, the same rewrite per frame).
inline Result run(IngestEngine &reference, IngestEngine &loaded, long long frames, int rounds,
                  bool monotonicTimes = false)
{
    const long long startMs = BenchClock::epochUs() / 1000;
    std::vector<QByteArray> pool = tickPool(startMs);
    long long dataMs = startMs;
    for (IngestEngine *engine : { &reference, &loaded })
        engine->setFlushIntervalMs(1000000); // batches by size, as under load
    long long receiveUs = startMs * 1000;
    // Wall-clock rate and CPU per message (both threads), per round: on a shared machine the
    // CPU figure is the steadier of the two.
    std::vector<double> cpuReference, cpuLoaded, reference_, loaded_;
    const auto round = [&](IngestEngine &engine, std::vector<double> *cpuNs = nullptr) {
        const double cpuBefore = BenchClock::cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        for (long long i = 0; i < frames; ++i) {
            QByteArray &frame = pool[size_t(i) % pool.size()];
            if (monotonicTimes)
                setTime(frame, ++dataMs);
            engine.ingestText(0, frame, ++receiveUs);
        }
        (void)engine.stats(); // waits for the decode stage
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        if (cpuNs)
            cpuNs->push_back((BenchClock::cpuSeconds() - cpuBefore) * 1e9 / double(frames));
        QCoreApplication::processEvents(); // the sealed batches' queued emits
        return double(frames) / seconds;
    };
    round(reference); // warm-up: series registered, buffers grown
    round(loaded);
    Result result;
    for (int r = 0; r < rounds; ++r) {
        // ABBA: which engine runs first alternates, so neither gains from going first.
        if (r % 2 == 0) {
            reference_.push_back(round(reference, &cpuReference));
            loaded_.push_back(round(loaded, &cpuLoaded));
        } else {
            loaded_.push_back(round(loaded, &cpuLoaded));
            reference_.push_back(round(reference, &cpuReference));
        }
        if (r == 0)
            result.rssFirstKb = rssKb();
    }
    result.rssLastKb = rssKb();
    result.referenceRate = median(reference_);
    result.loadedRate = median(loaded_);
    result.referenceCpuNs = median(cpuReference);
    result.loadedCpuNs = median(cpuLoaded);
    result.referenceBestRate = *std::max_element(reference_.begin(), reference_.end());
    result.loadedBestRate = *std::max_element(loaded_.begin(), loaded_.end());
    result.referenceBestCpuNs = *std::min_element(cpuReference.begin(), cpuReference.end());
    result.loadedBestCpuNs = *std::min_element(cpuLoaded.begin(), cpuLoaded.end());
    return result;
}
} // namespace EnginePair
