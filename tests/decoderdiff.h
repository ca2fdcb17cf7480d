#pragma once

// Holds FrameDecoder's fast path to its general path: one decoder of each per mapping, the
// same frames through both, and a description of the first difference in samples, log
// records or errors. Shared by tst_decoderdiff (the corpus), tst_decoderfuzz (a seeded
// mutation fuzzer) and fuzz/fuzz_decoderdiff.cpp (libFuzzer).
#include "decode/decodeconfig.h"
#include "decode/decodevalues.h"
#include "decode/framedecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <cstring>
#include <vector>

namespace DecoderDiff {

// 2026-11-26T10:00:00.123456Z: the corpus's record times lie just before it.
constexpr qint64 kReceiveUs = 1795687200123456;

struct Frame
{
    QByteArray bytes;
    bool binary = false;
};

struct Case
{
    QString name;
    DecodeConfig config;
    bool allFast = false; // the fast path must take every frame of the case
    std::vector<Frame> frames;
};

// tests/data/decoder-corpus/corpus.json (see make-corpus.py there); empty on a read error.
inline std::vector<Case> loadCorpus(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    std::vector<Case> cases;
    const QJsonArray all = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : all) {
        const QJsonObject object = value.toObject();
        Case c;
        c.name = object.value(QStringLiteral("name")).toString();
        const auto config
            = DecodeConfig::fromJson(object.value(QStringLiteral("decode")).toObject(), error);
        if (!config)
            return {};
        c.config = *config;
        c.allFast = object.value(QStringLiteral("fast")).toString() == QLatin1String("all");
        for (const QJsonValue &frame : object.value(QStringLiteral("frames")).toArray()) {
            if (frame.isString()) {
                c.frames.push_back(Frame { frame.toString().toUtf8(), false });
            } else {
                const QJsonObject raw = frame.toObject();
                c.frames.push_back(Frame {
                    QByteArray::fromHex(raw.value(QStringLiteral("hex")).toString().toLatin1()),
                    raw.value(QStringLiteral("binary")).toBool() });
            }
        }
        cases.push_back(std::move(c));
    }
    if (cases.empty())
        *error = QStringLiteral("no cases in %1").arg(path);
    return cases;
}

inline bool sameDouble(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

inline QString sampleText(const DecodedSample &s)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(s.key(), s.field(), QString::number(s.timeMs, 'g', 17),
             QString::number(s.value, 'g', 17));
}

inline QString logText(const LogRecord &l)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(QString::number(l.timeUs), l.feed, logLevelName(l.level), l.message);
}

// "" when both results are the same, else what differs.
inline QString difference(const FrameDecodeResult &fast, const FrameDecodeResult &general)
{
    if (fast.samples.size() != general.samples.size())
        return QStringLiteral("%1 samples on the fast path, %2 on the general path")
            .arg(fast.samples.size())
            .arg(general.samples.size());
    for (size_t i = 0; i < fast.samples.size(); ++i) {
        const DecodedSample &a = fast.samples[i];
        const DecodedSample &b = general.samples[i];
        if (a.key() != b.key() || a.field() != b.field() || !sameDouble(a.timeMs, b.timeMs)
            || !sameDouble(a.value, b.value))
            return QStringLiteral("sample %1: fast %2, general %3")
                .arg(i)
                .arg(sampleText(a), sampleText(b));
    }
    if (fast.logs.size() != general.logs.size())
        return QStringLiteral("%1 log records on the fast path, %2 on the general path")
            .arg(fast.logs.size())
            .arg(general.logs.size());
    for (size_t i = 0; i < fast.logs.size(); ++i) {
        const LogRecord &a = fast.logs[i];
        const LogRecord &b = general.logs[i];
        if (a.timeUs != b.timeUs || a.feed != b.feed || a.level != b.level
            || a.message != b.message)
            return QStringLiteral("log %1: fast %2, general %3").arg(i).arg(logText(a), logText(b));
    }
    if (fast.errors != general.errors)
        return QStringLiteral("errors: fast [%1], general [%2]")
            .arg(fast.errors.join(QStringLiteral("; ")), general.errors.join(QStringLiteral("; ")));
    return QString();
}

// One mapping's two decoders, used frame after frame (their state carries over, as in a feed).
class Pair
{
public:
    explicit Pair(const DecodeConfig &config)
        : m_fast(QStringLiteral("diff"), config)
        , m_general(QStringLiteral("diff"), config)
    {
        m_general.setFastPathEnabled(false);
    }

    // Decodes the frame both ways; "" when the results agree. *tookFast: the fast path (or
    // the text-line path, which has no general twin) decoded it.
    QString check(const Frame &frame, bool *tookFast = nullptr)
    {
        if (frame.binary) {
            m_fast.decodeBinary(frame.bytes, kReceiveUs, m_a);
            m_general.decodeBinary(frame.bytes, kReceiveUs, m_b);
        } else {
            m_fast.decodeText(frame.bytes, kReceiveUs, m_a);
            m_general.decodeText(frame.bytes, kReceiveUs, m_b);
        }
        if (tookFast)
            *tookFast = !m_a.slowPath;
        return difference(m_a, m_b);
    }

    const FrameDecodeResult &fastResult() const { return m_a; }

private:
    FrameDecoder m_fast;
    FrameDecoder m_general;
    FrameDecodeResult m_a;
    FrameDecodeResult m_b;
};

// The allocation-free ISO-8601 reading against QDateTime's on the same text: "" when they
// agree (both unreadable counts as agreeing).
inline QString isoDifference(const QByteArray &text)
{
    const std::string_view bytes(text.constData(), size_t(text.size()));
    const double fast = DecodeValues::epochMsFromIsoString(bytes);
    const double general = DecodeValues::epochMsFromIsoStringGeneral(QString::fromUtf8(text));
    if (sameDouble(fast, general))
        return QString();
    return QStringLiteral("ISO time \"%1\": %2 read here, %3 by QDateTime")
        .arg(QString::fromUtf8(text), QString::number(fast, 'g', 17),
             QString::number(general, 'g', 17));
}

} // namespace DecoderDiff
