#pragma once

#include "decode/decodeconfig.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct FrameDecodeResult;

// The hot path of FrameDecoder: simdjson (DOM) for the common frame, one JSON object whose
// key, time and fields are plain numbers or strings, without a QString or heap allocation
// per sample once keys are interned. It only takes frames it can decode exactly as the
// QJsonDocument path would; anything else (errors, batches, logs, out-of-range numbers,
// numeric-string fields that fail) it declines, and FrameDecoder decodes that frame the
// general way. One per FrameDecoder; same thread as its decoder.
class FastRecordDecoder final
{
public:
    explicit FastRecordDecoder(const DecodeConfig &config);
    ~FastRecordDecoder();

    // True when it decoded the frame: out.samples then holds exactly its samples (the previous
    // frame's elements are overwritten in place; logs and errors are the caller's to clear).
    // False: the caller clears `out` and decodes the general way.
    bool decode(const QByteArray &utf8, qint64 receiveUs, FrameDecodeResult &out);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
