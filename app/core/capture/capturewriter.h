#pragma once

#include "capture/capturerotation.h"
#include "capture/chunkfilewriter.h"
#include "profiles/feedspec.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <memory>

class CaptureIndex;

// Writes the contract's capture file (JSON Lines): a header, then every frame and connection
// event in arrival order. Lines are formatted into a buffer on the caller's thread and handed
// in chunks to a ChunkFileWriter, whose own thread does the write() calls; the engine hands
// over at least every 200 ms and at exit, so a kill -9 loses at most that much and never
// tears more than the last line. After a write error (disk full, file removed) the writer
// stops and keeps the reason; frames already written stay valid. Used from one thread.
// A path ending in .zst is written zstd-compressed (on the disk thread); with a rotation the
// capture is a series of self-contained parts (CaptureRotation), switched at a line end.
class CaptureWriter final
{
public:
    CaptureWriter() = default;
    ~CaptureWriter();
    Q_DISABLE_COPY_MOVE(CaptureWriter)

    // Creates (truncates) the file and writes the header: names, URLs without credentials,
    // and decode mappings of the feeds; never headers or their values. With alert rules, the
    // header carries them as "alerts", and `startedUs` (>= 0) as "started": the run's start
    // in data time, from which a replay counts a feed as not open. Each rotated part gets the
    // same header.
    bool open(const QString &path, const QList<FeedSpec> &feeds, QString *error,
              const QJsonArray &alerts = {}, qint64 startedUs = -1);
    // Before open(): the run's derived series, carried by every header as "derived".
    void setDerivedRules(const QJsonArray &derived) { m_derived = derived; }
    // The feeds the next rotated part's header lists (a reload added or removed some).
    void setFeeds(const QList<FeedSpec> &feeds) { m_feeds = feeds; }
    // Before open(): start a new part by size or age, keep the newest N.
    void setRotation(const CaptureRotation &rotation) { m_rotation = rotation; }

    void writeText(qint64 timeUs, const QString &feed, const QByteArray &utf8);
    void writeBinary(qint64 timeUs, const QString &feed, const QByteArray &data);
    void writeEvent(qint64 timeUs, const QString &feed, const QString &event,
                    const QString &detail);
    // A user's marker: {"t":..,"event":"note","detail":text}, with "feed" only when given.
    void writeNote(qint64 timeUs, const QString &feed, const QString &text);

    // Starts writing what is buffered, without waiting for it (the engine's timed flush).
    void handOff();
    // Writes the buffer and waits until it is on disk. False when a write failed; the writer
    // is then closed.
    bool flush();
    bool close();

    bool isOpen() const { return m_disk && !m_disk->hasFailed(); }
    bool hasFailed() const { return m_disk ? m_disk->hasFailed() : m_failed; }
    QString errorString() const;
    // The file being written (with a rotation: the current part).
    QString path() const { return m_path; }
    // The latest "t" written so far (µs since the epoch; 0 before the first line).
    qint64 latestTimeUs() const { return m_latestTimeUs; }
    qint64 bytesWritten() const { return m_disk ? m_disk->bytesWritten() : m_written; }
    // Formatted but not yet on disk: in this writer's buffer, or queued for the disk thread.
    qint64 bufferedBytes() const { return m_buffer.size() + (m_disk ? m_disk->queuedBytes() : 0); }

    // Notes each frame's file offset in `index` (a zoom into the past reads frames back from
    // there); none by default. Set before open().
    void setIndex(std::shared_ptr<CaptureIndex> index) { m_index = std::move(index); }

    // A URL safe to store: no user info, and query values of credential-like names masked.
    static QString redactedUrl(const QUrl &url);
    // A message the app sent, for a "sent" event: its ${secret:NAME} placeholders stay as they
    // are, and in JSON, string values under names that look like credentials ("token",
    // "apiKey", "password"…) written in clear become "REDACTED".
    static QString redactedMessage(const QString &message);

private:
    bool openFile(const QString &path, const QList<FeedSpec> &feeds, QString *error);
    void beginLine(qint64 timeUs, const QString &feed);
    void maybeFlush();
    void submit();
    void noteFrame(qint64 timeUs, const QString &feed);
    // At a line end: a new part when the current one is big or old enough.
    void maybeRotate(bool checkAge);
    QString nextPartPath();

    std::unique_ptr<ChunkFileWriter> m_disk; // while open
    QString m_path;
    QByteArray m_buffer;
    // The last feed's name as a JSON string: every line repeats it; formatted once per feed.
    QString m_lastFeed;
    QByteArray m_lastFeedJson;
    qint64 m_latestTimeUs = 0;
    // Of the open that failed, or kept from the disk writer at close.
    QString m_error;
    qint64 m_written = 0;
    qint64 m_handedOff = 0; // bytes given to the disk writer since open()
    std::shared_ptr<CaptureIndex> m_index;
    QString m_indexFeed; // the feed of the last frame offered to the index, and its due time
    qint64 m_indexDueUs = 0;
    bool m_failed = false;
    // Rotation: the --record name, the feeds for each part's header, the part's age.
    CaptureRotation m_rotation;
    QString m_recordPath;
    QList<FeedSpec> m_feeds;
    QJsonArray m_alerts;
    QJsonArray m_derived;
    qint64 m_startedUs = -1;
    bool m_indexable = false; // a plain, unrotated file: the index's offsets mean something
    QElapsedTimer m_partAge;
    QDateTime m_partStart; // names must sort in time order even within one millisecond
};
