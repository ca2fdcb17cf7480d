#include "capture/capturereadback.h"

#include "capture/captureindex.h"
#include "capture/capturereader.h"
#include "decode/framedecoder.h"

#include <algorithm>
#include <cmath>
#include <deque>

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
    // The stretch's series, in the order they first appear (a deque: appending keeps the
    // others' addresses). A frame's samples mostly repeat the previous frame's series in the
    // same order, so the one after the last match is tried first, and names are compared,
    // never built or hashed per sample.
    struct Line
    {
        QString key;
        QString field;
        QList<QPointF> points;
    };
    std::deque<Line> lines;
    size_t guess = 0;
    const auto lineOf = [&lines, &guess](const DecodedSample &sample) -> QList<QPointF> & {
        for (size_t n = 0; n < lines.size(); ++n) {
            Line &line = lines[(guess + n) % lines.size()];
            if (line.field == sample.field() && line.key == sample.key()) {
                guess = (guess + n + 1) % lines.size();
                return line.points;
            }
        }
        lines.push_back({ sample.key(), sample.field(), {} });
        guess = 0;
        return lines.back().points;
    };
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
            lineOf(sample).append(QPointF(sample.timeMs, sample.value));
            ++kept;
        }
    }
    for (Line &line : lines) {
        // Records' own times need not arrive in order; a chart line wants them sorted.
        std::stable_sort(line.points.begin(), line.points.end(),
                         [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        QList<QPointF> &to = out[seriesName(line.key, line.field)];
        if (to.isEmpty())
            to.swap(line.points); // no copy: fresh pages cost more than the copy itself
        else
            to += line.points;
    }
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
