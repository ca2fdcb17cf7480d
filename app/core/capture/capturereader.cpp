#include "capture/capturereader.h"

#include <QDir>
#include <QFileInfo>
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

namespace {
// The header line of one capture file, read through CaptureInput (plain or zstd) and bounded:
// a large file that is not a capture (1 GiB of zeros) is refused after its first 4 MiB.
bool readHeader(const QString &path, CaptureReader::Part *part, QString *error)
{
    CaptureInput input;
    if (!input.open(path, error))
        return false;
    QByteArray head;
    qsizetype newline = -1;
    while (newline < 0 && head.size() < kMaxHeaderBytes) {
        const QByteArray more = input.read(64 * 1024);
        if (more.isEmpty())
            break;
        head += more;
        newline = head.indexOf('\n');
    }
    const QByteArray header = newline < 0 ? head : head.left(newline);
    const QString notCapture
        = QStringLiteral("%1: not a FeedBoard capture (line 1 is not its header)").arg(path);
    if (header.size() >= kMaxHeaderBytes || !header.trimmed().startsWith('{')) {
        *error = notCapture;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(header, &parseError);
    const QJsonObject object = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || object.value(QStringLiteral("format")).toString()
            != QLatin1String("feedboard-capture")) {
        *error = notCapture;
        return false;
    }
    if (object.value(QStringLiteral("version")).toInt() != 1) {
        *error = QStringLiteral("%1: unsupported capture version").arg(path);
        return false;
    }
    part->path = path;
    part->size = input.fileSize();
    part->created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(),
                                          Qt::ISODateWithMs);
    for (const QJsonValue &value : object.value(QStringLiteral("feeds")).toArray()) {
        const QJsonObject entry = value.toObject();
        FeedSpec spec;
        spec.name = entry.value(QStringLiteral("name")).toString();
        spec.url = QUrl(entry.value(QStringLiteral("url")).toString());
        QString reason;
        if (const auto decode
            = DecodeConfig::fromJson(entry.value(QStringLiteral("decode")).toObject(), &reason))
            spec.decode = *decode;
        if (!spec.name.isEmpty())
            part->feeds.append(spec);
    }
    const QJsonValue alerts = object.value(QStringLiteral("alerts"));
    if (alerts.isArray()) {
        QString reason;
        if (const auto rules = AlertRules::fromJson(alerts.toArray(), &reason))
            part->alerts = *rules;
        else
            part->alertsProblem = QStringLiteral("/alerts%1").arg(reason);
    }
    const QJsonValue derived = object.value(QStringLiteral("derived"));
    if (derived.isArray()) {
        QString reason;
        if (const auto rules = DerivedRules::fromJson(derived.toArray(), &reason))
            part->derived = *rules;
        else
            part->derivedProblem = QStringLiteral("/derived%1").arg(reason);
    }
    const double started = object.value(QStringLiteral("started")).toDouble(-1.0);
    if (started >= 0.0 && started < 4.0e18)
        part->startedUs = qint64(started);
    return true;
}

// The capture files of a folder: *.jsonl and *.zst whose first line is a capture header.
bool folderParts(const QString &path, std::vector<CaptureReader::Part> &parts, QStringList &skipped,
                 QString *error)
{
    const QFileInfoList entries = QDir(path).entryInfoList(
        { QStringLiteral("*.jsonl"), QStringLiteral("*.zst") }, QDir::Files, QDir::Name);
    const size_t before = parts.size();
    for (const QFileInfo &entry : entries) {
        CaptureReader::Part part;
        QString reason;
        if (readHeader(entry.filePath(), &part, &reason))
            parts.push_back(std::move(part));
        else
            skipped << reason;
    }
    if (parts.size() == before) {
        *error = QStringLiteral("%1: is a directory without FeedBoard capture files (*.jsonl, "
                                "*.zst)")
                     .arg(path);
        return false;
    }
    return true;
}
} // namespace

bool CaptureReader::open(const QString &path, QString *error)
{
    return open(QStringList { path }, error);
}

