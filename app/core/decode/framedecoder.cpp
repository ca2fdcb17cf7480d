#include "decode/framedecoder.h"

#include "decode/decodevalues.h"
#include "decode/fastrecorddecoder.h"
#include "model/stablename.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace {
constexpr int kMaxDiscoveryDepth = 64;
constexpr qsizetype kMaxReasonSnippet = 60;

QString snippet(const QString &text)
{
    if (text.size() <= kMaxReasonSnippet)
        return text;
    return text.left(kMaxReasonSnippet) + QStringLiteral("...");
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        return QLatin1Char('"') + snippet(value.toString()) + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QString();
}

bool isBlank(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\v' && c != '\f')
            return false;
    }
    return true;
}

// "[Info] started", "[2026-11-26 10:00:00] WARN slow": log layouts that open with a bracket.
// Only consulted after the frame failed to parse as JSON.
bool startsLikeJson(const QByteArray &bytes)
{
    return DecodeValues::startsLikeJson(std::string_view(bytes.constData(), size_t(bytes.size())));
}

bool isBracketedTextLine(const QByteArray &bytes)
{
    const QByteArray t = bytes.trimmed();
    if (t.size() < 2 || t[0] != '[')
        return false;
    const char second = t[1];
    if ((second >= 'a' && second <= 'z') || (second >= 'A' && second <= 'Z'))
        return true;
    const qsizetype close = t.indexOf("] ");
    if (close < 0 || close + 2 >= t.size())
        return false;
    const char after = t[close + 2];
    return after != '{' && after != '[' && after != '"' && after != ',' && after != ']';
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Qt's parser refuses number literals out of double range (1e400, 1e-400). Quote such a
// literal so the record still parses; the field decoder then reports it precisely (or reads
// an underflow as 0) and the record's other fields are kept.
bool quoteOutOfRangeNumber(QByteArray &json, int offset)
{
    qsizetype begin = std::min<qsizetype>(offset, json.size() - 1);
    while (begin > 0 && isNumberChar(json[begin - 1]))
        --begin;
    while (begin < json.size() && !isNumberChar(json[begin]))
        ++begin;
    qsizetype end = begin;
    while (end < json.size() && isNumberChar(json[end]))
        ++end;
    const QByteArray token = json.mid(begin, end - begin);
    if (token.isEmpty() || (!token.contains('e') && !token.contains('E')))
        return false;
    json.replace(begin, end - begin, QByteArray('"' + token + '"'));
    return true;
}

// QJsonDocument::fromJson, but a literal out of double range does not fail the document
// (a pretty-printed one either): see quoteOutOfRangeNumber().
QJsonDocument parseJson(const QByteArray &json, QJsonParseError *error)
{
    QJsonDocument doc = QJsonDocument::fromJson(json, error);
    if (error->error != QJsonParseError::IllegalNumber)
        return doc;
    QByteArray patched = json;
    for (int attempt = 0; attempt < 16 && error->error == QJsonParseError::IllegalNumber;
         ++attempt) {
        if (!quoteOutOfRangeNumber(patched, error->offset))
            break;
        doc = QJsonDocument::fromJson(patched, error);
    }
    return doc;
}

QString formatKey(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return DecodeValues::numberKeyText(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

qint64 nowUs(qint64 receiveUs, double timeMs)
{
    if (std::isfinite(timeMs))
        return qint64(std::llround(timeMs * 1000.0));
    return receiveUs;
}
} // namespace

FrameDecoder::FrameDecoder(QString feedName, DecodeConfig config)
    : m_feed(StableName::of(feedName)) // copied into every record: see StableName
    , m_config(std::move(config))
    , m_fast(std::make_unique<FastRecordDecoder>(m_feed, m_config))
{ }

FrameDecoder::FrameDecoder(const FrameDecoder &other)
    : FrameDecoder(other.m_feed, other.m_config)
{
    m_fastEnabled = other.m_fastEnabled;
}

FrameDecoder &FrameDecoder::operator=(const FrameDecoder &other)
{
    if (this != &other) {
        m_feed = other.m_feed;
        m_config = other.m_config;
        m_fast = std::make_unique<FastRecordDecoder>(m_feed, m_config);
        m_fastEnabled = other.m_fastEnabled;
    }
    return *this;
}

FrameDecoder::FrameDecoder(FrameDecoder &&other) noexcept = default;
FrameDecoder &FrameDecoder::operator=(FrameDecoder &&other) noexcept = default;
FrameDecoder::~FrameDecoder() = default;

double FrameDecoder::epochMsFromNumber(double number)
{
    return DecodeValues::epochMsFromNumber(number);
}

bool FrameDecoder::isUsableTimeMs(double timeMs)
{
    return DecodeValues::isUsableTimeMs(timeMs);
}

bool FrameDecoder::isPlausibleTimeMs(double timeMs, qint64 receiveUs)
{
    return DecodeValues::isPlausibleTimeMs(timeMs, receiveUs);
}

QString FrameDecoder::timeRangeError(const QString &pointer, double timeMs, qint64 receiveUs)
{
    return DecodeValues::timeRangeError(pointer, timeMs, receiveUs);
}

double FrameDecoder::epochMsFromIsoString(const QString &text)
{
    return DecodeValues::epochMsFromIsoString(text);
}

bool FrameDecoder::parseNumericString(const QString &text, double *value, bool *finite)
{
    return DecodeValues::parseNumericString(text, value, finite);
}

void FrameDecoder::decodeText(const QByteArray &utf8, qint64 receiveUs,
                              FrameDecodeResult &out) const
{
    const bool json = startsLikeJson(utf8);
    // Nested batches take the general path: the fast one reads one level of records.
    if (m_fast && m_fastEnabled && json && !m_config.hasNestedRecords()) {
        out.logs.clear();
        out.errors.clear();
        out.slowPath = false;
        if (m_fast->decode(utf8, receiveUs, out)) // reuses out.samples' elements
            return;
    }
    out.clear();
    // Counted: a feed whose frames keep coming this way shows it in its stats line.
    out.slowPath = json && m_fastEnabled;
    if (isBlank(utf8)) {
        out.errors << QStringLiteral("empty frame");
        return;
    }
    if (!startsLikeJson(utf8)) {
        addTextLog(utf8, receiveUs, out);
        return;
    }
    // NDJSON: several documents separated by newlines. A pretty-printed single document also
    // contains newlines, so try the whole frame first and split only if that fails.
    if (utf8.contains('\n')) {
        QJsonParseError whole;
        const QJsonDocument doc = parseJson(utf8, &whole);
        if (whole.error == QJsonParseError::NoError) {
            decodeValue(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
                        receiveUs, out);
            return;
        }
        qsizetype start = 0;
        while (start < utf8.size()) {
            qsizetype end = utf8.indexOf('\n', start);
            if (end < 0)
                end = utf8.size();
            const QByteArray line = utf8.mid(start, end - start);
            if (!line.trimmed().isEmpty())
                decodeDocumentText(line, receiveUs, out);
            start = end + 1;
        }
        return;
    }
    decodeDocumentText(utf8, receiveUs, out);
}

void FrameDecoder::decodeDocumentText(const QByteArray &line, qint64 receiveUs,
                                      FrameDecodeResult &out) const
{
    if (!startsLikeJson(line)) {
        addTextLog(line, receiveUs, out);
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = parseJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        if (isBracketedTextLine(line)) {
            addTextLog(line, receiveUs, out);
            return;
        }
        out.errors << QStringLiteral("malformed JSON at offset %1: %2")
                          .arg(error.offset)
                          .arg(error.errorString());
        return;
    }
    decodeValue(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), receiveUs, out);
}

void FrameDecoder::decodeBinary(const QByteArray &data, qint64 receiveUs,
                                FrameDecodeResult &out) const
{
    out.clear();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data);
    if (!utf8.hasError() && startsLikeJson(data)) {
        decodeText(data, receiveUs, out);
        return;
    }
    // Not UTF-8 JSON: a short hex summary lets the user recognise the payload.
    const QByteArray head = data.left(16).toHex(' ');
    out.errors << QStringLiteral("binary frame of %1 bytes is not UTF-8 JSON").arg(data.size());
    LogRecord record;
    record.timeUs = receiveUs;
    record.feed = m_feed;
    record.level = LogLevel::Warn;
    record.message = QStringLiteral("binary frame, %1 bytes: %2%3")
                         .arg(data.size())
                         .arg(QString::fromLatin1(head))
                         .arg(data.size() > 16 ? QStringLiteral(" ...") : QString());
    out.logs.push_back(std::move(record));
}

