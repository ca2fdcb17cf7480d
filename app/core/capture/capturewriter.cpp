#include "capture/capturewriter.h"

#include "capture/captureindex.h"
#include "capture/textformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <charconv>
#include <iterator>

namespace {
// Past this much buffered data, hand it to the disk thread at once instead of waiting for the
// flush timer: chunks small enough to stay in cache, large enough to make few write() calls.
constexpr qsizetype kFlushThreshold = 1024 * 1024;

bool looksLikeCredential(const QString &name)
{
    const QString lower = name.toLower();
    for (const char *word : { "token", "key", "secret", "sig", "auth", "pass", "session", "jwt" }) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    return false;
}
} // namespace

CaptureWriter::~CaptureWriter()
{
    close();
}

QString CaptureWriter::redactedUrl(const QUrl &url)
{
    const QUrl clean = url.adjusted(QUrl::RemoveUserInfo);
    QString text = clean.toString(QUrl::FullyEncoded);
    if (!clean.hasQuery())
        return text;
    // Work on the encoded query text so harmless items stay byte for byte as given
    // ("%2B" must not turn into "+", which servers read as a space).
    const QString query = clean.query(QUrl::FullyEncoded);
    QStringList items = query.split(QLatin1Char('&'));
    bool changed = false;
    for (QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString name
            = QUrl::fromPercentEncoding(item.left(eq < 0 ? item.size() : eq).toUtf8());
        if (eq >= 0 && looksLikeCredential(name)) {
            item = item.left(eq + 1) + QStringLiteral("REDACTED");
            changed = true;
        }
    }
    if (!changed)
        return text;
    QUrl redacted = clean;
    redacted.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return redacted.toString(QUrl::FullyEncoded);
}

namespace {
// Replaces string values under credential-like names, in place; true when one changed.
bool redactCredentials(QJsonValue &value)
{
    bool changed = false;
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue item = it.value();
            if (item.isString() && looksLikeCredential(it.key())
                && !item.toString().startsWith(QLatin1String("${secret:"))) {
                it.value() = QStringLiteral("REDACTED");
                changed = true;
            } else if ((item.isObject() || item.isArray()) && redactCredentials(item)) {
                it.value() = item;
                changed = true;
            }
        }
        if (changed)
            value = object;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if ((item.isObject() || item.isArray()) && redactCredentials(item)) {
                array.replace(i, item);
                changed = true;
            }
        }
        if (changed)
            value = array;
    }
    return changed;
}
} // namespace

QString CaptureWriter::redactedMessage(const QString &message)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return message;
    QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (!redactCredentials(value))
        return message; // byte for byte as sent
    const QJsonDocument redacted
        = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    return QString::fromUtf8(redacted.toJson(QJsonDocument::Compact));
}

bool CaptureWriter::open(const QString &path, const QList<FeedSpec> &feeds, QString *error,
                         const QJsonArray &alerts, qint64 startedUs)
{
    m_recordPath = path;
    m_feeds = feeds;
    m_alerts = alerts;
    m_startedUs = startedUs;
    if (!m_rotation.isActive())
        return openFile(path, feeds, error);
    const QString part = nextPartPath();
    if (!openFile(part, feeds, error))
        return false;
    CaptureRotation::prune(path, m_rotation.keep, part);
    return true;
}

void CaptureWriter::maybeRotate(bool checkAge)
{
    if (!m_disk || m_disk->hasFailed())
        return;
    // On-disk bytes: for zstd what the disk thread has compressed so far (a little behind).
    const qint64 size = m_disk->bytesWritten()
        + (m_path.endsWith(QLatin1String(".zst"), Qt::CaseInsensitive) ? 0 : bufferedBytes());
    const bool full = m_rotation.maxBytes > 0 && size >= m_rotation.maxBytes;
    const bool old = checkAge && m_rotation.maxSeconds > 0
        && m_partAge.elapsed() >= m_rotation.maxSeconds * 1000;
    if (!full && !old)
        return;
    if (!close())
        return; // the failure stays reported; no new part
    QString error;
    const QString part = nextPartPath();
    if (openFile(part, m_feeds, &error))
        CaptureRotation::prune(m_recordPath, m_rotation.keep, part);
    else
        m_failed = true; // reported like a write failure; the feeds go on
}

QString CaptureWriter::nextPartPath()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_partStart = m_partStart.isValid() && m_partStart >= now ? m_partStart.addMSecs(1) : now;
    return CaptureRotation::partPath(m_recordPath, m_partStart);
}

