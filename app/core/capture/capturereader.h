#pragma once

#include "capture/captureinput.h"
#include "profiles/feedspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// One line of a capture after the header.
struct CaptureRecord
{
    enum class Kind { Text, Binary, Event };
    Kind kind = Kind::Text;
    qint64 timeUs = 0;
    QString feed;
    QByteArray data; // UTF-8 text, or the decoded bytes of a binary frame
    QString event; // connected, disconnected, error
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
    CaptureReader(const CaptureReader &) = delete;
    CaptureReader &operator=(const CaptureReader &) = delete;

    // A capture file, or a folder of capture files (*.jsonl, *.zst).
    bool open(const QString &path, QString *error);
    // Several files and folders, read as one run in the order of their headers' times.
    bool open(const QStringList &paths, QString *error);

    QDateTime created() const { return m_created; }
    // Feeds named in the headers: name, url and decode mapping (never secrets).
    const QList<FeedSpec> &feeds() const { return m_feeds; }
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
    };

private:
    bool openPart(size_t index);
    void warn(const QString &text);
    bool parseLine(const QByteArray &line, CaptureRecord &record, QString *reason) const;
    // Reads one line (without its newline) into `line`; false at the end of the file.
    // *complete is false when the file ended before a newline. Lines over `maxBytes` are
    // skipped whole and reported as too long (*tooLong).
    bool readLine(QByteArray &line, bool *complete, bool *tooLong, qint64 maxBytes);

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
    QStringList m_warnings;
    qint64 m_line = 0;
    qint64 m_dataStart = 0;
};
