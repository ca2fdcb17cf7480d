#pragma once

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

// Shared by the benchmark executables so every client reports the same way.
namespace BenchClock {
inline long long epochUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// CPU seconds (user + system) this process used so far: a figure that other processes on
// a shared machine disturb far less than wall-clock rates.
inline double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The one result line scripts/bench.sh parses.
inline void printResult(const char *who, long long frames, long long expected, double seconds)
{
    std::printf("result client=%s frames=%lld expected=%lld complete=%d seconds=%.4f rate=%.0f "
                "cpu_ns_per_msg=%.0f\n",
                who, frames, expected, frames == expected ? 1 : 0, seconds,
                seconds > 0 ? double(frames) / seconds : 0.0,
                frames > 0 ? cpuSeconds() * 1e9 / double(frames) : 0.0);
    std::fflush(stdout);
}
} // namespace BenchClock
