#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <mutex>
#include <vector>

// Where in a capture file each feed's frames of a given time begin: per feed, the receive time
// and file offset of its first frame in every second (kStepUs) that has one. Kept while a
// capture is written (or a replay reads one), so reading back the raw frames of a past
// stretch seeks straight to it instead of scanning the file. About 16 bytes per feed per
// second of run: 1.4 MB per feed a day.
//
// Written by the thread that writes (or reads) the capture, read by the GUI thread: every
// member locks. Offsets are of plain (uncompressed) capture files.
class CaptureIndex final
{
public:
    static constexpr qint64 kStepUs = 1'000'000;

    struct Entry
    {
        qint64 timeUs;
        qint64 offset;
    };

    // Records that the frame of `feed` received at timeUs starts at `offset`, if it is the
    // feed's first in its step. Returns when the feed's next entry is due, so a caller that
    // sees every frame can skip the lock until then.
    qint64 note(const QString &feed, qint64 timeUs, qint64 offset);
    // Offset of the feed's first indexed frame at or before timeUs (the file's data start,
    // `fallback`, when none is older); -1 when the feed has no entry at all.
    qint64 offsetBefore(const QString &feed, qint64 timeUs, qint64 fallback) const;
    qsizetype entryCount(const QString &feed) const;
    void clear();

private:
    struct FeedIndex
    {
        std::vector<Entry> entries;
        qint64 nextDueUs = 0;
    };
    mutable std::mutex m_mutex;
    QHash<QString, FeedIndex> m_feeds;
    // The last feed noted, to skip the hash lookup for a run of frames of one feed.
    QString m_lastFeed;
    FeedIndex *m_last = nullptr;
};
