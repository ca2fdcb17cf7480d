#include "capture/capturereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <simdjson.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCapture, "feedboard.capture")

namespace {
// The capture's own cap on a line: frames are capped at 16 MiB by default, base64 and JSON
// escaping can grow them up to six times.
constexpr qint64 kMaxLineBytes = 200LL * 1024 * 1024;
constexpr qint64 kChunkBytes = 1024 * 1024;
constexpr qsizetype kMaxHeaderBytes = 4 * 1024 * 1024;
} // namespace

bool CaptureReader::open(const QString &path, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, m_file.errorString());
        return false;
    }
    // The header is one short line (feed names, URLs, decode mappings). Read only its
    // first bytes: a large file that is not a capture (1 GiB of zeros) is refused at once,
    // without reading it or holding a 200 MiB "line" in memory.
    const QByteArray header = m_file.peek(kMaxHeaderBytes).split('\n').constFirst();
    if (header.size() == kMaxHeaderBytes || !header.trimmed().startsWith('{')) {
        *error = QStringLiteral("%1: not a FeedBoard capture (line 1 is not its header)").arg(path);
        return false;
    }
    QByteArray skipped;
    bool complete = false;
    bool tooLong = false;
    readLine(skipped, &complete, &tooLong);
    m_line = 1;
    m_dataStart = m_consumed;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(header, &parseError);
    const QJsonObject object = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || object.value(QStringLiteral("format")).toString()
            != QLatin1String("feedboard-capture")) {
        *error = QStringLiteral("%1: not a FeedBoard capture (line 1 is not its header)").arg(path);
        return false;
    }
    if (object.value(QStringLiteral("version")).toInt() != 1) {
        *error = QStringLiteral("%1: unsupported capture version").arg(path);
        return false;
    }
    m_created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(),
                                      Qt::ISODateWithMs);
    const QJsonArray feeds = object.value(QStringLiteral("feeds")).toArray();
    for (const QJsonValue &value : feeds) {
        const QJsonObject entry = value.toObject();
        FeedSpec spec;
        spec.name = entry.value(QStringLiteral("name")).toString();
        spec.url = QUrl(entry.value(QStringLiteral("url")).toString());
        QString reason;
        if (const auto decode
            = DecodeConfig::fromJson(entry.value(QStringLiteral("decode")).toObject(), &reason))
            spec.decode = *decode;
        if (!spec.name.isEmpty())
            m_feeds.append(spec);
    }
    const QJsonValue alerts = object.value(QStringLiteral("alerts"));
    if (alerts.isArray()) {
        QString reason;
        if (const auto rules = AlertRules::fromJson(alerts.toArray(), &reason))
            m_alerts = *rules;
        else
            m_warnings << QStringLiteral("header: alert rules not used: /alerts%1").arg(reason);
    }
    const double started = object.value(QStringLiteral("started")).toDouble(-1.0);
    if (started >= 0.0 && started < 4.0e18)
        m_startedUs = qint64(started);
    return true;
}

bool CaptureReader::readLine(QByteArray &line, bool *complete, bool *tooLong)
{
    // QIODevice::readLine(max) reserves `max` bytes for every line; a chunked scan keeps a
    // replay of millions of short lines cheap while still bounding a hostile long line.
    line.clear();
    *complete = false;
    *tooLong = false;
    for (;;) {
        if (m_chunkPos >= m_chunk.size()) {
            m_chunk = m_file.read(kChunkBytes);
            m_chunkPos = 0;
            if (m_chunk.isEmpty())
                return !line.isEmpty() || *tooLong;
        }
        const qsizetype newline = m_chunk.indexOf('\n', m_chunkPos);
        const qsizetype end = newline < 0 ? m_chunk.size() : newline;
        if (!*tooLong) {
            if (line.size() + (end - m_chunkPos) > kMaxLineBytes) {
                *tooLong = true;
                line.clear();
            } else {
                line.append(m_chunk.constData() + m_chunkPos, end - m_chunkPos);
            }
        }
        m_consumed += (newline < 0 ? end : end + 1) - m_chunkPos;
        m_chunkPos = newline < 0 ? end : end + 1;
        if (newline >= 0) {
            *complete = true;
            return true;
        }
    }
}

