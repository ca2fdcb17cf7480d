// Feeds arbitrary bytes to FrameDecoder as text and as binary frames, under four mappings
// that exercise discovery, configured fields with key/time, batches under a root, and logs.
#include "decode/framedecoder.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {
DecodeConfig config(const QJsonObject &object)
{
    QString error;
    return *DecodeConfig::fromJson(object, &error);
}

const FrameDecoder &decoder(int which)
{
    static const FrameDecoder decoders[] = {
        FrameDecoder(QStringLiteral("auto")),
        FrameDecoder(QStringLiteral("fields"),
                     config({ { QStringLiteral("key"), QStringLiteral("/s") },
                              { QStringLiteral("time"), QStringLiteral("/T") },
                              { QStringLiteral("fields"),
                                QJsonArray { QStringLiteral("/p"), QStringLiteral("/q") } } })),
        FrameDecoder(QStringLiteral("batch"),
                     config({ { QStringLiteral("root"), QStringLiteral("/data") },
                              { QStringLiteral("key"), QStringLiteral("/0") },
                              { QStringLiteral("time"), QStringLiteral("/ts") } })),
        FrameDecoder(QStringLiteral("logs"),
                     config({ { QStringLiteral("level"), QStringLiteral("/level") },
                              { QStringLiteral("message"), QStringLiteral("/msg") },
                              { QStringLiteral("time"), QStringLiteral("/time") } })),
    };
    return decoders[which];
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the mapping; the rest is the frame.
    const int which = data[0] % 4;
    const QByteArray frame(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    FrameDecodeResult result;
    decoder(which).decodeText(frame, 1795687200000000LL, result);
    for (const DecodedSample &sample : result.samples) {
        if (sample.field().isNull() && sample.key().isNull())
            __builtin_trap(); // a sample always names its field pointer (possibly "")
    }
    decoder(which).decodeBinary(frame, 1795687200000000LL, result);
    return 0;
}
