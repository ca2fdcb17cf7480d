#pragma once

#include <QtGlobal>

// Keeps a file that is written once and read rarely (a capture) from filling the page cache.
// Every kWindowBytes written, it starts the kernel's writeback of that stretch and, once the
// stretch before it is on disk, drops it from the cache (sync_file_range + POSIX_FADV_DONTNEED;
// rsync's --drop-cache and dd's oflag=nocache do the same).
//
// Why: a capture at a million frames a second writes a gigabyte every few seconds. Left in the
// cache, it evicts what the rest of the machine had cached, and every new cache page costs the
// kernel a fresh page: on a VM with free page reporting (a balloon) that is a fault at the
// host per page, which we measured at ten times the cost of the write itself (217 vs 2306
// MB/s, bench/RESULTS.md). Linux only; elsewhere it does nothing.
//
// The hints are advisory: a failed call turns the trimmer off, and write errors are reported
// by write() as before. Not thread-safe: the thread that writes the file calls it.
class PageCacheTrimmer final
{
public:
    static constexpr qint64 kWindowBytes = qint64(8) << 20;

    // `fd`: the open file; `offset`: where the next write goes (its size so far).
    PageCacheTrimmer(int fd, qint64 offset);

    // Call after the bytes up to file offset `end` are written.
    void written(qint64 end)
    {
        if (end - m_windowStart >= kWindowBytes)
            closeWindow(end);
    }

    // Bytes dropped from the cache so far (tests, stats).
    qint64 bytesReleased() const { return m_released; }
    bool isActive() const { return m_fd >= 0; }

private:
    void closeWindow(qint64 end);

    int m_fd;
    qint64 m_windowStart; // the window being written
    qint64 m_previousStart = -1; // the window whose writeback was started, -1: none
    qint64 m_released = 0;
};