bool CaptureWriter::openFile(const QString &path, const QList<FeedSpec> &feeds, QString *error)
{
    close();
    m_partAge.start();
    m_failed = false;
    m_error.clear();
    m_written = 0;
    m_handedOff = 0;
    m_path = path;
    auto file = std::make_unique<QFile>(path);
    // Unbuffered: our own buffer decides when bytes hit the disk, and write errors surface
    // at once rather than in some later, unrelated call.
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = QStringLiteral("cannot write capture %1: %2").arg(path, file->errorString());
        if (error)
            *error = m_error;
        return false;
    }
    const bool zstd = path.endsWith(QLatin1String(".zst"), Qt::CaseInsensitive);
    m_disk = std::make_unique<ChunkFileWriter>(std::move(file), 0, zstd);
    // The index maps times to offsets in one plain file; a compressed or rotated capture is
    // read back from the start of its parts instead.
    m_indexable = !zstd && !m_rotation.isActive();
    QJsonArray feedArray;
    for (const FeedSpec &feed : feeds) {
        QJsonObject entry { { QStringLiteral("name"), feed.name },
                            { QStringLiteral("url"), redactedUrl(feed.url) } };
        const QJsonObject decode = feed.decode.toJson();
        if (!decode.isEmpty())
            entry.insert(QStringLiteral("decode"), decode);
        feedArray.append(entry);
    }
    // Key order as the contract writes it; QJsonObject would sort the keys.
    m_buffer.append(R"({"format":"feedboard-capture","version":1,"created":)");
    TextFormat::appendJsonString(
        m_buffer, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8());
    m_buffer.append(R"(,"feeds":)");
    m_buffer.append(QJsonDocument(feedArray).toJson(QJsonDocument::Compact));
    // Every part carries the run's rules and start, so each file replays on its own.
    if (!m_alerts.isEmpty()) {
        m_buffer.append(R"(,"alerts":)");
        m_buffer.append(QJsonDocument(m_alerts).toJson(QJsonDocument::Compact));
    }
    if (!m_derived.isEmpty()) {
        m_buffer.append(R"(,"derived":)");
        m_buffer.append(QJsonDocument(m_derived).toJson(QJsonDocument::Compact));
    }
    if (m_startedUs >= 0)
        m_buffer.append(R"(,"started":)" + QByteArray::number(m_startedUs));
    m_buffer.append("}\n");
    if (!flush()) {
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

void CaptureWriter::beginLine(qint64 timeUs, const QString &feed)
{
    char digits[24];
    const auto printed = std::to_chars(std::begin(digits), std::end(digits), timeUs);
    m_latestTimeUs = std::max(m_latestTimeUs, timeUs);
    if (feed != m_lastFeed || m_lastFeedJson.isEmpty()) {
        m_lastFeed = feed;
        m_lastFeedJson.clear();
        TextFormat::appendJsonString(m_lastFeedJson, feed);
    }
    m_buffer.append(R"({"t":)");
    m_buffer.append(digits, printed.ptr - digits);
    m_buffer.append(R"(,"feed":)");
    m_buffer.append(m_lastFeedJson);
}

void CaptureWriter::writeText(qint64 timeUs, const QString &feed, const QByteArray &utf8)
{
    if (!isOpen())
        return;
    noteFrame(timeUs, feed);
    beginLine(timeUs, feed);
    m_buffer.append(R"(,"type":"text","data":)");
    TextFormat::appendJsonString(m_buffer, utf8);
    m_buffer.append("}\n");
    maybeFlush();
}

void CaptureWriter::writeBinary(qint64 timeUs, const QString &feed, const QByteArray &data)
{
    if (!isOpen())
        return;
    noteFrame(timeUs, feed);
    beginLine(timeUs, feed);
    m_buffer.append(R"(,"type":"binary","data":")");
    m_buffer.append(data.toBase64());
    m_buffer.append("\"}\n");
    maybeFlush();
}

void CaptureWriter::writeEvent(qint64 timeUs, const QString &feed, const QString &event,
                               const QString &detail)
{
    if (!isOpen())
        return;
    beginLine(timeUs, feed);
    m_buffer.append(R"(,"event":)");
    TextFormat::appendJsonString(m_buffer, event);
    m_buffer.append(R"(,"detail":)");
    TextFormat::appendJsonString(m_buffer, detail);
    m_buffer.append("}\n");
    maybeFlush();
}

void CaptureWriter::noteFrame(qint64 timeUs, const QString &feed)
{
    // The index takes one frame a second per feed: skip its lock until the next is due.
    if (!m_index || !m_indexable || (timeUs < m_indexDueUs && feed == m_indexFeed))
        return;
    m_indexFeed = feed;
    m_indexDueUs = m_index->note(feed, timeUs, m_handedOff + m_buffer.size());
}

void CaptureWriter::submit()
{
    m_handedOff += m_buffer.size();
    m_disk->submit(m_buffer);
}

void CaptureWriter::writeNote(qint64 timeUs, const QString &feed, const QString &text)
{
    if (!isOpen())
        return;
    if (feed.isEmpty()) {
        m_buffer.append(R"({"t":)" + QByteArray::number(timeUs));
    } else {
        beginLine(timeUs, feed);
    }
    m_buffer.append(R"(,"event":"note","detail":)");
    TextFormat::appendJsonString(m_buffer, text);
    m_buffer.append("}\n");
    maybeFlush();
}

void CaptureWriter::maybeFlush()
{
    if (m_buffer.size() >= kFlushThreshold)
        submit();
    if (m_rotation.maxBytes > 0)
        maybeRotate(false);
}

void CaptureWriter::handOff()
{
    if (m_disk)
        submit();
    if (m_rotation.isActive())
        maybeRotate(true);
}

bool CaptureWriter::flush()
{
    if (!m_disk)
        return !m_failed;
    submit();
    m_disk->drain();
    if (m_disk->hasFailed())
        m_buffer.resize(0); // nothing more reaches the file
    return !m_disk->hasFailed();
}

QString CaptureWriter::errorString() const
{
    return m_disk && m_disk->hasFailed() ? m_disk->errorString() : m_error;
}

bool CaptureWriter::close()
{
    if (!m_disk)
        return !m_failed;
    const bool ok = flush();
    m_failed = m_disk->hasFailed();
    m_error = m_disk->errorString();
    m_written = m_disk->bytesWritten();
    m_disk.reset(); // joins the disk thread and closes the file
    return ok;
}