void FrameDecoder::decodeValue(const QJsonValue &document, qint64 receiveUs,
                               FrameDecodeResult &out) const
{
    QJsonValue root = document;
    if (!m_config.root.isEmpty()) {
        root = m_config.root.resolve(document);
        // Acknowledgements and heartbeats lack the root: nothing to decode, not an error.
        if (root.isUndefined() || root.isNull())
            return;
    }
    if (root.isArray()) {
        const QJsonArray batch = root.toArray();
        bool allObjects = true;
        for (const QJsonValue &element : batch) {
            if (!element.isObject()) {
                allObjects = false;
                break;
            }
        }
        // A configured root names a batch; without one, only an array of objects is a batch,
        // and any other array is one record whose elements are fields (/0, /1, ...).
        if (allObjects || !m_config.root.isEmpty()) {
            for (qsizetype i = 0; i < batch.size(); ++i)
                decodeOuterRecord(batch.at(i), receiveUs, QStringLiteral("record %1: ").arg(i),
                                  out);
            return;
        }
    }
    decodeOuterRecord(root, receiveUs, QString(), out);
}

void FrameDecoder::decodeOuterRecord(const QJsonValue &record, qint64 receiveUs,
                                     const QString &where, FrameDecodeResult &out) const
{
    if (!m_config.hasNestedRecords()) {
        decodeRecord(record, receiveUs, where, out);
        return;
    }
    const QJsonValue inner = m_config.records.resolve(record);
    if (inner.isUndefined() || inner.isNull())
        return; // a record of another shape: nothing to decode, as for a missing root
    if (!inner.isArray()) {
        out.errors << where
                + QStringLiteral("records %1: expected an array, got %2")
                      .arg(m_config.records.text(), describe(inner));
        return;
    }
    const QJsonArray elements = inner.toArray();
    for (qsizetype i = 0; i < elements.size(); ++i)
        decodeRecord(elements.at(i), receiveUs,
                     where + QStringLiteral("%1/%2: ").arg(m_config.records.text()).arg(i), out,
                     &record);
}

