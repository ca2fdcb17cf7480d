#include "capture/capturereadback.h"

#include "capture/captureindex.h"
#include "capture/capturereader.h"
#include "decode/framedecoder.h"

#include <algorithm>
#include <cmath>

namespace CaptureReadback {
QString seriesName(const QString &key, const QString &field)
{
    return key + QChar(0x1f) + field;
}

bool readFeed(const Request &request, const CaptureIndex &index, FeedSamples &out, QString *error)
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
    DecodeConfig decode; // a feed the header does not map: fields discovered, as live
    for (const FeedSpec &spec : reader.feeds()) {
        if (spec.name == request.feed)
            decode = spec.decode;
    }
    const FrameDecoder decoder(request.feed, decode);
    FrameDecodeResult result;
    CaptureRecord record;
    qsizetype kept = 0;
    // The last series appended to: a frame's samples mostly repeat the previous frame's.
    QString lastName;
    QList<QPointF> *last = nullptr;
    while (reader.next(record) && kept < request.maxSamples) {
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
            if (sample.timeMs < request.fromMs || sample.timeMs > request.toMs)
                continue;
            const QString name = seriesName(sample.key(), sample.field());
            if (!last || name != lastName) {
                last = &out[name];
                lastName = name;
            }
            last->append(QPointF(sample.timeMs, sample.value));
            ++kept;
        }
    }
    // Records' own times need not arrive in order; a chart line wants them sorted.
    for (QList<QPointF> &points : out)
        std::stable_sort(points.begin(), points.end(),
                         [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return true;
}

bool read(const Request &request, const CaptureIndex &index, QList<QPointF> &out, QString *error)
{
    FeedSamples all;
    if (!readFeed(request, index, all, error))
        return false;
    out += all.value(seriesName(request.key, request.field));
    return true;
}
} // namespace CaptureReadback
