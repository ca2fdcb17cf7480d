#include "decode/framedecoder.h"

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
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String: return QLatin1Char('"') + snippet(value.toString()) + QLatin1Char('"');
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return QString();
}

bool startsLikeJson(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

QString formatKey(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
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
    : m_feed(std::move(feedName))
    , m_config(std::move(config))
{
}

double FrameDecoder::epochMsFromNumber(double number)
{
    const double magnitude = std::fabs(number);
    if (magnitude < 1.0e11) // seconds until the year 5138
        return number * 1000.0;
    if (magnitude < 1.0e14) // milliseconds
        return number;
    if (magnitude < 1.0e17) // microseconds
        return number / 1000.0;
    return number / 1.0e6; // nanoseconds
}

double FrameDecoder::epochMsFromIsoString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 10)
        return std::numeric_limits<double>::quiet_NaN();
    // Qt reads milliseconds only; keep finer fractions ourselves so µs survive.
    QString base = trimmed;
    double fractionMs = 0.0;
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'), 10);
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < trimmed.size() && trimmed[end].isDigit())
            ++end;
        const QString digits = trimmed.mid(dot + 1, end - dot - 1);
        if (!digits.isEmpty()) {
            fractionMs = QString(QStringLiteral("0.") + digits).toDouble() * 1000.0;
            base = trimmed.left(dot) + trimmed.mid(end);
        }
    }
    base.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime dt = QDateTime::fromString(base, Qt::ISODate);
    if (!dt.isValid())
        return std::numeric_limits<double>::quiet_NaN();
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: the contract reads it as UTC
        dt.setTimeZone(QTimeZone::utc());
    return double(dt.toMSecsSinceEpoch()) + fractionMs;
}

bool FrameDecoder::parseNumericString(const QString &text, double *value, bool *finite)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 64)
        return false;
    QString lower = t.toLower();
    if (lower.startsWith(QLatin1Char('+')) || lower.startsWith(QLatin1Char('-')))
        lower.remove(0, 1);
    if (lower == QLatin1String("nan") || lower == QLatin1String("inf")
        || lower == QLatin1String("infinity")) {
        *value = std::numeric_limits<double>::quiet_NaN();
        *finite = false;
        return true;
    }
    // Only plain decimal notation: digits, one '.', an exponent. Rejects "0x10", "1,5", "12abc".
    bool digit = false;
    for (QChar c : t) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            digit = true;
        else if (u != '.' && u != '-' && u != '+' && u != 'e' && u != 'E')
            return false;
    }
    if (!digit)
        return false;
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok) {
        // toDouble refuses values out of range ("1e400"): that is a number, but not finite.
        const bool looksNumeric = t.contains(QLatin1Char('e')) || t.contains(QLatin1Char('E'));
        if (!looksNumeric)
            return false;
        *value = std::numeric_limits<double>::infinity();
        *finite = false;
        return true;
    }
    *value = d;
    *finite = std::isfinite(d);
    return true;
}

void FrameDecoder::decodeText(const QByteArray &utf8, qint64 receiveUs, FrameDecodeResult &out) const
{
    out.clear();
    if (utf8.trimmed().isEmpty()) {
        out.errors << QStringLiteral("empty frame");
        return;
    }
    if (!startsLikeJson(utf8)) {
        addTextLog(QString::fromUtf8(utf8).trimmed(), receiveUs, out);
        return;
    }
    // NDJSON: several documents separated by newlines. A pretty-printed single document also
    // contains newlines, so try the whole frame first and split only if that fails.
    if (utf8.contains('\n')) {
        QJsonParseError whole;
        const QJsonDocument doc = QJsonDocument::fromJson(utf8, &whole);
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
        addTextLog(QString::fromUtf8(line).trimmed(), receiveUs, out);
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        out.errors << QStringLiteral("malformed JSON at offset %1: %2")
                          .arg(error.offset)
                          .arg(error.errorString());
        return;
    }
    decodeValue(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), receiveUs, out);
}

void FrameDecoder::decodeBinary(const QByteArray &data, qint64 receiveUs, FrameDecodeResult &out) const
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

void FrameDecoder::decodeValue(const QJsonValue &document, qint64 receiveUs, FrameDecodeResult &out) const
{
    QJsonValue root = document;
    if (!m_config.root.isEmpty()) {
        root = m_config.root.resolve(document);
        if (root.isUndefined()) {
            out.errors << QStringLiteral("root %1 not found").arg(m_config.root.text());
            return;
        }
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
                decodeRecord(batch.at(i), receiveUs, QStringLiteral("record %1: ").arg(i), out);
            return;
        }
    }
    decodeRecord(root, receiveUs, QString(), out);
}

