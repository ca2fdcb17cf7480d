// fb_parsefloor: where a batched frame's decode time goes (issue 13, the batch row), in one
// process. For a frame of 8 tick records (fb_loadgen's `batch8` shape) and a frame of one
// (`tick`, unpadded), it times:
//  - FeedBoard's FrameDecoder with the shapes benchmark's mapping (key, time, 4 fields);
//  - simdjson's DOM parse alone, which the decoder builds on;
//  - simdjson On-Demand reading every mapped field, the cheapest full read we know of;
// and prints ns per frame and per record, and the decoder against the bare DOM parse.
// Figures, not pass/fail; single thread, no sockets.
//
//   fb_parsefloor [--frames N]
#include "decode/decodeconfig.h"
#include "decode/framedecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <cstdio>
#include <string>

namespace {
constexpr qint64 kTimeUs = 1796282731215166; // 2026-12-03, the records' time

// One tick record as fb_loadgen writes it (tickRecord), closed.
QByteArray tick(int index, double price)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, R"({"s":"SYM%03d","t":%lld,"p":%.4f,"b":%.4f,"a":%.4f,"v":%u})",
                  index % 8, (long long)kTimeUs, price, price - 0.01, price + 0.01,
                  unsigned(1000 + index * 37));
    return buf;
}

QByteArray batchOf(int records)
{
    if (records == 1)
        return tick(0, 101.25);
    QByteArray text = "[";
    for (int r = 0; r < records; ++r)
        text += (r > 0 ? "," : "") + tick(r, 101.25 + r * 0.01);
    return text + ']';
}

struct Figures
{
    double decoderNs = 0.0;
    double domNs = 0.0;
    double onDemandNs = 0.0;
    size_t samples = 0;
};

Figures measure(const QByteArray &frame, int frames)
{
    Figures f;
    const QJsonObject mapping
        = QJsonDocument::fromJson(R"({"key":"/s","time":"/t","fields":["/p","/b","/a","/v"]})")
              .object();
    QString error;
    const std::optional<DecodeConfig> config = DecodeConfig::fromJson(mapping, &error);
    if (!config) {
        std::fprintf(stderr, "fb_parsefloor: %s\n", qPrintable(error));
        return f;
    }
    FrameDecoder decoder(QStringLiteral("bench"), *config);
    FrameDecodeResult result;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        result.clear();
        decoder.decodeText(frame, kTimeUs + 1000, result); // received a millisecond later
    }
    f.decoderNs = double(timer.nsecsElapsed()) / frames;
    f.samples = result.samples.size();
    if (!result.ok() || result.slowPath)
        std::fprintf(stderr, "fb_parsefloor: the decoder did not take the frame the fast way: %s\n",
                     result.ok() ? "slow path"
                                 : qPrintable(result.errors.join(QStringLiteral("; "))));

    const simdjson::padded_string padded(frame.constData(), size_t(frame.size()));
    simdjson::dom::parser dom;
    double sink = 0.0;
    timer.restart();
    for (int i = 0; i < frames; ++i) {
        simdjson::dom::element doc;
        if (dom.parse(padded).get(doc) == simdjson::SUCCESS)
            sink += doc.is_array() ? 1.0 : 0.5;
    }
    f.domNs = double(timer.nsecsElapsed()) / frames;

    simdjson::ondemand::parser onDemand;
    const auto readRecord = [&sink](simdjson::ondemand::object record) {
        std::string_view key;
        uint64_t time = 0;
        double p = 0, b = 0, a = 0;
        uint64_t v = 0;
        if (record["s"].get_string().get(key) == simdjson::SUCCESS
            && record["t"].get_uint64().get(time) == simdjson::SUCCESS
            && record["p"].get_double().get(p) == simdjson::SUCCESS
            && record["b"].get_double().get(b) == simdjson::SUCCESS
            && record["a"].get_double().get(a) == simdjson::SUCCESS
            && record["v"].get_uint64().get(v) == simdjson::SUCCESS)
            sink += double(key.size()) + double(time % 7) + p + b + a + double(v);
    };
    timer.restart();
    for (int i = 0; i < frames; ++i) {
        simdjson::ondemand::document doc;
        if (onDemand.iterate(padded).get(doc) != simdjson::SUCCESS)
            continue;
        simdjson::ondemand::array records;
        if (doc.get_array().get(records) == simdjson::SUCCESS) {
            for (auto record : records) {
                simdjson::ondemand::object object;
                if (record.get_object().get(object) == simdjson::SUCCESS)
                    readRecord(object);
            }
        } else {
            simdjson::ondemand::object object;
            if (doc.get_object().get(object) == simdjson::SUCCESS)
                readRecord(object);
        }
    }
    f.onDemandNs = double(timer.nsecsElapsed()) / frames;
    if (sink == 42.0)
        std::printf(" "); // keeps the reads from being optimised away
    return f;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int frames = 1000000;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--frames"));
    if (at >= 0 && at + 1 < args.size())
        frames = std::max(1000, args.at(at + 1).toInt());
    for (int records : { 1, 8 }) {
        const QByteArray frame = batchOf(records);
        measure(frame, frames / 10); // warm-up: interning, parser buffers
        const Figures f = measure(frame, frames);
        std::printf("result parsefloor records=%d bytes=%lld samples=%zu decoder_ns=%.0f "
                    "dom_parse_ns=%.0f ondemand_read_ns=%.0f decoder_per_record_ns=%.0f "
                    "decoder_over_dom=%.2f\n",
                    records, (long long)frame.size(), f.samples, f.decoderNs, f.domNs, f.onDemandNs,
                    f.decoderNs / records, f.decoderNs / f.domNs);
    }
    return 0;
}
