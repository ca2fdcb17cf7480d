#include "capture/chunkfilewriter.h"

#include <utility>

ChunkFileWriter::ChunkFileWriter(std::unique_ptr<QFile> file, qint64 alreadyWritten, bool zstd)
    : m_file(std::move(file))
    , m_trimmer(m_file->handle(), alreadyWritten)
    , m_zstd(zstd ? std::make_unique<Zstd::Compressor>() : nullptr)
    , m_written(alreadyWritten)
    , m_queue([this](QByteArray &chunk) { write(chunk); }, kMaxQueuedChunks)
{ }

ChunkFileWriter::~ChunkFileWriter()
{
    m_queue.drain();
    if (m_zstd && !hasFailed()) { // the end of the last frame; readers do without it too
        QString reason;
        m_compressed.resize(0);
        if (m_zstd->finish(m_compressed, &reason))
            writeBytes(m_compressed, false);
    }
    if (m_file->isOpen())
        m_file->close();
}

QString ChunkFileWriter::errorString() const
{
    std::lock_guard<std::mutex> lock(m_errorMutex);
    return m_error;
}

void ChunkFileWriter::submit(QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    m_queuedBytes.fetch_add(chunk.size(), std::memory_order_relaxed);
    m_queue.submit(chunk);
}

void ChunkFileWriter::write(QByteArray &chunk)
{
    const qint64 size = chunk.size();
    if (!m_failed.load(std::memory_order_relaxed)) {
        if (!m_zstd) {
            writeBytes(chunk, true);
        } else {
            QString reason;
            m_compressed.resize(0);
            if (m_zstd->compress(chunk, m_compressed, &reason))
                writeBytes(m_compressed, false);
            else
                fail(QStringLiteral("capture %1 stopped: %2").arg(m_file->fileName(), reason),
                     m_written.load(std::memory_order_relaxed));
        }
    }
    m_queuedBytes.fetch_sub(size, std::memory_order_relaxed);
    chunk.resize(0); // keeps the capacity for the producer's next chunk
}

bool ChunkFileWriter::writeBytes(const QByteArray &bytes, bool lines)
{
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const qint64 n = m_file->write(data, left);
        if (n <= 0) {
            // Cut the file back to the last complete line (or zstd block) of this chunk, so a
            // partial write on a full disk leaves nothing torn behind.
            const qint64 writtenHere = data - bytes.constData();
            const qint64 lastNewline
                = lines && writtenHere > 0 ? bytes.lastIndexOf('\n', writtenHere - 1) : -1;
            const qint64 keep
                = m_written.load(std::memory_order_relaxed) - writtenHere + (lastNewline + 1);
            fail(QStringLiteral("capture %1 stopped: %2 (%3 bytes kept)")
                     .arg(m_file->fileName(), m_file->errorString())
                     .arg(keep),
                 keep);
            return false;
        }
        data += n;
        left -= n;
        m_written.fetch_add(n, std::memory_order_relaxed);
    }
    m_trimmer.written(m_written.load(std::memory_order_relaxed));
    return true;
}

void ChunkFileWriter::fail(const QString &reason, qint64 keep)
{
    m_file->resize(keep);
    m_file->close();
    m_written.store(keep, std::memory_order_relaxed);
    {
        std::lock_guard<std::mutex> lock(m_errorMutex);
        m_error = reason;
    }
    m_failed.store(true, std::memory_order_release);
}
