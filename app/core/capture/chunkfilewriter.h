#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// Appends chunks of complete lines to an open file on a thread of its own, so the thread that
// produces them (the engine's, decoding every frame) never waits in write(): at a million
// frames a second the kernel's copy into the page cache alone is a fifth of a core.
//
// Each chunk must end at a line end. After a write error the file is cut back to the last
// complete line written, closed, and every later chunk is dropped; the error names the file.
// A disk slower than the feed fills the queue up to kMaxQueuedBytes, then submit() blocks:
// the feed slows down (TCP pushes back on the server) instead of memory growing or frames
// being lost. Not a QObject: it only moves bytes, and reports through its accessors.
class ChunkFileWriter final
{
public:
    static constexpr qint64 kMaxQueuedBytes = 64 * 1024 * 1024;

    // Takes the opened file; `alreadyWritten` is its size so far (bytes before the first chunk).
    ChunkFileWriter(std::unique_ptr<QFile> file, qint64 alreadyWritten);
    ~ChunkFileWriter(); // writes what is queued, then closes the file
    ChunkFileWriter(const ChunkFileWriter &) = delete;
    ChunkFileWriter &operator=(const ChunkFileWriter &) = delete;

    // Queues `chunk` and hands back an empty buffer in its place (with capacity, from a chunk
    // already written), so a steady producer allocates nothing.
    void submit(QByteArray &chunk);
    // Returns once everything submitted is on disk, or the writer has failed.
    void drain();

    bool hasFailed() const { return m_failed.load(std::memory_order_acquire); }
    QString errorString() const;
    qint64 bytesWritten() const { return m_written.load(std::memory_order_relaxed); }
    qint64 queuedBytes() const { return m_queuedBytes.load(std::memory_order_relaxed); }

private:
    void run();
    void writeChunk(const QByteArray &chunk);

    std::unique_ptr<QFile> m_file; // used by the writing thread only, after construction
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;    // to the writing thread: a chunk, or stop
    std::condition_variable m_progress; // to producers: the queue shrank, or all is written
    std::deque<QByteArray> m_queue;
    std::vector<QByteArray> m_spare; // written chunks, kept for their capacity
    QString m_error;
    bool m_stop = false;
    bool m_busy = false; // the thread holds a chunk outside the queue
    std::atomic<bool> m_failed{false};
    std::atomic<qint64> m_written{0};
    std::atomic<qint64> m_queuedBytes{0};
    std::thread m_thread; // last: starts after every member above exists
};