QJsonValue FrameDecoder::lookup(const JsonPointer &pointer, const QJsonValue &record,
                                const QJsonValue *outer)
{
    QJsonValue value = pointer.resolve(record);
    if (outer && value.isUndefined())
        value = pointer.resolve(*outer);
    return value;
}

void FrameDecoder::decodeRecord(const QJsonValue &record, qint64 receiveUs, const QString &where,
                                FrameDecodeResult &out, const QJsonValue *outer) const
{
    if (!record.isObject() && !record.isArray()) {
        out.errors << where + QStringLiteral("expected an object, got %1").arg(describe(record));
        return;
    }
    QString key;
    if (m_config.hasKey())
        key = formatKey(lookup(m_config.key, record, outer));

    double timeMs = double(receiveUs) / 1000.0;
    if (m_config.hasTime()) {
        const QJsonValue t = lookup(m_config.time, record, outer);
        double parsed = std::numeric_limits<double>::quiet_NaN();
        if (t.isDouble()) {
            parsed = epochMsFromNumber(t.toDouble());
        } else if (t.isString()) {
            const QByteArray text = t.toString().toUtf8();
            parsed = DecodeValues::epochMsFromTimeString(
                std::string_view(text.constData(), size_t(text.size())));
        }
        if (isUsableTimeMs(parsed) && isPlausibleTimeMs(parsed, receiveUs))
            timeMs = parsed; // missing or unreadable: the receive time (contract)
        else if (std::isfinite(parsed))
            out.errors << where + timeRangeError(m_config.time.text(), parsed, receiveUs);
    }

    // A record is a log record "as well" (contract): its numbers still become samples.
    decodeLog(record, nowUs(receiveUs, timeMs), out, outer);
    if (m_config.autoFields()) {
        discoverFields(record, QString(), key, timeMs, 0, out);
    } else {
        decodeConfiguredFields(record, key, timeMs, where, out, outer);
    }
}

