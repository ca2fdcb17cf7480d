#pragma once

#include <QByteArray>
#include <QString>

#include <limits>
#include <memory>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

// zstd (Debian libzstd) for captures whose name ends in .zst. One stream of frames: the writer
// flushes a block at every hand-over (so what reached the disk decodes without the rest) and
// ends the frame after kFrameInputBytes, so damage costs at most the rest of one frame: the
// reader finds the next frame by its magic number and goes on.
namespace Zstd {
constexpr qint64 kFrameInputBytes = 4 * 1024 * 1024;
// The four bytes every zstd frame starts with (0xFD2FB528, little endian).
bool hasMagic(const QByteArray &bytes);

class Compressor final
{
public:
    Compressor();
    ~Compressor();
    Compressor(const Compressor &) = delete;
    Compressor &operator=(const Compressor &) = delete;

    // Compresses `input` and appends to `out` everything needed to decode it (a flushed
    // block; the frame ends once it holds kFrameInputBytes). False with a reason on error.
    bool compress(const QByteArray &input, QByteArray &out, QString *error);
    // Ends the current frame (the file's close).
    bool finish(QByteArray &out, QString *error);

private:
    bool run(const char *data, qsizetype size, int mode, QByteArray &out, QString *error);
    std::unique_ptr<ZSTD_CCtx_s, size_t (*)(ZSTD_CCtx_s *)> m_ctx;
    qint64 m_frameInput = 0;
};

class Decompressor final
{
public:
    Decompressor();
    ~Decompressor();
    Decompressor(const Decompressor &) = delete;
    Decompressor &operator=(const Decompressor &) = delete;

    // Decodes `input` from `*inputPos` on into `out` (appended) until the input is used up or
    // `out` holds `maxOut` bytes, moving `*inputPos`. False with a reason on damaged data;
    // reset() before going on.
    bool decompress(const QByteArray &input, qsizetype *inputPos, QByteArray &out, QString *error,
                    qsizetype maxOut = std::numeric_limits<qsizetype>::max());
    void reset();

private:
    std::unique_ptr<ZSTD_DCtx_s, size_t (*)(ZSTD_DCtx_s *)> m_ctx;
};
} // namespace Zstd
