#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// When a capture starts a new file (--rotate-size, --rotate-time) and how many it keeps
// (--keep). Each part is a whole capture with its own header, named after the --record name
// with its start time (UTC) inserted before the first dot:
//   desk.capture.jsonl.zst -> desk-20261201T101500.123Z.capture.jsonl.zst
// so names sort in time order. Plain value plus the naming and pruning helpers.
struct CaptureRotation
{
    qint64 maxBytes = 0; // 0: no size limit; counts the file's bytes on disk
    qint64 maxSeconds = 0; // 0: no time limit
    int keep = 0; // 0: keep every part

    bool isActive() const { return maxBytes > 0 || maxSeconds > 0; }

    static QString partPath(const QString &recordPath, const QDateTime &startUtc);
    // The parts of `recordPath` in its folder, oldest first (by name, i.e. start time).
    static QStringList parts(const QString &recordPath);
    // Removes the oldest parts beyond `keep`, never `current`; the paths removed.
    static QStringList prune(const QString &recordPath, int keep, const QString &current);
};
