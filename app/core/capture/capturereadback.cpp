#include "capture/capturereadback.h"

#include "capture/captureindex.h"
#include "capture/capturereader.h"
#include "decode/framedecoder.h"

#include <algorithm>
#include <cmath>

namespace CaptureReadback {
bool read(const Request &request, const CaptureIndex &index, QList<QPointF> &out, QString *error)
{
    CaptureReader reader;
    if (!reader.open(request.path, error))
        return false;
    const qint64 fromUs = qint64(std::floor((request.fromMs - kMarginMs) * 1000.0));
    const qint64 toUs = qint64(std::ceil((request.toMs + kMarginMs) * 1000.0));
    const qint64 offset = index.offsetBefore(request.feed, fromUs, reader.dataStart());
    if (offset < 0) {
        if (error)
            *error = QStringLiteral("the capture index has no frames of %1").arg(request.feed);
        return false;
    }
    if (!reader.seek(offset)) {
        if (error)
            *error = QStringLiteral("cannot seek in %1").arg(request.path);
        return false;
    }
    const FrameDecoder decoder(request.feed, request.decode);
    FrameDecodeResult result;
    CaptureRecord record;
    const qsizetype first = out.size();
    while (reader.next(record)) {
        if (record.timeUs > toUs)
            break;
        if (record.kind == CaptureRecord::Kind::Event || record.feed != request.feed
            || record.timeUs < fromUs)
            continue;
        result.clear();
        if (record.kind == CaptureRecord::Kind::Text)
            decoder.decodeText(record.data, record.timeUs, result);
        else
            decoder.decodeBinary(record.data, record.timeUs, result);
        for (const DecodedSample &sample : result.samples) {
            if (sample.timeMs < request.fromMs || sample.timeMs > request.toMs
                || sample.field() != request.field || sample.key() != request.key)
                continue;
            out.append(QPointF(sample.timeMs, sample.value));
        }
        if (out.size() - first >= request.maxSamples)
            break;
    }
    // Records' own times need not arrive in order; a chart line wants them sorted.
    std::stable_sort(out.begin() + first, out.end(),
                     [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return true;
}
} // namespace CaptureReadback
