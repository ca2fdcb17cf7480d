#pragma once

#include "alerts/alertrule.h"
#include "derived/derivedrule.h"
#include "capture/captureinput.h"
#include "profiles/feedspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

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

// Reads a capture line by line without loading it whole: one file, plain or zstd (.zst), or
// several files (rotated parts, or a folder of them) read as one run, ordered by the time in
// their headers. Lines that cannot be read (a torn last line after kill -9, a damaged middle
// line, damaged zstd data) are skipped with a warning that names the line or byte. Positions
// count the files' own bytes (compressed for zstd) across all parts. Not thread-safe.
class CaptureReader final
{
public:
    CaptureReader();
    ~CaptureReader();
    Q_DISABLE_COPY_MOVE(CaptureReader)

    // A capture file, or a folder of capture files (*.jsonl, *.zst).
    bool open(const QString &path, QString *error);
    // Several files and folders, read as one run in the order of their headers' times.
    bool open(const QStringList &paths, QString *error);

    QDateTime created() const { return m_created; }
    // Feeds named in the headers: name, url and decode mapping (never secrets).
    const QList<FeedSpec> &feeds() const { return m_feeds; }
    // The run's alert rules (header "alerts"; rules this build cannot read are left out with
    // a warning) and its start in µs (header "started"; nullopt in older captures).
    const QList<AlertRule> &alerts() const { return m_alerts; }
    // The run's derived series (header "derived"), the same way.
    const QList<DerivedRule> &derived() const { return m_derived; }
    std::optional<qint64> startedUs() const { return m_startedUs; }
    // The files read, in order.
    QStringList files() const;

    // Next record; false at the end of the last file.
    bool next(CaptureRecord &record);
    const QStringList &warnings() const { return m_warnings; }
    qint64 lineNumber() const { return m_line; }
    qint64 size() const { return m_totalSize; }
    qint64 position() const;
    // Offset of the first line after the header.
    qint64 dataStart() const { return m_dataStart; }
    // Moves to the start of the first line at or after `offset` (replay's position slider);
    // line numbers in later warnings count from there.
    bool seek(qint64 offset);
    // Receive time of the last complete record, read from the last file's tail (for a
    // replay's duration); the read position is kept.
    std::optional<qint64> lastTimeUs();

    struct Part
    {
        QString path;
        qint64 size = 0;
        qint64 start = 0; // offset of its first byte in the run
        QDateTime created;
        QList<FeedSpec> feeds;
        QList<AlertRule> alerts;
        std::optional<qint64> startedUs;
        QString alertsProblem; // why the header's rules were not used, if they were not
        QList<DerivedRule> derived;
        QString derivedProblem;
    };

private:
    bool openPart(size_t index);
    void warn(const QString &text);
    bool parseLine(const QByteArray &line, CaptureRecord &record, QString *reason) const;
    // The lines this app writes, read with simdjson (several times faster than QJsonDocument,
    // and the frame's text comes out as UTF-8 directly). False for anything else: binary
    // frames, damage; parseLine() then reads the line the general way, with its reasons.
    bool parseLineFast(const QByteArray &line, CaptureRecord &record) const;
    // Reads one line (without its newline) into `line`; false at the end of the file.
    // *complete is false when the file ended before a newline. Lines over `maxBytes` are
    // skipped whole and reported as too long (*tooLong).
    bool readLine(QByteArray &line, bool *complete, bool *tooLong, qint64 maxBytes);

    struct FastParser;
    std::unique_ptr<FastParser> m_fast;
    std::vector<Part> m_parts;
    size_t m_part = 0;
    CaptureInput m_input;
    qint64 m_totalSize = 0;
    QByteArray m_chunk; // read-ahead buffer
    qsizetype m_chunkPos = 0; // next unread byte in m_chunk
    qint64 m_consumed = 0; // decoded bytes of the current part handed out as lines
    qint64 m_headerBytes = 0; // of the current part
    QDateTime m_created;
    QList<FeedSpec> m_feeds;
    QList<AlertRule> m_alerts;
    QList<DerivedRule> m_derived;
    std::optional<qint64> m_startedUs;
    QStringList m_warnings;
    qint64 m_line = 0;
    qint64 m_dataStart = 0;
};
