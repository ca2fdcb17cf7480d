#include "capture/captureretention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace CaptureRetention {
bool isDefaultCaptureName(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^session-\\d{8}-\\d{6}-\\d{3}\\.capture\\.jsonl$"));
    return pattern.match(fileName).hasMatch();
}

QStringList prune(const QString &folder, const Limits &limits, const QString &keepPath,
                  const QDateTime &now)
{
    QFileInfoList files;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files | QDir::NoSymLinks)) {
        if (isDefaultCaptureName(info.fileName()))
            files << info;
    }
    // Oldest first; the name holds the start time, so it breaks ties of equal mtimes.
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() < b.lastModified()
                                                    : a.fileName() < b.fileName();
    });
    const QFileInfo keep(keepPath);
    qint64 total = 0;
    for (const QFileInfo &info : std::as_const(files))
        total += info.size();
    const QDateTime oldest = now.addDays(-limits.maxAgeDays);
    QStringList removed;
    for (const QFileInfo &info : std::as_const(files)) {
        if (!keepPath.isEmpty() && info == keep)
            continue;
        const bool tooOld = limits.maxAgeDays > 0 && info.lastModified() < oldest;
        const bool tooBig = limits.maxBytes > 0 && total > limits.maxBytes;
        if (!tooOld && !tooBig)
            continue;
        if (QFile::remove(info.filePath())) {
            total -= info.size();
            removed << info.filePath();
        }
    }
    return removed;
}
} // namespace CaptureRetention
