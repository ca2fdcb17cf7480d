#include "capture/captureinput.h"

#include <QStringList>

#include <algorithm>

namespace {
constexpr qint64 kReadBytes = 256 * 1024;
constexpr qint64 kSeekStepBytes = 16 * 1024;
} // namespace

CaptureInput::CaptureInput() = default;
CaptureInput::~CaptureInput() = default;

bool CaptureInput::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_compressed = Zstd::hasMagic(m_file.peek(4));
    if (m_compressed)
        m_zstd = std::make_unique<Zstd::Decompressor>();
    return true;
}

void CaptureInput::close()
{
    m_file.close();
    m_zstd.reset();
    m_input.clear();
    m_decoded.clear();
    m_inputPos = 0;
    m_problems.clear();
    m_compressed = false;
}

QStringList CaptureInput::takeProblems()
{
    QStringList problems;
    problems.swap(m_problems);
    return problems;
}

qint64 CaptureInput::filePosition() const
{
    return m_file.pos() - (m_input.size() - m_inputPos);
}

QByteArray CaptureInput::read(qint64 max)
{
    if (!m_decoded.isEmpty()) {
        QByteArray out;
        out.swap(m_decoded);
        return out;
    }
    return m_compressed ? readCompressed(max) : m_file.read(max);
}

void CaptureInput::readInto(QByteArray &buffer, qint64 max)
{
    if (m_compressed || !m_decoded.isEmpty()) {
        buffer = read(max);
        return;
    }
    buffer.resize(max); // within its capacity after the first chunk: no new pages
    const qint64 got = m_file.read(buffer.data(), max);
    buffer.resize(std::max<qint64>(0, got));
}

QByteArray CaptureInput::readCompressed(qint64 max)
{
    QByteArray out;
    while (out.size() < max) {
        if (m_inputPos >= m_input.size()) {
            m_input = m_file.read(kReadBytes);
            m_inputPos = 0;
            if (m_input.isEmpty())
                break; // the end; a torn last block simply yields nothing more
        }
        QString reason;
        const qint64 at = filePosition();
        if (!m_zstd->decompress(m_input, &m_inputPos, out, &reason, max)) {
            m_problems << QStringLiteral("at byte %1: %2").arg(at).arg(reason);
            if (!resync())
                break;
        }
    }
    return out;
}

bool CaptureInput::resync()
{
    // Skip to the next frame's magic number after the damage; the frame there decodes alone.
    m_zstd->reset();
    static const QByteArray magic("\x28\xB5\x2F\xFD", 4);
    for (;;) {
        const qsizetype found = m_input.indexOf(magic, m_inputPos + 1);
        if (found >= 0) {
            m_inputPos = found;
            return true;
        }
        // Keep the last three bytes: the magic may straddle two reads.
        const QByteArray tail = m_input.right(3);
        const QByteArray more = m_file.read(kReadBytes);
        if (more.isEmpty()) {
            m_input.clear();
            m_inputPos = 0;
            return false;
        }
        m_input = tail + more;
        m_inputPos = -1; // searched from 0 on the next round
    }
}

bool CaptureInput::seekFile(qint64 offset)
{
    if (!m_compressed) {
        m_input.clear();
        m_inputPos = 0;
        return m_file.seek(offset);
    }
    m_decoded.clear();
    if (offset < filePosition()) {
        if (!m_file.seek(0))
            return false;
        m_input.clear();
        m_inputPos = 0;
        m_zstd->reset();
    }
    // Decode and drop up to the offset (zstd cannot start in the middle of a frame), in small
    // steps; the step that reaches it is kept for the next read().
    while (filePosition() < offset) {
        m_decoded = readCompressed(kSeekStepBytes);
        if (m_decoded.isEmpty())
            break;
    }
    return true;
}