bool CaptureReader::open(const QStringList &paths, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    m_parts.clear();
    m_feeds.clear();
    m_warnings.clear();
    QStringList skipped;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            if (!folderParts(path, m_parts, skipped, error))
                return false;
            continue;
        }
        Part part;
        if (!readHeader(path, &part, error))
            return false;
        m_parts.push_back(std::move(part));
    }
    if (m_parts.empty()) {
        *error = QStringLiteral("no capture file given");
        return false;
    }
    // One run in time order: rotated parts are named and stamped by their start.
    std::stable_sort(m_parts.begin(), m_parts.end(),
                     [](const Part &a, const Part &b) { return a.created < b.created; });
    m_totalSize = 0;
    for (Part &part : m_parts) {
        part.start = m_totalSize;
        m_totalSize += part.size;
        for (const FeedSpec &spec : std::as_const(part.feeds)) {
            const bool known
                = std::any_of(m_feeds.cbegin(), m_feeds.cend(),
                              [&spec](const FeedSpec &f) { return f.name == spec.name; });
            if (!known)
                m_feeds.append(spec);
        }
    }
    m_created = m_parts.front().created;
    // The run's rules and start: its first part's (every part of a rotated run repeats them).
    m_alerts = m_parts.front().alerts;
    m_derived = m_parts.front().derived;
    m_startedUs = m_parts.front().startedUs;
    if (!m_parts.front().alertsProblem.isEmpty())
        m_warnings << QStringLiteral("header: alert rules not used: %1")
                          .arg(m_parts.front().alertsProblem);
    if (!m_parts.front().derivedProblem.isEmpty())
        m_warnings << QStringLiteral("header: derived series not used: %1")
                          .arg(m_parts.front().derivedProblem);
    for (const QString &reason : std::as_const(skipped))
        m_warnings << QStringLiteral("skipped: %1").arg(reason);
    if (!openPart(0)) {
        *error
            = m_warnings.isEmpty() ? QStringLiteral("cannot read the capture") : m_warnings.last();
        return false;
    }
    // Progress counts the files' bytes; a zstd header has no exact place among them.
    m_dataStart = m_input.isCompressed() ? 0 : m_headerBytes;
    return true;
}

QStringList CaptureReader::files() const
{
    QStringList list;
    for (const Part &part : m_parts)
        list << part.path;
    return list;
}

bool CaptureReader::openPart(size_t index)
{
    m_part = index;
    m_chunk.clear();
    m_chunkPos = 0;
    m_consumed = 0;
    m_line = 0;
    QString error;
    if (!m_input.open(m_parts[index].path, &error)) {
        warn(error);
        return false;
    }
    QByteArray header;
    bool complete = false;
    bool tooLong = false;
    readLine(header, &complete, &tooLong, kMaxHeaderBytes);
    m_line = 1;
    m_headerBytes = m_consumed;
    return true;
}

void CaptureReader::warn(const QString &text)
{
    const QString where = m_parts.size() > 1 && m_part < m_parts.size()
        ? QFileInfo(m_parts[m_part].path).fileName() + QStringLiteral(": ")
        : QString();
    m_warnings << where + text;
    qCWarning(lcCapture).noquote() << m_input.path() << text;
}

qint64 CaptureReader::position() const
{
    if (m_part >= m_parts.size())
        return m_totalSize;
    return m_parts[m_part].start + (m_input.isCompressed() ? m_input.filePosition() : m_consumed);
}

