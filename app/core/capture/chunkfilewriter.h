#pragma once

#include "capture/pagecachetrimmer.h"
#include "capture/zstdstream.h"
#include "util/backgroundqueue.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

// Appends chunks of complete lines to an open file on a thread of its own, so the thread that
// produces them (the engine's, which also reads every frame) never waits in write(): at a
// million frames a second the kernel's copy into the page cache alone is a fifth of a core.
//
// Each chunk must end at a line end. After a write error the file is cut back to the last
// complete line written, closed, and every later chunk is dropped; the error names the file.
// A disk slower than the feed fills the queue (kMaxQueuedChunks), then submit() waits: the
// feed slows down (TCP pushes back on the server) instead of memory growing or frames being
// lost.
//
// With zstd (a capture named *.zst) the disk thread also compresses: each chunk becomes a
// flushed zstd block, so the file decodes up to the last chunk written, and a failed write is
// cut back to the last whole block.
//
// What is written does not stay in the page cache (PageCacheTrimmer): a long capture would
// otherwise evict the rest of the machine's cache, and fresh cache pages are costly on VMs.
class ChunkFileWriter final
{
public:
    static constexpr size_t kMaxQueuedChunks = 64;

    // Takes the opened file; `alreadyWritten` is its size so far.
    ChunkFileWriter(std::unique_ptr<QFile> file, qint64 alreadyWritten, bool zstd = false);
    ~ChunkFileWriter(); // writes what is queued, then closes the file
    ChunkFileWriter(const ChunkFileWriter &) = delete;
    ChunkFileWriter &operator=(const ChunkFileWriter &) = delete;

    // Queues `chunk` and hands back an empty buffer in its place.
    void submit(QByteArray &chunk);
    // Returns once everything submitted is on disk, or dropped after a failure.
    void drain() { m_queue.drain(); }

    bool hasFailed() const { return m_failed.load(std::memory_order_acquire); }
    QString errorString() const;
    qint64 bytesWritten() const { return m_written.load(std::memory_order_relaxed); }
    qint64 queuedBytes() const { return m_queuedBytes.load(std::memory_order_relaxed); }
    // Bytes written and then dropped from the page cache; read it after drain().
    qint64 cacheBytesReleased() const { return m_trimmer.bytesReleased(); }

private:
    void write(QByteArray &chunk); // on the queue's thread
    // Writes `bytes`; on failure cuts the file back (to its last line end when `lines`, else
    // to where `bytes` began) and stops. False after a failure.
    bool writeBytes(const QByteArray &bytes, bool lines);
    void fail(const QString &reason, qint64 keep);

    std::unique_ptr<QFile> m_file; // used by the queue's thread only, after construction
    PageCacheTrimmer m_trimmer; // the queue's thread, like m_file
    std::unique_ptr<Zstd::Compressor> m_zstd; // the queue's thread; null for plain files
    QByteArray m_compressed; // reused for every chunk
    mutable std::mutex m_errorMutex;
    QString m_error;
    std::atomic<bool> m_failed { false };
    std::atomic<qint64> m_written { 0 };
    std::atomic<qint64> m_queuedBytes { 0 };
    BackgroundQueue<QByteArray> m_queue; // last: its thread stops before the members above go
};
