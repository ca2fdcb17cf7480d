#include "capture/zstdstream.h"

#include <zstd.h>

namespace Zstd {
namespace {
// Level 1: on demo ticks 14.6x smaller than JSON Lines (level 3: 12.5x; fb_capturebench) for
// less CPU, which the disk thread shares with decoding on a 2-core machine.
constexpr int kLevel = 1;

QString reason(size_t code)
{
    return QString::fromLatin1(ZSTD_getErrorName(code));
}
} // namespace

bool hasMagic(const QByteArray &bytes)
{
    return bytes.size() >= 4 && uchar(bytes[0]) == 0x28 && uchar(bytes[1]) == 0xB5
        && uchar(bytes[2]) == 0x2F && uchar(bytes[3]) == 0xFD;
}

Compressor::Compressor()
    : m_ctx(ZSTD_createCCtx(), &ZSTD_freeCCtx)
{
    ZSTD_CCtx_setParameter(m_ctx.get(), ZSTD_c_compressionLevel, kLevel);
    ZSTD_CCtx_setParameter(m_ctx.get(), ZSTD_c_checksumFlag, 1); // damage is found, not replayed
}

Compressor::~Compressor() = default;

bool Compressor::run(const char *data, qsizetype size, int mode, QByteArray &out, QString *error)
{
    ZSTD_inBuffer in { data, size_t(size), 0 };
    for (;;) {
        const qsizetype before = out.size();
        const size_t room = ZSTD_compressBound(size_t(size)) + ZSTD_CStreamOutSize();
        out.resize(before + qsizetype(room));
        ZSTD_outBuffer o { out.data() + before, room, 0 };
        const size_t left = ZSTD_compressStream2(m_ctx.get(), &o, &in, ZSTD_EndDirective(mode));
        out.resize(before + qsizetype(o.pos));
        if (ZSTD_isError(left)) {
            *error = QStringLiteral("zstd: %1").arg(reason(left));
            return false;
        }
        if (left == 0 && in.pos == in.size)
            return true;
    }
}

bool Compressor::compress(const QByteArray &input, QByteArray &out, QString *error)
{
    m_frameInput += input.size();
    const bool endFrame = m_frameInput >= kFrameInputBytes;
    if (endFrame)
        m_frameInput = 0;
    return run(input.constData(), input.size(), endFrame ? ZSTD_e_end : ZSTD_e_flush, out, error);
}

bool Compressor::finish(QByteArray &out, QString *error)
{
    m_frameInput = 0;
    return run(nullptr, 0, ZSTD_e_end, out, error);
}

Decompressor::Decompressor()
    : m_ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx)
{ }

Decompressor::~Decompressor() = default;

void Decompressor::reset()
{
    ZSTD_DCtx_reset(m_ctx.get(), ZSTD_reset_session_only);
}

bool Decompressor::decompress(const QByteArray &input, qsizetype *inputPos, QByteArray &out,
                              QString *error, qsizetype maxOut)
{
    ZSTD_inBuffer in { input.constData(), size_t(input.size()), size_t(*inputPos) };
    for (;;) {
        const qsizetype before = out.size();
        const size_t room = ZSTD_DStreamOutSize();
        out.resize(before + qsizetype(room));
        ZSTD_outBuffer o { out.data() + before, room, 0 };
        const size_t result = ZSTD_decompressStream(m_ctx.get(), &o, &in);
        out.resize(before + qsizetype(o.pos));
        if (ZSTD_isError(result)) {
            *inputPos = qsizetype(in.pos);
            *error = QStringLiteral("damaged zstd data (%1)").arg(reason(result));
            return false;
        }
        // A full output buffer may leave decoded bytes inside the context: go round again.
        if ((in.pos == in.size && o.pos < room) || out.size() >= maxOut)
            break;
    }
    *inputPos = qsizetype(in.pos);
    return true;
}
} // namespace Zstd
