#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// How many of the GUI's default captures (session-<time>.capture.jsonl in the default
// capture folder) are kept: a total size and an age, oldest removed first, never the file
// being written, never a file of another name. Core: no window; any thread.
namespace CaptureRetention {
struct Limits
{
    qint64 maxBytes = qint64(2) << 30; // 2 GiB; 0: no size limit
    int maxAgeDays = 30; // 0: no age limit
};

// True for the names SessionSwitcher::startDefaultCapture() gives its files.
bool isDefaultCaptureName(const QString &fileName);

// Removes default captures in `folder` older than the age limit, then the oldest until the
// rest fit the size limit (`keepPath`, the capture being written, counts but stays).
// Returns the paths removed.
QStringList prune(const QString &folder, const Limits &limits, const QString &keepPath,
                  const QDateTime &now = QDateTime::currentDateTime());
} // namespace CaptureRetention
