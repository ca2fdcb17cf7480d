#pragma once

#include "profiles/feedspec.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

// Writes the contract's capture file (JSON Lines): a header, then every frame and connection
// event in arrival order. Buffered in memory and written by flush(), which the engine calls
// at least every 250 ms and at exit, so a kill -9 loses at most that much and never tears
// more than the last line. After a write error (disk full, file removed) the writer stops
// and keeps the reason; frames already written stay valid. Owned by the engine, one thread.
class CaptureWriter final
{
public:
    CaptureWriter() = default;
    ~CaptureWriter();
    Q_DISABLE_COPY_MOVE(CaptureWriter)

    // Creates (truncates) the file and writes the header: names, URLs without credentials,
    // and decode mappings of the feeds; never headers or their values.
    bool open(const QString &path, const QList<FeedSpec> &feeds, QString *error);

    void writeText(qint64 timeUs, const QString &feed, const QByteArray &utf8);
    void writeBinary(qint64 timeUs, const QString &feed, const QByteArray &data);
    void writeEvent(qint64 timeUs, const QString &feed, const QString &event, const QString &detail);

    // Writes the buffer to disk. False (once) when the write failed; the writer is then closed.
    bool flush();
    bool close();

    bool isOpen() const { return m_file.isOpen() && !m_failed; }
    bool hasFailed() const { return m_failed; }
    QString errorString() const { return m_error; }
    QString path() const { return m_file.fileName(); }
    qint64 bytesWritten() const { return m_written; }
    qint64 bufferedBytes() const { return m_buffer.size(); }

    // A URL safe to store: no user info, and query values of credential-like names masked.
    static QString redactedUrl(const QUrl &url);

private:
    void beginLine(qint64 timeUs, const QString &feed);
    void maybeFlush();

    QFile m_file;
    QByteArray m_buffer;
    // The last feed's name as a JSON string: every line repeats it; formatted once per feed.
    QString m_lastFeed;
    QByteArray m_lastFeedJson;
    QString m_error;
    qint64 m_written = 0;
    bool m_failed = false;
};
