#pragma once

#include "decode/decodeconfig.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct FrameDecodeResult;

// The hot path of FrameDecoder: simdjson (DOM) for every form of the contract (configured or
// discovered fields, `root` wrappers, batches, NDJSON, positional arrays, numeric and ISO
// times, log records), without a QString or heap allocation per sample once keys and field
// pointers are interned. It only takes frames it can decode exactly as the QJsonDocument
// path would; anything else (a frame with an error reason to word, a number out of double
// range, a log message that is not a string, unusual key orderings) it declines, and
// FrameDecoder decodes that frame the general way. tests/tst_decoderdiff.cpp holds the two
// to the same output. One per FrameDecoder; same thread as its decoder.
class FastRecordDecoder final
{
public:
    FastRecordDecoder(QString feedName, const DecodeConfig &config);
    ~FastRecordDecoder();

    // True when it decoded the frame: out.samples then holds exactly its samples (the previous
    // frame's elements are overwritten in place) and its log records are appended to out.logs
    // (the caller clears logs and errors first). False: the caller clears `out` and decodes
    // the general way.
    bool decode(const QByteArray &utf8, qint64 receiveUs, FrameDecodeResult &out);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
