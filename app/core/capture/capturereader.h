#pragma once

#include "alerts/alertrule.h"
#include "profiles/feedspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// One line of a capture after the header.
struct CaptureRecord
{
    enum class Kind { Text, Binary, Event };
    Kind kind = Kind::Text;
    qint64 timeUs = 0;
    QString feed; // empty only for an event without one (a note)
    QByteArray data; // UTF-8 text, or the decoded bytes of a binary frame
    QString event; // connected, disconnected, error, alert, note
    QString detail;
};

// Reads a capture file line by line without loading it whole. Lines that cannot be read
// (a torn last line after kill -9, a damaged middle line) are skipped with a warning that
// names the line. Not thread-safe; one reader per file.
class CaptureReader final
{
public:
    CaptureReader();
    ~CaptureReader();
    Q_DISABLE_COPY_MOVE(CaptureReader)

    bool open(const QString &path, QString *error);

    QDateTime created() const { return m_created; }
    // Feeds named in the header: name, url and decode mapping (never secrets).
    const QList<FeedSpec> &feeds() const { return m_feeds; }
    // The run's alert rules (header "alerts"; rules this build cannot read are left out with
    // a warning) and its start in µs (header "started"; nullopt in older captures).
    const QList<AlertRule> &alerts() const { return m_alerts; }
    std::optional<qint64> startedUs() const { return m_startedUs; }

    // Next record; false at the end of the file.
    bool next(CaptureRecord &record);
    const QStringList &warnings() const { return m_warnings; }
    qint64 lineNumber() const { return m_line; }
    qint64 size() const { return m_file.size(); }
    qint64 position() const { return m_consumed; }
    // Offset of the first line after the header.
    qint64 dataStart() const { return m_dataStart; }
    // Moves to the start of the first line at or after `offset` (replay's position slider);
    // line numbers in later warnings count from there.
    bool seek(qint64 offset);
    // Receive time of the last complete record, read from the file's tail (for a replay's
    // duration); the read position is kept.
    std::optional<qint64> lastTimeUs();

private:
    bool parseLine(const QByteArray &line, CaptureRecord &record, QString *reason) const;
    // The lines this app writes, read with simdjson (several times faster than QJsonDocument,
    // and the frame's text comes out as UTF-8 directly). False for anything else: binary
    // frames, damage; parseLine() then reads the line the general way, with its reasons.
    bool parseLineFast(const QByteArray &line, CaptureRecord &record) const;
    // Reads one line (without its newline) into `line`; false at the end of the file.
    // *complete is false when the file ended before a newline. Lines over the cap are
    // skipped whole and reported as too long (*tooLong).
    bool readLine(QByteArray &line, bool *complete, bool *tooLong);

    struct FastParser;
    std::unique_ptr<FastParser> m_fast;
    QFile m_file;
    QByteArray m_chunk; // read-ahead buffer
    qsizetype m_chunkPos = 0; // next unread byte in m_chunk
    qint64 m_consumed = 0; // bytes of the file handed out as lines
    QDateTime m_created;
    QList<FeedSpec> m_feeds;
    QList<AlertRule> m_alerts;
    std::optional<qint64> m_startedUs;
    QStringList m_warnings;
    qint64 m_line = 0;
    qint64 m_dataStart = 0;
};
