// Arbitrary bytes as a capture file: open() accepts or refuses with a reason, next() reads
// what it can and skips the rest with warnings, never crashes or loops.
#include "capture/capturereader.h"

#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryFile file;
    static const bool opened = file.open();
    if (!opened)
        return 0;
    file.resize(0);
    file.seek(0);
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.flush();

    CaptureReader reader;
    QString error;
    if (!reader.open(file.fileName(), &error)) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    CaptureRecord record;
    qint64 records = 0;
    while (reader.next(record)) {
        if (++records > qint64(size) + 1)
            __builtin_trap(); // more records than bytes: a loop that never advances
    }
    return 0;
}
