// Arbitrary bytes as a profile file: must give a profile or a reason, never crash; a profile
// that parses must survive a rewrite and parse again to the same feeds.
#include "profiles/profile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto profile = Profile::fromJson(json, &error);
    if (!profile) {
        if (error.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    QString again;
    const auto reread = Profile::fromJson(profile->toJson(), &again);
    if (!reread || reread->feeds.size() != profile->feeds.size())
        __builtin_trap();
    return 0;
}
