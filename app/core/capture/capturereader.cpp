#include "capture/capturereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCapture, "feedboard.capture")

namespace {
// The capture's own cap on a line: frames are capped at 16 MiB by default, base64 and JSON
// escaping can grow them up to six times.
constexpr qint64 kMaxLineBytes = 200LL * 1024 * 1024;
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
    const QByteArray header = m_file.readLine(kMaxLineBytes);
    m_line = 1;
    m_dataStart = m_file.pos();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(header, &parseError);
    const QJsonObject object = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || object.value(QStringLiteral("format")).toString() != QLatin1String("feedboard-capture")) {
        *error = QStringLiteral("%1: not a FeedBoard capture (line 1 is not its header)").arg(path);
        return false;
    }
    if (object.value(QStringLiteral("version")).toInt() != 1) {
        *error = QStringLiteral("%1: unsupported capture version").arg(path);
        return false;
    }
    m_created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    const QJsonArray feeds = object.value(QStringLiteral("feeds")).toArray();
    for (const QJsonValue &value : feeds) {
        const QJsonObject entry = value.toObject();
        FeedSpec spec;
        spec.name = entry.value(QStringLiteral("name")).toString();
        spec.url = QUrl(entry.value(QStringLiteral("url")).toString());
        QString reason;
        if (const auto decode = DecodeConfig::fromJson(entry.value(QStringLiteral("decode")).toObject(), &reason))
            spec.decode = *decode;
        if (!spec.name.isEmpty())
            m_feeds.append(spec);
    }
    return true;
}

bool CaptureReader::next(CaptureRecord &record)
{
    while (!m_file.atEnd()) {
        const QByteArray line = m_file.readLine(kMaxLineBytes);
        ++m_line;
        if (line.trimmed().isEmpty())
            continue;
        QString reason;
        if (!line.endsWith('\n') && m_file.atEnd()) {
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
    if (offset <= m_dataStart)
        return m_file.seek(m_dataStart);
    // Land on a line start: the byte before it is a newline, so read through the next one.
    if (!m_file.seek(offset - 1))
        return false;
    m_file.readLine(kMaxLineBytes);
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

bool CaptureReader::parseLine(const QByteArray &line, CaptureRecord &record, QString *reason) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *reason = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = doc.object();
    const QJsonValue t = object.value(QStringLiteral("t"));
    const QJsonValue feed = object.value(QStringLiteral("feed"));
    if (!t.isDouble() || !feed.isString()) {
        *reason = QStringLiteral("missing \"t\" or \"feed\"");
        return false;
    }
    record.timeUs = qint64(t.toDouble());
    record.feed = feed.toString();
    record.event.clear();
    record.detail.clear();
    if (object.contains(QStringLiteral("event"))) {
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
        const auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
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