bool CaptureReader::next(CaptureRecord &record)
{
    QByteArray line;
    bool complete = false;
    bool tooLong = false;
    while (readLine(line, &complete, &tooLong)) {
        ++m_line;
        QString reason;
        if (tooLong) {
            m_warnings << QStringLiteral("line %1: longer than %2 bytes; skipped")
                              .arg(m_line)
                              .arg(kMaxLineBytes);
            qCWarning(lcCapture).noquote() << m_file.fileName() << m_warnings.last();
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (!complete) {
            // The writer only ever appends whole lines; a last line without its newline was
            // cut short by a crash or a full disk.
            if (!parseLine(line, record, &reason)) {
                m_warnings << QStringLiteral("line %1: incomplete last line skipped").arg(m_line);
                qCWarning(lcCapture).noquote() << m_file.fileName() << m_warnings.last();
                return false;
            }
            return true;
        }
        if (parseLine(line, record, &reason))
            return true;
        m_warnings << QStringLiteral("line %1: %2; skipped").arg(m_line).arg(reason);
        qCWarning(lcCapture).noquote() << m_file.fileName() << m_warnings.last();
    }
    return false;
}

bool CaptureReader::seek(qint64 offset)
{
    const qint64 target = std::max(offset, m_dataStart);
    // Land on a line start: from the byte before `target`, read through the next newline.
    const qint64 from = target == m_dataStart ? target : target - 1;
    if (!m_file.seek(from))
        return false;
    m_chunk.clear();
    m_chunkPos = 0;
    m_consumed = from;
    if (from != m_dataStart) {
        QByteArray skipped;
        bool complete = false;
        bool tooLong = false;
        readLine(skipped, &complete, &tooLong);
    }
    return true;
}

std::optional<qint64> CaptureReader::lastTimeUs()
{
    constexpr qint64 kTail = 1024 * 1024;
    const qint64 keep = m_file.pos();
    const qint64 from = std::max(m_dataStart, m_file.size() - kTail);
    std::optional<qint64> last;
    if (m_file.seek(from)) {
        QList<QByteArray> lines = m_file.read(m_file.size() - from).split('\n');
        CaptureRecord record;
        QString reason;
        // The first piece may be the middle of a line; parseLine rejects it then.
        for (auto it = lines.crbegin(); it != lines.crend() && !last; ++it) {
            if (!it->isEmpty() && parseLine(*it, record, &reason))
                last = record.timeUs;
        }
    }
    m_file.seek(keep);
    return last;
}

struct CaptureReader::FastParser
{
    simdjson::dom::parser parser;
    // Lines repeat their feed's name: converted once per run of a name.
    std::string lastFeed;
    QString lastFeedText;
};

CaptureReader::CaptureReader()
    : m_fast(std::make_unique<FastParser>())
{ }

CaptureReader::~CaptureReader() = default;

bool CaptureReader::parseLineFast(const QByteArray &line, CaptureRecord &record) const
{
    simdjson::dom::element doc;
    if (m_fast->parser.parse(line.constData(), size_t(line.size())).get(doc))
        return false;
    simdjson::dom::object object;
    if (doc.get_object().get(object))
        return false;
    double timeUs = 0.0;
    simdjson::dom::element t;
    if (object["t"].get(t))
        return false;
    if (t.is_int64())
        timeUs = double(t.get_int64().value_unsafe());
    else if (t.is_double())
        timeUs = t.get_double().value_unsafe();
    else
        return false;
    std::string_view feed;
    if (!(timeUs >= 0.0 && timeUs < 4.0e18) || object["feed"].get_string().get(feed))
        return false;
    const auto text
        = [](std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); };
    simdjson::dom::element event;
    if (!object["event"].get(event)) {
        std::string_view name, detail;
        if (event.get_string().get(name))
            return false;
        simdjson::dom::element detailValue;
        if (!object["detail"].get(detailValue) && detailValue.get_string().get(detail))
            return false;
        record.kind = CaptureRecord::Kind::Event;
        record.event = text(name);
        record.detail = text(detail);
        record.data.clear();
    } else {
        std::string_view type, data;
        if (object["type"].get_string().get(type) || type != "text"
            || object["data"].get_string().get(data))
            return false; // binary frames (base64) and damage: the general way
        record.kind = CaptureRecord::Kind::Text;
        record.data = QByteArray(data.data(), qsizetype(data.size()));
        record.event.clear();
        record.detail.clear();
    }
    record.timeUs = qint64(timeUs);
    if (feed != m_fast->lastFeed) {
        m_fast->lastFeed.assign(feed);
        m_fast->lastFeedText = text(feed);
    }
    record.feed = m_fast->lastFeedText;
    return true;
}

bool CaptureReader::parseLine(const QByteArray &line, CaptureRecord &record, QString *reason) const
{
    if (parseLineFast(line, record))
        return true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *reason = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = doc.object();
    const QJsonValue t = object.value(QStringLiteral("t"));
    const QJsonValue feed = object.value(QStringLiteral("feed"));
    // An event may have no feed (a user's note); frames always have one.
    const bool event = object.contains(QStringLiteral("event"));
    if (!t.isDouble() || !(feed.isString() || (event && feed.isUndefined()))) {
        *reason = QStringLiteral("missing \"t\" or \"feed\"");
        return false;
    }
    // Microseconds since the epoch fit easily below 2^62; anything else is damage, and
    // converting it to an integer would be undefined behaviour.
    const double timeUs = t.toDouble();
    if (!(timeUs >= 0.0 && timeUs < 4.0e18)) {
        *reason = QStringLiteral("\"t\" is not a time in microseconds");
        return false;
    }
    record.timeUs = qint64(timeUs);
    record.feed = feed.toString();
    record.event.clear();
    record.detail.clear();
    if (event) {
        record.kind = CaptureRecord::Kind::Event;
        record.event = object.value(QStringLiteral("event")).toString();
        record.detail = object.value(QStringLiteral("detail")).toString();
        record.data.clear();
        return true;
    }
    const QString type = object.value(QStringLiteral("type")).toString();
    const QJsonValue data = object.value(QStringLiteral("data"));
    if (!data.isString()) {
        *reason = QStringLiteral("missing \"data\"");
        return false;
    }
    if (type == QLatin1String("text")) {
        record.kind = CaptureRecord::Kind::Text;
        record.data = data.toString().toUtf8();
        return true;
    }
    if (type == QLatin1String("binary")) {
        record.kind = CaptureRecord::Kind::Binary;
        const auto decoded = QByteArray::fromBase64Encoding(
            data.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *reason = QStringLiteral("binary data is not valid base64");
            return false;
        }
        record.data = *decoded;
        return true;
    }
    *reason = QStringLiteral("unknown type \"%1\"").arg(type);
    return false;
}
