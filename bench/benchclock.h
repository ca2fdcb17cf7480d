#pragma once

#include <chrono>
#include <cstdio>

// Shared by the benchmark executables so every client reports the same way.
namespace BenchClock {
inline long long epochUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// The one result line scripts/bench.sh parses.
inline void printResult(const char *who, long long frames, long long expected, double seconds)
{
    std::printf("result client=%s frames=%lld expected=%lld complete=%d seconds=%.4f rate=%.0f\n",
                who, frames, expected, frames == expected ? 1 : 0, seconds,
                seconds > 0 ? double(frames) / seconds : 0.0);
    std::fflush(stdout);
}
} // namespace BenchClock