void FrameDecoder::decodeRecord(const QJsonValue &record, qint64 receiveUs, const QString &where,
                                FrameDecodeResult &out) const
{
    if (!record.isObject() && !record.isArray()) {
        out.errors << where + QStringLiteral("expected an object, got %1").arg(describe(record));
        return;
    }
    QString key;
    if (m_config.hasKey())
        key = formatKey(m_config.key.resolve(record));

    double timeMs = double(receiveUs) / 1000.0;
    if (m_config.hasTime()) {
        const QJsonValue t = m_config.time.resolve(record);
        double parsed = std::numeric_limits<double>::quiet_NaN();
        double number = 0.0;
        bool finite = false;
        if (t.isDouble())
            parsed = epochMsFromNumber(t.toDouble());
        else if (t.isString() && parseNumericString(t.toString(), &number, &finite) && finite)
            parsed = epochMsFromNumber(number);
        else if (t.isString())
            parsed = epochMsFromIsoString(t.toString());
        if (std::isfinite(parsed)) // missing or unreadable: the receive time (contract)
            timeMs = parsed;
    }

    const bool isLog = decodeLog(record, nowUs(receiveUs, timeMs), out);
    if (m_config.autoFields()) {
        // A log record without configured fields carries text, not measurements.
        if (!isLog)
            discoverFields(record, QString(), key, timeMs, 0, out);
    } else {
        decodeConfiguredFields(record, key, timeMs, where, out);
    }
}

void FrameDecoder::decodeConfiguredFields(const QJsonValue &record, const QString &key,
                                          double timeMs, const QString &where,
                                          FrameDecodeResult &out) const
{
    for (const JsonPointer &field : m_config.fields) {
        const QJsonValue value = field.resolve(record);
        if (value.isUndefined() || value.isNull())
            continue; // records of other shapes (heartbeats, acks) simply lack the field
        double number = 0.0;
        bool finite = true;
        if (value.isDouble()) {
            number = value.toDouble();
            finite = std::isfinite(number);
        } else if (!value.isString() || !parseNumericString(value.toString(), &number, &finite)) {
            out.errors << where + QStringLiteral("field %1: not a number (%2)")
                                      .arg(field.text(), describe(value));
            continue;
        }
        if (!finite) {
            out.errors << where + QStringLiteral("field %1: value is not finite (%2)")
                                      .arg(field.text(), describe(value));
            continue;
        }
        out.samples.push_back(DecodedSample{key, field.text(), timeMs, number});
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
            discoverFields(it.value(), pointer + QLatin1Char('/') + JsonPointer::escapeToken(it.key()),
                           key, timeMs, depth + 1, out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            discoverFields(array.at(i), pointer + QLatin1Char('/') + QString::number(i), key,
                           timeMs, depth + 1, out);
        return;
    }
    if (pointer == m_config.key.text() || pointer == m_config.time.text())
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
    out.samples.push_back(DecodedSample{key, pointer, timeMs, number});
}

bool FrameDecoder::decodeLog(const QJsonValue &record, qint64 timeUs, FrameDecodeResult &out) const
{
    QJsonValue level;
    QJsonValue message;
    if (m_config.hasLog()) {
        level = m_config.level.isEmpty() ? QJsonValue() : m_config.level.resolve(record);
        message = m_config.message.isEmpty() ? QJsonValue() : m_config.message.resolve(record);
    } else if (m_config.autoFields() && record.isObject()) {
        // Without a mapping, the common log shapes ({"level":..,"msg":..}) still become logs.
        const QJsonObject object = record.toObject();
        for (const char *name : {"level", "severity", "lvl", "loglevel"}) {
            if (object.value(QLatin1String(name)).isString()) {
                level = object.value(QLatin1String(name));
                break;
            }
        }
        for (const char *name : {"message", "msg", "log"}) {
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
        log.message = message.isString()
            ? message.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact)
                                    .mid(1)
                                    .chopped(1));
    } else {
        log.message = QString::fromUtf8(
            QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact));
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

void FrameDecoder::addTextLog(const QString &text, qint64 receiveUs, FrameDecodeResult &out) const
{
    LogRecord log;
    log.timeUs = receiveUs;
    log.feed = m_feed;
    log.level = logLevelFromText(text);
    log.message = text;
    out.logs.push_back(std::move(log));
}
