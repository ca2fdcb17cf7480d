#include "capture/chunkfilewriter.h"

#include <utility>

namespace {
constexpr size_t kMaxSpareChunks = 4;
}

ChunkFileWriter::ChunkFileWriter(std::unique_ptr<QFile> file, qint64 alreadyWritten)
    : m_file(std::move(file))
    , m_written(alreadyWritten)
    , m_thread([this] { run(); })
{
}

ChunkFileWriter::~ChunkFileWriter()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    if (m_file->isOpen())
        m_file->close();
}

QString ChunkFileWriter::errorString() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

void ChunkFileWriter::submit(QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    std::unique_lock<std::mutex> lock(m_mutex);
    m_progress.wait(lock, [this] {
        return m_queuedBytes.load(std::memory_order_relaxed) < kMaxQueuedBytes || m_failed.load();
    });
    m_queuedBytes.fetch_add(chunk.size(), std::memory_order_relaxed);
    m_queue.push_back(std::move(chunk));
    chunk = QByteArray(); // a moved-from QByteArray is only valid to assign to
    if (!m_spare.empty()) {
        chunk = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    m_wake.notify_one();
}

void ChunkFileWriter::drain()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_progress.wait(lock, [this] { return (m_queue.empty() && !m_busy) || m_failed.load(); });
}

void ChunkFileWriter::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, and everything is written
        QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        const qint64 size = chunk.size();
        if (!m_failed.load(std::memory_order_relaxed))
            writeChunk(chunk);
        chunk.resize(0); // keeps the capacity for the producer's next chunk
        lock.lock();
        m_busy = false;
        m_queuedBytes.fetch_sub(size, std::memory_order_relaxed);
        if (m_spare.size() < kMaxSpareChunks)
            m_spare.push_back(std::move(chunk));
        m_progress.notify_all();
    }
}

void ChunkFileWriter::writeChunk(const QByteArray &chunk)
{
    const char *data = chunk.constData();
    qint64 left = chunk.size();
    while (left > 0) {
        const qint64 n = m_file->write(data, left);
        if (n <= 0) {
            // Cut the file back to the last complete line of this chunk, so a partial write
            // on a full disk leaves no torn line behind.
            const qint64 writtenHere = data - chunk.constData();
            const qint64 lastNewline = writtenHere > 0 ? chunk.lastIndexOf('\n', writtenHere - 1) : -1;
            const qint64 keep = m_written.load(std::memory_order_relaxed) - writtenHere + (lastNewline + 1);
            const QString reason = QStringLiteral("capture %1 stopped: %2 (%3 bytes kept)")
                                       .arg(m_file->fileName(), m_file->errorString())
                                       .arg(keep);
            m_file->resize(keep);
            m_file->close();
            m_written.store(keep, std::memory_order_relaxed);
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_error = reason;
            }
            m_failed.store(true, std::memory_order_release);
            return;
        }
        data += n;
        left -= n;
        m_written.fetch_add(n, std::memory_order_relaxed);
    }
}