void FrameDecoder::decodeConfiguredFields(const QJsonValue &record, const QString &key,
                                          double timeMs, const QString &where,
                                          FrameDecodeResult &out, const QJsonValue *outer) const
{
    for (const JsonPointer &field : m_config.fields) {
        const QJsonValue value = lookup(field, record, outer);
        if (value.isUndefined() || value.isNull())
            continue; // records of other shapes (heartbeats, acks) simply lack the field
        double number = 0.0;
        bool finite = true;
        if (value.isDouble()) {
            number = value.toDouble();
            finite = std::isfinite(number);
        } else if (!value.isString() || !parseNumericString(value.toString(), &number, &finite)) {
            out.errors << where
                    + QStringLiteral("field %1: not a number (%2)")
                          .arg(field.text(), describe(value));
            continue;
        }
        if (!finite) {
            out.errors << where
                    + QStringLiteral("field %1: value is not finite (%2)")
                          .arg(field.text(), describe(value));
            continue;
        }
        out.samples.push_back(DecodedSample { key, field.text(), timeMs, number });
    }
}

void FrameDecoder::discoverFields(const QJsonValue &value, const QString &pointer,
                                  const QString &key, double timeMs, int depth,
                                  FrameDecodeResult &out) const
{
    if (depth > kMaxDiscoveryDepth)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            discoverFields(it.value(),
                           pointer + QLatin1Char('/') + JsonPointer::escapeToken(it.key()), key,
                           timeMs, depth + 1, out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            discoverFields(array.at(i), pointer + QLatin1Char('/') + QString::number(i), key,
                           timeMs, depth + 1, out);
        return;
    }
    // The key, time and level are what a record is about, not measurements of it.
    if ((m_config.hasKey() && pointer == m_config.key.text())
        || (m_config.hasTime() && pointer == m_config.time.text())
        || (!m_config.level.isEmpty() && pointer == m_config.level.text()))
        return;
    double number = 0.0;
    bool finite = true;
    if (value.isDouble()) {
        number = value.toDouble();
        finite = std::isfinite(number);
        if (!finite) {
            out.errors << QStringLiteral("field %1: value is not finite").arg(pointer);
            return;
        }
    } else if (!value.isString() || !parseNumericString(value.toString(), &number, &finite)
               || !finite) {
        return; // text, booleans and non-finite spellings are not measurements
    }
    out.samples.push_back(DecodedSample { key, pointer, timeMs, number });
}

bool FrameDecoder::decodeLog(const QJsonValue &record, qint64 timeUs, FrameDecodeResult &out,
                             const QJsonValue *outer) const
{
    QJsonValue level;
    QJsonValue message;
    if (m_config.hasLog()) {
        level = m_config.level.isEmpty() ? QJsonValue() : lookup(m_config.level, record, outer);
        message
            = m_config.message.isEmpty() ? QJsonValue() : lookup(m_config.message, record, outer);
    } else if (m_config.autoFields() && record.isObject()) {
        // Without a mapping, the common log shapes ({"level":..,"msg":..}) still become logs.
        const QJsonObject object = record.toObject();
        for (const char *name : { "level", "severity", "lvl", "loglevel" }) {
            if (object.value(QLatin1String(name)).isString()) {
                level = object.value(QLatin1String(name));
                break;
            }
        }
        for (const char *name : { "message", "msg", "log" }) {
            if (object.value(QLatin1String(name)).isString()) {
                message = object.value(QLatin1String(name));
                break;
            }
        }
        if (level.isUndefined() || message.isUndefined() || level.isNull() || message.isNull())
            return false;
    } else {
        return false;
    }
    const bool hasLevel = !level.isUndefined() && !level.isNull();
    const bool hasMessage = !message.isUndefined() && !message.isNull();
    if (!hasLevel && !hasMessage)
        return false;

    LogRecord log;
    log.timeUs = timeUs;
    log.feed = m_feed;
    if (hasMessage) {
        log.message = message.isString() ? message.toString()
                                         : QString::fromUtf8(QJsonDocument(QJsonArray { message })
                                                                 .toJson(QJsonDocument::Compact)
                                                                 .mid(1)
                                                                 .chopped(1));
    } else {
        log.message
            = QString::fromUtf8(QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact));
    }
    if (hasLevel) {
        const QString text = level.isDouble() ? QString::number(level.toInt()) : level.toString();
        log.level = parseLogLevel(text).value_or(LogLevel::Info);
    } else {
        log.level = logLevelFromText(log.message);
    }
    out.logs.push_back(std::move(log));
    return true;
}

void FrameDecoder::addTextLog(const QByteArray &line, qint64 receiveUs,
                              FrameDecodeResult &out) const
{
    out.logs.push_back(DecodeValues::textLogRecord(
        m_feed, std::string_view(line.constData(), size_t(line.size())), receiveUs));
}
