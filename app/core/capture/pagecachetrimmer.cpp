#include "capture/pagecachetrimmer.h"

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

PageCacheTrimmer::PageCacheTrimmer(int fd, qint64 offset)
#ifdef Q_OS_LINUX
    : m_fd(fd)
#else
    : m_fd(-1)
#endif
    , m_windowStart(offset)
{ }

void PageCacheTrimmer::closeWindow(qint64 end)
{
    if (m_fd < 0) {
        m_windowStart = end;
        return;
    }
#ifdef Q_OS_LINUX
    // Start writing the window just filled, without waiting for it.
    bool ok
        = ::sync_file_range(m_fd, m_windowStart, end - m_windowStart, SYNC_FILE_RANGE_WRITE) == 0;
    if (ok && m_previousStart >= 0) {
        // The window before it has had a whole window's time to reach the disk: wait for the
        // rest (only clean pages can be dropped), then drop it. This wait is also what keeps a
        // disk slower than the feed from piling up dirty pages: the writer's queue fills and
        // the feed slows, as it does on a write error.
        const qint64 length = m_windowStart - m_previousStart;
        ok = ::sync_file_range(m_fd, m_previousStart, length,
                               SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE
                                   | SYNC_FILE_RANGE_WAIT_AFTER)
                == 0
            && ::posix_fadvise(m_fd, m_previousStart, length, POSIX_FADV_DONTNEED) == 0;
        if (ok)
            m_released += length;
    }
    if (!ok)
        m_fd = -1; // a file system without these calls: write as before
#endif
    m_previousStart = m_windowStart;
    m_windowStart = end;
}
