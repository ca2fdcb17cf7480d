// libFuzzer: the fast decoding path against the general one (tests/decoderdiff.h). The first
// byte picks a mapping of the decoder corpus and whether the frame is binary; the rest is the
// frame. Any difference in samples, log records or errors traps.
//   scripts/fuzz.sh decoderdiff 60
#include "decoderdiff.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>

namespace {
std::vector<std::unique_ptr<DecoderDiff::Pair>> &pairs()
{
    static std::vector<std::unique_ptr<DecoderDiff::Pair>> all = [] {
        QString error;
        std::vector<std::unique_ptr<DecoderDiff::Pair>> made;
        for (const DecoderDiff::Case &c : DecoderDiff::loadCorpus(
                 QStringLiteral(FEEDBOARD_SOURCE_DIR "/tests/data/decoder-corpus/corpus.json"),
                 &error))
            made.push_back(std::make_unique<DecoderDiff::Pair>(c.config));
        if (made.empty()) {
            std::fprintf(stderr, "fuzz_decoderdiff: no corpus: %s\n", qPrintable(error));
            std::abort();
        }
        return made;
    }();
    return all;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    auto &all = pairs();
    const DecoderDiff::Frame frame { QByteArray(reinterpret_cast<const char *>(data + 1),
                                                qsizetype(size - 1)),
                                     (data[0] & 0x80) != 0 };
    const QString difference = all[size_t(data[0] & 0x7f) % all.size()]->check(frame);
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "fuzz_decoderdiff: %s\n", qPrintable(difference));
        __builtin_trap();
    }
    return 0;
}