bool CaptureReader::readLine(QByteArray &line, bool *complete, bool *tooLong, qint64 maxBytes)
{
    // QIODevice::readLine(max) reserves `max` bytes for every line; a chunked scan keeps a
    // replay of millions of short lines cheap while still bounding a hostile long line.
    line.clear();
    *complete = false;
    *tooLong = false;
    for (;;) {
        if (m_chunkPos >= m_chunk.size()) {
            m_input.readInto(m_chunk, kChunkBytes);
            m_chunkPos = 0;
            for (const QString &problem : m_input.takeProblems())
                warn(QStringLiteral("%1; skipped to the next zstd frame").arg(problem));
            if (m_chunk.isEmpty())
                return !line.isEmpty() || *tooLong;
        }
        const qsizetype newline = m_chunk.indexOf('\n', m_chunkPos);
        const qsizetype end = newline < 0 ? m_chunk.size() : newline;
        if (!*tooLong) {
            if (line.size() + (end - m_chunkPos) > maxBytes) {
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
    for (;;) {
        while (m_input.isOpen() && readLine(line, &complete, &tooLong, kMaxLineBytes)) {
            ++m_line;
            QString reason;
            if (tooLong) {
                warn(QStringLiteral("line %1: longer than %2 bytes; skipped")
                         .arg(m_line)
                         .arg(kMaxLineBytes));
                continue;
            }
            if (line.trimmed().isEmpty())
                continue;
            if (!complete) {
                // The writer only ever appends whole lines; a last line without its newline
                // was cut short by a crash or a full disk.
                if (parseLine(line, record, &reason))
                    return true;
                warn(QStringLiteral("line %1: incomplete last line skipped").arg(m_line));
                break;
            }
            if (parseLine(line, record, &reason))
                return true;
            warn(QStringLiteral("line %1: %2; skipped").arg(m_line).arg(reason));
        }
        if (m_part + 1 >= m_parts.size())
            return false;
        openPart(m_part + 1); // a part that cannot be opened is warned about and passed over
    }
}

bool CaptureReader::seek(qint64 offset)
{
    const qint64 target = std::max(offset, m_dataStart);
    if (target == m_dataStart)
        return openPart(0);
    size_t index = 0;
    while (index + 1 < m_parts.size() && m_parts[index + 1].start <= target)
        ++index;
    if ((index != m_part || !m_input.isOpen()) && !openPart(index))
        return false;
    const qint64 local = target - m_parts[index].start;
    if (local <= (m_input.isCompressed() ? 0 : m_headerBytes))
        return openPart(index);
    // Land on a line start: from the byte before `target`, read through the next newline.
    const qint64 from = local - 1;
    if (!m_input.seekFile(from))
        return false;
    m_chunk.clear();
    m_chunkPos = 0;
    m_consumed = from;
    QByteArray skipped;
    bool complete = false;
    bool tooLong = false;
    readLine(skipped, &complete, &tooLong, kMaxLineBytes);
    return true;
}

std::optional<qint64> CaptureReader::lastTimeUs()
{
    if (m_parts.empty())
        return std::nullopt;
    constexpr qint64 kTail = 1024 * 1024;
    QFile file(m_parts.back().path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const bool compressed = Zstd::hasMagic(file.peek(4));
    const qint64 headerEnd = m_parts.size() == 1 && !compressed ? m_dataStart : 0;
    const qint64 from = std::max(headerEnd, file.size() - (compressed ? 4 * kTail : kTail));
    if (!file.seek(from))
        return std::nullopt;
    QByteArray tail = file.read(file.size() - from);
    if (compressed) {
        // Decode from the first frame that starts in the tail (frames decode on their own).
        static const QByteArray magic("\x28\xB5\x2F\xFD", 4);
        QByteArray text;
        for (qsizetype frame = tail.indexOf(magic); frame >= 0 && text.isEmpty();
             frame = tail.indexOf(magic, frame + 1)) {
            Zstd::Decompressor zstd; // a false magic inside a block fails at once: next one
            qsizetype pos = frame;
            QString reason;
            zstd.decompress(tail, &pos, text, &reason);
        }
        tail = text;
    }
    // Lines from the end, one at a time: a zstd tail decodes to tens of MB, and splitting it
    // all into lines would cost several times that in memory (issue 17: big captures).
    CaptureRecord record;
    QString reason;
    // The first piece may be the middle of a line; parseLine rejects it then.
    for (qsizetype end = tail.size(); end > 0;) {
        const qsizetype start = tail.lastIndexOf('\n', end - 1) + 1;
        if (end > start && parseLine(tail.mid(start, end - start), record, &reason))
            return record.timeUs;
        end = start - 1;
    }
    return std::nullopt;
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
