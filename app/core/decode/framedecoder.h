#pragma once

#include "decode/decodeconfig.h"
#include "model/logrecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class FastRecordDecoder;

// One sample as the decoder finds it, before the ingest engine maps it to a series id.
// The general path owns its strings (ownedKey, ownedField). The simdjson fast path leaves
// those empty and points keyRef/fieldRef at the decoder's own interned strings instead:
// copying a QString is an atomic reference count, and a frame has several samples. Read the
// strings through key() and field(); the pointers stay valid until the decoder's next frame.
struct DecodedSample
{
    QString ownedKey; // empty when the feed has no key
    QString ownedField; // JSON Pointer relative to the record
    double timeMs = 0.0;
    double value = 0.0;
    const QString *keyRef = nullptr;
    const QString *fieldRef = nullptr;
    // -1, or a number the decoder gives this (key, field) and no other for as long as the key
    // stays interned: the engine finds the series by it without touching the strings.
    qint64 seriesHint = -1;

    const QString &key() const { return keyRef ? *keyRef : ownedKey; }
    const QString &field() const { return fieldRef ? *fieldRef : ownedField; }
};

// What one frame decoded into. Reused across frames (clear() keeps the capacity).
struct FrameDecodeResult
{
    std::vector<DecodedSample> samples;
    std::vector<LogRecord> logs;
    QStringList errors; // reasons; a frame with any error is not "fully decoded"
    // The fast path declined this JSON frame and the general (QJsonDocument) path decoded it.
    bool slowPath = false;

    void clear()
    {
        samples.clear();
        logs.clear();
        errors.clear();
        slowPath = false;
    }
    bool ok() const { return errors.isEmpty(); }
};

// Turns frames into samples and log records following a DecodeConfig and the contract:
// JSON objects, batches (arrays of records) and nested batches (`records`), NDJSON, numeric
// strings, time by magnitude or ISO-8601, and plain-text log lines. Never throws; malformed input
// becomes an error reason. Keeps state between frames: its configuration, reusable parse buffers,
// and the fast path's interned names and memory of the last record's layout. So one instance per
// feed, used by one thread at a time (the engine's decode thread); not to be shared between
// threads.
class FrameDecoder final
{
public:
    explicit FrameDecoder(QString feedName = QString(), DecodeConfig config = DecodeConfig());
    // A copy gets its own parser state (the fast path's buffers are not shared).
    FrameDecoder(const FrameDecoder &other);
    FrameDecoder &operator=(const FrameDecoder &other);
    FrameDecoder(FrameDecoder &&other) noexcept;
    FrameDecoder &operator=(FrameDecoder &&other) noexcept;
    ~FrameDecoder();

    const DecodeConfig &config() const { return m_config; }
    const QString &feedName() const { return m_feed; }

    void decodeText(const QByteArray &utf8, qint64 receiveUs, FrameDecodeResult &out) const;
    void decodeBinary(const QByteArray &data, qint64 receiveUs, FrameDecodeResult &out) const;

    // Off: every JSON frame takes the general path (the reference the differential test and
    // fuzzer compare the fast path with). On by default.
    void setFastPathEnabled(bool enabled) { m_fastEnabled = enabled; }

    // The readings of decode/decodevalues.h, under the names callers know.
    // Epoch milliseconds from a number of s, ms, µs or ns (told apart by magnitude).
    static double epochMsFromNumber(double number);
    // Whether a time read from a record is taken (else the receive time is): finite, and
    // within ±1e15 ms.
    static bool isUsableTimeMs(double timeMs);
    // Whether a readable record time is believable for a frame received at receiveUs: from
    // 1990 to one day after the receive time. Outside, the receive time is used and the
    // frame counts an error with timeRangeError()'s reason: one wild time (year 3000, or an
    // uptime counter read as 1970) would otherwise drag a chart's time window away.
    static bool isPlausibleTimeMs(double timeMs, qint64 receiveUs);
    static QString timeRangeError(const QString &pointer, double timeMs, qint64 receiveUs);
    // Epoch milliseconds from an ISO-8601 string (fractions and offsets); NaN if unreadable.
    static double epochMsFromIsoString(const QString &text);
    // Parses a JSON string as a number ("0.001234", "-1.5e3"); false if it is not one.
    // Non-finite spellings ("NaN", "Infinity") parse, with *finite set to false.
    static bool parseNumericString(const QString &text, double *value, bool *finite);

private:
    void decodeDocumentText(const QByteArray &line, qint64 receiveUs, FrameDecodeResult &out) const;
    void decodeValue(const QJsonValue &document, qint64 receiveUs, FrameDecodeResult &out) const;
    // A record under the root: itself, or with `records` configured, each element of its
    // nested batch (the record being their `outer`).
    void decodeOuterRecord(const QJsonValue &record, qint64 receiveUs, const QString &where,
                           FrameDecodeResult &out) const;
    void decodeRecord(const QJsonValue &record, qint64 receiveUs, const QString &where,
                      FrameDecodeResult &out, const QJsonValue *outer = nullptr) const;
    void decodeConfiguredFields(const QJsonValue &record, const QString &key, double timeMs,
                                const QString &where, FrameDecodeResult &out,
                                const QJsonValue *outer) const;
    void discoverFields(const QJsonValue &value, const QString &pointer, const QString &key,
                        double timeMs, int depth, FrameDecodeResult &out) const;
    bool decodeLog(const QJsonValue &record, qint64 timeUs, FrameDecodeResult &out,
                   const QJsonValue *outer = nullptr) const;
    // `pointer` in the record, else (nested batches) in the record enclosing it.
    static QJsonValue lookup(const JsonPointer &pointer, const QJsonValue &record,
                             const QJsonValue *outer);
    void addTextLog(const QByteArray &line, qint64 receiveUs, FrameDecodeResult &out) const;

    QString m_feed;
    DecodeConfig m_config;
    // simdjson for the common frame (holds reusable parse buffers, hence per decoder).
    std::unique_ptr<FastRecordDecoder> m_fast;
    bool m_fastEnabled = true;
};
